"""What the wizard shows around the user's own text: labels, ready-made content, guidance and warnings."""

from __future__ import annotations

import datetime as dt

from verktoykasse.domain import labels
from verktoykasse.domain.templates import (
    area_measure_templates,
    gap_template,
    gap_templates,
    goal_templates,
    measure_templates,
    step_guidance,
)
from verktoykasse.domain.validation import plan_warnings
from verktoykasse.domain.vocabulary import (
    SDGS,
    STEPS,
    Direction,
    Frequency,
    MeasureStatus,
    NeedSide,
    ParticipantKind,
    Priority,
    Step,
)
from verktoykasse.exchange.example_plan import add_example_plan
from verktoykasse.storage.editing import add_row, set_value
from verktoykasse.storage.plans import create_plan

GAP_KEYS = ["diversity", "recruitment", "manager_competence", "external_cooperation", "follow_up"]


def test_every_vocabulary_key_has_a_label():
    tables = [
        (labels.STEP_TITLES, Step),
        (labels.PARTICIPANT_KINDS, ParticipantKind),
        (labels.NEED_SIDES, NeedSide),
        (labels.PRIORITIES, Priority),
        (labels.DIRECTIONS, Direction),
        (labels.FREQUENCIES, Frequency),
        (labels.MEASURE_STATUSES, MeasureStatus),
    ]
    for table, vocabulary in tables:
        assert set(table) == set(vocabulary)
    assert set(labels.SDG_NAMES) == set(SDGS)
    assert list(labels.GAP_TEMPLATE_TITLES) == GAP_KEYS


def test_labels_read_as_the_user_sees_them():
    assert labels.direction_label("higher") == "Higher is better"
    assert labels.direction_label("lower") == "Lower is better"
    assert labels.status_label("in_progress") == "In progress"
    assert labels.priority_label("") == ""
    assert labels.sdg_label(8) == "8 Decent work and economic growth"
    assert labels.sdg_label(17) == "17 Partnerships for the goals"
    assert labels.gap_template_title("recruitment") == "Recruitment processes"
    assert labels.status_label("from_a_newer_version") == "from_a_newer_version"


def test_the_five_gap_areas_come_with_prompts():
    templates = gap_templates()
    assert [t.key for t in templates] == GAP_KEYS
    for template in templates:
        assert template.title == labels.gap_template_title(template.key)
        assert template.description and template.current_prompt and template.desired_prompt
        assert set(template.sdgs) <= set(SDGS)
    assert gap_template("follow_up").title == "Routines for follow-up and inclusion over time"
    assert gap_template("no-such-area") is None


def test_example_goals_each_suggest_a_kpi():
    goals = goal_templates()
    assert len(goals) == 5
    for goal in goals:
        assert goal.gap_key in GAP_KEYS
        assert goal.title and goal.change and goal.relevance and goal.measurable
        assert goal.kpi_name and goal.kpi_unit
        assert goal.direction in set(Direction)
        assert goal.frequency in set(Frequency)


def test_example_measures_and_area_measures_are_there():
    assert len(measure_templates()) == 5
    areas = area_measure_templates()
    assert len(areas) == 6
    assert "Cooperation with Nav" in [t.area for t in areas]
    for template in measure_templates() + areas:
        assert template.title and template.description and template.area


def test_every_step_has_guidance_and_step_one_asks_the_four_questions():
    for step in STEPS:
        guidance = step_guidance(step)
        assert guidance.what and guidance.why
    needs = step_guidance(Step.NEEDS)
    assert len(needs.questions) == 4
    assert any("Enkla jobb" in tip for tip in needs.tips)
    assert any("celebrated" in tip for tip in step_guidance(Step.GAPS).tips)


def messages(plan) -> list[tuple[Step, str, str]]:
    return [(w.step, w.where, w.message) for w in plan_warnings(plan)]


def test_an_empty_plan_has_nothing_to_warn_about(database):
    with database.session() as session:
        assert plan_warnings(create_plan(session, "Ny plan")) == []


