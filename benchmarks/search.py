"""Catalogue search as the user types: each keystroke, from the text changing to the list shown.

Timed in the catalogue view itself (``ui.catalogue.view.CatalogueView``): the search box's text is set one
more letter at a time and Qt processes the events, so the time covers the search, the list's update and
its painting. Run with the shipped catalogue and with 10,000 generated entries (variations of the shipped
ones), the target being one frame (16 ms) per keystroke.
"""

from __future__ import annotations

import dataclasses
import time

from benchmarks.stats import median, ms, p95
from benchmarks.table import Row
from benchmarks.widgets import discard

FRAME = 0.016
LARGE = 10_000
QUERIES = ("lønnstilskudd", "arbeidstrening nav", "mentor", "lærling", "inkludering", "språk")


def generated(catalogue, count: int = LARGE):
    """A catalogue of ``count`` entries: the shipped ones again and again, each with its own id and name."""
    from verktoykasse.catalogue import Catalogue

    base = catalogue.entries
    entries = []
    for i in range(count):
        entry = base[i % len(base)]
        entries.append(
            dataclasses.replace(
                entry,
                id=f"{entry.id}-{i}",
                name=f"{entry.name} {i // len(base) + 1}",
                search_text="",
                name_text="",
            )
        )
    return Catalogue(edition=catalogue.edition, entries=tuple(entries), source=catalogue.source)


def _type(view, queries=QUERIES) -> list[float]:
    from PySide6.QtWidgets import QApplication

    times = []
    for query in queries:
        view.search_edit.clear()
        QApplication.processEvents()
        for end in range(1, len(query) + 1):
            start = time.perf_counter()
            view.search_edit.setText(query[:end])
            QApplication.processEvents()
            times.append(time.perf_counter() - start)
    return times


def _core(catalogue, queries=QUERIES) -> list[float]:
    times = []
    for query in queries:
        for end in range(1, len(query) + 1):
            start = time.perf_counter()
            catalogue.search(query[:end])
            times.append(time.perf_counter() - start)
    return times


def rows(database, rounds: int) -> list[Row]:
    from PySide6.QtWidgets import QApplication

    from verktoykasse.ui.catalogue.view import CatalogueView

    view = CatalogueView(database)
    view.resize(1100, 700)
    view.show()
    QApplication.processEvents()
    shipped = view.catalogue
    found = []
    try:
        for label, catalogue in (
            (f"shipped catalogue ({len(shipped.entries)} entries)", shipped),
            (f"{LARGE:,} entries", generated(shipped)),
        ):
            view.catalogue = catalogue
            view._last_search = None  # the view narrows its last matches; start each run afresh
            times = [t for _ in range(rounds) for t in _type(view)]
            core = [t for _ in range(rounds) for t in _core(catalogue)]
            judged = catalogue is not shipped
            found.append(
                Row(
                    f"Catalogue search per keystroke, {label}",
                    ms(median(times)),
                    "≤ 16 ms at 10,000" if judged else "",
                    (p95(times) <= FRAME) if judged else None,
                    p95=ms(p95(times)),
                    note=f"{len(times)} keystrokes; Catalogue.search alone: {ms(median(core))} "
                    f"(p95 {ms(p95(core))})",
                )
            )
    finally:
        discard(view)  # with its 10,000 entries: not alive for the benchmarks after it
    return found
