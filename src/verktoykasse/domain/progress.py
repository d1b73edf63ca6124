"""How far each step of a plan has come, for the step list's ticks and for where to resume.

Which fields a step asks for is the plan's description (``Field.counts`` in ``domain.plan_description``);
what is not a field (a list that must not be empty, both sides of the needs) is written here.
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

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from verktoykasse.domain.plan_description import (
    GAP,
    GOAL,
    KPI,
    LESSON,
    MEASURE,
    MILESTONE,
    NEED,
    PART,
    PARTICIPANT,
    PLAN,
    STRENGTH,
    Field,
    Table,
    label_of,
)
from verktoykasse.domain.validation import check_org_number
from verktoykasse.domain.vocabulary import STEPS, MeasureStatus, NeedSide, Step

if TYPE_CHECKING:
    from verktoykasse.storage.models import Plan

NOT_YET_EVALUATED = frozenset({MeasureStatus.PLANNED, MeasureStatus.CANCELLED})


def _filled(value: object) -> bool:
    """Something is there: not nothing, not blank text, not an unticked box (a 0 is a value)."""
    if value is None or value is False:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return True


def _share(values: Iterable[object]) -> float:
    items = [1.0 if _filled(v) else 0.0 for v in values]
    return sum(items) / len(items) if items else 0.0


def _mean(parts: Sequence[float | bool]) -> float:
    return sum(float(part) for part in parts) / len(parts) if parts else 0.0


def _rows(rows: Sequence, score: Callable[[Any], float]) -> float:
    return _mean([score(row) for row in rows]) if rows else 0.0


# A field that is only done when it is also valid.
_VALID: dict[str, Callable[[str], str | None]] = {"org_number": check_org_number}

# How fields that share a part of a step (``Field.counts``) make that part: every one of them, any one of
# them, or the share of them that is filled.
_SHARED: dict[str, Callable[[list[bool]], float]] = {
    "workshop": all,  # a date and a summary: the workshop was held and written up
    "visible": all,  # both sides' needs made visible
    "resources": any,  # money, hours or a note: the measure's resources are thought about
    "roles": lambda done: _mean(done),
    "evaluated": lambda done: _mean(done),
}


def _done(row: object, name: str) -> bool:
    value = getattr(row, name)
    valid = _VALID.get(name)
    return _filled(value) and (valid is None or valid(value) is None)


def _parts(table: Table, row: object, step: Step) -> list[float]:
    """The parts of ``step`` that the row's own fields make, as the description says."""
    parts: list[float] = []
    shared: dict[str, list[bool]] = {}
    for field in table.on_step(step):
        if field.counts == PART:
            parts.append(float(_done(row, field.name)))
        elif field.counts:
            shared.setdefault(field.counts, []).append(_done(row, field.name))
    parts.extend(float(_SHARED[name](done)) for name, done in shared.items())
    return parts


def _profile(plan: Plan) -> float:
    return _mean(_parts(PLAN, plan, Step.PROFILE))


def _needs(plan: Plan) -> float:
    sides = {need.side for need in plan.needs if _filled(need.description)}
    return _mean(
        [
            *_parts(PLAN, plan, Step.NEEDS),
            bool(plan.participants),
            NeedSide.EMPLOYER in sides and NeedSide.TARGET_GROUP in sides,
        ]
    )


def _gaps(plan: Plan) -> float:
    strength = any(_filled(item.description) for item in plan.strengths)
    return _mean([_rows(plan.gaps, lambda gap: _mean(_parts(GAP, gap, Step.GAPS))), strength])


def _goals(plan: Plan) -> float:
    def goal_share(goal) -> float:
        kpis = _rows(goal.kpis, lambda kpi: _mean(_parts(KPI, kpi, Step.GOALS)))
        return _mean([*_parts(GOAL, goal, Step.GOALS), kpis])

    return _rows(plan.goals, goal_share)


def _measures(plan: Plan) -> float:
    def measure_share(measure) -> float:
        parts = _parts(MEASURE, measure, Step.MEASURES)
        return _mean([*parts, bool(measure.goals), bool(measure.milestones)])

    return _mean([_rows(plan.measures, measure_share), *_parts(PLAN, plan, Step.MEASURES)])


