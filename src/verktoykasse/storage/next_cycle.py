"""Starting the next round of the method from a finished (or nearly finished) plan.

A business runs the five steps year after year. The new plan starts where the old one stopped: the same
profile and problem statement, the same roles and follow-up, the gap areas as a starting point, every
lesson learnt, and the measures still open with what they need (unfinished milestones, schemes and
contacts used, the goals they serve with their KPIs). A KPI's latest measurement becomes its new baseline.

The old plan is only read, never changed: it stays the record of what was planned and achieved.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from verktoykasse.domain.vocabulary import OPEN_STATUSES
from verktoykasse.storage.models import (
    Base,
    GapArea,
    Goal,
    Measure,
    Plan,
)
from verktoykasse.storage.plans import clean_name

PROFILE_FIELDS = (
    "org_name",
    "org_number",
    "industry",
    "employees",
    "municipality",
    "county",
    "contact_person",
    "contact_email",
    "contact_phone",
    "problem_statement",
)
ROLE_FIELDS = (
    "work_owner",
    "operational_responsible",
    "follow_up_method",
    "reporting_frequency",
    "anchoring",
    "training_needs",
    "external_support",
    "follow_up_framework",
)
# Columns never copied: identity and links, which the copy gets anew.
_SKIP = frozenset({"id", "plan_id", "goal_id", "gap_id", "measure_id", "kpi_id"})
# What a measure's evaluation said about the old round; the new round writes its own.
_MEASURE_EVALUATION = frozenset({"what_was_done", "outcome"})


def _copy(row: Base, skip: frozenset[str] = frozenset(), **values: object) -> Base:
    """A new, unattached row of the same kind with the same column values (except ids and links)."""
    columns = {
        column.key: getattr(row, column.key)
        for column in inspect(type(row)).column_attrs
        if column.key not in _SKIP and column.key not in skip
    }
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
        **{field: getattr(old, field) for field in PROFILE_FIELDS + ROLE_FIELDS},
    )

    gaps: dict[int, GapArea] = {}
    for position, gap in enumerate(old.gaps):
        gaps[gap.id] = _copy(gap, position=position)
        new.gaps.append(gaps[gap.id])

    open_measures = [measure for measure in old.measures if measure.status in OPEN_STATUSES]
    served = {goal.id for measure in open_measures for goal in measure.goals}
    goals: dict[int, Goal] = {}
    for goal in old.goals:
        if goal.id not in served:
            continue
        copy = _copy(goal, position=len(goals), gap=gaps.get(goal.gap_id) if goal.gap_id else None)
        for kpi in goal.kpis:
            latest = kpi.measurements[-1].value if kpi.measurements else kpi.baseline
            copy.kpis.append(_copy(kpi, baseline=latest))
        goals[goal.id] = copy
        new.goals.append(copy)

    for position, measure in enumerate(open_measures):
        copy: Measure = _copy(measure, _MEASURE_EVALUATION, position=position)
        copy.goals = [goals[goal.id] for goal in measure.goals]
        unfinished = [milestone for milestone in measure.milestones if not milestone.done]
        copy.milestones = [_copy(m, position=i) for i, m in enumerate(unfinished)]
        copy.resources_used = [_copy(resource) for resource in measure.resources_used]
        new.measures.append(copy)

    new.lessons = [_copy(lesson) for lesson in old.lessons]
    session.add(new)
    session.commit()
    return new
