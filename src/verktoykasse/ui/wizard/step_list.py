"""The list of steps beside the pages: where the user is, what each step still lacks, and a way to jump."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from verktoykasse.domain.labels import step_method_term, step_title
from verktoykasse.domain.vocabulary import STEPS, Step

if TYPE_CHECKING:
    from verktoykasse.domain.progress import Missing

STEP_ROLE = Qt.ItemDataRole.UserRole


class _WrappedLines(QStyledItemDelegate):
    """Each step as tall as its lines wrap in the list's width (what is missing can take two or three):
    the default estimate wraps at a little more width than the text gets when drawn, and would cut off
    the last line."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        view = self.parent()
        if not isinstance(view, QListWidget):
            return size
        # The text's room: the list's width less the item's spacing and the style's margins around text.
        room = (
            view.viewport().width()
            - 2 * view.spacing()
            - 4 * view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
        )
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        flags = int(Qt.TextFlag.TextWordWrap)
        lines = option.fontMetrics.boundingRect(QRect(0, 0, max(room, 1), 1 << 20), flags, text)
        size.setHeight(max(size.height(), lines.height() + 6))
        return size


class StepList(QListWidget):
    """Per page: "4. What we do", the method's word under it, and "Missing: Deadline (2 of 8 measures) and
    3 more" (the whole list in the tooltip and for a screen reader) or "✓ Done"; choosing a line asks the
    workspace to go there.

    What a step lacks is ``domain.progress.missing``, the same account the page's "Missing: …" shows."""

    step_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setAccessibleName(self.tr("Steps"))
        self.setAccessibleDescription(
            self.tr("Choose a step to go to it. Each step says what it still lacks, or that it is done.")
        )
        self.missing: dict[str, list[Missing]] = {}
        for step in STEPS:
            item = QListWidgetItem()
            item.setData(STEP_ROLE, str(step))
            self.addItem(item)
        self.setWordWrap(True)
        self.setItemDelegate(_WrappedLines(self))
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # lines wrap anew when the list narrows
        self.setSpacing(3)
        self.currentItemChanged.connect(self._chosen)
        for row in range(self.count()):
            self._show(row)

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.step_chosen.emit(item.data(STEP_ROLE))

    def select(self, step: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(STEP_ROLE) == step:
                blocked = self.blockSignals(True)
                self.setCurrentRow(row)
                self.blockSignals(blocked)
                return

    def set_missing(self, missing: Mapping[str, Sequence[Missing]]) -> None:
        """What every step lacks (``domain.progress.missing`` per step)."""
        for step, items in missing.items():
            self.set_step_missing(step, items)

    def set_step_missing(self, step: str, items: Sequence[Missing]) -> None:
        """Update one step (the one the user is typing on)."""
        step = str(step)
        self.missing[step] = list(items)
        for row in range(self.count()):
            if self.item(row).data(STEP_ROLE) == step:
                self._show(row)

    def _show(self, row: int) -> None:
        item = self.item(row)
        step = item.data(STEP_ROLE)
        title = step_title(step)
        number = "" if step == Step.PROFILE else f"{row}. "
        method = step_method_term(step)
        heading = f"{number}{title}\n{method}" if method else f"{number}{title}"
        items = self.missing.get(step)
        if items is None:  # not counted yet (the plan is opening)
            text, state, whole = heading, "", ""
        elif not items:
            state = whole = self.tr("Done")
            text = f"{heading} · ✓ {state}" if method else f"{heading}\n✓ {state}"
        else:
            first = items[0].text()
            if len(items) == 1:
                state = self.tr("Missing: {item}").format(item=first)
            else:
                state = self.tr("Missing: {item} and {count} more").format(item=first, count=len(items) - 1)
            text = f"{heading}\n{state}"
            whole = self.tr("Missing: {items}").format(items=", ".join(m.text() for m in items))
        if item.text() != text or item.toolTip() != whole:
            if item.text().count("\n") != text.count("\n") or len(item.text()) != len(text):
                self.scheduleDelayedItemsLayout()  # a list view keeps an item's old height otherwise
            item.setText(text)
            said = f"{number}{title} ({method})" if method else f"{number}{title}"
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{said}, {whole}" if whole else said)
            listed = "\n".join(f"• {m.text()}" for m in items or [])
            item.setToolTip(self.tr("Missing:") + "\n" + listed if items else whole)

    def text_of(self, step: str) -> str:
        for row in range(self.count()):
            if self.item(row).data(STEP_ROLE) == step:
                return self.item(row).text()
        return ""
