"""Work done in a background thread while the window keeps answering: loading big libraries ahead.

Python shares one interpreter lock between threads and hands it over every 5 ms by default
(``sys.getswitchinterval``): a keystroke, which needs the lock several times to be handled, then waited up
to 25 ms for an import running beside it. While background work runs the interval is 0.5 ms. And work
given a ``busy`` question (the idle warm-up's: has the user typed or clicked a moment ago?) gives way to
the user: before each module it imports it waits while the user is busy, so what runs beside a keystroke
is at most one module's import (``benchmarks.warm_up`` measures the keystrokes). Only work that
needs no widgets runs here (imports of non-Qt modules, reading files); ``finished`` is delivered in the
window's thread, where the result is used. A failure is logged and otherwise ignored: the same import or
read then happens again on first use, in the window's thread, where its error is handled as it always was.

The work's own object belongs to its window and is deleted with it, in the window's thread, at any moment
(the user closes the window while SQLAlchemy loads). So the thread never touches it: it hands "done" to
one courier that lives as long as the program, and the courier, in the window's thread where nothing can
be deleted meanwhile, tells the work's object only if it still exists. (Emitting on the work's object from
the thread raced its deletion: the check that it still existed and the emission were two steps, and the
window could be deleted between them, "Signal source has been deleted".)
"""

from __future__ import annotations

import logging
import sys
import threading
import time
import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger("verktoykasse.ui")

SWITCH_INTERVAL = 0.0005  # seconds, while background work runs
_running = 0  # background works running now
_normal_interval = sys.getswitchinterval()
_count_lock = threading.Lock()


def _begin() -> None:
    global _running, _normal_interval
    with _count_lock:
        if _running == 0:
            _normal_interval = sys.getswitchinterval()
            sys.setswitchinterval(SWITCH_INTERVAL)
        _running += 1


def _end() -> None:
    global _running
    with _count_lock:
        _running -= 1
        if _running == 0:
            sys.setswitchinterval(_normal_interval)


PAUSE_SECONDS = 0.02  # how long the work waits before asking again whether the user is still busy


class GiveWay:
    """Asked first for every module anyone imports: in the work's thread it waits while ``busy()``, then
    lets the ordinary finders find the module (it finds nothing itself). A finder on ``sys.meta_path``
    needs only ``find_spec``; ``importlib.abc.MetaPathFinder`` as its base would import ``importlib.abc``
    and ``importlib.resources`` (≈4 ms) before the plans are listed, for nothing."""

    def __init__(self, thread: threading.Thread, busy: Callable[[], bool]) -> None:
        self.thread = thread
        self.busy = busy

    def find_spec(self, fullname, path, target=None):
        if threading.current_thread() is self.thread:
            while self.busy():
                time.sleep(PAUSE_SECONDS)
        return None


class _Courier(QObject):
    """Carries "done" from the threads to the window's thread; made there, once, and never deleted."""

    done = Signal(object)  # a weak reference to the BackgroundWork, queued to the window's thread

    def __init__(self) -> None:
        super().__init__()
        self.done.connect(self._deliver)

    @Slot(object)
    def _deliver(self, work_ref: weakref.ref) -> None:  # a QObject's method: queued, not in the thread
        work = work_ref()
        if work is not None and shiboken6.isValid(work):
            work.finished.emit()
        elif work is not None:
            log.debug("%s loaded ahead after its window closed", work.name)


_courier: _Courier | None = None


def _the_courier() -> _Courier:
    """The one courier, made in the window's thread (``BackgroundWork.start`` runs there)."""
    global _courier
    if _courier is None:
        _courier = _Courier()
    return _courier


class BackgroundWork(QObject):
    """``work`` run once in a daemon thread (one that never keeps the program from quitting); with
    ``busy``, the imports it makes wait while ``busy()`` says the user is typing or clicking."""

    finished = Signal()

    def __init__(
        self,
        name: str,
        work: Callable[[], None],
        parent: QObject | None = None,
        busy: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self._work = work
        self._thread = threading.Thread(target=self._run, name=f"verktoykasse-{name}", daemon=True)
        self._give_way = GiveWay(self._thread, busy) if busy is not None else None
        self.done = False

    def start(self) -> None:
        self._courier = _the_courier()
        _begin()
        if self._give_way is not None:
            sys.meta_path.insert(0, self._give_way)
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        try:
            self._work()
        except Exception:
            log.exception("loading %s ahead failed; it is loaded when first needed", self.name)
        finally:
            if self._give_way is not None:
                sys.meta_path.remove(self._give_way)
            _end()
            self.done = True
            self._courier.done.emit(weakref.ref(self))  # finished, from the window's thread, if still there
