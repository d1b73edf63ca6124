"""The action plan's report content: the cover and the eight numbered sections, as blocks
(``reports.content``) that the PDF (``reports.action_plan``) and the Word file (``reports.docx``) only lay
out. What a section says, in what order, which columns its tables have, which status words and which
"… and 3 more" lines it shows is decided here and nowhere else, so a change shows in every format.

Order follows how a board reads: cover, a summary for the board (with the decision box), then the gap
analysis, goals and KPIs, the measures with the budget, the timeline, roles and follow-up, the schemes
and contacts used, and the evaluation status. Texts are the user's, untouched (the writers escape them);
headings and fixed words are translated with the "Report" context, so call this inside
``i18n.report_language``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from verktoykasse.domain.formatting import format_date, format_money, format_number
from verktoykasse.domain.labels import frequency_label, priority_label
from verktoykasse.domain.status import MEASURE_STATES, KpiState, kpi_status, measure_state, state_label
from verktoykasse.reports.content import (
    Block,
    Bullets,
    Cover,
    Figure,
    Group,
    Heading,
    Labelled,
    Lines,
    Numbered,
    Quantity,
    Report,
    Section,
    Table,
    Text,
    all_kpis,
    budget_tables,
    cell_value,
    gaps_table,
    goal_numbers,
    hires_table,
    key_measures,
    measure_numbers,
    measure_status,
    period_text,
    prioritised_gaps,
    schemes_used,
    used_schemes,
)
from verktoykasse.reports.text import clean, shorten
from verktoykasse.storage.models import Plan

if TYPE_CHECKING:
    from verktoykasse.budget.budget import Budget
    from verktoykasse.catalogue import Catalogue

SUMMARY_TEXT = 600  # characters of the problem statement on the cover and the summary
SUMMARY_TITLE = 150  # a title in the summary's tables; whole in the later sections
SUMMARY_GOALS = 6
SUMMARY_KPIS = 8
DASH = "–"


def _not_filled() -> Text:
    return Text(QCoreApplication.translate("Report", "Not filled in yet."), "muted")


def _labelled(label: str, value: object) -> list[Block]:
    """A label over the user's text; nothing at all when the user left it empty."""
    text = str(value or "")
    return [Labelled(label, text)] if text.strip() else []


def _quantity(value: float | None, unit: str) -> Quantity | None:
    return None if value is None else Quantity(value, unit)


def _cut(text: str) -> bool:
    """Whether the summary's ``SUMMARY_TEXT`` characters leave some of the text out."""
    return len(" ".join(clean(text).split())) > SUMMARY_TEXT


# -- the cover and the sections -----------------------------------------------------------------------
def cover(plan: Plan, today: dt.date) -> Cover:
    facts = []
    period = period_text(plan)
    if period:
        facts.append((QCoreApplication.translate("Report", "Period"), period))
    facts.append((QCoreApplication.translate("Report", "Date"), format_date(today)))
    if plan.org_number.strip():
        facts.append((QCoreApplication.translate("Report", "Organisation number"), plan.org_number))
    contact = ", ".join(p for p in (plan.contact_person, plan.contact_email, plan.contact_phone) if p.strip())
    if contact:
        facts.append((QCoreApplication.translate("Report", "Contact"), contact))
    question = None
    if plan.problem_statement.strip():
        question = Labelled(
            QCoreApplication.translate("Report", "The question we work from"),
            shorten(plan.problem_statement, SUMMARY_TEXT),
        )
    return Cover(
        plan.org_name,
        QCoreApplication.translate("Report", "Action plan for inclusion"),
        plan.name,
        facts,
        question,
    )


