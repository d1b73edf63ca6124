#!/usr/bin/env python3
"""Set up and run Verktøykassa from a source checkout, on a fresh machine, with one command.

    python3 dev.py start          set up everything, then start the program on its default data folder
    python3 dev.py test           set up everything, then lint and run the whole test suite
    python3 dev.py translations   update translations/*.ts from the code and compile the .qm files
    python3 dev.py bench          run the speed benchmarks and print the table
    python3 dev.py bundle         build the installable PyInstaller bundle and smoke-test it

"Set up" means: Qt's system libraries (Debian/Ubuntu, installed with apt-get when we are root or have
password-less sudo, otherwise one line says what to install), a virtual environment in .venv with the
pinned dependencies, and the compiled translations. Each step is skipped when already done.
Only the standard library is used here: this runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
CONSTRAINTS = ROOT / "requirements" / "constraints.txt"
STAMP = VENV / ".installed-from"
TRANSLATIONS = ROOT / "translations"
QM_DIR = ROOT / "resources" / "i18n"

# What Qt needs on a Debian-like system to run headless (tests), and what a real window adds.
APT_HEADLESS = [
    "libglib2.0-0",
    "libgl1",
    "libegl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libdbus-1-3",
    "fonts-dejavu-core",
]
APT_WINDOW = [
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-render-util0",
    "libxcb-render0",
    "libxcb-shape0",
    "libxcb-util1",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
]


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def run(*command: str | Path, env: dict[str, str] | None = None) -> None:
    result = subprocess.run([str(c) for c in command], cwd=ROOT, env=env)
    if result.returncode != 0:
        raise SystemExit(result.returncode)


def venv_bin(name: str) -> Path:
    folder = "Scripts" if os.name == "nt" else "bin"
    suffix = ".exe" if os.name == "nt" else ""
    return VENV / folder / f"{name}{suffix}"


# -- system libraries --------------------------------------------------------------------------------
def _dpkg_installed(package: str) -> bool:
    result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True)
    return result.returncode == 0 and "install ok installed" in result.stdout


def _apt_name(package: str) -> str:
    """Debian 13 renamed some libraries with a t64 suffix; use whichever name apt knows."""
    for candidate in (package, f"{package}t64"):
        result = subprocess.run(["apt-cache", "policy", candidate], capture_output=True, text=True)
        if "Candidate:" in result.stdout and "Candidate: (none)" not in result.stdout:
            return candidate
    return package


def ensure_system_packages(packages: list[str], why: str) -> None:
    if platform.system() != "Linux" or shutil.which("dpkg-query") is None:
        return
    missing = [p for p in packages if not (_dpkg_installed(p) or _dpkg_installed(f"{p}t64"))]
    if not missing:
        return
    if os.geteuid() == 0:
        prefix: list[str] = []
    elif shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], capture_output=True).returncode == 0:
        prefix = ["sudo", "-n"]
    else:
        print(
            f"Missing system libraries ({why}). Please run:\n"
            f"  sudo apt-get install --no-install-recommends {' '.join(missing)}",
            file=sys.stderr,
        )
        raise SystemExit(1)
    say(f"installing system libraries {why}: {' '.join(missing)}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(*prefix, "apt-get", "update", "-qq", env=env)
    names = [_apt_name(p) for p in missing]
    run(*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *names, env=env)


# -- Python environment ------------------------------------------------------------------------------
def _inputs_digest() -> str:
    digest = hashlib.sha256()
    for path in (ROOT / "pyproject.toml", CONSTRAINTS):
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()


def ensure_venv(extras: str = "dev") -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 (this file must run on an older Python to say so)
        raise SystemExit("Verktøykassa needs Python 3.11 or newer.")
    if not venv_bin("python").exists():
        say("creating the virtual environment in .venv")
        try:
            import ensurepip  # noqa: F401
        except ImportError:
            ensure_system_packages(["python3-venv"], "to create a virtual environment")
        run(sys.executable, "-m", "venv", VENV)
    wanted = f"{extras}:{_inputs_digest()}"
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    say("installing the pinned dependencies (first time: a few minutes)")
    python = venv_bin("python")
    run(python, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--upgrade", "pip")
    constraint = ["-c", CONSTRAINTS] if CONSTRAINTS.exists() else []
    run(
        python, "-m", "pip", "install", "-q", "--disable-pip-version-check", *constraint, "-e", f".[{extras}]"
    )
    STAMP.write_text(wanted)


def compile_translations(force: bool = False) -> None:
    """Build resources/i18n/*.qm from translations/*.ts (the .qm files are build output, never edited).

    Covers our own texts (verktoykasse_nb/en) and Qt's own texts in bokmål (qtbase_nb: Qt ships only
    nynorsk), which ``i18n.install_translators`` loads as ``qtbase_<language>``.
    """
    lrelease = venv_bin("pyside6-lrelease")
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = QM_DIR / f"{ts.stem}.qm"
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            run(lrelease, "-silent", ts, "-qm", qm)


# Our languages and the locale lupdate writes into a new .ts file.
TS_LANGUAGES = {"nb": "nb_NO", "en": "en_GB"}


def _lupdate(ts: Path, language: str) -> None:
    lupdate = venv_bin("pyside6-lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "src" / "verktoykasse").rglob("*.py"))
    run(
        lupdate,
        "-silent",
        "-locations",
        "none",
        "-no-obsolete",
        "-target-language",
        language,
        *sources,
        "-ts",
        ts,
    )


def _read_ts(ts: Path):  # -> ElementTree; stdlib only, the venv may not exist yet
    import xml.etree.ElementTree as ET

    return ET.parse(ts)


def _write_ts(tree, ts: Path) -> None:
    """Write back with lupdate's header; the next lupdate run restores its exact layout."""
    body = __import__("xml.etree.ElementTree", fromlist=["tostring"]).tostring(tree.getroot(), "unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def _fill_english(ts: Path) -> None:
    """English is the source language: every unfinished translation becomes its source.

    Plural messages (``%n``) are the exception: English needs two forms ("1 plan" / "2 plans"), so they
    stay unfinished for a person to write, and the tests say which.
    """
    tree = _read_ts(ts)
    changed = False
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if message.get("numerus") == "yes":
            continue
        translation.text = message.findtext("source")
        del translation.attrib["type"]
        changed = True
    if changed:
        _write_ts(tree, ts)


def unfinished_messages(ts: Path) -> list[dict]:
    """The messages of ``ts`` that still need a translation, as dictionaries for the to-do file."""
    todo = []
    for context in _read_ts(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            numerus = message.get("numerus") == "yes"
            forms = [f.text or "" for f in translation.iter("numerusform")] if numerus else []
            empty = not any(forms) if numerus else not (translation.text or "").strip()
            if translation.get("type") == "unfinished" or empty:
                entry = {"context": name, "source": message.findtext("source"), "translation": ""}
                if message.findtext("comment"):
                    entry["comment"] = message.findtext("comment")
                if numerus:
                    entry["numerus"] = True
                    entry["translation"] = ["", ""]
                todo.append(entry)
    return todo


def fill_translations(ts: Path, entries: list[dict]) -> int:
    """Write the translations of ``entries`` (context, source, translation) into ``ts``; returns the count.

    ``translation`` is a string, or a list of forms (singular, plural) for a ``%n`` message.
    """
    wanted = {(e["context"], e["source"]): e["translation"] for e in entries if e.get("translation")}
    tree = _read_ts(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            value = wanted.get((name, message.findtext("source")))
            if not value:
                continue
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value, value]
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                import xml.etree.ElementTree as ET

                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            filled += 1
    _write_ts(tree, ts)
    return filled


# Bokmål written ahead for strings that are not in this checkout's code yet (other branches' work):
# a list of {"context", "source", "translation"}; ``update_translations`` uses it for unfinished messages.
MEMORY = TRANSLATIONS / "memory_nb.json"


def _fill_from_memory(ts: Path) -> int:
    import json

    if not MEMORY.exists():
        return 0
    memory = json.loads(MEMORY.read_text(encoding="utf-8"))
    todo = {(e["context"], e["source"]) for e in unfinished_messages(ts)}
    usable = [e for e in memory if (e["context"], e["source"]) in todo and e.get("translation")]
    return fill_translations(ts, usable) if usable else 0


def update_translations() -> None:
    """Run lupdate over the sources so the .ts files list every string in the code.

    Creates a missing ``verktoykasse_<language>.ts``; the English file is filled from the sources, the
    bokmål file from ``memory_nb.json`` where that has the string.
    """
    TRANSLATIONS.mkdir(exist_ok=True)
    for language, locale in TS_LANGUAGES.items():
        ts = TRANSLATIONS / f"verktoykasse_{language}.ts"
        _lupdate(ts, locale)
        if language == "en":
            _fill_english(ts)
            _lupdate(ts, locale)  # back to lupdate's own layout
        else:
            filled = _fill_from_memory(ts)
            if filled:
                say(f"{filled} bokmål translations taken from {MEMORY.relative_to(ROOT)}")
                _lupdate(ts, locale)


def setup(window: bool) -> None:
    ensure_system_packages(APT_HEADLESS, "that Qt needs")
    if window:
        ensure_system_packages(APT_WINDOW, "that Qt needs to show a window")
    ensure_venv()
    compile_translations()


# -- commands ------------------------------------------------------------------------------------------
def cmd_start(args: list[str]) -> int:
    setup(window=True)
    has_screen = any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
    if platform.system() == "Linux" and not has_screen:
        print(
            "No screen found (DISPLAY is not set). Start from a desktop session, or try: "
            "xvfb-run python3 dev.py start",
            file=sys.stderr,
        )
        return 1
    return subprocess.call([str(venv_bin("verktoykasse")), *args], cwd=ROOT)


# The shared-database tests run against a throwaway PostgreSQL cluster (benchmarks/postgres_server.py)
# made from Debian's server package. Installed here when the run requires them (.ci/run sets this);
# elsewhere they run when the server programs are on the machine, and are skipped with a reason when not.
POSTGRES_REQUIRED = "VERKTOYKASSE_TEST_POSTGRES"


def cmd_test(args: list[str]) -> int:
    setup(window=False)
    if os.environ.get(POSTGRES_REQUIRED, "").lower() in ("1", "required", "yes", "true"):
        ensure_system_packages(["postgresql"], "to test the shared database (PostgreSQL)")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    say("ruff: lint and format")
    run(venv_bin("ruff"), "check", ".")
    run(venv_bin("ruff"), "format", "--check", "--quiet", ".")
    say("pytest")
    return subprocess.call(
        [str(venv_bin("python")), "-m", "pytest", *_parallel(args), *args], cwd=ROOT, env=env
    )


# The suite runs on every core, up to four (pytest-xdist; each worker has its own Qt application, data
# folders and PostgreSQL cluster). "worksteal": a worker that runs out takes tests from the other, so the
# slow tests (the benchmarks' quick run, the screenshots) do not leave one core idle at the end.
# ``python3 dev.py test -n 0`` runs in one process (for ``--pdb``, or a test's print-outs).
PARALLEL = ["-n", "auto", "--maxprocesses=4", "--dist", "worksteal"]


def _parallel(args: list[str]) -> list[str]:
    """The parallel options, unless the command line already says how many processes (or no xdist)."""
    said = any(
        a in ("-n", "--numprocesses", "no:xdist") or a.startswith(("-n", "--numprocesses=")) for a in args
    )
    return [] if said else PARALLEL


def cmd_translations(args: list[str]) -> int:
    """Update the .ts files from the code, compile them, and list what still needs translating.

    ``--todo FILE`` writes the unfinished bokmål messages as JSON (fill in "translation");
    ``--fill FILE`` reads such a file back into translations/verktoykasse_nb.ts.
    """
    import json

    setup(window=False)
    nb = TRANSLATIONS / "verktoykasse_nb.ts"
    if args[:1] == ["--fill"] and len(args) == 2:
        entries = json.loads(Path(args[1]).read_text(encoding="utf-8"))
        say(f"filled {fill_translations(nb, entries)} translations from {args[1]}")
    update_translations()
    compile_translations(force=True)
    todo = unfinished_messages(nb) + unfinished_messages(TRANSLATIONS / "verktoykasse_en.ts")
    if args[:1] == ["--todo"] and len(args) == 2:
        todo_nb = unfinished_messages(nb)
        Path(args[1]).write_text(json.dumps(todo_nb, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        say(
            f"wrote {len(todo_nb)} unfinished bokmål messages to {args[1]}; fill them, then: "
            f"python3 dev.py translations --fill {args[1]}"
        )
    elif todo:
        say(f"{len(todo)} messages still need a translation:")
        for entry in todo:
            print(
                f"  [{entry['context']}] {entry['source']!r}" + (" (plural)" if entry.get("numerus") else "")
            )
        say("python3 dev.py translations --todo todo.json  writes them to a file to fill in")
    say("translations updated and compiled")
    return 0


def cmd_bench(args: list[str]) -> int:
    setup(window=False)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.call([str(venv_bin("python")), "-m", "benchmarks", *args], cwd=ROOT, env=env)


def cmd_bundle(args: list[str]) -> int:
    setup(window=True)  # the xcb libraries must be on the build machine to be copied into the bundle
    ensure_venv("dev,bundle")
    compile_translations(force=True)
    return subprocess.call([str(venv_bin("python")), str(ROOT / "packaging" / "build.py"), *args], cwd=ROOT)


COMMANDS = {
    "start": cmd_start,
    "test": cmd_test,
    "translations": cmd_translations,
    "bench": cmd_bench,
    "bundle": cmd_bundle,
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__)
        return 2
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
