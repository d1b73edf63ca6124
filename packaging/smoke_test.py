"""Smoke-test the BUILT program, never the source: does what we ship start, migrate, load and print?

    python packaging/smoke_test.py [BUNDLE]      (BUNDLE: dist/verktoykasse, or dist/Verktoykassa.app)

Run by ``packaging/build.py`` after every build and by the release workflow on each operating system.
Every step runs the frozen executable in a fresh, empty data folder with bokmål chosen, headless
(``QT_QPA_PLATFORM=offscreen``), with no PYTHONPATH, so nothing can come from the checkout:

1. every file of ``resources/`` and of the Alembic migrations is in the bundle;
2. ``--version`` prints the package's version;
3. ``check`` (migrations upgrade a database, fonts, translations, catalogue, icon);
4. ``plans`` on the empty folder (creates and migrates the database);
5. ``example`` adds the example plan, then ``export ID --pdf`` writes a PDF that starts with %PDF, and
   ``--xlsx`` / ``--docx`` write an Excel and a Word file (zip archives with their main part inside);
6. the window starts and quits by itself (``VERKTOYKASSE_EXIT_AFTER_START=1``) with the data loaded.

Windows' rules, as far as they reach a frozen program from outside (tests/windows_rules.py plays the
rest inside the test suite, where a test also starts the window under all of them): the data folder is on
a path with ``#``, ``%``, spaces and æøå — over 250 characters except on Windows, where the installed
program is not declared long-path aware and the limit is 260 — and all output must be UTF-8 (read
strictly). A frozen program ignores ``PYTHONIOENCODING``; on Windows its captured output would be cp1252
by nature, so there this checks that ``cli.main`` makes it UTF-8.

Commands this build does not have yet (``example``, ``export`` come from other branches) are reported as
``skip`` with the reason, so they run as soon as they exist. ``VERKTOYKASSE_SMOKE_STRICT=1`` makes skips
fail (and runs ``check --strict``) for a release. Only the standard library is used.
"""

from __future__ import annotations

import json
import os
import re
import runpy
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
VERSION = runpy.run_path(str(ROOT / "src" / "verktoykasse" / "_version.py"))["__version__"]
MIGRATIONS = ROOT / "src" / "verktoykasse" / "storage" / "migrations"
TIMEOUT = 120  # seconds for one command; a hang is a failure, not a stuck CI job
STRICT = os.environ.get("VERKTOYKASSE_SMOKE_STRICT") == "1"


def default_bundle() -> Path:
    return DIST / ("Verktoykassa.app" if sys.platform == "darwin" else "verktoykasse")


@dataclass(frozen=True)
class Layout:
    """Where things are inside one built bundle, on this operating system."""

    bundle: Path

    @property
    def gui(self) -> Path:
        if self.bundle.suffix == ".app":
            return self.bundle / "Contents" / "MacOS" / "verktoykasse"
        return self.bundle / ("verktoykasse.exe" if os.name == "nt" else "verktoykasse")

    @property
    def cli(self) -> Path:
        """Windows has a separate console executable; elsewhere the one binary does both."""
        if os.name == "nt":
            return self.bundle / "verktoykasse-cli.exe"
        return self.gui

    @property
    def internal(self) -> Path:
        """PyInstaller's sys._MEIPASS: _internal/ next to the exe, or Contents/Frameworks in an .app."""
        if self.bundle.suffix == ".app":
            return self.bundle / "Contents" / "Frameworks"
        return self.bundle / "_internal"


@dataclass
class Report:
    lines: list[tuple[str, str]] = field(default_factory=list)

    def add(self, status: str, text: str) -> None:
        self.lines.append((status, text))
        print(f"  {status:<4}  {text}", flush=True)

    @property
    def failed(self) -> bool:
        return any(s == "FAIL" or (STRICT and s == "skip") for s, _ in self.lines)


