"""Reading a date the way people type it, and saying back how it was read.

Every date field in the program reads its text with ``parse_date``, so one set of rules holds everywhere
and can be tested without a screen. Understood (day first, as Norwegians write dates):

- ``31.12.2021``, ``31/12/2021``, ``31-12-2021`` and ``31 12 2021`` (dots, slashes, dashes or spaces
  between day, month and year; one-digit days and months such as ``1.2.2027`` too),
- ``2021-12-31`` (the international order, recognised by its four-digit year first),
- ``311221`` and ``31122021`` (six or eight digits with nothing between them),
- the month written as a word, in bokmål or English whatever the window's language, upper or lower case:
  ``31. desember 2027``, ``31 des 2027``, ``31. des. 2027``, ``31.des.27``, ``1. januar 2028``,
  ``31 December 2027``, ``31st Dec 2027`` and ``December 31, 2027`` (the English order, month first).
  The names are the whole names and their usual abbreviations (bokmål jan, feb, mar/mars, apr, mai, jun,
  jul, aug, sep/sept, okt, nov, des; English jan … dec, sep/sept), with or without the dot; any other
  word is not a month and the text is refused,
- an empty field: no date.

Nothing is ever filled in: a date without its year (``31.12``, ``31. desember``), a month without its day
(``desember 2027``), or a day that does not exist (29.02.2023, 31. april 2024, 31.04.2024, 00.01.2024), is
refused with a message saying what to change, never replaced by today's parts or the month's last day.

A two-digit year always means the 2000s (``31.12.21`` is 31 December 2021): an action plan's dates lie
in this century, and the field shows how the text was read before anything is saved, so a date meant
otherwise is seen at once. Four-digit years from 1900 to 2199 are accepted.

Messages are literal ``QCoreApplication.translate("Dates", ...)`` calls so lupdate finds them.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale

FIRST_YEAR, LAST_YEAR = 1900, 2199
TWO_DIGIT_CENTURY = 2000

# Spaces people type or paste: ordinary, no-break, narrow no-break, thin, tab.
_SPACE = "[ \u00a0\u202f\u2009\t]"
_SEPARATOR = rf"{_SPACE}*[./-]{_SPACE}*|{_SPACE}+"
_PARTS = re.compile(rf"^([0-9]{{1,4}})(?:{_SEPARATOR})([0-9]{{1,2}})(?:{_SEPARATOR})([0-9]{{1,4}})\.?$")
_DIGITS = re.compile(r"^[0-9]+$")
_DAY_MONTH = re.compile(rf"^[0-9]{{1,2}}(?:{_SEPARATOR})[0-9]{{1,2}}\.?$")

# Months written as words: bokmål and English names and their usual abbreviations, compared case-folded.
_MONTH_NAMES: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("januar", "jan", "january"),
        ("februar", "feb", "february"),
        ("mars", "mar", "march"),
        ("april", "apr"),
        ("mai", "may"),
        ("juni", "jun", "june"),
        ("juli", "jul", "july"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "okt", "october", "oct"),
        ("november", "nov"),
        ("desember", "des", "december", "dec"),
    ),
    start=1,
):
    _MONTH_NAMES.update(dict.fromkeys(_names, _number))
_WORD = r"([^\W\d_]+)"
_DAY = r"([0-9]{1,2})(?:st|nd|rd|th)?"  # "31st": English ordinals
_YEAR = r"([0-9]{1,4})"
# "31. desember 2027", "31 des 2027", "31.des.2027", "31-dec-2027", "31. desember" (no year)
_DAY_WORD_YEAR = re.compile(
    rf"^{_DAY}(?:{_SPACE}*[./-]{_SPACE}*|{_SPACE}*){_WORD}"
    rf"(?:(?:\.?{_SPACE}*[/-]{_SPACE}*|\.?,?{_SPACE}*){_YEAR})?\.?$",
    re.IGNORECASE,
)
# "December 31, 2027", "Dec. 31 2027", "December 31st" (no year)
_WORD_DAY_YEAR = re.compile(
    rf"^{_WORD}\.?{_SPACE}*{_DAY}(?:(?:,?{_SPACE}+|,|{_SPACE}*[./-]{_SPACE}*){_YEAR})?\.?$", re.IGNORECASE
)

# "desember 2027": a month and a year, but which day?
_WORD_YEAR = re.compile(rf"^{_WORD}\.?,?{_SPACE}*([0-9]{{4}})\.?$", re.IGNORECASE)


class InvalidDate(ValueError):
    """Text that is not a date; ``message`` is translated and says what to change."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _examples() -> str:
    return QCoreApplication.translate(
        "Dates", "Write the date as day, month and year, for example 31.12.2027."
    )


