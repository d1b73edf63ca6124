"""Measures that recur rather than end: a quarterly meeting with Nav, a yearly evaluation meeting.

Each occurrence shows in "Now", in the calendar and on the PDF's timeline; ticking one records that it was
held, with a note, and a qualitative goal followed by such a measure is never asked for a number.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QCheckBox, QLineEdit

from verktoykasse.domain.followup import DueKind, occurrences, open_occurrences, plan_agenda
from verktoykasse.domain.status import measure_state
from verktoykasse.storage.models import Goal, Measure, MeasureOccurrence, Plan

D = dt.date
TODAY = D(2027, 4, 20)


JANUARY_15 = D(2027, 1, 15)


def recurring(recurrence: str, start=JANUARY_15, end=None, held=()) -> Measure:
    measure = Measure(id=1, title="Møte med Nav", status="in_progress", recurrence=recurrence)
    measure.start_date, measure.recurrence_end = start, end
    measure.occurrences = [MeasureOccurrence(due_on=day, held_on=day) for day in held]
    return measure


@pytest.mark.parametrize(
    ("recurrence", "dates"),
    [
        ("monthly", [D(2027, 1, 15), D(2027, 2, 15), D(2027, 3, 15), D(2027, 4, 15), D(2027, 5, 15)]),
        ("quarterly", [D(2027, 1, 15), D(2027, 4, 15)]),
        ("half_yearly", [D(2027, 1, 15)]),
        ("yearly", [D(2027, 1, 15)]),
        ("", []),
        ("fortnightly", []),
    ],
)
def test_a_recurring_measure_falls_on_one_date_per_interval_from_its_start(recurrence, dates):
    assert occurrences(recurring(recurrence), until=D(2027, 5, 31)) == dates


def test_its_own_end_the_plans_start_and_no_start_at_all():
    assert occurrences(recurring("monthly", end=D(2027, 2, 28)), until=D(2027, 12, 31)) == [
        D(2027, 1, 15),
        D(2027, 2, 15),
    ]
    no_start = recurring("quarterly", start=None)
    assert occurrences(no_start, D(2027, 7, 1), period_start=D(2027, 1, 1)) == [
        D(2027, 1, 1),
        D(2027, 4, 1),
        D(2027, 7, 1),
    ]
    assert occurrences(no_start, D(2027, 7, 1)) == []  # nothing to count from: never due


def test_only_the_occurrences_not_held_from_one_interval_back_are_due_and_it_is_never_late():
    measure = recurring("monthly", held=[D(2027, 4, 15)])
    measure.deadline = D(2027, 3, 31)  # past: a recurring measure is followed by its occurrences instead
    # March 15 is more than a month back (history); April 15 was held; May 15 is within 30 days.
    assert open_occurrences(measure, TODAY) == [D(2027, 5, 15)]
    assert measure_state(measure, TODAY) == "in_progress"
    plan = Plan(id=1, name="Bakeriet 2027", is_example=False)
    plan.measures = [measure]
    items = plan_agenda(plan, TODAY).items
    assert [(i.kind, i.due, i.row_id) for i in items] == [(DueKind.OCCURRENCE, D(2027, 5, 15), 1)]


def test_a_qualitative_goal_followed_by_a_recurring_measure_is_never_asked_for_a_number(qapp):
    from verktoykasse.domain.readiness import board_gaps

    plan = Plan(id=1, name="Bakeriet 2027", period_start=D(2027, 1, 1), period_end=D(2027, 12, 31))
    plan.org_name = plan.org_number = ""  # as a stored plan has them
    goal = Goal(id=1, title="Et varmere arbeidsmiljø")  # no KPI
    measure = recurring("quarterly")
    measure.owner, measure.deadline = "Kari", D(2027, 12, 31)
    measure.goals = [goal]
    plan.goals, plan.measures = [goal], [measure]
    assert board_gaps(plan, TODAY) == []
    assert not [i for i in plan_agenda(plan, TODAY).items if i.kind == DueKind.MEASUREMENT]


def add_plan_with_a_quarterly_meeting(database) -> int:
    with database.session() as session:
        plan = Plan(name="Bakeriet 2027", period_start=D(2027, 1, 1), period_end=D(2027, 12, 31))
        measure = Measure(title="Kvartalsmøte med Nav", owner="Kari", status="in_progress")
        measure.start_date, measure.recurrence = D(2027, 1, 15), "quarterly"
        plan.measures.append(measure)
        session.add(plan)
        session.commit()
        return plan.id


def test_ticked_as_held_in_now_with_a_note_it_is_in_the_plan_after_a_restart(qtbot, data_dir, context):
    from test_followup_now import start
    from verktoykasse.ui.wizard.list_editor import ListEditor

    plan_id = add_plan_with_a_quarterly_meeting(context.database)
    context.close()
    window = start(qtbot, data_dir, TODAY)
    panel = window.home.now
    held = panel.findChild(QCheckBox, "nowOccurrenceHeld")
    assert held.text() == "Was “Kvartalsmøte med Nav” held? It was due 15.04.2027"
    note = panel.findChild(QLineEdit, "nowOccurrenceNote")
    assert note.accessibleName() == "Note on “Kvartalsmøte med Nav” of 15.04.2027"
    qtbot.keyClicks(note, "Godt møte, to nye kandidater")
    held.click()
    window.close()

    again = start(qtbot, data_dir, TODAY)
    assert again.home.now.findChild(QCheckBox, "nowOccurrenceHeld") is None  # July is more than 30 days off
    again.open_plan(plan_id)
    workspace = again.plan_page
    workspace.go_to("measures")
    measures = workspace.current_page().measures
    times = measures.detail.findChild(ListEditor, "occurrences")
    assert times.list.row_texts(0) == ["15.04.2027", "20.04.2027", "Godt møte, to nye kandidater"]


def test_the_calendar_repeats_a_recurring_measure_and_the_pdf_timeline_marks_each_time(
    qapp, database, tmp_path
):
    import icalendar

    from test_report_pdf import pages_text
    from verktoykasse.reports.calendar import write_calendar
    from verktoykasse.reports.document import build_action_plan
    from verktoykasse.reports.timeline import timeline_rows
    from verktoykasse.storage.editing import load_plan
    from verktoykasse.storage.followup import load_plan_to_follow, record_held

    plan_id = add_plan_with_a_quarterly_meeting(database)
    with database.session() as session:
        measure_id = session.get(Plan, plan_id).measures[0].id
        record_held(session, measure_id, D(2027, 1, 15), D(2027, 1, 15), "")
        write_calendar(load_plan_to_follow(session, plan_id), tmp_path / "plan.ics", TODAY)
        plan = load_plan(session, plan_id)
        text = " ".join(pages_text(build_action_plan(plan, TODAY, language="en", catalogue=None)))
        (row,) = timeline_rows(plan, TODAY)
    (event,) = icalendar.Calendar.from_ical((tmp_path / "plan.ics").read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == "Bakeriet 2027: “Kvartalsmøte med Nav” (recurring)"
    assert event.decoded("dtstart") == D(2027, 1, 15)
    assert event["rrule"]["FREQ"] == ["MONTHLY"] and event["rrule"]["INTERVAL"] == [3]
    # The timeline marks each time: January held (a filled ring), April, July, October to come (open rings),
    # and its legend says which ring is which.
    assert row.times == (
        (D(2027, 1, 15), True),
        (D(2027, 4, 15), False),
        (D(2027, 7, 15), False),
        (D(2027, 10, 15), False),
    )
    assert "recurs" in text and "held" in text