def summary(plan: Plan, today: dt.date, budget: Budget) -> list[Block]:
    from verktoykasse.reports.decision import decision_box

    blocks: list[Block] = []
    box = decision_box(plan, budget, today)
    if not box.is_empty:  # the board's decision first: what the board reads before anything else
        blocks.append(box)
    if plan.problem_statement.strip():  # the summary stays short: long texts are whole in section 2
        blocks.append(Text(shorten(plan.problem_statement, SUMMARY_TEXT)))
        if _cut(plan.problem_statement):
            blocks.append(
                Text(QCoreApplication.translate("Report", "The full text is in section 2."), "muted")
            )

    blocks.append(Heading(QCoreApplication.translate("Report", "Prioritised gaps")))
    gaps = prioritised_gaps(plan)
    if gaps:
        columns = [
            QCoreApplication.translate("Report", "Area"),
            QCoreApplication.translate("Report", "Today"),
            QCoreApplication.translate("Report", "Desired"),
            QCoreApplication.translate("Report", "Priority"),
        ]
        rows = [
            [shorten(g.title, SUMMARY_TITLE), g.current_score, g.desired_score, priority_label(g.priority)]
            for g in gaps
        ]
        blocks.append(Table("summary_gaps", "", columns, rows))
    else:
        blocks.append(_not_filled())

    blocks.append(Heading(QCoreApplication.translate("Report", "Goals")))
    if plan.goals:
        shown = plan.goals[:SUMMARY_GOALS]
        blocks.append(
            Numbered([shorten(goal.title, SUMMARY_TITLE) or DASH for goal in shown], "summary_goals")
        )
        if len(plan.goals) > len(shown):
            more = QCoreApplication.translate("Report", "… and {count} more goals (section 3).")
            blocks.append(Text(more.format(count=len(plan.goals) - len(shown)), "muted"))
    else:
        blocks.append(_not_filled())

    blocks.append(Heading(QCoreApplication.translate("Report", "Key measures"), key="key_measures"))
    if plan.measures:
        counts = Counter(measure_state(m, today) for m in plan.measures)
        line = ", ".join(f"{state_label(s)}: {counts[s]}" for s in MEASURE_STATES if counts.get(s))
        blocks.append(Text(line, "muted"))
        numbers = measure_numbers(plan)
        key = key_measures(plan)
        if key:
            columns = [
                "#",
                QCoreApplication.translate("Report", "Measure"),
                QCoreApplication.translate("Report", "Owner"),
                QCoreApplication.translate("Report", "Deadline"),
                QCoreApplication.translate("Report", "Status"),
            ]
            rows = [
                [
                    numbers[m.id],
                    shorten(m.title, SUMMARY_TITLE),
                    shorten(m.owner, SUMMARY_TITLE),
                    m.deadline,
                    measure_status(m, today),
                ]
                for m in key
            ]
            blocks.append(Table("key_measures", "", columns, rows))
    else:
        blocks.append(_not_filled())

    blocks.append(Heading(QCoreApplication.translate("Report", "KPI status")))
    kpis = all_kpis(plan)
    if kpis:
        states = Counter(kpi_status(kpi).state for _goal, kpi in kpis)
        line = QCoreApplication.translate(
            "Report", "{reached} of {total} KPIs have reached their target, {improving} are improving."
        ).format(reached=states[KpiState.REACHED], total=len(kpis), improving=states[KpiState.IMPROVING])
        blocks.append(Text(line, "muted"))
        rows = []
        for _goal, kpi in kpis[:SUMMARY_KPIS]:
            status = kpi_status(kpi)
            latest = status.latest.value if status.latest else None
            rows.append(
                [
                    shorten(kpi.name, SUMMARY_TITLE),
                    _quantity(kpi.baseline, kpi.unit),
                    _quantity(latest, kpi.unit),
                    _quantity(kpi.target, kpi.unit),
                    status.label,
                ]
            )
        columns = [
            QCoreApplication.translate("Report", "KPI"),
            QCoreApplication.translate("Report", "Baseline"),
            QCoreApplication.translate("Report", "Latest"),
            QCoreApplication.translate("Report", "Target"),
            QCoreApplication.translate("Report", "Status"),
        ]
        blocks.append(Table("summary_kpis", "", columns, rows))
        if len(kpis) > SUMMARY_KPIS:
            more = QCoreApplication.translate("Report", "All {count} KPIs are in sections 3 and 8.")
            blocks.append(Text(more.format(count=len(kpis)), "muted"))
    else:
        blocks.append(_not_filled())
    return blocks


