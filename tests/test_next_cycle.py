"""A year later the bakery starts the next round: what comes along, and the old plan stays as it was."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from verktoykasse.domain.vocabulary import OPEN_STATUSES, MeasureStatus
from verktoykasse.exchange.example_plan import add_example_plan
from verktoykasse.storage.models import Plan
from verktoykasse.storage.next_cycle import start_next_cycle

OWNED = {
    "plan": "id = :plan",
    "participant": "plan_id = :plan",
    "need": "plan_id = :plan",
    "gap_area": "plan_id = :plan",
    "strength": "plan_id = :plan",
    "goal": "plan_id = :plan",
    "measure": "plan_id = :plan",
    "lesson": "plan_id = :plan",
    "kpi": "goal_id IN (SELECT id FROM goal WHERE plan_id = :plan)",
    "measurement": "kpi_id IN (SELECT k.id FROM kpi k JOIN goal g ON g.id = goal_id AND plan_id = :plan)",
    "milestone": "measure_id IN (SELECT id FROM measure WHERE plan_id = :plan)",
    "measure_resource": "measure_id IN (SELECT id FROM measure WHERE plan_id = :plan)",
    "measure_goal": "measure_id IN (SELECT id FROM measure WHERE plan_id = :plan)",
}


def dump(database, plan_id: int) -> dict[str, list[tuple]]:
    """Every row of the plan, straight from the database file."""
    with database.engine.connect() as con:
        return {
            table: sorted(
                tuple(row)
                for row in con.execute(text(f"SELECT * FROM {table} WHERE {where}"), {"plan": plan_id})
            )
            for table, where in OWNED.items()
        }


pytestmark = pytest.mark.both_engines


def test_the_old_plan_is_left_exactly_as_it_was(database):
    with database.session() as session:
        old_id = add_example_plan(session).id
    before = dump(database, old_id)
    with database.session() as session:
        start_next_cycle(session, old_id, "Bakeriet Solsiden 2027")
    assert dump(database, old_id) == before


def test_the_next_round_brings_profile_roles_lessons_gaps_and_open_measures(database):
    with database.session() as session:
        old = add_example_plan(session)
        old_id = old.id
        open_titles = [m.title for m in old.measures if m.status in OPEN_STATUSES]
        closed_titles = [m.title for m in old.measures if m.status not in OPEN_STATUSES]
        lessons = [lesson.text for lesson in old.lessons]
        gaps = [(g.title, g.current_score, g.desired_score) for g in old.gaps]
    with database.session() as session:
        new_id = start_next_cycle(session, old_id, "  Bakeriet Solsiden   2027 ").id

    with database.session() as session:
        old, new = session.get(Plan, old_id), session.get(Plan, new_id)
        assert new.name == "Bakeriet Solsiden 2027"
        assert new.previous_plan_id == old_id
        assert not new.is_example
        assert (new.period_start, new.period_end) == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
        for field in ("org_name", "org_number", "employees", "problem_statement", "work_owner", "anchoring"):
            assert getattr(new, field) == getattr(old, field)
        assert [lesson.text for lesson in new.lessons] == lessons
        assert [(g.title, g.current_score, g.desired_score) for g in new.gaps] == gaps

        assert [m.title for m in new.measures] == open_titles
        assert not set(closed_titles) & {m.title for m in new.measures}
        assert MeasureStatus.PAUSED in {m.status for m in new.measures}
        for measure in new.measures:
            assert all(not milestone.done for milestone in measure.milestones)
            assert measure.resources_used
            assert measure.goals and all(goal.plan_id == new_id for goal in measure.goals)
            assert measure.outcome == ""
        # New rows, never the old ones moved over.
        assert not {g.id for g in new.gaps} & {g.id for g in old.gaps}
        assert all(goal.gap is None or goal.gap.plan_id == new_id for goal in new.goals)


def test_the_latest_measurement_becomes_the_new_baseline(database):
    with database.session() as session:
        old = add_example_plan(session)
        sick_leave = next(k for g in old.goals for k in g.kpis if k.name == "Sykefravær")
        latest, target = sick_leave.measurements[-1].value, sick_leave.target
        new = start_next_cycle(session, old.id, "2027")
        copied = next(k for g in new.goals for k in g.kpis if k.name == "Sykefravær")
        assert copied.baseline == latest
        assert copied.target == target
        assert copied.measurements == []


def test_goals_served_only_by_finished_measures_stay_behind(database):
    with database.session() as session:
        old = add_example_plan(session)
        new = start_next_cycle(session, old.id, "2027")
        # The managers' course is done, and nothing open serves its goal.
        assert "Skiftledere som kan tilrettelegge" in [g.title for g in old.goals]
        assert "Skiftledere som kan tilrettelegge" not in [g.title for g in new.goals]
