"""The action plan's PDF layout: the report content of ``reports.sections`` as reportlab flowables.

What the report says is decided in ``reports.sections`` (shared with the Word file); this module only
decides how it looks on A4: column widths, what stays together on a page, fonts and colours. Every user
string goes through ``text.markup``/``text.pieces`` (escaped); dates, numbers and money through
``content.cell_value`` and ``domain.formatting``.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    HRFlowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
)
from reportlab.platypus import Paragraph as PlainParagraph

from verktoykasse.reports import paragraph as cached  # breaks its lines once per width
from verktoykasse.reports import styles as st
from verktoykasse.reports.budget_tables import BUDGET_TABLES, budget_table, table_styles
from verktoykasse.reports.charts import gap_chart, kpi_chart
from verktoykasse.reports.content import (
    Block,
    Bullets,
    Cell,
    Cover,
    Figure,
    Group,
    Heading,
    Labelled,
    Lines,
    Numbered,
    Text,
    cell_value,
)
from verktoykasse.reports.content import Table as ContentTable
from verktoykasse.reports.decision import DecisionBox, decision_flowables
from verktoykasse.reports.document import LANDSCAPE_MARGINS, PORTRAIT_MARGINS
from verktoykasse.reports.sections import report_content
from verktoykasse.reports.text import MAX_PARAGRAPH, clean, drawable, markup, needs_shaping, pieces, shorten
from verktoykasse.reports.timeline import timeline_charts
from verktoykasse.storage.models import Plan

if TYPE_CHECKING:  # the catalogue is handed in by the caller: reports do not find it themselves
    from verktoykasse.catalogue import Catalogue

log = logging.getLogger("verktoykasse.reports")

MM = 72 / 25.4
_DASH = "–"
# A table cell taller than this (points) shows the beginning of its text and a reference, and the whole
# text follows below the table at full width: no row is ever taller than a page, and the board reads a
# long answer as prose instead of a column a few words wide.
MAX_CELL_HEIGHT = 170
CELL_PREVIEW = 160  # characters of such a cell's text kept in the table


# -- small builders -----------------------------------------------------------------------------------
def _p(text_markup: str, style: str = "body"):
    if needs_shaping(text_markup):  # Arabic, Hebrew …: joined and ordered by HarfBuzz
        return cached.Paragraph(text_markup, st.shaped(style))
    return cached.Paragraph(text_markup, st.styles()[style])


def _flow(value: object, style: str = "body", *, prefix: str = "", suffix: str = "", rest: str = "") -> list:
    """User text as paragraphs of at most ``text.MAX_PARAGRAPH`` characters: a 100,000-character title
    flows over pages instead of being laid out again for every page it fills. ``prefix`` (markup) opens
    the first paragraph, ``suffix`` closes the last; paragraphs after the first take ``rest``'s style."""
    parts = pieces(value) or [_DASH]
    parts[0] = prefix + parts[0]
    parts[-1] += suffix
    return [_p(parts[0], style), *(_p(part, rest or style) for part in parts[1:])]


def _user_flow(value: object, style: str = "body") -> list:
    """User text as several paragraphs, so a 5,000-character answer flows over pages."""
    return [_p(piece, style) for piece in pieces(value)]


class _Cell(NamedTuple):
    """User text for a table cell, turned into a string or paragraphs once the column width is known."""

    value: object
    style: str


def _cell(value: object, style: str = "cell") -> _Cell:
    return _Cell(value, style)


def _resolve(cell: _Cell, width: float):
    """A dash when empty, several paragraphs when long (so rows can split over pages).

    Text that surely fits on one line of the column stays a plain string: reportlab draws those
    literally (no markup) and far faster than a Paragraph, which matters for big plans.
    """
    text = clean(cell.value).strip()
    if cell.style == "cell" and "\n" not in text:
        if not text:
            return _DASH
        if len(text) < 80 and drawable(text) and stringWidth(text, st.FONT, st.TABLE_TEXT) <= width - 9:
            return text
    parts = pieces(text)
    if not parts:
        return _p(_DASH, cell.style)
    if len(parts) == 1:
        return _p(parts[0], cell.style)
    return [_p(part, cell.style) for part in parts]


def _head(text: str):
    return _p(markup(text), "head_cell")


