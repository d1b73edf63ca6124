"""The board's PDF without waste: the emoji and symbols fonts (Noto Emoji alone is 2 MB) are read only when
a text needs them, and texts that repeat (a column heading on every goal, "kr 0" down the budget) are
broken into lines once yet print wherever they stand. (Speed itself is shown by ``benchmarks.pdf``, never
timed here.)"""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from test_report_pdf import add_filled_plan, render, squeeze
from test_report_scripts import EMOJI, fonts_of, text_of

SAMI = "Bákkegáddi: čđŋšŧž ČĐŊŠŦŽ, æøå – 1 250 €, <b>ikke fet</b> & AT&T"
FALLBACK_FONTS = ("NotoEmoji", "NotoSansSymbols")


@pytest.fixture
def fonts_read(monkeypatch) -> Iterator[list[str]]:
    """The fonts reportlab reads from now on, as in a session that has not needed a fallback font yet."""
    from verktoykasse.reports import styles

    read: list[str] = []
    register = styles._register

    def spy(name: str) -> None:
        read.append(name)
        register(name)

    monkeypatch.setattr(styles, "_register", spy)
    styles.fallback_coverage.cache_clear()
    yield read
    styles.fallback_coverage.cache_clear()  # the next test reads them again if it needs them


def test_a_plan_in_norwegian_and_sami_prints_without_reading_the_fallback_fonts(qapp, database, fonts_read):
    with database.session() as session:
        plan_id = add_filled_plan(session, org_name=SAMI, lesson=SAMI, goal=SAMI, measure=SAMI)
    data = render(database, plan_id)
    assert not set(FALLBACK_FONTS) & set(fonts_read)
    assert squeeze(SAMI) in squeeze(text_of(data))  # every letter, and the markup-looking text as typed
    assert not any(name in font for font in fonts_of(data) for name in FALLBACK_FONTS)


def test_the_first_emoji_reads_the_fallback_fonts_once(qapp, database, fonts_read):
    with database.session() as session:
        plain = add_filled_plan(session)
        with_emoji = add_filled_plan(session, name="Kakeplan", lesson=EMOJI, measure=EMOJI)
    render(database, plain)
    assert not set(FALLBACK_FONTS) & set(fonts_read)
    first = render(database, with_emoji)
    second = render(database, with_emoji)
    assert [name for name in fonts_read if name in FALLBACK_FONTS] == list(FALLBACK_FONTS)  # once
    for data in (first, second):
        assert " ".join(EMOJI.split()) in " ".join(text_of(data).split())
        assert any("NotoEmoji" in font for font in fonts_of(data))


def test_a_chart_label_with_an_emoji_still_prints_a_replacement_mark_without_the_fallback_fonts(fonts_read):
    from verktoykasse.reports.text import REPLACEMENT, drawable, printable

    assert printable("Kake 🎂 čđŋ") == f"Kake {REPLACEMENT} čđŋ"  # chart labels draw in DejaVu Sans alone
    assert drawable("æøå čđŋšŧž –€") and not drawable("Kake 🎂")
    assert not set(FALLBACK_FONTS) & set(fonts_read)


def test_cells_of_the_same_text_each_print_it(qapp):
    from reportlab.platypus import SimpleDocTemplate, Table

    from verktoykasse.reports import paragraph
    from verktoykasse.reports.styles import styles

    text = "Andel ansatte fra målgruppen som fortsatt er i jobb etter tolv måneder"
    cell = styles()["cell"]
    rows = [[paragraph.Paragraph(text, cell), paragraph.Paragraph(f"Rad {n}", cell)] for n in range(40)]
    buffer = io.BytesIO()
    try:
        SimpleDocTemplate(buffer).build([Table(rows, colWidths=[120, 60])])
    finally:
        paragraph.forget_parsed()
    assert squeeze(text_of(buffer.getvalue())).count(squeeze(text)) == 40
    assert rows[0][0].blPara is rows[39][0].blPara  # broken into lines once, shared


def test_the_garbage_collector_runs_again_after_an_export_even_a_failed_one(qapp, database, monkeypatch):
    import gc

    from verktoykasse.reports import action_plan

    with database.session() as session:
        plan_id = add_filled_plan(session)
    assert gc.isenabled()
    assert render(database, plan_id).startswith(b"%PDF")
    assert gc.isenabled()

    def broken(*_args):
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(action_plan, "story", broken)
    with pytest.raises(RuntimeError):
        render(database, plan_id)
    assert gc.isenabled()
