"""Cold start, measured from process spawn to the program's own markers, against a bare PySide6 floor.

The program prints ``shown <t>``, ``listed <t>`` and ``ready <t>`` when ``VERKTOYKASSE_EXIT_AFTER_START=1``
(see ``ui/app.py``): the window is on screen, the plans are listed (read with plain sqlite3), the database
is open (SQLAlchemy loaded). ``t`` is ``time.perf_counter()``, a monotonic clock shared by every process, so
the parent subtracts its own reading taken just before spawning. The baseline does the least any PySide6
program must do (import Qt, create the application, show an empty QWizard, get to the event loop): the
window and the list are compared with that; it then imports SQLAlchemy's ORM, which the program cannot
work without, and the open database is compared with that. Runs alternate program/baseline, so load on
the machine hits both, and each ratio is the median of the per-round ratios.

Both run from compiled bytecode, as an installed program does (``PYTHONDONTWRITEBYTECODE`` is dropped for
them, so the warm-up start writes it): compiling the program's modules at every start would be measured
otherwise.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.stats import median, ms
from benchmarks.table import Row

SHOWN_TARGET = 1.2  # the window, vs the bare QWizard
LISTED_TARGET = 1.5  # the plans listed, vs the bare QWizard shown
READY_TARGET = 1.3  # the database open, vs the bare QWizard + import sqlalchemy.orm
# The same marker mechanism as ui/app.py: a zero timer after show(), so both sides pay the same.
FLOOR_CODE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard

app = QApplication(sys.argv[:1])
wizard = QWizard()
wizard.show()


def shown():
    print(f"shown {time.perf_counter():.6f}", flush=True)
    print(f"cpu_shown {time.process_time():.6f}", flush=True)
    try:
        import resource
        print(f"rss_kib {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
    except ImportError:
        pass


def ready():
    import sqlalchemy.orm  # noqa: F401  the stack's own unavoidable cost
    print(f"ready {time.perf_counter():.6f}", flush=True)
    print(f"cpu_ready {time.process_time():.6f}", flush=True)
    app.quit()


QTimer.singleShot(0, shown)
QTimer.singleShot(0, ready)
app.exec()
"""
# Modules that must never load before the data is open (they belong to later, rarer actions).
HEAVY = ("reportlab", "jsonschema", "alembic", "PIL", "verktoykasse.catalogue", "verktoykasse.reports")
# ... and what must not load before the plans are listed.
BEFORE_LISTED = ("sqlalchemy", *HEAVY)


@dataclass
class Launch:
    """One fresh process: milliseconds from spawn to each marker, and what else it printed."""

    marks: dict[str, float] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)


def _env(data_dir: Path | None = None) -> dict[str, str]:
    env = {**os.environ, "VERKTOYKASSE_EXIT_AFTER_START": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if data_dir is not None:
        env["VERKTOYKASSE_DATA_DIR"] = str(data_dir)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def launch(command: list[str], data_dir: Path | None = None, timeout: float = 120) -> Launch:
    env = _env(data_dir)
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:3])} exited {result.returncode}: {result.stderr[-500:]}")
    found = Launch()
    for line in result.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key in ("shown", "listed", "ready"):
            found.marks[key] = float(value) - start
        elif key:
            found.values[key] = value
    if not {"shown", "ready"} <= set(found.marks):
        raise RuntimeError(f"no start markers in the output of {command[:3]}: {result.stdout[-300:]!r}")
    return found


def floor_command() -> list[str]:
    return [sys.executable, "-c", FLOOR_CODE]


# What the installed ``verktoykasse`` launcher runs (``-m`` would add runpy's imports), with the start
# hook wrapped so it also reports the CPU time used so far, the same as the floor does.
PROGRAM_CODE = """
import time
from verktoykasse.ui import app

signal_start = app._signal_start


def with_cpu(stage):
    signal_start(stage)
    print(f"cpu_{stage} {time.process_time():.6f}", flush=True)


app._signal_start = with_cpu
from verktoykasse.cli import main

raise SystemExit(main())
"""