def _table(
    rows: list[list[Any]],
    widths: list[float],
    header_rows: int = 1,
    extra: list | None = None,
    zebra: bool = True,
) -> list:
    """The table, followed by the full text of any cell too tall for it (see ``MAX_CELL_HEIGHT``)."""
    rows = [
        [
            _resolve(cell, widths[column]) if isinstance(cell, _Cell) else cell
            for column, cell in enumerate(row)
        ]
        for row in rows
    ]
    notes = _move_tall_cells(rows, widths, header_rows)
    # A row taller than a page must split inside itself; reportlab does that only with flowables in every
    # cell, which are slower, so only tables with such long text pay for it.
    tall = any(isinstance(cell, list) and len(cell) > 2 for row in rows for cell in row)
    if tall:
        rows = [
            [_p(markup(cell), "cell") if isinstance(cell, str) and cell else cell for cell in row]
            for row in rows
        ]
    table = Table(
        rows,
        colWidths=widths,
        repeatRows=header_rows,
        splitByRow=1,
        splitInRow=1 if tall else 0,
        hAlign="LEFT",
        spaceBefore=2,
        spaceAfter=8,
    )
    table.setStyle(st.table_style(header_rows, zebra=zebra, extra=extra))
    return [table, *notes]


def _paragraphs(cell: Any) -> list:
    """The paragraphs of a cell (one, a list of them), or nothing when it holds anything else."""
    cells = cell if isinstance(cell, list) else [cell]
    return cells if cells and all(isinstance(c, PlainParagraph) for c in cells) else []


def _move_tall_cells(rows: list[list[Any]], widths: list[float], header_rows: int) -> list:
    """Replace each cell taller than ``MAX_CELL_HEIGHT`` by its beginning and "continued in note N below
    the table", and return the notes: a label naming the column and row, then the cell's paragraphs.

    Only cells with much text are measured, so ordinary tables cost nothing extra.
    """
    notes: list = []
    for row_index in range(header_rows, len(rows)):
        row = rows[row_index]
        for column, cell in enumerate(row):
            paragraphs = _paragraphs(cell)
            size = sum(len(p.text) + 40 * p.text.count("<br/>") for p in paragraphs)
            if size < 300:
                continue
            height = sum(p.wrap(widths[column] - 8, 1e9)[1] for p in paragraphs)
            if height <= MAX_CELL_HEIGHT:
                continue
            number = sum(1 for note in notes if note.style.name == "label") + 1
            plain = " ".join(p.getPlainText() for p in paragraphs)
            reference = QCoreApplication.translate("Report", "(continued in note {number} below the table)")
            row[column] = _p(
                f"{markup(shorten(plain, CELL_PREVIEW))} "
                f'<font color="{st.MUTED}">{markup(reference.format(number=number))}</font>',
                "cell",
            )
            header = _paragraphs(rows[header_rows - 1][column]) if header_rows else []
            label = QCoreApplication.translate("Report", "Note {number}: {column}, row {row}").format(
                number=number,
                column=" ".join(p.getPlainText() for p in header) or column + 1,
                row=row_index - header_rows + 1,
            )
            notes.append(_p(markup(label), "label"))
            for paragraph in paragraphs:  # a huge one (a 100,000-character title) as pieces that flow
                if len(paragraph.text) > 3 * MAX_PARAGRAPH:
                    notes += _flow(paragraph.getPlainText(), paragraph.style.name.removesuffix("_shaped"))
                else:
                    notes.append(paragraph)
    return notes


def _heading(number: int, text: str) -> list:
    return [cached.Paragraph(f"{number}&nbsp;&nbsp;{markup(text)}", st.styles()["h1"])]


def _not_filled() -> Any:
    return _p(markup(QCoreApplication.translate("Report", "Not filled in yet.")), "muted")


def _labelled(label: str, value: object) -> list:
    """A small grey label over the user's text; nothing at all when the user left it empty."""
    if not str(value or "").strip():
        return []
    return [_p(markup(label), "label"), *_user_flow(value)]


