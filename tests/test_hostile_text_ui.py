"""Whatever the user types or pastes into the window — 100,000 characters, control characters, NUL,
emoji, right-to-left text, SQL, markup — is saved, shown again after reopening, and exported unchanged.

One-line fields are the exception the product wants: they lose line breaks, tabs, other control
characters and bidi overrides (``domain.lines.one_line``), so a name cannot pretend to be two."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from safety_data import HOSTILE_TEXTS
from verktoykasse.domain.lines import one_line

NEEDS_BOXES = {
    "labourNeed": "labour_need",
    "newWaysOfWorking": "new_ways_of_working",
    "targetGroupNeeds": "target_group_needs",
    "questionEmployerNeed": "question_employer_need",
    "questionOutsideNeed": "question_outside_need",
    "questionOtherPositions": "question_other_positions",
    "questionSeenAsResources": "question_seen_as_resources",
    "workshopSummary": "workshop_summary",
    "dataSources": "data_sources",
    "narrowing": "narrowing",
}
PROFILE_LINES = {"orgName": "org_name", "industry": "industry", "municipality": "municipality"}


def test_hostile_text_typed_into_the_window_comes_back_unchanged(start_window, answer_next_dialog, tmp_path):
    from verktoykasse.exchange.plan_json import export_plan_file
    from verktoykasse.storage.models import Plan
    from wizard_support import new_plan, on_page

    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    plan_id = ws.plan_id
    # 100,000 characters go into a text box (a one-line field holds at most 32,767 in any Qt program).
    texts = iter(HOSTILE_TEXTS[1:] + HOSTILE_TEXTS[:1])
    typed: dict[str, str] = {}
    for name in PROFILE_LINES:
        field = on_page(ws, QLineEdit, name)
        field.setFocus()
        field.insert(next(texts))  # as pasted; keyClicks cannot type outside Latin-1
        typed[name] = field.text()
    ws.step_list.setCurrentRow(1)
    for name in NEEDS_BOXES:
        box = on_page(ws, QPlainTextEdit, name)
        box.setFocus()
        box.insertPlainText(next(texts, "siste"))
        typed[name] = box.text()  # what the box holds, no-break spaces included
    assert max(len(text) for text in typed.values()) == 100_000
    kept = {name: one_line(text) if name in PROFILE_LINES else text for name, text in typed.items()}

    window.show_home()  # leaving the plan saves what is waiting
    window.open_plan(plan_id)
    ws = window.plan_page
    ws.step_list.setCurrentRow(0)
    shown = {name: on_page(ws, QLineEdit, name).text() for name in PROFILE_LINES}
    ws.step_list.setCurrentRow(1)
    shown.update({name: on_page(ws, QPlainTextEdit, name).text() for name in NEEDS_BOXES})
    assert shown == kept

    columns = {**PROFILE_LINES, **NEEDS_BOXES}
    with window.database.session() as session:
        plan = session.get(Plan, plan_id)
        assert {name: getattr(plan, column) for name, column in columns.items()} == kept
        path = export_plan_file(session, plan, tmp_path / "plan.json")
    exported = json.loads(path.read_text(encoding="utf-8"))["plan"]
    assert {name: exported[column] for name, column in columns.items()} == kept


def test_a_plan_name_of_invisible_characters_only_is_refused_like_an_empty_one(
    start_window, answer_next_dialog, qtbot, tmp_path
):
    """A zero-width joiner, a zero-width space or a word joiner shows nothing: such a name would be a blank
    row in the list of plans. It is refused beside the field, and the last name is kept; an emoji held
    together by a joiner is a name."""
    from PySide6.QtWidgets import QLabel

    from verktoykasse.exchange.plan_json import PlanImportError, dumps, import_plan_file, plan_document
    from verktoykasse.storage.models import Plan
    from wizard_support import new_plan, on_page, pause

    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    name = on_page(ws, QLineEdit, "name")
    message = on_page(ws, QLabel, "nameMessage")
    for typed in ("\u200d", "\u200b \u2060", "\u202e\u200d\ufeff", "\u00ad"):
        name.setFocus()
        name.selectAll()
        name.insert(typed)
        pause(qtbot)
        assert message.text() == "⚠ The plan needs a name; the last name is kept until you type one."
        with window.database.session() as session:
            assert session.get(Plan, ws.plan_id).name == "Inkludering 2027"
    name.selectAll()
    name.insert("👩🏽\u200d🦯")
    pause(qtbot)
    assert message.text() == ""

    with window.database.session() as session:
        document = plan_document(session.get(Plan, ws.plan_id))
        assert document["plan"]["name"] == "👩🏽\u200d🦯"
        document["plan"]["name"] = "\u200b\u200d"
        path = tmp_path / "usynlig.json"
        path.write_text(dumps(document), encoding="utf-8")
        with pytest.raises(PlanImportError, match="plan → name: the name is empty"):
            import_plan_file(session, path)


# Every kind of hostile text in one: controls, line ends of three systems, a bidi override, a joiner,
# combining marks, emoji with skin tone and ZWJ, Sami, markup, a formula, a calendar line and a path.
EVERYTHING = (
    '=HYPERLINK("x") A\x00B\x0bC\x0cD\x1bE\u2028F\u2029G\r\nH\rI\u202eJ\u200dK e\u0301 👩🏽\u200d🦯 '
    "čđŋšŧž – € <b>&amp;<![CDATA[ BEGIN:VEVENT C:\\Users\\ola ../../etc " + "å" * 5000
)


def editable_text_fields(ws) -> dict[str, QLineEdit | QPlainTextEdit]:
    """The text fields on the page shown, by name: not number or date fields, not the plan's name (its
    own rules) and not a search box (nothing is stored)."""
    from verktoykasse.ui.wizard.fields import DateField, NumberField

    page = ws.current_page()
    found: dict[str, QLineEdit | QPlainTextEdit] = {}
    for kind in (QLineEdit, QPlainTextEdit):
        for widget in page.findChildren(kind):
            name = widget.objectName()
            if not widget.isVisible() or widget.isReadOnly() or not name or name.startswith("qt_"):
                continue
            if name in ("name", "resourceSearch") or isinstance(widget.parent(), NumberField | DateField):
                continue
            found[name] = widget
    return found


def shown_text(widget) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def test_hostile_text_in_every_text_field_of_every_step_comes_back_after_reopening(
    start_window, answer_next_dialog, qtbot
):
    """One row of every list, then the same hostile text pasted into every text field of the five steps:
    after leaving the plan and opening it again, every box shows what was pasted and every one-line field
    the same without its control characters and bidi overrides (``one_line``)."""
    from PySide6.QtWidgets import QPushButton

    from verktoykasse.domain.vocabulary import STEPS
    from wizard_support import new_plan, pause

    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    plan_id = ws.plan_id
    pasted: dict[tuple[str, str], str] = {}
    one_line_fields: set[tuple[str, str]] = set()
    for step in STEPS:
        ws.go_to(step)
        clicked: set[str] = set()
        for _round in range(3):  # a goal's KPIs, a measure's milestones appear once their row is there
            for button in ws.current_page().findChildren(QPushButton):
                name = button.objectName()
                if name.endswith("Add") and name not in clicked and button.isVisible() and button.isEnabled():
                    button.click()
                    clicked.add(name)
        for name, widget in editable_text_fields(ws).items():
            widget.setFocus()
            widget.selectAll()
            widget.insert(EVERYTHING) if isinstance(widget, QLineEdit) else widget.insertPlainText(EVERYTHING)
            pasted[(step, name)] = shown_text(widget)
            if isinstance(widget, QLineEdit):
                one_line_fields.add((step, name))
        pause(qtbot)
    assert len(pasted) > 50, sorted(pasted)

    window.show_home()
    window.open_plan(plan_id)
    ws = window.plan_page
    shown: dict[tuple[str, str], str] = {}
    for step in STEPS:
        ws.go_to(step)
        fields = editable_text_fields(ws)
        shown.update(
            {(step, name): shown_text(fields[name]) for s, name in pasted if s == step and name in fields}
        )
    expected = {key: one_line(text) if key in one_line_fields else text for key, text in pasted.items()}
    assert shown == expected


def test_a_name_that_looks_like_markup_is_shown_as_written_in_the_programs_questions(
    start_window, answer_next_dialog, qtbot
):
    """A plan called "<b>Fet</b> <!-- utkast" is asked about by that name: a message box read it as HTML,
    printed "Fet" in bold and hid the rest of the question after "<!--"."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

    from wizard_support import new_plan

    name = "<b>Fet</b> <!-- utkast"
    window = start_window()
    plan_id = new_plan(window, answer_next_dialog, name).plan_id
    window.show_home(select_id=plan_id)
    seen: list[tuple[Qt.TextFormat, str]] = []

    def look_then_cancel() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look_then_cancel)
            return
        label = box.findChild(QLabel, "qt_msgbox_label")
        seen.append((label.textFormat(), label.text()))
        box.findChild(QPushButton, "confirmNo").click()

    QTimer.singleShot(0, look_then_cancel)
    window.home.delete_selected()
    [(text_format, text)] = seen
    assert text_format == Qt.TextFormat.PlainText
    assert text.startswith(f"Delete the plan “{name}”? It goes to the bin")
    assert name in window.home.plan_names()
