"""The look of the printed plan: fonts, paragraph styles, colours and the one table style.

DejaVu Sans (shipped in ``resources/fonts``) prints every letter a Norwegian or Sami user types
(æøå, č đ ŋ š ŧ ž), dashes, ellipses and €; reportlab's built-in Helvetica does not. Quiet colours that
still read on a black-and-white printer.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from verktoykasse.resources import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

INK = "#1d2733"
ACCENT = "#1f4e79"
MUTED = "#5b6672"
RULE = "#b8c2cc"
HEADER_FILL = "#dde6ef"
ZEBRA_FILL = "#f4f6f9"
BAR_NOW = "#9fb4c8"
BAR_WANTED = "#1f4e79"
GOOD = "#2e7d32"

# Sizes that read on paper: table text at least 9 pt, chart labels at least 7.5 pt.
TABLE_TEXT = 9.0
CHART_LABEL = 7.5


@cache
def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) once per process, as a family so ``<b>`` works."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@cache
def styles() -> dict[str, Any]:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=colors.HexColor(INK), spaceAfter=5
    )

    def derive(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=body, **changes)

    return {
        "body": body,
        "muted": derive("muted", textColor=colors.HexColor(MUTED)),
        "small": derive("small", fontSize=TABLE_TEXT, leading=11.2, spaceAfter=0),
        "cell": derive("cell", fontSize=TABLE_TEXT, leading=11.4, spaceAfter=0),
        "cell_bold": derive("cell_bold", fontName=FONT_BOLD, fontSize=TABLE_TEXT, leading=11.4, spaceAfter=0),
        "head_cell": derive(
            "head_cell",
            fontName=FONT_BOLD,
            fontSize=TABLE_TEXT,
            leading=11.2,
            spaceAfter=0,
            textColor=colors.HexColor(ACCENT),
        ),
        "label": derive(
            "label",
            keepWithNext=1,
            fontName=FONT_BOLD,
            fontSize=8.5,
            leading=11,
            spaceAfter=1,
            textColor=colors.HexColor(MUTED),
        ),
        "h1": derive(
            "h1",
            keepWithNext=1,
            fontName=FONT_BOLD,
            fontSize=17,
            leading=21,
            spaceBefore=0,
            spaceAfter=10,
            textColor=colors.HexColor(ACCENT),
        ),
        "h2": derive(
            "h2",
            keepWithNext=1,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=10,
            spaceAfter=5,
            textColor=colors.HexColor(ACCENT),
        ),
        "h3": derive(
            "h3", keepWithNext=1, fontName=FONT_BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=3
        ),
        "cover_org": derive("cover_org", fontSize=13, leading=17, textColor=colors.HexColor(MUTED)),
        "cover_title": derive(
            "cover_title",
            fontName=FONT_BOLD,
            fontSize=28,
            leading=34,
            spaceAfter=14,
            textColor=colors.HexColor(ACCENT),
        ),
        "cover_plan": derive("cover_plan", fontSize=16, leading=21, spaceAfter=24),
        "cover_meta": derive("cover_meta", fontSize=10.5, leading=16, textColor=colors.HexColor(MUTED)),
        "center_small": derive("center_small", fontSize=8, leading=9.5, alignment=TA_CENTER, spaceAfter=0),
    }


def table_style(header_rows: int = 1, zebra: bool = True, extra: list | None = None):
    """Light header row that repeats on each page, thin rules, zebra rows: reads well on paper."""
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    commands: list = [
        ("FONT", (0, 0), (-1, -1), FONT, TABLE_TEXT, 11.4),
        ("TEXTCOLOR", (0, 0), (-1, -1), colors.HexColor(INK)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
        ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor(RULE)),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor(HEADER_FILL)),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, colors.HexColor(ACCENT)),
        ]
    if zebra:
        commands.append(
            ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, colors.HexColor(ZEBRA_FILL)])
        )
    return TableStyle(commands + (extra or []))
