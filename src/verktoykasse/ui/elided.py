"""Text that wraps, and a word too long for its room that ends in "…" instead of being cut at the edge.

A label or a list line that wraps breaks between words; a word wider than the whole room (a plan named
by one word of 200 letters, a goal's title without a space) was cut off at the edge with no sign that
more followed. Here such a word is shortened to the room and ends in "…"; the whole text stays in the
tooltip and is what a screen reader reads. ``WrappedLabel`` is such a label, ``WrappedList`` such a
list, ``WrappingHeader`` a table's header whose headings wrap onto more lines where a column is
narrower than its heading, and ``ElidedComboBox`` a box whose choice ends in "…" where it is cut.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionHeader,
    QStylePainter,
    QToolTip,
    QWidget,
)

from verktoykasse.ui.tooltips import literal

_SPACES = re.compile(r"(\s+)")


def breakable_path(path: str) -> str:
    """A folder's path that may wrap after each separator in a wrapping label (a zero-width space after
    each "/" and "\\"): a path is one long word, which a label would cut at its edge."""
    return path.replace("/", "/\u200b").replace("\\", "\\\u200b")


def elide_long_words(text: str, metrics: QFontMetrics, room: int) -> str:
    """``text`` with every word wider than ``room`` pixels shortened to it, ending in "…"; the spaces and
    line breaks between words are kept, so the text wraps as before."""
    if room <= 0 or metrics.horizontalAdvance(text) <= room:
        return text
    parts = _SPACES.split(text)
    for number in range(0, len(parts), 2):  # the words; the odd parts are the spaces between them
        word = parts[number]
        if word and metrics.horizontalAdvance(word) > room:
            parts[number] = metrics.elidedText(word, Qt.TextElideMode.ElideRight, room)
    return "".join(parts)


def unshortened(full: str, shown: str, start: int, end: int) -> str:
    """The part of ``full`` that characters ``start`` to ``end`` of ``shown`` (``full`` after
    ``elide_long_words``) stand for: letters shown are themselves; a selection that takes the "…" of a
    shortened word takes the rest of that word, as written."""
    full_parts, shown_parts = _SPACES.split(full), _SPACES.split(shown)
    if len(full_parts) != len(shown_parts):  # not shortened from ``full``: what shows is all there is
        return shown[start:end]
    taken, at = [], 0
    for whole, part in zip(full_parts, shown_parts, strict=True):
        first, last = max(start - at, 0), min(end - at, len(part))
        at += len(part)
        if first >= last:
            continue
        if part == whole:
            taken.append(whole[first:last])
        elif last == len(part):  # the "…" is taken: the hidden rest of the word with it
            taken.append(whole[first:])
        else:
            taken.append(whole[first:last])  # the word's beginning, shown as written
    return "".join(taken)


def wrapped_lines(text: str, metrics: QFontMetrics, room: int) -> list[str]:
    """``text`` broken between words into lines no wider than ``room``; a longer word ends in "…"."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            if metrics.horizontalAdvance(word) > room:
                word = metrics.elidedText(word, Qt.TextElideMode.ElideRight, max(room, 1))
            joined = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(joined) > room:
                lines.append(line)
                line = word
            else:
                line = joined
        lines.append(line)
    return lines


