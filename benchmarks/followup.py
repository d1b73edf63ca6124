""" "Now" for twenty plans, one of them the large plan: from reading what is due to the lines on screen.

Timed from ``NowPanel.refresh()`` (the query for all plans, the follow-up rules, the widgets of every
line) until Qt has laid the panel out and painted it (``processEvents``), as the home view does when the
program starts or the user comes back from a plan. "Today" is in the middle of the plans' period, so
there is plenty to show.

The runs meet Python's garbage collector as the program's "Now" does: set up as the program sets it up
(``ui.app.settle_memory`` in ``benchmarks.run``) and, after the first run's imports, with what the
process holds collected and frozen, as the program's idle warm-up leaves it (``collector.settle``). A
full collection that is still due in a run is the program's and counts (the note says how many there
were); one walking the other benchmarks' leftovers (reportlab's modules, thousands of spent PDF objects:
300–600 ms each) would not be the program's.
"""

from __future__ import annotations

import datetime as dt
import gc
import time
from pathlib import Path

from benchmarks.data import LARGE
from benchmarks.stats import median, ms, p95
from benchmarks.table import Row
from verktoykasse.collector import settle

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


def _discard(panel) -> None:
    """Gone as the event loop would delete it (``processEvents`` alone never does)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    panel.close()
    panel.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def now_for_twenty_plans(data_dir: Path, runs: int) -> Row:
    database = _prepare(data_dir)
    try:
        panel, first, _cpu = _show_now(database)
        lines = sum(agenda.count for agenda in panel.agendas)
        _discard(panel)
        settle()
        times, cpu_times = [], []
        full: list[dict] = []

        def count_full(phase: str, info: dict) -> None:
            if phase == "stop" and info["generation"] == 2:
                full.append(info)

        gc.callbacks.append(count_full)
        try:
            for _ in range(runs):
                panel, elapsed, cpu = _show_now(database)
                _discard(panel)
                times.append(elapsed)
                cpu_times.append(cpu)
        finally:
            gc.callbacks.remove(count_full)
    finally:
        database.close()
    return Row(
        WHAT,
        ms(median(times)),
        f"≤ {NOW_TARGET * 1000:.0f} ms",
        median(times) <= NOW_TARGET,
        p95=ms(p95(times)),
        note=f"{lines} lines due, the first 6 of each plan shown; CPU time {ms(median(cpu_times))}; "
        f"first time, with imports: {ms(first)}; full garbage collections in the runs: {len(full)}",
    )
