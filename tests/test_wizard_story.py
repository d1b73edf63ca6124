"""A business owner takes a new plan through the profile and all five steps, closes the program, starts
it again and finds everything exactly as typed — links between gaps, goals, KPIs and measures included."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit

from verktoykasse.ui.wizard.charts import KpiChart
from verktoykasse.ui.wizard.row_table import RowTable
from wizard_support import click, new_plan, norwegian_numbers, on_page, type_date, type_into  # noqa: F401

pytestmark = pytest.mark.usefixtures("norwegian_numbers")

SAMI_NAME = "Máret Čoavddáš-Ŋuolláš"


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def test_a_plan_through_all_five_steps_is_there_after_a_restart(start_window, answer_next_dialog, qtbot):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    assert ws.current_step == "profile"

    # The profile of the business
    type_into(qtbot, on_page(ws, QLineEdit, "orgName"), "Bakeriet på hjørnet AS")
    type_into(qtbot, on_page(ws, QLineEdit, "orgNumber"), "974 760 673")
    type_into(qtbot, on_page(ws, QLineEdit, "employees"), "14")
    type_into(qtbot, on_page(ws, QLineEdit, "contactPerson"), SAMI_NAME)
    type_into(qtbot, on_page(ws, QPlainTextEdit, "problemStatement"), "Vi trenger flere bakere.")

    # Step 1: needs exploration
    qtbot.mouseClick(ws.next_button, Qt.MouseButton.LeftButton)
    assert ws.current_step == "needs"
    type_into(qtbot, on_page(ws, QPlainTextEdit, "labourNeed"), "Bakere tidlig om morgenen.")
    click(qtbot, ws, "participantsAdd")
    type_into(qtbot, on_page(ws, QLineEdit, "participantName"), "Kari Nordmann")
    type_into(qtbot, on_page(ws, QLineEdit, "participantOrganisation"), "NAV Fredrikstad")
    choose(on_page(ws, QComboBox, "participantKind"), "Nav")
    click(qtbot, ws, "needsAdd")
    choose(on_page(ws, QComboBox, "needSide"), "The target group's need")
    type_into(qtbot, on_page(ws, QPlainTextEdit, "needDescription"), "Faste rutiner og en mentor.")

    # Step 2: gap analysis, from the five typical areas
    ws.step_list.setCurrentRow(2)
    assert ws.current_step == "gaps"
    click(qtbot, ws, "insertGapTemplates")
    gaps = on_page(ws, RowTable, "gapsList")
    assert gaps.count() == 5
    gaps.setCurrentRow(1)  # recruitment
    type_into(qtbot, on_page(ws, QLineEdit, "gapCurrentScore"), "2")
    type_into(qtbot, on_page(ws, QLineEdit, "gapDesiredScore"), "4")
    choose(on_page(ws, QComboBox, "gapPriority"), "High")
    assert on_page(ws, QLabel, "gapSize").text() == "+2"
    recruitment = gaps.cell_text(gaps.currentRow(), 0) + " (priority: high)"  # as the goal shows it

    # Step 3: a goal for that gap, with a KPI
    qtbot.mouseClick(ws.next_button, Qt.MouseButton.LeftButton)
    click(qtbot, ws, "goalsAdd")
    type_into(qtbot, on_page(ws, QLineEdit, "goalTitle"), "Flere inkluderende rekrutteringer")
    choose(on_page(ws, QComboBox, "goalGap"), recruitment)
    click(qtbot, ws, "kpisAdd")
    type_into(qtbot, on_page(ws, QLineEdit, "kpiName"), "Nyansatte fra målgruppen")
    type_into(qtbot, on_page(ws, QLineEdit, "kpiUnit"), "personer")
    type_into(qtbot, on_page(ws, QLineEdit, "kpiBaseline"), "0")
    type_into(qtbot, on_page(ws, QLineEdit, "kpiTarget"), "1 234,5")

    # Step 4: a measure serving the goal, with a milestone
    qtbot.mouseClick(ws.next_button, Qt.MouseButton.LeftButton)
    click(qtbot, ws, "measuresAdd")
    type_into(qtbot, on_page(ws, QLineEdit, "measureTitle"), "Samarbeid med NAV")
    goal_list = on_page(ws, QListWidget, "measureGoals")
    goal_list.item(0).setCheckState(Qt.CheckState.Checked)
    type_into(qtbot, on_page(ws, QLineEdit, "measureOwner"), "Daglig leder")
    start = type_date(qtbot, ws, "measureStartDate", "1.1.2027")  # typed the Norwegian way
    assert start.text() == "1.1.2027"  # kept as typed, and read as the first of January:
    reading = on_page(ws, QLabel, "measureStartDateReading").text()
    assert reading.startswith("fredag 1") and reading.endswith("januar 2027")
    type_date(qtbot, ws, "measureDeadline", "31.12.2027")
    click(qtbot, ws, "milestonesAdd")
    type_into(qtbot, on_page(ws, QLineEdit, "milestoneTitle"), "Første møte")
    type_date(qtbot, ws, "milestoneDueDate", "01.03.2027")
    type_into(qtbot, on_page(ws, QLineEdit, "workOwner"), "Ledergruppen")

    # Step 5: a measurement of the KPI, and a lesson
    qtbot.mouseClick(ws.next_button, Qt.MouseButton.LeftButton)
    assert on_page(ws, RowTable, "evaluationKpisList").count() == 1
    click(qtbot, ws, "measurementsAdd")
    type_date(qtbot, ws, "measurementMeasuredOn", "30.06.2027")
    type_into(qtbot, on_page(ws, QLineEdit, "measurementValue"), "3")
    click(qtbot, ws, "lessonsAdd")
    type_into(qtbot, on_page(ws, QPlainTextEdit, "lessonText"), "Mentor fra dag én virker.")
    window.close()

    # The next morning
    again = start_window()
    again.home.open_selected()
    ws = again.plan_page
    assert ws.current_step == "evaluation"  # where the user left
    assert on_page(ws, RowTable, "measurementsList").row_texts(0) == ["30.06.2027", "3 personer"]
    assert on_page(ws, QPlainTextEdit, "lessonText").toPlainText() == "Mentor fra dag én virker."
    chart = ws.current_page().findChild(KpiChart, "kpiChart")
    assert chart.series.points == [(dt.date(2027, 6, 30), 3.0)]
    assert (chart.series.baseline, chart.series.target) == (0.0, 1234.5)

    ws.go_to("profile")
    assert on_page(ws, QLineEdit, "orgName").text() == "Bakeriet på hjørnet AS"
    assert on_page(ws, QLineEdit, "orgNumber").text() == "974 760 673"
    assert on_page(ws, QLineEdit, "employees").text() == "14"
    assert on_page(ws, QLineEdit, "contactPerson").text() == SAMI_NAME
    assert on_page(ws, QPlainTextEdit, "problemStatement").toPlainText() == "Vi trenger flere bakere."

    ws.go_to("needs")
    assert on_page(ws, QPlainTextEdit, "labourNeed").toPlainText() == "Bakere tidlig om morgenen."
    assert on_page(ws, QLineEdit, "participantName").text() == "Kari Nordmann"
    assert on_page(ws, QComboBox, "participantKind").currentText() == "Nav"
    assert on_page(ws, QComboBox, "needSide").currentText() == "The target group's need"

    ws.go_to("gaps")
    gaps = on_page(ws, RowTable, "gapsList")
    gaps.setCurrentRow(1)
    assert on_page(ws, QLineEdit, "gapCurrentScore").text() == "2"
    assert on_page(ws, QLineEdit, "gapDesiredScore").text() == "4"
    assert on_page(ws, QComboBox, "gapPriority").currentText() == "High"

    ws.go_to("goals")
    assert on_page(ws, QLineEdit, "goalTitle").text() == "Flere inkluderende rekrutteringer"
    assert on_page(ws, QComboBox, "goalGap").currentText() == recruitment
    assert on_page(ws, QLineEdit, "kpiName").text() == "Nyansatte fra målgruppen"
    assert on_page(ws, QLineEdit, "kpiTarget").text() == "1 234,5".replace(" ", "\u00a0")

    ws.go_to("measures")
    assert on_page(ws, QLineEdit, "measureTitle").text() == "Samarbeid med NAV"
    assert on_page(ws, QListWidget, "measureGoals").item(0).checkState() == Qt.CheckState.Checked
    assert on_page(ws, QLineEdit, "measureOwner").text() == "Daglig leder"
    assert on_page(ws, QLineEdit, "measureDeadline").text() == "31.12.2027"
    assert on_page(ws, QLineEdit, "milestoneTitle").text() == "Første møte"
    assert on_page(ws, QLineEdit, "workOwner").text() == "Ledergruppen"