def shipped_files() -> list[tuple[Path, str]]:
    """(source file, path inside the bundle's internal folder) for every data file the program reads."""
    wanted = []
    for path in sorted((ROOT / "resources").rglob("*")):
        if path.is_file():
            wanted.append(
                (path, f"verktoykasse/_resources/{path.relative_to(ROOT / 'resources').as_posix()}")
            )
    for path in sorted(MIGRATIONS.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix in (".py", ".mako"):
            wanted.append(
                (path, f"verktoykasse/storage/migrations/{path.relative_to(MIGRATIONS).as_posix()}")
            )
    return wanted


def environment(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VERKTOYKASSE_"))}
    env.update(QT_QPA_PLATFORM="offscreen", VERKTOYKASSE_DATA_DIR=str(data_dir), **extra)
    return env


def awkward_data_folder(base: Path) -> Path:
    """A data folder where a Windows user may well have one: ``#``, ``%``, spaces, æøå, a long path."""
    folder = base / "OneDrive - Bakeri #2 (100% æøå)"
    length = 180 if os.name == "nt" else 250  # under MAX_PATH (260) with the file names, on Windows
    number = 1
    while len(str(folder)) < length:
        folder = folder / f"Mappe {number} – lang vei å gå"
        number += 1
    return folder / "data"


def run(exe: Path, args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            [str(exe), *args],
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="strict",  # the program's output is UTF-8 whatever the console's code page
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired as exc:
        return subprocess.CompletedProcess(exc.cmd, 124, "", f"timed out after {TIMEOUT} s")
    except UnicodeDecodeError as exc:
        return subprocess.CompletedProcess([str(exe), *args], 125, "", f"output is not UTF-8: {exc}")


def missing_command(result: subprocess.CompletedProcess[str], name: str) -> bool:
    """argparse's answer to an unknown command: exit 2 and "invalid choice: 'name'"."""
    return result.returncode == 2 and f"invalid choice: '{name}'" in result.stderr


def tail(result: subprocess.CompletedProcess[str]) -> str:
    text = (result.stderr or result.stdout or "").strip().splitlines()
    return " | ".join(text[-3:]) if text else "(no output)"


def smoke(layout: Layout) -> Report:
    report = Report()
    print(f"Smoke test of {layout.bundle}" + (" (strict)" if STRICT else ""), flush=True)
    for exe in {layout.gui, layout.cli}:
        if not exe.is_file():
            report.add("FAIL", f"executable missing: {exe}")
    if report.failed:
        return report

    missing = [target for _, target in shipped_files() if not (layout.internal / target).is_file()]
    if missing:
        report.add("FAIL", f"{len(missing)} data file(s) missing from the bundle: {', '.join(missing[:5])}")
    else:
        report.add("ok", f"all {len(shipped_files())} data files (resources, migrations) are in the bundle")

    with tempfile.TemporaryDirectory(prefix="verktoykasse-smoke-") as tmp:
        data = awkward_data_folder(Path(tmp))
        data.mkdir(parents=True)
        (data / "settings.json").write_text(json.dumps({"language": "nb"}), encoding="utf-8")
        env = environment(data)

        result = run(layout.cli, ["--version"], env)
        if result.returncode == 0 and result.stdout.strip() == f"verktoykasse {VERSION}":
            report.add("ok", f"--version prints {VERSION}")
        else:
            report.add("FAIL", f"--version: exit {result.returncode}: {tail(result)}")

        result = run(layout.cli, ["check", *(["--strict"] if STRICT else [])], env)
        for line in result.stdout.splitlines():
            print(f"        | {line}")
        if result.returncode == 0:
            report.add("ok", "check: every shipped part loads")
        else:
            report.add("FAIL", f"check: exit {result.returncode}: {tail(result)}")

        result = run(layout.cli, ["plans"], env)
        if result.returncode == 0 and (data / "verktoykasse.sqlite3").is_file():
            report.add("ok", "plans: the empty data folder gets a migrated database")
        else:
            report.add("FAIL", f"plans: exit {result.returncode}: {tail(result)}")

        plan_id = example_plan(layout, env, report)
        export_pdf(layout, env, report, plan_id, Path(tmp) / "plan.pdf")
        export_office(layout, env, report, plan_id, Path(tmp))
        start_window(layout, env, report)
    return report


def example_plan(layout: Layout, env: dict[str, str], report: Report) -> str | None:
    result = run(layout.cli, ["example"], env)
    if missing_command(result, "example"):
        report.add("skip", "example: this build has no 'example' command yet (branch wizard-core)")
        return None
    if result.returncode != 0:
        report.add("FAIL", f"example: exit {result.returncode}: {tail(result)}")
        return None
    listed = run(layout.cli, ["plans"], env)
    ids = re.findall(r"^(\d+)\t", listed.stdout, flags=re.MULTILINE)
    if listed.returncode != 0 or not ids:
        report.add("FAIL", f"example: no plan listed afterwards: {tail(listed)}")
        return None
    report.add("ok", f"example: the example plan is added (id {ids[-1]})")
    return ids[-1]


def export_pdf(layout: Layout, env: dict[str, str], report: Report, plan_id: str | None, pdf: Path) -> None:
    if plan_id is None:
        probe = run(layout.cli, ["export", "--help"], env)
        if missing_command(probe, "export"):
            report.add("skip", "export: this build has no 'export' command yet (branch pdf)")
        else:
            report.add("skip", "export: no plan to export (needs the 'example' command)")
        return
    result = run(layout.cli, ["export", plan_id, "--pdf", str(pdf)], env)
    if missing_command(result, "export"):
        report.add("skip", "export: this build has no 'export' command yet (branch pdf)")
        return
    head = pdf.read_bytes()[:5] if pdf.is_file() else b""
    if result.returncode == 0 and head == b"%PDF-":
        report.add("ok", f"export --pdf: {pdf.stat().st_size:,} bytes, starts with %PDF")
    else:
        report.add("FAIL", f"export --pdf: exit {result.returncode}, file starts {head!r}: {tail(result)}")


# The Office files the command line writes (flag, file name) and the part each must hold for Excel or Word
# to open it. The ARP draft in Word is there for its page header: python-docx reads the header's template
# through a path the bundle must keep (docx/parts/../templates).
OFFICE_EXPORTS = [
    ("--xlsx", "plan.xlsx", "xl/workbook.xml"),
    ("--docx", "plan.docx", "word/document.xml"),
    ("--arp", "arp-draft.docx", "word/document.xml"),
]


def export_office(
    layout: Layout, env: dict[str, str], report: Report, plan_id: str | None, folder: Path
) -> None:
    """``export ID --xlsx``, ``--docx`` and ``--arp X.docx``: a zip with the workbook's or document's main
    part."""
    import zipfile

    if plan_id is None:
        return
    for flag, name, part in OFFICE_EXPORTS:
        target = folder / name
        what = f"export {flag} {name}"
        result = run(layout.cli, ["export", plan_id, flag, str(target)], env)
        if result.returncode != 0 and flag in result.stderr and "unrecognized" in result.stderr:
            report.add("skip", f"{what}: this build cannot write it yet")
            continue
        try:
            with zipfile.ZipFile(target) as archive:
                whole = archive.testzip() is None and part in archive.namelist()
        except (OSError, zipfile.BadZipFile):
            whole = False
        if result.returncode == 0 and whole:
            report.add("ok", f"{what}: {target.stat().st_size:,} bytes, with {part}")
        else:
            report.add("FAIL", f"{what}: exit {result.returncode}, not a whole file: {tail(result)}")


def start_window(layout: Layout, env: dict[str, str], report: Report) -> None:
    result = run(layout.gui, [], {**env, "VERKTOYKASSE_EXIT_AFTER_START": "1"})
    if result.returncode == 0 and "Traceback" not in result.stderr:
        report.add("ok", "the window starts headless, loads the data and quits")
    else:
        report.add("FAIL", f"window: exit {result.returncode}: {tail(result)}")


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]).resolve() if argv else default_bundle()
    if not bundle.exists():
        print(f"No bundle at {bundle}; build it first: python3 dev.py bundle", file=sys.stderr)
        return 1
    report = smoke(Layout(bundle))
    skipped = sum(1 for s, _ in report.lines if s == "skip")
    if report.failed:
        print("SMOKE TEST FAILED", flush=True)
        return 1
    print(f"Smoke test passed ({skipped} step(s) skipped)." if skipped else "Smoke test passed.", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
