"""The budget in the report (section 4, after the measures): per measure, per year, each planned hire's
estimate, what the estimate assumed and which rates it used — each figure marked as an estimate.

Table text is 9 pt; money is whole kroner in the report's language (``domain.formatting``).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication

from verktoykasse.budget.budget import Budget, Totals, measures_with_costs
from verktoykasse.budget.subsidy import estimate_note, rates_in_use, scheme_name
from verktoykasse.domain.formatting import format_date, format_money, format_number
from verktoykasse.reports import styles as st
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
    from reportlab.platypus import Paragraph

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


def _money_cells(totals: Totals, style: str = "number") -> list:
    return [
        _p(format_money(totals.gross), style),
        _p(format_money(totals.subsidies), style),
        _p(format_money(totals.net), style),
    ]


def _money_heads() -> list:
    return [
        _p(QCoreApplication.translate("Report", "Gross cost"), "head_number"),
        _p(QCoreApplication.translate("Report", "Expected subsidies"), "head_number"),
        _p(QCoreApplication.translate("Report", "Net cost"), "head_number"),
    ]


def budget_section(budget: Budget, width: float, measure_numbers: dict[str, int] | None = None) -> list:
    """The budget tables; [] when no measure has a cost, costed hours or a planned hire."""
    from reportlab.platypus import CondPageBreak, Paragraph

    rows_with_costs = measures_with_costs(budget)
    if not rows_with_costs:
        return []
    styles = st.styles()
    story: list = [
        CondPageBreak(60 * MM),
        Paragraph(
            markup(QCoreApplication.translate("Report", "Budget and expected subsidies")), styles["h2"]
        ),
    ]
    explanation = " ".join(
        (
            QCoreApplication.translate(
                "Report",
                "Gross cost: each measure's cost, its hours at the hourly cost and its hires' costs.",
            ),
            QCoreApplication.translate("Report", "Expected subsidies: what Nav's schemes may pay back."),
        )
    )
    if budget.hourly_cost is not None:
        explanation += " " + QCoreApplication.translate("Report", "Hourly cost: {cost}.").format(
            cost=format_money(budget.hourly_cost)
        )
    story.append(Paragraph(markup(explanation), styles["muted"]))
    story.append(Paragraph(markup(estimate_note()), table_styles()["note"]))
    for note in budget.notes:
        story.append(Paragraph(markup(note), table_styles()["note"]))

    money = 34 * MM
    rows = [[_p("#", "head"), _p(QCoreApplication.translate("Report", "Measure"), "head"), *_money_heads()]]
    for number, measure in enumerate(budget.measures, start=1):
        if measure not in rows_with_costs:
            continue
        title = shorten(measure.measure.title, NAME_LENGTH) or "–"
        rows.append([_p(str(number)), _p(title), *_money_cells(measure.total)])
    rows.append(
        [
            _p(""),
            _p(QCoreApplication.translate("Report", "The whole plan"), "total_label"),
            *_money_cells(budget.total, "total"),
        ]
    )
    story.append(_table(rows, [10 * MM, width - 10 * MM - 3 * money, money, money, money], totals_row=True))

    years = budget.by_year()
    if len(years) > 1 or 0 in years:
        rows = [[_p(QCoreApplication.translate("Report", "Year"), "head"), *_money_heads()]]
        for year, totals in years.items():
            rows.append(
                [
                    _p(str(year) if year else QCoreApplication.translate("Report", "No date")),
                    *_money_cells(totals),
                ]
            )
        rows.append(
            [
                _p(QCoreApplication.translate("Report", "In all"), "total_label"),
                *_money_cells(budget.total, "total"),
            ]
        )
        story.append(_table(rows, [width - 3 * money, money, money, money], totals_row=True))

    estimates = [(number, e) for number, m in enumerate(budget.measures, start=1) for e in m.estimates]
    if estimates:
        story.append(Paragraph(markup(QCoreApplication.translate("Report", "Planned hires")), styles["h3"]))
        rows = [
            [
                _p("#", "head"),
                _p(QCoreApplication.translate("Report", "Hire"), "head"),
                _p(QCoreApplication.translate("Report", "Schemes"), "head"),
                _p(QCoreApplication.translate("Report", "Start"), "head"),
                _p(QCoreApplication.translate("Report", "Monthly wage"), "head_number"),
                _p(QCoreApplication.translate("Report", "Cost"), "head_number"),
                _p(QCoreApplication.translate("Report", "Expected subsidies"), "head_number"),
            ]
        ]
        for number, estimate in estimates:
            hire = estimate.hire
            who = shorten(hire.label, NAME_LENGTH) or "–"
            wage = ""
            if hire.monthly_wage:
                wage = format_money(hire.monthly_wage)
                if hire.job_percent not in (None, 100):
                    wage += f", {format_number(hire.job_percent)} %"
            problems = "; ".join(p.message for p in estimate.problems)
            schemes = ", ".join(scheme_name(s) for s in hire.schemes) or "–"
            rows.append(
                [
                    _p(str(number)),
                    [_p(who), *([_p(problems, "note")] if problems else [])],
                    _p(schemes),
                    _p(format_date(hire.start) or "–"),
                    _p(wage, "number"),
                    _p(format_money(estimate.cost), "number"),
                    _p(format_money(estimate.subsidy), "number"),
                ]
            )
        fixed = [10 * MM, 58 * MM, 24 * MM, 30 * MM, 30 * MM, 32 * MM]
        widths = [fixed[0], width - sum(fixed), *fixed[1:]]
        story.append(_table(rows, widths))

    basis = estimate_basis(budget)
    if basis:
        story.append(
            Paragraph(
                markup(QCoreApplication.translate("Report", "What the estimate is based on")), styles["h3"]
            )
        )
        for line in basis:
            story.append(Paragraph(markup(line).replace("⚠ ", "⚠&nbsp;", 1), table_styles()["note"]))
    return story


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
