"""What the plan's reports say, as plain typed values: the one place that turns a plan into report
content, so the PDF, the Word file, the Excel file and the calendar say the same, each only laying it out.

Two kinds of content live here. The *data tables* (``data_tables``: measures, milestones, goals, KPIs,
measurements, gaps, budget) are the spreadsheet's sheets. The *report* (``reports.sections.report_content``)
is the cover and the numbered sections of the PDF and the Word file, made of the blocks below: headings,
texts, labelled texts, lists, tables, figures and the decision box.

A cell is a plain value: ``str`` (text), ``int``/``float`` (a number), ``datetime.date``, ``Money`` (kroner),
``Percent`` (12.5 means 12.5 %), ``Quantity`` (a number with its unit), ``Lines`` (a main text with smaller
notes under it), or ``None`` (empty). Nothing here is laid out for a reader: the writers do that (Excel
with its number formats, Word and the PDF with ``cell_value`` and ``domain.formatting``). Headings and
fixed words are translated with the "Report" context, so call these inside ``i18n.report_language``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QCoreApplication

from verktoykasse.domain.formatting import format_date, format_money, format_number
from verktoykasse.domain.labels import frequency_label, priority_label
from verktoykasse.domain.status import kpi_status, measure_status_label, measurements_in_order
from verktoykasse.domain.vocabulary import OPEN_STATUSES, Priority
from verktoykasse.storage.models import GapArea, Goal, Kpi, Measure, Plan

if TYPE_CHECKING:
    from verktoykasse.budget.budget import Budget
    from verktoykasse.catalogue import Catalogue
    from verktoykasse.reports.decision import DecisionBox


@dataclass(frozen=True)
class Money:
    """Kroner: written with the report's money format (``kr 12 500``)."""

    value: float


@dataclass(frozen=True)
class Percent:
    """A percentage as the user typed it: 12.5 is 12.5 % (a spreadsheet stores 0.125)."""

    value: float


@dataclass(frozen=True)
class Quantity:
    """A number with its unit ("3 stk", "12,5 %"); a KPI's baseline, target or measurement."""

    value: float
    unit: str


@dataclass(frozen=True)
class Lines:
    """A cell of several lines: the ``main`` ones (the first in bold when ``bold``), then smaller
    ``notes`` under them (a measure's area and description under its title)."""

    main: tuple[str, ...]
    notes: tuple[str, ...] = ()
    bold: bool = False

    def text(self) -> str:
        return "\n".join(line for line in (*self.main, *self.notes) if line.strip())


Cell = str | int | float | dt.date | Money | Percent | Quantity | Lines | None


def cell_value(value: Cell) -> str:
    """A cell as the reader sees it, in the report's language: 31.12.2027, 1 234,5, kr 12 500, 12,5 %."""
    if value is None:
        return ""
    if isinstance(value, Money):
        return format_money(value.value)
    if isinstance(value, Percent):
        return f"{format_number(value.value)} %"
    if isinstance(value, Quantity):
        unit = value.unit.strip()
        text = format_number(value.value)
        return f"{text} %" if unit == "%" else f"{text} {unit}".strip()
    if isinstance(value, Lines):
        return value.text()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        return format_number(value)
    if isinstance(value, dt.date):
        return format_date(value)
    return str(value)


@dataclass
class Table:
    """One table of the report: a key for the writers, its title (a sheet name, a heading), its column
    names, its rows, and, when ``total_label`` is set, a last row adding up the columns in ``summed``."""

    key: str
    title: str
    columns: list[str]  # none: a table without a header row
    rows: list[list[Cell]] = field(default_factory=list)
    total_label: str = ""
    summed: tuple[int, ...] = ()
    row_labels: bool = False  # the first column names the row (a form: "Owner of the work" | "Kari")

    def rows_with_totals(self) -> list[list[Cell]]:
        """The rows, and the totals row under them when the table adds up."""
        return [*self.rows, self.totals()] if self.total_label and self.rows else list(self.rows)

    def totals(self) -> list[Cell]:
        """The totals row: the label just left of the first sum, the sums under ``summed``."""
        row: list[Cell] = [None] * len(self.columns)
        first_sum = min(self.summed, default=len(self.columns))
        label_column = max((i for i in range(first_sum) if i not in self.summed), default=0)
        row[label_column] = self.total_label
        for column in self.summed:
            values = [r[column] for r in self.rows]
            total = sum(v.value if isinstance(v, Money) else float(v or 0) for v in values)  # type: ignore[arg-type]
            row[column] = Money(total) if any(isinstance(v, Money) for v in values) or not values else total
        return row