def _evaluation(plan: Plan) -> float:
    kpis = [kpi for goal in plan.goals for kpi in goal.kpis]
    started = [m for m in plan.measures if m.status not in NOT_YET_EVALUATED]
    return _mean(
        [
            _rows(kpis, lambda kpi: kpi.measured),
            _rows(started, lambda m: _mean(_parts(MEASURE, m, Step.EVALUATION))),
            any(_filled(lesson.text) for lesson in plan.lessons),
            *_parts(PLAN, plan, Step.EVALUATION),
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


@dataclass(frozen=True)
class Missing:
    """One thing a step still lacks, for "Missing: Deadline (2 of 8 measures), …" with a link to it.

    ``kind`` and ``row_id`` are the first row that lacks it (``ui.wizard.places`` opens it), ``field`` the
    field to put the keyboard in ("" for a list that is still empty); ``count`` of ``total`` rows lack it."""

    what: str
    kind: str
    row_id: int | None
    field: str = ""
    count: int = 1
    total: int = 1
    of: str = ""  # the list's name when rows lack it ("measures")
    list_name: str = ""  # a list with no rows yet: its key ("gaps"), where "Add" is

    def text(self) -> str:
        if not self.of:
            return self.what
        return QCoreApplication.translate("Progress", "{what} ({count} of {total} {rows})").format(
            what=self.what, count=self.count, total=self.total, rows=_in_sentence(self.of)
        )


def _in_sentence(name: str) -> str:
    """A list's name inside a sentence: "Measures" → "measures", but "KPIs" and "KPI-er" stay as they are
    (an abbreviation is written in capitals wherever it stands)."""
    return name if name[:2].isupper() else name[:1].lower() + name[1:]


def _missing_fields(table: Table, rows: Sequence, step: Step, kind: str) -> list[Missing]:
    """Per counted field of ``table`` on ``step``: the rows that lack it (a group that asks for *any* of
    its fields lacks it only when all are empty)."""
    found: list[Missing] = []
    groups: dict[str, list[Field]] = {}
    for field in table.on_step(step):
        if field.counts == PART:
            groups[field.name] = [field]
        elif field.counts:
            groups.setdefault(field.counts if _SHARED[field.counts] is any else field.name, []).append(field)
    for fields in groups.values():
        lacking = [row for row in rows if not any(_done(row, f.name) for f in fields)]
        if lacking:
            found.append(
                Missing(
                    label_of(fields[0]),
                    kind,
                    getattr(lacking[0], "id", None),
                    fields[0].name,
                    len(lacking),
                    len(rows),
                    label_of(table) if table is not PLAN else "",
                )
            )
    return found


def _none_yet(table: Table, rows: Sequence, plan: Plan, what: str = "", list_name: str = "") -> list[Missing]:
    """A list the step asks for that has no (written) row yet; the link goes to the list (``list_name``,
    the table's key unless the page names it otherwise) and its "Add"."""
    if rows:
        return []
    what = what or QCoreApplication.translate("Progress", "{rows}: none yet").format(rows=label_of(table))
    return [Missing(what, "plan", plan.id, list_name=list_name or table.key)]


def _rows_lacking(
    rows: Sequence, has: Callable[[Any], object], what: str, of: Table, kind: str, field: str
) -> list[Missing]:
    """Rows that lack something that is not a field of theirs (a KPI's measurement, a measure's goal)."""
    lacking = [row for row in rows if not has(row)]
    if not lacking:
        return []
    return [Missing(what, kind, lacking[0].id, field, len(lacking), len(rows), label_of(of))]


def missing(plan: Plan, step: Step | str) -> list[Missing]:
    """What ``step`` still lacks, in the order of the page: its lists first, then the plan's own fields.

    The one account of what is missing, shown on the page ("Missing: …") and in the step list; it asks
    for exactly the parts ``step_share`` counts, so a step lacks nothing exactly when it is at 100 %."""
    step = Step(step)
    found: list[Missing] = []
    if step == Step.NEEDS:
        found += _none_yet(PARTICIPANT, plan.participants, plan)
        written = {need.side for need in plan.needs if _filled(need.description)}
        for side, what in (
            (NeedSide.EMPLOYER, QCoreApplication.translate("Progress", "The employer's needs: none yet")),
            (
                NeedSide.TARGET_GROUP,
                QCoreApplication.translate("Progress", "The target group's needs: none yet"),
            ),
        ):
            found += _none_yet(NEED, [side] if side in written else [], plan, what)
    elif step == Step.GAPS:
        found += _none_yet(GAP, plan.gaps, plan) + _missing_fields(GAP, plan.gaps, step, "gap_area")
        strengths = [row for row in plan.strengths if _filled(row.description)]
        found += _none_yet(STRENGTH, strengths, plan)
    elif step == Step.GOALS:
        kpis = [kpi for goal in plan.goals for kpi in goal.kpis]
        found += _none_yet(GOAL, plan.goals, plan) + _missing_fields(GOAL, plan.goals, step, "goal")
        if kpis:  # some goals have key figures: the others are named ("KPIs (1 of 3 goals)")
            found += _rows_lacking(plan.goals, lambda goal: goal.kpis, label_of(KPI), GOAL, "goal", "")
        found += (_none_yet(KPI, kpis, plan) if plan.goals else []) + _missing_fields(KPI, kpis, step, "kpi")
    elif step == Step.MEASURES:
        found += _none_yet(MEASURE, plan.measures, plan)
        found += _missing_fields(MEASURE, plan.measures, step, "measure")
        served = QCoreApplication.translate("Progress", "Goals it serves")
        found += _rows_lacking(plan.measures, lambda m: m.goals, served, MEASURE, "measure", "goals")
        # "milestones_add": the list's Add button (``ui.wizard.places`` finds a widget by its name's end)
        found += _rows_lacking(
            plan.measures, lambda m: m.milestones, label_of(MILESTONE), MEASURE, "measure", "milestones_add"
        )
    elif step == Step.EVALUATION:
        kpis = [kpi for goal in plan.goals for kpi in goal.kpis]
        measured = QCoreApplication.translate("Progress", "Measurements")
        found += _none_yet(
            KPI,
            kpis,
            plan,
            QCoreApplication.translate("Progress", "Key figures to measure: none yet (step 3)"),
            "evaluationKpis",
        )
        found += _rows_lacking(kpis, lambda kpi: kpi.measured, measured, KPI, "kpi", "")
        started = [m for m in plan.measures if m.status not in NOT_YET_EVALUATED]
        found += _none_yet(
            MEASURE,
            started,
            plan,
            QCoreApplication.translate("Progress", "Measures under way: none yet"),
            "evaluationMeasures",
        )
        found += _missing_fields(MEASURE, started, step, "measure")
        found += _none_yet(LESSON, [row for row in plan.lessons if _filled(row.text)], plan)
    return found + _missing_fields(PLAN, [plan], step, "plan")
