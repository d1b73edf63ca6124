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
        ("1.2", "Please add the year"),
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
        ("December 31st", "Please add the year"),
        ("desember 2027", "Please add the day"),
        ("Dec. 2027", "Please add the day"),
        ("31. des 027", "two or four digits"),
        ("31. des 1899", "between 1900 and 2199"),
        ("31. desembr 2027", "for example 31.12.2027"),  # not a month: nothing is guessed
        ("31. foo 2027", "for example 31.12.2027"),
        ("31. des 20271", "for example 31.12.2027"),
        ("31..des 2027", "for example 31.12.2027"),
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


@pytest.fixture(params=["nb", "en"])
def either_language(request: pytest.FixtureRequest) -> Iterator[None]:
    yield from in_language(request.param)


def test_a_date_spelt_out_as_the_field_shows_it_reads_back_as_the_same_date(either_language: None) -> None:
    """The reading beside the field, copied and pasted into a date field, is the date it spelt out: every
    day of a year, leap day included."""
    day = dt.date(2028, 1, 1)
    while day.year == 2028:
        assert parse_date(format_long_date(day)) == day
        day += dt.timedelta(days=1)


@pytest.mark.parametrize(
    "pasted",
    [
        "fredag 31. desember 2027",  # as the field spells it out in bokmål
        "Fredag 31. desember 2027",
        "fredag, 31. desember 2027",
        "FREDAG 31. DESEMBER 2027",
        "fre. 31.12.2027",
        "fre 31. des. 27",
        "Friday 31 December 2027",  # as the field spells it out in English
        "Friday, 31 December 2027",
        "friday, December 31, 2027",
        "Fri, 31 Dec 2027",
        "fri. 31.12.2027",
        "\u00a0fredag\u00a031.\u00a0desember\u00a02027\u00a0",
    ],
)
def test_a_date_with_its_weekday_is_read_in_bokmaal_or_english_whatever_the_windows_language(
    either_language: None, pasted: str
) -> None:
    assert parse_date(pasted) == DECEMBER_31


@pytest.mark.parametrize(
    ("pasted", "says"),
    [
        ("torsdag 31. desember 2027", "31.12.2027 is a Friday, not a Thursday. Please check the date."),
        ("Thursday, December 31, 2027", "31.12.2027 is a Friday, not a Thursday. Please check the date."),
        ("lørdag 31.12.27", "31.12.2027 is a Friday, not a Saturday. Please check the date."),
        ("søn 1. jan 2028", "01.01.2028 is a Saturday, not a Sunday. Please check the date."),
    ],
)
def test_a_weekday_that_does_not_fit_the_date_is_asked_about_and_nothing_is_read(
    english: None, pasted: str, says: str
) -> None:
    with pytest.raises(InvalidDate) as refused:
        parse_date(pasted)
    assert refused.value.message == says


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        # the day written first, as Norwegians do: the day is there, the year is missing
        ("27. des", "Please add the year"),
        ("27 des", "Please add the year"),
        ("27. desember", "Please add the year"),
        ("December 27th", "Please add the year"),
        ("des 5", "Please add the year"),  # one digit is no year
        # the month first and two digits: the 27th, or December 2027? Both are named, neither is guessed
        (
            "des 27",
            "Is this 27 December or December 2027? Please write day, month and year, for example 27.12.2027.",
        ),
        ("des. 27", "Is this 27 December or December 2027?"),
        ("desember 27", "Is this 27 December or December 2027?"),
        ("Dec 27", "Is this 27 December or December 2027?"),
        ("mai 05", "Is this 5 May or May 2005?"),
        # a month and a year: the day is missing
        ("desember 2027", "Please add the day"),
        ("des 45", "Please add the day"),  # no month has a 45th: December 2045
        ("12.2027", "Please add the day"),
        ("12/2027", "Please add the day"),
        ("2027-12", "Please add the day"),
        ("12.45", "Please add the day"),
        ("12/27", "Write the date as day, month and year"),  # December 2027, or the 27th month first?
        ("13.2027", "Write the date as day, month and year"),
        ("2027-13", "Write the date as day, month and year"),
        ("45. des", "Write the date as day, month and year"),
    ],
)
def test_a_date_with_a_part_missing_is_refused_naming_the_part_the_user_left_out(
    english: None, typed: str, says: str
) -> None:
    with pytest.raises(InvalidDate) as refused:
        parse_date(typed)
    assert says in refused.value.message


