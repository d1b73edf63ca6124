"""The plan's dates in the calendar people already use: an .ics file read back with ``icalendar``."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import icalendar

from verktoykasse.domain.lines import one_line
from verktoykasse.storage.models import Goal, Kpi, Measure, Measurement, Milestone, Plan

D = dt.date
TODAY = D(2027, 3, 15)
HOSTILE = 'Mentor; NAV, "Fjord"\r\nBEGIN:VEVENT\\n æøå č ŋ 🎉 <b>fet</b>'


def add_plan(database, name: str = "Bakeriet 2027", title: str = "Mentor for nye bakere") -> int:
    with database.session() as session:
        plan = Plan(
            name=name, period_start=D(2027, 1, 1), period_end=D(2027, 12, 31), reporting_frequency="quarterly"
        )
        goal = Goal(position=0, title="Flere lærlinger")
        kpi = Kpi(position=0, name="Lærlinger", unit="personer", frequency="monthly", target=4)
        kpi.measurements.append(Measurement(measured_on=D(2027, 1, 31), value=2))
        goal.kpis.append(kpi)
        measure = Measure(
            position=0, title=title, owner="Kari", status="in_progress", deadline=D(2027, 6, 30)
        )
        measure.milestones += [
            Milestone(position=0, title="Mentor valgt", due_date=D(2027, 4, 1)),
            Milestone(position=1, title="Ferdig", due_date=D(2027, 2, 1), done=True),
        ]
        done = Measure(position=1, title="Annonse", status="done", deadline=D(2027, 2, 1))
        plan.goals.append(goal)
        plan.measures += [measure, done]
        session.add(plan)
        session.commit()
        return plan.id


def export(database, plan_id: int, path: Path, today: dt.date = TODAY) -> icalendar.Calendar:
    from verktoykasse.reports.calendar import write_calendar
    from verktoykasse.storage.followup import load_plan_to_follow

    with database.session() as session:
        write_calendar(load_plan_to_follow(session, plan_id), path, today)
    return icalendar.Calendar.from_ical(path.read_bytes())


def events(calendar: icalendar.Calendar) -> dict[str, icalendar.Event]:
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


def test_every_date_of_the_plan_is_an_event_with_a_reminder_and_the_plans_name(qapp, database, tmp_path):
    plan_id = add_plan(database)
    found = events(export(database, plan_id, tmp_path / "plan.ics"))
    by_summary = {str(e["summary"]): e for e in found.values()}
    assert set(by_summary) == {
        "Bakeriet 2027: Milestone “Mentor valgt”",
        "Bakeriet 2027: Deadline for “Mentor for nye bakere”",
        "Bakeriet 2027: Measure the KPI “Lærlinger”",
        "Bakeriet 2027: Report to the board",  # each report date is its own event (see below)
    }
    milestone = by_summary["Bakeriet 2027: Milestone “Mentor valgt”"]
    assert milestone.decoded("dtstart") == D(2027, 4, 1)
    assert str(milestone["description"]) == "Measure: Mentor for nye bakere"
    alarm = milestone.walk("VALARM")[0]
    assert alarm.decoded("trigger") == dt.timedelta(days=-3) and str(alarm["action"]) == "DISPLAY"
    kpi = by_summary["Bakeriet 2027: Measure the KPI “Lærlinger”"]
    assert kpi.decoded("dtstart") == TODAY  # overdue since 28 February: reminded from today on
    assert kpi["rrule"]["FREQ"] == ["MONTHLY"] and kpi["rrule"]["INTERVAL"] == [1]
    reports = sorted(
        e.decoded("dtstart") for e in found.values() if "Report to the board" in str(e["summary"])
    )
    assert reports == [D(2027, 4, 1), D(2027, 7, 1), D(2027, 10, 1), D(2027, 12, 31)]
    assert not any("Annonse" in str(e["summary"]) or "Ferdig" in str(e["summary"]) for e in found.values())
    assert all(len(e.walk("VALARM")) == 1 for e in found.values())


def test_a_newer_export_keeps_every_uid_so_calendars_update_instead_of_duplicating(qapp, database, tmp_path):
    plan_id = add_plan(database)
    other_id = add_plan(database, name="Butikken 2027")
    first = events(export(database, plan_id, tmp_path / "first.ics"))
    with database.session() as session:
        plan = session.get(Plan, plan_id)
        plan.measures[0].milestones[0].due_date = D(2027, 4, 20)  # moved
        plan.measures[0].title = "Mentor for alle nye"
        session.commit()
    second = events(export(database, plan_id, tmp_path / "second.ics"))
    assert set(first) == set(second)
    moved = next(e for e in second.values() if "Mentor valgt" in str(e["summary"]))
    assert moved.decoded("dtstart") == D(2027, 4, 20)
    other = events(export(database, other_id, tmp_path / "other.ics"))
    assert not set(other) & set(first)  # two plans never share an event


def test_hostile_text_comes_back_exactly_as_typed(qapp, database, tmp_path):
    plan_id = add_plan(database, name=HOSTILE, title=HOSTILE)
    calendar = export(database, plan_id, tmp_path / "hostile.ics")
    found = list(events(calendar).values())
    assert len(found) == 3 + 4  # milestone, deadline, KPI, 4 reports: the typed BEGIN:VEVENT is only text
    typed = one_line(HOSTILE)  # names and titles are one-line fields: the line break was cleaned on saving
    deadline = next(e for e in found if "Deadline for" in str(e["summary"]))
    assert str(deadline["summary"]) == f"{typed}: Deadline for “{typed}”"
    raw = (tmp_path / "hostile.ics").read_bytes()
    assert raw.count(b"\nBEGIN:VEVENT\r\n") == len(found)  # only real events start a line with it


def test_a_plan_without_dates_gives_an_empty_calendar_not_an_error(qapp, database, tmp_path):
    with database.session() as session:
        plan = Plan(name="Tom plan")
        plan.measures.append(Measure(title="Uten datoer", status="planned"))
        session.add(plan)
        session.commit()
        plan_id = plan.id
    assert events(export(database, plan_id, tmp_path / "empty.ics")) == {}


def test_the_command_line_writes_the_same_calendar(qapp, data_dir, context, tmp_path):
    plan_id = add_plan(context.database)
    context.close()
    target = tmp_path / "plan.ics"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "verktoykasse",
            "--data-dir",
            str(data_dir),
            "export",
            str(plan_id),
            "--ics",
            str(target),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert str(target) in result.stdout
    summaries = {str(e["summary"]) for e in icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")}
    assert "Bakeriet 2027: Milestone “Mentor valgt”" in summaries


def test_equality_figures_typed_for_a_year_far_ahead_do_not_stop_the_calendar(qapp, database, tmp_path):
    """Figures and a survey typed for the year 20266 (a finger too many on 2026; a plan file may hold it)
    put the survey out of the calendar's reach: the calendar is written, with the yearly reminder."""
    from verktoykasse.storage.models import ArpPayLevel, ArpYear

    plan_id = add_plan(database)
    with database.session() as session:
        plan = session.get(Plan, plan_id)
        plan.arp_document = True
        year = ArpYear(position=0, year=20266, women=6, men=7, involuntary_women=1, involuntary_men=0)
        year.pay_levels.append(ArpPayLevel(position=0, level="Baker", women=3, men=4))
        plan.arp_years.append(year)
        session.commit()
    found = events(export(database, plan_id, tmp_path / "arp.ics"))
    summaries = [str(event["summary"]) for event in found.values()]
    assert any("Equality figures for the year just ended" in summary for summary in summaries)
    assert not any("Two-yearly equality survey" in summary for summary in summaries)
