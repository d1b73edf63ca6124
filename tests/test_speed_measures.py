"""A user of a large plan reopens it at the measures step, where they left it: the page comes up laid out
once for the width it keeps (its scroll bar there from the start, not arriving after a first layout and
making the 100 measures' table fit all over again), with the selected measure's detail showing its values,
ready to type into. Counted in fits and checked in what the user sees, not timed (the time is in
benchmarks/wizard.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

import test_speed_rows
from test_speed_rows import assert_fits, measures_table
from test_wizard_large_plan import open_large_plan
from verktoykasse.storage.models import Measure
from wizard_support import on_page, pause, type_into

fits = test_speed_rows.fits  # the fixture that lists the widths shown tables are fitted to


def open_at_measures(window, width: int = 1100, height: int = 700):
    window.resize(width, height)
    workspace, _reads = open_large_plan(window, "measures")
    QApplication.processEvents()
    return workspace


def test_the_measures_page_opens_laid_out_once_for_its_width_with_its_scroll_bar(start_window, fits):
    window = start_window()
    workspace = open_at_measures(window)
    page = workspace.pages["measures"]
    table = measures_table(workspace)

    # The page is taller than the window: it scrolls, as it always did ...
    bar = page.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0
    assert page.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    # ... and the table was fitted once, to the width beside the scroll bar it keeps.
    assert [width for name, width in fits if name == "measuresList"] == [table.viewport().width()]
    assert_fits(table)
    assert page.widget().width() == page.viewport().width()


def test_the_selected_measures_detail_shows_its_values_when_the_plan_opens(start_window):
    window = start_window()
    workspace = open_at_measures(window)
    table = measures_table(workspace)
    shown = workspace.pages["measures"].measures.current()

    assert table.currentRow() == 0
    assert on_page(workspace, QLineEdit, "measureTitle").text() == shown.title
    assert on_page(workspace, QLineEdit, "measureOwner").text() == (shown.owner or "")
    assert table.cell_text(0, 0).endswith(shown.title)


def test_typing_in_the_detail_after_opening_saves_and_the_table_follows(start_window, qtbot):
    window = start_window()
    workspace = open_at_measures(window)
    shown = workspace.pages["measures"].measures.current()

    type_into(qtbot, on_page(workspace, QLineEdit, "measureTitle"), "Fast kontaktperson i kantina")
    pause(qtbot)

    with window.database.session() as session:
        assert session.get(Measure, shown.id).title == "Fast kontaktperson i kantina"
    assert measures_table(workspace).cell_text(0, 0).endswith("Fast kontaktperson i kantina")


def test_in_a_window_taller_than_the_page_there_is_no_scroll_bar(start_window):
    """The scroll bar is there from the page's first layout only where the page turns out to need it."""
    window = start_window()
    workspace = open_at_measures(window, 1100, 6000)
    page = workspace.pages["measures"]

    assert page.height() > page.widget().sizeHint().height()
    assert not page.verticalScrollBar().isVisible()
    assert page.viewport().width() == page.width()
    assert page.widget().width() == page.viewport().width()
    assert_fits(measures_table(workspace))