# -- the report's blocks ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Heading:
    """A heading inside a section (level 2 or 3); ``key`` lets a layout keep room for what follows."""

    text: str
    level: int = 2
    key: str = ""


@dataclass(frozen=True)
class Text:
    """A paragraph: "body" (the user's or the report's text), "muted" (an explanation, a count) or
    "note" (a small remark under a table: the estimate's caveats)."""

    text: str
    kind: str = "body"


@dataclass(frozen=True)
class Labelled:
    """A label over the user's text ("What changes" over the answer); only made when there is text."""

    label: str
    value: str


@dataclass(frozen=True)
class Numbered:
    """A numbered list (the summary's goals, the board's decisions); ``key`` names it for the layout."""

    items: list[str]
    key: str


@dataclass(frozen=True)
class Bullets:
    """A bullet list; each item's text, then an aside in italics after ``separator`` (or "")."""

    items: list[tuple[str, str]]
    separator: str = " "


@dataclass(frozen=True)
class Figure:
    """A chart, drawn by ``reports.charts``/``reports.timeline``: "gap_chart" (``data``: the scored
    areas), "kpi_charts" (``data``: (KPI, subtitle) pairs) or "timeline" (``data``: the plan). ``table``
    holds its figures for a writer that shows the chart as a table instead."""

    kind: str
    data: object
    table: Table | None = None


@dataclass
class Group:
    """Blocks that belong together on paper: a "goal" and its KPIs, an area ("gap") and its texts."""

    key: str
    blocks: list[Block]


@dataclass
class Section:
    """A numbered section: its key (for the layout), number, title, blocks, and whether it is laid out
    on landscape pages (the wide measures table) or begins a new page."""

    key: str
    number: int
    title: str
    blocks: list[Block]
    landscape: bool = False
    new_page: bool = False


@dataclass
class Cover:
    """The first page: organisation, title, plan name, facts (label, value) and the question worked from."""

    org_name: str
    title: str
    plan_name: str
    facts: list[tuple[str, str]]
    question: Labelled | None


@dataclass
class Report:
    """The whole report: the cover, then the numbered sections in reading order."""

    cover: Cover
    sections: list[Section]


Block: TypeAlias = "Heading | Text | Labelled | Numbered | Bullets | Table | Figure | Group | DecisionBox"


def yes_no(flag: bool) -> str:
    return QCoreApplication.translate("Report", "Yes") if flag else QCoreApplication.translate("Report", "No")


_PRIORITY_ORDER = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}
SUMMARY_GAPS = 5
SUMMARY_MEASURES = 6


def period_text(plan: Plan) -> str:
    """ "01.01.2027 – 31.12.2027", one end alone when only one is set, "" when neither."""
    if plan.period_start is None and plan.period_end is None:
        return ""
    return f"{format_date(plan.period_start)} – {format_date(plan.period_end)}".strip(" –")


def gap_size(gap: GapArea) -> int | None:
    if gap.current_score is None or gap.desired_score is None:
        return None
    return gap.desired_score - gap.current_score


def sdg_numbers(gap: GapArea) -> str:
    """The UN goals the area serves, as "4, 8"."""
    flags = ((4, gap.sdg4), (8, gap.sdg8), (10, gap.sdg10), (17, gap.sdg17))
    return ", ".join(str(number) for number, flag in flags if flag)


def goal_numbers(plan: Plan) -> dict[int, int]:
    return {goal.id: index for index, goal in enumerate(plan.goals, start=1)}


def measure_numbers(plan: Plan) -> dict[int, int]:
    return {measure.id: index for index, measure in enumerate(plan.measures, start=1)}


