"""How far each step of a plan has come, for the step list's ticks and for where to resume.

The rule, per step, is the mean of a few *parts*; each part is 1 when done, 0 when not, or a share
(for lists: the mean of the rows' own filled shares, 0 for an empty list). Optional fields (county,
e-mail, phone, narrowing, SDG marks, resources used) never lower the score.

- Profile: business name, a valid organisation number, industry, number of employees, municipality,
  contact person, problem statement.
- Needs exploration: the employer's labour need, the target group's needs, new ways of working, the four
  guiding questions (one part each), data and statistics used, at least one participant, the workshop
  (date and summary), at least one written need on each side, and both "visible" checks ticked.
- Gap analysis: the gap areas (each: title, today, desired, both scores, expected effect, priority) and at
  least one strength to celebrate.
- Goals and KPIs: the goals (each: title, what changes, why relevant, how measured, and its KPIs — each
  KPI: name, unit, baseline, target, deadline, data source, who measures).
- Measures and action plan: the measures (each: title, description, owner, operational responsible,
  start, deadline, resources as money/hours/note, expected effect, at least one goal served, at least one
  milestone) and the roles (owner of the work, operational responsible, follow-up, reporting frequency,
  anchoring, training needs, external support, follow-up framework; one part together).
- Evaluation and learning: KPIs measured (share with at least one measurement), measures under way or
  finished evaluated (what was done and what it gave; a measure not started yet is not asked), at least one
  lesson, how insight becomes daily practice, experiences to share, what to celebrate.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from verktoykasse.domain.validation import check_org_number
from verktoykasse.domain.vocabulary import STEPS, MeasureStatus, NeedSide, Step

if TYPE_CHECKING:
    from verktoykasse.storage.models import GapArea, Goal, Kpi, Measure, Plan

NOT_YET_EVALUATED = frozenset({MeasureStatus.PLANNED, MeasureStatus.CANCELLED})


def _filled(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return True


def _share(values: Iterable[object]) -> float:
    items = [1.0 if _filled(v) and v is not False else 0.0 for v in values]
    return sum(items) / len(items) if items else 0.0


def _mean(parts: Sequence[float | bool]) -> float:
    return sum(float(part) for part in parts) / len(parts) if parts else 0.0


def _rows(rows: Sequence, score) -> float:
    return _mean([score(row) for row in rows]) if rows else 0.0


def _profile(plan: Plan) -> float:
    org_number_ok = _filled(plan.org_number) and check_org_number(plan.org_number) is None
    return _mean(
        [
            _filled(plan.org_name),
            org_number_ok,
            _filled(plan.industry),
            plan.employees is not None,
            _filled(plan.municipality),
            _filled(plan.contact_person),
            _filled(plan.problem_statement),
        ]
    )


def _needs(plan: Plan) -> float:
    sides = {need.side for need in plan.needs if _filled(need.description)}
    return _mean(
        [
            _filled(plan.labour_need),
            _filled(plan.target_group_needs),
            _filled(plan.new_ways_of_working),
            _filled(plan.question_employer_need),
            _filled(plan.question_outside_need),
            _filled(plan.question_other_positions),
            _filled(plan.question_seen_as_resources),
            _filled(plan.data_sources),
            bool(plan.participants),
            plan.workshop_date is not None and _filled(plan.workshop_summary),
            NeedSide.EMPLOYER in sides and NeedSide.TARGET_GROUP in sides,
            plan.employer_needs_visible and plan.target_group_needs_visible,
        ]
    )


def _gap(gap: GapArea) -> float:
    return _share(
        [
            gap.title,
            gap.current_situation,
            gap.desired_situation,
            gap.current_score,
            gap.desired_score,
            gap.expected_effect,
            gap.priority,
        ]
    )


def _gaps(plan: Plan) -> float:
    strength = any(_filled(item.description) for item in plan.strengths)
    return _mean([_rows(plan.gaps, _gap), strength])


def _kpi(kpi: Kpi) -> float:
    return _share(
        [kpi.name, kpi.unit, kpi.baseline, kpi.target, kpi.deadline, kpi.data_source, kpi.measured_by]
    )


def _goal(goal: Goal) -> float:
    return _mean(
        [
            _filled(goal.title),
            _filled(goal.change),
            _filled(goal.relevance),
            _filled(goal.measurable),
            _rows(goal.kpis, _kpi),
        ]
    )


def _goals(plan: Plan) -> float:
    return _rows(plan.goals, _goal)


def _measure(measure: Measure) -> float:
    resources = measure.cost_nok is not None or measure.hours is not None or _filled(measure.resource_note)
    return _mean(
        [
            _filled(measure.title),
            _filled(measure.description),
            _filled(measure.owner),
            _filled(measure.responsible),
            measure.start_date is not None,
            measure.deadline is not None,
            resources,
            _filled(measure.expected_effect),
            bool(measure.goals),
            bool(measure.milestones),
        ]
    )


def _measures(plan: Plan) -> float:
    roles = _share(
        [
            plan.work_owner,
            plan.operational_responsible,
            plan.follow_up_method,
            plan.reporting_frequency,
            plan.anchoring,
            plan.training_needs,
            plan.external_support,
            plan.follow_up_framework,
        ]
    )
    return _mean([_rows(plan.measures, _measure), roles])


def _evaluation(plan: Plan) -> float:
    kpis = [kpi for goal in plan.goals for kpi in goal.kpis]
    started = [m for m in plan.measures if m.status not in NOT_YET_EVALUATED]
    return _mean(
        [
            _rows(kpis, lambda kpi: bool(kpi.measurements)),
            _rows(started, lambda m: _share([m.what_was_done, m.outcome])),
            any(_filled(lesson.text) for lesson in plan.lessons),
            _filled(plan.practice_integration),
            _filled(plan.experiences_to_share),
            _filled(plan.celebrations),
        ]
    )


_RULES = {
    Step.PROFILE: _profile,
    Step.NEEDS: _needs,
    Step.GAPS: _gaps,
    Step.GOALS: _goals,
    Step.MEASURES: _measures,
    Step.EVALUATION: _evaluation,
}


def step_completeness(plan: Plan) -> dict[Step, float]:
    """For each step, from 0.0 (nothing yet) to 1.0 (everything the method asks for is there)."""
    return {step: step_share(plan, step) for step in STEPS}


def step_share(plan: Plan, step: Step | str) -> float:
    """How complete one step is (0.0–1.0): what the wizard recomputes as the user types on that step."""
    return round(_RULES[Step(step)](plan), 4)


def first_incomplete_step(plan: Plan) -> Step:
    """The first step not yet complete, or the last step when all are."""
    completeness = step_completeness(plan)
    for step in STEPS:
        if completeness[step] < 1.0:
            return step
    return STEPS[-1]


def resume_step(plan: Plan) -> Step:
    """Where the wizard opens: the step the user last had open (``Plan.current_step``), or — when that is
    unknown (a value from a newer version) — the first step not yet complete."""
    try:
        return Step(plan.current_step)
    except ValueError:
        return first_incomplete_step(plan)
