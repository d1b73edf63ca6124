"""One-line text (a plan's name, a title, a phone number): what may be in it, for typing and import alike.

A name that holds a line break, a tab or a bell, or a right-to-left override (U+202E), can make a list
lie: ``"Evil\\n99\\tFake plan"`` printed by ``verktoykasse plans`` looks like a second plan "99", and an
override shows "fdp.exe" as "exe.pdf". So in one-line fields line breaks and other whitespace controls
become a space, and every other control character and every bidirectional embedding, override and
isolate (U+202A–U+202E, U+2066–U+2069, and the invisible marks U+200E, U+200F, U+061C) is removed.
Letters of every script, emoji (with their joiners) and ordinary spaces are kept as they are.

What is printed on a terminal (a path the user gave, a name stored in a plan, a message with either in
it) goes through ``visible``: the same characters are not dropped there but shown as escapes
(``\\x1b``, ``\\u202e``), so the text cannot clear the screen or fake a line, and what was in it can
still be seen and told to support.
"""

from __future__ import annotations

import re

_BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# Whitespace controls become a space; the other C0/C1 controls, DEL and the bidi controls are dropped.
_TO_SPACE = re.compile("[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]")
_DROP = re.compile(f"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f{_BIDI_CONTROLS}]")
# What a terminal must not be given as it is: every C0 and C1 control and DEL, the line and paragraph
# separators, the bidi controls, and lone surrogates (a file name's undecodable bytes, which no encoding
# can write). A zero-width joiner is kept: emoji are made with it.
_HIDDEN = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_BIDI_CONTROLS}\ud800-\udfff]")
_HIDDEN_BUT_LINES = re.compile(f"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029{_BIDI_CONTROLS}\ud800-\udfff]")
_SHORT = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


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
    import unicodedata  # here, not with the module: the plans are listed without it

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


def _escape(found: re.Match[str]) -> str:
    ch = found[0]
    if ch in _SHORT:
        return _SHORT[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, *, lines: bool = False) -> str:
    """``text`` as a terminal may be given it: control characters, bidi controls and lone surrogates shown
    as escapes (``"Rapport\\x1b[2J.pdf"``, ``"\\u202efdp.exe"``, ``"\\t"``); letters of every script, emoji
    and spaces as they are. ``lines``: line breaks are kept (a text of several lines, such as a help)."""
    return (_HIDDEN_BUT_LINES if lines else _HIDDEN).sub(_escape, text)


def visible_json(text: str) -> str:
    """JSON text (``json.dumps(..., ensure_ascii=False)``) as a terminal may be given it: the characters
    ``visible`` shows as escapes become JSON's own ``\\uXXXX``, so the JSON reads back the same. (Every such
    character is inside a string: JSON's own layout is ASCII, spaces and line breaks.)"""
    return _HIDDEN_BUT_LINES.sub(lambda found: f"\\u{ord(found[0]):04x}", text)