# -- laying out the report's blocks ---------------------------------------------------------------------
# Column widths per table (``Table.key``), given the frame's width: the layout's business, not the content's.
_WIDTHS = {
    "summary_gaps": lambda w: [w - 75 * MM, 20 * MM, 20 * MM, 35 * MM],
    "key_measures": lambda w: [8 * MM, w - 101 * MM, 38 * MM, 22 * MM, 33 * MM],
    "summary_kpis": lambda w: [w - 116 * MM, 28 * MM, 26 * MM, 26 * MM, 36 * MM],
    "gaps": lambda w: [w - 116 * MM, 15 * MM, 16 * MM, 13 * MM, 16 * MM, 22 * MM, 34 * MM],
    # "Utgangsverdi" (baseline) needs 27 mm in bold at 9 pt, or the heading breaks inside the word.
    "goal_kpis": lambda w: [w - 128 * MM, 28 * MM, 19 * MM, 22 * MM, 32 * MM, 27 * MM],
    # a date at 9 pt needs 22 mm, "Inkluderingstilskudd" 38
    "plan_measures": lambda w: [8 * MM, w - 217 * MM, *(x * MM for x in (12, 32, 22, 22, 19, 26, 38, 38))],
    "milestones_by_month": lambda w: [40 * MM, 24 * MM, w - 154 * MM, 72 * MM, 18 * MM],
    "roles": lambda w: [55 * MM, w - 55 * MM],
    "participants": lambda w: [70 * MM, w - 70 * MM],
    "schemes": lambda w: [w - 120 * MM, 34 * MM, 64 * MM, 22 * MM],
    "evaluated": lambda w: [8 * MM, *((w - 8 * MM) / 3 * x for x in (0.8, 1.1, 1.1))],
}
# Room kept before a heading (``Heading.key``) or a section (``Section.key``), so it starts on a fresh
# page rather than alone at the foot of one.
_ROOM_BEFORE = {
    "key_measures": 45 * MM,
    "chart": 60 * MM,
    "budget": 60 * MM,
    "goals": 110 * MM,
    "timeline": 80 * MM,
}
_SMALL = f'<font size="9" color="{st.MUTED}">'


def _lines(cell: Lines) -> Any:
    """Main lines (the first bold if asked), then the notes in smaller grey; a long note's later
    paragraphs follow the cell's paragraph, so the row can split over pages."""
    main = [markup(line) for line in cell.main if line.strip()]
    if cell.bold and main:
        main[0] = f"<b>{main[0]}</b>"
    head = "<br/>".join(main)
    extra = []
    for note in cell.notes:
        parts = pieces(note)
        if parts:
            head += ("<br/>" if head else "") + f"{_SMALL}{parts[0]}</font>"
            extra += [_p(part, "small") for part in parts[1:]]
    if not head:
        return _cell("")
    return [_p(head, "cell"), *extra] if extra else _p(head, "cell")


def _table_cell(value: Cell) -> Any:
    if isinstance(value, Lines):
        return _lines(value)
    return _cell(value if isinstance(value, str) else cell_value(value))


def _content_table(table: ContentTable, width: float) -> list:
    if table.key in BUDGET_TABLES:
        return [budget_table(table, width)]
    rows: list[list[Any]] = [[_head(name) for name in table.columns]] if table.columns else []
    for row in table.rows:
        cells = [_table_cell(value) for value in row]
        if table.row_labels:
            cells[0] = _p(markup(cell_value(row[0])), "cell_bold")
        rows.append(cells)
    return _table(rows, _WIDTHS[table.key](width), header_rows=1 if table.columns else 0)


def _numbered(block: Numbered, width: float) -> list:
    if block.key == "decisions":
        rows = [[_cell(f"{number}."), _cell(text)] for number, text in enumerate(block.items, start=1)]
        return _table(rows, [12 * MM, width - 12 * MM], header_rows=0)
    return [_p(f"<b>{n}.</b> {markup(text)}", "body") for n, text in enumerate(block.items, start=1)]


def _bullets(block: Bullets) -> list:
    story: list = []
    for text, aside in block.items:
        parts = pieces(aside)
        suffix = f"{markup(block.separator)}<i>{parts[0]}</i>" if parts else ""
        story += _flow(text, prefix="•&nbsp;", suffix=suffix)
        story += [_p(f"<i>{part}</i>") for part in parts[1:]]
    return story


def _kpi_charts(charts: list, width: float) -> list:
    gap = 6 * MM
    chart_width, chart_height = (width - gap) / 2, 55 * MM
    drawings = [kpi_chart(kpi, chart_width, chart_height, subtitle) for kpi, subtitle in charts]
    grid = [
        drawings[index : index + 2] + [""] * (2 - len(drawings[index : index + 2]))
        for index in range(0, len(drawings), 2)
    ]
    table = Table(grid, colWidths=[chart_width + gap / 2] * 2, hAlign="LEFT", splitByRow=1)
    table.setStyle(
        [
            ("FONT", (0, 0), (-1, -1), st.FONT, 8),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), gap / 2),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return [table]


