""" "Ready for the board?": what the board will miss in the plan's PDF, each with the field to fill.

Goals without a way to follow them (no KPI and no measure: a qualitative goal followed by its measures
is fine and never asked for a number), KPIs without a target or a deadline, measures without an owner or
a deadline, gaps not scored, and KPIs whose measurement for this period is missing (the rules of
``domain.followup``). The check informs; it never stops an export.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from verktoykasse.domain.followup import measurement_due, period_ended
from verktoykasse.domain.formatting import format_date
from verktoykasse.domain.validation import PlanWarning
from verktoykasse.domain.vocabulary import MeasureStatus, Step

if TYPE_CHECKING:
    from verktoykasse.storage.models import Plan


def _name(text: str) -> str:
    return text.strip() or QCoreApplication.translate("Readiness", "(untitled)")


def board_gaps(plan: Plan, today: dt.date) -> list[PlanWarning]:
    """What the board will miss, in the order of the steps; empty when the plan is ready."""
    found: list[PlanWarning] = []

    def add(step: Step, message: str, kind: str, row_id: int | None, field: str, where: str) -> None:
        found.append(PlanWarning(step, message, kind, row_id, field, where))

    for gap in plan.gaps:
        if gap.current_score is None or gap.desired_score is None:
            field = "current_score" if gap.current_score is None else "desired_score"
            add(
                Step.GAPS,
                QCoreApplication.translate("Readiness", "The gap is not scored (today and desired)."),
                "gap_area",
                gap.id,
                field,
                _name(gap.title),
            )
    for goal in plan.goals:
        if not goal.kpis and not goal.measures:
            add(
                Step.GOALS,
                QCoreApplication.translate(
                    "Readiness",
                    "The goal has no KPI and no measure: the board cannot see how it is followed up.",
                ),
                "goal",
                goal.id,
                "kpis",
                _name(goal.title),
            )
        for kpi in goal.kpis:
            where = _name(kpi.name)
            if kpi.target is None:
                add(
                    Step.GOALS,
                    QCoreApplication.translate("Readiness", "The KPI has no target."),
                    "kpi",
                    kpi.id,
                    "target",
                    where,
                )
            if kpi.deadline is None:
                add(
                    Step.GOALS,
                    QCoreApplication.translate("Readiness", "The KPI has no deadline."),
                    "kpi",
                    kpi.id,
                    "deadline",
                    where,
                )
    for measure in plan.measures:
        if measure.status == MeasureStatus.CANCELLED:
            continue
        where = _name(measure.title)
        if not measure.owner.strip():
            add(
                Step.MEASURES,
                QCoreApplication.translate("Readiness", "The measure has no owner."),
                "measure",
                measure.id,
                "owner",
                where,
            )
        if measure.deadline is None:
            add(
                Step.MEASURES,
                QCoreApplication.translate("Readiness", "The measure has no deadline."),
                "measure",
                measure.id,
                "deadline",
                where,
            )
    if not period_ended(plan, today):
        for goal in plan.goals:
            for kpi in goal.kpis:
                due = measurement_due(kpi, today, plan.period_start)
                if due is not None and due <= today:
                    message = QCoreApplication.translate(
                        "Readiness", "No measurement this period (due since {date})."
                    ).format(date=format_date(due))
                    add(Step.EVALUATION, message, "kpi", kpi.id, "", _name(kpi.name))
    return found
