"""The budget's tables in the PDF (section 4, after the measures): per measure, per year, each planned
hire's estimate. What they hold and the notes around them come from ``reports.sections``; this lays them
out: 9 pt text, figures right-aligned, money whole kroner in the report's language.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication

from verktoykasse.budget.budget import Budget
from verktoykasse.budget.subsidy import rates_in_use, scheme_name
from verktoykasse.domain.formatting import format_date
from verktoykasse.reports import styles as st
from verktoykasse.reports.content import Cell, Lines, Table, cell_value
from verktoykasse.reports.text import markup, shorten

MM = 72 / 25.4
# A row names its measure or hire by number and name; the measures table (section 4) has the whole
# title, so a pasted essay is cut here rather than grow a row taller than a page.
NAME_LENGTH = 200


@cache
def table_styles() -> dict:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    body = st.styles()["body"]

    def derive(name: str, **changes) -> ParagraphStyle:
        return ParagraphStyle(
            name, parent=body, **{"spaceAfter": 0, "fontSize": 9, "leading": 11.5, **changes}
        )

    return {
        "cell": derive("budget_cell"),
        "number": derive("budget_number", alignment=TA_RIGHT),
        "total": derive("budget_total", alignment=TA_RIGHT, fontName=st.FONT_BOLD),
        "total_label": derive("budget_total_label", fontName=st.FONT_BOLD),
        "head": derive("budget_head", fontName=st.FONT_BOLD, textColor=colors.HexColor(st.ACCENT)),
        "head_number": derive(
            "budget_head_number",
            fontName=st.FONT_BOLD,
            alignment=TA_RIGHT,
            textColor=colors.HexColor(st.ACCENT),
        ),
        "note": derive("budget_note", textColor=colors.HexColor(st.MUTED)),
    }


def _p(text: str, style: str = "cell"):
    from verktoykasse.reports.paragraph import Paragraph  # breaks its lines once per width

    return Paragraph(markup(text), table_styles()[style])


def _table(rows: list[list], widths: list[float], totals_row: bool = False):
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", spaceBefore=2, spaceAfter=8)
    commands = [
        ("FONT", (0, 0), (-1, -1), st.FONT, st.TABLE_TEXT),  # never reportlab's Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(st.RULE)),
        ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor(st.RULE)),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(st.HEADER_FILL)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(st.ACCENT)),
    ]
    if totals_row:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.HexColor(st.INK)))
    table.setStyle(TableStyle(commands))
    return table


# The budget's tables (``content.budget_tables``, ``content.hires_table``) and the first of their columns
# that holds figures: those are right-aligned, so the kroner line up.
BUDGET_TABLES = {"budget": 2, "budget_years": 1, "hires": 4}


def _widths(key: str, width: float) -> list[float]:
    money = 34 * MM
    if key == "budget":
        return [10 * MM, width - 10 * MM - 3 * money, money, money, money]
    if key == "budget_years":
        return [width - 3 * money, money, money, money]
    fixed = [10 * MM, 58 * MM, 24 * MM, 30 * MM, 30 * MM, 32 * MM]
    return [fixed[0], width - sum(fixed), *fixed[1:]]


def _cell(value: Cell, number: bool) -> object:
    """A figure right-aligned; a name cut to ``NAME_LENGTH`` (a dash when empty), its notes under it."""
    if number:
        return _p(cell_value(value), "number")
    if isinstance(value, Lines):
        return [_cell(line, False) for line in value.main] + [_p(note, "note") for note in value.notes]
    return _p(shorten(cell_value(value), NAME_LENGTH) or "–")


def budget_table(table: Table, width: float):
    """One of the budget's tables in section 4 of the PDF, its totals row (if any) in bold under a rule."""
    first = BUDGET_TABLES[table.key]
    rows = [[_p(name, "head_number" if i >= first else "head") for i, name in enumerate(table.columns)]]
    rows += [[_cell(value, i >= first) for i, value in enumerate(row)] for row in table.rows]
    has_totals = bool(table.total_label and table.rows)
    if has_totals:
        rows.append(
            [
                _p(cell_value(value), "total" if i in table.summed else "total_label")
                for i, value in enumerate(table.totals())
            ]
        )
    return _table(rows, _widths(table.key, width), totals_row=has_totals)


def plan_budget(plan, catalogue) -> Budget:
    """The plan's budget with the rates of the catalogue in use (the shipped one's if it has none)."""
    from verktoykasse.budget.budget import budget_for_plan, rate_book

    return budget_for_plan(plan, rate_book(catalogue))


def estimate_basis(budget: Budget) -> list[str]:
    """What the estimate assumed (each flag once, marked ⚠) and the dated rates it used, with their
    source: the lines under "What the estimate is based on", in the PDF and the Word file."""
    lines = ["⚠ " + flag for flag in dict.fromkeys(f for e in budget.estimates for f in e.flags)]
    for rate in rates_in_use(budget.estimates):
        if rate.valid_for.end is not None:
            period = f"{format_date(rate.valid_for.start)}–{format_date(rate.valid_for.end)}"
        else:
            period = QCoreApplication.translate("Report", "from {date}").format(
                date=format_date(rate.valid_for.start)
            )
        text = QCoreApplication.translate(
            "Report", "{scheme}: rates valid {period}; source: {source}."
        ).format(scheme=scheme_name(rate.scheme), period=period, source=rate.source)
        lines.append(f"{text} {rate.caveat}" if rate.caveat else text)
    return lines