def all_kpis(plan: Plan) -> list[tuple[Goal, Kpi]]:
    return [(goal, kpi) for goal in plan.goals for kpi in goal.kpis]


def prioritised_gaps(plan: Plan, limit: int = SUMMARY_GAPS) -> list[GapArea]:
    """The summary's gaps: high priority first, then the widest gap, then the order typed."""
    return sorted(
        plan.gaps,
        key=lambda g: (_PRIORITY_ORDER.get(g.priority, 3), -(gap_size(g) or 0), g.position),
    )[:limit]


def key_measures(plan: Plan, limit: int = SUMMARY_MEASURES) -> list[Measure]:
    """The summary's open measures: high priority first, then the nearest deadline."""
    return sorted(
        (m for m in plan.measures if m.status in OPEN_STATUSES),
        key=lambda m: (_PRIORITY_ORDER.get(m.priority, 3), m.deadline or dt.date.max, m.position),
    )[:limit]


def measure_status(measure: Measure, today: dt.date) -> str:
    """The status word every output shows for a measure ("Late (in progress)", "Done"): the reports'
    tables, the spreadsheet and the calendar's deadline events."""
    return measure_status_label(measure, today)


def kpi_value(value: float | None, unit: str) -> Cell:
    """A KPI's number as a number, or as a percentage when its unit is "%"."""
    if value is None:
        return None
    return Percent(value) if unit.strip() == "%" else value


def entry_fields(catalogue: Catalogue | None, entry_id: str) -> tuple[str, str, list[str]]:
    """Name, provider and the ways to reach a catalogue entry (web address, phone, e-mail), so the
    board sees whom to call; the id alone when the entry is unknown."""
    entry = catalogue.get(entry_id) if catalogue is not None else None
    if entry is None:
        return entry_id, "", []
    name = getattr(entry, "name", "") or getattr(entry, "title", "") or entry_id
    provider = getattr(entry, "provider", "") or ""
    reach = [str(getattr(entry, key, "") or "") for key in ("url", "phone", "email")]
    return str(name), str(provider), [x for x in reach if x.strip()]


def schemes_used(measure: Measure, catalogue: Catalogue | None) -> list[str]:
    """The catalogue's schemes and the own contacts the measure uses, then the schemes its planned hires
    count on, each once."""
    from verktoykasse.budget.budget import hire_from_row
    from verktoykasse.budget.subsidy import scheme_name

    names = [
        resource.contact.name
        if resource.contact is not None
        else entry_fields(catalogue, resource.catalogue_entry_id or "")[0]
        for resource in measure.resources_used
    ]
    names += [scheme_name(key) for row in measure.planned_hires for key in hire_from_row(row).schemes]
    return list(dict.fromkeys(name for name in names if name.strip()))


def used_schemes(plan: Plan, catalogue: Catalogue | None) -> list[tuple[str, str, list[str], list[int]]]:
    """Each catalogue scheme and own contact the measures use, once, in the order first used: its name,
    provider (or organisation and role), ways to reach it, and the numbers of the measures using it."""
    numbers = measure_numbers(plan)
    used: dict[tuple[str, object], tuple[tuple[str, str, list[str]], list[int]]] = {}
    for measure in plan.measures:
        for resource in measure.resources_used:
            contact = resource.contact
            if resource.contact_id and contact is not None:
                key: tuple[str, object] = ("contact", resource.contact_id)
                fields = (
                    contact.name,
                    ", ".join(x for x in (contact.organisation, contact.role) if x.strip()),
                    [x for x in (contact.url, contact.phone, contact.email) if x.strip()],
                )
            else:
                key = ("entry", resource.catalogue_entry_id)
                fields = entry_fields(catalogue, str(resource.catalogue_entry_id))
            _fields, measures = used.setdefault(key, (fields, []))
            if numbers[measure.id] not in measures:
                measures.append(numbers[measure.id])
    return [(*fields, measures) for fields, measures in used.values()]


