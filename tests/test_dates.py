"""What a user types into a date field and the date it means: every field reads its text with one parser,
tested here without a screen. Nothing that is not a whole date is ever read as one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from verktoykasse.domain.dates import InvalidDate, format_long_date, parse_date
from verktoykasse.i18n import locale_for

NEW_YEARS_EVE = dt.date(2021, 12, 31)


def in_language(language: str) -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(locale_for(language))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def norwegian() -> Iterator[None]:
    yield from in_language("nb")


@pytest.fixture
def english() -> Iterator[None]:
    yield from in_language("en")


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("31.12.2021", NEW_YEARS_EVE),
        ("31.12.21", NEW_YEARS_EVE),  # a two-digit year is in the 2000s
        ("31/12/2021", NEW_YEARS_EVE),
        ("31-12-2021", NEW_YEARS_EVE),
        ("2021-12-31", NEW_YEARS_EVE),
        ("311221", NEW_YEARS_EVE),
        ("31122021", NEW_YEARS_EVE),
        ("  31.12.2021  ", NEW_YEARS_EVE),
        ("31. 12. 2021", NEW_YEARS_EVE),
        ("31 12 2021", NEW_YEARS_EVE),
        ("\u00a031.12.2021\t", NEW_YEARS_EVE),
        ("31.12.2021.", NEW_YEARS_EVE),
        ("1.2.2027", dt.date(2027, 2, 1)),
        ("01.02.27", dt.date(2027, 2, 1)),
        ("15.02.2021", dt.date(2021, 2, 15)),
        ("29.02.2024", dt.date(2024, 2, 29)),
        ("29.02.00", dt.date(2000, 2, 29)),
        ("01.01.99", dt.date(2099, 1, 1)),
        ("31.12.1999", dt.date(1999, 12, 31)),
    ],
)
def test_the_ways_people_write_a_date_are_read(typed: str, meant: dt.date) -> None:
    assert parse_date(typed) == meant


DECEMBER_31 = dt.date(2027, 12, 31)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("31. desember 2027", DECEMBER_31),
        ("31 des 2027", DECEMBER_31),
        ("31. des. 2027", DECEMBER_31),
        ("31.des.2027", DECEMBER_31),
        ("31. des. 27", DECEMBER_31),  # a two-digit year is in the 2000s here too
        ("31. DESEMBER 2027", DECEMBER_31),
        ("31 Des 2027.", DECEMBER_31),
        ("31-des-2027", DECEMBER_31),
        ("\u00a031.\u00a0des.\u00a02027 ", DECEMBER_31),
        ("1. januar 2028", dt.date(2028, 1, 1)),
        ("1. jan. 2028", dt.date(2028, 1, 1)),
        ("28. feb 2027", dt.date(2027, 2, 28)),
        ("1. mars 2027", dt.date(2027, 3, 1)),
        ("1. mar 2027", dt.date(2027, 3, 1)),
        ("1. apr. 2027", dt.date(2027, 4, 1)),
        ("17. mai 2027", dt.date(2027, 5, 17)),
        ("1 jun 2027", dt.date(2027, 6, 1)),
        ("1 jul 2027", dt.date(2027, 7, 1)),
        ("1. aug. 2027", dt.date(2027, 8, 1)),
        ("30. sep 2027", dt.date(2027, 9, 30)),
        ("30. sept. 2027", dt.date(2027, 9, 30)),
        ("1. okt 2027", dt.date(2027, 10, 1)),
        ("1. nov. 2027", dt.date(2027, 11, 1)),
        # English, whatever the window's language
        ("31 December 2027", DECEMBER_31),
        ("31 Dec 2027", DECEMBER_31),
        ("31st December 2027", DECEMBER_31),
        ("December 31, 2027", DECEMBER_31),
        ("Dec. 31 2027", DECEMBER_31),
        ("december 31st, 2027", DECEMBER_31),
        ("1 May 2027", dt.date(2027, 5, 1)),
        ("October 1, 2027", dt.date(2027, 10, 1)),
    ],
)
def test_a_month_written_as_a_word_is_read_in_bokmaal_or_english(
    norwegian: None, typed: str, meant: dt.date
) -> None:
    assert parse_date(typed) == meant


def test_month_words_are_read_whatever_the_windows_language(english: None) -> None:
    assert parse_date("31. desember 2027") == parse_date("December 31, 2027") == DECEMBER_31


@pytest.mark.parametrize("typed", ["", "   ", "\t", "\u00a0"])
def test_an_empty_field_is_no_date(typed: str) -> None:
    assert parse_date(typed) is None


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("29.02.2023", "February 2023 has days 1 to 28, not 29."),
        ("31.04.2024", "April 2024 has days 1 to 30, not 31."),
        ("00.01.2024", "January 2024 has days 1 to 31, not 0."),
        ("31.13.2024", "There is no month 13"),
        ("31.00.2024", "There is no month 0"),
        ("31.12", "Please add the year"),
        ("31.12.", "Please add the year"),
        ("31.12.1", "two or four digits"),
        ("31.12.021", "two or four digits"),
        ("31.12.1899", "between 1900 and 2199"),
        ("i morgen", "for example 31.12.2027"),
        ("29. februar 2023", "February 2023 has days 1 to 28, not 29."),
        ("31. april 2024", "April 2024 has days 1 to 30, not 31."),
        ("31 sept 2027", "September 2027 has days 1 to 30, not 31."),
        ("0. januar 2024", "January 2024 has days 1 to 31, not 0."),
        ("31. desember", "Please add the year"),
        ("31 des.", "Please add the year"),
        ("December 31", "Please add the year"),
        ("desember 2027", "Please add the day"),
        ("Dec. 2027", "Please add the day"),
        ("31. des 027", "two or four digits"),
        ("31. des 1899", "between 1900 and 2199"),
        ("31. desembr 2027", "for example 31.12.2027"),  # not a month: nothing is guessed
        ("31. foo 2027", "for example 31.12.2027"),
        ("fredag 31. desember 2027", "for example 31.12.2027"),
        ("31. des 20271", "for example 31.12.2027"),
        ("31..des 2027", "for example 31.12.2027"),
        ("31 desember 2027 kl 12", "for example 31.12.2027"),
        ("3l.12.2021", "for example 31.12.2027"),
        ("31.12.2021x", "for example 31.12.2027"),
        ("31122", "for example 31.12.2027"),
        ("3112202", "for example 31.12.2027"),
        ("311220211", "for example 31.12.2027"),
        ("31..12.2021", "for example 31.12.2027"),
        ("٣١.١٢.٢٠٢١", "for example 31.12.2027"),  # digits of another script are not guessed at
        ("15.12.00002.2021", "for example 31.12.2027"),
    ],
)
def test_what_is_not_a_whole_date_is_refused_with_a_reason(english: None, typed: str, says: str) -> None:
    with pytest.raises(InvalidDate) as refused:
        parse_date(typed)
    assert says in refused.value.message


def test_how_a_date_was_read_is_spelt_out(norwegian: None) -> None:
    """Without a translation loaded the pattern is the English one; the names follow the locale."""
    assert format_long_date(NEW_YEARS_EVE) == "fredag 31 desember 2021"
