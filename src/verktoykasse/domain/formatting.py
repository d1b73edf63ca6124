"""Dates, numbers and money in the user's locale (31.12.2027, 1 234,5, kr 1 234), shared by the window,
the reports and the command line. QLocale's default is set once the language is chosen (``i18n``)."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QDate, QLocale

# How dates are shown and typed everywhere, in both languages (date edits: ``setDisplayFormat``).
DATE_FORMAT = "dd.MM.yyyy"
# QLocale writes whole numbers as 64-bit integers; a number as large as this or larger (a sum of huge
# amounts, a figure of an old plan) is written in scientific form instead, never an error in a report.
_WHOLE_LIMIT = 2.0**63


def _locale() -> QLocale:
    return QLocale()


def format_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return _locale().toString(QDate(value.year, value.month, value.day), DATE_FORMAT)


def format_datetime(value: dt.datetime | None) -> str:
    """Local date and time; a naive value is UTC, as the database stores it."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    local = value.astimezone()
    return format_date(local.date()) + " " + local.strftime("%H:%M")


def format_number(value: float | None, decimals: int = -1) -> str:
    """1 234,5 in Norwegian; whole numbers without decimals; ``decimals`` fixes the count."""
    if value is None:
        return ""
    locale = _locale()
    if decimals >= 0:
        return locale.toString(float(value), "f", decimals)
    if float(value).is_integer() and abs(value) < _WHOLE_LIMIT:
        return locale.toString(int(value))
    return locale.toString(float(value), "g", 12)


def format_money(value: float | None) -> str:
    """Whole kroner with the locale's grouping: ``kr 12 500`` in both languages (the English window keeps
    the Norwegian formats, ``i18n.locale_for``)."""
    if value is None:
        return ""
    number = float(value)
    if math.isfinite(number) and abs(number) < _WHOLE_LIMIT:
        return "kr " + _locale().toString(round(number))
    return "kr " + _locale().toString(number, "g", 12)


def parse_number(text: str) -> float | None:
    """Read a number as the user types it in their locale; ``None`` for empty, ``ValueError`` if not a number.

    Accepts the grouping space (normal, no-break or thin), a comma or a point as decimal sign.
    """
    cleaned = text.strip().replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    if not cleaned:
        return None
    locale = _locale()
    value, ok = locale.toDouble(cleaned)
    if not ok:
        compact = cleaned.replace(" ", "")
        if compact.count(",") <= 1 and "." not in compact:
            compact = compact.replace(",", ".")
        try:
            value = float(compact)
        except ValueError:
            raise ValueError(text) from None
    if not math.isfinite(value):
        raise ValueError(text)
    return value
