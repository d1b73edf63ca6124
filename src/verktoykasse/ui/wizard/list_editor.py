"""A master–detail editor for one list of a plan (participants, gaps, goals, KPIs, measures, …).

The list is a table (``row_table.RowTable``): one row per item, a column per field where the page gives
columns (sortable by a click on the heading), one column with the row's description where it does not.
Add / Remove / Move up / Move down work with the mouse and with keys (Insert, Delete, Alt+Up, Alt+Down
while the table has focus); the selected row's fields are edited in place in the detail form beside or
below the table. Every change goes through the workspace's ``Saver``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from verktoykasse.domain.lines import shortened
from verktoykasse.ui.dialogs import confirm
from verktoykasse.ui.wizard.fields import plain, release_text_boxes
from verktoykasse.ui.wizard.row_table import Column, RowsModel, RowTable
from verktoykasse.ui.wizard.saver import Saver


class ListEditor(QWidget):
    """One editable list with its detail form; ``changed`` after rows are added, removed or moved."""

    changed = Signal()
    current_changed = Signal(object)

    def __init__(
        self,
        saver: Saver,
        name: str,
        title: str,
        *,
        rows: Callable[[], list[Any]],
        describe: Callable[[Any], str],
        add: Callable[[], Any],
        build_detail: Callable[[Any], QWidget],
        empty_text: str,
        movable: bool = True,
        removable: bool = True,
        addable: bool = True,
        side_by_side: bool = True,
        sort_key: Callable[[Any], Any] | None = None,
        columns: Sequence[Column] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.saver = saver
        self._rows_of = rows
        self._describe = describe
        self._add = add
        self._build_detail = build_detail
        self._empty_text = empty_text
        self._sort_key = sort_key or (lambda row: getattr(row, "position", 0))
        self.rows: list[Any] = []
        self.detail: QWidget | None = None
        self.first_field: QWidget | None = None  # of the detail, where Tab from the buttons goes first

        self.heading = QLabel(title)
        self.heading.setObjectName(name + "Heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)

        self.model = RowsModel(columns or [Column(title, self._label, stretch=True)], self)
        self.list = RowTable(self.model)
        self.list.setObjectName(name + "List")
        self.list.setAccessibleName(plain(title))  # a heading may mark its Alt+letter with "&"
        self.list.setAccessibleDescription(
            self.tr("Insert adds, Delete removes, Alt+Up and Alt+Down move the selected row.")
            + (" " + self.tr("Click a column's heading to sort by it.") if columns else "")
        )
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.list.current_row_changed.connect(self._show_detail)
        self.list.resized.connect(self._fit_list)  # wrapped rows are as tall as the width makes them
        self.list.order_changed.connect(lambda: self.reload())
        self.heading.setBuddy(self.list)

        self.add_button = self._button(name + "Add", self.tr("Add"), self.tr("Add to {list}"), self.add_row)
        self.remove_button = self._button(
            name + "Remove", self.tr("Remove…"), self.tr("Remove from {list}"), self.remove_current
        )
        self.up_button = self._button(name + "Up", self.tr("Move up"), self.tr("Move up in {list}"), self.up)
        self.down_button = self._button(
            name + "Down", self.tr("Move down"), self.tr("Move down in {list}"), self.down
        )
        self.movable = movable
        self.list.installEventFilter(self)
        self._addable, self._removable = addable, removable

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)  # the destructive one apart from the others
        self.button_row = buttons

        master = QVBoxLayout()
        master.setContentsMargins(0, 0, 0, 0)
        master.addWidget(self.heading)
        master.addWidget(self.list)
        master.addLayout(buttons)
        master.addStretch(1)

        self.detail_box = QVBoxLayout()
        self.detail_box.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setObjectName(name + "Empty")
        self.empty_label.setWordWrap(True)
        self.detail_box.addWidget(self.empty_label)
        self.detail_box.addStretch(1)
        if not side_by_side:
            layout_margin = self.list.fontMetrics().averageCharWidth() * 3
            self.detail_box.setContentsMargins(layout_margin, 0, 0, 0)

        self.can_be_side_by_side = side_by_side
        self.box = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addLayout(master)
        self.box.addLayout(self.detail_box)
        self.set_side_by_side(side_by_side)
        # Only now that the buttons are inside the editor: a button without a parent, made visible,
        # flashes up as a window of its own and takes the keyboard focus away from the program's window.
        self.add_button.setVisible(addable)
        self.remove_button.setVisible(removable)
        self.up_button.setVisible(movable)
        self.down_button.setVisible(movable)
        # Tab as the eye reads the row: Add, Move up, Move down, then Remove (apart, at the right end).
        for first, second in (
            (self.list, self.add_button),
            (self.add_button, self.up_button),
            (self.up_button, self.down_button),
            (self.down_button, self.remove_button),
        ):
            QWidget.setTabOrder(first, second)

        saver.saved.connect(self._saved)
        self.reload()

    def side_by_side_width(self) -> int:
        """How wide the table and the detail need to be beside each other: the detail's least width, and
        the table's where every short column is read whole (``RowTable.comfortable_width``)."""
        master, detail = self.box.itemAt(0), self.box.itemAt(1)
        table = max(master.minimumSize().width(), self.list.comfortable_width())
        return table + detail.minimumSize().width() + self.box.spacing()

    def set_side_by_side(self, side_by_side: bool) -> None:
        """List beside the detail when there is room, above it when not (narrow window, large font)."""
        side_by_side = side_by_side and self.can_be_side_by_side
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction or not hasattr(self, "_arranged"):
            self._arranged = True
            self.box.setDirection(direction)
            self.box.setStretch(0, 2 if side_by_side else 0)
            self.box.setStretch(1, 3 if side_by_side else 0)
        # Beside its detail the table keeps the width its columns are read in (not a share of the page's
        # that leaves "Target re…" and "…" for a value); above it, it has the whole width anyway.
        self.list.setMinimumWidth(self.list.comfortable_width() if side_by_side else 0)

    def _button(self, name: str, text: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible.format(list=self.list.accessibleName()))
        button.clicked.connect(slot)
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys on the list: Insert adds, Delete removes, Alt+Up / Alt+Down move the selected row."""
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            action = {
                (Qt.Key.Key_Insert, False): self.add_row,
                (Qt.Key.Key_Delete, False): self.remove_current,
                (Qt.Key.Key_Up, True): self.up,
                (Qt.Key.Key_Down, True): self.down,
            }.get((key, alt))
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)

    # -- showing --------------------------------------------------------------------------------------
    def reload(self, select: Any = None) -> None:
        """Read the rows again and select ``select`` (or keep the current one)."""
        keep = select if select is not None else self.current()
        blocked = self.list.blockSignals(True)
        self.model.set_rows(sorted(self._rows_of(), key=self._sort_key))
        self.list.apply_order()  # the column the user sorted by, if any
        self.rows = self.model.rows
        self.list.blockSignals(blocked)
        self._fit_list()
        index = self.rows.index(keep) if keep in self.rows else (0 if self.rows else -1)
        blocked = self.list.blockSignals(True)  # the detail is built once, just below, not twice
        self.list.setCurrentRow(index)
        self.list.blockSignals(blocked)
        self._show_detail(index)

    def _fit_list(self) -> None:
        """As tall as its rows (3 to ``RowTable.TALLEST`` lines): short lists do not take the whole page."""
        line = self.list.fontMetrics().lineSpacing()
        self.list.fit()  # the rows' cells decide the columns' widths, and the widths the rows' heights
        rows = sum(max(self.list.rowHeight(i), line) for i in range(self.list.count()))
        header = self.list.horizontalHeader()
        heading = header.sizeHint().height() if not header.isHidden() else 0
        height = rows + heading + 2 * self.list.frameWidth() + line // 2
        self.list.setFixedHeight(max(line * 3 + heading, min(height, line * self.list.TALLEST + heading)))

    def _label(self, row: Any) -> str:
        text = self._describe(row).strip()
        return text or self.tr("(untitled)")

    def current(self) -> Any:
        index = self.list.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _show_detail(self, index: int) -> None:
        if self.detail is not None:
            release_text_boxes(self.detail)
            self.detail_box.removeWidget(self.detail)
            self.detail.hide()
            self.detail.setParent(None)
            self.detail.deleteLater()
            self.detail = None
            self.first_field = None
        row = self.rows[index] if 0 <= index < len(self.rows) else None
        self.empty_label.setVisible(row is None)
        if row is not None:
            self.detail = self._build_detail(row)
            self.detail_box.insertWidget(0, self.detail)
            self.detail.show()  # at once, not on the next turn of the event loop
            self._tab_into_detail()
        self._update_buttons()
        self.current_changed.emit(row)
        if 0 <= index < len(self.rows):
            self.list.scrollTo(self.model.index(index, 0))

    def _tab_into_detail(self) -> None:
        """Tab goes from the list's buttons into the detail: a widget made later would come last."""
        inside: list[QWidget] = []
        widget = self.detail.nextInFocusChain()
        while widget is not self.detail and self.detail.isAncestorOf(widget):
            inside.append(widget)
            widget = widget.nextInFocusChain()
        if not inside:  # the chain entered the detail elsewhere: collect in creation order
            inside = [
                w for w in self.detail.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus
            ]
        previous: QWidget = self.remove_button  # the last of the buttons in the Tab order
        self.first_field = None
        for widget in inside:
            if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox | QLineEdit):
                continue  # the inner part of a date, combo or line edit follows its owner
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                QWidget.setTabOrder(previous, widget)
                previous = widget
                self.first_field = self.first_field or widget

    def _update_buttons(self) -> None:
        index = self.list.currentRow()
        has = 0 <= index < len(self.rows)
        in_plan_order = not self.list.sorted_by_column  # moving a row means nothing in a sorted table
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and in_plan_order and index > 0)
        self.down_button.setEnabled(has and in_plan_order and index < len(self.rows) - 1)

    def _saved(self, obj: Any, _attr: str) -> None:
        if obj is not None:
            self.refresh_row(obj)

    def refresh_row(self, row: Any) -> None:
        """Show ``row``'s cells anew (one row, not the whole table: this runs per keystroke)."""
        if not shiboken6.isValid(self.list) or row not in self.rows:
            return
        self.model.row_changed(row)
        self.list.resizeRowToContents(self.rows.index(row))

    def refresh_labels(self) -> None:
        self.model.all_changed()
        self.list.resizeRowsToContents()

    # -- changing -------------------------------------------------------------------------------------
    def add_row(self) -> Any:
        if not self._addable:
            return None
        self.saver.flush()
        row = self.saver.run(self._add)
        if row is None:
            return None
        self.reload(select=row)
        self.changed.emit()
        if self.first_field is not None:  # the user types the new row's title over its suggestion at once
            self.first_field.setFocus(Qt.FocusReason.TabFocusReason)  # as by Tab: a line's text is selected
        return row

    def remove_current(self) -> None:
        from verktoykasse.storage.editing import remove_row

        row = self.current()
        if row is None or not self._removable:
            return
        if not confirm(
            self,
            self.tr("Remove"),
            self.tr("Remove “{name}” from {list}? Edit → Undo (Ctrl+Z) brings it back.").format(
                name=shortened(self._label(row), 80), list=self.list.accessibleName()
            ),  # a title of one long word would run off the question's edge and hide its end
            self.tr("Remove"),
        ):
            return
        from verktoykasse.storage.undo import snapshot

        index = self.list.currentRow()
        name = self._label(row)
        self.saver.flush()
        if self.detail is not None:
            release_text_boxes(self.detail)
        taken = self.saver.run(lambda: snapshot(self.saver.session, row))  # for Undo: it and all it had
        if self.saver.run(lambda: remove_row(self.saver.session, row)) is None and self.saver.failing:
            return
        if taken is not None:
            self.saver.removed.emit(taken, name)
        remaining = [r for r in self.rows if r is not row]
        self.reload(select=remaining[min(index, len(remaining) - 1)] if remaining else None)
        self.changed.emit()
        self.list.setFocus()

    def move(self, delta: int) -> None:
        from verktoykasse.storage.editing import move_row

        row = self.current()
        if row is None or not self.movable or self.list.sorted_by_column:
            return
        self.saver.flush()
        self.saver.run(lambda: move_row(self.saver.session, row, delta))
        self.reload(select=row)
        self.changed.emit()
        self.list.setFocus()

    def up(self) -> None:
        self.move(-1)

    def down(self) -> None:
        self.move(1)