class WrappedLabel(QLabel):
    """A label of plain text that wraps; a word too long for its width ends in "…". The whole text
    (``full_text``) is its accessible name, and its tooltip where a word is shortened (always, with
    ``tooltip_always``). ``setText`` and ``clear`` set the whole text. Where its text can be selected,
    Copy (Ctrl+C, or the menu of a right click) copies what the selection stands for as written, a
    shortened word whole (``copied_text``), not the "…"."""

    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, tooltip_always: bool = False
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setMinimumWidth(1)  # the longest word never makes the window wider than the screen
        self.full_text = self._whole = ""
        self._tooltip_always = tooltip_always
        self.set_full_text(text)

    def set_full_text(self, text: str, whole: str | None = None) -> None:
        """Show ``text``; ``whole``: the text it was shortened from (the tooltip and read aloud)."""
        self.full_text = text
        self._whole = text if whole is None else whole
        self.setAccessibleName(self._whole)
        self._show()

    def setText(self, text: str) -> None:
        self.set_full_text(text)

    def clear(self) -> None:
        self.set_full_text("")

    def _room(self, width: int) -> int:
        """How wide a line of text may be in the label ``width`` wide: less its frame, margins and indent
        (a framed label without an indent of its own is indented by half an "x", as Qt does)."""
        frame = self.width() - self.contentsRect().width()
        indent = self.indent()
        if indent < 0:
            indent = self.fontMetrics().horizontalAdvance("x") // 2 if self.frameWidth() > 0 else 0
        return width - frame - 2 * self.margin() - indent

    def _shown(self, width: int) -> str:
        return elide_long_words(self.full_text, self.fontMetrics(), self._room(width))

    def _show(self) -> None:
        shown = self._shown(self.width())
        if shown != self.text():
            super().setText(shown)
        cut = shown != self._whole
        tooltip = literal(self._whole) if cut or self._tooltip_always else ""
        if self.toolTip() != tooltip:
            self.setToolTip(tooltip)

    def heightForWidth(self, width: int) -> int:
        """As tall as the text shown at ``width`` wraps to (a long word shortened to that width)."""
        shown = self._shown(width)
        if shown == self.text():
            return super().heightForWidth(width)
        rect = self.fontMetrics().boundingRect(
            QRect(0, 0, max(self._room(width), 1), 100_000), Qt.TextFlag.TextWordWrap, shown
        )
        return rect.height() + self.height() - self.contentsRect().height() + 2 * self.margin()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._show()

    # -- copying what is written, not what fits --------------------------------------------------------
    def copied_text(self) -> str:
        """What the selection stands for in the text as written ("" when nothing is selected)."""
        if not self.hasSelectedText():
            return ""
        start = self.selectionStart()
        end = start + len(self.selectedText())
        if start == 0 and end >= len(self.text()):
            return self._whole  # all of it: the text it was shortened from, too
        return unshortened(self.full_text, self.text(), start, end)

    def copy(self) -> None:
        text = self.copied_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) and self.hasSelectedText():
            self.copy()
            event.accept()
            return
        super().keyPressEvent(event)

    def context_menu(self) -> QMenu:
        """Copy and Select all, as Qt's own menu for a label has them, but Copy copies the text as written."""
        menu = QMenu(self)
        menu.setObjectName(self.objectName() + "Menu")
        # The context by name: PySide's tr() would look in a subclass's.
        copy = menu.addAction(QCoreApplication.translate("WrappedLabel", "&Copy"), self.copy)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(self.hasSelectedText())
        select_all = QCoreApplication.translate("WrappedLabel", "Select &all")
        every = menu.addAction(select_all, lambda: self.setSelection(0, len(self.text())))
        every.setShortcut(QKeySequence.StandardKey.SelectAll)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if not self.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse:
            super().contextMenuEvent(event)
            return
        menu = self.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())
        event.accept()


