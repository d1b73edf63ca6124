"""The plan's dates as an iCalendar file (RFC 5545) for Outlook, Google Calendar and Apple Calendar.

Milestones not yet done, deadlines of open measures, the KPI measurements (from the next one due, then
at the KPI's frequency), the board report dates and, for a plan with the equality duty's parts, the
yearly equality figures and the two-yearly survey, each an all-day event with a reminder a few days
before, and the plan's name in its title. Written with the ``icalendar`` package, which escapes whatever
the user typed (commas, semicolons, line breaks, emoji).

Every event's UID is made of the plan's creation time, its id and the row's id, so a newer export of the
same plan *updates* the events already imported instead of adding copies, and two plans (or two data
folders) never share one. The same rules as "Now" decide what is due (``domain.followup``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from verktoykasse._version import __version__
from verktoykasse.domain.followup import (
    CLOSED_MEASURES,
    FREQUENCY_MONTHS,
    measurement_due,
    period_ended,
    report_dates,
)
from verktoykasse.domain.status import is_late

if TYPE_CHECKING:
    from icalendar import Calendar, Event

    from verktoykasse.storage.models import Plan

REMINDER_DAYS = 3  # the reminder pops up this many days before the date
MEASUREMENTS_WITHOUT_END = 8  # repetitions of a KPI measurement when neither KPI nor plan has an end
PRODUCT_ID = "-//Verktøykassa//Verktøykassa {version}//NB"


def _uid(plan: Plan, kind: str, row_id: int | None, extra: str = "") -> str:
    """Stable across exports of one plan; distinct for every plan, even from another data folder."""
    created = plan.created_at.strftime("%Y%m%dT%H%M%S%f") if plan.created_at else "0"
    tail = f"-{extra}" if extra else ""
    return f"{kind}-{row_id}{tail}-plan{plan.id}-{created}@verktoykasse"


def _event(plan: Plan, uid: str, day: dt.date, summary: str, description: str, stamp: dt.datetime) -> Event:
    from icalendar import Alarm, Event

    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("summary", f"{plan.name}: {summary}")
    event.add("dtstart", day)
    with contextlib.suppress(OverflowError):  # the calendar's last day: an all-day event needs no end
        event.add("dtend", day + dt.timedelta(days=1))
    if description:
        event.add("description", description)
    event.add("categories", ["Verktøykassa"])
    event.add("transp", "TRANSPARENT")  # a reminder, not a meeting: the day is not blocked
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"{plan.name}: {summary}")
    alarm.add("trigger", dt.timedelta(days=-REMINDER_DAYS))
    event.add_component(alarm)
    return event


def _measurement_rule(months: int, due: dt.date, until: dt.date | None) -> dict:
    rule: dict = {"freq": "monthly", "interval": months}
    if due.day > 28:  # the 29th–31st do not exist in every month: the month's last day instead
        rule["bymonthday"] = -1
    if until is not None and until >= due:
        rule["until"] = until
    else:
        rule["count"] = MEASUREMENTS_WITHOUT_END
    return rule


def plan_events(plan: Plan, today: dt.date) -> list[Event]:
    """The plan's events, in a stable order (milestones, measure deadlines, KPIs, board reports)."""
    untitled = QCoreApplication.translate("Calendar", "(untitled)")
    stamp = (plan.updated_at or dt.datetime(2000, 1, 1)).replace(tzinfo=dt.UTC)
    events: list[Event] = []
    if period_ended(plan, today):
        return events
    for measure in plan.measures:
        if measure.status in CLOSED_MEASURES:
            continue
        for milestone in measure.milestones:
            if milestone.done or milestone.due_date is None:
                continue
            summary = QCoreApplication.translate("Calendar", "Milestone “{title}”").format(
                title=milestone.title or untitled
            )
            description = QCoreApplication.translate("Calendar", "Measure: {measure}").format(
                measure=measure.title or untitled
            )
            events.append(
                _event(
                    plan,
                    _uid(plan, "milestone", milestone.id),
                    milestone.due_date,
                    summary,
                    description,
                    stamp,
                )
            )
        if measure.deadline is not None:
            text = (
                QCoreApplication.translate("Calendar", "Deadline for “{title}” (late)")
                if is_late(measure, today)
                else QCoreApplication.translate("Calendar", "Deadline for “{title}”")
            )
            summary = text.format(title=measure.title or untitled)
            owner = (
                QCoreApplication.translate("Calendar", "Owner: {owner}").format(owner=measure.owner)
                if measure.owner.strip()
                else ""
            )
            events.append(
                _event(plan, _uid(plan, "measure", measure.id), measure.deadline, summary, owner, stamp)
            )
        months = FREQUENCY_MONTHS.get(measure.recurrence or "")
        first = measure.start_date or plan.period_start
        if months is not None and first is not None:
            summary = QCoreApplication.translate("Calendar", "“{title}” (recurring)").format(
                title=measure.title or untitled
            )
            description = QCoreApplication.translate(
                "Calendar", "Tick it as held in Verktøykassa under “Now”, with a note on how it went."
            )
            event = _event(plan, _uid(plan, "recurring", measure.id), first, summary, description, stamp)
            event.add("rrule", _measurement_rule(months, first, measure.recurrence_end or plan.period_end))
            events.append(event)
    for goal in plan.goals:
        for kpi in goal.kpis:
            due = measurement_due(kpi, today, plan.period_start)
            months = FREQUENCY_MONTHS.get(kpi.frequency or "")
            if due is None or months is None:
                continue
            due = max(due, today)  # an overdue measurement is reminded from today on
            summary = QCoreApplication.translate("Calendar", "Measure the KPI “{name}”").format(
                name=kpi.name or untitled
            )
            description = QCoreApplication.translate(
                "Calendar", "Goal: {goal}. Type the value in Verktøykassa under “Now”."
            ).format(goal=goal.title or untitled)
            event = _event(plan, _uid(plan, "kpi", kpi.id), due, summary, description, stamp)
            until = plan.period_end or kpi.deadline
            event.add("rrule", _measurement_rule(months, due, until))
            events.append(event)
    for number, day in enumerate(report_dates(plan), start=1):
        if day < today:
            continue
        summary = QCoreApplication.translate("Calendar", "Report to the board")
        description = QCoreApplication.translate(
            "Calendar", "Before the meeting: File → Ready for the board?, then File → Export PDF…."
        )
        events.append(
            _event(plan, _uid(plan, "board", plan.id, str(number)), day, summary, description, stamp)
        )
    events += _arp_events(plan, today, stamp)
    return events


