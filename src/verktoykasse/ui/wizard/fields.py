"""Widgets bound to one ORM attribute: each edit is saved at once through the workspace's ``Saver``.

Line edits save on every keystroke (``textEdited``); text boxes and number fields save after a short pause
and at once when they lose focus or the page changes, so nothing is lost; numbers are read in the user's
locale and, when they cannot be read, the message stands beside the field and nothing is stored while the
typed text stays (a row's form made anew shows that text again: ``Saver.refused``).
Widgets are filled once from the model and never reloaded after an edit, so a failed save keeps the text.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from verktoykasse.domain.formatting import format_date, format_number
from verktoykasse.ui.wizard.saver import Saver

TEXT_PAUSE_MS = 300

Check = Callable[[], "str | None"]


def plain(label_text: str) -> str:
    """A label without its mnemonic ampersand or trailing colon: the accessible name of its field."""
    return label_text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":").strip()


class FormLabel(QLabel):
    """A field's label that wraps onto more lines where the form is narrow (small screens, long words in
    bokmål, +40 % in pseudo mode), and is then as tall as its lines: a ``QFormLayout`` gives a label the
    height of its one-line size, so the second and third lines would be cut off."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)  # the form makes the row that tall; the width stays as it is


class FieldMessage(QLabel):
    """The message beside a field: hidden while there is nothing to say."""

    def __init__(self, name: str, parent: QWidget | None = None, describes: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.describes = describes  # the field a screen reader should say the message with
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("role", "fieldMessage")
        self._coloured = False  # a page has dozens of these, most never say anything: red when one does
        self.hide()

    def show_message(self, message: str | None) -> None:
        if message and not self._coloured:
            from verktoykasse.ui.colours import error_text_style, follow_palette

            self._coloured = True
            follow_palette(self, error_text_style)  # red that reads on light and dark themes alike
        self.setText(("⚠ " + message) if message else "")
        self.setVisible(bool(message))
        if self.describes is not None and shiboken6.isValid(self.describes):
            self.describes.setAccessibleDescription(message or "")


_LINE_BREAK = re.compile("(\r\n|\r|\n|\u2028|\u2029)")
_BLOCK_BREAK = re.compile("[\u2028\u2029]")


def typed_text(loaded: str, raw: str) -> str:
    """The text of a box as the user has it, from the document's raw text, keeping what was loaded.

    ``QPlainTextEdit.toPlainText()`` turns no-break spaces (U+00A0) into ordinary spaces and every line
    end into "\\n"; the raw text keeps the spaces but marks line ends as U+2029/U+2028. So the lines come
    from the raw text, and each line end is the one the loaded text had after the same line ("\\r\\n",
    "\\r", …, matched line by line, so an edit elsewhere changes none of them); a line end the user added
    is the kind the text already uses most ("\\n" in a new text).
    """
    parts = _LINE_BREAK.split(loaded)
    old_lines, old_breaks = parts[0::2], parts[1::2]
    new_lines = _BLOCK_BREAK.split(raw)
    kinds = set(old_breaks)
    usual = max(kinds, key=old_breaks.count) if old_breaks else "\n"
    breaks = [usual] * (len(new_lines) - 1)
    if len(kinds) > 1:  # one kind of line end (nearly every text): each line's is that kind anyway
        _match_line_ends(old_lines, old_breaks, new_lines, breaks)
    return "".join(
        line + (breaks[index] if index < len(breaks) else "") for index, line in enumerate(new_lines)
    )


def _match_line_ends(
    old_lines: list[str], old_breaks: list[str], new_lines: list[str], breaks: list[str]
) -> None:
    """Give each line of ``new_lines`` the line end its line had in the loaded text (``breaks``, in place).

    The lines alike at the start and at the end are matched one to one; only the changed middle goes to
    ``difflib``, whose time grows with the square of its repeated lines (a box of 8,000 paragraphs parted
    by blank lines took 21 s to save, on the window's thread)."""

    def keep(old: int, new: int) -> None:
        if old < len(old_breaks) and new < len(breaks):
            breaks[new] = old_breaks[old]

    shortest = min(len(old_lines), len(new_lines))
    start = 0
    while start < shortest and old_lines[start] == new_lines[start]:
        keep(start, start)
        start += 1
    end = 0  # lines alike at the end, counted from the last
    while end < shortest - start and old_lines[-1 - end] == new_lines[-1 - end]:
        keep(len(old_lines) - 1 - end, len(new_lines) - 1 - end)
        end += 1
    old_middle = old_lines[start : len(old_lines) - end]
    new_middle = new_lines[start : len(new_lines) - end]
    matcher = difflib.SequenceMatcher(None, old_middle, new_middle, autojunk=False)
    for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and old_end - old_start == new_end - new_start):
            for old, new in zip(range(old_start, old_end), range(new_start, new_end), strict=True):
                keep(start + old, start + new)


