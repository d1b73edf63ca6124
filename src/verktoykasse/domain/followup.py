"""Running the plan all year: what is due when, for "Now", the calendar and ``verktoykasse due``.

One set of rules, so the window, the calendar file and the command line never disagree:

- **KPI measurements** are due one interval of the KPI's frequency (monthly, quarterly, half-yearly,
  yearly) after its last measurement. A KPI never measured is due one interval after the plan's period
  starts, or now when the plan has no period. A KPI with no (or an unknown) frequency is never due.
  After the plan's period has ended, nothing of the plan is due any longer.
- **Milestones** not done are listed from 30 days (``horizon``) before their date; after it they are
  overdue. A milestone without a date, or of a measure that is done or cancelled, is never due.
- **Measures** still open after their deadline are *late* (``domain.status``).
- **Recurring measures** (monthly, quarterly, half-yearly, yearly, from their start until their own end
  or the period's) are due on each occurrence not yet ticked as held, from one interval back (older ones
  are history) to ``horizon`` days ahead; a recurring measure is never "late".
- **Board reports** fall one reporting interval after another from the period's start, up to its end
  (or for five years when the period has no end). No reporting frequency or no period: no report date.
- **The equality figures (ARP)** of a plan that shows the ARP parts (``domain.arp.shows_arp``): the year
  just ended is asked for from the end of January; the two-yearly survey (pay by job level and
  involuntary part-time) when it was last done two or more years before it, or never
  (``domain.arp_figures.figures_due``).
- Dates far in the past are simply overdue; dates far in the future simply not due yet (an interval
  that would pass the year 9999 means "never").

The example plan and plans already followed by a next cycle are not followed up.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from verktoykasse.domain.status import is_late, measurements_in_order
from verktoykasse.domain.vocabulary import Frequency, MeasureStatus, Step

if TYPE_CHECKING:
    from verktoykasse.storage.models import Kpi, Measure, Milestone, Plan

HORIZON_DAYS = 30  # milestones and reports this close are shown in "Now"
REPORT_YEARS_WITHOUT_END = 5  # board reports of a plan with no end date, for the calendar

FREQUENCY_MONTHS: dict[str, int] = {
    Frequency.MONTHLY: 1,
    Frequency.QUARTERLY: 3,
    Frequency.HALF_YEARLY: 6,
    Frequency.YEARLY: 12,
}

CLOSED_MEASURES = frozenset({MeasureStatus.DONE, MeasureStatus.CANCELLED})


class DueKind(StrEnum):
    MILESTONE = "milestone"
    MEASUREMENT = "measurement"
    LATE_MEASURE = "late_measure"
    BOARD_REPORT = "board_report"
    OCCURRENCE = "occurrence"  # a time a recurring measure is to be held
    ARP_FIGURES = "arp_figures"  # the equality figures of the year just ended
    ARP_SURVEY = "arp_survey"  # the two-yearly pay and involuntary part-time survey


# Not a page of the wizard: the ARP window (``ui.arp_actions``) opens at its figures.
ARP_PLACE = "arp"


# Where each kind is edited in the wizard: the step, and the table of the row the line opens.
DUE_PLACE: dict[DueKind, tuple[Step, str]] = {
    DueKind.MILESTONE: (Step.MEASURES, "milestone"),
    DueKind.MEASUREMENT: (Step.EVALUATION, "kpi"),
    DueKind.LATE_MEASURE: (Step.MEASURES, "measure"),
    DueKind.BOARD_REPORT: (Step.MEASURES, "plan"),
    DueKind.OCCURRENCE: (Step.MEASURES, "measure"),
    DueKind.ARP_FIGURES: (Step.PROFILE, ARP_PLACE),
    DueKind.ARP_SURVEY: (Step.PROFILE, ARP_PLACE),
}


def add_months(day: dt.date, months: int) -> dt.date | None:
    """``day`` plus whole months, on the same day of the month or the month's last day (31 January + 1
    month is 28 or 29 February); ``None`` past the year 9999."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def interval_months(frequency: str | None) -> int | None:
    """Months between two measurements or reports; ``None`` for no or an unknown frequency."""
    return FREQUENCY_MONTHS.get(frequency or "")


