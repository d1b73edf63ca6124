"""A small business's laptop: 1366×768 at Windows' 125 % leaves a 1024×600 window; a 720p laptop 1280×720.
No page may scroll sideways or cut a label or button short there, in bokmål, English and in pseudo mode
(every text ≈40 % longer), and the catalogue must not force a wider window. The guidance of a step read
before takes one line, and opens again on a click."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from verktoykasse.domain.vocabulary import STEPS
from verktoykasse.ui.layout_check import layout_problems, sideways_scrolling


@pytest.fixture
def language(request, qapp, monkeypatch):
    from verktoykasse.i18n import PSEUDO_VARIABLE, apply_language, clear_translators

    code, pseudo = request.param
    monkeypatch.setenv(PSEUDO_VARIABLE, "1" if pseudo else "")
    apply_language(qapp, code)
    yield code
    clear_translators(qapp)


def every_page(window):
    """Home, each step of the example plan, and the catalogue, as the user goes through them."""
    window.plan_actions.open_example()
    plan_id = window.plan_page.plan_id
    window.show_home(select_id=plan_id)
    yield "home"
    window.open_plan(plan_id)
    for step in STEPS:
        window.plan_page.go_to(step)
        yield str(step)
    window.show_catalogue()
    yield "catalogue"


@pytest.mark.parametrize(
    ("language", "size"),
    [
        (("nb", False), (1024, 600)),
        (("en", False), (1024, 600)),
        (("nb", True), (1024, 600)),
        (("nb", True), (1280, 720)),
    ],
    indirect=["language"],
    ids=["nb-1024x600", "en-1024x600", "pseudo-1024x600", "pseudo-1280x720"],
)
def test_no_page_scrolls_sideways_or_cuts_text_on_a_small_screen(language, size, start_window):
    window = start_window()
    window.resize(*size)
    found = []
    for page in every_page(window):
        QApplication.processEvents()
        found += [f"{page}: {problem}" for problem in layout_problems(window)]
        if window.width() > size[0]:
            found.append(f"{page}: the window had to grow to {window.width()} px")
    assert found == []


def test_the_check_sees_a_page_that_scrolls_sideways(start_window):
    """The check itself: a window made too narrow for a page is reported, naming the page."""
    window = start_window()
    window.plan_actions.open_example()
    window.plan_page.go_to("gaps")
    page = window.plan_page.current_page()
    page.widget().setMinimumWidth(page.viewport().width() + 200)
    QApplication.processEvents()
    assert any(problem.startswith("page_gaps scrolls sideways") for problem in sideways_scrolling(window))


def test_guidance_read_once_takes_one_line_and_opens_on_a_click(start_window, qtbot):
    window = start_window()
    window.plan_actions.open_example()
    ws = window.plan_page
    ws.go_to("gaps")
    page = ws.current_page()
    tips = page.guidance.findChild(type(page.heading), "guidanceTips")
    assert tips.isVisible()  # the first visit: all of it
    ws.go_to("goals")
    window.show_home()
    window.open_plan(ws.plan_id)  # the next time, here or after a restart (the settings keep it)
    window.plan_page.go_to("gaps")
    page = window.plan_page.current_page()
    what = page.guidance.findChild(type(page.heading), "guidanceWhat")
    tips = page.guidance.findChild(type(page.heading), "guidanceTips")
    assert what.isVisible() and not tips.isVisible()
    assert "gaps" in window.context.settings.guidance_seen
    qtbot.mouseClick(page.guidance, Qt.MouseButton.LeftButton)
    assert tips.isVisible()
    assert page.guidance_button.text() == "Hide guidance"


def test_the_check_sees_a_table_whose_last_columns_are_cut_off(start_window):
    """The check itself: a table that shows no sideways scroll bar must show every column."""
    from verktoykasse.ui.layout_check import clipped_text
    from verktoykasse.ui.wizard.row_table import RowTable

    window = start_window()
    window.plan_actions.open_example()
    window.plan_page.go_to("measures")
    QApplication.processEvents()
    table = window.plan_page.current_page().findChild(RowTable, "measuresList")
    assert clipped_text(table.parentWidget()) == []  # fitted: every column in view
    table.horizontalHeader().resizeSection(0, table.viewport().width())  # the title takes it all
    assert any("measuresList: its columns need" in problem for problem in clipped_text(table.parentWidget()))


@pytest.mark.parametrize("language", [("nb", True)], indirect=True, ids=["pseudo"])
def test_what_a_step_lacks_shows_whole_in_the_step_list_on_a_small_screen(
    language, start_window, answer_next_dialog
):
    """A new plan at 1024×600 in pseudo mode: each step's "Missing: …" wraps onto three or more lines in the
    narrow step list, and every line is shown, none cut off below its item."""
    from PySide6.QtCore import QRect

    from wizard_support import new_plan

    window = start_window()
    window.resize(1024, 600)
    ws = new_plan(window, answer_next_dialog, "Bakeriet 2027")
    ws.go_to("measures")
    QApplication.processEvents()
    QApplication.processEvents()  # the list lays its items out again after a change
    steps = ws.step_list
    metrics = steps.fontMetrics()
    for row in range(steps.count()):
        item = steps.item(row)
        rect = steps.visualItemRect(item)
        drawn = rect.width() - 2 * 4  # the text's room inside the item, less the style's margins
        lines = metrics.boundingRect(QRect(0, 0, drawn, 10_000), Qt.TextFlag.TextWordWrap, item.text())
        assert lines.height() <= rect.height(), f"step {row}: {item.text()!r}"


@pytest.mark.parametrize(
    ("language", "size"),
    [(("nb", False), (1024, 600)), (("nb", False), (1280, 720)), (("en", False), (1024, 600))],
    indirect=["language"],
    ids=["nb-1024x600", "nb-1280x720", "en-1024x600"],
)
def test_the_catalogues_filters_show_every_choice_whole(language, size, start_window):
    """Kari looks for help in the catalogue on a small laptop: each filter shows whichever choice she
    picks whole ("Katalogen og egne kontakter" lost its last letter when four filters shared the row)."""
    from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

    window = start_window()
    window.resize(*size)
    window.show_catalogue()
    filters = window.catalogue_page.findChildren(QComboBox)
    assert len(filters) == 4
    for combo in filters:
        for index in range(combo.count()):
            combo.setCurrentIndex(index)
            QApplication.processEvents()
            option = QStyleOptionComboBox()
            combo.initStyleOption(option)
            field = combo.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
            )
            text = combo.currentText()
            shown = combo.fontMetrics().horizontalAdvance(text)
            assert shown <= field.width() + 1, (combo.objectName(), text)


def every_form(window):
    """Each step of the example plan with the first two rows of each of its lists chosen in turn (a
    goal's KPIs, a measure's hires too): every form the user fills in."""
    from verktoykasse.ui.wizard.list_editor import ListEditor

    def rows_of(editor: ListEditor, where: str):
        for row in range(min(editor.list.count(), 2)):
            editor.list.setCurrentRow(row)
            QApplication.processEvents()
            yield f"{where} row {row + 1}"
            for inner in editor.detail.findChildren(ListEditor) if editor.detail else []:
                yield from rows_of(inner, f"{where} row {row + 1} / {inner.objectName()}")

    window.plan_actions.open_example()
    for step in STEPS:
        window.plan_page.go_to(step)
        QApplication.processEvents()
        yield str(step)
        for editor in list(window.plan_page.current_page().list_editors):
            yield from rows_of(editor, f"{step} / {editor.objectName()}")


@pytest.mark.parametrize(
    ("language", "size"),
    [
        (("nb", False), (1024, 600)),
        (("nb", False), (1100, 760)),
        (("en", False), (1024, 600)),
        (("en", False), (1100, 760)),
    ],
    indirect=["language"],
    ids=["nb-1024x600", "nb-1100x760", "en-1024x600", "en-1100x760"],
)
def test_every_choice_box_in_the_forms_shows_its_longest_choice_whole(language, size, start_window):
    """Kari opens “Whose need” on the needs step: each choice reads whole in the closed box too
    (“Arbeidsgivers beh…” was cut at 1024×600), in every form of every step, on a small laptop and in
    the usual window."""
    from PySide6.QtWidgets import QComboBox

    from verktoykasse.ui.layout_check import choices_cut

    window = start_window()
    window.resize(*size)
    found, boxes = [], set()
    for where in every_form(window):
        for combo in window.plan_page.current_page().findChildren(QComboBox):
            if combo.isVisible():
                boxes.add(combo.objectName())
                found += [f"{where}: {problem}" for problem in choices_cut(combo)]
    assert {"needSide", "participantKind", "kpiFrequency", "measureStatus", "goalGap"} <= boxes
    assert found == []


def test_the_check_sees_a_choice_box_narrower_than_its_longest_choice(start_window):
    """The check itself: a box whose chosen text fits, but whose longest choice would be cut off."""
    from PySide6.QtWidgets import QComboBox

    from verktoykasse.ui.layout_check import choices_cut

    window = start_window()
    window.plan_actions.open_example()
    window.plan_page.go_to("needs")
    QApplication.processEvents()
    box = window.plan_page.current_page().findChild(QComboBox, "needSide")
    box.setCurrentIndex(0)
    assert choices_cut(box) == []
    box.setFixedWidth(box.fontMetrics().horizontalAdvance(box.currentText()) + 40)
    QApplication.processEvents()
    assert any("needSide: its choice" in problem for problem in choices_cut(box))