# -- the tables ---------------------------------------------------------------------------------------
def measures_table(plan: Plan, today: dt.date, catalogue: Catalogue | None, budget: Budget) -> Table:
    goals = goal_numbers(plan)
    table = Table(
        "measures",
        QCoreApplication.translate("Report", "Measures"),
        [
            "#",
            QCoreApplication.translate("Report", "Measure"),
            QCoreApplication.translate("Report", "Goal"),
            QCoreApplication.translate("Report", "Area"),
            QCoreApplication.translate("Report", "Owner"),
            QCoreApplication.translate("Report", "Responsible"),
            QCoreApplication.translate("Report", "Start"),
            QCoreApplication.translate("Report", "Deadline"),
            QCoreApplication.translate("Report", "Status"),
            QCoreApplication.translate("Report", "Priority"),
            QCoreApplication.translate("Report", "Cost"),
            QCoreApplication.translate("Report", "Hours"),
            QCoreApplication.translate("Report", "Expected subsidies"),
            QCoreApplication.translate("Report", "Schemes used"),
            QCoreApplication.translate("Report", "Expected effect"),
            QCoreApplication.translate("Report", "Description"),
        ],
    )
    subsidies = [m.total.subsidies for m in budget.measures]
    for number, measure in enumerate(plan.measures, start=1):
        subsidy = subsidies[number - 1] if number <= len(subsidies) else 0.0
        table.rows.append(
            [
                number,
                measure.title,
                ", ".join(str(goals[g.id]) for g in measure.goals if g.id in goals),
                measure.area,
                measure.owner,
                measure.responsible,
                measure.start_date,
                measure.deadline,
                measure_status(measure, today),
                priority_label(measure.priority) if measure.priority else "",
                Money(measure.cost_nok) if measure.cost_nok is not None else None,
                measure.hours,
                Money(subsidy) if subsidy or measure.planned_hires else None,
                ", ".join(schemes_used(measure, catalogue)),
                measure.expected_effect,
                measure.description,
            ]
        )
    return table


def milestones_table(plan: Plan) -> Table:
    table = Table(
        "milestones",
        QCoreApplication.translate("Report", "Milestones"),
        [
            QCoreApplication.translate("Report", "Date"),
            QCoreApplication.translate("Report", "Milestone"),
            "#",
            QCoreApplication.translate("Report", "Measure"),
            QCoreApplication.translate("Report", "Done"),
        ],
    )
    numbers = measure_numbers(plan)
    stones = sorted(
        ((stone, measure) for measure in plan.measures for stone in measure.milestones),
        key=lambda item: (item[0].due_date or dt.date.max, numbers[item[1].id], item[0].position),
    )
    for stone, measure in stones:
        table.rows.append(
            [stone.due_date, stone.title, numbers[measure.id], measure.title, yes_no(stone.done)]
        )
    return table


def goals_table(plan: Plan) -> Table:
    """The goals by number, as the measures' and KPIs' "Goal" columns name them: a reader of the workbook
    learns what goal 1 is without the PDF."""
    measures = measure_numbers(plan)
    table = Table(
        "goals",
        QCoreApplication.translate("Report", "Goals"),
        [
            "#",
            QCoreApplication.translate("Report", "Goal"),
            QCoreApplication.translate("Report", "Gap area"),
            QCoreApplication.translate("Report", "What changes"),
            QCoreApplication.translate("Report", "Why it matters to us"),
            QCoreApplication.translate("Report", "How we measure it"),
            QCoreApplication.translate("Report", "KPIs"),
            QCoreApplication.translate("Report", "Measures"),
        ],
    )
    for number, goal in enumerate(plan.goals, start=1):
        table.rows.append(
            [
                number,
                goal.title,
                goal.gap.title if goal.gap is not None else "",
                goal.change,
                goal.relevance,
                goal.measurable,
                ", ".join(kpi.name for kpi in goal.kpis if kpi.name),
                ", ".join(str(measures[m.id]) for m in goal.measures if m.id in measures),
            ]
        )
    return table


def _kpis(plan: Plan) -> list[tuple[int, Kpi]]:
    return [(number, kpi) for number, goal in enumerate(plan.goals, start=1) for kpi in goal.kpis]


