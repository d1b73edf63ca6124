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
- the date as pasted from the field's own reading, a calendar, an e-mail or a letter: with its weekday
  (``fredag 31. desember 2027``, ``Friday, December 31, 2027``, ``fre. 31.12.2027``), checked against the
  date, and with a time after it, which is left out (``31. desember 2027 kl. 10:00``, ``31.12.2027 10:00``,
  ``2027-12-31T10:00``); no-break and thin spaces, no-break hyphens and en dashes, and invisible
  characters (zero-width spaces, a byte order mark) as a word processor or a web page leaves them,
- an empty field: no date.

Nothing is ever filled in: a date without its year (``31.12``, ``31. desember``), a month without its day
(``desember 2027``, ``12.2027``, ``2027-12``), or a day that does not exist (29.02.2023, 31. april 2024,
31.04.2024, 00.01.2024), is refused with a message saying what to change, never replaced by today's parts
or the month's last day. The message names the part left out only when that is certain: ``27. des`` lacks
the year, ``des 2027`` the day, but ``des 27`` may be the 27th or December 2027, and the message names both.
A weekday that does not fit the date (``torsdag 31. desember 2027``) is asked about; nothing is read.
A time is left out only when it is clearly one (a colon, or after "kl."): ``15.12.2027 16.12`` and
``31.12.2027 10`` are refused, with a message that the field takes a date only and the time is left out.
``31.12 10`` (day and month joined by a dot, slash or dash, then a space and a number that may be an
hour) is asked about: the year 2010, or ten o'clock? ``31.12.10`` and ``31 12 10`` are dates.
A date written month first, as in the US (``12/31/2027``), is refused with a message that the day comes
first here, showing the date so (only when read the other way round it is a date).

A two-digit year always means the 2000s (``31.12.21`` is 31 December 2021): an action plan's dates lie
in this century, and the field shows how the text was read before anything is saved, so a date meant
otherwise is seen at once. Four-digit years from 1900 to 2199 are accepted.

Messages are literal ``QCoreApplication.translate("Dates", ...)`` calls so lupdate finds them.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from verktoykasse.domain.formatting import format_date

FIRST_YEAR, LAST_YEAR = 1900, 2199
TWO_DIGIT_CENTURY = 2000

# Spaces people type or paste: ordinary, no-break, narrow no-break, the typographic ones (en, em, thin,
# figure …), ideographic, tab and a line break; and the dashes a word processor puts in (hyphen, no-break
# hyphen, figure dash, en dash, minus). Zero-width characters and a byte order mark are dropped.
_SPACES = " \u00a0\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u205f\u3000\t\r\n"
_SPACE = f"[{_SPACES}]"
_DASH = "[-\u2010\u2011\u2012\u2013\u2212]"
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SEPARATOR = rf"{_SPACE}*(?:[./]|{_DASH}){_SPACE}*|{_SPACE}+"
_PARTS = re.compile(rf"^([0-9]{{1,4}})(?:{_SEPARATOR})([0-9]{{1,2}})(?:{_SEPARATOR})([0-9]{{1,4}})\.?$")
_DIGITS = re.compile(r"^[0-9]+$")

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
_DAY = r"([0-9]{1,2})((?:st|nd|rd|th)?)"  # "31st": English ordinals
_YEAR = r"([0-9]{1,4})"
# "31. desember 2027", "31 des 2027", "31.des.2027", "31-dec-2027", "31. desember" (no year)
_DAY_WORD_YEAR = re.compile(
    rf"^{_DAY}(?:{_SPACE}*(?:[./]|{_DASH}){_SPACE}*|{_SPACE}*){_WORD}"
    rf"(?:(?:\.?{_SPACE}*(?:/|{_DASH}){_SPACE}*|\.?,?{_SPACE}*){_YEAR})?\.?$",
    re.IGNORECASE,
)
# "December 31, 2027", "Dec. 31 2027", "December 31st" (no year)
_WORD_DAY_YEAR = re.compile(
    rf"^{_WORD}\.?{_SPACE}*{_DAY}(?:(?:,?{_SPACE}+|,|{_SPACE}*(?:[./]|{_DASH}){_SPACE}*){_YEAR})?\.?$",
    re.IGNORECASE,
)

