"""A user of a large plan reopens it every morning at the step they left it, often the measures with their
100 rows: the table shows every column in its width, each row as tall as its wrapped text, and it is
fitted once the window has settled, not at every step of the layout (counted in fits, not timed; the time
is in benchmarks/wizard.py).
"""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from test_wizard_large_plan import open_large_plan
from verktoykasse.ui.wizard.list_editor import ListEditor
from verktoykasse.ui.wizard.row_table import RowTable


@pytest.fixture
def fits(monkeypatch) -> list[tuple[str, int]]:
    """The fits of shown tables' columns and rows to their width, as they happen: the table's name and
    width. (A table being built, still hidden, measures only the first rows, for its height.)"""
    done: list[tuple[str, int]] = []
    fit_columns = RowTable.fit_columns

    def counted(table: RowTable) -> None:
        if table.isVisible():
            done.append((table.objectName(), table.viewport().width()))
        fit_columns(table)

    monkeypatch.setattr(RowTable, "fit_columns", counted)
    return done


def open_at(window, step: str):
    """The large plan, left at ``step``, opened in the usual window's size."""
    window.resize(1100, 700)
    workspace, _reads = open_large_plan(window, step)
    QApplication.processEvents()
    return workspace


def measures_table(workspace) -> RowTable:
    editor = workspace.pages["measures"].findChild(ListEditor, "measures")
    return editor.list


def measure_rest(table: RowTable) -> None:
    """Let the table measure its rows below the view, as it does right after it is drawn (a batch of rows
    per turn of the event loop, soon after the fit where the table is out of the page's view)."""
    for _turn in range(200):
        if not table.rows_pending:
            return
        QTest.qWait(5)


def assert_fits(table: RowTable) -> None:
    """Every column in the table's width, none cut off at the right, and every row tall enough for its
    wrapped text (the rows below the view once the table has measured them)."""
    measure_rest(table)
    header = table.horizontalHeader()
    widths = [header.sectionSize(i) for i in range(header.count())]
    assert sum(widths) == table.viewport().width()
    assert all(width > 0 for width in widths)
    assert table.horizontalScrollBar().maximum() == 0
    short = [row for row in range(table.count()) if table.rowHeight(row) < table.sizeHintForRow(row)]
    assert short == [], f"rows cut short: {short[:5]}"


def test_the_large_plan_opens_at_its_measures_with_the_table_fitted_once(start_window, fits):
    window = start_window()
    workspace = open_at(window, "measures")
    table = measures_table(workspace)
    assert workspace.current_step == "measures"
    assert table.count() == 100
    assert_fits(table)
    # Each table of the page is fitted once per width it gets while the page settles (as it is shown,
    # then as the page's scroll bar comes), never again to a width it already fits.
    assert len(fits) == len(set(fits)), fits
    assert len([name for name, _width in fits if name == "measuresList"]) <= 2, fits


def test_after_the_window_is_resized_the_table_fits_again(start_window, fits, qtbot):
    window = start_window()
    workspace = open_at(window, "measures")
    table = measures_table(workspace)
    wide = table.viewport().width()
    title_width = table.horizontalHeader().sectionSize(0)
    fits.clear()

    window.resize(900, 650)
    qtbot.waitUntil(lambda: table.viewport().width() < wide)
    QApplication.processEvents()
    assert_fits(table)
    assert table.horizontalHeader().sectionSize(0) < title_width  # the title column gave up the width
    assert 1 <= len([name for name, _width in fits if name == "measuresList"]) <= 2, fits

    window.resize(1100, 700)
    qtbot.waitUntil(lambda: table.viewport().width() == wide)
    QApplication.processEvents()
    assert_fits(table)
    assert table.horizontalHeader().sectionSize(0) == title_width  # as before the resize


def test_the_evaluation_tables_fit_when_the_plan_opens_there(start_window, fits):
    window = start_window()
    workspace = open_at(window, "evaluation")
    page = workspace.pages["evaluation"]
    tables = [table for table in page.findChildren(RowTable) if table.isVisible()]
    assert tables
    for table in tables:
        assert_fits(table)
    assert len(fits) == len(set(fits)), fits  # each once per width


def test_switching_steps_keeps_the_table_fitted_without_refitting_for_nothing(start_window, fits):
    window = start_window()
    workspace = open_at(window, "measures")
    table = measures_table(workspace)
    workspace.go_to("goals")
    QApplication.processEvents()
    fits.clear()
    workspace.go_to("measures")  # the page reads its rows anew: they are fitted once, at its width
    QApplication.processEvents()
    assert_fits(table)
    assert [fit for fit in fits if fit[0] == "measuresList"] == [("measuresList", table.viewport().width())]


def test_a_larger_font_makes_the_rows_taller_and_the_columns_fit_again(start_window):
    window = start_window()
    workspace = open_at(window, "measures")
    table = measures_table(workspace)
    before = table.rowHeight(0)
    font = table.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    table.setFont(font)  # as the system's font size or the program's own setting does
    QApplication.processEvents()
    assert table.rowHeight(0) > before
    assert_fits(table)