def test_warnings_name_the_step_and_the_row(database):
    with database.session() as session:
        plan = create_plan(session, "Ny plan")
        set_value(session, plan, "org_number", "123")
        add_row(session, plan, "needs", side=NeedSide.EMPLOYER, description="Bakere på natt")
        gap = add_row(session, plan, "gaps", title="Rekruttering", current_score=4, desired_score=7)
        goal = add_row(session, plan, "goals", title="Flere ansettelser")
        measure = add_row(
            session,
            plan,
            "measures",
            title="Mentor",
            owner="Kari",
            start_date=dt.date(2027, 3, 1),
            deadline=dt.date(2027, 2, 1),
        )
        add_row(session, measure, "milestones", title="Avtale", due_date=dt.date(2027, 5, 1))

        found = messages(plan)
        assert (Step.PROFILE, "Ny plan", "An organisation number must be 9 digits.") in found
        assert (Step.NEEDS, "Ny plan", "The target group's need is not written down yet.") in found
        assert (Step.GAPS, "Rekruttering", "Give a score from 1 to 5.") in found
        assert (
            Step.GOALS,
            "Flere ansettelser",
            "This goal has no KPI yet, so progress cannot be followed.",
        ) in found
        assert (Step.MEASURES, "Mentor", "The deadline is before the start.") in found
        assert (Step.MEASURES, "Mentor: Avtale", "The milestone is after the measure's deadline.") in found
        assert [w.step for w in plan_warnings(plan)] == sorted(
            (w.step for w in plan_warnings(plan)), key=list(STEPS).index
        )

        set_value(session, gap, "desired_score", 3)
        assert (Step.GAPS, "Rekruttering", "The desired situation scores lower than today.") in messages(plan)
        kpi = add_row(session, goal, "kpis", name="Sykefravær", baseline=7.8, target=9.0, direction="lower")
        assert (Step.GOALS, "Sykefravær", "The target is higher than the baseline, but lower is better.") in (
            messages(plan)
        )
        set_value(session, kpi, "target", 6.0)
        assert not [m for m in messages(plan) if m[0] == Step.GOALS]


def test_a_goal_can_be_linked_to_a_gap_by_id(database):
    with database.session() as session:
        plan = add_example_plan(session)
        goal, gap = plan.goals[0], plan.gaps[-1]
        set_value(session, goal, "gap_id", gap.id)
        assert goal.gap is gap
        assert goal in gap.goals
        set_value(session, goal, "gap_id", None)
        assert goal.gap is None


def test_the_five_gap_areas_are_inserted_once(database):
    from verktoykasse.storage.insert_templates import add_standard_gaps

    with database.session() as session:
        plan = create_plan(session, "Ny plan")
        add_row(session, plan, "gaps", title="Vårt eget område")
        added = add_standard_gaps(session, plan)
        assert [gap.template_key for gap in added] == GAP_KEYS
        assert plan.gaps[1].title == "Diversity at the workplace"
        assert plan.gaps[4].sdg17 and not plan.gaps[4].sdg4
        assert add_standard_gaps(session, plan) == []
        assert len(plan.gaps) == 6


def test_a_template_goal_comes_with_its_kpi_and_finds_its_gap(database):
    from verktoykasse.storage.insert_templates import add_goal_from_template, add_standard_gaps

    with database.session() as session:
        plan = create_plan(session, "Ny plan")
        add_standard_gaps(session, plan)
        template = goal_templates()[0]
        goal = add_goal_from_template(session, plan, template)
        assert goal.gap.template_key == template.gap_key
        assert goal.kpis[0].name == template.kpi_name
        assert goal.kpis[0].direction == template.direction


def test_a_template_measure_brings_its_usual_schemes(database):
    from verktoykasse.storage.insert_templates import add_measure_from_template

    with database.session() as session:
        plan = create_plan(session, "Ny plan")
        template = measure_templates()[4]
        measure = add_measure_from_template(session, plan, template)
        assert measure.title == template.title
        assert [r.catalogue_entry_id for r in measure.resources_used] == list(template.catalogue_ids)