def kpis_table(plan: Plan) -> Table:
    table = Table(
        "kpis",
        QCoreApplication.translate("Report", "KPIs"),
        [
            QCoreApplication.translate("Report", "Goal"),
            QCoreApplication.translate("Report", "KPI"),
            QCoreApplication.translate("Report", "Unit"),
            QCoreApplication.translate("Report", "Baseline"),
            QCoreApplication.translate("Report", "Target"),
            QCoreApplication.translate("Report", "Deadline"),
            QCoreApplication.translate("Report", "Latest value"),
            QCoreApplication.translate("Report", "Measured on"),
            QCoreApplication.translate("Report", "Status"),
            QCoreApplication.translate("Report", "How often"),
            QCoreApplication.translate("Report", "Data source"),
            QCoreApplication.translate("Report", "Measured by"),
        ],
    )
    for number, kpi in _kpis(plan):
        status = kpi_status(kpi)
        latest = status.latest
        table.rows.append(
            [
                number,
                kpi.name,
                kpi.unit,
                kpi_value(kpi.baseline, kpi.unit),
                kpi_value(kpi.target, kpi.unit),
                kpi.deadline,
                kpi_value(latest.value, kpi.unit) if latest else None,
                latest.measured_on if latest else None,
                status.label,
                frequency_label(kpi.frequency) if kpi.frequency else "",
                kpi.data_source,
                kpi.measured_by,
            ]
        )
    return table


def measurements_table(plan: Plan) -> Table:
    """One row per measurement, oldest first per KPI: ready for a pivot table or a chart."""
    table = Table(
        "measurements",
        QCoreApplication.translate("Report", "Measurements"),
        [
            QCoreApplication.translate("Report", "Goal"),
            QCoreApplication.translate("Report", "KPI"),
            QCoreApplication.translate("Report", "Date"),
            QCoreApplication.translate("Report", "Value"),
            QCoreApplication.translate("Report", "Unit"),
            QCoreApplication.translate("Report", "Note"),
        ],
    )
    for number, kpi in _kpis(plan):
        for point in measurements_in_order(kpi):
            table.rows.append(
                [number, kpi.name, point.measured_on, kpi_value(point.value, kpi.unit), kpi.unit, point.note]
            )
    return table


def gaps_table(plan: Plan) -> Table:
    table = Table(
        "gaps",
        QCoreApplication.translate("Report", "Gap"),
        [
            QCoreApplication.translate("Report", "Area"),
            QCoreApplication.translate("Report", "Today"),
            QCoreApplication.translate("Report", "Desired"),
            QCoreApplication.translate("Report", "Gap"),
            QCoreApplication.translate("Report", "Effect"),
            QCoreApplication.translate("Report", "Priority"),
            QCoreApplication.translate("Report", "UN goals"),
        ],
    )
    for gap in plan.gaps:
        table.rows.append(
            [
                gap.title,
                gap.current_score,
                gap.desired_score,
                gap_size(gap),
                gap.expected_effect,
                priority_label(gap.priority) if gap.priority else "",
                sdg_numbers(gap),
            ]
        )
    return table


def budget_tables(plan: Plan, budget: Budget) -> list[Table]:
    """The budget per measure and per year, each with a totals row; [] when nothing costs anything."""
    from verktoykasse.budget.budget import measures_with_costs

    costed = measures_with_costs(budget)
    if not costed:
        return []
    money = [
        QCoreApplication.translate("Report", "Gross cost"),
        QCoreApplication.translate("Report", "Expected subsidies"),
        QCoreApplication.translate("Report", "Net cost"),
    ]
    per_measure = Table(
        "budget",
        QCoreApplication.translate("Report", "Budget"),
        ["#", QCoreApplication.translate("Report", "Measure"), *money],
        total_label=QCoreApplication.translate("Report", "The whole plan"),
        summed=(2, 3, 4),
    )
    for number, item in enumerate(budget.measures, start=1):
        if item in costed:
            totals = item.total
            per_measure.rows.append(
                [number, item.measure.title, Money(totals.gross), Money(totals.subsidies), Money(totals.net)]
            )
    per_year = Table(
        "budget_years",
        QCoreApplication.translate("Report", "Budget per year"),
        [QCoreApplication.translate("Report", "Year"), *money],
        total_label=QCoreApplication.translate("Report", "In all"),
        summed=(1, 2, 3),
    )
    for year, totals in budget.by_year().items():
        per_year.rows.append(
            [
                str(year) if year else QCoreApplication.translate("Report", "No date"),  # a label, not 2 027
                Money(totals.gross),
                Money(totals.subsidies),
                Money(totals.net),
            ]
        )
    return [per_measure, per_year]


