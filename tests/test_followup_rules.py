"""The follow-up rules without a screen: when a KPI is to be measured again, which milestones and
measures need the owner, when the board hears next, and the one status function for KPIs and measures."""

from __future__ import annotations

import datetime as dt

import pytest

from verktoykasse.domain.followup import (
    DueKind,
    add_months,
    agendas,
    measurement_due,
    next_report,
    plan_agenda,
    report_dates,
)
from verktoykasse.domain.status import KpiState, kpi_status, measure_state, measure_status_label
from verktoykasse.storage.models import Goal, Kpi, Measure, Measurement, Milestone, Plan

D = dt.date
TODAY = D(2027, 3, 15)


def kpi_measured(frequency: str, *days: dt.date, **values) -> Kpi:
    kpi = Kpi(name="Lærlinger", frequency=frequency, direction="higher", **values)
    kpi.measurements = [Measurement(measured_on=day, value=1.0) for day in days]
    return kpi


@pytest.mark.parametrize(
    ("frequency", "last", "due"),
    [
        ("monthly", D(2027, 1, 10), D(2027, 2, 10)),
        ("monthly", D(2027, 1, 31), D(2027, 2, 28)),  # the month's last day, not 3 March
        ("monthly", D(2028, 1, 31), D(2028, 2, 29)),  # a leap year
        ("monthly", D(2027, 12, 5), D(2028, 1, 5)),  # across the new year
        ("quarterly", D(2027, 1, 10), D(2027, 4, 10)),
        ("quarterly", D(2026, 11, 30), D(2027, 2, 28)),
        ("half_yearly", D(2026, 8, 31), D(2027, 2, 28)),
        ("half_yearly", D(2027, 1, 1), D(2027, 7, 1)),
        ("yearly", D(2026, 3, 15), D(2027, 3, 15)),
        ("yearly", D(2024, 2, 29), D(2025, 2, 28)),
    ],
)
def test_the_next_measurement_is_one_interval_after_the_last(frequency, last, due):
    earlier = last - dt.timedelta(days=400)
    assert measurement_due(kpi_measured(frequency, earlier, last), TODAY) == due


def test_a_kpi_never_measured_is_due_one_interval_into_the_period_or_now_without_a_period():
    never = kpi_measured("quarterly")
    assert measurement_due(never, TODAY, period_start=D(2027, 1, 1)) == D(2027, 4, 1)
    assert measurement_due(never, TODAY, period_start=None) == TODAY


@pytest.mark.parametrize("frequency", ["", None, "fortnightly"])
def test_a_kpi_without_a_known_frequency_is_never_due(frequency):
    assert measurement_due(kpi_measured(frequency, D(2020, 1, 1)), TODAY) is None


def test_dates_far_away_are_overdue_or_not_due_never_an_error():
    assert measurement_due(kpi_measured("yearly", D(1, 1, 1)), TODAY) == D(2, 1, 1)  # long overdue
    assert measurement_due(kpi_measured("yearly", D(9999, 6, 1)), TODAY) is None  # past the calendar
    assert add_months(D(9999, 12, 31), 1) is None
    plan = a_plan(period=(None, None))
    plan.measures[0].milestones[0].due_date = D(1, 1, 1)
    plan.measures[0].milestones[1].due_date = D(9999, 12, 31)
    items = plan_agenda(plan, TODAY).items
    assert [(i.kind, i.due) for i in items if i.kind == DueKind.MILESTONE] == [
        (DueKind.MILESTONE, D(1, 1, 1))
    ]
    assert plan_agenda(plan, D(9999, 12, 31)).items  # even "today" at the end of the calendar


YEAR_2027 = (D(2027, 1, 1), D(2027, 12, 31))


