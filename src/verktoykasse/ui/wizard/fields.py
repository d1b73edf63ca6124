"""Widgets bound to one ORM attribute: each edit is saved at once through the workspace's ``Saver``.

Line edits save on every keystroke (``textEdited``); text boxes and number fields save after a short pause
and at once when they lose focus or the page changes, so nothing is lost; numbers are read in the user's
locale and, when they cannot be read, the message stands beside the field and nothing is stored while the
typed text stays.
Widgets are filled once from the model and never reloaded after an edit, so a failed save keeps the text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from verktoykasse.domain.formatting import format_number
from verktoykasse.ui.wizard.saver import Saver

TEXT_PAUSE_MS = 300
EMPTY_DATE = QDate(1900, 1, 1)

Check = Callable[[], "str | None"]


def plain(label_text: str) -> str:
    """A label without its mnemonic ampersand or trailing colon: the accessible name of its field."""
    return label_text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":").strip()


class FieldMessage(QLabel):
    """The message beside a field: hidden while there is nothing to say."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("role", "fieldMessage")
        self.setStyleSheet("color: #a4262c;")
        self.hide()

    def show_message(self, message: str | None) -> None:
        self.setText(("⚠ " + message) if message else "")
        self.setVisible(bool(message))


class TextBox(QPlainTextEdit):
    """A multi-line text that saves after a pause, and at once on focus-out or when asked to flush."""

    def __init__(self, saver: Saver, obj: Any, attr: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saver, self.obj, self.attr = saver, obj, attr
        self.setPlainText(getattr(obj, attr) or "")
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
            self.saver.set(self.obj, self.attr, self.toPlainText())

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


class NumberField(QWidget):
    """A number typed in the user's locale (1 234,5); unreadable text is shown with a message, not stored.

    Like a text box it is read and saved when the user pauses, leaves the field or the page, or the window
    closes, never on each keystroke: "12,34" typed part-way would otherwise store 12,3 first. The typed
    text stays as the user wrote it while they work in the field (it is formatted only when loaded).
    """

    edited = Signal()

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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.saver, self.obj, self.attr = saver, obj, attr
        self.whole = whole
        self.required = required
        self.check = check
        self.edit = QLineEdit(format_number(getattr(obj, attr)))
        self.edit.setObjectName(name)
        self.message = FieldMessage(name + "Message")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self.flush)  # Enter, or focus leaves the field
        self.edit.installEventFilter(self)
        saver.register_flusher(self.flush)
        self._show_check(getattr(obj, attr))

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
            self._edited(self.edit.text())

    def release(self) -> None:
        """Save what is waiting and stop listening (before the widget is thrown away)."""
        self.flush()
        self.saver.unregister_flusher(self.flush)

    def _edited(self, text: str) -> None:
        from verktoykasse.domain.validation import InvalidNumber, read_number

        try:
            value = read_number(text)
        except InvalidNumber as exc:
            self._show(exc.message)
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
        self.saver.set(self.obj, self.attr, value)
        self.edited.emit()

    def _show_check(self, value: float | None) -> None:
        if value is not None and self.check is not None:
            self._show(self.check(value))

    def _show(self, message: str | None) -> None:
        self.message.show_message(message)
        self.edit.setAccessibleDescription(message or "")

    @property
    def is_valid(self) -> bool:
        return not self.message.text()


class DateField(QWidget):
    """A date with an empty state ("not set"), a calendar and a Clear button."""

    edited = Signal()

    def __init__(
        self,
        saver: Saver,
        obj: Any,
        attr: str,
        name: str,
        accessible: str,
        *,
        required: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.saver, self.obj, self.attr = saver, obj, attr
        self.edit = QDateEdit()
        self.edit.setObjectName(name)
        self.edit.setDisplayFormat("dd.MM.yyyy")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(EMPTY_DATE.addDays(1) if required else EMPTY_DATE)
        if not required:
            self.edit.setSpecialValueText(self.tr("not set"))
        self.edit.setAccessibleName(accessible)
        self.clear_button = QToolButton()
        self.clear_button.setObjectName(name + "Clear")
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear {field}").format(field=accessible))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.clear_button.setVisible(not required)
        self.setFocusProxy(self.edit)
        self.set_value(getattr(obj, attr))
        self.edit.dateChanged.connect(self._changed)
        self.edit.calendarWidget().installEventFilter(self)
        self.edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """An empty date opens its calendar at today's month, not in 1900; typing a digit or pressing
        Up/Down in an empty date starts from today, so the date can be typed with the keyboard."""
        if self.value() is None:
            if event.type() == QEvent.Type.Show and watched is self.edit.calendarWidget():
                today = QDate.currentDate()
                self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
            elif event.type() == QEvent.Type.KeyPress and watched is self.edit:
                key = event.key()
                if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                    self.edit.setDate(QDate.currentDate())
                    return True
                if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
                    self.edit.setDate(QDate.currentDate())
                    self.edit.setCurrentSection(QDateEdit.Section.DaySection)
                    self.edit.lineEdit().setSelection(0, 2)
        return super().eventFilter(watched, event)

    def set_value(self, value: dt.date | None) -> None:
        blocked = self.edit.blockSignals(True)
        if value is None:
            self.edit.setDate(EMPTY_DATE)
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))
        self.edit.blockSignals(blocked)

    def value(self) -> dt.date | None:
        date = self.edit.date()
        if date == EMPTY_DATE:
            return None
        return dt.date(date.year(), date.month(), date.day())

    def set_date(self, value: dt.date | None) -> None:
        """Set and save, as if the user had picked the date."""
        if value is None:
            self.clear()
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def clear(self) -> None:
        self.edit.setDate(EMPTY_DATE)

    def _changed(self, _date: QDate) -> None:
        self.saver.set(self.obj, self.attr, self.value())
        self.edited.emit()


