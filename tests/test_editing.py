"""Editing a plan the way the wizard does: every change is saved at once and survives a restart."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verktoykasse.storage.editing import (
    add_measurement,
    add_resource,
    add_row,
    move_row,
    remove_row,
    set_measure_goals,
    set_value,
)
from verktoykasse.storage.models import Goal, Plan
from verktoykasse.storage.plans import create_plan

pytestmark = pytest.mark.both_engines


def reopened(database, plan_id: int) -> tuple:
    session = database.session()
    return session, session.get(Plan, plan_id)


def test_rows_added_go_last_and_are_saved(database):
    with database.session() as session:
        plan = create_plan(session, "Bakeriet")
        first = add_row(session, plan, "goals", title="Faste praksisplasser")
        second = add_row(session, plan, "goals", title="Sterkere lederkompetanse")
        add_row(session, first, "kpis", name="Antall praksisplasser", unit="plasser", target=2)
        plan_id = plan.id
    assert (first.position, second.position) == (0, 1)

    session, plan = reopened(database, plan_id)
    with session:
        assert [goal.title for goal in plan.goals] == ["Faste praksisplasser", "Sterkere lederkompetanse"]
        assert plan.goals[0].kpis[0].name == "Antall praksisplasser"


def test_every_edit_marks_the_plan_as_changed(database):
    with database.session() as session:
        plan = create_plan(session, "Bakeriet")
        goal = add_row(session, plan, "goals", title="Mål")
        plan.updated_at = dt.datetime(2020, 1, 1)
        session.commit()
        kpi = add_row(session, goal, "kpis", name="Andel")
        assert plan.updated_at > dt.datetime(2020, 1, 1)
        plan.updated_at = dt.datetime(2020, 1, 1)
        session.commit()
        set_value(session, kpi, "unit", "%")
        assert plan.updated_at > dt.datetime(2020, 1, 1)


def test_the_plan_worked_on_last_comes_first_whoever_wrote_its_rows(database):
    """The home view lists plans by "Last changed": a removed milestone or a KPI changed outside these
    functions counts too, and a time set on purpose (an import, the step the user looks at) is kept."""
    from verktoykasse.storage.plans import list_plans

    long_ago = dt.datetime(2020, 1, 1)
    with database.session() as session:
        older = create_plan(session, "Bakeriet")
        measure = add_row(session, older, "measures", title="Tiltak")
        milestone = add_row(session, measure, "milestones", title="Første møte")
        kpi = add_row(session, add_row(session, older, "goals", title="Mål"), "kpis", name="Andel")
        newer = create_plan(session, "Verkstedet")

        def first_listed() -> str:
            return list_plans(session)[0].name

        for plan in (older, newer):
            plan.updated_at = long_ago
        newer.updated_at = long_ago + dt.timedelta(days=1)
        session.commit()
        assert first_listed() == "Verkstedet"  # the time set on purpose is kept

        remove_row(session, milestone)
        assert first_listed() == "Bakeriet"

        older.updated_at = long_ago
        session.commit()
        assert first_listed() == "Verkstedet"
        kpi.unit = "%"  # written straight on the row, then committed
        session.commit()
        assert first_listed() == "Bakeriet"


def test_a_removed_row_leaves_the_loaded_lists_at_once(database):
    """What the window shows next is read from the lists it already holds: the row must be gone there."""
    with database.session() as session:
        plan = create_plan(session, "Bakeriet")
        first = add_row(session, plan, "participants", name="Kari")
        second = add_row(session, plan, "participants", name="Ola")
        measure = add_row(session, plan, "measures", title="Tiltak")
        milestone = add_row(session, measure, "milestones", title="Oppstart")
        remove_row(session, first)
        remove_row(session, milestone)
        assert plan.participants == [second]
        assert measure.milestones == []


def test_a_removal_that_cannot_be_saved_leaves_the_row_in_place(database, monkeypatch):
    from sqlalchemy.exc import OperationalError

    with database.session() as session:
        plan = create_plan(session, "Bakeriet")
        goal = add_row(session, plan, "goals", title="Mål")
        real_commit = session.commit

        def disk_full() -> None:
            raise OperationalError("COMMIT", {}, Exception("database or disk is full"))

        monkeypatch.setattr(session, "commit", disk_full)
        with pytest.raises(OperationalError):
            remove_row(session, goal)
        monkeypatch.setattr(session, "commit", real_commit)
        assert [g.title for g in plan.goals] == ["Mål"]
        set_value(session, goal, "title", "Mål som står")
    session, plan = reopened(database, plan.id)
    with session:
        assert [g.title for g in plan.goals] == ["Mål som står"]


def test_a_typed_value_is_saved_at_once(database):
    with database.session() as session:
        plan = create_plan(session, "Bakeriet")
        set_value(
            session, plan, "problem_statement", "Vi mangler bakere – og folk står utenfor. Sámi: čđŋšŧž"
        )
        plan_id = plan.id
    session, plan = reopened(database, plan_id)
    with session:
        assert plan.problem_statement == "Vi mangler bakere – og folk står utenfor. Sámi: čđŋšŧž"


def test_an_unknown_field_is_refused(database):
    with database.session() as session:
        plan = create_plan(session, "Bakeriet")
        with pytest.raises(AttributeError):
            set_value(session, plan, "no_such_field", "x")


def test_moving_a_row_reorders_its_siblings_and_stops_at_the_ends(database):
    with database.session() as session:
        plan = create_plan(session, "Bakeriet")
        a, b, c = (add_row(session, plan, "measures", title=title) for title in "ABC")
        move_row(session, c, -1)
        assert [m.title for m in plan.measures] == ["A", "C", "B"]
        move_row(session, a, -1)  # already first: nothing happens
        move_row(session, b, +1)  # already last: nothing happens
        assert [m.title for m in plan.measures] == ["A", "C", "B"]
        move_row(session, a, +5)  # far down: ends up last
        assert [m.title for m in plan.measures] == ["C", "B", "A"]
        plan_id = plan.id
    session, plan = reopened(database, plan_id)
    with session:
        assert [m.title for m in plan.measures] == ["C", "B", "A"]
        assert [m.position for m in plan.measures] == [0, 1, 2]


def test_moving_a_milestone_stays_within_its_measure(database):
    with database.session() as session:
        plan = create_plan(session, "Bakeriet")
        one = add_row(session, plan, "measures", title="Mentor")
        other = add_row(session, plan, "measures", title="Annet")
        first = add_row(session, one, "milestones", title="Avtale med NAV")
        add_row(session, other, "milestones", title="Ikke rørt")
        add_row(session, one, "milestones", title="Mentor valgt")
        move_row(session, first, +1)
        assert [m.title for m in one.milestones] == ["Mentor valgt", "Avtale med NAV"]
        assert [m.title for m in other.milestones] == ["Ikke rørt"]


def test_removing_a_goal_removes_its_kpis_and_its_links_to_measures(database):
    with database.session() as session:
        plan = create_plan(session, "Bakeriet")
        gap = add_row(session, plan, "gaps", title="Rekruttering")
        goal = add_row(session, plan, "goals", title="Mål", gap_id=gap.id)
        keep = add_row(session, plan, "goals", title="Behold")
        add_row(session, goal, "kpis", name="KPI")
        measure = add_row(session, plan, "measures", title="Tiltak")
        set_measure_goals(session, measure, [goal.id, keep.id])
        assert gap.goals == [goal]

        remove_row(session, goal)
        assert plan.goals == [keep]
        assert measure.goals == [keep]
        assert gap.goals == []
        plan_id = plan.id
    session, plan = reopened(database, plan_id)
    with session:
        assert [g.title for g in plan.goals] == ["Behold"]
        assert [g.title for g in plan.measures[0].goals] == ["Behold"]
        assert session.query(Goal).count() == 1


def test_removing_a_gap_keeps_its_goals_without_a_gap(database):
    with database.session() as session:
        plan = create_plan(session, "Bakeriet")
        gap = add_row(session, plan, "gaps", title="Rekruttering")
        goal = add_row(session, plan, "goals", title="Mål", gap_id=gap.id)
        remove_row(session, gap)
        assert plan.gaps == []
        assert goal.gap is None
        assert goal.gap_id is None


def test_a_measure_serves_the_goals_chosen_in_plan_order(database):
    with database.session() as session:
        plan = create_plan(session, "Bakeriet")
        g1, g2, g3 = (add_row(session, plan, "goals", title=t) for t in ("En", "To", "Tre"))
        measure = add_row(session, plan, "measures", title="Tiltak")
        set_measure_goals(session, measure, [g3.id, g1.id])
        assert [g.title for g in measure.goals] == ["En", "Tre"]
        assert g3.measures == [measure]
        set_measure_goals(session, measure, [])
        assert measure.goals == []
        assert g2.measures == []


def test_measurements_are_kept_in_date_order(database):
    with database.session() as session:
        plan = create_plan(session, "Bakeriet")
        goal = add_row(session, plan, "goals", title="Mål")
        kpi = add_row(session, goal, "kpis", name="Sykefravær", unit="%")
        add_measurement(session, kpi, dt.date(2027, 6, 30), 4.5, "Etter sommeren")
        add_measurement(session, kpi, dt.date(2027, 3, 31), 5.1, "")
        assert [m.value for m in kpi.measurements] == [5.1, 4.5]
        plan_id = plan.id
    session, plan = reopened(database, plan_id)
    with session:
        measurements = plan.goals[0].kpis[0].measurements
        assert [(m.measured_on, m.note) for m in measurements] == [
            (dt.date(2027, 3, 31), ""),
            (dt.date(2027, 6, 30), "Etter sommeren"),
        ]


def test_a_scheme_is_recorded_once_per_measure(database):
    with database.session() as session:
        plan = create_plan(session, "Bakeriet")
        measure = add_row(session, plan, "measures", title="Mentor")
        first = add_resource(session, measure, catalogue_entry_id="nav-mentortilskudd")
        again = add_resource(session, measure, catalogue_entry_id="nav-mentortilskudd")
        add_resource(session, measure, catalogue_entry_id="nav-arbeidstrening")
        assert first is again
        assert [r.catalogue_entry_id for r in measure.resources_used] == [
            "nav-mentortilskudd",
            "nav-arbeidstrening",
        ]
        with pytest.raises(ValueError):
            add_resource(session, measure)


def test_a_failed_save_leaves_the_session_usable(database):
    with database.session() as session:
        plan = create_plan(session, "Bakeriet")
        with pytest.raises(Exception):  # noqa: B017 - the database refuses a missing name
            set_value(session, plan, "name", None)
        set_value(session, plan, "name", "Bakeriet igjen")
        assert session.get(Plan, plan.id).name == "Bakeriet igjen"


def test_a_plan_is_loaded_with_all_its_lists(database):
    from sqlalchemy import event

    from verktoykasse.exchange.example_plan import add_example_plan
    from verktoykasse.storage.editing import load_plan

    with database.session() as session:
        plan_id = add_example_plan(session).id
    queries = []
    event.listen(database.engine, "before_cursor_execute", lambda *args: queries.append(args[2]))
    with database.session() as session:
        plan = load_plan(session, plan_id)
        loaded = len(queries)
        rows = sum(len(kpi.measurements) for goal in plan.goals for kpi in goal.kpis)
        rows += sum(len(m.milestones) + len(m.resources_used) + len(m.goals) for m in plan.measures)
        assert rows > 50
        assert len(queries) == loaded  # nothing more was fetched
        assert load_plan(session, 999_999) is None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moves=st.lists(st.tuples(st.integers(0, 4), st.integers(-6, 6)), max_size=12))
def test_any_sequence_of_moves_keeps_a_clean_order(database, moves):
    """However the user shuffles the list, it holds every row once, numbered 0, 1, 2, … as shown."""
    with database.session() as session:
        plan = create_plan(session, "Flytting")
        rows = [add_row(session, plan, "lessons", text=str(i)) for i in range(5)]
        expected = [row.text for row in rows]
        for index, delta in moves:
            row = plan.lessons[index]
            move_row(session, row, delta)
            current = expected.index(row.text)
            target = max(0, min(4, current + delta))
            expected.insert(target, expected.pop(current))
            assert [lesson.text for lesson in plan.lessons] == expected
            assert [lesson.position for lesson in plan.lessons] == list(range(5))
