"""Work done in a background thread while the window keeps answering: loading big libraries ahead.

Python shares one interpreter lock between threads and hands it over every 5 ms by default
(``sys.getswitchinterval``): a keystroke, which needs the lock several times to be handled, then waited up
to 25 ms for an import running beside it. While background work runs the interval is 0.5 ms, so typing and
painting go on between the steps of an import within a frame (``benchmarks.warm_up``). Only work that
needs no widgets runs here (imports of non-Qt modules, reading files); ``finished`` is delivered in the
window's thread, where the result is used. A failure is logged and otherwise ignored: the same import or
read then happens again on first use, in the window's thread, where its error is handled as it always was.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

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


class BackgroundWork(QObject):
    """``work`` run once in a daemon thread (one that never keeps the program from quitting)."""

    finished = Signal()

    def __init__(self, name: str, work: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._work = work
        self._thread = threading.Thread(target=self._run, name=f"verktoykasse-{name}", daemon=True)
        self.done = False

    def start(self) -> None:
        _begin()
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
            _end()
            self.done = True
            self.finished.emit()  # queued to the window's thread