def a_plan(period=YEAR_2027, reporting="quarterly") -> Plan:
    plan = Plan(id=1, name="Bakeriet 2027", period_start=period[0], period_end=period[1])
    plan.reporting_frequency = reporting
    plan.is_example = False
    goal = Goal(id=1, title="Flere lærlinger")
    goal.kpis = [
        kpi_measured("monthly", D(2027, 1, 31), id=1, baseline=0.0, target=4.0, unit="personer"),
        kpi_measured("yearly", D(2027, 1, 31), id=2),
    ]
    plan.goals = [goal]
    bake = Measure(id=1, title="Mentor for nye bakere", status="in_progress", deadline=D(2027, 3, 1))
    bake.milestones = [
        Milestone(id=1, title="Mentor valgt", due_date=D(2027, 3, 1), done=False),
        Milestone(id=2, title="Første samtale", due_date=D(2027, 4, 10), done=False),
        Milestone(id=3, title="Plan skrevet", due_date=D(2027, 2, 1), done=True),
        Milestone(id=4, title="Uten dato", due_date=None, done=False),
        Milestone(id=5, title="Langt fram", due_date=D(2027, 9, 1), done=False),
    ]
    finished = Measure(id=2, title="Annonse", status="done", deadline=D(2027, 2, 1))
    finished.milestones = [Milestone(id=6, title="Skrevet", due_date=D(2027, 1, 1), done=False)]
    undated = Measure(id=3, title="Uten datoer", status="planned")
    plan.measures = [bake, finished, undated]
    return plan


def test_the_agenda_lists_what_the_owner_must_do_in_date_order():
    agenda = plan_agenda(a_plan(), TODAY)
    assert [(i.kind, i.title, i.due) for i in agenda.items] == [
        (DueKind.MEASUREMENT, "Lærlinger", D(2027, 2, 28)),  # monthly, last 31 January
        (DueKind.MILESTONE, "Mentor valgt", D(2027, 3, 1)),  # overdue
        (DueKind.LATE_MEASURE, "Mentor for nye bakere", D(2027, 3, 1)),
        (DueKind.BOARD_REPORT, "Bakeriet 2027", D(2027, 4, 1)),  # quarterly from 1 January
        (DueKind.MILESTONE, "Første samtale", D(2027, 4, 10)),  # within 30 days
    ]
    milestone = agenda.items[1]
    assert milestone.context == "Mentor for nye bakere"
    assert milestone.overdue(TODAY) and milestone.step == "measures" and milestone.row_kind == "milestone"
    assert agenda.items[0].unit == "personer" and agenda.items[0].step == "evaluation"
    assert agenda.next_report == D(2027, 4, 1)


def test_a_plan_with_nothing_to_do_has_an_empty_agenda_and_a_plan_with_no_dates_too():
    quiet = Plan(id=2, name="Tom plan", is_example=False)
    assert plan_agenda(quiet, TODAY).items == [] and plan_agenda(quiet, TODAY).next_report is None
    measure = Measure(id=9, title="Uten datoer", status="planned")
    measure.milestones = [Milestone(id=9, title="Uten dato", done=False)]
    quiet.measures = [measure]
    assert plan_agenda(quiet, TODAY).items == []


def test_the_board_reports_follow_the_reporting_frequency_through_the_period():
    plan = a_plan(reporting="quarterly")
    assert report_dates(plan) == [D(2027, 4, 1), D(2027, 7, 1), D(2027, 10, 1), D(2027, 12, 31)]
    assert next_report(plan, D(2027, 4, 2)) == D(2027, 7, 1)
    assert next_report(plan, D(2028, 1, 1)) is None
    plan.reporting_frequency = ""
    assert report_dates(plan) == []
    assert report_dates(a_plan(period=(None, None))) == []
    endless = a_plan(period=(D(2027, 1, 1), None), reporting="yearly")
    assert report_dates(endless) == [D(2028 + n, 1, 1) for n in range(5)]


def test_after_the_period_nothing_is_due_and_the_next_cycle_replaces_the_old_plan():
    old = a_plan()
    agenda = plan_agenda(old, D(2028, 2, 1))
    assert agenda.items == [] and agenda.ended_on == D(2027, 12, 31)
    new = Plan(id=7, name="Bakeriet 2028", previous_plan_id=1, is_example=False)
    example = Plan(id=8, name="Eksempel", is_example=True)
    assert [a.plan_id for a in agendas([new, old, example], TODAY)] == [7]


