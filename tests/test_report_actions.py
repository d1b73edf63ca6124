"""File ▸ Export PDF… and File ▸ Print… in the window, used as a user would (dialogs answered by patches)."""

from __future__ import annotations

from pathlib import Path

import pytest

# Output and exported files follow Windows' rules here (tests/windows_rules.py).
pytestmark = pytest.mark.windows_rules


@pytest.fixture
def window_with_plan(start_window):
    from verktoykasse.storage.plans import create_plan

    window = start_window()
    with window.database.session() as session:
        plan = create_plan(session, "Styremøte: Inkludering/2027")
        plan.org_name = "Fjordbakeriet AS"
        plan.problem_statement = "Sámi čđŋšŧž og <b>fet</b>"
        session.commit()
        plan_id = plan.id
    window.open_plan(plan_id)
    return window


def test_the_actions_are_there_only_while_a_plan_is_open(start_window):
    from verktoykasse.storage.plans import create_plan

    window = start_window()
    actions = window.report_actions
    assert actions.export_action in window.file_menu.actions()
    assert actions.print_action in window.file_menu.actions()
    assert actions.export_action.shortcut().toString() == "Ctrl+E"
    assert not actions.export_action.isEnabled()
    assert not actions.print_action.isEnabled()
    with window.database.session() as session:
        plan_id = create_plan(session, "Plan").id
    window.open_plan(plan_id)
    assert actions.export_action.isEnabled()
    assert actions.print_action.isEnabled()
    window.show_home()
    assert not actions.export_action.isEnabled()


def test_export_pdf_saves_where_the_user_says_and_opens_the_file(window_with_plan, tmp_path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []
    opened: list[str] = []
    chosen = tmp_path / "til styret"

    def save_dialog(_parent, _title, suggested, _filters, _language=""):
        asked.append(suggested)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()))
    )

    window_with_plan.report_actions.export_action.trigger()

    assert len(asked) == 1
    suggested = Path(asked[0]).name
    assert suggested.startswith("Action plan – Styremøte Inkludering 2027 – ")
    assert suggested.endswith(".pdf")
    written = tmp_path / "til styret.pdf"
    assert opened == [str(written)]
    text = "\n".join(page.extract_text() for page in PdfReader(written).pages)
    assert "Fjordbakeriet AS" in text
    assert "Sámi čđŋšŧž og <b>fet</b>" in text
    assert "til styret.pdf" in window_with_plan.statusBar().currentMessage()


def test_cancelling_the_save_dialog_writes_nothing(window_with_plan, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    opened: list = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    window_with_plan.report_actions.export_action.trigger()
    assert opened == []


def test_a_folder_that_cannot_be_written_gives_a_clear_message(window_with_plan, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    import verktoykasse.ui.report_actions as report_actions

    messages: list[str] = []
    target = tmp_path / "gone" / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), "")))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: pytest.fail("nothing to open")))
    monkeypatch.setattr(report_actions, "show_error", lambda _parent, text: messages.append(text))
    window_with_plan.report_actions.export_action.trigger()
    assert len(messages) == 1
    assert messages == [f"{target} could not be written: its folder does not exist. Choose another folder."]
    assert not target.parent.exists()


def test_print_sends_every_page_of_the_same_pdf_to_the_printer(window_with_plan, tmp_path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from verktoykasse.catalogue import load_catalogue
    from verktoykasse.reports.document import build_action_plan
    from verktoykasse.storage.editing import load_plan
    from verktoykasse.ui.report_actions import ReportActions

    output = tmp_path / "printed.pdf"
    offered: list[int] = []

    def print_dialog(_self, printer: QPrinter, pages: int) -> bool:
        offered.append(pages)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        printer.setResolution(72)
        return True

    monkeypatch.setattr(ReportActions, "ask_printer", print_dialog)
    window_with_plan.report_actions.print_action.trigger()

    with window_with_plan.database.session() as session:
        expected = len(
            PdfReader(
                __import__("io").BytesIO(
                    build_action_plan(
                        load_plan(session, window_with_plan.plan_page.plan_id),
                        catalogue=load_catalogue(window_with_plan.context.paths.root),
                    )
                )
            ).pages
        )
    assert offered == [expected]
    assert len(PdfReader(output).pages) == expected
    assert f"Sent {expected} page" in window_with_plan.statusBar().currentMessage()  # plural: test_wording
