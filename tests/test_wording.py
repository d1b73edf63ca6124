"""Words a bakery owner reads: counts agree with their nouns ("1 page", not "1 pages")."""

from __future__ import annotations

from wizard_support import new_plan


def test_printing_one_page_says_one_page(start_window, answer_next_dialog, qtbot, monkeypatch):
    from verktoykasse.ui import report_actions

    window = start_window()
    new_plan(window, answer_next_dialog, "Bakeriet 2027")
    monkeypatch.setattr(report_actions.ReportActions, "ask_printer", lambda *_args: True)
    monkeypatch.setattr(report_actions, "print_pdf", lambda *_args: 1)  # the user chose page 1 to 1
    window.report_actions.print_action.trigger()
    assert window.statusBar().currentMessage() == "Sent 1 page to the printer."


def test_letters_in_a_count_or_a_score_ask_for_a_whole_number_not_a_decimal_example(
    start_window, answer_next_dialog, qtbot
):
    from PySide6.QtWidgets import QLabel, QLineEdit

    from verktoykasse.ui.wizard.list_editor import ListEditor
    from wizard_support import on_page, type_into

    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    type_into(qtbot, on_page(ws, QLineEdit, "employees"), "tolv")
    assert on_page(ws, QLabel, "employeesMessage").text() == "⚠ Please type a whole number."
    ws.go_to("gaps")
    ws.current_page().findChild(ListEditor, "gaps").add_row()  # no gap yet: add one first
    type_into(qtbot, on_page(ws, QLineEdit, "gapCurrentScore"), "fire")
    assert on_page(ws, QLabel, "gapCurrentScoreMessage").text() == "⚠ Please type a whole number."


def test_a_new_plan_says_no_measures_yet_once_on_the_evaluation_step(start_window, answer_next_dialog):
    from PySide6.QtWidgets import QLabel

    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("evaluation")
    said = [
        label.text()
        for label in ws.current_page().findChildren(QLabel)
        if label.isVisible() and label.text().startswith("No measures yet")
    ]
    assert said == ["No measures yet: add them in step 4."]
