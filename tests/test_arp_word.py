"""The ARP report draft as a Word document, for the business that pastes it into its annual report.

File → ARP report draft → As a Word document to edit…, the ARP window's "Save the report draft…" and
``verktoykasse export PLAN --arp FILE.docx`` write the same draft as the PDF: the same sections as real Word
headings, the same figures (small numbers hidden exactly as in the PDF) in real tables, "DRAFT" in the
title and on every page. Whatever the user typed, Word opens it.
"""

from __future__ import annotations

import io
import re

import docx
import pytest
from PySide6.QtGui import QAction

from safety_data import HOSTILE_TEXTS, run_cli_here
from test_arp_outputs import TODAY, pdf_text, small_groups_plan, word_text
from verktoykasse.i18n import report_language


def word(plan_id: int, database, language: str) -> docx.document.Document:
    from verktoykasse.reports.arp_docx import build_arp_docx
    from verktoykasse.storage.editing import load_plan

    with database.session() as session:
        return docx.Document(io.BytesIO(build_arp_docx(load_plan(session, plan_id), TODAY, language)))


def styled(document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


def tables(document) -> list[list[list[str]]]:
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]


@pytest.fixture
def small_plan(database) -> int:
    with database.session() as session:
        return small_groups_plan(session)


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_word_draft_has_the_pdfs_sections_as_headings_and_its_figures_in_real_tables(
    qapp, database, small_plan, language
):
    from verktoykasse.reports.arp_draft import Subheading, draft_sections, draft_title
    from verktoykasse.storage.editing import load_plan

    with database.session() as session, report_language(language):
        sections = draft_sections(load_plan(session, small_plan), TODAY)
        title = draft_title(TODAY)
    document = word(small_plan, database, language)

    # The navigation pane lists the same sections as the PDF, in the same order.
    assert styled(document, "Title") == [title]
    assert styled(document, "Heading 1") == [section.heading for section in sections]
    subheadings = [block for section in sections for block in section.blocks if isinstance(block, Subheading)]
    assert styled(document, "Heading 2") == subheadings
    # Every table of the draft is a real Word table with the same cells: the figures past the same guard.
    expected = [block for section in sections for block in section.blocks if isinstance(block, list)]
    assert tables(document) == expected
    header_row = document.tables[0].rows[0]._tr
    assert header_row.trPr is not None and "tblHeader" in header_row.trPr.xml  # repeats on every page
    # It says it is a draft: in the title and in the header of every page.
    draft = "UTKAST" if language == "nb" else "DRAFT"
    assert title.startswith(draft)
    assert all(draft in section.header.paragraphs[0].text for section in document.sections)
    # And numbered, as the plan's Word file is: "Page 2 of 5" from fields Word keeps up to date.
    footer = document.sections[0].footer._element.xml
    assert re.findall(r"<w:instrText[^>]*>\s*(\w+)\s*</w:instrText>", footer) == ["PAGE", "NUMPAGES"]
    text = word_text(document_bytes(document))
    what_to_check = "sjekk før bruk" if language == "nb" else "check before use"
    assert what_to_check in text
    assert ("færre enn 9" if language == "nb" else "fewer than 9") in text


def document_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_the_word_draft_says_what_the_pdf_says(qapp, database, small_plan):
    """Same content, two layouts: every line of the PDF's text is in the Word file."""
    from verktoykasse.reports.arp_draft import build_arp_draft
    from verktoykasse.storage.editing import load_plan

    with database.session() as session:
        pdf = " ".join(pdf_text(build_arp_draft(load_plan(session, small_plan), TODAY, "en")).split())
    words = " ".join(word_text(document_bytes(word(small_plan, database, "en"))).split())
    for phrase in (
        "Missing:",
        "Part 1: The state of gender equality",
        "fewer than 9",
        "hidden",
        "Annonser bredere",
        "Tillitsvalgt",
        "§ 26a",
    ):
        assert phrase in pdf and phrase in words, phrase


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_whatever_was_typed_the_word_draft_opens_with_the_text_in_it(qapp, database, small_plan, text):
    from verktoykasse.reports.text import office_text
    from verktoykasse.storage.models import Plan

    with database.session() as session:
        plan = session.get(Plan, small_plan)
        plan.arp_principles = text
        plan.arp_involvement[0].who = text
        plan.arp_risks[0].cause = text
        plan.measures[0].title = text
        session.commit()
    document = word(small_plan, database, "nb")
    assert len(styled(document, "Heading 1")) == 6
    expected = office_text(text).strip()
    if expected:
        everything = word_text(document_bytes(document))
        assert expected[:2000] in everything


def test_the_baker_saves_the_word_draft_from_the_file_menu_and_it_opens(start_window, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    window = start_window()
    window.clock = lambda: TODAY
    with window.database.session() as session:
        plan_id = small_groups_plan(session)
    window.open_plan(plan_id)
    folder = tmp_path / "til styret"
    folder.mkdir()
    # File → ARP report draft is a submenu with the two ways to get it.
    assert window.arp_actions.draft_action in window.file_menu.actions()
    menu = window.arp_actions.draft_menu
    assert [a.text() for a in menu.actions()] == ["As &PDF…", "As a &Word document to edit…"]

    opened: list[str] = []

    def save_dialog(_parent, title, suggested, filters, *rest):
        assert "Word" in title and "(*.docx)" in filters and suggested.endswith(".docx")
        return str(tmp_path / "til styret" / "redegjørelse"), ""  # a name typed without .docx

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()))
    )
    menu.findChild(QAction, "arpDraftWordAction").trigger()

    written = folder / "redegjørelse.docx"
    assert opened == [str(written)]
    assert styled(docx.Document(written), "Heading 1")[0] == "Dette er et utkast: sjekk før bruk"
    assert [p.name for p in folder.iterdir()] == ["redegjørelse.docx"]  # no temporary file left


def test_export_arp_writes_word_for_a_docx_name_and_a_pdf_otherwise(context, tmp_path, capsys):
    with context.database.session() as session:
        plan_id = small_groups_plan(session)
    root = str(context.paths.root)
    for name in ("styret.docx", "styret.DOCX", "styret.pdf"):
        code, out, _err = run_cli_here(
            capsys, "--data-dir", root, "export", str(plan_id), "--arp", str(tmp_path / name), "--lang", "en"
        )
        assert code == 0 and out.strip() == str(tmp_path / name)
    assert (tmp_path / "styret.pdf").read_bytes().startswith(b"%PDF")
    for name in ("styret.docx", "styret.DOCX"):
        document = docx.Document(tmp_path / name)
        assert styled(document, "Heading 1")[0] == "This is a draft: check before use"


def test_the_arp_window_s_draft_button_offers_pdf_and_word(start_window, qapp):
    from verktoykasse.ui.arp_window import ArpWindow

    window = start_window()
    with window.database.session() as session:
        plan_id = small_groups_plan(session)
    arp = ArpWindow(window.database, plan_id, window, today=TODAY)
    button = arp.draft_button
    assert button.text() == "Save the report dr&aft…"
    assert button.accessibleName() == "Save the report draft as PDF or Word"
    assert [a.text() for a in button.menu().actions()] == ["As &PDF…", "As a &Word document to edit…"]
    arp.reject()
    arp.deleteLater()