def _figure(figure: Figure, width: float, today: dt.date) -> list:
    if figure.kind == "gap_chart":
        return [gap_chart(figure.data, width)]
    if figure.kind == "kpi_charts":
        return _kpi_charts(figure.data, width)  # type: ignore[arg-type]
    return timeline_charts(figure.data, width, today)


def _group(group: Group, width: float, today: dt.date) -> list:
    """A goal stays with its KPI table, an area's heading with its first text."""
    block = [f for b in group.blocks if not isinstance(b, ContentTable) for f in _block(b, width, today)]
    table = [f for b in group.blocks if isinstance(b, ContentTable) for f in _block(b, width, today)]
    if group.key != "goal":
        return [KeepTogether(block[:3]) if len(block) > 3 else KeepTogether(block), *block[3:]]
    if not table:
        return [KeepTogether(block)]
    # A goal of ordinary length stays whole with its KPI table (moving to the next page if need be).
    if len(block) < 6 or sum(len(part.getPlainText()) for part in block) < 900:
        return [KeepTogether([*block, *table])]
    # Else the heading stays with its first lines, and the table with "How we measure it".
    return [KeepTogether(block[:2]), *block[2:-2], KeepTogether([*block[-2:], *table])]


def _block(block: Block, width: float, today: dt.date) -> list:
    if isinstance(block, Heading):
        room = [CondPageBreak(_ROOM_BEFORE[block.key])] if block.key in _ROOM_BEFORE else []
        return [*room, *_flow(block.text, f"h{block.level}", rest="body")]
    if isinstance(block, Text):
        if block.kind == "note":
            return [PlainParagraph(markup(block.text).replace("⚠ ", "⚠&nbsp;", 1), table_styles()["note"])]
        return [_p(markup(block.text), "muted")] if block.kind == "muted" else _user_flow(block.text)
    if isinstance(block, Labelled):
        return _labelled(block.label, block.value)
    if isinstance(block, ContentTable):
        return _content_table(block, width)
    if isinstance(block, Numbered):
        return _numbered(block, width)
    if isinstance(block, Bullets):
        return _bullets(block)
    if isinstance(block, Figure):
        return _figure(block, width, today)
    if isinstance(block, Group):
        return _group(block, width, today)
    if isinstance(block, DecisionBox):
        return decision_flowables(block, width)
    raise TypeError(f"no layout for {block!r}")


def _cover(cover: Cover) -> list:
    story: list = [Spacer(1, 45 * MM)]
    if cover.org_name.strip():
        story += _flow(cover.org_name, "cover_org")
        story.append(Spacer(1, 4 * MM))
    story.append(_p(markup(cover.title), "cover_title"))
    story += _flow(cover.plan_name, "cover_plan")
    story.append(HRFlowable(width="100%", thickness=1.2, color=colors.HexColor(st.ACCENT), spaceAfter=14))
    for label, value in cover.facts:
        story += _flow(value, "cover_meta", prefix=f"<b>{markup(label)}:</b> ")
    story.append(Spacer(1, 30 * MM))
    if cover.question is not None:
        story += _labelled(cover.question.label, cover.question.value)
    return story


def story(plan: Plan, doc, today: dt.date, catalogue: Catalogue | None) -> list:
    """All flowables of the document (the content of ``sections.report_content``), switching to landscape
    pages for the wide measures and timeline sections.

    ``catalogue`` names the schemes the measures use; without it (it could not be read) they show their ids.
    """
    portrait_width = A4[0] - PORTRAIT_MARGINS[0] - PORTRAIT_MARGINS[2]
    landscape_width = landscape(A4)[0] - LANDSCAPE_MARGINS[0] - LANDSCAPE_MARGINS[2]
    report = report_content(plan, today, catalogue)
    content: list = _cover(report.cover)
    landscape_pages = False
    for section in report.sections:
        if section.landscape != landscape_pages:
            landscape_pages = section.landscape
            content += [NextPageTemplate("landscape" if landscape_pages else "portrait"), PageBreak()]
        elif section.new_page:
            content.append(PageBreak())
        elif section.key in _ROOM_BEFORE:
            content.append(CondPageBreak(_ROOM_BEFORE[section.key]))
        width = landscape_width if landscape_pages else portrait_width
        content += _heading(section.number, section.title)
        for block in section.blocks:
            content += _block(block, width, today)
    return content