# "desember 2027": a month and a year, but which day?
_WORD_YEAR = re.compile(rf"^{_WORD}\.?,?{_SPACE}*([0-9]{{4}})\.?$", re.IGNORECASE)
# "12.2027", "12/27" (a month and a year, like a card's expiry) and "2027-12" (the international order)
_MONTH_YEAR = re.compile(rf"^([0-9]{{1,2}})(?:{_SEPARATOR})([0-9]{{1,2}}|[0-9]{{4}})\.?$")
_YEAR_MONTH = re.compile(rf"^([0-9]{{4}})(?:{_SEPARATOR})([0-9]{{1,2}})$")

# The weekday a date is often copied with ("fredag 31. desember 2027", "Friday, December 31, 2027"):
# bokmål and English names and their usual abbreviations (not the two-letter ones: "to" and "on" are
# words). Read, then checked against the date, never used to move it.
_WEEKDAY_NAMES: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("mandag", "man", "monday", "mon"),
        ("tirsdag", "tir", "tirs", "tuesday", "tue", "tues"),
        ("onsdag", "ons", "wednesday", "wed"),
        ("torsdag", "tor", "tors", "thursday", "thu", "thur", "thurs"),
        ("fredag", "fre", "friday", "fri"),
        ("lørdag", "lør", "saturday", "sat"),
        ("søndag", "søn", "sunday", "sun"),
    ),
    start=1,
):
    _WEEKDAY_NAMES.update(dict.fromkeys(_names, _number))
_WEEKDAY = re.compile(rf"^{_WORD}(?:\.?,?{_SPACE}+|\.,?|,)(.*)$", re.IGNORECASE | re.DOTALL)

# The time pasted with a date from a calendar or a letter ("… kl. 10:00", "… kl. 10.00–11.30", "… 10:00",
# "… at 10:00 AM", "2027-12-31T10:00:00"): the field holds a date, so the time is left out and the date is
# read as ever. A time with a dot is one only after "kl." ("31.12.2027 16.12" may be two dates).
_HOUR = r"(?:[01]?[0-9]|2[0-3])"
_COLON_CLOCK = rf"{_HOUR}:[0-5][0-9](?::[0-5][0-9](?:[.,][0-9]+)?)?"
_KL_CLOCK = rf"{_HOUR}(?:[:.][0-5][0-9](?::[0-5][0-9])?)?"
_AM_PM = rf"(?:{_SPACE}*[ap]\.?m\.?)?"
_BEFORE_TIME = rf"(?:,{_SPACE}*|{_SPACE}+)"


def _span(clock: str) -> str:
    """A time, or from one time to another ("10:00–11:30")."""
    return rf"{clock}{_AM_PM}(?:{_SPACE}*{_DASH}{_SPACE}*{clock}{_AM_PM})?"


# A time without "kl." or a colon ("… 10.00", "… 10"): it may be one, or something else (a second date, a
# slip). Never left out: a date followed by it is refused with a message that the field takes a date only.
_DOT_CLOCK = rf"{_HOUR}(?:\.[0-5][0-9])?"
_LOOKS_LIKE_TIME_AFTER = re.compile(rf"{_SPACE}+{_span(_DOT_CLOCK)}$", re.IGNORECASE)

# "31.12 10": day and month with a dot (slash, dash) between them, then a space and a number that may be
# a two-digit year or an hour. Asked about, never read as 2010: the year comes after a dot as the month
# does ("31.12.10"), and a time is not part of a date. "31 12 10" (spaces throughout) is a date.
_YEAR_OR_HOUR = re.compile(
    rf"^[0-9]{{1,2}}{_SPACE}*(?:[./]|{_DASH}){_SPACE}*[0-9]{{1,2}}\.?{_SPACE}+({_HOUR}|24)$"
)

