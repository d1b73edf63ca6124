"""Completeness that says what is missing: "Missing: Deadline (2 of 3 measures), …", each item a link
that puts the keyboard in that field of the first row lacking it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from verktoykasse.domain.progress import missing, step_share
from verktoykasse.storage.editing import add_row
from wizard_support import new_plan, on_page, with_keyboard


def test_a_finished_step_lacks_nothing_and_says_nothing(start_window):
    window = start_window()
    window.plan_actions.open_example()
    ws = window.plan_page
    for step in ("gaps", "goals", "measures"):
        ws.go_to(step)
        assert step_share(ws.plan, step) == 1.0
        assert missing(ws.plan, step) == []
        assert not on_page(ws, QLabel, "pageMissing").isVisible()


def test_measures_without_deadline_are_counted_and_the_link_opens_the_first(
    start_window, answer_next_dialog, qtbot
):

    window = start_window()
    ws = new_plan(window, answer_next_dialog, "Bakeriet 2027")
    with_keyboard(window)
    ws.go_to("measures")
    label = on_page(ws, QLabel, "pageMissing")
    assert label.isVisible()
    assert label.accessibleName().startswith("Missing: Measures: none yet")
    label.linkActivated.emit("0")  # "Measures: none yet" → the list's Add, ready for Enter
    assert QApplication.focusWidget() is ws.current_page().measures.add_button
    for title in ("Mentor", "Kurs", "Fadder"):
        measure = ws.saver.run(lambda t=title: add_row(ws.session, ws.plan, "measures", title=t))
        ws.saver.set(measure, "owner", "Kari")
    ws.saver.set(ws.plan.measures[2], "deadline", dt.date(2027, 6, 30))
    ws.current_page().measures.reload()
    ws.update_completeness("measures")
    items = {item.what: item for item in missing(ws.plan, "measures")}
    assert items["Deadline"].text() == "Deadline (2 of 3 measures)"
    assert "Owner" not in items  # every measure has one
    said = label.accessibleName()
    assert "Deadline (2 of 3 measures)" in said and "Measures: none yet" not in said
    number = ws.current_page().missing.index(items["Deadline"])
    label.linkActivated.emit(str(number))
    assert ws.current_page().measures.current().title == "Mentor"  # the first measure lacking it
    assert QApplication.focusWidget().objectName() == "measureDeadline"


def test_missing_is_said_in_bokmaal(qapp):
    from verktoykasse.domain.progress import Missing
    from verktoykasse.i18n import apply_language, clear_translators

    apply_language(qapp, "nb")
    try:
        item = Missing("Frist", "measure", 1, "deadline", 2, 8, "Tiltak")
        assert item.text() == "Frist (2 av 8 tiltak)"
        # An abbreviation keeps its capitals inside the sentence.
        assert Missing("Målinger", "kpi", 1, "", 1, 60, "KPI-er").text() == "Målinger (1 av 60 KPI-er)"
    finally:
        clear_translators(qapp)


def test_a_long_list_of_what_is_missing_shows_six_and_the_rest_on_a_click(start_window, answer_next_dialog):
    window = start_window()
    ws = new_plan(window, answer_next_dialog, "Bakeriet 2027")
    ws.saver.run(lambda: add_row(ws.session, ws.plan, "measures", title="Mentor"))
    ws.go_to("measures")
    page = ws.current_page()
    label = on_page(ws, QLabel, "pageMissing")
    assert len(page.missing) > page.MISSING_SHOWN + 1
    rest = len(page.missing) - page.MISSING_SHOWN
    assert label.text().count("<a href=") == page.MISSING_SHOWN + 1
    assert f"and {rest} more</a>" in label.text()
    label.linkActivated.emit("more")
    assert label.text().count("<a href=") == len(page.missing)


def _leave_out_employer_needs(plan) -> None:
    for need in [n for n in plan.needs if n.side == "employer"]:
        plan.needs.remove(need)


def _blank_every(rows, attr: str) -> None:
    for row in rows:
        setattr(row, attr, "")


def _nothing_started(plan) -> None:
    for measure in plan.measures:
        measure.status = "planned"


# What a user leaves out of the finished example plan, and how its step then names it.
LEFT_OUT = [
    ("profile", lambda plan: setattr(plan, "org_number", "123"), "Organisation number"),
    ("needs", lambda plan: plan.participants.clear(), "Participants: none yet"),
    ("needs", _leave_out_employer_needs, "The employer's needs: none yet"),
    ("gaps", lambda plan: _blank_every(plan.strengths, "description"), "Strengths: none yet"),
    ("goals", lambda plan: plan.goals[1].kpis.clear(), "KPIs (1 of"),
    ("measures", lambda plan: plan.measures[0].goals.clear(), "Goals it serves (1 of"),
    ("measures", lambda plan: plan.measures[0].milestones.clear(), "Milestones (1 of"),
    ("evaluation", lambda plan: plan.goals[0].kpis[0].measurements.clear(), "Measurements (1 of"),
    ("evaluation", lambda plan: _blank_every(plan.lessons, "text"), "Lessons learnt: none yet"),
    ("evaluation", _nothing_started, "Measures under way: none yet"),
]


@pytest.mark.parametrize(("step", "leave_out", "named"), LEFT_OUT)
def test_whatever_keeps_a_step_from_being_done_is_named_as_missing(database, step, leave_out, named):
    """One account of what is missing: a step lacks nothing exactly when it is complete, and each thing
    left out of a finished plan is named (the page's "Missing: …" and the step list both show it)."""
    from verktoykasse.domain.vocabulary import STEPS
    from verktoykasse.exchange.example_plan import add_example_plan

    with database.session() as session:
        plan = add_example_plan(session)
        assert all(missing(plan, each) == [] and step_share(plan, each) == 1.0 for each in STEPS)
        leave_out(plan)
        assert step_share(plan, step) < 1.0
        said = [item.text() for item in missing(plan, step)]
        assert any(text.startswith(named) for text in said), said
        for each in STEPS:  # the other steps agree with their figures too
            assert (missing(plan, each) == []) == (step_share(plan, each) == 1.0), each
        session.rollback()


def test_a_new_plan_lacks_something_on_every_step(database):
    from verktoykasse.domain.vocabulary import STEPS
    from verktoykasse.storage.plans import create_plan

    with database.session() as session:
        plan = create_plan(session, "Tom plan")
        for step in STEPS:
            assert step_share(plan, step) < 1.0 and missing(plan, step), step


def test_the_step_list_says_what_is_missing_and_done_in_bokmaal(qapp, start_window, answer_next_dialog):
    from verktoykasse.i18n import apply_language, clear_translators

    apply_language(qapp, "nb")
    try:
        window = start_window()
        window.plan_actions.open_example()
        ws = window.plan_page
        steps = ws.step_list
        assert steps.text_of("measures") == "4. Hva vi gjør\ntiltak og handlingsplan · ✓ Ferdig"
        for measure in ws.plan.measures[:2]:
            ws.saver.set(measure, "deadline", None)
        ws.update_completeness()
        assert (
            steps.text_of("measures")
            == "4. Hva vi gjør\ntiltak og handlingsplan\nMangler: Frist (2 av 8 tiltak)"
        )
        assert steps.item(4).toolTip() == "Mangler:\n• Frist (2 av 8 tiltak)"
        ws.saver.set(ws.plan.measures[0], "owner", "")
        ws.update_completeness()
        assert steps.text_of("measures").endswith("\nMangler: Eier (1 av 8 tiltak) og 1 til")
        assert steps.item(4).toolTip() == "Mangler:\n• Eier (1 av 8 tiltak)\n• Frist (2 av 8 tiltak)"
    finally:
        clear_translators(qapp)


def test_the_rest_of_a_long_list_is_counted_in_bokmaal_on_every_page(qapp, start_window, answer_next_dialog):
    """ "og 3 til", not "and 3 more": the count is translated on the measures page as on any other."""
    from verktoykasse.i18n import apply_language, clear_translators

    apply_language(qapp, "nb")
    try:
        window = start_window()
        ws = new_plan(window, answer_next_dialog, "Bakeriet 2027")
        ws.go_to("measures")
        page = ws.current_page()
        rest = len(page.missing) - page.MISSING_SHOWN
        assert rest > 1
        label = on_page(ws, QLabel, "pageMissing")
        assert f"og {rest} til</a>" in label.text() and "and " not in label.text()
    finally:
        clear_translators(qapp)


def test_the_links_of_what_a_list_lacks_go_where_it_is_added(start_window, answer_next_dialog):
    """ "Participants: none yet" puts the keyboard on the participants' Add; "Milestones (1 of 1 measures)"
    opens the measure and puts it on the milestones' Add."""
    window = start_window()
    ws = new_plan(window, answer_next_dialog, "Bakeriet 2027")
    with_keyboard(window)
    ws.go_to("needs")
    page = ws.current_page()
    label = on_page(ws, QLabel, "pageMissing")
    number = [item.text() for item in page.missing].index("Participants: none yet")
    label.linkActivated.emit(str(number))
    assert QApplication.focusWidget() is page.participants.add_button

    ws.saver.run(lambda: add_row(ws.session, ws.plan, "measures", title="Mentor"))
    ws.go_to("measures")
    page = ws.current_page()
    page.measures.reload()
    ws.update_completeness("measures")
    number = [item.text() for item in page.missing].index("Milestones (1 of 1 measures)")
    on_page(ws, QLabel, "pageMissing").linkActivated.emit(str(number))
    assert QApplication.focusWidget().objectName() == "milestonesAdd"
    assert page.measures.current().title == "Mentor"
