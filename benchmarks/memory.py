"""Peak memory after walking the large plan through every step, against the bare PySide6 floor."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from benchmarks.stats import median
from benchmarks.table import Row


def walk(data_dir: Path, plan_id: int) -> int:
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
    return int(values["rss_kib"])


def row(data_dir: Path, plan_id: int, floor_kib: float, runs: int) -> Row:
    peaks = [walk(data_dir, plan_id) for _ in range(runs)]
    peak = median(peaks)
    return Row(
        "Peak memory, large plan walked through every step, vs bare PySide6 floor",
        f"{peak / floor_kib:.2f}×",
        "(no target)",
        None,
        note=f"{peak / 1024:.0f} MiB vs {floor_kib / 1024:.0f} MiB",
    )
