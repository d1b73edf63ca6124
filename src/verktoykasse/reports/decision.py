"""The decision box on the summary page: what the board is asked to decide, the budget after expected
subsidies, the next three months' milestones, and a line to record the decision (date, by, signature).

A plan with none of these gets no box at all, never an empty one; inside the box a part with nothing to
say is left out. Text is at least 9 pt, so it reads on paper.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache

from PySide6.QtCore import QCoreApplication

from verktoykasse.budget.budget import Budget, Totals
from verktoykasse.budget.subsidy import add_months, estimate_note
from verktoykasse.domain.formatting import format_date, format_money
from verktoykasse.reports import styles as st
from verktoykasse.reports.text import markup, shorten
from verktoykasse.storage.models import Milestone, Plan

MM = 72 / 25.4
MILESTONE_MONTHS = 3
MAX_MILESTONES = 6
MAX_DECISIONS = 8
# The box must stay on one page whatever was typed: a decision or milestone is cut here (section 6 and the
# timeline print it whole), a name shorter still.
BOX_TEXT = 400
BOX_NAME = 60


@cache
def box_styles() -> dict:
    """The box's paragraph styles: 9.5 pt text, a 12 pt title; derived from the report's body style."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    body = st.styles()["body"]

    def derive(name: str, **changes) -> ParagraphStyle:
        return ParagraphStyle(
            name, parent=body, **{"spaceAfter": 0, "fontSize": 9.5, "leading": 12.5, **changes}
        )

    return {
        "box": derive("box"),
        "box_number": derive("box_number", alignment=TA_RIGHT, fontName=st.FONT_BOLD),
        "box_title": derive(
            "box_title", fontName=st.FONT_BOLD, fontSize=12, leading=15, textColor=colors.HexColor(st.ACCENT)
        ),
        "box_label": derive(
            "box_label", fontName=st.FONT_BOLD, spaceBefore=5, textColor=colors.HexColor(st.ACCENT)
        ),
        "box_muted": derive("box_muted", fontSize=9, leading=11.5, textColor=colors.HexColor(st.MUTED)),
    }


@dataclass
class DecisionBox:
    """What the box holds; ``is_empty`` when there is nothing for the board to see."""

    decisions: list[str] = field(default_factory=list)
    totals: Totals | None = None
    milestones: list[tuple[dt.date, str, str]] = field(default_factory=list)  # due, milestone, measure
    approved_on: dt.date | None = None
    approved_by: str = ""

    @property
    def is_empty(self) -> bool:
        return not (
            self.decisions or self.totals or self.milestones or self.approved_on or self.approved_by.strip()
        )

    def shown_decisions(self) -> list[str]:
        """The decisions the box shows, each cut to fit it (section 6 has them all, whole)."""
        return [shorten(text, BOX_TEXT) for text in self.decisions[:MAX_DECISIONS]]

    def more_decisions(self) -> str:
        """ "… and 3 more (section 6)." under the shown decisions; "" when all are shown."""
        if len(self.decisions) <= MAX_DECISIONS:
            return ""
        return QCoreApplication.translate("Report", "… and {count} more (section 6).").format(
            count=len(self.decisions) - MAX_DECISIONS
        )

    def figures(self) -> list[tuple[str, float]]:
        """The budget's three lines: gross cost, expected subsidies, net cost; [] without a budget."""
        if self.totals is None:
            return []
        return [
            (QCoreApplication.translate("Report", "Gross cost"), self.totals.gross),
            (
                QCoreApplication.translate("Report", "Expected subsidies from Nav (estimate)"),
                self.totals.subsidies,
            ),
            (QCoreApplication.translate("Report", "Net cost"), self.totals.net),
        ]

    def figures_note(self) -> str:
        return estimate_note() + " " + QCoreApplication.translate("Report", "Details in section 4.")

    def approval(self) -> list[tuple[str, str]]:
        """Decided on, by, signature: what the plan knows of each ("" where a line is left to write on)."""
        return [
            (QCoreApplication.translate("Report", "Decided on"), format_date(self.approved_on)),
            (QCoreApplication.translate("Report", "By"), shorten(self.approved_by, BOX_NAME)),
            (QCoreApplication.translate("Report", "Signature"), ""),
        ]

    def shown_milestones(self) -> list[tuple[dt.date, str, str]]:
        """The milestones the box shows: due date, title and measure, cut to fit it."""
        return [
            (due, shorten(title, BOX_TEXT) or "–", shorten(measure, BOX_NAME) or "–")
            for due, title, measure in self.milestones[:MAX_MILESTONES]
        ]

    def more_milestones(self) -> str:
        if len(self.milestones) <= MAX_MILESTONES:
            return ""
        return QCoreApplication.translate("Report", "… and {count} more (section 5).").format(
            count=len(self.milestones) - MAX_MILESTONES
        )


