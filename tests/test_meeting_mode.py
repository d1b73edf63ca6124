"""Meeting mode, driven by the keyboard alone as a facilitator would on the meeting room's TV: the room's
answers go into the right fields of the plan as they are typed, the dots become scores, the summary of
step 1 gets a draft, and it all survives closing and starting the program again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QSpinBox

from verktoykasse.domain.workshop import GUIDING_QUESTIONS
from verktoykasse.ui.meeting_mode import ACCENT, INK, MUTED, PAPER, WARNING, contrast_ratio


@pytest.fixture
def window_with_plan(start_window):
    from verktoykasse.storage.models import GapArea, Participant
    from verktoykasse.storage.plans import create_plan

    window = start_window()
    with window.database.session() as session:
        plan = create_plan(session, "Inkludering 2027")
        plan.org_name = "Fjordbakeriet AS"
        plan.participants.append(Participant(name="Åse", in_workshop=True))
        plan.gaps.append(GapArea(position=0, template_key="recruitment", title="Rekruttering"))
        plan.gaps.append(GapArea(position=1, template_key="", title="Språk"))
        session.commit()
        plan_id = plan.id
    window.open_plan(plan_id)
    return window, plan_id


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is, as the facilitator's keyboard sends it."""
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def start(qtbot, window):
    window.workshop_actions.meeting_action.trigger()
    meeting = window.workshop_actions.meeting
    assert meeting is not None and meeting.isFullScreen()
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is not None and meeting.isAncestorOf(QApplication.focusWidget())
    )
    return meeting


def test_the_facilitator_types_the_rooms_answers_and_dots_and_they_are_in_the_plan_after_a_restart(
    qtbot, window_with_plan, start_window
):
    window, plan_id = window_with_plan
    meeting = start(qtbot, window)
    assert meeting.slides[meeting.index].objectName() == "welcomeSlide"
    press(qtbot, Qt.Key.Key_Right)  # the slide has the focus: → moves on
    assert meeting.slides[meeting.index].objectName() == "questionSlide1"
    answer = QApplication.focusWidget()
    assert isinstance(answer, QPlainTextEdit) and answer.objectName() == "answer1"
    assert answer.accessibleName() == GUIDING_QUESTIONS[0].text
    qtbot.keyClicks(answer, "Sjafører med C")
    press(qtbot, Qt.Key.Key_Left)  # in a text box the arrows move the cursor, not the slide
    assert meeting.slides[meeting.index].objectName() == "questionSlide1"
    press(qtbot, Qt.Key.Key_PageDown)  # PgDn moves on even from a text box
    assert meeting.slides[meeting.index].objectName() == "questionSlide2"
    qtbot.keyClicks(QApplication.focusWidget(), "Faste tider")
    press(qtbot, Qt.Key.Key_PageUp)
    assert QApplication.focusWidget().toPlainText() == "Sjafører med C"
    for _ in range(4):
        press(qtbot, Qt.Key.Key_PageDown)
    assert meeting.slides[meeting.index].objectName() == "gapSlide1"  # seed 000's first area
    # The first area, diversity, is not in the plan yet: the room's dots add it.
    press(qtbot, Qt.Key.Key_PageDown)
    slide = meeting.slides[meeting.index]
    assert slide.title == "Rekruttering"
    box = QApplication.focusWidget()
    assert isinstance(box, QSpinBox) and box.objectName() == "currentDots1"
    assert box.accessibleName() == "Today: dots on score 1"
    for count in ("1", "4", "2", "0", "0"):  # today: 1×1, 4×2, 2×3 → 7 dots, the middle one is a 2
        box = QApplication.focusWidget()
        box.selectAll()
        qtbot.keyClicks(box, count)
        press(qtbot, Qt.Key.Key_Tab)
    for count in ("0", "0", "1", "1", "0"):  # desired: 3 and 4 → two middle dots: the lower one, 3
        box = QApplication.focusWidget()
        box.selectAll()
        qtbot.keyClicks(box, count)
        press(qtbot, Qt.Key.Key_Tab)
    assert (
        slide.findChild(QLabel, "roomScore").text()
        == "The room's score: today 2 (7 dots), desired 3 (2 dots)"
    )
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.workshop_actions.meeting is None)

    # The workspace shows what the meeting wrote.
    needs = window.plan_page.current_page()
    assert needs.findChild(QPlainTextEdit, "questionEmployerNeed").toPlainText() == "Sjafører med C"

    window.close()
    again = start_window()
    with again.database.session() as session:
        from verktoykasse.storage.editing import load_plan

        plan = load_plan(session, plan_id)
        assert plan.question_employer_need == "Sjafører med C"
        assert plan.question_outside_need == "Faste tider"
        recruitment = next(gap for gap in plan.gaps if gap.title == "Rekruttering")
        assert (recruitment.current_score, recruitment.desired_score) == (2, 3)
        assert (recruitment.current_dots, recruitment.desired_dots) == ("1,4,2,0,0", "0,0,1,1,0")
        assert not any(gap.template_key == "diversity" for gap in plan.gaps)  # looked at, not scored
        assert plan.workshop_summary.startswith("Workshop")
        assert "Sjafører med C" in plan.workshop_summary
        assert "Rekruttering: today 2, desired 3" in plan.workshop_summary