def gap_analysis(plan: Plan) -> list[Block]:
    blocks: list[Block] = []
    if _cut(plan.problem_statement):  # cut on the cover and in the summary: here in full
        blocks += _labelled(
            QCoreApplication.translate("Report", "The question we work from"), plan.problem_statement
        )
    if not plan.gaps:
        return [*blocks, _not_filled()]
    blocks.append(
        Text(
            QCoreApplication.translate(
                "Report", "Each area scored today and as desired, from 1 (weak) to 5 (strong)."
            ),
            "muted",
        )
    )
    blocks.append(gaps_table(plan))  # the same rows as the spreadsheet's Gap sheet
    scored = [g for g in plan.gaps if g.current_score is not None or g.desired_score is not None]
    if scored:
        blocks.append(
            Heading(QCoreApplication.translate("Report", "Today and desired, per area"), key="chart")
        )
        blocks.append(Figure("gap_chart", scored))
    for gap in plan.gaps:
        blocks.append(
            Group(
                "gap",
                [
                    Heading(gap.title or DASH, 3),
                    *_labelled(QCoreApplication.translate("Report", "Today"), gap.current_situation),
                    *_labelled(
                        QCoreApplication.translate("Report", "Desired situation"), gap.desired_situation
                    ),
                    *_labelled(
                        QCoreApplication.translate("Report", "What already works well"), gap.works_well
                    ),
                ],
            )
        )
    if plan.strengths:
        blocks.append(Heading(QCoreApplication.translate("Report", "What already works well, to celebrate")))
        blocks.append(Bullets([(s.description, s.celebration) for s in plan.strengths], separator=" – "))
    return blocks


def goal_title(number: int, title: str) -> str:
    return f"{QCoreApplication.translate('Report', 'Goal {number}').format(number=number)}: {title or DASH}"


def goals_and_kpis(plan: Plan) -> list[Block]:
    if not plan.goals:
        return [_not_filled()]
    blocks: list[Block] = []
    for number, goal in enumerate(plan.goals, start=1):
        group: list[Block] = [Heading(goal_title(number, goal.title))]
        if goal.gap is not None:
            area = QCoreApplication.translate("Report", "Area: {title}").format(title=goal.gap.title)
            group.append(Text(area, "muted"))
        group += _labelled(QCoreApplication.translate("Report", "What changes"), goal.change)
        group += _labelled(QCoreApplication.translate("Report", "Why it matters to us"), goal.relevance)
        group += _labelled(QCoreApplication.translate("Report", "How we measure it"), goal.measurable)
        if goal.kpis:
            rows = []
            for kpi in goal.kpis:
                status = kpi_status(kpi)
                latest = None
                if status.latest is not None:
                    value = cell_value(_quantity(status.latest.value, kpi.unit))
                    latest = f"{value} ({format_date(status.latest.measured_on)})"
                how = ", ".join(
                    x for x in (frequency_label(kpi.frequency), kpi.data_source, kpi.measured_by) if x
                )
                rows.append(
                    [
                        Lines((kpi.name or DASH,), (how,) if how else ()),
                        _quantity(kpi.baseline, kpi.unit),
                        _quantity(kpi.target, kpi.unit),
                        kpi.deadline,
                        latest,
                        status.label,
                    ]
                )
            columns = [
                QCoreApplication.translate("Report", "KPI"),
                QCoreApplication.translate("Report", "Baseline"),
                QCoreApplication.translate("Report", "Target"),
                QCoreApplication.translate("Report", "Deadline"),
                QCoreApplication.translate("Report", "Latest value"),
                QCoreApplication.translate("Report", "Status"),
            ]
            group.append(Table("goal_kpis", "", columns, rows))
        else:
            group.append(Text(QCoreApplication.translate("Report", "No KPIs yet."), "muted"))
        blocks.append(Group("goal", group))
    return blocks


