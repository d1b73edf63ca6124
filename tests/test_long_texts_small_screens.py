"""Kari fills her plan with the longest texts the program allows: names of 200 characters, and a thousand
in every other field, from the business's profile to the milestones, the evaluation's notes, the job
levels of the equality figures and her own contact in the catalogue. Once in ordinary sentences
(Norwegian and Sami letters, "–", "€", Arabic and emoji; the plan's name begins right-to-left) and once
as one word without a break. On a 1366×768 laptop at 125 % (a 1024×600 window), and on a 720p one, every
page and every window that shows her text fits the screen and scrolls only up and down, no label, button
or column is cut off, and what she typed is stored exactly as she typed it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton, QTabWidget, QWidget

from long_text_plan import long_text_document, typed_texts
from verktoykasse.domain.vocabulary import STEPS
from verktoykasse.ui.layout_check import layout_problems

VARIANTS = ("sentences", "one word")
SMALL = (1024, 600)
TODAY = dt.date(2026, 12, 10)  # milestones and measurements of her plan are due: "Now" lists them


@cache
def _document_text(variant: str) -> str:
    """The plan file, built once per text variant for the whole module."""
    import json

    return json.dumps(long_text_document(variant))


def document(variant: str) -> dict[str, Any]:
    import json

    return json.loads(_document_text(variant))


@pytest.fixture
def language(request, qapp):
    from verktoykasse.i18n import apply_language, clear_translators

    apply_language(qapp, request.param)
    yield request.param
    clear_translators(qapp)


def karis_window(start_window, variant: str, plans: int = 1):
    """The program with Kari's plan (and ``plans - 1`` copies of it), her plan selected at home."""
    from verktoykasse.exchange.plan_json import import_plan_document

    window = start_window()
    window.clock = lambda: TODAY
    with window.database.session() as session:
        ids = [import_plan_document(session, document(variant)).id for _ in range(plans)]
    window.show_home(select_id=ids[0])
    return window, ids


def problems_of(widget: QWidget, where: str, width: int) -> list[str]:
    """What the user would meet on ``widget``: sideways scrolling, cut text, a window wider than the screen
    (``width``)."""
    QApplication.processEvents()
    QApplication.processEvents()  # what settles in a second pass (rows fitted to a new width)
    found = [f"{where}: {problem}" for problem in layout_problems(widget)]
    needed = max(widget.width(), widget.minimumSizeHint().width())
    if needed > width:
        found.append(f"{where}: {needed} px wide, wider than the screen's {width} px")
    return found


def while_open(open_it: Callable[[], object], look: Callable[[QWidget], None], answer: str = "") -> None:
    """Open a window that waits for an answer (``open_it``), let ``look`` at it, and close it (or click
    the button called ``answer``)."""
    seen = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, act)
            return
        try:
            look(dialog)
        finally:
            seen.append(dialog.objectName())
            if answer:
                dialog.findChild(QPushButton, answer).click()
            else:
                dialog.reject()

    QTimer.singleShot(0, act)
    open_it()
    assert seen, "the window did not open"


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize(
    ("language", "size"),
    [("nb", SMALL), ("en", SMALL), ("nb", (1280, 720))],
    indirect=["language"],
    ids=["nb-1024x600", "en-1024x600", "nb-1280x720"],
)
def test_every_page_of_karis_longest_plan_fits_a_small_screen_and_scrolls_only_up_and_down(
    language, size, variant, start_window
):
    window, (plan_id,) = karis_window(start_window, variant)
    window.resize(*size)
    found = problems_of(window, "home", size[0])
    window.open_plan(plan_id)
    for step in STEPS:
        window.plan_page.go_to(step)
        found += problems_of(window, str(step), size[0])
    window.show_catalogue()  # her own contact among the catalogue's entries
    found += problems_of(window, "catalogue", size[0])
    assert found == []
    assert window.width() == size[0]