def paste_cut(edit: QLineEdit, text: str) -> str | None:
    """What to say when Qt cut a paste into ``edit`` at its length (``maxLength``, 32,767 characters
    unless lower), which it does without a word; None when nothing was cut."""
    limit = edit.maxLength()
    if len(text) < limit:
        return None
    from PySide6.QtGui import QClipboard, QGuiApplication

    clipboard = QGuiApplication.clipboard()
    modes = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():  # a middle click on Linux pastes the selection
        modes.append(QClipboard.Mode.Selection)
    if not any(pasted and pasted not in text for pasted in (clipboard.text(mode) for mode in modes)):
        return None  # what was pasted is there whole: the field is exactly full
    message = QCoreApplication.translate(
        "Fields",
        "Shortened to {limit} characters: a one-line field holds no more, and the rest of what you "
        "pasted was left out.",
    )
    return message.format(limit=format_number(limit))


class _UndoSaves(QObject):
    """Ctrl+Z / Ctrl+Shift+Z in a line edit are saved like typing: Qt's undo changes the text without
    ``textEdited``, so an undone word would stay in the database (and come back after a restart)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLineEdit) and event.type() == QEvent.Type.KeyPress:
            undo = event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                QKeySequence.StandardKey.Redo
            )
            if undo:
                before = watched.text()
                QTimer.singleShot(0, lambda: self._changed(watched, before))
        return False

    @staticmethod
    def _changed(edit: QLineEdit, before: str) -> None:
        if shiboken6.isValid(edit) and edit.text() != before:
            edit.textEdited.emit(edit.text())


def undo_saves(edit: QLineEdit) -> None:
    """Make the line edit's own undo and redo (per field, as Qt keeps them) save like typing does."""
    edit.installEventFilter(_UndoSaves(edit))


