"""A big plan's board PDF: measured and parsed once per paragraph, it still prints exactly as before, and
building it reads the plan from the database in one go. (Speed itself is shown by ``benchmarks.pdf``,
never timed here.)"""

from __future__ import annotations

import datetime as dt

import pytest
from benchmarks.sample_plans import add_large_plan
from reportlab import rl_config
from sqlalchemy import event

from verktoykasse.reports import paragraph
from verktoykasse.reports.document import build_action_plan
from verktoykasse.storage.editing import load_plan

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def big_plan_id(database) -> int:
    with database.session() as session:
        return add_large_plan(session, goals=6, measures=30, months=14).id


def board_pdf(database, plan_id: int) -> bytes:
    with database.session() as session:
        return build_action_plan(load_plan(session, plan_id), today=TODAY, catalogue=None)


def test_the_big_plan_prints_byte_for_byte_as_with_reportlabs_own_paragraphs(
    database, big_plan_id, monkeypatch
):
    monkeypatch.setattr(rl_config, "invariant", 1)  # no time stamp or random id in the file
    remembered = board_pdf(database, big_plan_id)
    monkeypatch.setattr(paragraph, "Paragraph", paragraph._ReportlabParagraph)
    measured_every_time = board_pdf(database, big_plan_id)
    assert remembered == measured_every_time
    assert len(remembered) > 40_000  # several pages of tables, charts and the timeline


def test_a_paragraph_breaks_its_lines_once_per_width():
    from verktoykasse.reports.styles import styles

    text = "Alle ledere tar kurset i inkluderende rekruttering før sommeren, også de nye. " * 4
    first = paragraph.Paragraph(text, styles()["cell"])
    narrow = first.wrap(120, 1000)
    wide = first.wrap(400, 1000)
    assert narrow[1] > wide[1]  # fewer lines at the wider column
    assert first.wrap(120, 1000) == narrow and first.blPara.lines == first._wraps[120][0].lines
    twin = paragraph.Paragraph(text, styles()["cell"])  # the same text: parsed once, its own pieces
    assert twin.frags is not first.frags and twin.frags[0] is not first.frags[0]
    assert twin.wrap(120, 1000) == narrow


def test_the_report_reads_the_plan_in_one_go(database, big_plan_id):
    reads: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        reads.append(statement)

    with database.session() as session:
        plan = load_plan(session, big_plan_id)
        event.listen(database.engine, "before_cursor_execute", count)
        try:
            build_action_plan(plan, today=TODAY, catalogue=None)
        finally:
            event.remove(database.engine, "before_cursor_execute", count)
    assert reads == []  # not one query per measure for the timeline's held dates
