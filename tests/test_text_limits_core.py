"""A text longer than a field holds is never written, whichever way it comes: the wizard refuses it in
place, and the core refuses it too (``storage.editing``), so no script, command or other window can store
a text a plan file could not carry. Nothing of the refused save is written, and what was there stays."""

from __future__ import annotations

import datetime as dt

import pytest

from verktoykasse.domain.formatting import format_number
from verktoykasse.domain.validation import LONGEST_TEXT
from verktoykasse.storage.editing import TextTooLong, add_measurement, add_row, set_value
from verktoykasse.storage.models import Goal, Plan
from verktoykasse.storage.plans import create_plan

# A pasted report one character too long for a field: numbered lines, Norwegian letters.
LINE = "{}. Vi trenger flere folk i produksjonen – og vi vil prøve nye veier inn i arbeidslivet.\n"
TOO_LONG = "".join(LINE.format(n) for n in range(1, LONGEST_TEXT // len(LINE) + 2))[: LONGEST_TEXT + 1]


def test_a_text_one_character_too_long_is_refused_with_a_message_and_the_saved_text_stays(database):
    with database.session() as session:
        plan = create_plan(session, "Bakeriet 2027")
        set_value(session, plan, "labour_need", "Tre nye bakere før sommeren.")
        plan_id = plan.id

        with pytest.raises(TextTooLong) as refused:
            set_value(session, plan, "labour_need", TOO_LONG)

        assert refused.value.message == (
            f"“Labour need” is too long: at most {format_number(LONGEST_TEXT)} characters fit in one field, "
            f"and it has {format_number(LONGEST_TEXT + 1)}. Nothing was saved; shorten it and try again."
        )
        assert (refused.value.attr, refused.value.length) == ("labour_need", LONGEST_TEXT + 1)
        assert isinstance(refused.value, ValueError)  # handled wherever a bad value is

        set_value(session, plan, "labour_need", TOO_LONG[:LONGEST_TEXT])  # the longest that fits is saved
    with database.session() as session:
        assert session.get(Plan, plan_id).labour_need == TOO_LONG[:LONGEST_TEXT]


def test_the_refusal_leaves_the_stored_text_and_the_session_usable(database):
    with database.session() as session:
        plan = create_plan(session, "Bakeriet 2027")
        goal = add_row(session, plan, "goals", title="Flere i arbeid", change="Fire lærlinger.")
        plan_id = plan.id
        with pytest.raises(TextTooLong):
            set_value(session, goal, "change", TOO_LONG)
        assert goal.change == "Fire lærlinger."  # what the screen reads again is what is stored
        set_value(session, goal, "title", "Flere lærlinger")  # and the next edit is saved as usual
    with database.session() as session:
        goal = session.get(Plan, plan_id).goals[0]
        assert (goal.title, goal.change) == ("Flere lærlinger", "Fire lærlinger.")


def test_a_new_row_with_a_text_too_long_is_not_added(database):
    with database.session() as session:
        plan = create_plan(session, "Bakeriet 2027")
        plan_id = plan.id
        with pytest.raises(TextTooLong):
            add_row(session, plan, "measures", title="Mentorordning", description=TOO_LONG)
        assert plan.measures == []
        add_row(session, plan, "measures", title="Mentorordning")
    with database.session() as session:
        assert [m.title for m in session.get(Plan, plan_id).measures] == ["Mentorordning"]


def test_a_measurement_with_a_note_too_long_is_not_recorded(database):
    with database.session() as session:
        plan = create_plan(session, "Bakeriet 2027")
        kpi = add_row(session, add_row(session, plan, "goals", title="Mål"), "kpis", name="Lærlinger")
        kpi_id = kpi.id
        with pytest.raises(TextTooLong):
            add_measurement(session, kpi, dt.date(2027, 3, 31), 2, note=TOO_LONG)
        add_measurement(session, kpi, dt.date(2027, 3, 31), 2, note="Etter første kvartal")
    with database.session() as session:
        goal = session.get(Plan, plan.id).goals[0]
        assert goal.kpis[0].id == kpi_id
        assert [(m.value, m.note) for m in goal.kpis[0].measurements] == [(2, "Etter første kvartal")]


def test_a_write_outside_the_editing_functions_is_refused_too_and_nothing_of_it_is_written(database):
    """A script (or a future window) that sets a field and commits itself meets the same check."""
    with database.session() as session:
        plan = create_plan(session, "Bakeriet 2027")
        plan_id = plan.id
        plan.problem_statement = "Vi finner ikke folk."
        session.commit()

        plan.problem_statement = TOO_LONG
        plan.industry = "Bakeri"  # in the same save: not written either
        with pytest.raises(TextTooLong):
            session.commit()
        session.rollback()
    with database.session() as session:
        plan = session.get(Plan, plan_id)
        assert (plan.problem_statement, plan.industry) == ("Vi finner ikke folk.", "")

        session.add(Goal(plan_id=plan_id, title="Mål", measurable=TOO_LONG, position=0))
        with pytest.raises(TextTooLong):
            session.commit()
        session.rollback()
    with database.session() as session:
        assert session.get(Plan, plan_id).goals == []


def test_a_text_stored_too_long_by_version_0_1_0_does_not_block_saving_the_other_fields(database):
    """Version 0.1.0 had no limit: its long text stays until the user shortens it, and the rest of the
    row can be edited meanwhile."""
    from sqlalchemy import update

    with database.session() as session:
        plan = create_plan(session, "Bakeriet 2027")
        plan_id = plan.id
        session.execute(update(Plan).where(Plan.id == plan_id).values(labour_need=TOO_LONG))
        session.commit()
    with database.session() as session:
        plan = session.get(Plan, plan_id)
        set_value(session, plan, "industry", "Bakeri")
        set_value(session, plan, "labour_need", TOO_LONG[:-1])  # shortened: saved
    with database.session() as session:
        plan = session.get(Plan, plan_id)
        assert (plan.industry, plan.labour_need) == ("Bakeri", TOO_LONG[:-1])


def test_starting_the_next_cycle_of_a_plan_from_0_1_0_with_a_text_too_long_names_the_text(database):
    """The next year's plan copies the problem statement: one stored too long by 0.1.0 is not copied cut;
    the new plan is not made, and the refusal says which text to shorten first."""
    from sqlalchemy import update

    from verktoykasse.storage.next_cycle import start_next_cycle
    from verktoykasse.storage.plans import list_plans

    with database.session() as session:
        plan = create_plan(session, "Bakeriet 2027")
        plan_id = plan.id
        session.execute(update(Plan).where(Plan.id == plan_id).values(problem_statement=TOO_LONG))
        session.commit()
    with database.session() as session:
        with pytest.raises(TextTooLong) as refused:
            start_next_cycle(session, plan_id, "Bakeriet 2028")
        session.rollback()
        assert refused.value.message.startswith("“The question we work from” is too long: ")
        assert [p.name for p in list_plans(session)] == ["Bakeriet 2027"]


def test_the_command_line_refuses_a_plan_file_with_a_text_too_long_and_imports_nothing(
    database, data_dir, capsys, tmp_path
):
    """An adviser's script imports a plan file someone edited by hand: one text is a character too long.
    The command says where and why in plain words, exits as for any bad file, and adds no plan."""
    import json

    from safety_data import run_cli_here
    from verktoykasse.exchange.example_plan import example_document
    from verktoykasse.storage.plans import list_plans

    document = example_document()
    document["plan"]["labour_need"] = TOO_LONG
    target = tmp_path / "plan.json"
    target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    code, out, err = run_cli_here(capsys, "import", str(target))
    assert (code, out) == (1, "")
    assert err == (
        "verktoykasse: The plan file has wrong content at plan → labour_need: the text is too long (at most "
        f"{format_number(LONGEST_TEXT)} characters). Nothing was imported.\n"
    )
    with database.session() as session:
        assert list_plans(session) == []


def test_an_own_contact_keeps_its_note_when_a_note_too_long_is_saved(database):
    """The catalogue's own contacts are written by ``storage.contacts``, not the editing functions: the
    same check holds there."""
    from verktoykasse.storage.contacts import add_contact, get_contact, update_contact

    with database.session() as session:
        contact_id = add_contact(session, "Nav Fredrikstad", note="Spør etter Kari.").id
        with pytest.raises(TextTooLong) as refused:
            update_contact(session, contact_id, note=TOO_LONG)
        session.rollback()
        assert refused.value.attr == "note"
    with database.session() as session:
        assert get_contact(session, contact_id).note == "Spør etter Kari."


def test_a_command_meeting_the_cores_refusal_says_it_in_words_with_the_exit_code_of_bad_input(
    database, data_dir, capsys, monkeypatch
):
    """Whatever command writes a text too long (here the example plan, as a damaged installation could
    ship it), the command line prints the refusal in the user's language and exits 1, not "something
    went wrong"; nothing is written."""
    import verktoykasse.exchange.example_plan as example_plan
    from safety_data import run_cli_here
    from verktoykasse.storage.plans import list_plans

    shipped = example_plan.example_document

    def too_long_example():
        document = shipped()
        document["plan"]["labour_need"] = TOO_LONG
        return document

    monkeypatch.setattr(example_plan, "example_document", too_long_example)
    code, out, err = run_cli_here(capsys, "example")
    assert (code, out) == (1, "")
    assert err.startswith("verktoykasse: “Labour need” is too long: at most ")
    assert err.endswith("Nothing was saved; shorten it and try again.\n")
    with database.session() as session:
        assert list_plans(session) == []
