"""What a user can type is what a plan file holds: a text too long for a plan file is never saved (it
would make a plan file that does not import again), is never cut silently, and is never lost — it stays
in its box with a message beside it, in the user's language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from verktoykasse.domain.formatting import format_number
from verktoykasse.domain.validation import LONGEST_TEXT
from verktoykasse.exchange import fields

# A text one character past the limit, in numbered lines as a pasted document has them.
LINE = "{}. Vi trenger flere folk i produksjonen, og vi vil prøve nye veier inn i arbeidslivet.\n"
TOO_LONG = "".join(LINE.format(number) for number in range(1, LONGEST_TEXT // len(LINE) + 2))[
    : LONGEST_TEXT + 1
]


@pytest.fixture(autouse=True)
def _clipboard_emptied(qapp):
    """What a test pasted is not left on the clipboard for the next test."""
    from PySide6.QtGui import QGuiApplication

    yield
    QGuiApplication.clipboard().clear()


def test_the_plan_file_holds_as_long_a_text_as_a_field_accepts():
    assert fields.MAX_TEXT == LONGEST_TEXT


def test_a_text_too_long_for_a_plan_file_stays_in_its_box_with_a_message_and_is_not_saved(
    start_window, answer_next_dialog
):
    from verktoykasse.storage.models import Plan
    from wizard_support import new_plan, on_page

    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.step_list.setCurrentRow(1)
    box = on_page(ws, QPlainTextEdit, "labourNeed")
    box.setFocus()
    box.insertPlainText("Tre nye montører før sommeren.")
    ws.saver.flush()

    box.selectAll()
    box.insertPlainText(TOO_LONG)  # pasted over the short answer
    ws.saver.flush()

    message = on_page(ws, QLabel, "labourNeedMessage")
    assert message.isVisibleTo(ws)
    assert f"at most {format_number(LONGEST_TEXT)} characters" in message.text()
    assert f"it has {format_number(LONGEST_TEXT + 1)}" in message.text()
    assert box.text() == TOO_LONG  # what was pasted is still there to shorten
    with window.database.session() as session:
        assert session.get(Plan, ws.plan_id).labour_need == "Tre nye montører før sommeren."

    ws.step_list.setCurrentRow(0)  # away and back: the page is made anew
    ws.step_list.setCurrentRow(1)
    box = on_page(ws, QPlainTextEdit, "labourNeed")
    assert box.text() == TOO_LONG
    assert on_page(ws, QLabel, "labourNeedMessage").isVisibleTo(ws)

    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    box.textCursor().deletePreviousChar()  # one character less: it fits, is saved, the message goes
    ws.saver.flush()
    assert not on_page(ws, QLabel, "labourNeedMessage").isVisibleTo(ws)
    with window.database.session() as session:
        assert session.get(Plan, ws.plan_id).labour_need == TOO_LONG[:-1]


def test_causes_too_long_in_the_risk_map_stay_with_a_message_and_the_stored_causes_are_kept(
    qtbot, start_window, answer_next_dialog
):
    from test_arp_window import run_in_arp_window
    from verktoykasse.storage.editing import load_plan
    from verktoykasse.storage.plans import create_plan
    from wizard_support import pause, type_into

    window = start_window()
    with window.database.session() as session:
        plan = create_plan(session, "Inkludering 2027")
        plan.employees = 8
        plan.arp_document = True
        session.commit()
        plan_id = plan.id
    window.open_plan(plan_id, "profile")
    seen: dict[str, object] = {}

    def work(arp) -> None:
        risk_map = arp.risk_map
        risk_map.table.setCurrentCell(2, 0)  # ethnicity × recruitment
        risk_map.state.setCurrentIndex(risk_map.state.findData("risk"))
        type_into(qtbot, risk_map.cause_box, "Vi rekrutterer bare via venner")
        pause(qtbot)
        box = risk_map.cause_box
        box.setFocus()
        box.selectAll()
        box.insertPlainText(TOO_LONG)
        arp.saver.flush()
        message = arp.findChild(QLabel, "arpRiskCauseMessage")
        seen["message"] = not message.isHidden() and message.text()
        arp.tabs.setCurrentIndex(arp.tabs.count() - 1)
        answer_next_dialog("confirmNo")  # closing asks first; Cancel shows the causes again
        arp.reject()
        seen["still open"] = arp.isVisible() and arp.tabs.currentWidget().isAncestorOf(box)
        seen["kept"] = box.text() == TOO_LONG
        answer_next_dialog("confirmYes")  # then closing without them

    run_in_arp_window(window, work)
    assert "at most" in seen["message"]
    assert seen["still open"] and seen["kept"]
    with window.database.session() as session:
        assert load_plan(session, plan_id).arp_risks[0].cause == "Vi rekrutterer bare via venner"


def test_an_answer_too_long_in_meeting_mode_gets_a_message_and_is_not_lost_on_leaving(
    qtbot, start_window, answer_next_dialog
):
    from PySide6.QtCore import Qt

    from test_meeting_mode import press, start
    from verktoykasse.storage.models import Plan
    from verktoykasse.storage.plans import create_plan

    window = start_window()
    with window.database.session() as session:
        plan_id = create_plan(session, "Inkludering 2027").id
        session.commit()
    window.open_plan(plan_id)
    meeting = start(qtbot, window)
    press(qtbot, Qt.Key.Key_Right)
    answer = meeting.findChild(QPlainTextEdit, "answer1")
    answer.insertPlainText(TOO_LONG)
    press(qtbot, Qt.Key.Key_PageDown)  # on to the next question: the answer is not saved, and says why
    message = meeting.findChild(QLabel, "answer1Message")
    assert "at most" in message.text()

    answer_next_dialog("confirmNo")  # Escape asks first, and Cancel shows the answer again
    press(qtbot, Qt.Key.Key_Escape)
    assert meeting.isVisible()
    assert meeting.slides[meeting.index].isAncestorOf(answer)
    qtbot.waitUntil(answer.hasFocus)
    assert answer.text() == TOO_LONG

    answer.moveCursor(answer.textCursor().MoveOperation.End)
    answer.textCursor().deletePreviousChar()
    press(qtbot, Qt.Key.Key_Escape)  # short enough now: saved, and the meeting ends without a question
    assert not meeting.isVisible()
    with window.database.session() as session:
        assert getattr(session.get(Plan, plan_id), answer.attr) == TOO_LONG[:-1]


def test_a_contact_note_too_long_keeps_the_dialog_open_with_the_note_and_a_message(qtbot):
    from PySide6.QtWidgets import QPushButton

    from verktoykasse.ui.catalogue.contact_dialog import ContactDialog

    dialog = ContactDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("Nav Fredrikstad")
    dialog.note_edit.setPlainText(TOO_LONG)
    dialog.findChild(QPushButton, "contactSave").click()

    assert dialog.isVisible()  # not saved: the dialog stays, with everything typed
    message = dialog.findChild(QLabel, "contactNoteError")
    assert message.isVisible() and "at most" in message.text()
    assert dialog.note_edit.toPlainText() == TOO_LONG
    assert dialog.note_edit.hasFocus() or dialog.focusWidget() is dialog.note_edit

    dialog.note_edit.setPlainText(TOO_LONG[:LONGEST_TEXT])
    dialog.findChild(QPushButton, "contactSave").click()
    assert not dialog.isVisible()
    assert dialog.values().note == TOO_LONG[:LONGEST_TEXT].strip()


def test_a_paste_a_one_line_field_shortens_gets_a_message_saying_so_and_to_what(
    qtbot, start_window, answer_next_dialog
):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QLineEdit

    from verktoykasse.storage.models import Plan
    from wizard_support import new_plan, on_page

    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    field = on_page(ws, QLineEdit, "orgName")
    message = on_page(ws, QLabel, "orgNameMessage")

    QGuiApplication.clipboard().setText("Fjordbakeriet AS")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "Fjordbakeriet AS"
    assert not message.isVisibleTo(ws)

    pasted = "Fjordbakeriet AS, avdeling " * 2_000  # 54,000 characters: more than a line holds
    QGuiApplication.clipboard().setText(pasted)
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    limit = field.maxLength()
    assert field.text() == pasted[:limit]
    assert message.isVisibleTo(ws)
    assert message.text() == (
        f"⚠ Shortened to {format_number(limit)} characters: a one-line field holds no more, "
        "and the rest of what you pasted was left out."
    )
    with window.database.session() as session:
        assert session.get(Plan, ws.plan_id).org_name == pasted[:limit].strip()

    qtbot.keyClick(field, Qt.Key.Key_Backspace)  # shorter now: nothing more to say
    assert not message.isVisibleTo(ws)


def test_a_paste_the_contact_dialog_shortens_is_said_beside_the_field(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from verktoykasse.ui.catalogue.contact_dialog import ContactDialog

    dialog = ContactDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    QGuiApplication.clipboard().setText("Markedskontakt for bedrifter i Østfold. " * 1_000)
    dialog.role_edit.setFocus()
    qtbot.keyClick(dialog.role_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    message = dialog.findChild(QLabel, "contactRoleCut")
    assert message.isVisible()
    assert f"Shortened to {format_number(dialog.role_edit.maxLength())} characters" in message.text()


def test_a_meetings_draft_too_long_to_be_one_text_is_not_written_into_the_summary(
    qtbot, start_window, answer_next_dialog
):
    """Two answers of 600,000 characters each fit their own fields; the draft of them both does not fit
    the summary: leaving the meeting writes no draft, and asking for it below the owner's text says why."""
    from PySide6.QtCore import Qt

    from test_meeting_mode import press, start
    from verktoykasse.domain.workshop import GUIDING_QUESTIONS
    from verktoykasse.storage.models import Plan
    from verktoykasse.storage.plans import create_plan

    long_answer = TOO_LONG[:600_000]
    window = start_window()
    with window.database.session() as session:
        plan = create_plan(session, "Inkludering 2027")
        for question in GUIDING_QUESTIONS[:2]:
            setattr(plan, question.field, long_answer)
        session.commit()
        plan_id = plan.id
    window.open_plan(plan_id)
    meeting = start(qtbot, window)
    press(qtbot, Qt.Key.Key_Escape)
    with window.database.session() as session:
        plan = session.get(Plan, plan_id)
        assert plan.workshop_summary == ""
        assert [getattr(plan, q.field) for q in GUIDING_QUESTIONS[:2]] == [long_answer] * 2

        plan.workshop_summary = "Min egen oppsummering."
        session.commit()
    window.open_plan(plan_id)
    meeting = start(qtbot, window)
    meeting.go_to(len(meeting.slides) - 1)
    meeting.draft_button.click()
    assert "longer than one text can be" in meeting.draft_intro.text()
    press(qtbot, Qt.Key.Key_Escape)
    with window.database.session() as session:
        assert session.get(Plan, plan_id).workshop_summary == "Min egen oppsummering."


