"""Tooltips that show a user's text as typed.

Qt shows a tooltip as rich text when it looks like markup: a plan named "<b>Lager</b> & kantine" showed
"Lager" in bold and lost its tags. What the user typed goes into a tooltip through ``literal``.
"""

from __future__ import annotations


def literal(text: str) -> str:
    """``text`` as a tooltip that shows it literally (line breaks kept); unchanged when it has nothing a
    tooltip could read as markup."""
    if "<" not in text and "&" not in text:
        return text
    import html

    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"