def upcoming_milestones(
    plan: Plan, today: dt.date, months: int = MILESTONE_MONTHS
) -> list[tuple[dt.date, Milestone]]:
    """Milestones not done and due from today up to ``months`` months ahead, earliest first."""
    until = add_months(today, months)
    found = [
        (stone.due_date, stone)
        for measure in plan.measures
        for stone in measure.milestones
        if stone.due_date is not None and not stone.done and today <= stone.due_date <= until
    ]
    return sorted(found, key=lambda item: (item[0], item[1].position))


def decision_box(plan: Plan, budget: Budget | None, today: dt.date) -> DecisionBox:
    decisions = [" ".join(d.text.split()) for d in plan.board_decisions if d.text.strip()]
    totals = budget.total if budget is not None and not budget.is_empty else None
    stones = [(due, stone.title, stone.measure.title) for due, stone in upcoming_milestones(plan, today)]
    return DecisionBox(decisions, totals, stones, plan.approved_on, plan.approved_by or "")


def decision_flowables(box: DecisionBox, width: float) -> list:
    """The box as one framed table that stays on the page; [] when it would be empty."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    if box.is_empty:
        return []
    style = box_styles()

    def para(text: str, name: str = "box") -> Paragraph:
        return Paragraph(text, style[name])

    rows: list[list] = [
        [para(markup(QCoreApplication.translate("Report", "For the board's decision")), "box_title")]
    ]
    if box.decisions:
        rows.append(
            [para(markup(QCoreApplication.translate("Report", "The board is asked to:")), "box_label")]
        )
        for text in box.shown_decisions():
            rows.append([para("•&nbsp;" + markup(text))])
        if box.more_decisions():
            rows.append([para(markup(box.more_decisions()), "box_muted")])
    if box.totals is not None:
        rows.append([para(markup(QCoreApplication.translate("Report", "Budget for the plan")), "box_label")])
        inner = Table(
            [
                [para(markup(label)), para(markup(format_money(value)), "box_number")]
                for label, value in box.figures()
            ],
            colWidths=[width - 48 * MM, 36 * MM],
            hAlign="LEFT",
        )
        inner.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), st.FONT, st.TABLE_TEXT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("LINEABOVE", (0, 2), (-1, 2), 0.6, colors.HexColor(st.INK)),
                ]
            )
        )
        rows.append([inner])
        rows.append([para(markup(box.figures_note()), "box_muted")])
    if box.milestones:
        rows.append(
            [
                para(
                    markup(QCoreApplication.translate("Report", "Milestones in the next three months")),
                    "box_label",
                )
            ]
        )
        for due, title, measure in box.shown_milestones():
            where = f"<font color='{st.MUTED}'>({markup(measure)})</font>"
            rows.append([para(f"{markup(format_date(due))}&nbsp;&nbsp;{markup(title)} {where}")])
        if box.more_milestones():
            rows.append([para(markup(box.more_milestones()), "box_muted")])
    rows.append([_approval_line(box, width)])
    table = Table(rows, colWidths=[width], hAlign="LEFT", spaceBefore=4, spaceAfter=8)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.FONT, st.TABLE_TEXT),  # never reportlab's Helvetica
                ("BOX", (0, 0), (-1, -1), 1.4, colors.HexColor(st.ACCENT)),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(st.HEADER_FILL)),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, 0), 5),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    table.keepWithNext = False
    return [table]


def _approval_line(box: DecisionBox, width: float):
    """Decided on ___ by ___ signature ___: filled where the plan knows, ruled lines to write on otherwise."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    style = box_styles()
    row = []
    for label, value in box.approval():
        row.append(Paragraph(markup(label), style["box_label"]))
        row.append(Paragraph(markup(value) if value else "&nbsp;", style["box"]))
    usable = width - 16
    widths = [30 * MM, usable * 0.2, 10 * MM, usable * 0.26, 22 * MM]
    widths.append(max(usable - sum(widths), 20 * MM))
    table = Table([row], colWidths=widths, hAlign="LEFT", spaceBefore=8)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.FONT, st.TABLE_TEXT),  # never reportlab's Helvetica
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (1, 0), (1, 0), 0.7, colors.HexColor(st.INK)),
                ("LINEBELOW", (3, 0), (3, 0), 0.7, colors.HexColor(st.INK)),
                ("LINEBELOW", (5, 0), (5, 0), 0.7, colors.HexColor(st.INK)),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table
