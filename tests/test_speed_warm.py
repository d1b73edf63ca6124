"""Typing stays light: each keystroke is saved at once, and only what it changes is drawn again.

A keystroke in a field of the plan commits (what the window shows as saved is on disk), and then the
window shows what the keystroke changed. Work that shows something the keystroke could not change (a
KPI's chart when a measurement's note is typed) is not done per keystroke: that made typing cost a frame
(``benchmarks/warm_up.py`` typing)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from verktoykasse.ui.wizard.charts import KpiChart
from verktoykasse.ui.wizard.row_table import RowTable
from wizard_support import (  # noqa: F401
    click,
    kpi_in_step_5,
    norwegian_numbers,
    on_page,
    type_date,
    type_into,
)

pytestmark = pytest.mark.usefixtures("norwegian_numbers")


def _now_column(kpis: RowTable) -> int:
    headings = [
        kpis.model().headerData(c, Qt.Orientation.Horizontal) for c in range(kpis.model().columnCount())
    ]
    return headings.index("Now")


def _measured_kpi_watched(start_window, answer_next_dialog, qtbot, monkeypatch):
    """Step 5 with a KPI and a measurement just added; and the series its chart is given from now on."""
    ws = kpi_in_step_5(start_window(), answer_next_dialog, qtbot)
    click(qtbot, ws, "measurementsAdd")
    drawn: list[object] = []
    original = KpiChart.set_series
    monkeypatch.setattr(
        KpiChart, "set_series", lambda chart, series: (drawn.append(series), original(chart, series))
    )
    return ws, drawn


def test_a_measurements_note_is_saved_as_typed_without_redrawing_the_chart(
    start_window, answer_next_dialog, qtbot, data_dir, monkeypatch
):
    ws, drawn = _measured_kpi_watched(start_window, answer_next_dialog, qtbot, monkeypatch)

    type_into(qtbot, on_page(ws, QLineEdit, "measurementNote"), "Etter sommeren")

    with sqlite3.connect(data_dir / "verktoykasse.sqlite3") as db:  # saved as typed, no pause needed
        assert db.execute("SELECT note FROM measurement").fetchall() == [("Etter sommeren",)]
    assert drawn == []  # the chart shows dates and values: the note's keystrokes left it alone
    kpis = on_page(ws, RowTable, "evaluationKpisList")
    assert kpis.cell_text(0, _now_column(kpis)) == "1"


def test_a_measurements_date_still_redraws_its_chart_and_kpi_row(
    start_window, answer_next_dialog, qtbot, monkeypatch
):
    ws, drawn = _measured_kpi_watched(start_window, answer_next_dialog, qtbot, monkeypatch)

    type_date(qtbot, ws, "measurementMeasuredOn", "30.06.2027")
    value = on_page(ws, QLineEdit, "measurementValue")
    type_into(qtbot, value, "4")
    qtbot.keyClick(value, "\r")

    assert drawn, "the chart was not drawn anew"
    assert [point[1] for point in drawn[-1].points] == [4.0]
    kpis = on_page(ws, RowTable, "evaluationKpisList")
    assert kpis.cell_text(0, _now_column(kpis)) == "4"


def test_loading_ahead_stops_within_its_work_while_the_user_types_and_goes_on_after(qtbot):
    """Not only between two modules: a long piece of loading (a font's parsing, a big module's body) waits
    at its next function call once the user types, so the keystroke does not share the interpreter."""
    import sys
    import threading

    from verktoykasse.ui.warm_up import pausing

    if sys.gettrace() is not None:
        pytest.skip("traced (coverage, a debugger): loading ahead then gives way between modules only")
    done: list[int] = []
    busy = [False]

    def part(number: int) -> None:
        done.append(number)
        if number == 1:
            busy[0] = True  # the user starts typing while the second part runs

    def load() -> None:
        for number in range(4):
            part(number)

    thread = threading.Thread(target=pausing(load, lambda: busy[0]), daemon=True)
    thread.start()
    qtbot.wait(300)  # the user types on
    assert done == [0, 1] and thread.is_alive()
    busy[0] = False  # the user pauses
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10_000)
    assert done == [0, 1, 2, 3]


def test_the_gap_chart_shows_a_title_as_typed_and_grows_with_a_new_area(start_window, qtbot):
    from PySide6.QtWidgets import QApplication

    from verktoykasse.ui.wizard.charts import GapChart

    window = start_window()
    window.plan_actions.open_example()
    ws = window.plan_page
    ws.go_to("gaps")
    QApplication.processEvents()
    chart = ws.current_page().findChild(GapChart, "gapChart")
    height = chart.height()
    rows = len(chart.bars)

    type_into(qtbot, on_page(ws, QLineEdit, "gapTitle"), "Rekruttering av unge")
    QApplication.processEvents()
    assert "Rekruttering av unge: today" in chart.accessibleDescription()
    assert chart.height() == height  # the same rows: the same height

    click(qtbot, ws, "gapsAdd")
    qtbot.waitUntil(lambda: chart.height() > height)  # a row more: laid out again, taller
    assert len(chart.bars) == rows + 1
