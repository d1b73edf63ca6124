"""Step 5 as a user works in it: a measurement just added shows at once in the KPI's row above it, the
same moment the chart draws its point — not only after leaving the step and coming back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from verktoykasse.ui.wizard.row_table import RowTable
from wizard_support import click, kpi_in_step_5, norwegian_numbers, on_page, type_date, type_into  # noqa: F401

pytestmark = pytest.mark.usefixtures("norwegian_numbers")


def test_a_new_measurement_shows_in_the_kpi_row_at_once(start_window, answer_next_dialog, qtbot):
    ws = kpi_in_step_5(start_window(), answer_next_dialog, qtbot)
    kpis = on_page(ws, RowTable, "evaluationKpisList")
    now = [
        kpis.model().headerData(c, Qt.Orientation.Horizontal) for c in range(kpis.model().columnCount())
    ].index("Now")
    assert kpis.cell_text(0, now) == "–"

    click(qtbot, ws, "measurementsAdd")
    assert kpis.cell_text(0, now) == "1"  # the new measurement starts at the last value
    type_date(qtbot, ws, "measurementMeasuredOn", "30.06.2027")
    value = on_page(ws, QLineEdit, "measurementValue")
    type_into(qtbot, value, "3")
    qtbot.keyClick(value, "\r")  # Enter: the number is read
    assert on_page(ws, RowTable, "evaluationKpisList").cell_text(0, now) == "3"
