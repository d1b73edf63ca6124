"""Whatever a user has typed, the board gets its PDF: a plan where every text field holds a 2,000-letter
word, 100,000 characters, 500 short lines or a 300-character web address prints in every language, from
the window's *Export PDF…* and from ``verktoykasse export --pdf``, with all of the text in it."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import Text

from safety_data import add_full_plan

WORD = ("Arbeidsinkluderingstilretteleggingstilskudd" * 50)[:2000]
HUNDRED_THOUSAND = ("Vi trenger flere bakere tidlig om morgenen, og en fast mentor fra dag én. " * 1400)[
    :100_000
]
SHORT_LINES = "\n".join(f"Linje {number}: kort" for number in range(1, 501))
URL = ("https://www.nav.no/arbeidsgiver/inkludering/" + "tilrettelegging-og-oppfolging/" * 10)[:300]
CORPUS = {"word": WORD, "hundred-thousand": HUNDRED_THOUSAND, "short-lines": SHORT_LINES, "url": URL}


def fill_every_text_field(session, plan_id: int, value: str) -> int:
    """Every free-text column of every row of the plan (and of its contacts) holds ``value``."""
    from verktoykasse.storage.models import Base, Plan

    filled = 0
    for mapper in Base.registry.mappers:
        columns = [
            column.key
            for column in mapper.columns
            if isinstance(column.type, Text) or (mapper.class_ is Plan and column.key == "name")
        ]
        if not columns:
            continue
        for row in session.query(mapper.class_).all():
            for key in columns:
                setattr(row, key, value)
                filled += 1
    session.commit()
    return filled


def pages_text(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


FOOTER = re.compile(r"[^\n]*\n(Side|Page) \d+ (av|of) \d+\s*$")


def squeezed_page(text: str) -> str:
    """A page's text without its footer and white space (lines break inside long words).

    The footer is the plan's name (cut to one line) over "Page N of M"; left in, it would split a text
    that runs on to the next page."""
    return re.sub(r"\s+", "", FOOTER.sub("", text))


def squeezed_body(pages: list[str]) -> str:
    """The text of all pages, each squeezed (``squeezed_page``), as one string."""
    return "".join(squeezed_page(page) for page in pages)


def read_until(data: bytes, enough: Callable[[str], bool]) -> tuple[str, int]:
    """The squeezed body of the first pages, read until ``enough(body)`` holds (else of every page), and
    the number of pages.

    Reading a page's text costs as much as printing it: a 1,700-page PDF takes tens of seconds. The body
    of the first pages is the start of the whole body (pages are squeezed one by one), so a text found
    there, or found three times there, is in the whole document at least as often: the answer is the
    same as from reading every page."""
    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(data)).pages
    body = ""
    for page in pages:
        body += squeezed_page(page.extract_text())
        if enough(body):
            break
    return body, len(pages)


# Each string in every language; the two that make hundreds of pages once per language between them.
CASES = [
    ("word", "nb"),
    ("word", "en"),
    ("url", "nb"),
    ("url", "en"),
    ("short-lines", "en"),
    ("hundred-thousand", "nb"),
]


@pytest.fixture
def language(request, qapp) -> Iterator[str]:
    from verktoykasse.i18n import apply_language

    apply_language(qapp, request.param)
    yield request.param
    apply_language(qapp, "en")


@pytest.mark.slow
@pytest.mark.parametrize(("kind", "language"), CASES, indirect=["language"])
def test_a_plan_full_of_hostile_text_prints_every_field(database, kind: str, language: str):
    from verktoykasse.catalogue import load_catalogue
    from verktoykasse.reports.document import build_action_plan
    from verktoykasse.storage.editing import load_plan

    value = CORPUS[kind]
    with database.session() as session:
        plan_id = add_full_plan(session).id
        assert fill_every_text_field(session, plan_id, value) > 60
    with database.session() as session:
        catalogue = load_catalogue(database.path.parent)
        data = build_action_plan(load_plan(session, plan_id), dt.date(2026, 11, 22), catalogue=catalogue)
    assert data.startswith(b"%PDF")
    whole = re.sub(r"\s+", "", value)
    if kind == "hundred-thousand":
        body, pages = read_until(data, lambda body: whole[:5000] in body)
        assert whole[:5000] in body  # the problem statement, printed whole at full width
        assert pages > 50
    else:
        body, _pages = read_until(data, lambda body: body.count(whole) >= 3)
        assert body.count(whole) >= 3, f"{kind}: {body.count(whole)}"


def hostile_plan(database, value: str) -> int:
    with database.session() as session:
        plan_id = add_full_plan(session).id
        fill_every_text_field(session, plan_id, value)
    return plan_id


def test_the_command_line_exports_a_plan_full_of_long_words(context, tmp_path):
    from test_cli import run_cli

    plan_id = hostile_plan(context.database, WORD)
    context.close()
    target = tmp_path / "styret.pdf"
    result = run_cli("--data-dir", str(context.paths.root), "export", str(plan_id), "--pdf", str(target))
    assert result.returncode == 0, result.stderr
    assert squeezed_body(pages_text(target.read_bytes())).count(WORD) >= 3


def test_the_window_exports_a_plan_full_of_long_words(
    start_window, tmp_path, monkeypatch, answer_next_dialog
):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    window = start_window()
    plan_id = hostile_plan(window.database, WORD)
    window.open_plan(plan_id)
    chosen = tmp_path / "styret.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(chosen), "PDF documents (*.pdf)"))
    )
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: True))
    answer_next_dialog("exportAnywayButton")  # "Ready for the board?" lists what the plan lacks first
    window.report_actions.export_action.trigger()
    assert squeezed_body(pages_text(chosen.read_bytes())).count(WORD) >= 3


def test_a_plan_with_amounts_too_large_for_a_whole_number_still_prints(database):
    """Amounts far past any budget (10^20 kr, typed before the fields had a limit) and the sums made from
    them print as numbers in every report; no report stops at them."""
    from docx import Document
    from openpyxl import load_workbook

    from verktoykasse.catalogue import load_catalogue
    from verktoykasse.reports.arp_draft import build_arp_draft
    from verktoykasse.reports.document import build_action_plan
    from verktoykasse.reports.docx import build_document
    from verktoykasse.reports.xlsx import build_workbook
    from verktoykasse.storage.editing import load_plan

    with database.session() as session:
        plan = add_full_plan(session)
        plan.hourly_cost = 1e20
        for measure in plan.measures:
            measure.cost_nok = 1e20
            measure.hours = 1e20
        session.commit()
        plan_id = plan.id
    catalogue = load_catalogue(database.path.parent)
    with database.session() as session:
        plan = load_plan(session, plan_id)
        today = dt.date(2026, 11, 22)
        assert "1e+20" in "".join(pages_text(build_action_plan(plan, today, catalogue=catalogue)))
        word = Document(io.BytesIO(build_document(plan, catalogue=catalogue)))
        assert any("1e+20" in cell.text for table in word.tables for row in table.rows for cell in row.cells)
        load_workbook(io.BytesIO(build_workbook(plan, catalogue=catalogue)))
        assert build_arp_draft(plan, today).startswith(b"%PDF")