def measures(plan: Plan, today: dt.date, catalogue: Catalogue | None, budget: Budget) -> list[Block]:
    blocks: list[Block] = []
    if not plan.measures:
        blocks.append(_not_filled())
    else:
        goals = goal_numbers(plan)
        blocks.append(
            Text(
                QCoreApplication.translate(
                    "Report", "The Goal column refers to the goal numbers in section 3."
                ),
                "muted",
            )
        )
        rows = []
        for number, measure in enumerate(plan.measures, start=1):
            owner = Lines((measure.owner or DASH,))
            if measure.responsible.strip() and measure.responsible != measure.owner:
                responsible = QCoreApplication.translate("Report", "Responsible: {name}")
                owner = Lines(owner.main, (responsible.format(name=measure.responsible),))
            resources = []
            if measure.cost_nok is not None:
                resources.append(format_money(measure.cost_nok))
            if measure.hours is not None:
                hours = QCoreApplication.translate("Report", "{hours} hours")
                resources.append(hours.format(hours=format_number(measure.hours)))
            rows.append(
                [
                    number,
                    Lines(
                        (measure.title or DASH,),
                        tuple(x for x in (measure.area, measure.description) if x.strip()),
                        bold=True,
                    ),
                    ", ".join(str(goals[g.id]) for g in measure.goals if g.id in goals),
                    owner,
                    measure.start_date,
                    measure.deadline,
                    measure_status(measure, today),
                    Lines(
                        tuple(resources), (measure.resource_note,) if measure.resource_note.strip() else ()
                    ),
                    measure.expected_effect,
                    Lines(tuple(schemes_used(measure, catalogue))),
                ]
            )
        columns = [
            "#",
            QCoreApplication.translate("Report", "Measure"),
            QCoreApplication.translate("Report", "Goal"),
            QCoreApplication.translate("Report", "Owner"),
            QCoreApplication.translate("Report", "Start"),
            QCoreApplication.translate("Report", "Deadline"),
            QCoreApplication.translate("Report", "Status"),
            QCoreApplication.translate("Report", "Resources"),
            QCoreApplication.translate("Report", "Expected effect"),
            QCoreApplication.translate("Report", "Schemes used"),
        ]
        blocks.append(Table("plan_measures", "", columns, rows))
    return blocks + budget_blocks(plan, budget)


def budget_blocks(plan: Plan, budget: Budget) -> list[Block]:
    """Section 4's budget: per measure, per year (when the plan spans years or has undated costs), each
    planned hire's estimate and what the estimate is based on, each figure marked as an estimate."""
    from verktoykasse.budget.subsidy import estimate_note
    from verktoykasse.reports.budget_tables import estimate_basis

    tables = budget_tables(plan, budget)
    if not tables:
        return []
    explanation = " ".join(
        (
            QCoreApplication.translate(
                "Report",
                "Gross cost: each measure's cost, its hours at the hourly cost and its hires' costs.",
            ),
            QCoreApplication.translate("Report", "Expected subsidies: what Nav's schemes may pay back."),
        )
    )
    if budget.hourly_cost is not None:
        explanation += " " + QCoreApplication.translate("Report", "Hourly cost: {cost}.").format(
            cost=format_money(budget.hourly_cost)
        )
    blocks: list[Block] = [
        Heading(QCoreApplication.translate("Report", "Budget and expected subsidies"), key="budget"),
        Text(explanation, "muted"),
        Text(estimate_note(), "note"),
        *(Text(note, "note") for note in budget.notes),
    ]
    years = budget.by_year()
    blocks += [t for t in tables if t.key != "budget_years" or len(years) > 1 or 0 in years]
    hires = hires_table(budget)
    if hires.rows:
        blocks += [Heading(hires.title, 3), hires]
    basis = estimate_basis(budget)
    if basis:
        blocks.append(Heading(QCoreApplication.translate("Report", "What the estimate is based on"), 3))
        blocks += [Text(line, "note") for line in basis]
    return blocks


