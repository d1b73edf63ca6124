"""Texts an export had to cut to fit its file, and the one sentence that tells the user which.

A plan file holds at most ``validation.LONGEST_TEXT`` characters in a text (a name fewer), and an Excel
cell 32,767; a database from version 0.1.0, which had no limit, may hold longer texts. An export never
stops on them: it cuts each to what the file holds and names it here, in plain words, so the user knows
which text travelled shortened and that the whole text is still in the program (``exchange.plan_json``,
``reports.xlsx``). Nothing in the database is changed by an export.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

# How many shortened texts a message names; the rest are counted.
NAMED = 5
# How much of a row's own title names it in a message ("Measures “Mentorordning” → Description").
TITLE_SHOWN = 40


class ShortenedText(NamedTuple):
    """One text cut by an export: where it is (plain words, translated), how long it is, what was kept."""

    where: str
    length: int
    kept: int


def row_title(text: object) -> str:
    """A row's title as a message names it: one line, at most ``TITLE_SHOWN`` characters."""
    words = " ".join(str(text or "").split())
    return words if len(words) <= TITLE_SHOWN else words[: TITLE_SHOWN - 1].rstrip() + "…"


def listed(items: list[ShortenedText]) -> str:
    """The texts, each where it is and how long, for a sentence: the first ``NAMED``, then a count."""
    from verktoykasse.domain.formatting import format_number

    each = QCoreApplication.translate("Shortened", "{where} ({length} characters, {kept} kept)")
    named = [
        each.format(where=item.where, length=format_number(item.length), kept=format_number(item.kept))
        for item in items[:NAMED]
    ]
    if len(items) > NAMED:
        named.append(
            QCoreApplication.translate("Shortened", "{count} more").format(
                count=format_number(len(items) - NAMED)
            )
        )
    return "; ".join(named)


def plan_file_note(items: list[ShortenedText]) -> str:
    """What a plan file written with ``items`` cut tells the user ("" when nothing was cut)."""
    if not items:
        return ""
    return QCoreApplication.translate(
        "Shortened",
        "Some texts are longer than a plan file holds, so the file has them shortened: {texts}. The whole "
        "texts are still in Verktøykassa; shorten them there to carry everything.",
    ).format(texts=listed(items))


def spreadsheet_note(items: list[ShortenedText]) -> str:
    """What an Excel workbook written with ``items`` cut tells the user ("" when nothing was cut)."""
    if not items:
        return ""
    return QCoreApplication.translate(
        "Shortened",
        "Some texts are longer than an Excel cell holds, so the workbook has them shortened and marked "
        "“{mark}”: {texts}. The PDF and the Word document have the whole texts.",
    ).format(mark=cut_mark(), texts=listed(items))


def cut_mark() -> str:
    """The mark at the end of a text an Excel cell holds shortened."""
    return QCoreApplication.translate("Report", "…(cut, see the PDF)")
