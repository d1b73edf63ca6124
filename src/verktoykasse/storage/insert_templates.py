"""Putting ready-made content from ``domain.templates`` into a plan, in the user's current language.

What is inserted becomes the user's own text (they edit it freely), so it is stored translated; gap areas
keep their ``template_key`` so the catalogue can still suggest schemes for them.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from verktoykasse.domain.templates import GoalTemplate, MeasureTemplate, gap_templates
from verktoykasse.storage.editing import add_resource, add_row
from verktoykasse.storage.models import GapArea, Goal, Measure, Plan


def add_standard_gaps(session: Session, plan: Plan) -> list[GapArea]:
    """Add those of the five gap areas of seed 000 the plan does not have yet; returns the ones added."""
    present = {gap.template_key for gap in plan.gaps}
    return [add_standard_gap(session, plan, t.key) for t in gap_templates() if t.key not in present]


def add_standard_gap(session: Session, plan: Plan, key: str) -> GapArea:
    """Add one of seed 000's five gap areas (by its template key), titled and with its usual SDGs."""
    template = next(template for template in gap_templates() if template.key == key)
    return add_row(
        session,
        plan,
        "gaps",
        template_key=template.key,
        title=template.title,
        **{f"sdg{number}": True for number in template.sdgs},
    )


def add_goal_from_template(
    session: Session, plan: Plan, template: GoalTemplate, gap: GapArea | None = None
) -> Goal:
    """A goal with its suggested KPI; linked to ``gap``, or to the plan's gap area of the template's kind."""
    if gap is None:
        gap = next((g for g in plan.gaps if g.template_key == template.gap_key), None)
    goal = add_row(
        session,
        plan,
        "goals",
        title=template.title,
        change=template.change,
        relevance=template.relevance,
        measurable=template.measurable,
        gap=gap,
    )
    if template.kpi_name:
        add_row(
            session,
            goal,
            "kpis",
            name=template.kpi_name,
            unit=template.kpi_unit,
            direction=template.direction,
            frequency=template.frequency,
        )
    return goal


def add_measure_from_template(session: Session, plan: Plan, template: MeasureTemplate) -> Measure:
    """A measure with the template's text and the catalogue schemes that usually help."""
    measure = add_row(
        session, plan, "measures", title=template.title, description=template.description, area=template.area
    )
    for entry_id in template.catalogue_ids:
        add_resource(session, measure, catalogue_entry_id=entry_id)
    return measure