@pytest.mark.parametrize("variant", VARIANTS)
def test_the_windows_that_show_karis_text_fit_a_small_screen_and_keep_her_text_whole(
    variant, start_window, qtbot
):
    from verktoykasse.exchange.plan_json import plan_document
    from verktoykasse.storage.models import Plan
    from verktoykasse.storage.plans import move_to_bin

    window, (plan_id, copy_id) = karis_window(start_window, variant, plans=2)
    with window.database.session() as session:
        move_to_bin(session, copy_id)
    window.show_home(select_id=plan_id)
    window.resize(*SMALL)
    width = SMALL[0]
    found = problems_of(window, "home with Now", width)
    now = window.home.now
    ticks = [box for box in now.findChildren(QCheckBox) if box.isVisible()]
    assert ticks, "Now lists her overdue milestones"
    for box in ticks:  # a tick box's line is shortened; the whole line is read aloud and in the tooltip
        assert len(box.accessibleName()) > len(box.text()) and box.toolTip() == box.accessibleName()

    def look(where: str) -> Callable[[QWidget], None]:
        return lambda dialog: found.extend(problems_of(dialog, where, width))

    while_open(window.home.rename_selected, look("rename"))
    while_open(window.home.delete_selected, look("delete question"))
    while_open(window.home.open_bin, look("bin"))

    window.open_plan(plan_id)
    while_open(lambda: window.followup_actions.check_ready(False), look("ready for the board"))

    def every_tab(arp: QWidget) -> None:
        arp.resize(min(arp.width(), width), min(arp.height(), SMALL[1]))
        tabs = arp.findChild(QTabWidget)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            found.extend(problems_of(arp, f"ARP: {tabs.tabText(index)}", width))

    while_open(window.arp_actions.open_window, every_tab)
    while_open(window.workshop_actions.open_kit, look("workshop kit"))

    meeting = window.workshop_actions.start_meeting()  # on a small projector
    meeting.showNormal()
    meeting.resize(*SMALL)
    for index, slide in enumerate(meeting.slides):
        meeting.go_to(index)
        found += problems_of(meeting, f"meeting: {slide.objectName()}", width)
    gap_titles = [label for label in meeting.slides[5].findChildren(QLabel) if label.toolTip()]
    typed = document(variant)["plan"]["gaps"][0]["title"]
    assert [label.toolTip() for label in gap_titles] == [typed]  # elided on the slide, whole in the tooltip
    meeting.close()
    assert found == []

    # Shown everywhere, changed nowhere: the plan holds every text exactly as she typed it.
    window.show_home()
    with window.database.session() as session:
        stored = typed_texts(plan_document(session.get(Plan, plan_id)))
    assert stored == typed_texts(document(variant))


@pytest.mark.parametrize("variant", VARIANTS)
def test_removing_a_goal_with_the_longest_title_asks_and_tells_within_the_screen_and_undo_restores_it(
    variant, start_window
):
    from verktoykasse.storage.models import Goal

    window, (plan_id,) = karis_window(start_window, variant)
    window.resize(*SMALL)
    window.open_plan(plan_id)
    workspace = window.plan_page
    workspace.go_to("goals")
    title = document(variant)["plan"]["goals"][0]["title"]
    found: list[str] = []

    def look(question: QWidget) -> None:
        found.extend(problems_of(question, "remove question", SMALL[0]))
        text = question.findChild(QLabel, "qt_msgbox_label").text()
        assert text.endswith("Edit → Undo (Ctrl+Z) brings it back.")  # the question's end is in view

    while_open(workspace.current_page().goals.remove_current, look, answer="confirmYes")
    found += problems_of(window, "goals, just removed", SMALL[0])
    assert found == []
    note = workspace.removal_undo.label
    assert note.isVisible() and title in note.toolTip() and len(note.text()) < 100

    workspace.removal_undo.button.click()
    with window.database.session() as session:
        assert title in [goal.title for goal in session.query(Goal).filter_by(plan_id=plan_id)]


@pytest.mark.parametrize("variant", VARIANTS)
def test_the_next_cycle_of_a_plan_with_the_longest_name_starts_with_the_name_it_suggests(
    variant, start_window, answer_next_dialog, monkeypatch
):
    """The suggestion "<name> – next cycle" fits the 200 characters a name may have: OK starts the round
    (it was 215 characters, refused as "The name cannot be empty.")."""
    from verktoykasse.storage.models import Plan
    from verktoykasse.ui import dialogs

    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, text: errors.append(text))
    window, (plan_id,) = karis_window(start_window, variant)
    answer_next_dialog("ok")
    window.plan_actions.start_next_cycle()
    assert errors == []
    new_id = window.plan_page.plan_id
    assert new_id != plan_id
    with window.database.session() as session:
        name = session.get(Plan, new_id).name
    typed = document(variant)["plan"]["name"]
    assert len(name) <= 200 and name.endswith("… – next cycle") and typed.startswith(name[:150])


def test_a_name_shortened_for_a_question_keeps_its_beginning_and_ends_in_an_ellipsis():
    from verktoykasse.domain.lines import shortened

    sentence = "Bakeriet på Ærøy skal øke lærlingplassene – fra to til fire"
    assert shortened(sentence, 80) == sentence  # what fits is left as it is
    assert shortened(sentence, 30) == "Bakeriet på Ærøy skal øke…"  # cut where a word ends
    word = "Lærlingplassøkningsprosjektsamarbeidsavtale"
    assert shortened(word, 10) == "Lærlingpl…"
    assert all(len(shortened(text, 20)) <= 20 for text in (sentence, word))