def hires_table(budget: Budget) -> Table:
    """Each planned hire's estimate: what it costs and what Nav's schemes may pay back; a problem with
    the hire's figures on a line of its own under its name."""
    from verktoykasse.budget.subsidy import scheme_name
    from verktoykasse.domain.formatting import format_money, format_number

    table = Table(
        "hires",
        QCoreApplication.translate("Report", "Planned hires"),
        [
            "#",
            QCoreApplication.translate("Report", "Hire"),
            QCoreApplication.translate("Report", "Schemes"),
            QCoreApplication.translate("Report", "Start"),
            QCoreApplication.translate("Report", "Monthly wage"),
            QCoreApplication.translate("Report", "Cost"),
            QCoreApplication.translate("Report", "Expected subsidies"),
        ],
    )
    for number, item in enumerate(budget.measures, start=1):
        for estimate in item.estimates:
            hire = estimate.hire
            wage = format_money(hire.monthly_wage) if hire.monthly_wage else ""
            if wage and hire.job_percent not in (None, 100):
                wage += f", {format_number(hire.job_percent)} %"
            problems = "; ".join(p.message for p in estimate.problems)
            table.rows.append(
                [
                    number,
                    Lines((hire.label,), (problems,) if problems else ()),
                    ", ".join(scheme_name(s) for s in hire.schemes),
                    hire.start,
                    wage,
                    Money(estimate.cost),
                    Money(estimate.subsidy),
                ]
            )
    return table


def data_tables(plan: Plan, today: dt.date, catalogue: Catalogue | None) -> list[Table]:
    """Every table of the plan's data, in the order of the spreadsheet's sheets."""
    from verktoykasse.reports.budget_tables import plan_budget

    budget = plan_budget(plan, catalogue)
    return [
        measures_table(plan, today, catalogue, budget),
        milestones_table(plan),
        goals_table(plan),
        kpis_table(plan),
        measurements_table(plan),
        gaps_table(plan),
        *budget_tables(plan, budget),
    ]


# -- the calendar's dates -------------------------------------------------------------------------------
MEASUREMENTS_WITHOUT_END = 8  # repetitions of a KPI measurement when neither KPI nor plan has an end


@dataclass(frozen=True)
class Repeat:
    """Every ``interval`` months (or years), until a day or a number of times."""

    interval: int
    unit: str = "month"  # or "year"
    until: dt.date | None = None
    count: int | None = None


@dataclass(frozen=True)
class DatedEntry:
    """One date of the plan, for the calendar: ``kind``, ``row_id`` and ``extra`` name it for good (so a
    newer export updates it), then its day, title, text and how it repeats (``None``: once)."""

    kind: str
    row_id: int | None
    day: dt.date
    title: str
    description: str = ""
    repeat: Repeat | None = None
    extra: str = ""


def _repeat(months: int, first: dt.date, until: dt.date | None) -> Repeat:
    if until is not None and until >= first:
        return Repeat(months, until=until)
    return Repeat(months, count=MEASUREMENTS_WITHOUT_END)