def _add_the_year() -> str:
    return QCoreApplication.translate("Dates", "Please add the year, for example 31.12.2027.")


def _named_month(text: str) -> tuple[str, int, str | None] | None:
    """Day, month and year (``None`` when not written) of a date whose month is a word, else ``None``."""
    for pattern, day_group, word_group in ((_DAY_WORD_YEAR, 1, 2), (_WORD_DAY_YEAR, 2, 1)):
        found = pattern.match(text)
        if found is not None:
            month = _MONTH_NAMES.get(found[word_group].casefold())
            if month is not None:
                return found[day_group], month, found[3]
    return None


def parse_date(text: str) -> dt.date | None:
    """The date ``text`` means, ``None`` for an empty field; ``InvalidDate`` when it cannot be read."""
    cleaned = re.sub(rf"^{_SPACE}+|{_SPACE}+$", "", text)
    if not cleaned:
        return None
    if _DIGITS.match(cleaned):
        if len(cleaned) not in (6, 8):  # 311221 or 31122021: two-digit day and month, then the year
            raise InvalidDate(_examples())
        day, month, year = cleaned[:2], cleaned[2:4], cleaned[4:]
    elif named := _named_month(cleaned):
        day, month, year = named
        if year is None:
            raise InvalidDate(_add_the_year())
        return _make(int(day), month, year)
    else:
        match = _PARTS.match(cleaned)
        if match is None:
            if _DAY_MONTH.match(cleaned):
                raise InvalidDate(_add_the_year())
            month_and_year = _WORD_YEAR.match(cleaned)
            if month_and_year is not None and month_and_year[1].casefold() in _MONTH_NAMES:
                raise InvalidDate(
                    QCoreApplication.translate("Dates", "Please add the day, for example 31.12.2027.")
                )
            raise InvalidDate(_examples())
        first, month, last = match.groups()
        if len(first) == 4:  # 2021-12-31: the year first, as in ISO 8601
            year, day = first, last
            if len(day) > 2:
                raise InvalidDate(_examples())
        elif len(first) <= 2:
            day, year = first, last
        else:
            raise InvalidDate(_examples())
    return _make(int(day), int(month), year)


def _make(day: int, month: int, year_text: str) -> dt.date:
    if len(year_text) == 2:
        year = TWO_DIGIT_CENTURY + int(year_text)
    elif len(year_text) == 4:
        year = int(year_text)
    else:
        raise InvalidDate(
            QCoreApplication.translate(
                "Dates", "Write the year with two or four digits, for example 2027 or 27."
            )
        )
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidDate(
            QCoreApplication.translate("Dates", "The year must be between {first} and {last}.").format(
                first=FIRST_YEAR, last=LAST_YEAR
            )
        )
    if not 1 <= month <= 12:
        raise InvalidDate(
            QCoreApplication.translate("Dates", "There is no month {month}: the month is 1 to 12.").format(
                month=month
            )
        )
    try:
        return dt.date(year, month, day)
    except ValueError:
        pass
    last_day = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
    month_name = QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)
    message = QCoreApplication.translate("Dates", "{month} {year} has days 1 to {last}, not {day}.").format(
        month=month_name[:1].upper() + month_name[1:], year=year, last=last_day, day=day
    )
    raise InvalidDate(message)


def format_long_date(value: dt.date) -> str:
    """The date spelt out in the user's language ("fredag 31. desember 2021"), to show how it was read."""
    # A QDate pattern, translated like a sentence: dddd weekday, d day, MMMM month, yyyy year
    # (bokmål "dddd d. MMMM yyyy"), so each language writes a date its own way.
    pattern = QCoreApplication.translate("Dates", "dddd d MMMM yyyy")
    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)
