"""A user of a large plan reopens it every morning at the step they left it, often the measures with their
100 rows: the table shows every column in its width, each row as tall as its wrapped text, and it is
fitted once the window has settled, not at every step of the layout (counted in fits, not timed; the time
is in benchmarks/wizard.py).
"""

from __future__ import annotations

import pytest
from benchmarks.sample_plans import add_large_plan
from PySide6.QtWidgets import QApplication

from verktoykasse.ui.wizard.list_editor import ListEditor
from verktoykasse.ui.wizard.row_table import RowTable


@pytest.fixture
def fits(monkeypatch) -> list[str]:
    """The tables' fits of columns and rows to their width, by the table's name, as they happen."""
    done: list[str] = []
    fit_columns = RowTable.fit_columns

    def counted(table: RowTable) -> None:
        done.append(table.objectName())
        fit_columns(table)

    monkeypatch.setattr(RowTable, "fit_columns", counted)
    return done


def open_at(window, step: str):
    with window.database.session() as session:
        plan = add_large_plan(session)
        plan.current_step = step
        session.commit()
        plan_id = plan.id
    window.resize(1100, 700)
    window.open_plan(plan_id)
    QApplication.processEvents()
    return window.plan_page


def measures_table(workspace) -> RowTable:
    editor = workspace.pages["measures"].findChild(ListEditor, "measures")
    return editor.list


def assert_fits(table: RowTable) -> None:
    """Every column in the table's width, none cut off at the right, and every row tall enough for its
    wrapped text."""
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
    # Each table of the page was fitted once its layout had settled, not at every resize of the open.
    assert fits.count("measuresList") == 1, fits
    assert len(fits) == len(set(fits)), fits


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
    assert 1 <= fits.count("measuresList") <= 2, fits

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
    assert len(fits) == len(set(fits)), fits  # each once


def test_switching_steps_keeps_the_table_fitted_without_refitting_for_nothing(start_window, fits):
    window = start_window()
    workspace = open_at(window, "measures")
    table = measures_table(workspace)
    workspace.go_to("goals")
    QApplication.processEvents()
    fits.clear()
    workspace.go_to("measures")  # the page reads its rows anew: they are fitted once as it shows
    QApplication.processEvents()
    assert_fits(table)
    assert fits.count("measuresList") <= 1, fits