def calendar_entries(plan: Plan, today: dt.date) -> list[DatedEntry]:
    """The plan's dates still ahead, in a stable order: milestones not done, deadlines of open measures
    (with the measure's status word when it is late), recurring measures, the KPI measurements from the
    next one due, the board report dates and the equality duty's yearly figures and survey. The same
    rules as "Now" decide what is due (``domain.followup``)."""
    from verktoykasse.domain.followup import (
        CLOSED_MEASURES,
        FREQUENCY_MONTHS,
        measurement_due,
        period_ended,
        report_dates,
    )
    from verktoykasse.domain.status import is_late

    untitled = QCoreApplication.translate("Calendar", "(untitled)")
    entries: list[DatedEntry] = []
    if period_ended(plan, today):
        return entries
    for measure in plan.measures:
        if measure.status in CLOSED_MEASURES:
            continue
        title = measure.title or untitled
        for milestone in measure.milestones:
            if milestone.done or milestone.due_date is None:
                continue
            summary = QCoreApplication.translate("Calendar", "Milestone “{title}”")
            description = QCoreApplication.translate("Calendar", "Measure: {measure}").format(measure=title)
            entries.append(
                DatedEntry(
                    "milestone",
                    milestone.id,
                    milestone.due_date,
                    summary.format(title=milestone.title or untitled),
                    description,
                )
            )
        if measure.deadline is not None:
            summary = QCoreApplication.translate("Calendar", "Deadline for “{title}”").format(title=title)
            if is_late(measure, today):
                summary += f" – {measure_status(measure, today)}"
            owner = ""
            if measure.owner.strip():
                owner = QCoreApplication.translate("Calendar", "Owner: {owner}").format(owner=measure.owner)
            entries.append(DatedEntry("measure", measure.id, measure.deadline, summary, owner))
        months = FREQUENCY_MONTHS.get(measure.recurrence or "")
        first = measure.start_date or plan.period_start
        if months is not None and first is not None:
            summary = QCoreApplication.translate("Calendar", "“{title}” (recurring)").format(title=title)
            description = QCoreApplication.translate(
                "Calendar", "Tick it as held in Verktøykassa under “Now”, with a note on how it went."
            )
            repeat = _repeat(months, first, measure.recurrence_end or plan.period_end)
            entries.append(DatedEntry("recurring", measure.id, first, summary, description, repeat))
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
            repeat = _repeat(months, due, plan.period_end or kpi.deadline)
            entries.append(DatedEntry("kpi", kpi.id, due, summary, description, repeat))
    for number, day in enumerate(report_dates(plan), start=1):
        if day < today:
            continue
        summary = QCoreApplication.translate("Calendar", "Report to the board")
        description = QCoreApplication.translate(
            "Calendar", "Before the meeting: File → Ready for the board?, then File → Export PDF…."
        )
        entries.append(DatedEntry("board", plan.id, day, summary, description, extra=str(number)))
    return entries + _arp_entries(plan, today)


def _arp_entries(plan: Plan, today: dt.date) -> list[DatedEntry]:
    """The equality figures every year and the two-yearly survey, from the next one due (an overdue one
    from today), as "Now" lists them (``domain.arp_figures.figures_due``)."""
    from verktoykasse.domain.arp import shows_arp
    from verktoykasse.domain.arp_figures import REMINDER_DAY, SURVEY_INTERVAL, figures_due

    if not shows_arp(plan):
        return []
    due = figures_due(plan.arp_years, today)
    yearly = due.due_on if due.yearly_missing else dt.date(today.year + 1, *REMINDER_DAY)
    survey: dt.date | None = due.due_on
    if not due.survey_due:
        # A survey typed for a year past the calendar's last (20266 for 2026) is due after it: no event.
        asked = due.next_survey_year + 1
        survey = dt.date(asked, *REMINDER_DAY) if asked <= dt.MAXYEAR else None
    where = QCoreApplication.translate("Calendar", "Type them in Verktøykassa: File → Equality duty (ARP)….")
    entries = [
        DatedEntry(
            "arp-figures",
            plan.id,
            max(yearly, today),
            QCoreApplication.translate("Calendar", "Equality figures for the year just ended (ARP)"),
            where,
            Repeat(1, "year", count=MEASUREMENTS_WITHOUT_END),
        ),
    ]
    if survey is not None:
        entries.append(
            DatedEntry(
                "arp-survey",
                plan.id,
                max(survey, today),
                QCoreApplication.translate(
                    "Calendar", "Two-yearly equality survey (ARP): pay by job level and involuntary part-time"
                ),
                where,
                Repeat(SURVEY_INTERVAL, "year", count=MEASUREMENTS_WITHOUT_END),
            )
        )
    return entries