def test_a_typical_area_the_plan_lacks_is_added_when_the_room_scores_it(qtbot, window_with_plan):
    window, plan_id = window_with_plan
    meeting = start(qtbot, window)
    meeting.go_to(5)
    box = QApplication.focusWidget()
    assert box.objectName() == "currentDots1"
    box.selectAll()
    qtbot.keyClicks(box, "3")
    press(qtbot, Qt.Key.Key_Escape)
    with window.database.session() as session:
        from verktoykasse.storage.models import GapArea

        diversity = session.query(GapArea).filter_by(plan_id=plan_id, template_key="diversity").one()
        assert (diversity.current_score, diversity.current_dots) == (1, "3,0,0,0,0")
        assert diversity.title == "Diversity at the workplace"


def test_the_summary_the_owner_wrote_is_never_overwritten(qtbot, window_with_plan):
    window, plan_id = window_with_plan
    with window.database.session() as session:
        from verktoykasse.storage.models import Plan

        session.get(Plan, plan_id).workshop_summary = "Min egen oppsummering."
        session.commit()
    window.open_plan(plan_id)
    meeting = start(qtbot, window)
    meeting.go_to(1)
    qtbot.keyClicks(QApplication.focusWidget(), "Kokker")
    meeting.go_to(len(meeting.slides) - 1)
    assert meeting.draft_button.isVisible()
    press(qtbot, Qt.Key.Key_Escape)
    with window.database.session() as session:
        assert session.get(Plan, plan_id).workshop_summary == "Min egen oppsummering."
    # Asked for, the draft goes below the owner's text, which stays as it was.
    meeting = start(qtbot, window)
    meeting.go_to(len(meeting.slides) - 1)
    meeting.draft_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Escape)
    with window.database.session() as session:
        summary = session.get(Plan, plan_id).workshop_summary
    assert summary.startswith("Min egen oppsummering.\n\nWorkshop")
    assert "Kokker" in summary


def test_the_timer_counts_down_each_question_and_pauses_on_ctrl_t(qtbot, window_with_plan):
    window, _plan_id = window_with_plan
    meeting = start(qtbot, window)
    meeting.timer_check.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert meeting.timer_check.isChecked()
    meeting.timer_minutes.setValue(2)
    meeting.go_to(1)
    assert meeting.clock.text() == "2:00"
    meeting._tick()
    assert meeting.clock.text() == "1:59"
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert meeting.clock.text() == "1:59 (paused)"
    press(qtbot, Qt.Key.Key_PageDown)
    assert meeting.clock.text() == "2:00"  # each question has its own time
    for _ in range(120):
        meeting._tick()
    assert meeting.clock.text() == "Time is up"
    press(qtbot, Qt.Key.Key_Escape)


def test_meeting_mode_is_legible_from_the_back_of_the_room(qtbot, window_with_plan):
    window, _plan_id = window_with_plan
    meeting = start(qtbot, window)
    meeting.showNormal()
    meeting.resize(1920, 1080)
    meeting.go_to(1)
    QApplication.processEvents()
    title = meeting.slides[1].findChildren(QLabel)[1]
    assert title.fontInfo().pixelSize() >= 60  # ≈ 3 cm tall letters on a 55" screen
    answer = meeting.slides[1].findChild(QPlainTextEdit)
    assert answer.fontInfo().pixelSize() >= 40
    for colour in (INK, ACCENT, MUTED, WARNING):
        assert contrast_ratio(colour, PAPER) >= 4.5
    for widget in meeting.findChildren(QSpinBox) + meeting.findChildren(QPlainTextEdit):
        assert widget.accessibleName()
    press(qtbot, Qt.Key.Key_Escape)
