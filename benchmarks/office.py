"""The large plan as an Excel workbook and as a Word document, built as File ▸ Export to Excel…/Word…
build them: load the plan, then make the file in memory (writing it is the disk's business, not ours).

The first build also imports XlsxWriter or python-docx; it is made once before timing.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from benchmarks.stats import median, ms
from benchmarks.table import Row

TARGET = 2.0  # seconds, for the large plan (issue 15)


def _builders() -> dict[str, Callable]:
    from verktoykasse.reports.xlsx import build_workbook

    found: dict[str, Callable] = {"Excel": build_workbook}
    try:
        from verktoykasse.reports.docx import build_document
    except ImportError:  # a build without the Word export yet
        return found
    found["Word"] = build_document
    return found


def _build(database, plan_id: int, build: Callable) -> tuple[float, int]:
    from verktoykasse.catalogue import load_catalogue
    from verktoykasse.storage.editing import load_plan

    start = time.perf_counter()
    with database.session() as session:
        data = build(load_plan(session, plan_id), catalogue=load_catalogue(database.path.parent))
    return time.perf_counter() - start, len(data)


def rows(database, large_id: int, runs: int) -> list[Row]:
    found: list[Row] = []
    for name, build in _builders().items():
        first, _ = _build(database, large_id, build)
        results = [_build(database, large_id, build) for _ in range(runs)]
        took = median([t for t, _ in results])
        note = f"{results[0][1] / 1024:.0f} KiB; first build, with its imports: {ms(first)}"
        found.append(
            Row(f"{name} export, large plan", ms(took), f"≤ {TARGET:.1f} s", took <= TARGET, note=note)
        )
    return found
