"""Build the installable bundle, measure it, and smoke-test the built program.

    python3 dev.py bundle                 (sets up .venv with the bundle extra, compiles translations,
                                            then runs this file with the venv's Python)
    .venv/bin/python packaging/build.py [--no-smoke] [--no-archive]

Steps: PyInstaller with ``packaging/verktoykasse.spec`` into ``dist/`` (work files in
``build/pyinstaller``); a compressed archive of the folder next to it (``.zip`` on Windows, ``.tar.gz`` with
install.sh and the menu entry on Linux; macOS gets its disk image from ``packaging/macos/make_dmg.sh``);
the first start and the median of three further starts of the built window (offscreen, exits by itself
once the data is loaded); then ``packaging/smoke_test.py``.
Prints a small table; exits non-zero when the build or the smoke test fails.
"""

from __future__ import annotations

import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import smoke_test  # a sibling script, not a package

ROOT = smoke_test.ROOT
SPEC = ROOT / "packaging" / "verktoykasse.spec"
WORK = ROOT / "build" / "pyinstaller"
DIST = smoke_test.DIST
VERSION = smoke_test.VERSION


def say(message: str) -> None:
    print(f"[bundle] {message}", flush=True)


def check_translations_compiled() -> None:
    """A .ts without its .qm would ship a program that silently speaks English: refuse to build."""
    missing = [
        ts.name
        for ts in sorted((ROOT / "translations").glob("*.ts"))
        if not (ROOT / "resources" / "i18n" / f"{ts.stem}.qm").is_file()
    ]
    if missing:
        raise SystemExit(
            f"Translations not compiled: {', '.join(missing)} (run: python3 dev.py translations)"
        )


def pyinstaller() -> float:
    started = time.perf_counter()
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        str(SPEC),
    ]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if subprocess.run(command, cwd=ROOT, env=env).returncode != 0:
        raise SystemExit("PyInstaller failed (see above).")
    return time.perf_counter() - started


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files, counting each file once (the .app links Resources into Frameworks)."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def archive(bundle: Path) -> Path | None:
    """The folder as one download: a .zip on Windows (the installer is made by Inno Setup), and on Linux a
    .tar.gz with the folder, ``install.sh`` and the menu entry, unpacked and installed in two commands."""
    if sys.platform == "darwin":
        return None  # packaging/macos/make_dmg.sh makes the .dmg
    machine = platform.machine().lower() or "unknown"
    if os.name == "nt":
        base = DIST / f"verktoykasse-{VERSION}-windows-{machine}"
        return Path(shutil.make_archive(str(base), "zip", root_dir=bundle.parent, base_dir=bundle.name))
    import tarfile

    top = f"verktoykasse-{VERSION}"
    target = DIST / f"{top}-linux-{machine}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"{top}/{bundle.name}")
        for extra in ("install.sh", "verktoykasse.desktop"):
            tar.add(ROOT / "packaging" / "linux" / extra, arcname=f"{top}/{extra}")
    return target


def start_times(layout: smoke_test.Layout, runs: int = 3) -> tuple[float, float, float | None]:
    """Seconds from launch: data loaded on the first start (new data folder), then the medians of
    "window shown" and "data loaded" over ``runs`` further starts.

    The program prints ``shown <perf_counter>`` and ``ready <perf_counter>`` under
    VERKTOYKASSE_EXIT_AFTER_START=1; perf_counter is the system-wide monotonic clock, so it compares with
    ours. Without the marks (a windowed exe on Windows has no stdout) the time to exit is used instead.
    """
    with tempfile.TemporaryDirectory(prefix="verktoykasse-start-") as tmp:
        env = smoke_test.environment(Path(tmp), VERKTOYKASSE_EXIT_AFTER_START="1")
        shown: list[float] = []
        ready: list[float] = []
        for _ in range(runs + 1):
            started = time.perf_counter()
            result = smoke_test.run(layout.gui, [], env)
            ended = time.perf_counter()
            if result.returncode != 0:
                raise SystemExit(f"The built program did not start: {smoke_test.tail(result)}")
            marks = dict(line.split(" ", 1) for line in result.stdout.splitlines() if line.count(" ") == 1)
            try:
                shown.append(float(marks["shown"]) - started)
                ready.append(float(marks["ready"]) - started)
            except (KeyError, ValueError):
                ready.append(ended - started)
    first = ready.pop(0)
    shown_median = statistics.median(shown[1:]) if len(shown) > 1 else None
    return first, statistics.median(ready), shown_median


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def main(argv: list[str]) -> int:
    check_translations_compiled()
    say(f"building Verktøykassa {VERSION} with PyInstaller ({platform.system()} {platform.machine()})")
    build_seconds = pyinstaller()
    bundle = smoke_test.default_bundle()
    layout = smoke_test.Layout(bundle)
    size, files = folder_size(bundle)
    packed = None if "--no-archive" in argv else archive(bundle)
    first, ready, shown = start_times(layout)

    rows = [
        ("bundle", str(bundle.relative_to(ROOT))),
        ("build time", f"{build_seconds:.0f} s"),
        ("size on disk", f"{megabytes(size)} ({files} files)"),
    ]
    if packed is not None:
        rows.append(("compressed", f"{megabytes(packed.stat().st_size)} ({packed.name})"))
    rows += [
        ("first start", f"{first:.2f} s to data loaded (new data folder: creates and migrates the database)"),
    ]
    if shown is not None:
        rows.append(("window shown", f"{shown:.2f} s (median of 3 starts)"))
    rows.append(("data loaded", f"{ready:.2f} s (median of 3 starts)"))
    width = max(len(name) for name, _ in rows)
    print()
    for name, value in rows:
        print(f"  {name:<{width}}  {value}")
    print(flush=True)

    if "--no-smoke" in argv:
        return 0
    return smoke_test.main([str(bundle)])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
