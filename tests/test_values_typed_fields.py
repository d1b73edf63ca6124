"""The owner types amounts, percentages, counts, KPI values and dates into the wizard as they write them on
paper: what can be read is stored, what could be misread gets its message beside the field, the text stays
as typed, and nothing else in the plan changes. (The reader's whole table is ``test_values_typed.py``.)"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from verktoykasse.storage.models import Kpi, Measure, Plan, PlannedHire
from wizard_support import (  # noqa: F401
    click,
    message,
    new_plan,
    norwegian_numbers,
    on_page,
    pause,
    stored,
    type_date,
    type_into,
)

pytestmark = pytest.mark.usefixtures("norwegian_numbers")

NBSP = "\u00a0"


def empty(qtbot, edit: QLineEdit) -> None:
    """Select what is in the field and delete it, then pause."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    pause(qtbot)


def test_an_amount_written_the_english_way_is_refused_in_place_and_the_cost_before_it_is_kept(
    start_window, answer_next_dialog, qtbot
):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("measures")
    click(qtbot, ws, "measuresAdd")
    cost, hours = on_page(ws, QLineEdit, "measureCostNok"), on_page(ws, QLineEdit, "measureHours")
    type_into(qtbot, cost, "kr 12 500")
    type_into(qtbot, hours, "7,5")
    assert (stored(window, Measure, plan_id=ws.plan_id).cost_nok, message(ws, "measureCostNokMessage")) == (
        12500,
        "",
    )

    type_into(qtbot, cost, "1,234.50")
    assert message(ws, "measureCostNokMessage") == (
        f"⚠ Here the decimal sign is a comma, and a space parts the thousands: write 1{NBSP}234,50."
    )
    assert cost.text() == "1,234.50"  # as typed, to be corrected
    measure = stored(window, Measure, plan_id=ws.plan_id)
    assert (measure.cost_nok, measure.hours) == (12500, 7.5)  # the cost before it, and nothing else changed

    for typed, meant in [
        ("1 234,50 kr", 1234.5),
        ("1234,-", 1234),
        ("5 000,\u2013", 5000),
        ("NOK 1500", 1500),
    ]:
        type_into(qtbot, cost, typed)
        assert message(ws, "measureCostNokMessage") == ""
        assert stored(window, Measure, plan_id=ws.plan_id).cost_nok == meant

    type_into(qtbot, cost, "1 234 567 890 123 456")
    assert message(ws, "measureCostNokMessage") == (
        "⚠ This number is too large: the field holds numbers up to a million billion "
        f"(1{NBSP}000{NBSP}000{NBSP}000{NBSP}000{NBSP}000), plus or minus."
    )
    assert stored(window, Measure, plan_id=ws.plan_id).cost_nok == 1500

    empty(qtbot, cost)  # an emptied field: no cost
    assert message(ws, "measureCostNokMessage") == ""
    measure = stored(window, Measure, plan_id=ws.plan_id)
    assert (measure.cost_nok, measure.hours) == (None, 7.5)


def test_half_a_percent_or_a_half_time_job_is_asked_about_and_the_percentage_kept(
    start_window, answer_next_dialog, qtbot
):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("measures")
    click(qtbot, ws, "measuresAdd")
    click(qtbot, ws, "plannedHiresAdd")
    percent = on_page(ws, QLineEdit, "hireJobPercent")
    type_into(qtbot, on_page(ws, QLineEdit, "hireMonthlyWage"), "32 000 kr")
    type_into(qtbot, percent, "80 %")
    assert stored(window, PlannedHire).job_percent == 80

    type_into(qtbot, percent, "0,5")
    assert message(ws, "hireJobPercentMessage") == (
        "⚠ Is it 0,5 % or 50 %? Write 0,5 % for the first, or 50 for the second."
    )
    assert percent.text() == "0,5"
    hire = stored(window, PlannedHire)
    assert (hire.job_percent, hire.monthly_wage) == (80, 32000)

    type_into(qtbot, percent, "50")
    assert message(ws, "hireJobPercentMessage") == ""
    assert stored(window, PlannedHire).job_percent == 50


def test_a_count_with_a_thousands_comma_or_a_stray_space_is_refused_in_bokmaal_beside_the_field(
    qapp, start_window, answer_next_dialog, qtbot
):
    from verktoykasse.i18n import apply_language, clear_translators

    apply_language(qapp, "nb")
    try:
        window = start_window()
        ws = new_plan(window, answer_next_dialog)
        employees = on_page(ws, QLineEdit, "employees")
        type_into(qtbot, on_page(ws, QLineEdit, "orgName"), "Bakeriet")
        type_into(qtbot, employees, "1.234")  # the Norwegian thousands point: a count has no decimals
        assert stored(window, Plan, id=ws.plan_id).employees == 1234

        for typed, says in [
            ("1,234", f"Her er desimaltegnet komma, og tusener skilles med mellomrom: skriv 1{NBSP}234."),
            (
                "12 34",
                f"Er «12 34» ett tall? Skriv det som 1{NBSP}234: "
                "mellomrom står bare mellom grupper på tre sifre.",
            ),
        ]:
            type_into(qtbot, employees, typed)
            assert message(ws, "employeesMessage") == "⚠ " + says
            assert employees.text() == typed
            plan = stored(window, Plan, id=ws.plan_id)
            assert (plan.employees, plan.org_name) == (1234, "Bakeriet")

        type_into(qtbot, employees, "14")
        assert message(ws, "employeesMessage") == ""
        assert stored(window, Plan, id=ws.plan_id).employees == 14
    finally:
        clear_translators(qapp)