class TextBox(QPlainTextEdit):
    """A multi-line text that saves after a pause, and at once on focus-out or when asked to flush.

    What is saved is exactly what the box holds — no-break spaces and the loaded text's own line ends
    included (``typed_text``) — so opening and editing a text never changes characters the user did not
    touch. A text longer than a field holds (``domain.validation.LONGEST_TEXT``, as long as a plan file
    holds) is not saved: ``message`` says so beside the box (place it with ``holder()``), the text stays in
    the box, and a box made anew for the same row shows it again (``Saver.refused``).
    """

    def __init__(self, saver: Saver, obj: Any, attr: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saver, self.obj, self.attr = saver, obj, attr
        self._loaded: str = getattr(obj, attr) or ""
        self.message = FieldMessage("textBoxMessage", describes=self)
        self._holder: QWidget | None = None
        self._problem: str | None = None  # the message beside the box
        self._refused = False
        self.setPlainText(self._loaded)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._changed)
        self.document().documentLayout().documentSizeChanged.connect(lambda *_: self._fit())
        saver.register_flusher(self.flush)
        self._fit()
        refused = saver.refused.get(obj, {}).get(attr)
        if refused is not None:  # refused earlier in this sitting: shown again, with its message
            self.setPlainText(refused)
            self.flush()
        else:
            self._problem = _stored_too_long(self._loaded)

    def setObjectName(self, name: str) -> None:
        super().setObjectName(name)
        self.message.setObjectName(name + "Message")

    def holder(self) -> QWidget:
        """The box with its message below it, to put in a layout in the box's place."""
        if self._holder is None:
            self._holder = QWidget()
            layout = QVBoxLayout(self._holder)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(2)
            layout.addWidget(self, 1)
            layout.addWidget(self.message)
            self._holder.setFocusProxy(self)
            self._show_problem()
        return self._holder

    def _fit(self) -> None:
        """Grow with the text (3 to 12 lines), so short answers do not make the page long."""
        lines = int(self.document().documentLayout().documentSize().height()) + 1
        lines = max(3, min(12, lines))
        margins = self.contentsMargins()
        extra = margins.top() + margins.bottom() + 2 * self.document().documentMargin() + 4
        self.setFixedHeight(int(lines * self.fontMetrics().lineSpacing() + extra))

    def _changed(self) -> None:
        self._dirty = True
        self._timer.start()

    def flush(self) -> None:
        if self._dirty and shiboken6.isValid(self):
            self._dirty = False
            self._timer.stop()
            text = self.text()
            from verktoykasse.domain.validation import text_limit_problem

            self._problem = text_limit_problem(text)
            self._refused = self._problem is not None
            self._show_problem()
            if self._refused:  # kept while the plan is open: the box shows it again if made anew
                self.saver.refused.setdefault(self.obj, {})[self.attr] = text
                return
            self.saver.refused.get(self.obj, {}).pop(self.attr, None)
            self.saver.set(self.obj, self.attr, text)
            self._loaded = text

    def _show_problem(self) -> None:
        if self.message.parent() is not None:  # placed beside the box: never a window of its own
            self.message.show_message(self._problem)

    @property
    def refused(self) -> bool:
        """The last text was not stored (it is longer than a field holds)."""
        return self._refused

    def text(self) -> str:
        """The box's text exactly as it is to be saved (see ``typed_text``)."""
        return typed_text(self._loaded, self.document().toRawText())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)

    def hideEvent(self, event: QEvent) -> None:  # a page change or a closing window
        self.flush()
        super().hideEvent(event)

    def release(self) -> None:
        """Save what is waiting and stop listening (before the widget is thrown away)."""
        self.flush()
        self.saver.unregister_flusher(self.flush)


def _stored_too_long(text: str) -> str | None:
    """What to say about a stored text longer than a field holds (stored before there was a limit): it is
    pointed out where it can be shortened, as a plan file with it would not import again."""
    from verktoykasse.domain.validation import LONGEST_TEXT

    if len(text) <= LONGEST_TEXT:
        return None
    message = QCoreApplication.translate(
        "Fields",
        "This text is longer than a plan file holds (at most {limit} characters, and it has {count}): "
        "please shorten it, or a plan file with it will not import again.",
    )
    return message.format(limit=format_number(LONGEST_TEXT), count=format_number(len(text)))


