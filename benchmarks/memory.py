"""Peak memory after walking the large plan through every step, against the bare PySide6 floor.

The note gives the ratio to the floor with SQLAlchemy's ORM imported too (the stack the program cannot
work without: ≈35 MiB of it is SQLAlchemy's code).
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


def row(data_dir: Path, plan_id: int, floor_kib: float, orm_floor_kib: float | None, runs: int) -> Row:
    walks = [walk(data_dir, plan_id) for _ in range(runs)]
    peak = median([whole for whole, _ in walks])
    walked = median([alone for _, alone in walks])
    note = (
        f"{peak / 1024:.0f} MiB vs {floor_kib / 1024:.0f} MiB; the walk alone {walked / 1024:.0f} MiB "
        f"({walked / floor_kib:.2f}×), the rest is the idle warm-up's reportlab and catalogue"
    )
    if orm_floor_kib:
        orm = f"{orm_floor_kib / 1024:.0f} MiB"
        note += f"; vs that floor + SQLAlchemy's ORM ({orm}): {peak / orm_floor_kib:.2f}×"
    return Row(
        "Peak memory, large plan walked through every step, vs bare PySide6 floor",
        f"{peak / floor_kib:.2f}×",
        f"≤ {TARGET:.1f}×",
        peak / floor_kib <= TARGET,
        note=note,
    )
