"""The board secretary's Word file: File ▸ Export to Word… and ``verktoykasse export --docx`` write the
action plan with the PDF's sections in the PDF's order as real Word headings (so the navigation pane and a
table of contents work), real tables with a repeating header row, and the charts as pictures; nothing in
text boxes or frames, so every word can be edited. Whatever a user typed, Word opens it."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
import pytest

from safety_data import HOSTILE_TEXTS, add_full_plan
from test_cli import run_cli
from test_export_xlsx import INJECTIONS
from test_report_hostile import fill_every_text_field

TODAY = dt.date(2027, 11, 22)
SECTIONS_NB = [
    "1 Sammendrag for styret",
    "2 Gapanalyse",
    "3 Mål og KPI-er",
    "4 Tiltak",
    "5 Tidslinje",
    "6 Roller og oppfølging",
    "7 Virkemidler og kontakter som brukes",
    "8 Status for evalueringen",
]


def document(plan_id: int, database, language: str | None = None) -> docx.document.Document:
    from verktoykasse.reports.docx import build_document
    from verktoykasse.storage.editing import load_plan

    with database.session() as session:
        data = build_document(load_plan(session, plan_id), TODAY, language, catalogue=None)
    return docx.Document(io.BytesIO(data))


def headings(doc, level: str = "Heading 1") -> list[str]:
    return [p.text for p in doc.paragraphs if p.style.name == level]


def table_texts(doc) -> list[list[list[str]]]:
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in doc.tables]


def all_text(doc) -> str:
    cells = "\n".join(cell for table in table_texts(doc) for row in table for cell in row)
    return "\n".join(p.text for p in doc.paragraphs) + "\n" + cells


@pytest.fixture
def full_plan(database) -> int:
    with database.session() as session:
        return add_full_plan(session).id


def test_the_sections_are_word_headings_in_the_pdfs_order(qapp, database, full_plan):
    doc = document(full_plan, database)
    assert [p.text for p in doc.paragraphs if p.style.name == "Title"] == ["Handlingsplan for inkludering"]
    assert headings(doc) == SECTIONS_NB
    assert "Mål 1: Tre nye ansatte fra målgruppen" in headings(doc, "Heading 2")
    assert "Rekrutteringsprosesser" in headings(doc, "Heading 3")
    assert doc.core_properties.title == "Inkluderingsplan 2027"
    assert doc.paragraphs[0].text == "Bakeriet Sørensen AS"


def test_english_when_asked(qapp, database, full_plan):
    doc = document(full_plan, database, "en")
    assert headings(doc)[0] == "1 Summary for the board"
    assert headings(doc)[-1] == "8 Evaluation status"


def test_the_plan_is_in_real_tables_with_a_header_row_that_repeats(qapp, database, full_plan):
    doc = document(full_plan, database)
    tables = table_texts(doc)
    measures = next(t for t in tables if t[0][:3] == ["#", "Tiltak", "Mål"])
    assert measures[1][0] == "1"
    assert measures[1][1].startswith("Arbeidstrening i pakkeriet\nRekrutteringspraksis")
    assert measures[1][2] == "1, 2"
    assert measures[1][4:7] == ["01.03.2027", "30.09.2027", "Forsinket (pågår)"]
    assert "kr 12 500" in measures[1][7].replace("\u00a0", " ")
    gaps = next(t for t in tables if t[0][:4] == ["Område", "I dag", "Ønsket", "Gap"])
    assert gaps[1] == ["Rekrutteringsprosesser", "2", "4", "2", "4", "Høy", "8, 10"]
    kpis = next(t for t in tables if t[0][0] == "KPI" and "Siste verdi" in t[0])
    assert kpis[1][0].startswith("Nye ansatte fra målgruppen")
    assert kpis[1][4].startswith("2,5 personer (30.06.2027)")
    budget = next(t for t in tables if t[0][:2] == ["#", "Tiltak"] and "Netto kostnad" in t[0])
    assert budget[-1][1] == "Hele planen"
    assert "Planlagte ansettelser" in headings(doc, "Heading 3")
    hires = next(t for t in tables if t[0][:3] == ["#", "Ansettelse", "Ordninger"])
    assert hires[1][0] == "1" and hires[1][1].startswith("Pakker")
    assert hires[1][5].startswith("kr ")
    milestones = next(t for t in tables if t[0][0] == "Måned")
    assert milestones[1][1:3] == ["15.03.2027", "Avtale med NAV"]
    for table in doc.tables:
        header = table.rows[0]._tr
        if table.rows[0].cells[0].text in ("#", "Tiltak", "Område", "KPI", "Måned", "Dato"):
            assert header.xpath("./w:trPr/w:tblHeader"), table.rows[0].cells[0].text


def test_the_charts_are_pictures_and_nothing_is_in_a_text_box(qapp, database, full_plan):
    doc = document(full_plan, database)
    pictures = doc.inline_shapes
    assert len(pictures) == 1 + 1  # the gap chart, and one chart for the plan's one KPI
    for shape in pictures:
        blip = shape._inline.graphic.graphicData.pic.blipFill.blip
        part = doc.part.related_parts[blip.embed]
        assert part.blob[:8] == b"\x89PNG\r\n\x1a\n"
        assert part.image.px_width >= 480  # sharp enough to print
    body = doc.element.body.xml
    assert "txbxContent" not in body and "w:framePr" not in body
    # The measures and the timeline on landscape pages, as in the PDF.
    orientations = [section.page_width > section.page_height for section in doc.sections]
    assert orientations == [False, True, False]


@pytest.mark.parametrize("text", [*INJECTIONS, *HOSTILE_TEXTS])
def test_whatever_was_typed_the_file_opens_with_the_text_in_it(qapp, database, full_plan, text):
    from verktoykasse.reports.text import office_text
    from verktoykasse.storage.models import Measure

    with database.session() as session:
        fill_every_text_field(session, full_plan, text)
        stored = session.query(Measure).first().expected_effect
    doc = document(full_plan, database)
    assert len(headings(doc)) == 8
    expected = office_text(stored).strip()
    if expected:
        assert expected[:2000] in all_text(doc)


def test_cli_writes_the_word_file_whole(qapp, context, tmp_path: Path):
    with context.database.session() as session:
        plan_id = add_full_plan(session).id
    context.close()
    target = tmp_path / "styremøte.docx"
    result = run_cli("--data-dir", str(context.paths.root), "export", str(plan_id), "--docx", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    assert headings(docx.Document(target)) == SECTIONS_NB
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".docx", ".part")] == ["styremøte.docx"]


def test_file_menu_export_to_word_saves_and_opens_the_document(start_window, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    window = start_window()
    with window.database.session() as session:
        plan_id = add_full_plan(session).id
    window.open_plan(plan_id)
    actions = window.report_actions
    assert actions.docx_action in window.file_menu.actions()

    opened: list[str] = []

    def save_dialog(_parent, title, suggested, filters, selected=""):
        assert "Word" in title and "(*.docx)" in filters and suggested.endswith(".docx")
        return str(tmp_path / "til styret"), selected

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()))
    )
    actions.docx_action.trigger()

    written = tmp_path / "til styret.docx"
    assert opened == [str(written)]
    assert headings(docx.Document(written)) == SECTIONS_NB
