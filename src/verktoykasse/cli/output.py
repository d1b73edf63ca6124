"""Printing for the commands: every text a command prints goes through ``say``.

A path the user gave or a name stored in a plan may hold an escape character or a right-to-left override
that would clear the terminal or fake a line; ``say`` shows such characters as escapes
(``domain.lines.visible``). And on a console whose encoding lacks a letter (cp1252 on a Norwegian Windows,
when ``use_utf8_output`` could not switch it to UTF-8) the letter becomes "?" instead of the command
ending with a UnicodeEncodeError.
"""

from __future__ import annotations

import sys
from typing import TextIO


def visible(text: str, *, lines: bool = False) -> str:
    """``domain.lines.visible``, imported when first printed: the window's start (through ``cli.main``)
    does not pay for it and for ``unicodedata`` before the window shows."""
    from verktoykasse.domain.lines import visible as shown

    return shown(text, lines=lines)


def printable(text: str, file: TextIO | None) -> str:
    """``text`` as the stream ``file`` can write it: a letter its encoding lacks becomes "?"."""
    encoding = getattr(file, "encoding", None) or "utf-8"
    try:
        return text.encode(encoding, "replace").decode(encoding)
    except LookupError:  # an encoding Python does not know: ASCII is written by every console
        return text.encode("ascii", "replace").decode("ascii")


def say(text: str, *, file: TextIO | None = None, lines: bool = False) -> None:
    """Print ``text`` (one line; ``lines``: several) with its control characters shown, on any console."""
    stream = sys.stdout if file is None else file
    print(printable(visible(text, lines=lines), stream), file=stream)


def say_json(text: str) -> None:
    """Print JSON for a script: what ``say`` shows as escapes becomes JSON's own ``\\uXXXX``, so the JSON
    still reads back the same (``say`` would make ``\\x7f``, which JSON does not know)."""
    from verktoykasse.domain.lines import visible_json

    print(printable(visible_json(text), sys.stdout))


def say_columns(*cells: object) -> None:
    """Print one line of cells separated by tabs (``id<TAB>name``, for scripts): each cell with its control
    characters shown, so a tab in a name cannot make a column of its own."""
    shown = "\t".join(visible(str(cell)) for cell in cells)
    print(printable(shown, sys.stdout))


def complain(message: str) -> None:
    """A problem, on standard error after the program's name: one line whatever the message holds."""
    say(f"verktoykasse: {message}", file=sys.stderr)
