"""Does a window fit? The check behind the screenshot tool's report and the small-screen tests.

Two things a user on a small laptop (1024×600: a 1366×768 screen at Windows' 125 %) must never meet:
a page that scrolls sideways, and a label or button whose text is cut off. Both are found from the widgets
themselves, not from pixels, so the report names the widget to fix.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QScrollArea, QTableView, QWidget


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
    wrap onto more lines than their height shows, and tables whose columns reach past their right edge."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QTableView):
            found += _columns_cut(widget)
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() and widget.text():
                tall = widget.heightForWidth(widget.width())
                if tall > widget.height() + 1:
                    found.append(
                        f"{_name(widget)} “{widget.text()[:40]}” needs {tall} px of height, "
                        f"has {widget.height()} px (its last lines are cut off)"
                    )
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


def layout_problems(root: QWidget) -> list[str]:
    return sideways_scrolling(root) + clipped_text(root)
