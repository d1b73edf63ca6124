"""One content model for every output: the PDF for the board, the Word file the secretary edits, the
spreadsheet for the accountant and the calendar all say what ``reports.sections``/``reports.content``
decide, so a change of content shows in every format at once. And the Word file's summary says what the
PDF's does: at most eight decisions in the box, then where to read the rest; page numbers in its footer."""

from __future__ import annotations

import ast
import datetime as dt
import io
import re
from pathlib import Path

import docx
import openpyxl
import pytest

from safety_data import add_full_plan
from test_report_pdf import pages_text

TODAY = dt.date(2027, 11, 22)  # the full plan's measure (deadline 30.09.2027, in progress) is late
REPORTS = Path(__file__).resolve().parents[1] / "src" / "verktoykasse" / "reports"


def _outputs(database, plan_id: int) -> dict[str, str]:
    """The plan's PDF, Word file, workbook and calendar, each as the text a reader finds in it."""
    from verktoykasse.reports.calendar import build_calendar
    from verktoykasse.reports.document import build_report
    from verktoykasse.storage.editing import load_plan
    from verktoykasse.storage.followup import load_plan_to_follow

    with database.session() as session:
        plan = load_plan(session, plan_id)
        files = {
            kind: build_report(kind, plan, TODAY, "en", catalogue=None) for kind in ("pdf", "docx", "xlsx")
        }
        calendar = build_calendar([load_plan_to_follow(session, plan_id)], TODAY)
    document = docx.Document(io.BytesIO(files["docx"]))
    word = [p.text for p in document.paragraphs]
    word += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    book = openpyxl.load_workbook(io.BytesIO(files["xlsx"]))
    sheets = [str(cell) for sheet in book for row in sheet.iter_rows(values_only=True) for cell in row]
    return {
        "pdf": " ".join(" ".join(pages_text(files["pdf"])).split()),
        "docx": "\n".join(word),
        "xlsx": "\n".join(sheets),
        "ics": calendar.decode().replace("\r\n ", ""),  # unfolded: long lines are folded at 75 octets
    }


@pytest.fixture
def full_plan(database) -> int:
    with database.session() as session:
        return add_full_plan(session).id


def test_the_pdf_and_the_word_file_have_the_sections_the_content_model_lists(qapp, database, full_plan):
    from verktoykasse.i18n import report_language
    from verktoykasse.reports.document import build_report
    from verktoykasse.reports.sections import report_content
    from verktoykasse.storage.editing import load_plan

    with database.session() as session:
        plan = load_plan(session, full_plan)
        with report_language("en"):
            titles = [f"{s.number} {s.title}" for s in report_content(plan, TODAY, None).sections]
        pdf = " ".join(" ".join(pages_text(build_report("pdf", plan, TODAY, "en", catalogue=None))).split())
        word = docx.Document(io.BytesIO(build_report("docx", plan, TODAY, "en", catalogue=None)))

    assert titles[0] == "1 Summary for the board" and len(titles) == 8
    assert [p.text for p in word.paragraphs if p.style.name == "Heading 1"] == titles
    found = [pdf.find(title) for title in titles]  # the PDF has a table of them nowhere else: in order
    assert -1 not in found and found == sorted(found)


def test_a_status_word_changed_in_one_place_reaches_every_format(qapp, database, full_plan, monkeypatch):
    """The measure is late; its status word is written once (``content.measure_status``), and the PDF,
    the Word file, the spreadsheet and the calendar's deadline all show the new word."""
    from verktoykasse.reports import content

    monkeypatch.setattr(content, "measure_status_label", lambda measure, today: "Waiting for the board")
    outputs = _outputs(database, full_plan)

    assert {kind for kind, text in outputs.items() if "Waiting for the board" in text} == {
        "pdf",
        "docx",
        "xlsx",
        "ics",
    }
    assert "Deadline for “Arbeidstrening i pakkeriet” – Waiting for the board" in outputs["ics"]


def test_every_format_shows_the_measure_with_its_late_status(qapp, database, full_plan):
    outputs = _outputs(database, full_plan)

    for kind in ("pdf", "docx", "xlsx"):
        assert "Arbeidstrening i pakkeriet" in outputs[kind], kind
        assert "Late (in progress)" in outputs[kind], kind
    assert "Deadline for “Arbeidstrening i pakkeriet” – Late (in progress)" in outputs["ics"]


def test_the_word_summary_shows_eight_decisions_and_where_the_rest_are(qapp, database):
    """As the PDF's decision box: eight decisions, "… and 3 more (section 6).", all eleven in section 6."""
    from verktoykasse.reports.docx import build_document
    from verktoykasse.storage.editing import load_plan
    from verktoykasse.storage.models import BoardDecision

    with database.session() as session:
        plan = add_full_plan(session)
        plan.board_decisions = [BoardDecision(position=n, text=f"vedta punkt {n + 1}") for n in range(11)]
        session.commit()
        document = docx.Document(
            io.BytesIO(build_document(load_plan(session, plan.id), TODAY, "en", catalogue=None))
        )

    texts = [(p.style.name, p.text) for p in document.paragraphs]
    summary = texts[: texts.index(("Heading 1", "2 Gap analysis"))]
    assert [text for style, text in summary if style == "List Bullet"] == [
        f"vedta punkt {n}" for n in range(1, 9)
    ]
    assert ("Normal", "… and 3 more (section 6).") in summary
    roles = texts[texts.index(("Heading 1", "6 Roles and follow-up")) :]
    assert [text for _style, text in roles if text.startswith(tuple(f"{n}. " for n in range(1, 12)))] == [
        f"{n}. vedta punkt {n}" for n in range(1, 12)
    ]


def test_every_page_of_the_word_file_has_its_number_in_the_footer(qapp, database, full_plan):
    from verktoykasse.reports.docx import build_document
    from verktoykasse.storage.editing import load_plan

    with database.session() as session:
        document = docx.Document(
            io.BytesIO(build_document(load_plan(session, full_plan), TODAY, "en", catalogue=None))
        )

    assert len(document.sections) == 3  # portrait, the landscape measures and timeline, portrait again
    for section in document.sections:
        xml = section.footer._element.xml
        assert re.findall(r"<w:instrText[^>]*>\s*(\w+)\s*</w:instrText>", xml) == ["PAGE", "NUMPAGES"]
        assert "Inkluderingsplan 2027" in xml and ">Page <" in xml and "> of <" in xml


def _translate_calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "translate"
        and ast.unparse(node.func.value) == "QCoreApplication"
    ]


@pytest.mark.parametrize("module", sorted(p.name for p in REPORTS.glob("*.py")))
def test_every_report_string_is_one_lupdate_finds(module):
    """A translate call with a variable instead of a written-out string is invisible to lupdate: its
    words would never get a bokmål translation, and a Norwegian report would show English."""
    hidden = [
        f"{module}:{call.lineno}"
        for call in _translate_calls(REPORTS / module)
        if not all(isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in call.args[:2])
    ]
    assert hidden == []