class TypedField(QWidget):
    """A value typed into a line edit and read when the user pauses, presses Enter, leaves the field or
    the page, or the window closes — never on each keystroke: "12,34" typed part-way would otherwise store
    12,3 first. The typed text stays as the user wrote it; what cannot be read gets ``message`` beside it
    and is not stored. Subclasses say how to read the text in ``_read``.
    """

    edited = Signal()

    def __init__(
        self, saver: Saver, obj: Any, attr: str, name: str, text: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.saver, self.obj, self.attr = saver, obj, attr
        self.edit = QLineEdit(text)
        self.edit.setObjectName(name)
        self.message = FieldMessage(name + "Message")
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        self.edit.textEdited.connect(self._typed)
        undo_saves(self.edit)
        self.edit.editingFinished.connect(self.flush)  # Enter, or focus leaves the field
        self.edit.installEventFilter(self)
        saver.register_flusher(self.flush)

    def _typed(self, _text: str) -> None:
        self._dirty = True
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() in (QEvent.Type.FocusOut, QEvent.Type.Hide):
            self.flush()
        return super().eventFilter(watched, event)

    def flush(self) -> None:
        """Read and save what the user typed, if anything is waiting (the pause, focus-out, page change)."""
        if self._dirty and shiboken6.isValid(self):
            self._dirty = False
            self._timer.stop()
            text = self.edit.text()
            self._read(text)
            if not self.refused:
                self.saver.refused.get(self.obj, {}).pop(self.attr, None)
            else:  # kept while the plan is open: the field shows it again if it is made anew
                self.saver.refused.setdefault(self.obj, {})[self.attr] = text

    def _show_refused(self) -> None:
        """The text this field refused earlier in this sitting, with its message (not the stored value)."""
        text = self.saver.refused.get(self.obj, {}).get(self.attr)
        if text is not None:
            self.edit.setText(text)
            self._dirty = True
            self.flush()

    @property
    def refused(self) -> bool:
        """The last text read was not stored (it is no number or date, or the field's check said no)."""
        return False

    def _read(self, text: str) -> None:
        raise NotImplementedError

    def release(self) -> None:
        """Save what is waiting and stop listening (before the widget is thrown away)."""
        self.flush()
        self.saver.unregister_flusher(self.flush)


Units = tuple[str, ...] | Callable[[], tuple[str, ...]]


class NumberField(TypedField):
    """A number typed in the user's locale (1 234,5); unreadable text is shown with a message, not stored.

    ``units`` are the units the label names ("kr", "%"; a KPI's own unit): typed beside the number they
    are understood ("kr 50 000", "12 %"); another word beside it gets a message naming it.
    """

    def __init__(
        self,
        saver: Saver,
        obj: Any,
        attr: str,
        name: str,
        *,
        whole: bool = False,
        required: bool = False,
        check: Callable[[float], str | None] | None = None,
        units: Units = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(saver, obj, attr, name, format_number(getattr(obj, attr)), parent)
        self.whole = whole
        self.required = required
        self.check = check
        self.units = units
        self._refused = False
        self._show_check(getattr(obj, attr))
        self._show_refused()

    def _read(self, text: str) -> None:
        from verktoykasse.domain.validation import InvalidNumber, read_number

        self._refused = True  # until the text is stored
        units = self.units() if callable(self.units) else self.units
        try:
            value = read_number(text, units, whole=self.whole)
        except InvalidNumber as exc:
            # A count or a score: "for example 1 234,5" would suggest decimals where none belong.
            self._show(self.tr("Please type a whole number.") if self.whole and exc.general else exc.message)
            return
        if value is None and self.required:
            self._show(self.tr("A value is needed here; the last value is kept until you type one."))
            return
        if value is not None and self.whole:
            if not float(value).is_integer():
                self._show(self.tr("Please type a whole number."))
                return
            value = int(value)
        if value is not None and self.check is not None:
            message = self.check(value)
            if message:
                self._show(message)
                return
        self._show(None)
        self._refused = False
        self.saver.set(self.obj, self.attr, value)
        self.edited.emit()

    def _show_check(self, value: float | None) -> None:
        """A stored number's problem, shown when the field is made: one past the limits (typed before
        there were any) is pointed out where it can be changed."""
        from verktoykasse.domain.validation import limit_problem

        if value is None:
            return
        problem = limit_problem(value, whole=self.whole)
        if problem:
            self._show(problem)
        elif self.check is not None:
            self._show(self.check(value))

    def _show(self, message: str | None) -> None:
        self.message.show_message(message)
        self.edit.setAccessibleDescription(message or "")

    @property
    def is_valid(self) -> bool:
        return not self.message.text()

    @property
    def refused(self) -> bool:
        return self._refused


class DateField(TypedField):
    """The one date entry of the program: a line edit that reads what people type, with a calendar.

    The text is read by ``domain.dates.parse_date`` (31.12.2021, 31.12.21, 2021-12-31, 311221, …) and
    how it was read is shown beside the field ("fredag 31. desember 2021") while the user types. Like a
    number it is saved when the user pauses, presses Enter, leaves the field or the page: text that is
    not a whole date stays in the field with a message (also the field's accessible description) and
    nothing is stored, so no date is ever made up. An empty field clears the date, unless one is required.
    The calendar button (or Alt+Down / F4 in the field) opens a month to pick from with mouse or keys.
    """

    def __init__(
        self,
        saver: Saver,
        obj: Any,
        attr: str,
        name: str,
        accessible: str,
        *,
        required: bool = False,
        check: Check | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(saver, obj, attr, name, format_date(getattr(obj, attr)), parent)
        self.required = required
        self.check = check
        self._stored: dt.date | None = getattr(obj, attr)
        self.edit.setAccessibleName(accessible)
        self.edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.edit.setToolTip(
            self.tr("Type day, month and year, for example 31.12.2027, 31.12.27, 311227 or 31 December 2027.")
        )
        self.calendar_button = QToolButton()
        self.calendar_button.setObjectName(name + "Calendar")
        self.calendar_button.setText(self.tr("Calendar…"))
        self.calendar_button.setAccessibleName(
            self.tr("Choose {field} in a calendar").format(field=accessible)
        )
        self.calendar_button.setToolTip(self.tr("Choose the date in a calendar (Alt+Down in the field)"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.reading = QLabel()
        self.reading.setObjectName(name + "Reading")
        self.reading.setTextFormat(Qt.TextFormat.PlainText)
        self.reading.setWordWrap(True)
        self.row.addWidget(self.calendar_button)
        self.row.addWidget(self.reading, 1)
        self._fit_width()
        self._parse_message: str | None = None
        self._show_reading(self._stored)
        self._show_messages()
        self._show_refused()

    def _fit_width(self) -> None:
        """Wide enough for a date and a little more, in the current font (it grows with a large font)."""
        metrics = self.edit.fontMetrics()
        self.edit.setMinimumWidth(metrics.horizontalAdvance("00.00.00000") + 4 * metrics.averageCharWidth())
        self.edit.setMaximumWidth(metrics.horizontalAdvance("0") * 24)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit:
            if event.type() in (QEvent.Type.FocusOut, QEvent.Type.Hide):
                self.flush()
            elif event.type() == QEvent.Type.KeyPress and (
                event.key() == Qt.Key.Key_F4
                or (event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier)
            ):
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    # -- reading what was typed ---------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        """Say at once how the text is read; a half-typed date waits for the pause before any message."""
        from verktoykasse.domain.dates import InvalidDate, parse_date

        try:
            self._show_reading(parse_date(text))
        except InvalidDate:
            self._show_reading(None)
        super()._typed(text)

    def _read(self, text: str) -> None:
        from verktoykasse.domain.dates import InvalidDate, parse_date

        try:
            value = parse_date(text)
        except InvalidDate as exc:
            self._refuse(exc.message)
            return
        if value is None and self.required:
            self._refuse(self.tr("A date is needed here; the last date is kept until you type one."))
            return
        self._parse_message = None
        self._show_reading(value)
        self._stored = value
        self.saver.set(self.obj, self.attr, value)
        self._show_messages()
        self.edited.emit()

    def _refuse(self, message: str) -> None:
        """The text stays as typed, nothing is stored; the message says what to change."""
        self._parse_message = message
        self._show_reading(None)
        self._show_messages()

    def _show_reading(self, value: dt.date | None) -> None:
        from verktoykasse.domain.dates import format_long_date

        self.reading.setText(format_long_date(value) if value is not None else "")

    def _show_messages(self) -> None:
        """The reading problem first, else what the form's check says (a deadline before its start)."""
        message = self._parse_message
        if message is None and self.check is not None:
            message = self.check()
        self.message.show_message(message)
        self.edit.setAccessibleDescription(message or self.reading.text())

    def run_check(self) -> None:
        self._show_messages()

    @property
    def is_valid(self) -> bool:
        return self._parse_message is None

    @property
    def refused(self) -> bool:
        return self._parse_message is not None

    # -- setting from code or the calendar -------------------------------------------------------------
    def value(self) -> dt.date | None:
        """The date stored (what the field last read successfully)."""
        return self._stored

    def set_date(self, value: dt.date | None) -> None:
        """Set and save, as if the user had typed the date and pressed Enter."""
        self.edit.setText(format_date(value))
        self._dirty = True
        self.flush()

    def clear(self) -> None:
        self.set_date(None)

    def open_calendar(self) -> None:
        """A month to pick from: arrows move, Enter or a click picks, Escape closes without a change."""
        menu = QMenu(self)
        menu.setObjectName(self.edit.objectName() + "CalendarPopup")
        calendar = QCalendarWidget()
        calendar.setObjectName(self.edit.objectName() + "CalendarWidget")
        calendar.setAccessibleName(self.calendar_button.accessibleName())
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setGridVisible(True)
        shown = self._stored or dt.date.today()
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def pick(date: QDate) -> None:
            menu.close()
            self.set_date(dt.date(date.year(), date.month(), date.day()))
            self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

        calendar.clicked.connect(pick)
        calendar.activated.connect(pick)
        self.calendar = calendar  # for tests and screen readers that look for it
        menu.aboutToShow.connect(lambda: calendar.setFocus(Qt.FocusReason.PopupFocusReason))
        menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)


class Form(QObject):
    """Builds a form of bound fields with labels, mnemonics, accessible names and messages.

    Cross-field checks (a deadline before its start) are run again after every edit in the form.
    """

    edited = Signal()

    def __init__(self, saver: Saver, obj: Any, layout: QFormLayout, prefix: str = "") -> None:
        super().__init__(layout)
        self.saver, self.obj, self.layout, self.prefix = saver, obj, layout, prefix
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self._checks: list[tuple[FieldMessage, Check]] = []
        self._date_fields: list[DateField] = []
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # The gap between a label and its field is the label's own right margin, not the layout's
        # spacing: deciding whether a row fits beside the widest label, Qt leaves the spacing out, so a
        # field got up to that many pixels less than it needs ("Arbeidsgivers beh" in a box of choices).
        self.gap = _label_gap() or max(layout.horizontalSpacing(), 0)
        layout.setHorizontalSpacing(0)

    def _name(self, attr: str) -> str:
        parts = attr.split("_")
        camel = parts[0] + "".join(p.title() for p in parts[1:])
        return f"{self.prefix}{camel[0].upper()}{camel[1:]}" if self.prefix else camel

    def add_field(self, label_text: str, field: QWidget, focus: QWidget, attr: str) -> None:
        """A labelled row; ``focus`` is the widget the label's mnemonic and accessible name go to."""
        label = FormLabel(label_text) if len(label_text) > 28 else QLabel(label_text)
        label.setContentsMargins(0, 0, self.gap, 0)  # the gap to the field (see ``__init__``)
        label.setBuddy(focus)
        focus.setAccessibleName(focus.accessibleName() or plain(label_text))
        self.layout.addRow(label, field)
        self.widgets[attr] = focus
        self.labels[attr] = label

    def explain(self, attr: str, key: str) -> None:
        """Put an ⓘ after the label of ``attr`` that explains the method word ``key`` (``domain.glossary``);
        Shift+F1 in the field says the same (What's This)."""
        from verktoykasse.ui.help import InfoButton

        label = self.labels[attr]
        row, _role = self.layout.getWidgetPosition(label)
        self.layout.removeWidget(label)
        holder = QWidget()
        holder.setObjectName(self._name(attr) + "LabelBox")
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, self.gap, 0)  # the gap to the field after the ⓘ, not before it
        label.setContentsMargins(0, 0, 0, 0)
        line.addWidget(label, 1)
        info = InfoButton(key, field=self.widgets[attr].accessibleName())
        line.addWidget(info, 0, Qt.AlignmentFlag.AlignTop)
        self.layout.setWidget(row, QFormLayout.ItemRole.LabelRole, holder)
        self.widgets[attr].setWhatsThis(info.explanation)

    def _changed(self) -> None:
        self.run_checks()
        self.edited.emit()

    def line(self, attr: str, label_text: str, check: Callable[[str], str | None] | None = None) -> QLineEdit:
        edit = QLineEdit(getattr(self.obj, attr) or "")
        edit.setCursorPosition(0)  # a text longer than the field shows its beginning, not its end
        edit.setObjectName(self._name(attr))
        field, message = self._with_message(edit, attr, edit)
        cut: list[str | None] = [None]  # a paste the field shortened, said until the text is shorter

        def says() -> str | None:
            return cut[0] or (check(edit.text()) if check is not None else None)

        self._checks.append((message, says))
        message.show_message(says())

        def save(text: str) -> None:
            cut[0] = paste_cut(edit, text)
            self.saver.set(self.obj, attr, text)
            self._changed()

        edit.textEdited.connect(save)
        undo_saves(edit)
        self.add_field(label_text, field, edit, attr)
        return edit

    def text(self, attr: str, label_text: str, placeholder: str = "") -> TextBox:
        box = TextBox(self.saver, self.obj, attr)
        box.setObjectName(self._name(attr))
        if placeholder:
            box.setPlaceholderText(placeholder)
        box.textChanged.connect(self.edited)
        self.add_field(label_text, box.holder(), box, attr)
        return box

    def number(
        self,
        attr: str,
        label_text: str,
        *,
        whole: bool = False,
        required: bool = False,
        check: Callable[[float], str | None] | None = None,
        units: Units = (),
    ) -> NumberField:
        field = NumberField(
            self.saver,
            self.obj,
            attr,
            self._name(attr),
            whole=whole,
            required=required,
            check=check,
            units=units,
        )
        field.edited.connect(self._changed)
        self.add_field(label_text, field, field.edit, attr)
        return field

    def date(
        self, attr: str, label_text: str, check: Check | None = None, *, required: bool = False
    ) -> DateField:
        field = DateField(
            self.saver, self.obj, attr, self._name(attr), plain(label_text), required=required, check=check
        )
        field.edited.connect(self._changed)
        if check is not None:
            self._date_fields.append(field)
        self.add_field(label_text, field, field.edit, attr)
        return field

    def check(self, attr: str, label_text: str) -> QCheckBox:
        box = QCheckBox(label_text)
        box.setObjectName(self._name(attr))
        box.setChecked(bool(getattr(self.obj, attr)))
        box.setAccessibleName(plain(label_text))

        def save(checked: bool) -> None:
            self.saver.set(self.obj, attr, checked)
            self._changed()

        box.toggled.connect(save)
        self.layout.addRow(box)
        self.widgets[attr] = box
        return box

    def choice(
        self, attr: str, label_text: str, choices: Iterable[tuple[str, str]], *, empty: str | None = None
    ) -> QComboBox:
        combo = choice_box(self._name(attr), choices, getattr(self.obj, attr), empty=empty)

        def save(_index: int) -> None:
            self.saver.set(self.obj, attr, combo.currentData())
            self._changed()

        combo.currentIndexChanged.connect(save)
        self.add_field(label_text, combo, combo, attr)
        return combo

    def run_checks(self) -> None:
        for message, check in self._checks:
            message.show_message(check())
        for field in self._date_fields:
            field.run_check()

    def _with_message(self, widget: QWidget, attr: str, focus: QWidget) -> tuple[QWidget, FieldMessage]:
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        message = FieldMessage(self._name(attr) + "Message", describes=focus)
        layout.addWidget(message)
        container.setFocusProxy(widget)
        return container, message


def _label_gap() -> int:
    """The style's room between a form's label and its field, as ``QFormLayout`` asks the style for it."""
    from PySide6.QtWidgets import QApplication

    return max(
        QApplication.style().combinedLayoutSpacing(
            QSizePolicy.ControlType.Label, QSizePolicy.ControlType.LineEdit, Qt.Orientation.Horizontal
        ),
        0,
    )


def choice_box(
    name: str, choices: Iterable[tuple[str, str]], current: str | None, *, empty: str | None = None
) -> QComboBox:
    """A combo box of (key, label) pairs showing ``current``; an optional first entry for "not set". A
    choice wider than the box ends in "…" (whole in the tooltip)."""
    from verktoykasse.ui.elided import ElidedComboBox

    combo = ElidedComboBox()
    combo.setObjectName(name)
    if empty is not None:
        combo.addItem(empty, "")
    for key, text in choices:
        combo.addItem(text, key)
    index = combo.findData(current if current is not None else "")
    if index < 0 and current:
        combo.addItem(str(current), current)  # a key this version does not know: keep it visible
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))
    return combo


def release_text_boxes(widget: QWidget) -> None:
    """Save and detach every text box, number and date field inside ``widget`` before it is thrown away."""
    for box in widget.findChildren(TextBox):
        box.release()
    for field in widget.findChildren(TypedField):
        field.release()
