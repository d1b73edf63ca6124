"""The owner plans a hire on a measure and writes what the board should decide, in the wizard: the
estimate of what Nav may pay back follows what they type, and a wage of 0 or a job percentage of 150 gets
a message beside its field instead of a figure that cannot be right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget

from verktoykasse.storage.models import BoardDecision, Plan, PlannedHire
from wizard_support import click, new_plan, on_page, pause, type_date, type_into


def _tick(ws, scheme_text: str) -> None:
    schemes = on_page(ws, QListWidget, "hireSchemes")
    item = next(schemes.item(i) for i in range(schemes.count()) if schemes.item(i).text() == scheme_text)
    item.setCheckState(Qt.CheckState.Checked)


def test_a_planned_hire_shows_its_estimate_and_its_problems_beside_the_fields(
    start_window, answer_next_dialog, qtbot
):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("measures")
    click(qtbot, ws, "measuresAdd")
    click(qtbot, ws, "plannedHiresAdd")
    estimate = on_page(ws, QLabel, "hireEstimate")
    assert "Choose the scheme" in on_page(ws, QLabel, "hireSchemesMessage").text()
    _tick(ws, "Midlertidig lønnstilskudd")
    type_date(qtbot, ws, "hireStartDate", "01.02.2027")
    type_into(qtbot, on_page(ws, QLineEdit, "hireMonthlyWage"), "0")
    pause(qtbot)
    assert "above 0" in on_page(ws, QLabel, "hireMonthlyWageMessage").text()
    assert "No estimate yet" in estimate.text()

    type_into(qtbot, on_page(ws, QLineEdit, "hireMonthlyWage"), "30 000")
    type_into(qtbot, on_page(ws, QLineEdit, "hireJobPercent"), "150")
    pause(qtbot)
    assert "at most 100" in on_page(ws, QLabel, "hireJobPercentMessage").text()
    assert on_page(ws, QLabel, "hireMonthlyWageMessage").text() == ""
    assert "Expected from Nav" in estimate.text()
    assert "Estimate — Nav decides; the official page is the authority." in estimate.text()
    assert (
        "Expected subsidies" in on_page(ws, QLabel, "planBudget").text()
        or "subsidies" in on_page(ws, QLabel, "planBudget").text()
    )

    with window.database.session() as session:
        hire = session.query(PlannedHire).one()
        assert (hire.monthly_wage, hire.job_percent, hire.schemes) == (
            30000,
            150,
            "midlertidig_lonnstilskudd",
        )


def test_the_board_decisions_and_the_approval_are_written_on_the_roles_part(
    start_window, answer_next_dialog, qtbot
):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("measures")
    click(qtbot, ws, "boardDecisionsAdd")
    type_into(qtbot, on_page(ws, QLineEdit, "decisionText"), "vedta handlingsplanen")
    type_into(qtbot, on_page(ws, QLineEdit, "approvedBy"), "Styreleder")
    type_into(qtbot, on_page(ws, QLineEdit, "hourlyCost"), "550")
    pause(qtbot)
    with window.database.session() as session:
        plan = session.query(Plan).one()
        assert [d.text for d in session.query(BoardDecision)] == ["vedta handlingsplanen"]
        assert (plan.approved_by, plan.hourly_cost, plan.report_language) == ("Styreleder", 550, "nb")