class Form(QObject):
    """Builds a form of bound fields with labels, mnemonics, accessible names and messages.

    Cross-field checks (a deadline before its start) are run again after every edit in the form.
    """

    edited = Signal()

    def __init__(self, saver: Saver, obj: Any, layout: QFormLayout, prefix: str = "") -> None:
        super().__init__(layout)
        self.saver, self.obj, self.layout, self.prefix = saver, obj, layout, prefix
        self.widgets: dict[str, QWidget] = {}
        self._checks: list[tuple[FieldMessage, Check]] = []
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def _name(self, attr: str) -> str:
        parts = attr.split("_")
        camel = parts[0] + "".join(p.title() for p in parts[1:])
        return f"{self.prefix}{camel[0].upper()}{camel[1:]}" if self.prefix else camel

    def add_field(self, label_text: str, field: QWidget, focus: QWidget, attr: str) -> None:
        """A labelled row; ``focus`` is the widget the label's mnemonic and accessible name go to."""
        label = QLabel(label_text)
        label.setBuddy(focus)
        label.setWordWrap(len(label_text) > 28)
        focus.setAccessibleName(focus.accessibleName() or plain(label_text))
        self.layout.addRow(label, field)
        self.widgets[attr] = focus

    def _changed(self) -> None:
        self.run_checks()
        self.edited.emit()

    def line(self, attr: str, label_text: str, check: Callable[[str], str | None] | None = None) -> QLineEdit:
        edit = QLineEdit(getattr(self.obj, attr) or "")
        edit.setObjectName(self._name(attr))
        field: QWidget = edit
        if check is not None:
            field, message = self._with_message(edit, attr)
            self._checks.append((message, lambda: check(edit.text())))
            message.show_message(check(edit.text()))

        def save(text: str) -> None:
            self.saver.set(self.obj, attr, text)
            self._changed()

        edit.textEdited.connect(save)
        self.add_field(label_text, field, edit, attr)
        return edit

    def text(self, attr: str, label_text: str, placeholder: str = "") -> TextBox:
        box = TextBox(self.saver, self.obj, attr)
        box.setObjectName(self._name(attr))
        if placeholder:
            box.setPlaceholderText(placeholder)
        box.textChanged.connect(self.edited)
        self.add_field(label_text, box, box, attr)
        return box

    def number(
        self,
        attr: str,
        label_text: str,
        *,
        whole: bool = False,
        required: bool = False,
        check: Callable[[float], str | None] | None = None,
    ) -> NumberField:
        field = NumberField(
            self.saver, self.obj, attr, self._name(attr), whole=whole, required=required, check=check
        )
        field.edited.connect(self._changed)
        self.add_field(label_text, field, field.edit, attr)
        return field

    def date(
        self, attr: str, label_text: str, check: Check | None = None, *, required: bool = False
    ) -> DateField:
        field = DateField(self.saver, self.obj, attr, self._name(attr), plain(label_text), required=required)
        field.edited.connect(self._changed)
        container: QWidget = field
        if check is not None:
            container, message = self._with_message(field, attr)
            self._checks.append((message, check))
            message.show_message(check())
        self.add_field(label_text, container, field.edit, attr)
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

    def _with_message(self, widget: QWidget, attr: str) -> tuple[QWidget, FieldMessage]:
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        message = FieldMessage(self._name(attr) + "Message")
        layout.addWidget(message)
        container.setFocusProxy(widget)
        return container, message


def choice_box(
    name: str, choices: Iterable[tuple[str, str]], current: str | None, *, empty: str | None = None
) -> QComboBox:
    """A combo box of (key, label) pairs showing ``current``; an optional first entry for "not set"."""
    combo = QComboBox()
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
    """Save and detach every text box and number field inside ``widget`` before it is thrown away."""
    for box in widget.findChildren(TextBox):
        box.release()
    for field in widget.findChildren(NumberField):
        field.release()
