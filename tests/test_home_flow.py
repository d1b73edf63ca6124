"""The home view as a bakery owner meets it: an invitation when there is nothing yet, a plan per two
lines (name first, then where they left it), and back at the same step with the same text next time."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QStyleOptionViewItem

from verktoykasse.domain.labels import step_title
from verktoykasse.domain.vocabulary import Step
from wizard_support import new_plan, on_page, type_into


def start_active(start_window, qtbot):
    window = start_window()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)  # the keyboard goes to this window, as on a desktop
    return window


def test_with_no_plans_the_home_view_invites_to_start_with_new_plan_at_hand(start_window, qtbot):
    window = start_active(start_window, qtbot)
    home = window.home
    assert home.empty_label.isVisible()
    assert "New plan" in home.empty_label.text()
    assert not home.plan_list.isVisible()  # no big empty box
    assert window.plan_actions.example_button.isVisible()
    window.show_home()
    assert QApplication.focusWidget() is home.new_button  # Enter or Space starts a plan


def test_a_plan_is_two_lines_with_the_name_first_and_the_full_text_for_screen_readers(
    start_window, answer_next_dialog, qtbot
):
    window = start_window()
    new_plan(window, answer_next_dialog, "Bakeriet 2027")
    window.show_home()
    home = window.home
    assert home.plan_list.isVisible() and not home.empty_label.isVisible()
    item = home.plan_list.item(0)
    name, details = item.text().split("\n")
    assert name == "Bakeriet 2027"
    assert step_title(Step.PROFILE) in details
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == f"{name}, {details}"
    option = QStyleOptionViewItem()
    option.initFrom(home.plan_list)
    index: QModelIndex = home.plan_list.model().index(0, 0)
    height = home.plan_list.itemDelegate().sizeHint(option, index).height()
    assert height >= 2 * home.plan_list.fontMetrics().height()


def test_a_plan_left_at_step_four_says_so_at_home_and_reopens_there_with_the_text(
    start_window, answer_next_dialog, qtbot
):
    window = start_active(start_window, qtbot)
    ws = new_plan(window, answer_next_dialog, "Bakeriet 2027")
    window.activateWindow()  # the offscreen platform does not give it back after the name dialog
    assert QTest.qWaitForWindowActive(window)
    problem = on_page(ws, QPlainTextEdit, "problemStatement")
    type_into(qtbot, problem, "Vi mangler folk til nattskiftet.")
    for _ in range(4):  # Ctrl+PgDown to "4. What we will do", keyboard only
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert ws.current_step == Step.MEASURES
    window.close()

    again = start_active(start_window, qtbot)
    item = again.home.plan_list.currentItem()
    assert step_title(Step.MEASURES) in item.text()
    again.home.plan_list.setFocus()
    qtbot.keyClick(again.home.plan_list, Qt.Key.Key_Return)
    ws = again.plan_page
    assert ws.current_step == Step.MEASURES
    ws.go_to(Step.PROFILE)
    assert on_page(ws, QPlainTextEdit, "problemStatement").toPlainText() == "Vi mangler folk til nattskiftet."


def test_a_plan_opened_with_enter_puts_the_keyboard_on_the_steps_not_on_back(
    start_window, answer_next_dialog, qtbot
):
    window = start_active(start_window, qtbot)
    new_plan(window, answer_next_dialog, "Bakeriet 2027")
    window.show_home()
    window.activateWindow()  # the offscreen platform does not give it back after the name dialog
    assert QTest.qWaitForWindowActive(window)
    assert QApplication.focusWidget() is window.home.plan_list
    qtbot.keyClick(window.home.plan_list, Qt.Key.Key_Return)
    ws = window.plan_page
    assert QApplication.focusWidget() is ws.step_list
    qtbot.keyClick(ws.step_list, Qt.Key.Key_Down)  # the arrow keys choose a step
    assert ws.current_step == Step.NEEDS


def test_only_looking_at_other_steps_does_not_change_last_changed(start_window, qtbot):
    import datetime as dt

    from verktoykasse.domain.formatting import format_datetime
    from verktoykasse.storage.plans import create_plan

    window = start_window()
    with window.database.session() as session:
        plan = create_plan(session, "Bakeriet 2027")
        plan.updated_at = dt.datetime(2026, 3, 2, 10, 0)
        session.commit()
        plan_id = plan.id
    window.home.refresh()
    window.open_plan(plan_id)
    window.plan_page.go_to(Step.GAPS)
    window.plan_page.go_to(Step.GOALS)
    window.show_home()
    text = window.home.plan_list.currentItem().text()
    assert step_title(Step.GOALS) in text  # where the user is, remembered
    assert format_datetime(dt.datetime(2026, 3, 2, 10, 0)) in text  # as the user left it, not now
    with window.database.session() as session:
        from verktoykasse.storage.models import Plan

        assert session.get(Plan, plan_id).updated_at == dt.datetime(2026, 3, 2, 10, 0)
