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
