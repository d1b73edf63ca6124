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
