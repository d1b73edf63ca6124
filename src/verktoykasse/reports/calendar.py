"""The plan's dates as an iCalendar file (RFC 5545) for Outlook, Google Calendar and Apple Calendar.

A layout of ``content.calendar_entries`` (the report content's dates: milestones not yet done, deadlines
of open measures with the status word the reports show, the KPI measurements, the board report dates
and, for a plan with the equality duty's parts, the yearly equality figures and the two-yearly survey):
each an all-day event with a reminder a few days before, and the plan's name in its title. Written with
the ``icalendar`` package, which escapes whatever the user typed (commas, semicolons, line breaks, emoji).

Every event's UID is made of the plan's creation time, its id and the row's id, so a newer export of the
same plan *updates* the events already imported instead of adding copies, and two plans (or two data
folders) never share one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from verktoykasse._version import __version__
from verktoykasse.reports.content import Repeat, calendar_entries

if TYPE_CHECKING:
    from icalendar import Calendar, Event

    from verktoykasse.storage.models import Plan

REMINDER_DAYS = 3  # the reminder pops up this many days before the date
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


def _rule(repeat: Repeat, first: dt.date) -> dict:
    rule: dict = (
        {"freq": "yearly"} if repeat.unit == "year" else {"freq": "monthly", "interval": repeat.interval}
    )
    if repeat.unit == "year" and repeat.interval != 1:
        rule["interval"] = repeat.interval
    if repeat.unit == "month" and first.day > 28:  # the 29th–31st are not in every month: its last day then
        rule["bymonthday"] = -1
    if repeat.until is not None:
        rule["until"] = repeat.until
    if repeat.count is not None:
        rule["count"] = repeat.count
    return rule


def plan_events(plan: Plan, today: dt.date) -> list[Event]:
    """The plan's dates (``content.calendar_entries``) as events, in the same order."""
    stamp = (plan.updated_at or dt.datetime(2000, 1, 1)).replace(tzinfo=dt.UTC)
    events: list[Event] = []
    for entry in calendar_entries(plan, today):
        uid = _uid(plan, entry.kind, entry.row_id, entry.extra)
        event = _event(plan, uid, entry.day, entry.title, entry.description, stamp)
        if entry.repeat is not None:
            event.add("rrule", _rule(entry.repeat, entry.day))
        events.append(event)
    return events


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
