"""Words a bakery owner reads: counts agree with their nouns ("1 page", not "1 pages")."""

from __future__ import annotations

import pytest

from wizard_support import new_plan


@pytest.fixture(params=["en", "nb"])
def language(request, qapp):
    from verktoykasse.i18n import apply_language, clear_translators

    apply_language(qapp, request.param)
    yield request.param
    clear_translators(qapp)


PRINTED = {
    "en": ("Sent 1 page to the printer.", "Sent 3 pages to the printer."),
    "nb": ("Sendte 1 side til skriveren.", "Sendte 3 sider til skriveren."),
}


def test_printing_says_one_page_or_pages(language, start_window, answer_next_dialog, qtbot, monkeypatch):
    from verktoykasse.ui import report_actions

    window = start_window()
    new_plan(window, answer_next_dialog, "Bakeriet 2027")
    monkeypatch.setattr(report_actions.ReportActions, "ask_printer", lambda *_args: True)
    for pages, expected in zip((1, 3), PRINTED[language], strict=True):
        monkeypatch.setattr(report_actions, "print_pdf", lambda *_args, n=pages: n)
        window.report_actions.print_action.trigger()
        assert window.statusBar().currentMessage() == expected


def test_a_goal_counts_its_kpis_in_words_that_agree(language):
    from PySide6.QtCore import QCoreApplication

    one, two = (
        QCoreApplication.translate("GoalsPage", "{title} · for: {gap} · %n KPI(s)", "", n) for n in (1, 2)
    )
    assert one.endswith({"en": "1 KPI", "nb": "1 KPI"}[language])
    assert two.endswith({"en": "2 KPIs", "nb": "2 KPI-er"}[language])


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
