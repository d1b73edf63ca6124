"""One-line text (a plan's name, a title, a phone number): what may be in it, for typing and import alike.

A name that holds a line break, a tab or a bell, or a right-to-left override (U+202E), can make a list
lie: ``"Evil\\n99\\tFake plan"`` printed by ``verktoykasse plans`` looks like a second plan "99", and an
override shows "fdp.exe" as "exe.pdf". So in one-line fields line breaks and other whitespace controls
become a space, and every other control character and every bidirectional embedding, override and
isolate (U+202A–U+202E, U+2066–U+2069, and the invisible marks U+200E, U+200F, U+061C) is removed.
Letters of every script, emoji (with their joiners) and ordinary spaces are kept as they are.
"""

from __future__ import annotations

import re
import unicodedata

_BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# Whitespace controls become a space; the other C0/C1 controls, DEL and the bidi controls are dropped.
_TO_SPACE = re.compile("[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]")
_DROP = re.compile(f"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f{_BIDI_CONTROLS}]")


def one_line(text: str) -> str:
    """``text`` as a one-line field may hold it (see the module docstring). Spaces are left as typed."""
    return _DROP.sub("", _TO_SPACE.sub(" ", text))


def one_line_trimmed(text: str) -> str:
    """``one_line`` with runs of spaces made one and the ends trimmed: a name as it is stored and shown."""
    return " ".join(one_line(text).split())


def shows_nothing(text: str) -> bool:
    """Whether ``text`` has no character that shows: only spaces, controls and invisible format characters
    (a zero-width space or joiner, a word joiner, a byte-order mark, a soft hyphen, a bidi mark). A name of
    them alone would be a blank line in every list."""
    return all(ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf") for ch in text)


def shortened(text: str, limit: int) -> str:
    """``text`` when it has at most ``limit`` characters, else its beginning and "…" (cut at a space near
    the end when there is one): a long name inside a question or a list of names, so one word of 200
    letters cannot run off a dialog's edge. Only for what is shown beside the whole text (a tooltip, the
    list the name was chosen in), never for what is stored."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit * 2 // 3:
        cut = cut[:space]
    return cut.rstrip() + "…"
