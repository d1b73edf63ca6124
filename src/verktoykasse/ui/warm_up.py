"""Loading ahead, while the window is idle, what the user's next likely action needs.

The first PDF of a session paid ≈0.35 s more than the next (reportlab's imports, the fonts), and the
first look at the catalogue paid for reading and checking it. Once nobody has typed, clicked or scrolled
for ``IDLE_SECONDS``, the window loads one of these in a background thread (``ui.background``), so input
is never held up: reportlab and the report modules when a plan is open, the catalogue while it has not
been opened. Each is loaded once; when all are, the watch ends.

A load gives way to the user within a moment, not only between two modules: while it runs, the loading
thread asks before each function it calls whether the user typed, clicked or scrolled a moment ago, and
then sleeps until they pause (``pausing``). Its work holds Python's interpreter lock, which a keystroke
needs too: a whole module's body or a font's parsing (tens of milliseconds) running beside a keystroke
made it miss a frame; now what runs beside it is at most one function call of the load.

The same idle moments keep Python's garbage collector out of the user's way (``collector``): once a load
is done, what it loaded is collected and frozen (later collections skip it), and from then on the window
goes on watching (every ``WATCH_MS``) to do the full collections while the user pauses, not in the middle
of opening a plan. A pause starts at the last input or at the end of work that held the window up (a
large plan opening): the user goes on the moment it is on screen.
"""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from verktoykasse import collector

if TYPE_CHECKING:
    from verktoykasse.ui.background import BackgroundWork

IDLE_SECONDS = 1.0
BUSY_SECONDS = 0.3  # input this recent pauses a load until the user pauses
PAUSE_SECONDS = 0.02  # a paused load asks again after this long
CHECK_MS = 250
WATCH_MS = 500  # once everything is loaded: only the idle collections are left to do
LATE_SECONDS = 0.15  # a tick this much later than due: the window was busy
REPORTS = "reports"
CATALOGUE = "catalogue"
# What File → Export PDF…, Print… and the board check import on first use.
REPORT_MODULES = (
    "reportlab.platypus",
    "reportlab.graphics.shapes",
    "reportlab.graphics.renderPDF",  # draws the charts into the PDF
    "verktoykasse.reports.document",
    "verktoykasse.reports.action_plan",
    "verktoykasse.reports.charts",
    "verktoykasse.reports.paragraph",
)


def load_reports() -> None:
    """Import the report modules and register the fonts (reading their character maps)."""
    for name in REPORT_MODULES:
        importlib.import_module(name)
    from verktoykasse.reports.styles import coverage, styles

    styles()
    coverage()


def pausing(work: Callable[[], None], busy: Callable[[], bool]) -> Callable[[], None]:
    """``work`` that, in the thread running it, waits before each function call while ``busy()``.

    Python calls a thread's trace function (``sys.settrace``) at the start of each function call in
    that thread; returning ``None`` asks for nothing more (no per-line events), so it costs little. A
    thread already traced (a debugger, coverage measurement) is left alone: it still gives way between
    modules (``ui.background.GiveWay``).
    """

    def trace(frame: object, event: str, arg: object) -> None:
        while busy():
            time.sleep(PAUSE_SECONDS)

    def run() -> None:
        if sys.gettrace() is not None:
            work()
            return
        sys.settrace(trace)
        try:
            work()
        finally:
            sys.settrace(None)

    return run


def load_catalogue_of(data_dir: Path) -> Callable[[], None]:
    def load() -> None:
        from verktoykasse.catalogue import load_catalogue

        load_catalogue(data_dir)  # read and checked once, then kept (``catalogue.loader``)

    return load


class WarmUp(QObject):
    """Watches the application's input; after a pause, loads the next thing ahead (one at a time), then
    settles what it loaded and collects garbage (``collector``).

    ``plan_open`` and ``catalogue_opened`` tell what the window shows; ``data_dir`` holds the catalogue.
    """

    def __init__(
        self,
        parent: QObject,
        plan_open: Callable[[], bool],
        catalogue_opened: Callable[[], bool],
        data_dir: Path,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.plan_open = plan_open
        self.catalogue_opened = catalogue_opened
        self.data_dir = data_dir
        self.clock = clock
        self.last_input = clock()
        self.loaded: list[str] = []  # in the order they were loaded
        self.running: BackgroundWork | None = None
        self.settle_due = False  # a load is done: freeze what it made at the next idle check
        self._input = frozenset(
            {
                QEvent.Type.KeyPress,
                QEvent.Type.MouseButtonPress,
                QEvent.Type.Wheel,
                QEvent.Type.InputMethod,
                QEvent.Type.ShortcutOverride,
            }
        )
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self._tick)
        self._ticked = time.monotonic()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._input:
            self.last_input = self.clock()
        return False

    def wanted(self) -> str | None:
        """What to load next: the reports when a plan is open, the catalogue until it was opened."""
        if REPORTS not in self.loaded and self.plan_open():
            return REPORTS
        if CATALOGUE not in self.loaded and not self.catalogue_opened():
            return CATALOGUE
        return None

    def _tick(self) -> None:
        """The timer's check, unless the tick came late: then the event loop was held up by work the user
        asked for (a large plan opening, an export), which is no pause. It counts as input, so nothing is
        loaded or collected the moment that work is on screen, when the user goes on."""
        now = time.monotonic()
        late = now - self._ticked > self.timer.interval() / 1000 + LATE_SECONDS
        self._ticked = now
        if late:
            self.last_input = self.clock()
            return
        self.check()

    def check(self) -> None:
        """When the window has been idle long enough (and nothing is loading): settle what the last load
        made, else start the next load, else collect garbage if there can be some."""
        if self.running is not None or self.clock() - self.last_input < IDLE_SECONDS:
            return
        if self.settle_due:
            self.settle_due = False
            collector.settle()
        what = self.wanted()
        if what is not None:
            self.start(what)
            return
        if REPORTS in self.loaded and (CATALOGUE in self.loaded or self.catalogue_opened()):
            self.timer.setInterval(WATCH_MS)  # nothing more to load
        collector.collect_at_idle()

    def start(self, what: str) -> None:
        from verktoykasse.ui.background import BackgroundWork

        work = load_reports if what == REPORTS else load_catalogue_of(self.data_dir)
        self.running = BackgroundWork(what, pausing(work, self.busy), self, busy=self.busy)
        self.running.finished.connect(lambda: self._finished(what))
        self.running.start()

    def busy(self) -> bool:
        """Whether the user typed, clicked or scrolled a moment ago (asked from the loading thread)."""
        return self.clock() - self.last_input < BUSY_SECONDS

    def _finished(self, what: str) -> None:
        self.loaded.append(what)
        self.running = None
        self.settle_due = True
