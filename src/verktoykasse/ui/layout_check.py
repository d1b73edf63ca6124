"""Does a window fit? The check behind the screenshot tool's report and the small-screen tests.

Two things a user on a small laptop (1024×600: a 1366×768 screen at Windows' 125 %) must never meet:
a page that scrolls sideways, and a label or button whose text is cut off. Both are found from the widgets
themselves, not from pixels, so the report names the widget to fix.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QListWidget,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionHeader,
    QTableView,
    QWidget,
)


def _name(widget: QWidget) -> str:
    return widget.objectName() or widget.accessibleName() or type(widget).__name__


def sideways_scrolling(root: QWidget) -> list[str]:
    """The visible scroll areas under ``root`` (pages, forms) that would need a horizontal scroll bar."""
    found = []
    for area in [root, *root.findChildren(QAbstractScrollArea)]:
        if not isinstance(area, QScrollArea) or not area.isVisible():
            continue
        bar = area.horizontalScrollBar()
        if bar.maximum() > 0:
            inner = area.widget()
            found.append(
                f"{_name(area)} scrolls sideways by {bar.maximum()} px "
                f"(content needs {inner.minimumSizeHint().width() if inner else '?'} px, "
                f"has {area.viewport().width()} px)"
            )
    return found


def clipped_text(root: QWidget) -> list[str]:
    """Visible labels that do not wrap and buttons whose text is wider than the room they got, labels that
    wrap onto more lines than their height shows or hold a word wider than themselves, boxes of choices
    narrower than their longest choice (``choices_cut``), lists whose wrapped lines hold a word wider than
    the list, tables whose columns reach past their right edge and column headings cut at their column's
    edge (none of these shows a "…")."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QTableView):
            found += _columns_cut(widget) + _headings_cut(widget)
            continue
        if isinstance(widget, QListWidget):
            found += _list_words_cut(widget)
            continue
        if isinstance(widget, QComboBox):
            found += choices_cut(widget)
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() and widget.text():
                tall = widget.heightForWidth(widget.width())
                if tall > widget.height() + 1:
                    found.append(
                        f"{_name(widget)} “{widget.text()[:40]}” needs {tall} px of height, "
                        f"has {widget.height()} px (its last lines are cut off)"
                    )
                word = _word_too_long(widget)
                if word:
                    found.append(f"{_name(widget)}: the word “{word[:40]}” is cut off at its edge")
                continue
            if not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
                continue
            needed = widget.minimumSizeHint().width()
        elif isinstance(widget, QAbstractButton):
            if not widget.text():
                continue
            needed = widget.sizeHint().width()
        else:
            continue
        if needed > widget.width() + 1:
            found.append(f"{_name(widget)} “{widget.text()[:40]}” needs {needed} px, has {widget.width()} px")
    return found


def _columns_cut(table: QTableView) -> list[str]:
    """A table that does not scroll sideways must show all its columns: none may reach past its edge."""
    header = table.horizontalHeader()
    if table.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff or header.count() == 0:
        return []
    needed = header.length()
    room = table.viewport().width()
    if needed <= room + 1:
        return []
    return [f"{_name(table)}: its columns need {needed} px, it shows {room} px (the last ones are cut off)"]


def _word_too_long(label: QLabel) -> str:
    """A word of a wrapping label of plain text that is wider than the label: it is cut at the edge."""
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.mightBeRichText(label.text())
    ):
        return ""
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    metrics = label.fontMetrics()
    text = label.text()
    if label.buddy() is not None:  # "&Name:" shows "Name:" with N underlined
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    words = text.replace("\u200b", " ").split()  # a zero-width space is a place to wrap (a path's)
    return next((word for word in words if metrics.horizontalAdvance(word) > room + 1), "")


def _list_words_cut(view: QListWidget) -> list[str]:
    """A list whose lines wrap shows a word wider than the list cut at its edge (``ui.elided.WrappedList``
    ends it in "…" instead)."""
    if not view.wordWrap():
        return []  # a line that does not wrap ends in "…" where it is cut
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    room = view.viewport().width() - 2 * margin - 2 * view.spacing()
    metrics = view.fontMetrics()
    for row in range(view.count()):
        word = next((w for w in view.item(row).text().split() if metrics.horizontalAdvance(w) > room + 1), "")
        if word:
            return [f"{_name(view)}: the word “{word[:40]}” of line {row + 1} is cut off at its edge"]
    return []


def choices_cut(combo: QComboBox) -> list[str]:
    """A box of choices must show each of them whole, not only the one chosen now: the user opens it and
    picks another. A box one types into scrolls its text. A box sized to a least number of letters
    (``AdjustToMinimumContentsLengthWithIcon``) that ends a longer choice in "…" (``ui.elided``'s
    ``ElidedComboBox``: its choices are the user's own titles, of any length) must still get the width
    it asks for."""
    if combo.isEditable():
        return []
    if (
        getattr(combo, "elides_choice", False)
        and combo.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    ):
        least = combo.minimumWidth() or combo.minimumSizeHint().width()
        if combo.width() < least:
            return [f"{_name(combo)} is {combo.width()} px wide, less than the {least} px it asks for"]
        return []
    room = choice_room(combo)
    metrics = combo.fontMetrics()
    texts = [combo.itemText(index) for index in range(combo.count())]
    longest = max(texts, key=metrics.horizontalAdvance, default="")
    needed = metrics.horizontalAdvance(longest)
    if needed > room:
        return [f"{_name(combo)}: its choice “{longest[:40]}” needs {needed} px, has {room} px (cut off)"]
    return []


def choice_room(combo: QComboBox) -> int:
    """How wide a choice's text may be in ``combo`` (its width less the frame and the arrow)."""
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width() - 2  # the label is drawn 1 px in from each side of the field


def _headings_cut(table: QTableView) -> list[str]:
    """Column headings wider than their column, cut at its edge: a header that neither wraps its headings
    (``ui.elided.WrappingHeader``) nor ends them in "…"."""
    header = table.horizontalHeader()
    if (
        header.isHidden()
        or header.textElideMode() != Qt.TextElideMode.ElideNone
        or hasattr(header, "shown_heading")
    ):
        return []
    found = []
    model = header.model()
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
            continue
        heading = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        option = QStyleOptionHeader()
        header.initStyleOption(option)
        option.rect = header.rect()
        option.rect.setWidth(header.sectionSize(section))
        room = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header).width()
        if heading and header.fontMetrics().horizontalAdvance(heading) > room + 1:
            found.append(f"{_name(table)}: the heading “{heading[:40]}” is cut off at its column's edge")
    return found


def layout_problems(root: QWidget) -> list[str]:
    return sideways_scrolling(root) + clipped_text(root)
