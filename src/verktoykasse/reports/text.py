"""User text made safe for reportlab: what the user typed is what prints.

A reportlab ``Paragraph`` reads its text as markup, so every user string is escaped here before it goes
in (``<b>`` stays ``<b>``, ``AT&T`` stays ``AT&T``). Control characters a paste can carry are dropped,
line breaks are kept, and a long text becomes several paragraphs so that it can flow over pages.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLANK_LINES = re.compile(r"\n\s*\n")
# A paragraph longer than this is cut at a sentence or word boundary so that pieces can flow over pages
# and table rows can split between them.
MAX_PARAGRAPH = 1200


def clean(value: object) -> str:
    """Plain text without control characters, with Unix line ends and tabs as spaces."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _CONTROL.sub("", text)


def markup(value: object) -> str:
    """Escaped text for a Paragraph: markup-looking text prints literally, line breaks are kept."""
    return escape(clean(value)).replace("\n", "<br/>")


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
