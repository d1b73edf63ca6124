"""Two people working in one database at once (two programs on one server, or two on one file): every
save is kept, whoever saves first.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from verktoykasse.context import AppContext
from verktoykasse.storage.db import Database, open_database
from verktoykasse.storage.editing import (
    EditConflict,
    add_row,
    load_plan,
    remove_row,
    set_measure_goals,
    set_value,
)
from verktoykasse.storage.models import MeasureGoal, Plan
from verktoykasse.storage.plans import create_plan

pytestmark = pytest.mark.both_engines


@pytest.fixture
def colleague(context: AppContext, tmp_path) -> Iterator[Database]:
    """A second program on the same database, on another computer (its own data folder)."""
    if context.database_url:
        other = AppContext.create(tmp_path / "colleague", database_url=context.database_url)
        yield other.database
        other.close()
    else:
        database = open_database(context.paths.database)
        yield database
        database.close()


def test_two_people_changing_different_fields_of_one_plan_both_keep_their_change(database, colleague):
    with database.session() as session:
        plan_id = create_plan(session, "Bakeriet 2027").id
    with database.session() as kari, colleague.session() as ola:
        her_plan, his_plan = load_plan(kari, plan_id), load_plan(ola, plan_id)
        set_value(kari, her_plan, "org_name", "Bakeriet Sørensen AS")
        set_value(ola, his_plan, "problem_statement", "Vi mangler folk i helgene.")
        add_row(kari, her_plan, "goals", title="Faste praksisplasser")
        add_row(ola, his_plan, "goals", title="Språkopplæring")
    with database.session() as session:
        plan = load_plan(session, plan_id)
        assert (plan.org_name, plan.problem_statement) == (
            "Bakeriet Sørensen AS",
            "Vi mangler folk i helgene.",
        )
        assert sorted(goal.title for goal in plan.goals) == ["Faste praksisplasser", "Språkopplæring"]


def test_two_programs_typing_at_the_same_time_lose_no_keystroke(database, colleague):
    """Each saves a field per keystroke, in parallel, on rows of one plan: every last value is there."""
    with database.session() as session:
        plan = create_plan(session, "Bakeriet 2027")
        goals = [add_row(session, plan, "goals", title=f"Mål {n}").id for n in range(2)]
        plan_id = plan.id
    errors: list[BaseException] = []

    def type_into(db: Database, goal_id: int, who: str) -> None:
        try:
            with db.session() as session:
                goal = next(g for g in load_plan(session, plan_id).goals if g.id == goal_id)
                for n in range(1, 31):
                    set_value(session, goal, "change", f"{who} skrev {n} tegn"[: n + 8])
                    set_value(session, goal, "measurable", f"{who} {n}")
        except BaseException as exc:  # reported below, in the test's own thread
            errors.append(exc)

    workers = [
        threading.Thread(target=type_into, args=(database, goals[0], "Kari")),
        threading.Thread(target=type_into, args=(colleague, goals[1], "Ola")),
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert errors == []
    with database.session() as session:
        plan = load_plan(session, plan_id)
        assert [(g.title, g.measurable) for g in plan.goals] == [("Mål 0", "Kari 30"), ("Mål 1", "Ola 30")]


def two_people(database: Database, colleague: Database):
    kari, ola = database.session(), colleague.session()
    kari.info["user"], ola.info["user"] = "Kari", "Ola"
    return kari, ola


def test_the_same_field_changed_by_two_is_never_overwritten_silently(database, colleague):
    with database.session() as session:
        plan_id = create_plan(session, "Bakeriet 2027").id
    kari, ola = two_people(database, colleague)
    with kari, ola:
        her_plan, his_plan = load_plan(kari, plan_id), load_plan(ola, plan_id)
        set_value(kari, her_plan, "problem_statement", "Vi mangler folk i helgene.")
        with pytest.raises(EditConflict) as caught:
            set_value(ola, his_plan, "problem_statement", "Vi trenger flere lærlinger.")
        conflict = caught.value
        assert (conflict.attr, conflict.mine, conflict.theirs) == (
            "problem_statement",
            "Vi trenger flere lærlinger.",
            "Vi mangler folk i helgene.",
        )
        assert conflict.by == "Kari" and conflict.at is not None and not conflict.gone
        assert his_plan.problem_statement == "Vi mangler folk i helgene."  # Ola now sees Kari's
        # Ola chooses his own: saved over Kari's, knowingly.
        set_value(ola, his_plan, "problem_statement", conflict.mine)
    with database.session() as session:
        plan = load_plan(session, plan_id)
        assert plan.problem_statement == "Vi trenger flere lærlinger."
        assert plan.changed_by == "Ola"


def test_each_row_says_who_changed_it_last_and_when_and_a_goal_does_not_move_the_plans_version(database):
    with database.session() as session:
        session.info["user"] = "Kari"
        plan = create_plan(session, "Bakeriet 2027")
        goal = add_row(session, plan, "goals", title="Faste praksisplasser")
        version = plan.version
        set_value(session, goal, "change", "To faste plasser")
        assert (goal.changed_by, goal.version) == ("Kari", 2)
        assert goal.changed_at is not None
        assert plan.version == version  # only its "Last changed" time moved


def test_a_row_removed_by_one_while_the_other_types_in_it_is_said_and_the_text_kept(database, colleague):
    with database.session() as session:
        plan = create_plan(session, "Bakeriet 2027")
        add_row(session, plan, "goals", title="Mål")
        plan_id = plan.id
    kari, ola = two_people(database, colleague)
    with kari, ola:
        her_goal = load_plan(kari, plan_id).goals[0]
        his_goal = load_plan(ola, plan_id).goals[0]
        remove_row(kari, her_goal)
        with pytest.raises(EditConflict) as caught:
            set_value(ola, his_goal, "change", "Teksten Ola skrev")
        assert caught.value.gone and caught.value.mine == "Teksten Ola skrev"
        assert load_plan(ola, plan_id).goals == []


def test_a_row_one_removes_after_the_other_changed_it_is_removed(database, colleague):
    with database.session() as session:
        plan = create_plan(session, "Bakeriet 2027")
        add_row(session, plan, "goals", title="Mål")
        plan_id = plan.id
    kari, ola = two_people(database, colleague)
    with kari, ola:
        her_goal = load_plan(kari, plan_id).goals[0]
        his_goal = load_plan(ola, plan_id).goals[0]
        set_value(kari, her_goal, "change", "Kari endret")
        remove_row(ola, his_goal)  # Ola asked for it to go: that stands
    with database.session() as session:
        assert load_plan(session, plan_id).goals == []


def test_every_table_a_user_edits_keeps_a_version_and_who_changed_it():
    """A new table (a new kind of row) must take part too, or two people could overwrite each other."""
    from verktoykasse.domain.plan_description import JOIN_TABLES
    from verktoykasse.storage.models import Base, Tracked

    mappers = Base.registry.mappers
    untracked = [mapper.class_.__name__ for mapper in mappers if not issubclass(mapper.class_, Tracked)]
    assert untracked == []
    assert all(set(columns) >= {"version", "changed_by", "changed_at"} for columns in JOIN_TABLES.values())


def a_measure_with_three_goals(database: Database) -> int:
    with database.session() as session:
        plan = create_plan(session, "Bakeriet 2027")
        for title in ("Faste praksisplasser", "Språkopplæring", "Flere lærlinger"):
            add_row(session, plan, "goals", title=title)
        add_row(session, plan, "measures", title="Samarbeid med Nav")
        return plan.id


def test_two_people_ticking_goals_for_one_measure_at_once_the_second_sees_both_and_chooses(
    database, colleague
):
    plan_id = a_measure_with_three_goals(database)
    kari, ola = two_people(database, colleague)
    with kari, ola:
        her_plan, his_plan = load_plan(kari, plan_id), load_plan(ola, plan_id)
        first, second, third = (goal.id for goal in her_plan.goals)
        set_measure_goals(kari, her_plan.measures[0], [first, second])
        his_measure = his_plan.measures[0]
        with pytest.raises(EditConflict) as caught:
            set_measure_goals(ola, his_measure, [third])
        conflict = caught.value
        assert conflict.attr == "goals" and conflict.by == "Kari" and conflict.at is not None
        assert [goal.title for goal in conflict.mine] == ["Flere lærlinger"]
        assert [goal.title for goal in conflict.theirs] == ["Faste praksisplasser", "Språkopplæring"]
        assert [goal.id for goal in his_measure.goals] == [first, second]  # Ola now sees Kari's
        with database.session() as session:  # nothing of Ola's was written before he chose
            assert [goal.id for goal in load_plan(session, plan_id).measures[0].goals] == [first, second]
        set_value(ola, his_measure, "goals", conflict.mine)  # Ola keeps his, knowingly
    with database.session() as session:
        measure = load_plan(session, plan_id).measures[0]
        assert [goal.id for goal in measure.goals] == [third]
        link = session.get(MeasureGoal, (measure.id, third))
        assert link.changed_by == "Ola" and link.changed_at is not None and link.version >= 2


def test_goals_ticked_for_different_measures_or_to_the_same_choice_ask_nothing(database, colleague):
    plan_id = a_measure_with_three_goals(database)
    with database.session() as session:
        add_row(session, session.get(Plan, plan_id), "measures", title="Fadderordning")
    kari, ola = two_people(database, colleague)
    with kari, ola:
        her_plan, his_plan = load_plan(kari, plan_id), load_plan(ola, plan_id)
        first, second, _third = (goal.id for goal in her_plan.goals)
        set_measure_goals(kari, her_plan.measures[0], [first])
        set_measure_goals(ola, his_plan.measures[1], [second])  # another measure: no question
        set_measure_goals(ola, his_plan.measures[0], [first])  # what Kari chose too: no question
    with database.session() as session:
        plan = load_plan(session, plan_id)
        assert [[goal.id for goal in measure.goals] for measure in plan.measures] == [[first], [second]]


def test_a_measure_whose_title_is_typed_leaves_its_goal_links_untouched(database):
    plan_id = a_measure_with_three_goals(database)
    with database.session() as session:
        session.info["user"] = "Kari"
        measure = load_plan(session, plan_id).measures[0]
        set_measure_goals(session, measure, [goal.id for goal in measure.plan.goals[:2]])
        versions = {link.goal_id: link.version for link in session.query(MeasureGoal)}
        set_value(session, measure, "title", "Samarbeid med Nav-kontoret")
        session.expire_all()
        assert {link.goal_id: link.version for link in session.query(MeasureGoal)} == versions
