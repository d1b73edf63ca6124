"""reportlab's ``Paragraph``, parsed once per text and broken into lines once per width.

A table asks every cell for its size when it is laid out, again for what is left each time it splits at
a page end, and again when each cell is drawn: the large plan's 1,550 paragraphs were broken into lines
4,600 times, a fifth of its PDF's build time. Line breaking depends only on the text, the style and the
width, so the first break at a width is kept and handed back (the same ``blPara``, width and height that
``Paragraph.wrap`` would compute again). Parsing the markup is the other fifth, and a plan repeats its
texts (column headings, a KPI's unit on every row): the 1,540 paragraphs have 380 different texts, so
each text is parsed once and every paragraph gets its own copy of the parsed pieces. The same texts
are broken into lines again and again too (1,816 paragraphs, 488 different texts in their styles: a
column heading on every goal, "kr 0" in the budget): a text in one font and style (reportlab's simple
kind, whose lines are plain strings that nothing changes) is broken once per width and style, and every
paragraph of that text shares the lines. The PDF is byte for byte the same as with reportlab's own
``Paragraph``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.platypus import Paragraph as _ReportlabParagraph
from reportlab.platypus.paragraph import textTransformFrags
from reportlab.platypus.paraparser import ParaParser


@lru_cache(maxsize=2048)
def _parsed(text: str, style: Any, case_sensitive: int, cleaner: Any) -> tuple[str, Any, tuple, Any]:
    """What ``Paragraph._setup`` makes of ``text``: the cleaned text, the style, the fragments and the
    bullet's fragments (shared: callers copy the fragments before use)."""
    text = cleaner(text)
    parser = ParaParser()
    parser.caseSensitive = case_sensitive
    style, frags, bullet = parser.parse(text, style)
    if frags is None:
        raise ValueError(
            f"xml parser error ({parser.errors[0]}) in paragraph beginning\n'{text[: min(30, len(text))]}'"
        )
    textTransformFrags(frags, style)
    return text, style, tuple(frags), bullet


# Line breaks of simple paragraphs, shared by every paragraph of the same text, style and width.
_breaks: dict[tuple[str, Any, float], tuple[Any, Any, float]] = {}


def forget_parsed() -> None:
    """Let go of the parsed texts and their line breaks (``document.build_action_plan`` calls it after
    each PDF): the next PDF parses its own texts afresh, and a long session does not keep old plans'
    texts."""
    _parsed.cache_clear()
    _breaks.clear()


class Paragraph(_ReportlabParagraph):
    """A ``Paragraph`` that parses each text once per process and remembers its line breaks per width."""

    def _setup(self, text: str, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        if frags is None:
            text, style, parsed, bullet = _parsed(text, style, self.caseSensitive, cleaner)
            self._shares = bulletText is None and not bullet
            frags = [frag.clone() for frag in parsed]  # reportlab may change a paragraph's fragments
            if bullet:
                bulletText = [frag.clone() for frag in bullet]
        super()._setup(text, style, bulletText, frags, cleaner)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        cache: dict[float, tuple[Any, Any, float]] | None = self.__dict__.get("_wraps")
        if cache is None:
            cache = self._wraps = {}
        found = cache.get(availWidth)
        if found is None:
            # Only a paragraph made from its text alone (no bullet, no ready fragments) can share lines.
            shared = (self.text, self.style, availWidth) if self.__dict__.get("_shares") else None
            found = _breaks.get(shared) if shared else None
            if found is None:
                size = super().wrap(availWidth, availHeight)
                # Only real breaks are kept: a width too narrow for any text answers without breaking.
                if hasattr(self, "blPara"):
                    cache[availWidth] = (self.blPara, self._wrapWidths, self.height)
                    # reportlab's split changes the words of markup lines (kind 1), never simple ones.
                    if shared and self.blPara.kind == 0:
                        _breaks[shared] = cache[availWidth]
                return size
            cache[availWidth] = found
        self.blPara, self._wrapWidths, self.height = found
        self.width = availWidth
        return availWidth, self.height
