"""Moving around a plan: the step list shows how complete each step is, any step can be opened at any
time, and a plan reopens at the step where the user left it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from wizard_support import new_plan, on_page, type_into


def test_the_step_list_shows_completeness_and_any_step_can_be_opened(start_window, answer_next_dialog, qtbot):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    steps = ws.step_list
    assert steps.text_of("profile").endswith("\n0 % complete")

    type_into(qtbot, on_page(ws, QLineEdit, "orgName"), "Bakeriet")
    type_into(qtbot, on_page(ws, QLineEdit, "municipality"), "Fredrikstad")
    assert not steps.text_of("profile").endswith("\n0 % complete")  # it grew as the user typed

    # Straight from the profile to the evaluation, then back to step 1, by the list and by keyboard.
    for row, step in ((5, "evaluation"), (1, "needs"), (3, "goals")):
        steps.setCurrentRow(row)
        assert ws.current_step == step
        assert ws.stack.currentWidget() is ws.pages[step]
    steps.setFocus()
    qtbot.keyClick(steps, Qt.Key.Key_Down)
    assert ws.current_step == "measures"
    qtbot.mouseClick(ws.previous_button, Qt.MouseButton.LeftButton)
    assert ws.current_step == "goals"


def test_a_plan_reopens_where_the_user_left_it(start_window, answer_next_dialog, qtbot):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.step_list.setCurrentRow(2)
    qtbot.mouseClick(ws.back_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.home
    assert "Gap analysis" in window.home.plan_list.currentItem().text()

    window.home.open_selected()
    assert window.plan_page.current_step == "gaps"
    window.close()

    again = start_window()
    again.home.open_selected()
    assert again.plan_page.current_step == "gaps"
    assert again.plan_page.step_list.currentRow() == 2


def test_each_step_explains_itself_and_the_guidance_can_be_hidden(start_window, answer_next_dialog, qtbot):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("needs")
    page = ws.current_page()
    assert page.guidance.isVisible()
    assert page.guidance.findChild(type(page.heading), "guidanceQuestions").text().count("•") == 4
    qtbot.mouseClick(page.guidance_button, Qt.MouseButton.LeftButton)
    assert not page.guidance.isVisible()
    assert page.guidance_button.text() == "Show guidance"