def test_closing_the_window_with_a_text_too_long_to_be_saved_asks_first(start_window, answer_next_dialog):
    from wizard_support import new_plan, on_page

    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.step_list.setCurrentRow(1)
    box = on_page(ws, QPlainTextEdit, "labourNeed")
    box.setFocus()
    box.insertPlainText(TOO_LONG)
    ws.saver.flush()

    answer_next_dialog("confirmNo")  # Cancel: the window stays, with the text
    window.close()
    assert window.isVisible()
    assert on_page(ws, QPlainTextEdit, "labourNeed").text() == TOO_LONG

    answer_next_dialog("confirmYes")
    window.close()
    assert not window.isVisible()


def test_a_text_stored_too_long_before_there_was_a_limit_is_pointed_out_where_it_can_be_shortened(
    start_window,
):
    from sqlalchemy import update

    from verktoykasse.storage.models import Plan
    from verktoykasse.storage.plans import create_plan
    from wizard_support import on_page

    window = start_window()
    with window.database.session() as session:
        plan = create_plan(session, "Inkludering 2027")
        plan_id = plan.id
        # Straight into the database, as 0.1.0 stored it: today's program refuses to (storage.editing).
        session.execute(update(Plan).where(Plan.id == plan_id).values(labour_need=TOO_LONG))
        session.commit()
    window.open_plan(plan_id)
    ws = window.plan_page
    ws.step_list.setCurrentRow(1)
    box = on_page(ws, QPlainTextEdit, "labourNeed")
    message = on_page(ws, QLabel, "labourNeedMessage")
    assert box.text() == TOO_LONG
    assert message.isVisibleTo(ws)
    assert "longer than a plan file holds" in message.text()

    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    box.textCursor().deletePreviousChar()
    ws.saver.flush()
    assert not message.isVisibleTo(ws)
    with window.database.session() as session:
        assert session.get(Plan, plan_id).labour_need == TOO_LONG[:-1]
    window.close()  # nothing refused: no question
    assert not window.isVisible()


def test_opening_another_plan_with_a_text_too_long_to_be_saved_asks_first(start_window, answer_next_dialog):
    """Kari pasted too much into step 1 and went to the list of plans; opening another plan would throw
    away the text that lives only in its box. She is asked: Cancel brings her back to it; Open goes on."""
    from verktoykasse.storage.plans import create_plan
    from wizard_support import new_plan, on_page

    window = start_window()
    with window.database.session() as session:
        other = create_plan(session, "Sommerjobb").id
        session.commit()
    ws = new_plan(window, answer_next_dialog)
    ws.step_list.setCurrentRow(1)
    box = on_page(ws, QPlainTextEdit, "labourNeed")
    box.setFocus()
    box.insertPlainText(TOO_LONG)
    ws.back_button.click()

    answer_next_dialog("confirmNo")
    window.open_plan(other)
    assert window.plan_page is ws and window.pages.currentWidget() is ws
    assert on_page(ws, QPlainTextEdit, "labourNeed").text() == TOO_LONG

    answer_next_dialog("confirmYes")
    window.open_plan(other)
    assert window.plan_page.plan_id == other
