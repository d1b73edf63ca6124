"""The look of the printed plan: fonts, paragraph styles, colours and the one table style.

DejaVu Sans (shipped in ``resources/fonts``) prints every letter a Norwegian or Sami user types
(æøå, č đ ŋ š ŧ ž), dashes, ellipses, €, Greek, Cyrillic, Hebrew and Arabic; reportlab's built-in
Helvetica does not. What DejaVu lacks — emoji and many symbols — prints in the fallback fonts Noto Emoji
(monochrome) and Noto Sans Symbols (``text.markup`` switches font per character, ``FALLBACK_FONTS``);
a character no font has prints as the visible replacement mark �. reportlab reads a font whole when it is
registered, so the fallback fonts (Noto Emoji is 2 MB) are read only when a text first needs one
(``fallback_coverage``); which characters a font draws is asked of reportlab's own character map.
Right-to-left and joined scripts (Arabic) are shaped by HarfBuzz (``uharfbuzz``, reportlab's own shaping)
in the paragraphs that need it (``shaped``). Quiet colours that still read on a black-and-white printer.
"""

from __future__ import annotations

from collections.abc import KeysView
from functools import cache
from typing import Any

from verktoykasse.resources import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_EMOJI = "NotoEmoji"
FONT_SYMBOLS = "NotoSansSymbols"
# The font files of the PDF, by font name (``cli check`` loads each).
FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_EMOJI: "NotoEmoji.ttf",
    FONT_SYMBOLS: "NotoSansSymbols.ttf",
}
FALLBACK_FONTS = (FONT_EMOJI, FONT_SYMBOLS)  # tried in this order for what DejaVu Sans cannot draw

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
    """Register DejaVu Sans once per process, as a family so ``<b>`` works (the fallback fonts wait for a
    text that needs them: ``fallback_coverage``)."""
    from reportlab.pdfbase import pdfmetrics, ttfonts

    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    # reportlab shapes with discretionary ligatures on, which OpenType leaves off unless asked for: DejaVu
    # would join "st" with a curl that reads as "ŝt". Its default features are one shared dict.
    if ttfonts.shapeFragWord.__defaults__:
        ttfonts.shapeFragWord.__defaults__[0].pop("dlig", None)
    for name in (FONT, FONT_BOLD):
        _register(name)
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def _register(name: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", FONT_FILES[name]))))


def _characters(name: str) -> KeysView[int]:
    """The character codes the registered font ``name`` draws: reportlab's own map, not a copy (a set of
    DejaVu's 6,000 characters cost ≈4 MiB)."""
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.getFont(name).face.charToGlyph.keys()


def _to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map with characters beyond U+FFFF (emoji) as UTF-16 surrogate pairs.

    reportlab writes such a code as five hex digits, which PDF readers take as one 16-bit code and a
    stray digit: the emoji printed, but copying it from the PDF gave another character.
    """

    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({font_name})",
        f"/Ordering ({font_name})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{font_name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{utf16(code)}>" for index, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


@cache
def coverage() -> tuple[KeysView[int], KeysView[int]]:
    """The character codes DejaVu Sans draws in regular and in bold (``text.drawable`` needs both)."""
    register_fonts()
    return _characters(FONT), _characters(FONT_BOLD)


@cache
def fallback_coverage() -> tuple[tuple[str, KeysView[int]], ...]:
    """Each fallback font in the order they are tried, with the character codes it draws; registers them
    the first time (a text has a character DejaVu Sans lacks)."""
    register_fonts()
    for name in FALLBACK_FONTS:
        _register(name)
    return tuple((name, _characters(name)) for name in FALLBACK_FONTS)


@cache
def shaped(style_name: str) -> Any:
    """The paragraph style ``style_name`` with HarfBuzz shaping, for text in Arabic and other joined or
    right-to-left scripts (shaping every paragraph would slow big plans for nothing)."""
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(style_name + "_shaped", parent=styles()[style_name], shaping=1)


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