def measurement_due(kpi: Kpi, today: dt.date, period_start: dt.date | None = None) -> dt.date | None:
    """When the KPI's next measurement is due (may be in the past: overdue); ``None`` if never.

    One interval after the last measurement; never measured: one interval after ``period_start``, or
    ``today`` (due now) when the plan has no period start.
    """
    months = interval_months(kpi.frequency)
    if months is None:
        return None
    points = measurements_in_order(kpi)
    if points:
        return add_months(points[-1].measured_on, months)
    if period_start is None:
        return today
    return add_months(period_start, months)


MAX_OCCURRENCES = 600  # a monthly measure for fifty years: more is a typing error, not a plan


def is_recurring(measure: Measure) -> bool:
    """A measure that recurs (monthly, quarterly, half-yearly, yearly) rather than ends."""
    return interval_months(measure.recurrence) is not None


def occurrences(measure: Measure, until: dt.date, period_start: dt.date | None = None) -> list[dt.date]:
    """The dates a recurring measure falls on, up to ``until`` and its own end, if it has one.

    From the measure's start (or, without one, the plan's period start) one interval after another;
    empty for a measure that does not recur or has no start to count from.
    """
    months = interval_months(measure.recurrence)
    first = measure.start_date or period_start
    if months is None or first is None:
        return []
    end = until if measure.recurrence_end is None else min(until, measure.recurrence_end)
    dates: list[dt.date] = []
    for step in range(MAX_OCCURRENCES):
        day = add_months(first, months * step)
        if day is None or day > end:
            break
        dates.append(day)
    return dates


def open_occurrences(
    measure: Measure, today: dt.date, horizon: int = HORIZON_DAYS, period_start: dt.date | None = None
) -> list[dt.date]:
    """The occurrences to tick: not yet recorded as held, from one interval before ``today`` (older ones
    are history, not a growing list of reproaches) up to ``horizon`` days ahead."""
    months = interval_months(measure.recurrence)
    if months is None:
        return []
    since = add_months(today, -months) or dt.date.min
    held = {occurrence.due_on for occurrence in measure.occurrences}
    upcoming = occurrences(measure, _days_after(today, horizon), period_start)
    return [day for day in upcoming if day > since and day not in held]


def report_dates(plan: Plan) -> list[dt.date]:
    """Every board report date of the plan's period, from its reporting frequency (may be empty)."""
    months = interval_months(plan.reporting_frequency)
    start = plan.period_start
    if months is None or start is None:
        return []
    end = plan.period_end or add_months(start, 12 * REPORT_YEARS_WITHOUT_END)
    dates: list[dt.date] = []
    step = 1
    while True:
        day = add_months(start, months * step)
        if day is None or end is None or day > end or step > 12 * REPORT_YEARS_WITHOUT_END:
            break
        dates.append(day)
        step += 1
    if plan.period_end is not None and (not dates or dates[-1] < plan.period_end):
        dates.append(plan.period_end)  # the last report closes the period, even off the rhythm
    return dates


def next_report(plan: Plan, today: dt.date) -> dt.date | None:
    """The next board report on or after ``today``; ``None`` without frequency, period or one to come."""
    return next((day for day in report_dates(plan) if day >= today), None)


def period_ended(plan: Plan, today: dt.date) -> bool:
    return plan.period_end is not None and plan.period_end < today


def follows_up(plan: Plan, successors: set[int] | frozenset[int] = frozenset()) -> bool:
    """Whether "Now" follows this plan: not the example plan, and not a plan a next cycle has replaced
    (``successors``: ids of plans that some plan names as its previous one)."""
    return not plan.is_example and plan.id not in successors