@pytest.mark.parametrize(
    "pasted",
    [
        # from a calendar, an e-mail or a letter: the time after the date is left out
        "31. desember 2027 kl. 10:00",
        "31 desember 2027 kl 12",
        "31.12.2027 10:00",
        "31.12.2027 kl. 10.00",
        "31.12.2027, 10:00\u201311:30",
        "fredag 31. desember 2027 10:00-10:30",
        "Friday, December 31, 2027 10:00 AM",
        "Friday, December 31, 2027 at 3:30 p.m.",
        "2027-12-31T10:00",
        "2027-12-31 10:00:00",
        "2027-12-31T10:00:00.123",
        # the marks a word processor or a web page puts in
        "2027\u201112\u201131",  # no-break hyphens
        "31\u201312\u20132027",  # en dashes
        "31.\u2009desember\u20092027",  # thin spaces
        "\u200b31.12.2027\u200b",  # zero-width spaces
        "\ufeff31.12.2027",  # a byte order mark
        "31.12.2027\r\n",  # a line's end
        "\u2007 31.12.2027 \u3000",
        # typed forms that were read before and still are
        "2027-12-31",
        "31/12/2027",
        "31.12.27",
        "31.12.2027.",
        "\u00a031.12.2027\u00a0",
    ],
)
def test_a_date_pasted_with_its_time_or_typographic_marks_is_read_as_the_date_it_is(pasted: str) -> None:
    assert parse_date(pasted) == DECEMBER_31


@pytest.mark.parametrize(
    ("pasted", "says"),
    [
        ("31.12 10:00", "Please add the year"),
        ("desember 2027 kl. 10", "Please add the day"),
        ("31.12.2027 25:00", "for example 31.12.2027"),  # not a time: nothing is cut off
        ("31.12.2027 1O", "for example 31.12.2027"),  # 10 what?
        ("31.12.2027 3.12.27", "for example 31.12.2027"),
        ("2027-12-31T23:30Z", "for example 31.12.2027"),  # in another time zone: may be another day here
        ("2027-12-31T23:30+05:00", "for example 31.12.2027"),
        ("kl. 10:00", "for example 31.12.2027"),
        ("fredag", "for example 31.12.2027"),
        ("fredag kl. 10", "for example 31.12.2027"),
        ("neste fredag", "for example 31.12.2027"),
    ],
)
def test_a_pasted_text_that_is_no_whole_date_is_refused_with_a_reason(
    english: None, pasted: str, says: str
) -> None:
    with pytest.raises(InvalidDate) as refused:
        parse_date(pasted)
    assert says in refused.value.message


def test_a_paragraph_pasted_by_mistake_is_refused_and_a_date_with_many_spaces_around_it_is_read(
    english: None,
) -> None:
    """No date is a paragraph long: such a text is refused whatever date it holds, and not searched."""
    letter = "Hei! Vi møtes fredag 31. desember 2027 kl. 10:00 i kantina. " * 3 + "1" + " " * 30_000 + "a"
    with pytest.raises(InvalidDate) as refused:
        parse_date(letter)
    assert refused.value.message == "Write the date as day, month and year, for example 31.12.2027."
    assert parse_date("\u00a0" * 30_000 + "31.12.2027" + " " * 30_000) == DECEMBER_31


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("12/31/2027", "There is no month 31. Write the day first, for example 31.12.2027."),
        ("12.31.27", "There is no month 31. Write the day first, for example 31.12.2027."),
        ("2/13/2028", "There is no month 13. Write the day first, for example 13.02.2028."),
        ("12312027", "There is no month 31. Write the day first, for example 31.12.2027."),
        # read the other way round it is no date either: only the month is wrong
        ("2/30/2027", "There is no month 30: the month is 1 to 12."),
        ("13/31/2027", "There is no month 31: the month is 1 to 12."),
        ("2027-31-12", "There is no month 31: the month is 1 to 12."),  # the year first: not the US order
    ],
)
def test_a_date_written_month_first_as_in_the_us_is_told_that_the_day_comes_first(
    english: None, typed: str, says: str
) -> None:
    """An American colleague's "12/31/2027" is refused, and the message shows the date the Norwegian way."""
    with pytest.raises(InvalidDate) as refused:
        parse_date(typed)
    assert refused.value.message == says


@pytest.mark.parametrize(
    ("typed", "date"),
    [
        ("31.12.2027 10.00", "31.12.2027"),
        ("31.12.2027 10", "31.12.2027"),  # 10 o'clock, or a slip? The field takes no time: it says so
        ("31.12.2027 9.30", "31.12.2027"),
        ("31. desember 2027 10.00–11.30", "31.12.2027"),
        ("fredag 31.12.2027 10.00", "31.12.2027"),
        ("15.12.2027 16.12", "15.12.2027"),  # a time, or a second date? Not guessed: one date only
        ("1.2.27 8", "01.02.2027"),
    ],
)
def test_a_date_with_a_time_that_may_be_something_else_is_refused_saying_the_field_takes_a_date_only(
    english: None, typed: str, date: str
) -> None:
    """A time after "kl." or with a colon is clearly one and is left out; "10.00" or "10" alone may be
    something else, so nothing is read, and the message says to leave the time out."""
    with pytest.raises(InvalidDate) as refused:
        parse_date(typed)
    assert refused.value.message == (
        f"This field takes a date only: please leave the time out and write just {date}."
    )


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("31.02.2027 10.00", "for example 31.12.2027"),  # no such date: the time is not the problem
        ("31.12.2027 25.00", "for example 31.12.2027"),  # no such time
        ("31.12.2027 3.12.27", "for example 31.12.2027"),
    ],
)
def test_text_after_a_date_that_is_no_time_is_not_called_a_time(english: None, typed: str, says: str) -> None:
    with pytest.raises(InvalidDate) as refused:
        parse_date(typed)
    assert says in refused.value.message
