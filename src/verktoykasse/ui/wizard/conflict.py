"""When a colleague changed the same field: both values side by side, who and when, and the user chooses.

``storage.editing`` merges what it can by itself (changes to different fields of one row never ask); only
a field both changed comes here. Nothing is overwritten silently: "Keep mine" saves the user's value over
the colleague's; "Use theirs" (also Esc) keeps the colleague's, which the page then shows. The user's own
text stays in the dialog to copy either way.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from verktoykasse.domain.formatting import format_date, format_datetime, format_number

if TYPE_CHECKING:
    from verktoykasse.storage.editing import EditConflict


def shown_value(value: Any) -> str:
    """A field's value in words: text as it is, a date or number as the user writes it, a tick as yes/no,
    a list of linked rows (a measure's goals) as their titles, one a line, in their order."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(getattr(item, "title", "") or ConflictDialog.tr("(untitled)") for item in value)
    if isinstance(value, bool):
        return ConflictDialog.tr("yes") if value else ConflictDialog.tr("no")
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, float):
        return format_number(value)
    return str(value)


def changed_note(by: str, at: dt.datetime | None) -> str:
    """ "Changed by Kari 10.12.2027 14:03" — who changed a row last and when, as the dialog says it."""
    if not by and at is None:
        return ""
    who = by or ConflictDialog.tr("someone else")
    if at is None:
        return ConflictDialog.tr("Changed by {who}").format(who=who)
    return ConflictDialog.tr("Changed by {who} {when}").format(who=who, when=format_datetime(at))


class ConflictDialog(QDialog):
    """Both values, who changed theirs and when; ``keep_mine`` after ``exec`` says what the user chose."""

    def __init__(self, conflict: EditConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        title = self.tr("Someone else changed this")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.keep_mine = False
        who = conflict.by or self.tr("Someone else")
        if conflict.gone:
            text = self.tr(
                "Someone else removed this row while you were working on it, so your change could not be "
                "saved. Your text is below: copy it if you want to keep it somewhere else."
            )
        else:
            when = format_datetime(conflict.at) if conflict.at else ""
            text = self.tr(
                "{who} changed the same field ({when}) while you were working on it. Choose which version "
                "to keep; nothing is overwritten until you do."
            ).format(who=who, when=when)
        intro = QLabel(text)
        intro.setObjectName("conflictText")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.mine = self._value_box(
            layout, "conflictMine", self.tr("&Your version:"), self.tr("Your version"), conflict.mine
        )
        row = QHBoxLayout()
        if conflict.gone:
            ok = QPushButton(self.tr("OK"))
            ok.setObjectName("conflictOk")
            ok.clicked.connect(self.reject)
            row.addStretch(1)
            row.addWidget(ok)
            ok.setDefault(True)
        else:
            self.theirs = self._value_box(
                layout,
                "conflictTheirs",
                self.tr("{who}'s &version:").format(who=who),
                self.tr("{who}'s version").format(who=who),
                conflict.theirs,
            )
            keep = QPushButton(self.tr("Keep &mine"))
            keep.setObjectName("conflictKeepMine")
            keep.setAccessibleName(self.tr("Keep my version"))
            keep.clicked.connect(self._keep)
            use = QPushButton(self.tr("Use &theirs"))
            use.setObjectName("conflictUseTheirs")
            use.setAccessibleName(self.tr("Use {who}'s version").format(who=who))
            use.clicked.connect(self.reject)
            use.setDefault(True)
            row.addStretch(1)
            row.addWidget(keep)
            row.addWidget(use)
        layout.addLayout(row)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _value_box(self, layout: QVBoxLayout, name: str, label_text: str, accessible: str, value: Any):
        box = QPlainTextEdit(shown_value(value))
        box.setObjectName(name)
        box.setReadOnly(True)
        box.setAccessibleName(accessible)
        box.setTabChangesFocus(True)
        box.setMaximumHeight(box.fontMetrics().lineSpacing() * 6)
        label = QLabel(label_text)
        label.setBuddy(box)
        layout.addWidget(label)
        layout.addWidget(box)
        return box

    def _keep(self) -> None:
        self.keep_mine = True
        self.accept()