@dataclass(frozen=True)
class DueItem:
    """One thing to do: what, when, and where in the wizard it is done."""

    kind: DueKind
    plan_id: int
    due: dt.date
    title: str  # the milestone's, KPI's or measure's own text ("" when the user left it empty)
    context: str = ""  # the measure a milestone belongs to, the goal a KPI serves
    row_id: int | None = None  # the milestone, KPI or measure (the plan for a board report)
    unit: str = ""  # a KPI's unit, shown beside the value field

    def overdue(self, today: dt.date) -> bool:
        return self.due < today

    def days_left(self, today: dt.date) -> int:
        return (self.due - today).days

    @property
    def step(self) -> Step:
        return DUE_PLACE[self.kind][0]

    @property
    def row_kind(self) -> str:
        return DUE_PLACE[self.kind][1]


@dataclass
class PlanAgenda:
    """What is due in one plan: the items in date order, the next board report, and whether the period
    has ended (then only a line inviting the evaluation and the next cycle)."""

    plan_id: int
    plan_name: str
    items: list[DueItem] = field(default_factory=list)
    next_report: dt.date | None = None
    ended_on: dt.date | None = None
    horizon: int = HORIZON_DAYS

    @property
    def count(self) -> int:
        return len(self.items)


def _days_after(day: dt.date, days: int) -> dt.date:
    try:
        return day + dt.timedelta(days=max(0, days))
    except OverflowError:  # a "today" at the end of the calendar: everything up to its end
        return dt.date.max


def _milestones(plan: Plan) -> Iterator[tuple[Measure, Milestone]]:
    for measure in plan.measures:
        if measure.status in CLOSED_MEASURES:
            continue
        for milestone in measure.milestones:
            yield measure, milestone


def _kpis(plan: Plan) -> Iterator[Kpi]:
    for goal in plan.goals:
        yield from goal.kpis


def plan_agenda(plan: Plan, today: dt.date, horizon: int = HORIZON_DAYS) -> PlanAgenda:
    """What is due in ``plan`` on ``today``: overdue items and those within ``horizon`` days."""
    agenda = PlanAgenda(plan.id, plan.name, next_report=next_report(plan, today), horizon=horizon)
    if period_ended(plan, today):
        agenda.ended_on = plan.period_end
        agenda.next_report = None
        return agenda
    until = _days_after(today, horizon)
    items = agenda.items
    for measure, milestone in _milestones(plan):
        if not milestone.done and milestone.due_date is not None and milestone.due_date <= until:
            items.append(
                DueItem(
                    DueKind.MILESTONE,
                    plan.id,
                    milestone.due_date,
                    milestone.title,
                    measure.title,
                    milestone.id,
                )
            )
    for kpi in _kpis(plan):
        due = measurement_due(kpi, today, plan.period_start)
        if due is not None and due <= today:
            items.append(
                DueItem(DueKind.MEASUREMENT, plan.id, due, kpi.name, kpi.goal.title, kpi.id, kpi.unit)
            )
    for measure in plan.measures:
        if measure.status in CLOSED_MEASURES:
            continue
        for day in open_occurrences(measure, today, horizon, plan.period_start):
            items.append(DueItem(DueKind.OCCURRENCE, plan.id, day, measure.title, "", measure.id))
    for measure in plan.measures:
        if is_late(measure, today):
            assert measure.deadline is not None
            items.append(
                DueItem(DueKind.LATE_MEASURE, plan.id, measure.deadline, measure.title, "", measure.id)
            )
    if agenda.next_report is not None and agenda.next_report <= until:
        items.append(DueItem(DueKind.BOARD_REPORT, plan.id, agenda.next_report, plan.name, "", plan.id))
    items += _arp_items(plan, today, until)
    items.sort(key=lambda item: (item.due, list(DueKind).index(item.kind), item.title))
    return agenda


def _arp_items(plan: Plan, today: dt.date, until: dt.date) -> list[DueItem]:
    """The equality figures and the two-yearly survey, when the plan shows the ARP parts."""
    from verktoykasse.domain.arp import shows_arp
    from verktoykasse.domain.arp_figures import figures_due

    if not shows_arp(plan):
        return []
    due = figures_due(plan.arp_years, today)
    if due.due_on > until:
        return []
    year = str(due.report_year)
    items = []
    if due.yearly_missing:
        items.append(DueItem(DueKind.ARP_FIGURES, plan.id, due.due_on, year, "", plan.id))
    if due.survey_due:
        last = str(due.survey_last) if due.survey_last is not None else ""
        items.append(DueItem(DueKind.ARP_SURVEY, plan.id, due.due_on, year, last, plan.id))
    return items


