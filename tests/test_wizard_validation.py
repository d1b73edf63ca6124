"""Validation helps and never blocks: each message stands beside its field, in the user's language, and
everything else is saved; a number that cannot be read is not stored while its text stays in the field."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLineEdit

from verktoykasse.storage.models import GapArea, Kpi, Plan
from wizard_support import click, message, new_plan, norwegian_numbers, on_page, stored, type_date, type_into  # noqa: F401

pytestmark = pytest.mark.usefixtures("norwegian_numbers")


def test_an_organisation_number_with_a_wrong_check_digit_is_explained_beside_the_field(
    start_window, answer_next_dialog, qtbot
):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    type_into(qtbot, on_page(ws, QLineEdit, "orgNumber"), "974 760 674")
    assert "check digit" in message(ws, "orgNumberMessage")
    type_into(qtbot, on_page(ws, QLineEdit, "orgNumber"), "97476")
    assert "9 digits" in message(ws, "orgNumberMessage")
    type_into(qtbot, on_page(ws, QLineEdit, "orgName"), "Bakeriet")
    # What was typed is kept, the rest of the profile too.
    assert stored(window, Plan, id=ws.plan_id).org_number == "97476"
    assert stored(window, Plan, id=ws.plan_id).org_name == "Bakeriet"
    type_into(qtbot, on_page(ws, QLineEdit, "orgNumber"), "974760673")
    assert message(ws, "orgNumberMessage") == ""


def test_the_organisation_number_as_printed_on_an_invoice_is_understood_and_kept_as_typed(
    start_window, answer_next_dialog, qtbot
):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    for printed in ("NO 974 760 673 MVA", "Org.nr. 974 760 673", "org nr: 974760673"):
        type_into(qtbot, on_page(ws, QLineEdit, "orgNumber"), printed)
        assert message(ws, "orgNumberMessage") == ""
        assert on_page(ws, QLineEdit, "orgNumber").text() == printed
        assert stored(window, Plan, id=ws.plan_id).org_number == printed
    type_into(qtbot, on_page(ws, QLineEdit, "orgNumber"), "NO 974 760 674 MVA")
    assert "check digit" in message(ws, "orgNumberMessage")  # the check digit still applies


def test_a_period_that_ends_before_it_starts_is_pointed_out(start_window, answer_next_dialog, qtbot):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    type_date(qtbot, ws, "periodStart", "01.06.2027")
    type_date(qtbot, ws, "periodEnd", "01.01.2027")
    assert "deadline is before the start" in message(ws, "periodEndMessage")
    assert stored(window, Plan, id=ws.plan_id).period_end == dt.date(2027, 1, 1)
    type_date(qtbot, ws, "periodEnd", "31.12.2027")
    assert message(ws, "periodEndMessage") == ""


def test_a_measure_deadline_before_its_start_and_a_milestone_outside_it(
    start_window, answer_next_dialog, qtbot
):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("measures")
    click(qtbot, ws, "measuresAdd")
    type_date(qtbot, ws, "measureStartDate", "01.03.2027")
    type_date(qtbot, ws, "measureDeadline", "01.02.2027")
    assert "deadline is before the start" in message(ws, "measureDeadlineMessage")

    type_date(qtbot, ws, "measureDeadline", "30.06.2027")
    assert message(ws, "measureDeadlineMessage") == ""
    click(qtbot, ws, "milestonesAdd")
    type_date(qtbot, ws, "milestoneDueDate", "01.08.2027")
    assert "after the measure's deadline" in message(ws, "milestoneDueDateMessage")
    type_date(qtbot, ws, "milestoneDueDate", "15.01.2027")
    assert "before the measure starts" in message(ws, "milestoneDueDateMessage")
    type_date(qtbot, ws, "milestoneDueDate", "01.04.2027")
    assert message(ws, "milestoneDueDateMessage") == ""


def test_a_kpi_value_that_is_not_a_number_is_not_stored_but_stays_in_the_field(
    start_window, answer_next_dialog, qtbot
):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("goals")
    click(qtbot, ws, "goalsAdd")
    click(qtbot, ws, "kpisAdd")
    type_into(qtbot, on_page(ws, QLineEdit, "kpiBaseline"), "1 234,5")
    assert message(ws, "kpiBaselineMessage") == ""
    assert stored(window, Kpi, name="New KPI").baseline == 1234.5

    type_into(qtbot, on_page(ws, QLineEdit, "kpiBaseline"), "ca. 40")
    type_into(qtbot, on_page(ws, QLineEdit, "kpiUnit"), "personer")
    assert message(ws, "kpiBaselineMessage") == "⚠ Write only the number here, without “ca.”, for example 40."
    assert on_page(ws, QLineEdit, "kpiBaseline").text() == "ca. 40"
    kpi = stored(window, Kpi, name="New KPI")
    assert kpi.baseline == 1234.5  # the last readable number, not the text
    assert kpi.unit == "personer"  # everything else saves


def test_a_score_outside_one_to_five_is_explained_and_not_stored(start_window, answer_next_dialog, qtbot):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("gaps")
    click(qtbot, ws, "gapsAdd")
    type_into(qtbot, on_page(ws, QLineEdit, "gapCurrentScore"), "7")
    assert "from 1 to 5" in message(ws, "gapCurrentScoreMessage")
    assert stored(window, GapArea, plan_id=ws.plan_id).current_score is None
    type_into(qtbot, on_page(ws, QLineEdit, "gapCurrentScore"), "3")
    assert message(ws, "gapCurrentScoreMessage") == ""
    assert stored(window, GapArea, plan_id=ws.plan_id).current_score == 3


def test_a_number_is_stored_only_as_the_user_meant_it(start_window, answer_next_dialog, qtbot):
    """Typing "12,3,4" key by key never stores 12,3 on the way; only what stands when the user pauses
    or leaves counts, and the text stays as typed."""
    from wizard_support import pause

    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("goals")
    click(qtbot, ws, "goalsAdd")
    click(qtbot, ws, "kpisAdd")
    baseline = on_page(ws, QLineEdit, "kpiBaseline")
    baseline.setFocus()
    qtbot.keyClicks(baseline, "12,3")  # part-way, no pause yet
    assert stored(window, Kpi, name="New KPI").baseline is None
    assert message(ws, "kpiBaselineMessage") == ""
    qtbot.keyClicks(baseline, ",4")
    pause(qtbot)
    assert "Write a number" in message(ws, "kpiBaselineMessage")
    assert stored(window, Kpi, name="New KPI").baseline is None  # never 12,3
    assert baseline.text() == "12,3,4"

    baseline.selectAll()
    qtbot.keyClicks(baseline, "1234,5")
    pause(qtbot)
    assert message(ws, "kpiBaselineMessage") == ""
    assert stored(window, Kpi, name="New KPI").baseline == 1234.5
    assert baseline.text() == "1234,5"  # the user's own text, not reformatted under their cursor

    target = on_page(ws, QLineEdit, "kpiTarget")
    target.setFocus()
    qtbot.keyClicks(target, "40")
    ws.go_to("measures")  # straight on, without a pause: leaving the page saves
    assert stored(window, Kpi, name="New KPI").target == 40
    ws.go_to("goals")
    assert on_page(ws, QLineEdit, "kpiTarget").text() == "40"


def test_a_number_typed_just_before_closing_is_kept(start_window, answer_next_dialog, qtbot):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    employees = on_page(ws, QLineEdit, "employees")
    employees.setFocus()
    qtbot.keyClicks(employees, "14")
    window.close()  # closes the database too: read the file as the next start will
    from verktoykasse.storage.db import open_database

    database = open_database(window.context.paths.database)
    try:
        with database.session() as session:
            assert session.get(Plan, ws.plan_id).employees == 14
    finally:
        database.close()


def test_an_amount_past_what_a_plan_file_holds_is_explained_and_the_last_one_kept(
    start_window, answer_next_dialog, qtbot, tmp_path
):
    """999 999 999 999 kr is an amount; 10^20 kr (a finger on the 0 key, or "1e20") is refused beside the
    field, so every amount the plan holds travels in its plan file and prints."""
    from verktoykasse.exchange.plan_json import export_plan_file, import_plan_file
    from verktoykasse.storage.models import Measure

    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("measures")
    click(qtbot, ws, "measuresAdd")
    cost = on_page(ws, QLineEdit, "measureCostNok")
    type_into(qtbot, cost, "999 999 999 999 kr")
    assert message(ws, "measureCostNokMessage") == ""
    assert stored(window, Measure, plan_id=ws.plan_id).cost_nok == 999_999_999_999

    for typed in ("1e20", "100 000 000 000 000 000 000", "-2 000 000 000 000 000"):
        type_into(qtbot, cost, typed)
        assert message(ws, "measureCostNokMessage") == (
            "⚠ This number is too large: the field holds numbers up to a million billion "
            "(1\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000), plus or minus."
        )
        assert cost.text() == typed
        assert stored(window, Measure, plan_id=ws.plan_id).cost_nok == 999_999_999_999

    with window.database.session() as session:
        path = export_plan_file(session, session.get(Plan, ws.plan_id), tmp_path / "plan.json")
        assert import_plan_file(session, path).measures[0].cost_nok == 999_999_999_999


def test_a_count_past_what_a_plan_file_holds_is_explained_and_the_last_one_kept(
    start_window, answer_next_dialog, qtbot, tmp_path
):
    """Ten million employees is a count; twenty million (a zero too many) is refused beside the field, so
    the plan's plan file imports again."""
    from verktoykasse.exchange.plan_json import export_plan_file, import_plan_file

    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    employees = on_page(ws, QLineEdit, "employees")
    type_into(qtbot, employees, "10 000 000")
    assert message(ws, "employeesMessage") == ""
    type_into(qtbot, employees, "20 000 000")
    assert message(ws, "employeesMessage") == (
        "⚠ This number is too large: the field holds whole numbers up to ten million (10\u00a0000\u00a0000)."
    )
    assert stored(window, Plan, id=ws.plan_id).employees == 10_000_000

    with window.database.session() as session:
        path = export_plan_file(session, session.get(Plan, ws.plan_id), tmp_path / "plan.json")
        assert import_plan_file(session, path).employees == 10_000_000


def test_an_amount_past_the_limit_stored_before_there_was_one_is_pointed_out_beside_its_field(
    start_window, answer_next_dialog, qtbot
):
    """10^20 kr typed before the fields had a limit stays as it is, and its field says what to write, so
    the owner finds the one number that keeps the plan file from importing."""
    from verktoykasse.storage.models import Measure

    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("measures")
    click(qtbot, ws, "measuresAdd")
    with window.database.session() as session:
        session.query(Measure).filter_by(plan_id=ws.plan_id).one().cost_nok = 1e20
        session.query(Plan).filter_by(id=ws.plan_id).one().employees = 20_000_000
        session.commit()
    plan_id = ws.plan_id
    window.show_home()
    window.open_plan(plan_id)
    ws = window.plan_page
    ws.go_to("profile")
    assert message(ws, "employeesMessage") == (
        "⚠ This number is too large: the field holds whole numbers up to ten million (10\u00a0000\u00a0000)."
    )
    ws.go_to("measures")
    assert message(ws, "measureCostNokMessage").startswith("⚠ This number is too large")
    assert stored(window, Measure, plan_id=plan_id).cost_nok == 1e20