def _arp_events(plan: Plan, today: dt.date, stamp: dt.datetime) -> list[Event]:
    """The equality figures every year and the two-yearly survey, from the next one due (an overdue one
    from today), as "Now" lists them (``domain.arp_figures.figures_due``)."""
    from verktoykasse.domain.arp import shows_arp
    from verktoykasse.domain.arp_figures import REMINDER_DAY, SURVEY_INTERVAL, figures_due

    if not shows_arp(plan):
        return []
    due = figures_due(plan.arp_years, today)
    yearly = due.due_on if due.yearly_missing else dt.date(today.year + 1, *REMINDER_DAY)
    survey = due.due_on if due.survey_due else dt.date(due.next_survey_year + 1, *REMINDER_DAY)
    where = QCoreApplication.translate("Calendar", "Type them in Verktøykassa: File → Equality duty (ARP)….")
    yearly_event = _event(
        plan,
        _uid(plan, "arp-figures", plan.id),
        max(yearly, today),
        QCoreApplication.translate("Calendar", "Equality figures for the year just ended (ARP)"),
        where,
        stamp,
    )
    yearly_event.add("rrule", {"freq": "yearly", "count": MEASUREMENTS_WITHOUT_END})
    survey_event = _event(
        plan,
        _uid(plan, "arp-survey", plan.id),
        max(survey, today),
        QCoreApplication.translate(
            "Calendar", "Two-yearly equality survey (ARP): pay by job level and involuntary part-time"
        ),
        where,
        stamp,
    )
    survey_event.add(
        "rrule", {"freq": "yearly", "interval": SURVEY_INTERVAL, "count": MEASUREMENTS_WITHOUT_END}
    )
    return [yearly_event, survey_event]


def build_calendar(plans: Iterable[Plan], today: dt.date | None = None) -> bytes:
    """One calendar with the events of ``plans``, as the bytes of an .ics file."""
    from icalendar import Calendar, vText

    today = today or dt.date.today()
    calendar: Calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID.format(version=__version__))
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    plans = list(plans)
    if len(plans) == 1:
        # An X- property is written as given unless typed as text: vText escapes line breaks and commas.
        calendar.add("x-wr-calname", vText(f"Verktøykassa – {plans[0].name}"))
    for plan in plans:
        for event in plan_events(plan, today):
            calendar.add_component(event)
    return calendar.to_ical()


def write_calendar(plan: Plan, path: Path, today: dt.date | None = None) -> None:
    """Write ``plan``'s calendar to ``path``, whole or not at all."""
    from verktoykasse.files import write_atomically

    write_atomically(path, build_calendar([plan], today))