def timeline(plan: Plan, today: dt.date) -> list[Block]:
    numbers = measure_numbers(plan)
    dated = [m for m in plan.measures if m.start_date or m.deadline or any(s.due_date for s in m.milestones)]
    if not dated:
        return [Text(QCoreApplication.translate("Report", "No measures with dates yet."), "muted")]
    table = Table(
        "timeline",
        "",
        [
            "#",
            QCoreApplication.translate("Report", "Measure"),
            QCoreApplication.translate("Report", "Start"),
            QCoreApplication.translate("Report", "Deadline"),
            QCoreApplication.translate("Report", "Status"),
        ],
        [[numbers[m.id], m.title, m.start_date, m.deadline, measure_status(m, today)] for m in dated],
    )
    blocks: list[Block] = [Figure("timeline", plan, table)]
    stones = sorted(
        ((s.due_date, numbers[m.id], m, s) for m in plan.measures for s in m.milestones if s.due_date),
        key=lambda item: (item[0], item[1]),
    )
    if stones:
        locale = QLocale()
        blocks.append(Heading(QCoreApplication.translate("Report", "Milestones by month")))
        columns = [
            QCoreApplication.translate("Report", "Month"),
            QCoreApplication.translate("Report", "Date"),
            QCoreApplication.translate("Report", "Milestone"),
            QCoreApplication.translate("Report", "Measure"),
            QCoreApplication.translate("Report", "Done"),
        ]
        rows = [
            [
                f"{locale.standaloneMonthName(due.month, QLocale.FormatType.LongFormat)} {due.year}",
                due,
                stone.title,
                f"{number}  {measure.title}",
                QCoreApplication.translate("Report", "Yes") if stone.done else "",
            ]
            for due, number, measure, stone in stones
        ]
        blocks.append(Table("milestones_by_month", "", columns, rows))
    return blocks


def roles(plan: Plan) -> list[Block]:
    fields = [
        (QCoreApplication.translate("Report", "Owner of the work"), plan.work_owner),
        (QCoreApplication.translate("Report", "Operational responsible"), plan.operational_responsible),
        (QCoreApplication.translate("Report", "How progress is followed up"), plan.follow_up_method),
        (QCoreApplication.translate("Report", "Reporting"), frequency_label(plan.reporting_frequency)),
        (
            QCoreApplication.translate("Report", "Anchoring in strategy and steering documents"),
            plan.anchoring,
        ),
        (QCoreApplication.translate("Report", "Training needs"), plan.training_needs),
        (QCoreApplication.translate("Report", "External advisers and support"), plan.external_support),
        (QCoreApplication.translate("Report", "Follow-up of included employees"), plan.follow_up_framework),
    ]
    filled = [[label, value] for label, value in fields if str(value).strip()]
    blocks: list[Block] = [Table("roles", "", [], filled, row_labels=True)] if filled else [_not_filled()]
    decisions = [decision.text for decision in plan.board_decisions if decision.text.strip()]
    if decisions:  # in full: the summary's decision box shows the first ones, cut to fit its page
        blocks.append(Heading(QCoreApplication.translate("Report", "The board is asked to:")))
        blocks.append(Numbered(decisions, "decisions"))
    if plan.participants:
        blocks.append(Heading(QCoreApplication.translate("Report", "Who took part")))
        columns = [
            QCoreApplication.translate("Report", "Name"),
            QCoreApplication.translate("Report", "Role or organisation"),
        ]
        rows = [[p.name, p.organisation] for p in plan.participants]
        blocks.append(Table("participants", "", columns, rows))
    return blocks


def schemes(plan: Plan, catalogue: Catalogue | None) -> list[Block]:
    used = used_schemes(plan, catalogue)
    if not used:
        text = QCoreApplication.translate("Report", "No schemes or contacts are linked to the measures yet.")
        return [Text(text, "muted")]
    columns = [
        QCoreApplication.translate("Report", "Scheme or contact"),
        QCoreApplication.translate("Report", "Provider or organisation"),
        QCoreApplication.translate("Report", "Web address and contact"),
        QCoreApplication.translate("Report", "Used by measures"),
    ]
    rows = [
        [name, provider, Lines(tuple(reach)), ", ".join(str(n) for n in numbers)]
        for name, provider, reach, numbers in used
    ]
    return [Table("schemes", "", columns, rows)]


