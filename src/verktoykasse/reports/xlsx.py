"""The plan as an Excel workbook for the accountant, or anyone who wants to sort, filter or chart it.

One sheet per table of ``reports.content`` (measures, milestones, KPIs, measurements, gaps and, when
anything costs something, the budget per measure and per year with ``SUM`` formulas for the totals), in
the plan's report language. Real Excel types: dates are dates, numbers numbers, money in kroner, a KPI in
"%" a percentage. The header row is frozen and has an autofilter; columns are as wide as their text.

Safe by construction, whatever the user typed:
- text is always written as text (``write_string``), never read as a formula; text that begins with
  = + - @, a tab or a line break also gets Excel's quote prefix, so editing the cell keeps it text;
- a cell longer than Excel's 32,767 characters is cut with a visible mark, and named for the user
  (``build_workbook``'s ``shortened``, ``domain.shortened.spreadsheet_note``);
- characters XML cannot hold are dropped or shown as � (``text.office_text``);
- sheet names obey Excel's rules (``sheet_name``);
- the file is written whole or not at all (``document.write_report``, ``files.write_atomically``).
"""

from __future__ import annotations

import datetime as dt
import io
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from verktoykasse.domain.shortened import ShortenedText, row_title
from verktoykasse.reports.content import Cell, Money, Percent, Table, data_tables
from verktoykasse.reports.text import office_text
from verktoykasse.storage.models import Plan

if TYPE_CHECKING:
    from verktoykasse.catalogue import Catalogue

MAX_CELL = 32_767  # Excel's limit, in UTF-16 code units
MAX_SHEET_NAME = 31
_SHEET_FORBIDDEN = str.maketrans({ch: "_" for ch in "[]:*?/\\"})
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
DATE_FORMAT = "dd.mm.yyyy"  # as everywhere in the program, in both languages
MONEY_FORMAT = '"kr" #,##0'
MIN_WIDTH, MAX_WIDTH = 6, 60


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def cut_mark() -> str:
    from verktoykasse.domain.shortened import cut_mark

    return cut_mark()


def cell_text(value: object) -> str:
    """User text as a cell can hold it: XML-safe, and cut with a visible mark past Excel's limit."""
    return fitted_cell_text(value)[0]


def fitted_cell_text(value: object) -> tuple[str, int]:
    """``cell_text`` and how many characters the whole text has when it was cut (0: not cut)."""
    text = office_text(value)
    if len(text) <= MAX_CELL // 2 or _utf16_length(text) <= MAX_CELL:
        return text, 0
    mark = cut_mark()
    room = MAX_CELL - _utf16_length(mark)
    kept = text[:room]
    while _utf16_length(kept) > room:  # characters outside the BMP count twice
        kept = kept[:-1]
    return kept + mark, len(text)


def looks_like_formula(text: str) -> bool:
    """Text a spreadsheet would take for a formula if it were typed or pasted into a cell."""
    return text.startswith(FORMULA_STARTS)


def sheet_name(title: str, used: set[str]) -> str:
    """``title`` as a sheet name Excel accepts: no ``[]:*?/\\``, not blank, at most 31 characters, no
    apostrophe at either end, not "History", and unique (case-insensitively) among ``used``."""
    name = " ".join(office_text(title).translate(_SHEET_FORBIDDEN).split()).strip("'")
    if not name or name.casefold() == "history":
        name = f"{name or 'Sheet'} {len(used) + 1}".strip()
    name = name[:MAX_SHEET_NAME].strip().strip("'")
    candidate, number = name, 1
    while candidate.casefold() in {u.casefold() for u in used}:
        number += 1
        suffix = f" ({number})"
        candidate = name[: MAX_SHEET_NAME - len(suffix)].rstrip() + suffix
    used.add(candidate)
    return candidate


