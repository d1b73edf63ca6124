""" "Ready for the board?": what the board will miss in the plan's PDF, each with the field to fill.

Goals without a way to follow them (no KPI and no measure: a qualitative goal followed by its measures
is fine and never asked for a number), KPIs without a target or a deadline, measures without an owner or
a deadline, gaps not scored, and KPIs whose measurement for this period is missing (the rules of
``domain.followup``). What ``domain.validation`` already says is missing (a KPI's target, a measure's
owner and deadline) is taken from there, in its words. The check informs; it never stops an export.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from verktoykasse.domain.followup import measurement_due, period_ended
from verktoykasse.domain.formatting import format_date
from verktoykasse.domain.validation import PlanWarning, plan_warnings
from verktoykasse.domain.vocabulary import STEPS, MeasureStatus, Step

if TYPE_CHECKING:
    from verktoykasse.storage.models import Plan

Missing = tuple[str, str] | None  # the field the board will miss and the message, or None

# The warnings of ``plan_warnings`` that say a value the board reads is missing (row kind, field).
MISSING_IN_VALIDATION = frozenset({("kpi", "target"), ("measure", "owner"), ("measure", "deadline")})


def _name(text: str) -> str:
    return text.strip() or QCoreApplication.translate("Readiness", "(untitled)")


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _from_validation(plan: Plan) -> list[PlanWarning]:
    """The warnings of ``domain.validation`` about a missing value (not about a wrong one)."""
    rows: dict[tuple[str, int | None], Any] = {("measure", m.id): m for m in plan.measures}
    rows.update({("kpi", k.id): k for goal in plan.goals for k in goal.kpis})
    found = []
    for warning in plan_warnings(plan):
        row = rows.get((warning.row_kind, warning.row_id))
        if (warning.row_kind, warning.field) not in MISSING_IN_VALIDATION or row is None:
            continue
        if _missing(getattr(row, warning.field)) and getattr(row, "status", "") != MeasureStatus.CANCELLED:
            found.append(warning)
    return found


def _each(
    rows: Iterable[Any], step: Step, kind: str, missing: Callable[[Any], Missing], name: Callable[[Any], str]
) -> list[PlanWarning]:
    """A warning for each row where ``missing`` names the field the board will miss, and why."""
    found = []
    for row in rows:
        what = missing(row)
        if what is not None:
            found.append(PlanWarning(step, what[1], kind, row.id, what[0], _name(name(row))))
    return found


def board_gaps(plan: Plan, today: dt.date) -> list[PlanWarning]:
    """What the board will miss, in the order of the steps; empty when the plan is ready."""
    kpis = [kpi for goal in plan.goals for kpi in goal.kpis]

    def unscored(gap: Any) -> Missing:
        if gap.current_score is not None and gap.desired_score is not None:
            return None
        field = "current_score" if gap.current_score is None else "desired_score"
        return field, QCoreApplication.translate("Readiness", "The gap is not scored (today and desired).")

    def unfollowed(goal: Any) -> Missing:
        if goal.kpis or goal.measures:
            return None
        return "kpis", QCoreApplication.translate(
            "Readiness", "The goal has no KPI and no measure: the board cannot see how it is followed up."
        )

    def undated(kpi: Any) -> Missing:
        return (
            None
            if kpi.deadline
            else ("deadline", QCoreApplication.translate("Readiness", "The KPI has no deadline."))
        )

    def unmeasured(kpi: Any) -> Missing:
        due = measurement_due(kpi, today, plan.period_start)
        if due is None or due > today or period_ended(plan, today):
            return None
        message = QCoreApplication.translate("Readiness", "No measurement this period (due since {date}).")
        return "", message.format(date=format_date(due))

    found = [
        *_each(plan.gaps, Step.GAPS, "gap_area", unscored, lambda gap: gap.title),
        *_each(plan.goals, Step.GOALS, "goal", unfollowed, lambda goal: goal.title),
        *_from_validation(plan),
        *_each(kpis, Step.GOALS, "kpi", undated, lambda kpi: kpi.name),
        *_each(kpis, Step.EVALUATION, "kpi", unmeasured, lambda kpi: kpi.name),
    ]
    order = {step: index for index, step in enumerate(STEPS)}
    return sorted(found, key=lambda warning: order[Step(warning.step)])  # stable: steps keep their order
