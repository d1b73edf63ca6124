"""The action plan PDF, built as File ▸ Export PDF… builds it: load the plan, then make the PDF in memory.

Writing the file is left out (it depends on the disk, not on the program). The first build also imports
reportlab and registers the fonts; it is made once before timing and reported beside the median. The
note gives the median CPU time too: on a machine other programs load, it stays put where the wall clock
does not.
"""

from __future__ import annotations

import time

from benchmarks.stats import median, ms
from benchmarks.table import Row

TYPICAL_TARGET = 0.3
LARGE_TARGET = 1.0


def _build(database, plan_id: int) -> tuple[float, int, float]:
    from verktoykasse.catalogue import load_catalogue
    from verktoykasse.reports.document import build_action_plan
    from verktoykasse.storage.editing import load_plan

    start, cpu = time.perf_counter(), time.process_time()
    with database.session() as session:
        data = build_action_plan(load_plan(session, plan_id), catalogue=load_catalogue(database.path.parent))
    return time.perf_counter() - start, len(data), time.process_time() - cpu


def _size(data_size: int) -> str:
    return f"{data_size / 1024:.0f} KiB"


def rows(database, typical_id: int | None, large_id: int | None, runs: int) -> list[Row]:
    first = _build(database, typical_id or large_id)[0]
    found: list[Row] = []
    for what, plan_id, target, count in (
        ("PDF export, typical plan (the example plan)", typical_id, TYPICAL_TARGET, runs),
        ("PDF export, large plan", large_id, LARGE_TARGET, runs),  # a median of 5, steadier than of 3
    ):
        if plan_id is None:
            continue
        results = [_build(database, plan_id) for _ in range(count)]
        times = [t for t, _, _ in results]
        note = f"{_size(results[0][1])}; CPU time {ms(median([cpu for _, _, cpu in results]))}"
        if plan_id == (typical_id or large_id):
            note += f"; first build, with reportlab's imports: {ms(first)}"
        found.append(Row(what, ms(median(times)), f"≤ {target:.1f} s", median(times) <= target, note=note))
    return found