class _Writer:
    """The workbook's formats, made once, and writing one typed cell."""

    def __init__(self, workbook) -> None:
        self.shortened: list[ShortenedText] = []  # the cells cut to Excel's limit, by where they are
        self.cut: list[tuple[int, int, int, int]] = []  # of the sheet being written: row, column, lengths
        add = workbook.add_format
        self.text = add({"valign": "top"})
        self.quoted = add({"valign": "top", "quote_prefix": True})
        self.number = add({"valign": "top"})
        self.date = add({"valign": "top", "num_format": DATE_FORMAT})
        self.money = add({"valign": "top", "num_format": MONEY_FORMAT})
        self.percent = add({"valign": "top", "num_format": "0%"})
        self.percent_decimals = add({"valign": "top", "num_format": "0.0#%"})
        self.header = add(
            {"bold": True, "bg_color": "#E8EEF4", "bottom": 1, "valign": "top", "text_wrap": True}
        )
        self.total_label = add({"bold": True, "top": 1})
        self.total_money = add({"bold": True, "top": 1, "num_format": MONEY_FORMAT})
        self.total_number = add({"bold": True, "top": 1})

    def write(self, sheet, row: int, column: int, value: Cell) -> int:
        """Write ``value`` with its Excel type; returns how many characters it shows (for the width)."""
        if value is None:
            return 0
        if isinstance(value, Money):
            sheet.write_number(row, column, round(value.value, 2), self.money)
            return len(f"kr {value.value:,.0f}")
        if isinstance(value, Percent):
            fraction = value.value / 100
            whole = float(value.value).is_integer()
            sheet.write_number(row, column, fraction, self.percent if whole else self.percent_decimals)
            return len(f"{value.value:g} %")
        if isinstance(value, bool):
            value = str(value)
        if isinstance(value, (int, float)):
            if not math.isfinite(value):
                return self.write_text(sheet, row, column, str(value))
            sheet.write_number(row, column, value, self.number)
            return len(f"{value:,}")
        if isinstance(value, dt.date):
            day = value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())
            sheet.write_datetime(row, column, day, self.date)
            return 10
        return self.write_text(sheet, row, column, value)

    def write_text(self, sheet, row: int, column: int, value: object, style=None) -> int:
        """Write a text cell; one cut to Excel's limit is remembered in ``cut`` (row, column, lengths)."""
        text, whole = fitted_cell_text(value)
        if not text:
            return 0
        if whole:
            self.cut.append((row, column, whole, len(text) - len(cut_mark())))
        if style is None:
            style = self.quoted if looks_like_formula(text) or looks_like_formula(str(value)) else self.text
        sheet.write_string(row, column, text, style)
        return max((len(line) for line in text[:2000].split("\n")), default=0)


def _cell_place(table: Table, index: int, column: int) -> str:
    """A cell in plain words: its sheet, its row by the row's first text ("Measures “Mentorordning”"),
    else by its number, and its column."""
    row = table.rows[index - 1] if 0 < index <= len(table.rows) else ()
    titles = (cell for number, cell in enumerate(row[:3]) if number != column and isinstance(cell, str))
    first = next((cell for cell in titles if cell.strip()), "")
    place = f"{table.title} “{row_title(first)}”" if first else f"{table.title} {index}"
    name = table.columns[column] if column < len(table.columns) else ""
    return f"{place} → {name}" if name else place


def _column_letter(column: int) -> str:
    from xlsxwriter.utility import xl_col_to_name

    return xl_col_to_name(column)


def _write_table(workbook, writer: _Writer, table: Table, used: set[str]) -> None:
    sheet = workbook.add_worksheet(sheet_name(table.title, used))
    widths = [min(max(len(name), MIN_WIDTH), 30) for name in table.columns]
    for column, name in enumerate(table.columns):
        writer.write_text(sheet, 0, column, name, writer.header)
    for index, row in enumerate(table.rows, start=1):
        for column, value in enumerate(row):
            shown = writer.write(sheet, index, column, value)
            widths[column] = max(widths[column], shown + 1)
    for index, column, whole, kept in writer.cut:
        writer.shortened.append(ShortenedText(_cell_place(table, index, column), whole, kept))
    writer.cut.clear()
    last = len(table.rows)
    if table.total_label and table.rows:
        totals = table.totals()
        below = last + 1
        for column, value in enumerate(totals):
            if column in table.summed:
                letter = _column_letter(column)
                formula = f"=SUM({letter}2:{letter}{last + 1})"
                is_money = isinstance(value, Money)
                result = value.value if isinstance(value, Money) else value
                sheet.write_formula(
                    below, column, formula, writer.total_money if is_money else writer.total_number, result
                )
            elif value is not None:
                writer.write_text(sheet, below, column, value, writer.total_label)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(last, 0), len(table.columns) - 1)
    for column, width in enumerate(widths):
        sheet.set_column(column, column, min(max(width, MIN_WIDTH), MAX_WIDTH))


def build_workbook(
    plan: Plan,
    today: dt.date | None = None,
    language: str | None = None,
    *,
    catalogue: Catalogue | None,
    shortened: list[ShortenedText] | None = None,
) -> bytes:
    """The plan's workbook in memory, in ``language`` (else the plan's report language). A text longer
    than a cell holds is cut with a visible mark and added to ``shortened`` (where it is, in plain words,
    for ``domain.shortened.spreadsheet_note``)."""
    import xlsxwriter

    from verktoykasse.i18n import report_language

    buffer = io.BytesIO()
    with report_language(language or plan.report_language):
        tables = data_tables(plan, today or dt.date.today(), catalogue)
        workbook = xlsxwriter.Workbook(
            buffer,
            {
                "in_memory": True,
                # Never guess: text stays text, whatever it looks like.
                "strings_to_formulas": False,
                "strings_to_numbers": False,
                "strings_to_urls": False,
            },
        )
        workbook.set_properties(
            {
                "title": cell_text(plan.name)[:255],
                "company": cell_text(plan.org_name)[:255],
                "subject": QCoreApplication.translate("Report", "Action plan"),
                "comments": "Verktøykassa",
            }
        )
        writer = _Writer(workbook)
        used: set[str] = set()
        for table in tables:
            _write_table(workbook, writer, table, used)
        workbook.close()
        if shortened is not None:
            shortened.extend(writer.shortened)
    return buffer.getvalue()
