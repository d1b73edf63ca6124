"""File ▸ Workshop kit… as the owner uses it before the meeting: when and where (kept in the plan), the
invitation to copy, to open in the e-mail program with the guests who have an address, or to print, and
the worksheets to print."""

from __future__ import annotations

import io
from email.utils import parseaddr
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QLineEdit

from verktoykasse.domain.workshop import GUIDING_QUESTIONS
from verktoykasse.i18n import report_language


def in_bokmal(text_of) -> str:
    """What the guests read: the invitation is in the plan's language, bokmål unless it says English."""
    with report_language("nb"):
        return text_of()


@pytest.fixture
def window_with_guests(start_window):
    from verktoykasse.storage.models import Participant
    from verktoykasse.storage.plans import create_plan

    window = start_window()
    with window.database.session() as session:
        plan = create_plan(session, "Inkludering 2027")
        plan.org_name = "Fjordbakeriet AS"
        plan.contact_person = "Kari Leder"
        plan.contact_email = "leder@fjordbakeriet.no"
        plan.participants += [
            Participant(position=0, name="Nordmann, Ola", email="ola@example.no"),
            Participant(position=1, name="Åse «Bakern» Ødegård", email="ase@example.no"),
            Participant(position=2, name="Per uten e-post", email=""),
        ]
        session.commit()
        plan_id = plan.id
    window.open_plan(plan_id)
    return window, plan_id


@pytest.fixture
def opened_urls(monkeypatch):
    from PySide6.QtGui import QDesktopServices

    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url) or True))
    return urls


def run_in_kit(qtbot, window, steps) -> None:
    """Open File ▸ Workshop kit…, do ``steps(kit)`` in it as the user, then close it."""
    from PySide6.QtCore import QTimer

    from verktoykasse.ui.workshop_kit import WorkshopKit

    done = []

    def act() -> None:
        kit = QApplication.activeModalWidget()
        if not isinstance(kit, WorkshopKit):
            QTimer.singleShot(10, act)
            return
        try:
            steps(kit)
        finally:
            done.append(True)
            if kit.isVisible():
                kit.reject()

    QTimer.singleShot(0, act)
    window.workshop_actions.kit_action.trigger()
    assert done


def test_when_and_where_go_into_the_plan_and_the_invitation(qtbot, window_with_guests):
    window, plan_id = window_with_guests
    seen = {}

    def steps(kit) -> None:
        place = kit.findChild(QLineEdit, "workshopPlace")
        place.setFocus()
        qtbot.keyClicks(place, "Kantina, Storgata 1")
        time = kit.findChild(QLineEdit, "workshopTime")
        time.setFocus()
        qtbot.keyClicks(time, "09.00-12.00")
        seen["text"] = kit.preview.toPlainText()
        seen["recipients"] = kit.recipients.text()

    run_in_kit(qtbot, window, steps)
    assert "Hvor: Kantina, Storgata 1" in seen["text"]
    assert "09.00-12.00" in seen["text"]
    for question in GUIDING_QUESTIONS:
        assert in_bokmal(lambda question=question: question.text) in seen["text"]
    assert "2 of 3 participants have an address" in seen["recipients"]  # the window's own language
    assert "Per uten e-post" in seen["recipients"]
    with window.database.session() as session:
        from verktoykasse.storage.models import Plan

        plan = session.get(Plan, plan_id)
        assert (plan.workshop_place, plan.workshop_time) == ("Kantina, Storgata 1", "09.00-12.00")


def test_the_e_mail_program_opens_only_on_click_with_the_guests_who_have_an_address(
    qtbot, window_with_guests, opened_urls
):
    window, _plan_id = window_with_guests

    def steps(kit) -> None:
        assert opened_urls == []  # nothing opens by itself
        kit.mail_button.click()

    run_in_kit(qtbot, window, steps)
    assert len(opened_urls) == 1
    url = opened_urls[0].toString(QUrl.ComponentFormattingOption.FullyEncoded)
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert parseaddr(unquote(parts.path)) == ("Kari Leder", "leder@fjordbakeriet.no")
    fields = parse_qs(parts.query)
    raw = dict(field.split("=", 1) for field in parts.query.split("&"))  # %2C inside names kept
    guests = [parseaddr(unquote(item)) for item in raw["bcc"].split(",")]
    assert guests == [("Nordmann, Ola", "ola@example.no"), ("Åse «Bakern» Ødegård", "ase@example.no")]
    assert "Per" not in unquote(url)
    assert fields["subject"] == ["Invitasjon: workshop om inkludering hos Fjordbakeriet AS"]


def test_copy_puts_the_invitation_on_the_clipboard(qtbot, window_with_guests):
    window, _plan_id = window_with_guests
    run_in_kit(qtbot, window, lambda kit: kit.copy_button.click())
    text = QApplication.clipboard().text()
    assert text.startswith("Invitasjon: workshop om inkludering hos Fjordbakeriet AS")
    assert in_bokmal(lambda: GUIDING_QUESTIONS[3].text) in text


def test_the_invitation_and_the_worksheets_are_saved_as_pdfs(
    qtbot, window_with_guests, opened_urls, tmp_path, monkeypatch
):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    window, _plan_id = window_with_guests
    targets = iter([tmp_path / "invitasjon", tmp_path / "ark.pdf"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(next(targets)), ""))

    def steps(kit) -> None:
        kit.print_invitation_button.click()
        kit.blank_radio.setChecked(True)
        kit.a3_check.setChecked(True)
        kit.sheets_button.click()

    run_in_kit(qtbot, window, steps)
    invitation = PdfReader(tmp_path / "invitasjon.pdf")
    assert len(invitation.pages) == 1
    text = " ".join(invitation.pages[0].extract_text().split())
    assert "Invitasjon: workshop om inkludering hos Fjordbakeriet AS" in text
    assert "Kari Leder" in text
    sheets = PdfReader(io.BytesIO(Path(tmp_path / "ark.pdf").read_bytes()))
    assert "Workshop: agenda" in sheets.pages[0].extract_text()
    assert round(float(sheets.pages[5].mediabox.width)) == 1191  # the gap sheet on A3
    assert [Path(url.toLocalFile()).name for url in opened_urls] == ["invitasjon.pdf", "ark.pdf"]


def test_start_meeting_mode_from_the_kit(qtbot, window_with_guests):
    window, _plan_id = window_with_guests
    run_in_kit(qtbot, window, lambda kit: kit.meeting_button.click())
    meeting = window.workshop_actions.meeting
    assert meeting is not None and meeting.isVisible()
    meeting.close()
    assert window.workshop_actions.meeting is None
