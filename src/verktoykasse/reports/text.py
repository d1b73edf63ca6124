"""User text made safe for reportlab: what the user typed is what prints.

A reportlab ``Paragraph`` reads its text as markup, so every user string is escaped here before it goes
in (``<b>`` stays ``<b>``, ``AT&T`` stays ``AT&T``). Control characters a paste can carry are dropped,
line breaks are kept, and a long text becomes several paragraphs so that it can flow over pages.
Characters DejaVu Sans cannot draw go in a fallback font (emoji, symbols), or print as the replacement
mark � when no font has them: something always prints. Invisible format characters (zero-width joiners,
variation selectors, direction marks) have nothing to draw and are left out.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from verktoykasse.reports.styles import FONT, coverage, fallback_coverage

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_INVISIBLE = re.compile(
    "[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff\U000e0000-\U000e01ef]"
)
# Scripts that need HarfBuzz: Hebrew, Arabic, Syriac, Thaana, N'Ko and the Arabic presentation forms.
_NEEDS_SHAPING = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
REPLACEMENT = "\ufffd"
_BLANK_LINES = re.compile(r"\n\s*\n")
# A paragraph longer than this is cut at a sentence or word boundary so that pieces can flow over pages
# and table rows can split between them.
MAX_PARAGRAPH = 1200


def clean(value: object) -> str:
    """Plain text without control characters, with Unix line ends and tabs as spaces."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROL.sub("", text)


# What XML 1.0 cannot hold besides the control characters: lone surrogates and the two non-characters.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def office_text(value: object) -> str:
    """Plain text that Word and Excel open: control characters dropped as in the PDF (``clean``), tabs
    and line breaks kept, and what XML cannot hold at all (a lone surrogate) shown as the mark �."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return _NOT_XML.sub(REPLACEMENT, _CONTROL.sub("", text))


def markup(value: object) -> str:
    """Escaped text for a Paragraph: markup-looking text prints literally, line breaks are kept, and each
    character is drawn by a font that has it."""
    return _with_fonts(clean(value)).replace("\n", "<br/>")


def printable(value: object) -> str:
    """Plain text for places that draw in DejaVu Sans alone (chart labels): what it lacks becomes �."""
    text = _INVISIBLE.sub("", clean(value))
    if drawable(text):
        return text
    return "".join(ch if ch == "\n" or _in_main(ch) else REPLACEMENT for ch in text)


def drawable(text: str) -> bool:
    """Whether DejaVu Sans alone draws ``text`` as it is (a table cell may then skip the Paragraph)."""
    if text.isascii():
        return True
    regular, bold = coverage()
    codes = set(map(ord, set(text)))
    return codes <= regular and codes <= bold


def _in_main(ch: str) -> bool:
    """Whether DejaVu Sans draws ``ch`` in regular and in bold."""
    regular, bold = coverage()
    return ord(ch) in regular and ord(ch) in bold


def _fallback_font(ch: str) -> str | None:
    return next((name for name, codes in fallback_coverage() if ord(ch) in codes), None)


def needs_shaping(text: str) -> bool:
    return _NEEDS_SHAPING.search(text) is not None


def _with_fonts(text: str) -> str:
    """Escaped text with ``<font name=…>`` around runs of characters that only a fallback font has."""
    if drawable(text):
        return escape(text)
    text = _INVISIBLE.sub("", text)
    result: list[str] = []
    run: list[str] = []
    run_font: str | None = None

    def close() -> None:
        if run:
            chunk = escape("".join(run))
            result.append(f'<font name="{run_font}">{chunk}</font>' if run_font else chunk)
            run.clear()

    # The font of each character DejaVu Sans lacks (None: no font has it); the fallbacks load here.
    fallback = {ch: _fallback_font(ch) for ch in set(text) if ch != "\n" and not _in_main(ch)}
    for ch in text:
        font: str | None = None
        if ch in fallback:
            font = fallback[ch]
            if font is None:
                ch = REPLACEMENT
        if font != run_font:
            close()
            run_font = font
        run.append(ch)
    close()
    return "".join(result)


def pieces(value: object, limit: int = MAX_PARAGRAPH) -> list[str]:
    """The text as escaped paragraph strings: one per blank-line block, long blocks cut near ``limit``."""
    result: list[str] = []
    for block in _BLANK_LINES.split(clean(value).strip()):
        block = block.strip("\n")
        while len(block) > limit:
            cut = max(block.rfind(". ", 0, limit), block.rfind("\n", 0, limit))
            if cut < limit // 2:
                cut = block.rfind(" ", 0, limit)
            if cut < limit // 2:
                cut = limit - 1
            result.append(markup(block[: cut + 1].rstrip()))
            block = block[cut + 1 :].lstrip()
        if block:
            result.append(markup(block))
    return result


def shorten(value: object, length: int) -> str:
    """Plain text cut to ``length`` characters with an ellipsis (for chart labels, not for tables)."""
    text = " ".join(clean(value).split())
    if len(text) <= length:
        return text
    cut = text.rfind(" ", length // 2, length)
    return text[: cut if cut > 0 else length - 1].rstrip() + "…"


def fit(text: str, width: float, size: float, font: str = FONT) -> str:
    """``text`` on one line, cut with an ellipsis so that it fits ``width`` points (chart labels, the page
    footer: places that cannot wrap and draw in one font, so what it lacks becomes �)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = " ".join(printable(text).split())
    if stringWidth(text, font, size) <= width:
        return text
    # No glyph is narrower than a fifth of the font size: cut to what could fit before measuring, or a
    # pasted 100,000-character name would be measured 100,000 times, on every page.
    text = text[: int(width / (size * 0.2)) + 1]
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
