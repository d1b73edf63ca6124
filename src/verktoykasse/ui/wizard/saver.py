"""The one place where the wizard saves: commit per edit, and survive a failed commit without losing text.

A commit can fail when the disk is full or the file became read-only. Then the session is rolled back,
the typed text stays in its widget (widgets are never reloaded from the database after an edit), the
failed change is remembered, and ``failed`` tells the workspace to show its banner. The next edit or
``retry()`` applies every remembered change again.

A commit can also fail because the file is damaged (SQLite: "database disk image is malformed"). Writing
on would damage it further, so the saver stops for good (``stopped``: nothing more is written, not even a
retry) and ``damaged`` tells the window, which offers the recovery choices (``ui.recovery``). The same
stop is made when another computer took the data folder over (``ui.taken_over``): what was typed and not
yet saved stays remembered (``unsaved``), for the window to keep it elsewhere. A save refused because the
folder was just found taken over (``storage.holder.Hold``, after a sleep) shows no banner either: the
window stops the saver right after it and keeps the text.

Every change is written through ``storage.editing`` (``set_value``, ``add_row``, ``remove_row``…), the
same functions the command line and the tests use: there is one write path, and "Last changed" of the
plan follows from it (``storage.editing.touch_changed_plans``).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from verktoykasse.storage.editing import EditConflict, set_value
from verktoykasse.storage.health import damage_in

log = logging.getLogger("verktoykasse.ui.wizard")

T = TypeVar("T")

SAVE_ERRORS = (SQLAlchemyError, OSError)


def taken_over(exc: BaseException) -> bool:
    """A write refused because another computer took the data folder over (``storage.holder.Hold``)."""
    from verktoykasse.storage.holder import taken_over_in  # only once a save failed

    return taken_over_in(exc)


class Saver(QObject):
    """Commits the workspace's single long-lived session; remembers what could not be saved."""

    failed = Signal(str)  # a technical reason, for the log and the banner's details
    damaged = Signal(str)  # the file is damaged (a ``StorageProblem``): nothing more is written
    recovered = Signal()
    saved = Signal(object, str)  # the row and the attribute just saved ("" for structural changes)
    removed = Signal(object, str)  # what a removal took (``storage.undo.RemovedRows``) and the row's name
    # A colleague changed the same field (a shared database): a storage.editing.EditConflict for the
    # workspace to show. Everything else was saved; this one change waits for the user's choice.
    conflict = Signal(object)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # What waits to be saved, by row and attribute: the row, the attribute and the value typed.
        self._pending: dict[tuple[int, str], tuple[Any, str, Any]] = {}
        self._flushers: list[Callable[[], None]] = []
        self.failing = False
        self.stopped = False  # the file turned out damaged, or was taken over: never write again
        self.read_only = False  # a database this user may only read: nothing is written (and none fails)
        # Text a number or date field could not read ("abc", "31.13.2027"), or a text longer than a field
        # holds, by row and attribute: it is not stored, but a row's detail made anew (another row chosen
        # and back, the step left and back) shows it again with its message instead of the last stored
        # value (``fields.TypedField``, ``fields.TextBox``). By
        # the row itself, not its id: a removed row's text goes with it, never to a new row given its id.
        self.refused: weakref.WeakKeyDictionary[Any, dict[str, str]] = weakref.WeakKeyDictionary()

    # -- edits of one attribute ----------------------------------------------------------------------
    def set(self, obj: Any, attr: str, value: Any) -> bool:
        """Store ``value`` in ``obj.attr`` and commit (``storage.editing.set_value``); on failure keep it
        to apply again later."""
        if self.read_only:
            return False
        self._pending[(id(obj), attr)] = (obj, attr, value)
        if self.stopped:
            return False
        return self._commit_pending(obj, attr)

    def retry(self) -> bool:
        """Apply every remembered change again and commit (the banner's Retry button)."""
        self.flush()
        if self.stopped:
            return False
        return self._commit_pending(None, "")

    def _apply_pending(self) -> None:
        """Apply every remembered change (each commits); one a colleague overtook leaves the list and is
        handed to the user (``conflict``) instead."""
        for key, (obj, attr, value) in list(self._pending.items()):
            try:
                set_value(self.session, obj, attr, value)
            except EditConflict as conflict:
                del self._pending[key]
                self.conflict.emit(conflict)

    def _commit_pending(self, obj: Any, attr: str) -> bool:
        for attempt in (1, 2):
            try:
                self._apply_pending()
                self.session.commit()  # nothing left to write unless a retry had nothing pending
                break
            except SAVE_ERRORS as exc:
                self._rollback()
                if taken_over(exc):  # the window stops every saver and keeps what waits: no banner
                    log.warning("not saved, the data folder was taken over: %s", exc)
                    return False
                # Once more at once, on a fresh transaction: a passing conflict (another connection of
                # this program writing at the same moment) should not bother the user with a banner.
                # Never on a damaged file.
                if attempt == 2 or damage_in(exc) is not None:
                    self._fail(exc)
                    return False
        self._pending.clear()
        if self.failing:
            self.failing = False
            self.recovered.emit()
        if obj is not None:
            self.saved.emit(obj, attr)
        return True

    # -- structural changes (add, remove, move rows; links) ------------------------------------------
    def run(self, operation: Callable[[], T]) -> T | None:
        """Run an operation that commits (``storage.editing``); ``None`` and the banner if it fails.

        Remembered attribute edits are applied first, so a structural change never drops them.
        """
        if self.stopped or self.read_only:
            return None
        try:
            self._apply_pending()
            result = operation()
            self.session.commit()
        except EditConflict as conflict:  # the rest of the operation is saved; this field waits for the user
            self.conflict.emit(conflict)
            return None
        except SAVE_ERRORS as exc:
            self._rollback()
            if taken_over(exc):
                log.warning("not saved, the data folder was taken over: %s", exc)
            else:
                self._fail(exc)
            return None
        self._pending.clear()
        if self.failing:
            self.failing = False
            self.recovered.emit()
        self.saved.emit(None, "")
        return result

    # -- text boxes that save after a pause ----------------------------------------------------------
    def register_flusher(self, flush: Callable[[], None]) -> None:
        self._flushers.append(flush)

    def unregister_flusher(self, flush: Callable[[], None]) -> None:
        if flush in self._flushers:
            self._flushers.remove(flush)

    def flush(self) -> None:
        """Save every text box that is waiting for its pause (before a page change, on close)."""
        for flush in list(self._flushers):
            flush()

    @property
    def has_unsaved(self) -> bool:
        return bool(self._pending)

    def unsaved(self) -> list[tuple[Any, str, Any]]:
        """What was typed and is not saved (a failed or stopped save): the row, the attribute, the value."""
        return list(self._pending.values())

    def close(self) -> None:
        """The dialog that owns this saver and its session is going: save the text boxes waiting for their
        pause and whatever is still remembered once more, then close the session. A close that fails is
        logged, never shown: what could be saved is saved."""
        self.flush()
        if self.has_unsaved:
            self.retry()
        try:
            self.session.close()
        except Exception:
            log.exception("closing a dialog's session failed")

    def _rollback(self) -> None:
        try:
            self.session.rollback()
        except SAVE_ERRORS:
            log.exception("rollback failed")

    def _fail(self, exc: BaseException) -> None:
        log.error("saving failed: %s", exc)
        self.failing = True
        problem = damage_in(exc)
        if problem is not None:
            self.stopped = True
            self.damaged.emit(str(problem))
            return
        self.failed.emit(str(exc))