def evaluation(plan: Plan) -> list[Block]:
    blocks: list[Block] = []
    charts = [
        (
            kpi,
            goal_title(number, goal.title)
            if goal.title.strip()
            else QCoreApplication.translate("Report", "Goal {number}").format(number=number),
        )
        for number, goal in enumerate(plan.goals, start=1)
        for kpi in goal.kpis
    ]
    if charts:
        text = QCoreApplication.translate(
            "Report", "Each KPI's measurements against its baseline and target."
        )
        blocks += [Text(text, "muted"), Figure("kpi_charts", charts)]
    else:
        blocks.append(Text(QCoreApplication.translate("Report", "No KPIs yet."), "muted"))
    evaluated = [m for m in plan.measures if m.what_was_done.strip() or m.outcome.strip()]
    if evaluated:
        numbers = measure_numbers(plan)
        blocks.append(Heading(QCoreApplication.translate("Report", "What the measures gave")))
        columns = [
            "#",
            QCoreApplication.translate("Report", "Measure"),
            QCoreApplication.translate("Report", "What was done"),
            QCoreApplication.translate("Report", "What it gave"),
        ]
        rows = [[numbers[m.id], m.title, m.what_was_done, m.outcome] for m in evaluated]
        blocks.append(Table("evaluated", "", columns, rows))
    if plan.lessons:
        blocks.append(Heading(QCoreApplication.translate("Report", "What we learnt")))
        # Outside the f-string: lupdate does not look inside one, and the words would stay English.
        next_cycle = "(" + QCoreApplication.translate("Report", "into the next cycle") + ")"
        blocks.append(
            Bullets([(lesson.text, next_cycle if lesson.carry_forward else "") for lesson in plan.lessons])
        )
    blocks += _labelled(
        QCoreApplication.translate("Report", "How insight becomes daily practice"), plan.practice_integration
    )
    blocks += _labelled(
        QCoreApplication.translate("Report", "Experiences to share with others"), plan.experiences_to_share
    )
    blocks += _labelled(QCoreApplication.translate("Report", "What we celebrate"), plan.celebrations)
    return blocks


def report_content(plan: Plan, today: dt.date, catalogue: Catalogue | None) -> Report:
    """The whole report of ``plan`` on ``today``: what the PDF and the Word file say, section by section.

    ``catalogue`` names the schemes the measures use; without it (it could not be read) they show their ids.
    """
    from verktoykasse.reports.budget_tables import plan_budget

    budget = plan_budget(plan, catalogue)
    sections = [
        Section(
            "summary",
            1,
            QCoreApplication.translate("Report", "Summary for the board"),
            summary(plan, today, budget),
            new_page=True,
        ),
        Section(
            "gaps", 2, QCoreApplication.translate("Report", "Gap analysis"), gap_analysis(plan), new_page=True
        ),
        Section("goals", 3, QCoreApplication.translate("Report", "Goals and KPIs"), goals_and_kpis(plan)),
        Section(
            "measures",
            4,
            QCoreApplication.translate("Report", "Measures"),
            measures(plan, today, catalogue, budget),
            landscape=True,
        ),
        Section(
            "timeline",
            5,
            QCoreApplication.translate("Report", "Timeline"),
            timeline(plan, today),
            landscape=True,
        ),
        Section("roles", 6, QCoreApplication.translate("Report", "Roles and follow-up"), roles(plan)),
        Section(
            "schemes",
            7,
            QCoreApplication.translate("Report", "Schemes and contacts used"),
            schemes(plan, catalogue),
        ),
        Section(
            "evaluation",
            8,
            QCoreApplication.translate("Report", "Evaluation status"),
            evaluation(plan),
            new_page=True,
        ),
    ]
    return Report(cover(plan, today), sections)