def test_a_kpi_value_in_percent_is_asked_about_and_one_in_persons_read(
    start_window, answer_next_dialog, qtbot
):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("goals")
    click(qtbot, ws, "goalsAdd")
    click(qtbot, ws, "kpisAdd")
    type_into(qtbot, on_page(ws, QLineEdit, "kpiName"), "Andel med tilrettelegging")
    type_into(qtbot, on_page(ws, QLineEdit, "kpiUnit"), "%")
    baseline = on_page(ws, QLineEdit, "kpiBaseline")
    type_into(qtbot, baseline, "12 %")
    type_into(qtbot, on_page(ws, QLineEdit, "kpiTarget"), "30")

    type_into(qtbot, baseline, "0,4")
    assert (
        message(ws, "kpiBaselineMessage")
        == "⚠ Is it 0,4 % or 40 %? Write 0,4 % for the first, or 40 for the second."
    )
    kpi = stored(window, Kpi, name="Andel med tilrettelegging")
    assert (kpi.baseline, kpi.target) == (12, 30)

    type_into(qtbot, baseline, "0,4 %")
    assert message(ws, "kpiBaselineMessage") == ""
    assert stored(window, Kpi, name="Andel med tilrettelegging").baseline == 0.4

    type_into(qtbot, on_page(ws, QLineEdit, "kpiUnit"), "personer")
    type_into(qtbot, baseline, "1 23")
    assert message(ws, "kpiBaselineMessage") == (
        "⚠ Is “1 23” one number? Write it as 123: a space goes only between groups of three digits."
    )
    type_into(qtbot, baseline, "3 personer")
    assert message(ws, "kpiBaselineMessage") == ""
    kpi = stored(window, Kpi, name="Andel med tilrettelegging")
    assert (kpi.baseline, kpi.target, kpi.unit) == (3, 30, "personer")


def test_a_date_whose_last_number_may_be_the_year_or_a_time_is_asked_about_and_the_date_kept(
    start_window, answer_next_dialog, qtbot
):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("needs")
    type_date(qtbot, ws, "workshopDate", "14.02.2027")

    edit = type_date(qtbot, ws, "workshopDate", "31.12 10")
    assert message(ws, "workshopDateMessage") == (
        "⚠ Is 10 the year 2010 or a time? For the year write 31.12.2010; a time is left out of this field."
    )
    assert edit.text() == "31.12 10"
    assert message(ws, "workshopDateReading") == ""  # no reading: nothing was read
    assert stored(window, Plan, id=ws.plan_id).workshop_date == dt.date(2027, 2, 14)

    type_date(qtbot, ws, "workshopDate", "31/12-27")
    assert message(ws, "workshopDateMessage") == ""
    assert stored(window, Plan, id=ws.plan_id).workshop_date == dt.date(2027, 12, 31)

    type_date(qtbot, ws, "workshopDate", "")  # emptied: no date
    assert stored(window, Plan, id=ws.plan_id).workshop_date is None


def test_hours_written_as_on_a_clock_are_refused_in_place_and_the_hours_before_kept(
    start_window, answer_next_dialog, qtbot
):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("measures")
    click(qtbot, ws, "measuresAdd")
    hours = on_page(ws, QLineEdit, "measureHours")
    type_into(qtbot, on_page(ws, QLineEdit, "measureCostNok"), "5 000")
    type_into(qtbot, hours, "40 timer")
    assert stored(window, Measure, plan_id=ws.plan_id).hours == 40

    type_into(qtbot, hours, "7:30")
    assert (
        message(ws, "measureHoursMessage") == "⚠ Write the hours as a number: 7,5 for 7 hours and 30 minutes."
    )
    type_into(qtbot, hours, "7.30")
    assert message(ws, "measureHoursMessage") == (
        "⚠ Is it 7,3 hours, or 7 hours and 30 minutes? Write 7,3 for the first, or 7,5 for the second."
    )
    assert hours.text() == "7.30"
    measure = stored(window, Measure, plan_id=ws.plan_id)
    assert (measure.hours, measure.cost_nok) == (40, 5000)

    type_into(qtbot, hours, "7,5 t")
    assert message(ws, "measureHoursMessage") == ""
    assert stored(window, Measure, plan_id=ws.plan_id).hours == 7.5
