"""From the home view: the example plan opens in one click, and a plan's next cycle starts from it. And
when the disk is full, the text stays where it was typed, a banner says so, and Retry saves it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from sqlalchemy.exc import OperationalError

from verktoykasse.storage.models import Plan
from verktoykasse.ui.wizard.row_table import RowTable
from wizard_support import new_plan, on_page, type_into


def test_the_example_plan_opens_from_the_home_view_and_is_added_only_once(start_window, qtbot):
    window = start_window()
    button = window.plan_actions.example_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    ws = window.plan_page
    assert window.pages.currentWidget() is ws
    assert ws.plan.is_example
    ws.go_to("gaps")
    assert on_page(ws, RowTable, "gapsList").count() >= 5

    window.show_home()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(window.home.plan_names()) == 1  # opened again, not copied


def test_the_next_cycle_starts_from_the_selected_plan(start_window, answer_next_dialog, qtbot):
    window = start_window()
    qtbot.mouseClick(window.plan_actions.example_button, Qt.MouseButton.LeftButton)
    window.show_home()
    first_name = window.home.plan_names()[0]
    assert window.plan_actions.next_cycle_button.isEnabled()

    answer_next_dialog("ok", text="Neste år")
    qtbot.mouseClick(window.plan_actions.next_cycle_button, Qt.MouseButton.LeftButton)
    ws = window.plan_page
    assert ws.plan.name == "Neste år"
    assert ws.plan.previous_plan_id is not None
    window.show_home()
    assert sorted(window.home.plan_names()) == sorted([first_name, "Neste år"])


def test_when_saving_fails_the_text_stays_and_retry_saves_it(
    start_window, answer_next_dialog, qtbot, monkeypatch
):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    real_commit = ws.session.commit

    def disk_full() -> None:
        raise OperationalError("COMMIT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(ws.session, "commit", disk_full)
    type_into(qtbot, on_page(ws, QLineEdit, "orgName"), "Bakeriet")
    type_into(qtbot, on_page(ws, QPlainTextEdit, "problemStatement"), "Vi trenger folk.")
    ws.flush()
    assert ws.banner.isVisible()
    assert "Could not save" in ws.banner.message.text()
    assert "still here" in ws.banner.message.text()
    assert on_page(ws, QLineEdit, "orgName").text() == "Bakeriet"
    assert on_page(ws, QPlainTextEdit, "problemStatement").toPlainText() == "Vi trenger folk."

    monkeypatch.setattr(ws.session, "commit", real_commit)  # space was freed
    qtbot.mouseClick(ws.banner.retry_button, Qt.MouseButton.LeftButton)
    assert not ws.banner.isVisible()
    with window.database.session() as session:
        plan = session.get(Plan, ws.plan_id)
        assert plan.org_name == "Bakeriet"
        assert plan.problem_statement == "Vi trenger folk."


def test_after_a_failed_save_the_next_edit_tries_again(start_window, answer_next_dialog, qtbot, monkeypatch):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    type_into(qtbot, on_page(ws, QLineEdit, "orgName"), "Bakeri")
    real_commit = ws.session.commit

    def disk_full() -> None:
        raise OperationalError("COMMIT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(ws.session, "commit", disk_full)
    type_into(qtbot, on_page(ws, QLineEdit, "orgName"), "Bakeriet AS")
    assert ws.banner.isVisible()
    monkeypatch.setattr(ws.session, "commit", real_commit)
    type_into(qtbot, on_page(ws, QLineEdit, "industry"), "Bakeri")  # the next edit tries again
    assert not ws.banner.isVisible()
    with window.database.session() as session:
        plan = session.get(Plan, ws.plan_id)
        assert (plan.org_name, plan.industry) == ("Bakeriet AS", "Bakeri")


def test_closing_with_unsaved_text_asks_first(start_window, answer_next_dialog, qtbot, monkeypatch):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    real_commit = ws.session.commit

    def disk_full() -> None:
        raise OperationalError("COMMIT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(ws.session, "commit", disk_full)
    type_into(qtbot, on_page(ws, QLineEdit, "orgName"), "Bakeriet")
    answer_next_dialog("confirmNo")
    window.close()
    assert window.isVisible()  # kept open: the text is still there to be saved

    monkeypatch.setattr(ws.session, "commit", real_commit)
    window.close()
    assert not window.isVisible()
    again = start_window()
    again.home.open_selected()
    assert on_page(again.plan_page, QLineEdit, "orgName").text() == "Bakeriet"