def agendas(plans: Iterable[Plan], today: dt.date, horizon: int = HORIZON_DAYS) -> list[PlanAgenda]:
    """The agenda of every plan "Now" follows (see ``follows_up``), in the order given."""
    plans = list(plans)
    successors = {plan.previous_plan_id for plan in plans if plan.previous_plan_id is not None}
    return [plan_agenda(plan, today, horizon) for plan in plans if follows_up(plan, successors)]


def due_count(found: Iterable[PlanAgenda]) -> int:
    return sum(agenda.count for agenda in found)


def describe_item(item: DueItem, today: dt.date) -> str:
    """The line "Now" and ``verktoykasse due`` show for ``item``, in the user's language."""
    from verktoykasse.domain.formatting import format_date

    untitled = QCoreApplication.translate("FollowUp", "(untitled)")
    date = format_date(item.due)
    if item.kind == DueKind.MILESTONE:
        text = (
            QCoreApplication.translate("FollowUp", "Milestone “{title}” of “{measure}”, overdue since {date}")
            if item.overdue(today)
            else QCoreApplication.translate("FollowUp", "Milestone “{title}” of “{measure}”, due {date}")
        )
        return text.format(title=item.title or untitled, measure=item.context or untitled, date=date)
    if item.kind == DueKind.MEASUREMENT:
        return QCoreApplication.translate(
            "FollowUp", "Time to measure “{kpi}” (goal “{goal}”), due since {date}"
        ).format(kpi=item.title or untitled, goal=item.context or untitled, date=date)
    if item.kind == DueKind.LATE_MEASURE:
        return QCoreApplication.translate("FollowUp", "“{title}” is late: its deadline was {date}").format(
            title=item.title or untitled, date=date
        )
    if item.kind == DueKind.OCCURRENCE:
        text = (
            QCoreApplication.translate("FollowUp", "Was “{title}” held? It was due {date}")
            if item.overdue(today)
            else QCoreApplication.translate("FollowUp", "“{title}” is to be held on {date}")
        )
        return text.format(title=item.title or untitled, date=date)
    if item.kind == DueKind.ARP_FIGURES:
        text = (
            QCoreApplication.translate(
                "FollowUp",
                "Equality figures for {year} (ARP): gender balance, temporary and part-time staff, "
                "parental leave — due since {date}",
            )
            if item.overdue(today)
            else QCoreApplication.translate(
                "FollowUp",
                "Equality figures for {year} (ARP): gender balance, temporary and part-time staff, "
                "parental leave — due {date}",
            )
        )
        return text.format(year=item.title, date=date)
    if item.kind == DueKind.ARP_SURVEY:
        text = (
            QCoreApplication.translate(
                "FollowUp",
                "The two-yearly equality survey for {year} is due: pay by job level and involuntary "
                "part-time (last done for {last})",
            )
            if item.context
            else QCoreApplication.translate(
                "FollowUp",
                "The two-yearly equality survey for {year} is due: pay by job level and involuntary "
                "part-time (never done in this plan)",
            )
        )
        return text.format(year=item.title, last=item.context)
    return QCoreApplication.translate("FollowUp", "Report to the board on {date}").format(date=date)


def describe_quiet(agenda: PlanAgenda) -> str:
    """The one line of a plan with nothing due (or whose period has ended)."""
    from verktoykasse.domain.formatting import format_date

    if agenda.ended_on is not None:
        return QCoreApplication.translate(
            "FollowUp", "The period ended on {date}: evaluate it and start the next cycle."
        ).format(date=format_date(agenda.ended_on))
    text = QCoreApplication.translate("FollowUp", "Nothing due in the next {days} days.").format(
        days=agenda.horizon
    )
    if agenda.next_report is not None:
        text += " " + QCoreApplication.translate("FollowUp", "Next board report: {date}.").format(
            date=format_date(agenda.next_report)
        )
    return text