_TIME_AFTER = re.compile(
    rf"(?:{_BEFORE_TIME}(?:at{_SPACE}+)?{_span(_COLON_CLOCK)}"
    rf"|{_BEFORE_TIME}(?:kl|klokka|klokken)\.?{_SPACE}*{_span(_KL_CLOCK)}"
    rf"|(?<=[0-9])T{_COLON_CLOCK})$",
    re.IGNORECASE,
)


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


def _add_the_day() -> str:
    return QCoreApplication.translate("Dates", "Please add the day, for example 31.12.2027.")


def _day_or_year(number_text: str, month: int) -> str:
    """ "des 27": the 27th of December without its year, or December 2027 without its day? Both are named."""
    number = int(number_text)
    year = TWO_DIGIT_CENTURY + number
    return QCoreApplication.translate(
        "Dates",
        "Is this {day} {month} or {month} {year}? Please write day, month and year, for example {example}.",
    ).format(
        day=number,
        month=QLocale().monthName(month, QLocale.FormatType.LongFormat),
        year=year,
        example=f"{number:02d}.{month:02d}.{year}",
    )


def _named_month(text: str) -> tuple[str, int, str | None, str] | None:
    """Day, month, year (``None`` when not written) and how the month was placed of a date whose month is a
    word, else ``None``: ``"first"`` for "des 27" and "December 31", ``"ordinal"`` for "December 31st"
    (the number is a day), ``"after"`` for "31. des"."""
    found = _DAY_WORD_YEAR.match(text)
    if found is not None and (month := _MONTH_NAMES.get(found[3].casefold())) is not None:
        return found[1], month, found[4], "after"
    found = _WORD_DAY_YEAR.match(text)
    if found is not None and (month := _MONTH_NAMES.get(found[1].casefold())) is not None:
        return found[2], month, found[4], "ordinal" if found[3] else "first"
    return None


def _without_year(number: str, month: int, placed: str) -> str:
    """What to say of a month word with one number and no year: "31. des" lacks the year; "des 27" may be
    the 27th or December 2027 and both are named; "des 45" can only be December 2045 and lacks the day."""
    if placed == "first" and len(number) == 2:
        return _day_or_year(number, month) if 1 <= int(number) <= 31 else _add_the_day()
    return _add_the_year() if 1 <= int(number) <= 31 else _examples()


def _what_is_missing(text: str) -> str:
    """The message for text that is no whole date: the part left out when that is certain, else how to
    write one. "31.12" lacks the year; "12.2027", "12.45", "2027-12" and "desember 2027" lack the day."""
    found = _MONTH_YEAR.match(text)
    if found is not None:
        first, second = int(found[1]), int(found[2])
        if len(found[2]) <= 2 and 1 <= second <= 12:
            return _add_the_year() if 1 <= first <= 31 else _examples()
        if 1 <= first <= 12 and (len(found[2]) == 4 or second > 31):
            return _add_the_day()
        return _examples()  # "12/27": December 2027, or the 27th written month first? Not guessed.
    found = _YEAR_MONTH.match(text)
    if found is not None:
        return _add_the_day() if 1 <= int(found[2]) <= 12 else _examples()
    found = _WORD_YEAR.match(text)
    if found is not None and found[1].casefold() in _MONTH_NAMES:
        return _add_the_day()
    return _examples()


# No date, however written, is longer: a longer text (a paragraph pasted by mistake) is refused before any
# pattern looks at it, so reading never slows down however much is pasted.
_LONGEST = 100


def _clean(text: str) -> str:
    """The text without invisible characters, spaces at the ends, or a time written after the date."""
    cleaned = _INVISIBLE.sub("", text).strip(_SPACES)
    if len(cleaned) > _LONGEST:
        raise InvalidDate(_examples())
    return _TIME_AFTER.sub("", cleaned, count=1)


