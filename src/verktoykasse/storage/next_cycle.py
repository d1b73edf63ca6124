"""Starting the next round of the method from a finished (or nearly finished) plan.

A business runs the five steps year after year. The new plan starts where the old one stopped: the same
profile and problem statement, the same roles and follow-up, the gap areas as a starting point, every
lesson learnt, the equality work's risk map and the figures of the years before, and the measures still
open with what they need (unfinished milestones, schemes and contacts used, the goals they serve with
their KPIs). A KPI's latest measurement becomes its new baseline.

The old plan is only read, never changed: it stays the record of what was planned and achieved.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from verktoykasse.domain.plan_description import (
    ARP_PAY_LEVEL,
    ARP_RISK,
    ARP_YEAR,
    GAP,
    GOAL,
    KPI,
    LESSON,
    MEASURE,
    MILESTONE,
    PLAN,
    RESOURCE,
    Table,
)
from verktoykasse.domain.vocabulary import OPEN_STATUSES
from verktoykasse.storage.models import Base, GapArea, Goal, Measure, Plan
from verktoykasse.storage.plans import clean_name


def _copy(table: Table, row: Base, **values: object) -> Base:
    """A new, unattached row of the same kind with the fields the description copies into the next cycle.

    A list's position is kept unless ``values`` says otherwise; a row that is one of its links (a
    resource: a catalogue entry or a contact) keeps the link. Ids and links to the old plan's rows never
    travel: the copy gets its own.
    """
    columns = {name: getattr(row, name) for name in table.copied()}
    if table.positioned:
        columns["position"] = row.position
    if table.one_link:
        columns.update({link.column: getattr(row, link.column) for link in table.links})
    return type(row)(**{**columns, **values})


def _next_period(plan: Plan) -> tuple[dt.date | None, dt.date | None]:
    """The period after the old one, just as long: 2026 → 2027."""
    if plan.period_start is None or plan.period_end is None or plan.period_end < plan.period_start:
        return None, None
    start = plan.period_end + dt.timedelta(days=1)
    return start, start + (plan.period_end - plan.period_start)


def start_next_cycle(session: Session, previous_plan_id: int, name: str) -> Plan:
    """Create and save the next round's plan from plan ``previous_plan_id``; returns the new plan."""
    old = session.get(Plan, previous_plan_id)
    if old is None:
        raise LookupError(previous_plan_id)
    period_start, period_end = _next_period(old)
    new = Plan(
        name=clean_name(name),
        previous_plan_id=old.id,
        period_start=period_start,
        period_end=period_end,
        **{field: getattr(old, field) for field in PLAN.copied()},
    )

    gaps: dict[int, GapArea] = {}
    for position, gap in enumerate(old.gaps):
        gaps[gap.id] = _copy(GAP, gap, position=position)
        new.gaps.append(gaps[gap.id])

    open_measures = [measure for measure in old.measures if measure.status in OPEN_STATUSES]
    served = {goal.id for measure in open_measures for goal in measure.goals}
    goals: dict[int, Goal] = {}
    for goal in old.goals:
        if goal.id not in served:
            continue
        copy = _copy(GOAL, goal, position=len(goals), gap=gaps.get(goal.gap_id) if goal.gap_id else None)
        for kpi in goal.kpis:
            latest = kpi.measurements[-1].value if kpi.measurements else kpi.baseline
            copy.kpis.append(_copy(KPI, kpi, baseline=latest))
        goals[goal.id] = copy
        new.goals.append(copy)

    for position, measure in enumerate(open_measures):
        copy: Measure = _copy(MEASURE, measure, position=position)
        copy.goals = [goals[goal.id] for goal in measure.goals]
        unfinished = [milestone for milestone in measure.milestones if not milestone.done]
        copy.milestones = [_copy(MILESTONE, m, position=i) for i, m in enumerate(unfinished)]
        copy.resources_used = [_copy(RESOURCE, resource) for resource in measure.resources_used]
        new.measures.append(copy)

    new.lessons = [_copy(LESSON, lesson) for lesson in old.lessons]
    # The equality work: last round's risk map is where this round's assessment starts (its risks point
    # to the copied gap areas), and the figures of the years before stay, so the two-yearly survey knows
    # when it was last done. The representatives' meetings belong to the round they were held in.
    new.arp_risks = [
        _copy(ARP_RISK, risk, gap=gaps.get(risk.gap_id) if risk.gap_id else None) for risk in old.arp_risks
    ]
    for year in old.arp_years:
        copy = _copy(ARP_YEAR, year)
        copy.pay_levels = [_copy(ARP_PAY_LEVEL, level) for level in year.pay_levels]
        new.arp_years.append(copy)
    session.add(new)
    session.commit()
    return new