class WrappingHeader(QHeaderView):
    """A horizontal header whose headings wrap between words where a column is narrower than its heading
    ("What was / discussed"), and grows a line for it; a word longer than the column ends in "…" and the
    heading's tooltip has it whole. How wide a section wants to be is still its heading on one line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # the lines are made here, each fitting
        # Qt asks a section's size and option many times per layout (≈230 times as a table of 100 rows
        # opens): the style's margins, the fonts' metrics and each heading's lines are worked out once,
        # and again only when the font or style changes.
        self._margins: dict[bool, int] = {}
        self._metrics_of: dict[bool, QFontMetrics] = {}
        self._lines: dict[tuple[str, int, bool], str] = {}

    def _heading(self, section: int) -> str:
        model = self.model()
        if model is None:
            return ""
        value = model.headerData(section, self.orientation(), Qt.ItemDataRole.DisplayRole)
        return "" if value is None else str(value)

    def _metrics(self, bold: bool) -> QFontMetrics:
        metrics = self._metrics_of.get(bold)
        if metrics is None:
            font = QFont(self.font())
            font.setBold(bold)  # the heading of the current column is bold where the header highlights it
            metrics = self._metrics_of[bold] = QFontMetrics(font)
        return metrics

    def _room(self, section: int) -> int:
        """How wide the heading's text may be: the section less the style's margins and sort mark."""
        sorted_here = self.isSortIndicatorShown() and self.sortIndicatorSection() == section
        margins = self._margins.get(sorted_here)
        if margins is None:
            width = 1000
            option = QStyleOptionHeader()
            self.initStyleOption(option)
            option.section = section
            option.rect = QRect(0, 0, width, max(self.height(), 1))
            if sorted_here:
                option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
            label = self.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, self)
            margins = self._margins[sorted_here] = width - label.width()
        return max(self.sectionSize(section) - margins, 1)

    def shown_heading(self, section: int, bold: bool = False) -> str:
        """The heading as shown: its lines at the section's width, joined by line breaks."""
        key = (self._heading(section), self._room(section), bold)
        shown = self._lines.get(key)
        if shown is None:
            if len(self._lines) > 500:  # headings of tables long closed, or of widths long gone
                self._lines.clear()
            shown = self._lines[key] = "\n".join(wrapped_lines(key[0], self._metrics(bold), key[1]))
        return shown

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._margins.clear()
            self._metrics_of.clear()
            self._lines.clear()
        super().changeEvent(event)

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, section: int) -> None:
        super().initStyleOptionForIndex(option, section)
        option.text = self.shown_heading(section, bool(option.state & QStyle.StateFlag.State_On))

    def sectionSizeFromContents(self, section: int) -> QSize:
        size = super().sectionSizeFromContents(section)
        bold = self.highlightSections()  # room for the lines of a heading shown bold
        lines = self.shown_heading(section, bold).count("\n")
        return QSize(size.width(), size.height() + lines * self._metrics(bold).lineSpacing())

    def sizeHint(self) -> QSize:
        """As tall as the heading of most lines at the sections' present widths."""
        size = super().sizeHint()
        tallest = max(
            (
                self.sectionSizeFromContents(i).height()
                for i in range(self.count())
                if not self.isSectionHidden(i)
            ),
            default=0,
        )
        return QSize(size.width(), max(size.height(), tallest))

    def viewportEvent(self, event: QEvent) -> bool:
        """A heading shortened with "…" has its whole text in a tooltip."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            section = self.logicalIndexAt(event.pos())
            heading = self._heading(section) if section >= 0 else ""
            if heading and self.shown_heading(section).replace("\n", " ") != " ".join(heading.split()):
                QToolTip.showText(event.globalPos(), literal(heading), self)
                return True
        return super().viewportEvent(event)


FULL_TEXT_ROLE = Qt.ItemDataRole.UserRole + 40


class WrappedList(QListWidget):
    """A list whose lines wrap; a word too long for the list's width ends in "…", the whole line is in
    its tooltip and is what a screen reader reads (``add_line``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._room = -1

    def add_line(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(FULL_TEXT_ROLE, text)
        item.setToolTip(literal(text))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        self.addItem(item)
        self._shorten(item, self._line_room())
        return item

    def full_text(self, row: int) -> str:
        item = self.item(row)
        return str(item.data(FULL_TEXT_ROLE)) if item is not None else ""

    def _line_room(self) -> int:
        """How wide a line's text may be: the list's inside less the margins around an item's text."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        return self.viewport().width() - 2 * margin - 2 * self.spacing()

    def _shorten(self, item: QListWidgetItem, room: int) -> None:
        shown = elide_long_words(str(item.data(FULL_TEXT_ROLE)), self.fontMetrics(), room)
        if item.text() != shown:
            item.setText(shown)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        room = self._line_room()
        if room != self._room:
            self._room = room
            for row in range(self.count()):
                self._shorten(self.item(row), room)


class ElidedComboBox(QComboBox):
    """A box whose chosen text ends in "…" where it is wider than the box (a goal's gap area named by a
    long title), instead of being cut at the edge; the whole choice is then in its tooltip. Qt's own box
    draws as much of the text as fits and no sign that more follows."""

    elides_choice = True  # for ``ui.layout_check``: a choice wider than the box shows "…"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tooltip = ""
        self.currentIndexChanged.connect(lambda _index: self._update_tooltip())

    def _option(self) -> tuple[QStyleOptionComboBox, int]:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return option, field.width() - 2  # the text is drawn 1 px in from each side of the field

    def paintEvent(self, event) -> None:
        """As ``QComboBox.paintEvent``, with the chosen text shortened to the room it has."""
        painter = QStylePainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        option, room = self._option()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        if not self.isEditable():
            option.currentText = self.fontMetrics().elidedText(
                option.currentText, Qt.TextElideMode.ElideRight, max(room, 0)
            )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def _update_tooltip(self) -> None:
        """The whole choice in the tooltip while it is shortened; a tooltip set from outside is kept."""
        _option, room = self._option()
        cut = self.fontMetrics().horizontalAdvance(self.currentText()) > room
        wanted = literal(self.currentText()) if cut else ""
        if self.toolTip() in ("", self._tooltip) and self.toolTip() != wanted:
            self.setToolTip(wanted)
            self._tooltip = wanted

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_tooltip()
