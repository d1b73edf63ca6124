"""Peak memory after walking the large plan through every step, against the bare PySide6 floor.

Two rows: the walk alone, and the same process once the idle warm-up has also loaded reportlab, the fonts,
the reports and the catalogue (as after the user's first pause). The notes give the ratio to the floor with
SQLAlchemy's ORM imported too (the stack the program cannot work without: ≈35 MiB of it is SQLAlchemy's
code). The walk runs from compiled bytecode, as the start-up benchmark and an installed program do
(``PYTHONDONTWRITEBYTECODE`` is dropped for it): compiling the modules in the measured process would
count the compiler's memory too.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from benchmarks.stats import median
from benchmarks.table import Row


def walk(data_dir: Path, plan_id: int) -> tuple[int, int]:
    """The peak with the warm-up done, and the peak of the walk alone (both KiB)."""
    env = {**os.environ, "VERKTOYKASSE_DATA_DIR": str(data_dir)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.walk", str(plan_id)],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=300,
    )
    if result.returncode != 0:
        raise RuntimeError(f"the walk exited {result.returncode}: {result.stderr[-800:]}")
    values = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    if int(values.get("steps", 0)) < 6:
        raise RuntimeError(f"the walk did not reach every step: {result.stdout!r}")
    return int(values["rss_kib"]), int(values.get("rss_walked_kib", values["rss_kib"]))


TARGET = 2.0


def rows(data_dir: Path, plan_id: int, floor_kib: float, orm_floor_kib: float | None, runs: int) -> list[Row]:
    walk(data_dir, plan_id)  # writes the bytecode the measured walks then read
    walks = [walk(data_dir, plan_id) for _ in range(runs)]
    peak = median([whole for whole, _ in walks])
    walked = median([alone for _, alone in walks])

    def versus_orm(kib: float) -> str:
        if not orm_floor_kib:
            return ""
        orm = f"{orm_floor_kib / 1024:.0f} MiB"
        return f"; vs that floor + SQLAlchemy's ORM ({orm}): {kib / orm_floor_kib:.2f}×"

    return [
        Row(
            "Peak memory, large plan walked through every step, vs bare PySide6 floor",
            f"{walked / floor_kib:.2f}×",
            f"≤ {TARGET:.1f}×",
            walked / floor_kib <= TARGET,
            note=f"{walked / 1024:.0f} MiB vs {floor_kib / 1024:.0f} MiB" + versus_orm(walked),
        ),
        Row(
            "Peak memory, the same after the idle warm-up (reportlab, fonts, reports, catalogue)",
            f"{peak / floor_kib:.2f}×",
            f"≤ {TARGET:.1f}×",
            peak / floor_kib <= TARGET,
            note=f"{peak / 1024:.0f} MiB vs {floor_kib / 1024:.0f} MiB" + versus_orm(peak),
        ),
    ]
