"""Undo: Ctrl+Z takes back the last change of a field (and that is what is saved, so a restart shows the
undone text, not the typed one); a removed row comes back with its children and links (the Undo beside
the step buttons, or Edit → Undo)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from verktoykasse.storage.editing import add_row
from wizard_support import new_plan, on_page, pause, type_into


def active(window):
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    return window


def test_typed_then_undone_the_undone_text_is_what_a_restart_shows(start_window, answer_next_dialog, qtbot):
    window = start_window()
    ws = new_plan(window, answer_next_dialog, "Bakeriet 2027")
    active(window)
    name = on_page(ws, QLineEdit, "orgName")
    type_into(qtbot, name, "Bakeriet")
    pause(qtbot)
    type_into(qtbot, name, "Feil navn", replace=True)
    pause(qtbot)  # saved while the user paused
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.qWait(20)
    assert name.text() == "Bakeriet"
    plan_id = ws.plan_id
    window.close()

    again = start_window()
    again.open_plan(plan_id)
    assert on_page(again.plan_page, QLineEdit, "orgName").text() == "Bakeriet"


def test_redo_brings_the_text_back_and_saves_it(start_window, answer_next_dialog, qtbot):
    window = start_window()
    ws = new_plan(window, answer_next_dialog, "Bakeriet 2027")
    active(window)
    industry = on_page(ws, QLineEdit, "industry")
    type_into(qtbot, industry, "Baker")
    window.undo_action.trigger()  # Edit → Undo, with the keyboard in the field
    assert industry.text() == "" and ws.plan.industry == ""
    qtbot.keyClick(
        industry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    QTest.qWait(20)
    assert industry.text() == "Baker" and ws.plan.industry == "Baker"


def test_a_removed_measure_comes_back_with_its_milestones_and_goal_links(
    start_window, answer_next_dialog, qtbot
):
    window = start_window()
    ws = new_plan(window, answer_next_dialog, "Bakeriet 2027")
    goal = ws.saver.run(lambda: add_row(ws.session, ws.plan, "goals", title="Flere lærlinger"))
    measure = ws.saver.run(lambda: add_row(ws.session, ws.plan, "measures", title="Mentor"))
    ws.saver.run(lambda: add_row(ws.session, measure, "milestones", title="Mentor valgt"))
    ws.saver.run(lambda: add_row(ws.session, measure, "milestones", title="Første samtale"))
    ws.saver.run(lambda: measure.goals.append(goal))
    measure_id = measure.id
    ws.go_to("measures")
    editor = ws.current_page().measures
    editor.reload(select=measure)
    answer_next_dialog("confirmYes")  # "Remove “Mentor” from Measures? Edit → Undo brings it back."
    editor.remove_current()
    assert editor.rows == []
    assert ws.undo_button.isVisible() and ws.undo_label.text() == "Removed “Mentor”."

    qtbot.mouseClick(ws.undo_button, Qt.MouseButton.LeftButton)
    assert not ws.undo_button.isVisible()
    back = editor.rows
    assert [m.title for m in back] == ["Mentor"] and back[0].id == measure_id
    assert [m.title for m in back[0].milestones] == ["Mentor valgt", "Første samtale"]
    assert [g.title for g in back[0].goals] == ["Flere lærlinger"]
    assert window.statusBar().currentMessage() == "“Mentor” is back."
    with window.database.session() as session:  # in the file too
        from verktoykasse.storage.models import Measure

        assert [m.title for m in session.get(Measure, measure_id).milestones] == [
            "Mentor valgt",
            "Første samtale",
        ]


def test_a_removed_gap_area_comes_back_and_its_goals_point_at_it_again(start_window, answer_next_dialog):
    window = start_window()
    ws = new_plan(window, answer_next_dialog, "Bakeriet 2027")
    gap = ws.saver.run(lambda: add_row(ws.session, ws.plan, "gaps", title="Rekruttering"))
    goal = ws.saver.run(lambda: add_row(ws.session, ws.plan, "goals", title="Flere søkere", gap=gap))
    ws.go_to("gaps")
    editor = ws.current_page().gaps
    editor.reload(select=gap)
    answer_next_dialog("confirmYes")
    editor.remove_current()
    ws.session.refresh(goal)
    assert goal.gap is None  # the goal lost its area with it
    window.undo_action.trigger()  # Edit → Undo (Ctrl+Z), the keyboard not in a text field
    assert [g.title for g in editor.rows] == ["Rekruttering"]
    assert goal.gap is not None and goal.gap.title == "Rekruttering"
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == "Nothing to undo."