def parse_date(text: str) -> dt.date | None:
    """The date ``text`` means, ``None`` for an empty field; ``InvalidDate`` when it cannot be read.

    A weekday written before the date ("fredag 31. desember 2027", as the field spells a date out) is
    checked against the date: when they disagree nothing is read and the message names both.
    """
    cleaned = _clean(text)
    if not cleaned:
        return None
    weekday = None
    found = _WEEKDAY.match(cleaned)
    if found is not None and found[2] and found[1].casefold() in _WEEKDAY_NAMES:
        weekday, cleaned = _WEEKDAY_NAMES[found[1].casefold()], found[2]
    try:
        value = _read(cleaned)
    except InvalidDate:
        _refuse_a_date_with_a_time(cleaned)
        raise
    _refuse_a_year_that_may_be_an_hour(cleaned, value)
    if weekday is not None and value.isoweekday() != weekday:
        locale = QLocale()
        raise InvalidDate(
            QCoreApplication.translate(
                "Dates", "{date} is a {weekday}, not a {typed}. Please check the date."
            ).format(
                date=format_date(value),
                weekday=locale.dayName(value.isoweekday(), QLocale.FormatType.LongFormat),
                typed=locale.dayName(weekday, QLocale.FormatType.LongFormat),
            )
        )
    return value


def _refuse_a_year_that_may_be_an_hour(cleaned: str, value: dt.date) -> None:
    """ "31.12 10": the 31st of December 2010, or the 31st of December at ten o'clock? Not guessed: the
    message names both and shows how to write the date."""
    found = _YEAR_OR_HOUR.match(cleaned)
    if found is None:
        return
    raise InvalidDate(
        QCoreApplication.translate(
            "Dates",
            "Is {number} the year {year} or a time? For the year write {date}; "
            "a time is left out of this field.",
        ).format(number=found[1], year=value.year, date=format_date(value))
    )


def _refuse_a_date_with_a_time(cleaned: str) -> None:
    """ "31.12.2027 10.00" and "31.12.2027 10": a date and what may be a time. Nothing is read (it may be
    something else), but the message says what to change: leave the time out."""
    date_part = _LOOKS_LIKE_TIME_AFTER.sub("", cleaned, count=1)
    if date_part == cleaned:
        return
    try:
        value = _read(date_part)
    except InvalidDate:
        return
    raise InvalidDate(
        QCoreApplication.translate(
            "Dates", "This field takes a date only: please leave the time out and write just {date}."
        ).format(date=format_date(value))
    )


def _read(cleaned: str) -> dt.date:
    if _DIGITS.match(cleaned):
        if len(cleaned) not in (6, 8):  # 311221 or 31122021: two-digit day and month, then the year
            raise InvalidDate(_examples())
        day, month, year = cleaned[:2], cleaned[2:4], cleaned[4:]
        year_first = False
    elif named := _named_month(cleaned):
        number, month, year, placed = named
        if year is None:
            raise InvalidDate(_without_year(number, month, placed))
        return _make(int(number), month, year)
    else:
        match = _PARTS.match(cleaned)
        if match is None:
            raise InvalidDate(_what_is_missing(cleaned))
        first, month, last = match.groups()
        year_first = len(first) == 4
        if year_first:  # 2021-12-31: the year first, as in ISO 8601
            year, day = first, last
            if len(day) > 2:
                raise InvalidDate(_examples())
        elif len(first) <= 2:
            day, year = first, last
        else:
            raise InvalidDate(_examples())
    if not year_first:  # the day first, or perhaps the month first as in the US
        _refuse_the_month_first(int(day), int(month), year)
    return _make(int(day), int(month), year)


def _refuse_the_month_first(day: int, month: int, year_text: str) -> None:
    """ "12/31/2027", as written in the US: no month 31, but read the other way round a date. Nothing is
    read; the message says that the day comes first here, and shows this date so."""
    if month <= 12 or len(year_text) not in (2, 4):
        return
    year = int(year_text) + (TWO_DIGIT_CENTURY if len(year_text) == 2 else 0)
    try:
        swapped = dt.date(year, day, month)
    except ValueError:
        return
    if FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidDate(
            QCoreApplication.translate(
                "Dates", "There is no month {month}. Write the day first, for example {date}."
            ).format(month=month, date=format_date(swapped))
        )


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