def program_command() -> list[str]:
    """No arguments, as a double-click starts it; the data folder comes from VERKTOYKASSE_DATA_DIR."""
    return [sys.executable, "-c", PROGRAM_CODE]


@dataclass
class StartResults:
    program: list[Launch]
    floor: list[Launch]

    def ratio(self, mark: str, floor_mark: str | None = None) -> float:
        """The program's time to ``mark`` over the floor's to ``floor_mark`` (the same mark if None)."""
        pairs = zip(self.program, self.floor, strict=True)
        return median([p.marks[mark] / f.marks[floor_mark or mark] for p, f in pairs])

    def cpu_ratio(self, mark: str, floor_mark: str | None = None) -> float:
        """The same ratio in CPU time: what remains when other programs compete for the processor."""
        pairs = zip(self.program, self.floor, strict=True)
        return median(
            [float(p.values[f"cpu_{mark}"]) / float(f.values[f"cpu_{floor_mark or mark}"]) for p, f in pairs]
        )

    def program_s(self, mark: str) -> float:
        return median([p.marks[mark] for p in self.program])

    def floor_s(self, mark: str) -> float:
        return median([f.marks[mark] for f in self.floor])

    def floor_rss_kib(self) -> float | None:
        values = [float(f.values["rss_kib"]) for f in self.floor if "rss_kib" in f.values]
        return median(values) if values else None


def measure(data_dir: Path, runs: int, warm_up: bool = True) -> StartResults:
    """Interleave program and floor; the first pair only warms the file cache and is thrown away."""
    program, floor = program_command(), floor_command()
    if warm_up:
        launch(program, data_dir)
        launch(floor)
    results = StartResults([], [])
    for round_ in range(runs):
        if round_ % 2 == 0:
            results.program.append(launch(program, data_dir))
            results.floor.append(launch(floor))
        else:
            results.floor.append(launch(floor))
            results.program.append(launch(program, data_dir))
    return results


def rows(results: StartResults) -> list[Row]:
    found = []
    for what, mark, floor_mark, target in (
        ("Cold start: main window shown, vs bare PySide6 + empty QWizard", "shown", "shown", SHOWN_TARGET),
        ("Cold start: plans listed, vs that bare QWizard shown", "listed", "shown", LISTED_TARGET),
        ("Cold start: data open, vs that floor + import sqlalchemy.orm", "ready", "ready", READY_TARGET),
    ):
        ratio = results.ratio(mark, floor_mark)
        found.append(
            Row(
                what,
                f"{ratio:.2f}×",
                f"≤ {target:.1f}×",
                ratio <= target,
                note=f"{ms(results.program_s(mark))} vs {ms(results.floor_s(floor_mark))}; "
                f"CPU time {results.cpu_ratio(mark, floor_mark):.2f}×",
            )
        )
    return found


def heavy_imports(data_dir: Path) -> Row:
    """Start once with ``-X importtime`` (stderr merged into stdout, so the markers keep their place)."""
    command = [sys.executable, "-X", "importtime", *program_command()[1:]]
    result = subprocess.run(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=_env(data_dir), timeout=120
    )
    if result.returncode != 0:
        raise RuntimeError(f"the program exited {result.returncode}: {result.stdout[-500:]}")
    early: list[str] = []
    watch, stage = BEFORE_LISTED, "before listed"
    for line in result.stdout.splitlines():
        if line.startswith("listed "):
            watch, stage = HEAVY, "before ready"
        elif line.startswith("ready "):
            break
        elif line.startswith("import time:") and "|" in line:
            module = line.rsplit("|", 1)[1].strip()
            for name in watch:
                label = f"{name} ({stage})"
                if (module == name or module.startswith(name + ".")) and label not in early:
                    early.append(label)
    return Row(
        "Heavy imports at start-up",
        ", ".join(early) if early else "none",
        "none early",
        not early,
        note="SQLAlchemy after the plans are listed; reportlab, jsonschema, alembic, PIL, catalogue, reports "
        "when idle or on first use",
    )
