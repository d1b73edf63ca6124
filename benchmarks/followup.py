""" "Now" for twenty plans, one of them the large plan: from reading what is due to the lines on screen.

Timed from ``NowPanel.refresh()`` (the query for all plans, the follow-up rules, the widgets of every
line) until Qt has laid the panel out and painted it (``processEvents``), as the home view does when the
program starts or the user comes back from a plan. "Today" is in the middle of the plans' period, so
there is plenty to show.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from benchmarks.data import LARGE
from benchmarks.stats import median, ms, p95
from benchmarks.table import Row

NOW_TARGET = 0.100
PLANS = 20
TODAY = dt.date(2026, 9, 15)
WHAT = f"“Now” for {PLANS} plans, one of them large"


def _prepare(data_dir: Path):
    """A data folder of its own: the large plan and 19 typical ones, all in their first year."""
    from benchmarks.sample_plans import add_large_plan
    from verktoykasse.storage.db import open_database

    data_dir.mkdir(parents=True, exist_ok=True)
    database = open_database(data_dir / "verktoykasse.sqlite3")
    with database.session() as session:
        add_large_plan(session, name="Stor plan", **LARGE)
        for number in range(1, PLANS):
            add_large_plan(session, name=f"Plan {number}", goals=4, measures=8, months=12)
        session.commit()
    return database


def _show_now(database):
    from PySide6.QtWidgets import QApplication

    from verktoykasse.ui.now_view import NowPanel

    panel = NowPanel()
    panel.database = database
    panel.clock = lambda: TODAY
    panel.resize(1100, 500)
    panel.show()
    start, cpu = time.perf_counter(), time.process_time()
    panel.refresh()
    QApplication.processEvents()
    return panel, time.perf_counter() - start, time.process_time() - cpu


def now_for_twenty_plans(data_dir: Path, runs: int) -> Row:
    database = _prepare(data_dir)
    try:
        panel, first, _cpu = _show_now(database)
        lines = sum(agenda.count for agenda in panel.agendas)
        panel.close()
        panel.deleteLater()
        times, cpu_times = [], []
        for _ in range(runs):
            panel, elapsed, cpu = _show_now(database)
            panel.close()
            panel.deleteLater()
            times.append(elapsed)
            cpu_times.append(cpu)
    finally:
        database.close()
    return Row(
        WHAT,
        ms(median(times)),
        f"≤ {NOW_TARGET * 1000:.0f} ms",
        median(times) <= NOW_TARGET,
        p95=ms(p95(times)),
        note=f"{lines} lines due, the first 6 of each plan shown; CPU time {ms(median(cpu_times))}; "
        f"first time, with imports: {ms(first)}",
    )
