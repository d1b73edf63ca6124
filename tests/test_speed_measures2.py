"""A user reopens the large plan at its 100 measures: the rows in view are whole at once, the rows below
are measured right after the table is drawn, and whatever the user does first (scroll, jump to the last
measure, type, sort) finds every row as tall as its wrapped text. The short columns are exactly as wide as
Qt's own widest-cell measure says, though each different cell is measured once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from test_speed_measures import open_at_measures
from test_speed_rows import assert_fits, measure_rest, measures_table
from verktoykasse.storage.models import Measure
from wizard_support import on_page, pause, type_into


def whole(table, row: int) -> bool:
    return table.rowHeight(row) >= table.sizeHintForRow(row)


def in_view(table, row: int) -> bool:
    top = table.rowViewportPosition(row)
    return top >= 0 and top + table.rowHeight(row) <= table.viewport().height()


def test_the_rows_in_view_are_whole_as_the_page_opens_and_the_rest_right_after(start_window):
    window = start_window()
    workspace = open_at_measures(window)
    table = measures_table(workspace)

    seen = [row for row in range(table.count()) if table.rowViewportPosition(row) < table.viewport().height()]
    assert seen and all(whole(table, row) for row in seen)
    measure_rest(table)  # the rows below, a batch per turn once the table is drawn
    assert table.rows_pending == 0
    assert_fits(table)


def test_ctrl_end_goes_to_the_last_measure_whole_and_in_view_even_at_once(start_window):
    window = start_window()
    workspace = open_at_measures(window)
    table = measures_table(workspace)
    table.setFocus()
    assert table.rows_pending  # the rows below the view are still to be measured

    QTest.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # before the rest is measured
    QApplication.processEvents()

    last = table.count() - 1
    assert table.currentRow() == last
    assert whole(table, last) and in_view(table, last)
    title = on_page(workspace, QLineEdit, "measureTitle").text()
    assert table.cell_text(last, 0).endswith(title)  # the detail follows the row


def test_scrolling_down_at_once_shows_whole_rows(start_window):
    window = start_window()
    workspace = open_at_measures(window)
    table = measures_table(workspace)

    assert table.rows_pending
    bar = table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    seen = [
        row for row in range(table.count()) if 0 <= table.rowViewportPosition(row) < table.viewport().height()
    ]
    assert seen and all(whole(table, row) for row in seen)


def test_typing_while_the_rows_are_measured_is_saved_and_shown(start_window, qtbot):
    window = start_window()
    workspace = open_at_measures(window)
    table = measures_table(workspace)
    shown = workspace.pages["measures"].measures.current()

    type_into(qtbot, on_page(workspace, QLineEdit, "measureTitle"), "Lunsj med mentor hver fredag")
    pause(qtbot)
    measure_rest(table)

    with window.database.session() as session:
        assert session.get(Measure, shown.id).title == "Lunsj med mentor hver fredag"
    assert table.cell_text(0, 0).endswith("Lunsj med mentor hver fredag")
    assert_fits(table)


def test_a_screen_reader_reads_every_cell_also_below_the_view(start_window):
    window = start_window()
    workspace = open_at_measures(window)
    table = measures_table(workspace)
    model = table.model()

    last = table.count() - 1
    for column in range(model.columnCount()):
        index = model.index(last, column)
        said = index.data(Qt.ItemDataRole.AccessibleTextRole)
        assert said == index.data(Qt.ItemDataRole.DisplayRole) == table.cell_text(last, column)
    assert table.cell_text(last, 2)  # the deadline
    assert index.data(Qt.ItemDataRole.ToolTipRole) == table.cell_text(last, column)  # the whole status


def test_the_short_columns_are_as_wide_as_their_widest_cell(start_window):
    window = start_window()
    workspace = open_at_measures(window, 1600, 700)  # room enough: no column gives up width
    table = measures_table(workspace)
    header = table.horizontalHeader()

    for column in (1, 2, 3):  # owner, deadline, status
        wanted = max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
        assert header.sectionSize(column) == wanted


def test_sorting_by_deadline_at_once_keeps_every_row_whole(start_window):
    window = start_window()
    workspace = open_at_measures(window)
    table = measures_table(workspace)

    table.sort_by(2)
    QApplication.processEvents()
    assert table.sorted_by_column
    assert_fits(table)
