"""A multi-line box keeps exactly what was typed or pasted — no-break spaces (U+00A0, U+202F) and the
text's own line ends (CR LF, CR) included — through the database, the plan file and back into the box,
even after the user edits another part of the text."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from verktoykasse.ui.wizard.fields import typed_text
from wizard_support import new_plan, on_page

NBSP, NNBSP = "\u00a0", "\u202f"
TYPED = f"Kari{NBSP}Nordmann, 1{NNBSP}234 kr\r\nlinje 2\rlinje 3\nlinje 4"


@pytest.mark.parametrize(
    ("loaded", "raw", "kept"),
    [
        ("", "", ""),
        (f"a{NBSP}b", f"a{NBSP}b", f"a{NBSP}b"),
        ("l1\r\nl2", "l1\u2029l2", "l1\r\nl2"),
        ("l1\rl2\nl3", "l1\u2029l2\u2029l3", "l1\rl2\nl3"),
        (
            "l1\r\nl2\r\nl3",
            "l1\u2029ny\u2029l2\u2029l3",
            "l1\r\nny\r\nl2\r\nl3",
        ),  # a new line: the text's kind
        ("l1\rl2\nl3", "l1\u2029L2 endret\u2029l3", "l1\rL2 endret\nl3"),  # an edited line keeps its end
        ("", "a\u2029b", "a\nb"),
        ("a\u2028b", "a\u2028b", "a\u2028b"),
    ],
)
def test_the_box_text_keeps_what_the_document_would_change(loaded: str, raw: str, kept: str) -> None:
    assert typed_text(loaded, raw) == kept


def test_a_long_text_of_many_like_lines_keeps_each_line_end_through_an_edit_in_the_middle() -> None:
    """8,000 paragraphs parted by blank lines, pasted from two sources (CR LF and LF line ends), and one
    paragraph in the middle changed: every line keeps its own end. (Matching the lines took 21 s a save on
    the window's thread; the lines alike at both ends are now matched one to one.)"""
    lines = [f"Avsnitt {n // 2}" if n % 2 == 0 else "" for n in range(16_000)]
    ends = ["\r\n" if n % 3 else "\n" for n in range(len(lines) - 1)]
    loaded = "".join(line + end for line, end in zip(lines, [*ends, ""], strict=True))
    edited = list(lines)
    edited[8_000] = "Avsnitt 4000, skrevet om"
    kept = typed_text(loaded, "\u2029".join(edited))
    assert kept == "".join(line + end for line, end in zip(edited, [*ends, ""], strict=True))


def test_no_break_spaces_and_carriage_returns_survive_an_edit_the_file_and_reopening(
    start_window, answer_next_dialog, tmp_path
):
    from verktoykasse.exchange.plan_json import export_plan_file
    from verktoykasse.storage.models import Plan

    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    plan_id = ws.plan_id
    with window.database.session() as session:
        session.get(Plan, plan_id).labour_need = TYPED  # as an earlier version or a plan file left it
        session.commit()
    window.show_home()
    window.open_plan(plan_id)
    ws = window.plan_page
    ws.go_to("needs")
    box = on_page(ws, QPlainTextEdit, "labourNeed")
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    box.insertPlainText(f" og{NBSP}mer")  # the user adds to the last line, pasting a no-break space
    window.show_home()  # leaving the plan saves what is waiting

    expected = TYPED + f" og{NBSP}mer"
    with window.database.session() as session:
        plan = session.get(Plan, plan_id)
        assert plan.labour_need == expected
        path = export_plan_file(session, plan, tmp_path / "plan.json")
    assert json.loads(path.read_text(encoding="utf-8"))["plan"]["labour_need"] == expected

    window.open_plan(plan_id)
    ws = window.plan_page
    ws.go_to("needs")
    assert on_page(ws, QPlainTextEdit, "labourNeed").text() == expected