def series(direction: str, *values: float, baseline: float | None = 50, target: float | None = 90) -> Kpi:
    kpi = Kpi(name="x", baseline=baseline, target=target, direction=direction)
    kpi.measurements = [
        Measurement(measured_on=D(2027, 1, 1) + dt.timedelta(days=30 * n), value=v)
        for n, v in enumerate(values)
    ]
    return kpi


@pytest.mark.parametrize(
    ("direction", "values", "state"),
    [
        ("higher", (), KpiState.NO_DATA),
        ("higher", (60, 70, 80), KpiState.IMPROVING),  # rising, higher is better
        ("higher", (100, 75), KpiState.WORSE),  # falling, though still above the baseline
        ("higher", (70, 70), KpiState.UNCHANGED),  # flat
        ("higher", (60,), KpiState.IMPROVING),  # one value: against the baseline
        ("higher", (40,), KpiState.WORSE),
        ("higher", (80, 95), KpiState.REACHED),
        ("higher", (95, 92), KpiState.REACHED),  # past the target beats a small fall
        ("lower", (40, 30, 20), KpiState.IMPROVING),  # falling, lower is better
        ("lower", (20, 30), KpiState.WORSE),  # rising, lower is better
        ("lower", (30, 30), KpiState.UNCHANGED),
        ("lower", (8,), KpiState.REACHED),
    ],
)
def test_kpi_status_follows_the_trend_in_the_direction_that_is_better(direction, values, state):
    target = 10 if direction == "lower" else 90
    assert kpi_status(series(direction, *values, target=target)).state == state


def test_one_measurement_without_baseline_has_nothing_to_compare_with():
    assert kpi_status(series("higher", 60, baseline=None)).state == KpiState.MEASURED
    assert kpi_status(series("higher", 60, 70, baseline=None, target=None)).state == KpiState.IMPROVING


def test_in_the_example_plan_new_employees_staying_is_worse_not_improving(qapp, database):
    from verktoykasse.exchange.example_plan import example_plan

    with database.session() as session:
        plan = example_plan(session)
        kpi = next(k for g in plan.goals for k in g.kpis if k.name.startswith("Nyansatte"))
        assert [m.value for m in kpi.measurements] == [100, 75]
        status = kpi_status(kpi)
        assert status.state == KpiState.WORSE and status.label == "Worse"


def test_a_measure_open_past_its_deadline_is_late(qapp):
    measure = Measure(title="Mentor", status="in_progress", deadline=D(2027, 3, 1))
    assert measure_state(measure, TODAY) == "late"
    assert measure_status_label(measure, TODAY) == "Late (in progress)"
    assert measure_state(measure, D(2027, 3, 1)) == "in_progress"  # on the day itself: not yet
    measure.status = "done"
    assert measure_state(measure, TODAY) == "done" and measure_status_label(measure, TODAY) == "Done"
    assert measure_state(Measure(status="planned"), TODAY) == "planned"  # no deadline: never late


def test_the_board_reads_late_and_worse_in_the_pdf(qapp, database):
    from test_report_pdf import add_filled_plan, pages_text
    from verktoykasse.reports.document import build_action_plan
    from verktoykasse.storage.editing import load_plan

    with database.session() as session:
        plan_id = add_filled_plan(session)
        kpi = session.get(Kpi, 1)
        kpi.measurements.append(Measurement(measured_on=D(2027, 9, 1), value=0))  # 1 → 0: worse
        session.commit()
        # On 1 October 2027 the measure (deadline 31 August, in progress) is late.
        text = " ".join(
            " ".join(
                pages_text(
                    build_action_plan(
                        load_plan(session, plan_id), D(2027, 10, 1), language="en", catalogue=None
                    )
                )
            ).split()
        )
    assert "Late (in progress)" in text
    assert "Worse" in text
    assert "Late: 1" in text
