"""Undo for a removed row: "Removed “Mentor”." with an Undo button for a while after a list editor removed a
row, and ``undo()`` for Edit → Undo / Ctrl+Z. The row comes back with its children and links
(``storage.undo``).

One way for every window that edits a plan's lists through a ``Saver`` (the plan's workspace, the ARP
window): ``ListEditor.remove_current`` takes a snapshot and announces it with ``Saver.removed``; this
object remembers the last one, shows it, and puts it back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from verktoykasse.domain.lines import shortened
from verktoykasse.ui.tooltips import literal
from verktoykasse.ui.wizard.saver import Saver

UNDO_SHOWN_MS = 12_000  # how long "Removed …  Undo" stays in view (Edit → Undo / Ctrl+Z stays longer)


class RemovalUndo(QObject):
    """The last removal of ``saver``'s session, its note and Undo button (placed by the owner)."""

    restored = Signal()  # the row is back: the owner shows its lists again
    status_message = Signal(str)  # "“Mentor” is back." or why it cannot come back

    def __init__(self, saver: Saver, parent: QWidget) -> None:
        super().__init__(parent)
        self.saver = saver
        self.label = QLabel(parent)
        self.label.setObjectName("undoLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self.tr("Undo"), parent)
        self.button.setObjectName("undoRemoveButton")
        self.button.setAccessibleName(self.tr("Undo the removal"))
        self.button.clicked.connect(self.undo)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(UNDO_SHOWN_MS)
        self._timer.timeout.connect(lambda: self._show(False))
        self.last_removed: tuple[object, str] | None = None
        saver.removed.connect(self._removed)
        saver.saved.connect(self._forget)
        self._show(False)

    def _removed(self, taken: object, name: str) -> None:
        self.last_removed = (taken, name)
        # At most 60 characters of a long title: the note does not wrap, and one 1,000-letter title made the
        # window thousands of pixels wide. The tooltip, read aloud too, has it whole.
        short = shortened(name, 60)
        removed = self.tr("Removed “{name}”.")
        self.label.setText(removed.format(name=short))
        self.label.setToolTip(literal(removed.format(name=name)) if short != name else "")
        self._show(True)
        self._timer.start()

    def _show(self, shown: bool) -> None:
        self.label.setVisible(shown)
        self.button.setVisible(shown)

    def _forget(self, obj: object, _attr: str) -> None:
        """A new row or a typed change after the removal: its ids may now be taken, so Undo is over."""
        if obj is not None and self.last_removed is not None:
            self.last_removed = None
            self._show(False)

    def can_undo(self) -> bool:
        return self.last_removed is not None

    def undo(self) -> bool:
        """Put the last removed row back with its children and links; False when there is none."""
        if self.last_removed is None:
            return False
        from verktoykasse.storage.undo import can_restore, restore

        taken, name = self.last_removed
        self.last_removed = None
        self._show(False)
        self._timer.stop()
        self.saver.flush()
        if not can_restore(self.saver.session, taken):  # a row added since took its place
            self.status_message.emit(
                self.tr("“{name}” cannot come back: the plan has changed since.").format(name=name)
            )
            return False
        if self.saver.run(lambda: restore(self.saver.session, taken)) is None and self.saver.failing:
            return False
        self.restored.emit()
        self.status_message.emit(self.tr("“{name}” is back.").format(name=name))
        return True
