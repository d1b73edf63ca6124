"""What a user typed and the program could not save (a date or number it could not read) lives only in
its field, with the message beside it. Leaving the plan or closing the program would throw it away: the
user is asked first, with what they typed quoted, and Cancel takes them back to the field."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from test_new_user_by_labels import User, labelled
from wizard_support import new_plan, pause, with_keyboard


@contextmanager
def nothing_left_to_ask_if_it_fails(window) -> Iterator[None]:
    """A failed test leaves no refused text behind: closing its window would ask, with nobody to answer."""
    try:
        yield
    except BaseException:
        if window.plan_page is not None:
            window.plan_page.saver.refused.clear()
        raise


@pytest.fixture
def answer_question(qtbot):
    """Answer the next question with the button of this name, and keep what it said (its text)."""
    said: list[str] = []

    def answer(button_name: str) -> list[str]:
        def click() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, click)
                return
            assert isinstance(dialog, QMessageBox)
            said.append(dialog.text())
            dialog.findChild(QPushButton, button_name).click()

        QTimer.singleShot(0, click)
        return said

    return answer


def test_closing_with_a_date_that_could_not_be_read_asks_and_cancel_goes_back_to_it(
    start_window, answer_next_dialog, answer_question, qtbot
):
    window = start_window()
    new_plan(window, answer_next_dialog)
    with nothing_left_to_ask_if_it_fails(window):
        user = User(qtbot, with_keyboard(window), [])
        window.plan_page.go_to("goals")
        user.insert_row("Goals")
        user.insert_row("Key figures (KPIs) of this goal")
        user.type("Deadline", "31.13.2027")
        user.type("Data source", "Lønnssystemet")  # leaving the field reads it: refused, kept in the field
        pause(qtbot)
        window.plan_page.go_to("measures")  # she goes on elsewhere, the date still waiting for her

        said = answer_question("confirmNo")
        window.close()
        assert window.isVisible()
        assert "«31.13.2027»" in said[0] and "could not be saved" in said[0]
        # Back on the goals step, the keyboard in the field that holds it.
        deadline = labelled(user.page, "Deadline")
        assert window.plan_page.current_step == "goals"
        assert deadline.text() == "31.13.2027"
        qtbot.waitUntil(deadline.hasFocus)

        answer_question("confirmYes")
        window.close()
        assert not window.isVisible()


def test_opening_another_plan_with_a_number_that_could_not_be_read_asks_first(
    start_window, answer_next_dialog, answer_question, qtbot
):
    from verktoykasse.storage.plans import create_plan

    window = start_window()
    with window.database.session() as session:
        other = create_plan(session, "Sommerjobb").id
        session.commit()
    with nothing_left_to_ask_if_it_fails(window):
        ws = new_plan(window, answer_next_dialog)
        user = User(qtbot, with_keyboard(window), [])
        user.type("Number of employees", "tolv")
        user.type("Period from", "1.1.2027")
        pause(qtbot)
        ws.back_button.click()

        said = answer_question("confirmNo")
        window.open_plan(other)
        assert window.plan_page is ws and window.pages.currentWidget() is ws
        assert "«tolv»" in said[0] and "“Inkludering 2027”" in said[0]
        assert labelled(user.page, "Number of employees").text() == "tolv"

        answer_question("confirmYes")
        window.open_plan(other)
        assert window.plan_page.plan_id == other


def test_the_question_names_a_long_paste_by_its_length_and_counts_what_it_does_not_quote(qapp):
    from verktoykasse.domain.formatting import format_number
    from verktoykasse.domain.validation import LONGEST_TEXT
    from verktoykasse.ui.dialogs import typed_list

    assert typed_list(["abc"]) == "«abc»"
    too_long = "x" * (LONGEST_TEXT + 1)
    assert typed_list([too_long]) == f"a text of {format_number(LONGEST_TEXT + 1)} characters"
    long_line = "Vi trenger flere folk i produksjonen, og vi vil prøve nye veier"
    assert typed_list([long_line]) == "«Vi trenger flere folk i produksjonen, o…»"
    assert typed_list(["a", "b\nc", "d", "e", "f"]) == "«a», «b c», «d» and 2 more"


def test_the_same_plan_shown_anew_after_the_equality_window_keeps_what_could_not_be_read(
    start_window, answer_next_dialog, qtbot
):
    """Kari typed "31.13.2027", opened the equality window and closed it: the plan is shown anew (with what
    she did there), and her date is still in its field with its message. Nothing asked, nothing lost."""
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    user = User(qtbot, with_keyboard(window), [])
    with nothing_left_to_ask_if_it_fails(window):
        window.plan_page.go_to("goals")
        user.insert_row("Goals")
        user.insert_row("Key figures (KPIs) of this goal")
        user.type("Deadline", "31.13.2027")
        user.type("Data source", "Lønnssystemet")
        pause(qtbot)

        QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())  # she closes it at once
        window.arp_actions.open_window()
        assert window.plan_page is not ws  # shown anew, and no question was asked on the way
        window.plan_page.go_to("goals")
        deadline = labelled(user.page, "Deadline")
        assert deadline.text() == "31.13.2027"
        assert deadline.accessibleDescription()  # its message, as a screen reader says it with the field
        assert window.plan_page.plan.goals[0].kpis[0].deadline is None
