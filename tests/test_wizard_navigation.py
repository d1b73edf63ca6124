"""Moving around a plan: the step list shows how complete each step is, any step can be opened at any
time, and a plan reopens at the step where the user left it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from wizard_support import new_plan, on_page, type_into


def test_the_step_list_says_what_is_missing_and_any_step_opens(start_window, answer_next_dialog, qtbot):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    steps = ws.step_list
    assert steps.text_of("profile").endswith("\nMissing: Business and 6 more")
    tooltip = steps.item(0).toolTip()
    assert tooltip.startswith("Missing:\n• Business\n• Organisation number\n")
    assert "• Municipality" in tooltip

    type_into(qtbot, on_page(ws, QLineEdit, "orgName"), "Bakeriet")
    type_into(qtbot, on_page(ws, QLineEdit, "municipality"), "Fredrikstad")
    assert steps.text_of("profile").endswith("\nMissing: Organisation number and 4 more")  # as the user typed
    assert "Municipality" not in steps.item(0).toolTip()

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
    assert "Where are we – where do we want to be?" in window.home.plan_list.currentItem().text()

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
    assert not page.guidance.findChild(type(page.heading), "guidanceQuestions").isVisible()
    assert page.guidance.findChild(type(page.heading), "guidanceWhat").isVisible()  # one line stays
    assert page.guidance_button.text() == "Show guidance"


def tab_from(widget):
    """Where Tab goes from ``widget``: the next visible, enabled widget in the focus chain that takes Tab."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

    nxt = widget.nextInFocusChain()
    while nxt is not widget:
        inner = isinstance(nxt.parentWidget(), QAbstractSpinBox | QComboBox | QLineEdit)
        if nxt.focusPolicy() & Qt.FocusPolicy.TabFocus and nxt.isVisible() and nxt.isEnabled() and not inner:
            return nxt
        nxt = nxt.nextInFocusChain()
    return widget


def test_tab_goes_from_the_step_list_into_the_page_before_previous_and_next(
    start_window, answer_next_dialog, qtbot
):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    for step in ("profile", "gaps", "needs", "evaluation", "measures"):  # pages built in any order
        ws.go_to(step)
        page = ws.current_page()
        first = tab_from(ws.step_list)
        assert page.isAncestorOf(first), f"Tab from the step list left {step} for {first.objectName()}"
        widget, seen = first, 0
        while page.isAncestorOf(widget):  # Tab through every field of the page …
            widget = tab_from(widget)
            seen += 1
        assert seen > 3
        buttons = [b for b in (ws.previous_button, ws.next_button) if b.isEnabled()]  # first / last step
        assert widget is buttons[0]
        # … then Previous and Next, and on to the window's other controls, never back into the page.
        assert not page.isAncestorOf(tab_from(buttons[-1]))


def test_ctrl_page_down_and_up_switch_steps(start_window, answer_next_dialog, qtbot):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    assert ws.next_step_action.shortcut().toString() == "Ctrl+PgDown"
    assert ws.previous_step_action.shortcut().toString() == "Ctrl+PgUp"
    ws.next_step_action.trigger()
    assert ws.current_step == "needs"
    ws.next_step_action.trigger()
    assert ws.current_step == "gaps"
    assert ws.step_list.currentRow() == 2
    ws.previous_step_action.trigger()
    assert ws.current_step == "needs"
    ws.previous_step_action.trigger()
    ws.previous_step_action.trigger()  # nothing before the first step
    assert ws.current_step == "profile"


def test_a_change_on_one_step_shows_on_the_others_when_the_user_goes_there(start_window, qtbot):
    from verktoykasse.ui.wizard.charts import GapChart, KpiChart

    window = start_window()
    qtbot.mouseClick(window.plan_actions.example_button, Qt.MouseButton.LeftButton)
    ws = window.plan_page
    for step in ("gaps", "evaluation", "goals"):  # every page built once
        ws.go_to(step)
    kpi_name = ws.plan.goals[0].kpis[0].name
    ws.current_page().goals.list.setCurrentRow(0)
    type_into(qtbot, on_page(ws, QLineEdit, "kpiTarget"), "45")

    ws.go_to("evaluation")
    ws.current_page().kpis.list.setCurrentRow(0)
    chart = ws.current_page().findChild(KpiChart, "kpiChart")
    assert chart.accessibleDescription().startswith(f"{kpi_name}: baseline")
    assert "target 45" in chart.accessibleDescription()

    ws.go_to("gaps")
    first = ws.current_page().gaps.list
    first.setCurrentRow(0)
    type_into(qtbot, on_page(ws, QLineEdit, "gapTitle"), "Mangfold i staben")
    assert "Mangfold i staben: today" in ws.current_page().findChild(GapChart).accessibleDescription()
