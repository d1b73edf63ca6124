"""Dates, numbers and money as a Norwegian user reads and types them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from verktoykasse.domain.formatting import (
    format_date,
    format_datetime,
    format_money,
    format_number,
    parse_number,
)
from verktoykasse.i18n import locale_for


@pytest.fixture(params=["nb", "en"])
def language(request):
    previous = QLocale()
    QLocale.setDefault(locale_for(request.param))
    yield request.param
    QLocale.setDefault(previous)


def test_dates_read_day_month_year(language):
    assert format_date(dt.date(2027, 12, 31)) == "31.12.2027"
    assert format_date(None) == ""


def test_stored_utc_times_are_shown_in_local_time(language, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Oslo")
    import time

    time.tzset()
    try:
        assert format_datetime(dt.datetime(2026, 11, 22, 20, 15)) == "22.11.2026 21:15"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_numbers_and_money_in_norwegian_form():
    QLocale.setDefault(locale_for("nb"))
    assert format_number(1234.5).replace("\u00a0", " ") == "1 234,5"
    assert format_number(12) == "12"
    assert format_money(12500).replace("\u00a0", " ") == "kr 12 500"


@pytest.mark.parametrize(
    ("typed", "value"),
    [("1 234,5", 1234.5), ("1\u00a0234,5", 1234.5), ("1234.5", 1234.5), ("12", 12.0), ("-3,25", -3.25)],
)
def test_numbers_are_read_as_typed(typed, value):
    QLocale.setDefault(locale_for("nb"))
    assert parse_number(typed) == value


@pytest.mark.parametrize("typed", ["abc", "1,2,3", "nan", "inf", "12 kr"])
def test_text_that_is_not_a_number_is_refused(typed):
    QLocale.setDefault(locale_for("nb"))
    with pytest.raises(ValueError):
        parse_number(typed)


def test_empty_means_no_number():
    assert parse_number("  ") is None


def test_an_amount_too_large_for_a_whole_number_is_written_short_not_an_error(language):
    """A sum of huge amounts (hours × hourly cost past 2^63 kr) or an infinite one prints, in short form."""
    assert format_number(1e20) == "1e+20"
    assert format_money(1e20) == "kr 1e+20"
    assert format_money(-1e30) in ("kr -1e+30", "kr \u22121e+30")
    assert format_money(float("inf")) == "kr inf"
    assert format_money(12500.4).replace("\u00a0", " ").replace(",", " ") == "kr 12 500"
