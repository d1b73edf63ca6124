"""A user reopens the large plan at its 100 measures: the rows in view are whole at once, the rows below
are measured right after the table is drawn, and whatever the user does first (scroll, jump to the last
measure, type, sort) finds every row as tall as its wrapped text. The short columns are exactly as wide as
Qt's own widest-cell measure says, though each different cell is measured once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

import test_read_only_open
import test_speed_rows
from test_speed_measures import open_at_measures
from test_speed_rows import assert_fits, measure_rest, measures_table
from test_wizard_large_plan import open_large_plan
from verktoykasse.storage.models import Measure
from verktoykasse.ui.wizard.list_editor import ListEditor
from wizard_support import on_page, pause, type_into

# Ola's program on the folder Kari's program holds (read-only), as in test_read_only_open.
karis_folder = test_read_only_open.karis_folder
olas_window = test_read_only_open.olas_window
fits = test_speed_rows.fits  # the widths shown tables are fitted to, as they happen


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


# -- the selected measure's lists ---------------------------------------------------------------------------
def test_now_opens_a_milestone_of_the_page_just_opened(start_window):
    """ "Now" and the board check go to a milestone inside its measure as the page opens."""
    from verktoykasse.ui.wizard.places import show_place

    window = start_window()
    workspace = open_at_measures(window)
    page = workspace.pages["measures"]
    milestone = page.plan.measures[3].milestones[0]

    target = show_place(page, "milestone", milestone.id, "title")
    assert target is not None and target.objectName() == "milestoneTitle"
    assert target.text() == milestone.title
    assert target.isVisible()


def test_on_a_read_only_pc_the_measures_lists_are_read_only_too(olas_window):
    """Ola's PC may only read the data Kari's program holds: a measure's milestones cannot be changed
    either."""
    olas_window.open_plan(olas_window.home.selected_plan_id())
    workspace = olas_window.plan_page
    workspace.go_to("measures")
    page = workspace.pages["measures"]

    milestones = page.findChild(ListEditor, "milestones")
    assert milestones is not None and milestones.list.count() == 1
    assert not milestones.add_button.isEnabled()
    title = page.findChild(QLineEdit, "milestoneTitle")
    assert title.text() == "Mentor valgt" and title.isReadOnly()


# -- every step page: its scroll bar from the first layout ------------------------------------------------
def test_each_step_opens_with_its_tables_fitted_once_beside_the_scroll_bar_it_keeps(start_window, fits):
    window = start_window()
    for step in ("goals", "evaluation"):
        fits.clear()
        window.resize(1100, 700)
        workspace, _reads = open_large_plan(window, step)
        QApplication.processEvents()
        page = workspace.pages[step]
        assert page.verticalScrollBar().isVisible()
        assert page.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
        names = [name for name, _width in fits]
        assert names and len(names) == len(set(names)), (step, fits)  # one width each, not two


def test_a_step_shorter_than_the_window_has_no_scroll_bar(start_window):
    window = start_window()
    window.resize(1100, 6000)
    workspace, _reads = open_large_plan(window, "goals")
    QApplication.processEvents()
    page = workspace.pages["goals"]

    assert page.height() > page.widget().sizeHint().height()
    assert not page.verticalScrollBar().isVisible()
    assert page.widget().width() == page.viewport().width() == page.width()
