"""Numbers, money, percentages and dates as Norwegian people type them: each is read as meant, or refused
with a message that says what to write, never read as something else. One table per reader, without a
screen (the widget stories are in ``test_values_typed_fields.py``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from verktoykasse.domain.dates import InvalidDate, parse_date
from verktoykasse.domain.validation import (
    HOUR_UNITS,
    MONEY_UNITS,
    PERCENT_UNITS,
    InvalidNumber,
    read_number,
    units_like,
)
from verktoykasse.i18n import locale_for

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"


def in_locale(locale: QLocale) -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(locale)
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def norwegian() -> Iterator[None]:
    yield from in_locale(locale_for("nb"))


@pytest.fixture
def english_window() -> Iterator[None]:
    """The English window: English words, Norwegian formats (the user is in Norway; ``i18n.locale_for``)."""
    yield from in_locale(locale_for("en"))


@pytest.fixture
def point_locale() -> Iterator[None]:
    """A locale whose decimal sign is a point (not one the program sets): the reader follows the locale."""
    yield from in_locale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


KRONER, PERCENT, HOURS, PLAIN, COUNT = "kroner", "percent", "hours", "plain", "count"


def read(typed: str, kind: str) -> float | str | None:
    """What the field of ``kind`` makes of ``typed``: the number, ``None`` (nothing), or the message."""
    units = {KRONER: MONEY_UNITS, PERCENT: PERCENT_UNITS, HOURS: HOUR_UNITS}.get(kind, ())
    try:
        return read_number(typed, units, whole=kind == COUNT)
    except InvalidNumber as refused:
        return refused.message


NOT_A_NUMBER = f"Write a number, for example 1{NBSP}234,5."
THE_COMMA_FORM = "Here the decimal sign is a comma, and a space parts the thousands: write {}."
TOO_LARGE = (
    f"This number is too large: the field holds numbers up to a million billion "
    f"(1{NBSP}000{NBSP}000{NBSP}000{NBSP}000{NBSP}000), plus or minus."
)
TOO_MANY = (
    f"This number is too large: the field holds whole numbers up to ten million (10{NBSP}000{NBSP}000)."
)


def one_number(typed: str, example: str) -> str:
    return (
        f"Is “{typed}” one number? Write it as {example}: a space goes only between groups of three digits."
    )


def percent_or_half(small: str, big: str) -> str:
    return f"Is it {small} % or {big} %? Write {small} % for the first, or {big} for the second."


def minutes_or_decimal(decimal: str, hours: int, minutes: int, fraction: str) -> str:
    return (
        f"Is it {decimal} hours, or {hours} hours and {minutes} minutes? "
        f"Write {decimal} for the first, or {fraction} for the second."
    )


def without(unit: str, example: str) -> str:
    return f"Write only the number here, without “{unit}”, for example {example}."


NUMBERS_AS_TYPED = [
    # The grouping space, however a keyboard, a word processor or a bank's web page writes it.
    ("1 234,50", KRONER, 1234.5),
    (f"1{NBSP}234,50", KRONER, 1234.5),
    (f"1{NNBSP}234,50", KRONER, 1234.5),
    (f"1{THIN}234,50", KRONER, 1234.5),
    ("\ufeff1\u200b234,50\u00ad", KRONER, 1234.5),  # what a web page leaves unseen in copied text
    ("1 234 567,89", PLAIN, 1234567.89),
    ("1234,5", PLAIN, 1234.5),
    ("1234.5", PLAIN, 1234.5),  # a point alone before decimals is still a decimal sign
    # The Norwegian thousands point.
    ("1.234,50", KRONER, 1234.5),
    ("1.250.000", PLAIN, 1_250_000),
    ("50.000", KRONER, 50_000),  # nobody writes øre with three decimals
    ("1.200", COUNT, 1200),  # nor a count with decimals
    ("50.000", PLAIN, f"Is it 50{NBSP}000 or 50? Write 50{NBSP}000 for the first, or 50,000 for the second."),
    # The English form is not read as 1,234 (one point two three four): the form expected is shown.
    ("1,234.50", KRONER, THE_COMMA_FORM.format(f"1{NBSP}234,50")),
    ("1,234.50", PLAIN, THE_COMMA_FORM.format(f"1{NBSP}234,50")),
    ("1,234,567", PLAIN, THE_COMMA_FORM.format(f"1{NBSP}234{NBSP}567")),
    ("1,234", KRONER, THE_COMMA_FORM.format(f"1{NBSP}234")),  # 1,234 kr has no meaning
    ("1,234", COUNT, THE_COMMA_FORM.format(f"1{NBSP}234")),  # nor 1,234 employees
    ("1,234", PLAIN, 1.234),  # a KPI's value may have three decimals
    # Kroner as they are written on a price tag or an invoice.
    ("kr 1 234", KRONER, 1234),
    ("1 234 kr", KRONER, 1234),
    ("kr. 1 234", KRONER, 1234),
    ("1234,-", KRONER, 1234),
    ("5 000,–", KRONER, 5000),  # an en dash, as a word processor makes the hyphen
    ("5 000,—", KRONER, 5000),  # an em dash
    ("kr 5.000,-", KRONER, 5000),
    ("NOK 1500", KRONER, 1500),
    ("1 500 kroner", KRONER, 1500),
    ("kr 1 234", PLAIN, without("kr", f"1{NBSP}234")),
    ("1 234 kr", PERCENT, without("kr", f"1{NBSP}234")),
    ("€ 1500", KRONER, without("€", f"1{NBSP}500")),  # another currency is named, never read as kroner
    ("1500 $", KRONER, without("$", f"1{NBSP}500")),
    # Signs: the hyphen, the minus sign (U+2212) and an en dash are all minus.
    ("-500", KRONER, -500),
    ("\u2212500", KRONER, -500),
    ("\u2013500", KRONER, -500),
    ("- 500", PLAIN, -500),
    ("+500", PLAIN, 500),
    # Percentages.
    ("50 %", PERCENT, 50),
    ("50%", PERCENT, 50),
    ("12,5 %", PERCENT, 12.5),
    ("12 prosent", PERCENT, 12),
    ("0,5 %", PERCENT, 0.5),  # with its sign, half a percent
    ("0,5", PERCENT, percent_or_half("0,5", "50")),  # without it: half a percent, or a half-time job?
    (",5", PERCENT, percent_or_half("0,5", "50")),
    ("0", PERCENT, 0),
    ("100", PERCENT, 100),
    ("50 %", KRONER, without("%", "50")),
    ("50 %", PLAIN, without("%", "50")),
    # Hours: as a number, or as on a clock?
    ("7,5 timer", HOURS, 7.5),
    ("7.5", HOURS, 7.5),
    ("40 t", HOURS, 40),
    ("7:30", HOURS, "Write the hours as a number: 7,5 for 7 hours and 30 minutes."),
    ("7.30", HOURS, minutes_or_decimal("7,3", 7, 30, "7,5")),
    ("7.45 timer", HOURS, minutes_or_decimal("7,45", 7, 45, "7,75")),
    ("7.20", HOURS, minutes_or_decimal("7,2", 7, 20, "7,33")),
    ("7,30", HOURS, 7.3),  # the comma is only a decimal sign
    ("7.30", PLAIN, 7.3),
    # Decimals without a whole part.
    ("0,5", PLAIN, 0.5),
    (",5", PLAIN, 0.5),
    ("0,5", KRONER, 0.5),
    # Spaces that do not part groups of three: one number, or two?
    ("12 34", PLAIN, one_number("12 34", f"1{NBSP}234")),
    ("1 23,4", KRONER, one_number("1 23,4", "123,4")),
    ("1 234,5 6", PLAIN, one_number("1 234,5 6", f"1{NBSP}234,56")),
    # A power of ten is a number (1e6 is a million, as a spreadsheet writes it); symbols and code are not.
    ("1e6", KRONER, 1_000_000),
    ("∞", PLAIN, NOT_A_NUMBER),
    ("NaN", PLAIN, NOT_A_NUMBER),
    ("inf", KRONER, NOT_A_NUMBER),
    ("0x10", PLAIN, NOT_A_NUMBER),
    ("1_000", PLAIN, NOT_A_NUMBER),
    ("½", PLAIN, NOT_A_NUMBER),
    ("5-", PLAIN, NOT_A_NUMBER),
    ("1 234,5,6", PLAIN, NOT_A_NUMBER),
    # Past what a field holds, the limit in words.
    ("1 234 567 890 123 456", KRONER, TOO_LARGE),
    ("-2 000 000 000 000 000", PLAIN, TOO_LARGE),
    ("999 999 999 999 kr", KRONER, 999_999_999_999),
    ("10 000 000", COUNT, 10_000_000),
    ("20 000 000", COUNT, TOO_MANY),
    # Nothing typed is nothing stored (the field is emptied).
    ("", KRONER, None),
    ("   ", PLAIN, None),
    (f"{NBSP}\t", PERCENT, None),
]


@pytest.mark.parametrize(("typed", "kind", "meant"), NUMBERS_AS_TYPED)
def test_a_number_is_read_as_a_norwegian_types_it_or_refused_with_what_to_write(
    norwegian: None, typed: str, kind: str, meant: float | str | None
) -> None:
    assert read(typed, kind) == meant


@pytest.mark.parametrize(
    ("typed", "kind", "meant"),
    [
        ("1 234,50", KRONER, 1234.5),
        ("1,234.50", KRONER, THE_COMMA_FORM.format(f"1{NBSP}234,50")),
        ("1,234", KRONER, THE_COMMA_FORM.format(f"1{NBSP}234")),
        ("0,5", PERCENT, percent_or_half("0,5", "50")),
    ],
)
def test_in_the_english_window_numbers_keep_the_norwegian_form_and_the_message_says_which(
    english_window: None, typed: str, kind: str, meant: float | str
) -> None:
    """The English window writes numbers the Norwegian way (1 234,5: the user is in Norway), so it reads
    them so too, and the message names the decimal sign it expects."""
    assert QLocale().decimalPoint() == ","
    assert read(typed, kind) == meant


@pytest.mark.parametrize(
    ("typed", "kind", "meant"),
    [
        ("1,234.50", KRONER, 1234.5),
        ("1234.5", PLAIN, 1234.5),
        (
            "1.234,50",
            KRONER,
            "Here the decimal sign is a point, and a comma parts the thousands: write 1,234.50.",
        ),
        ("-1,234.5", PLAIN, -1234.5),
    ],
)
def test_where_the_decimal_sign_is_a_point_the_reader_follows_it(
    point_locale: None, typed: str, kind: str, meant: float | str
) -> None:
    assert read(typed, kind) == meant


def test_a_kpi_in_percent_asks_about_a_fraction_and_one_in_persons_does_not(norwegian: None) -> None:
    with pytest.raises(InvalidNumber) as asked:
        read_number("0,5", units_like("%"))
    assert asked.value.message == percent_or_half("0,5", "50")
    assert read_number("0,5 %", units_like("prosent")) == 0.5
    assert read_number("0,5", units_like("personer")) == 0.5
    assert read_number("3 personer", units_like("personer")) == 3


def test_the_messages_are_in_bokmaal_in_the_bokmaal_window(qapp) -> None:
    from verktoykasse.i18n import apply_language, clear_translators

    apply_language(qapp, "nb")
    try:
        assert read("1,234.50", KRONER) == (
            f"Her er desimaltegnet komma, og tusener skilles med mellomrom: skriv 1{NBSP}234,50."
        )
        assert (
            read("0,5", PERCENT)
            == "Mener du 0,5 % eller 50 %? Skriv 0,5 % for det første eller 50 for det andre."
        )
        assert read("12 34", PLAIN) == (
            f"Er «12 34» ett tall? Skriv det som 1{NBSP}234: mellomrom står bare mellom grupper på tre sifre."
        )
        assert read("1 234 567 890 123 456", KRONER) == (
            "Tallet er for stort: feltet rommer tall opp til en million milliarder "
            f"(1{NBSP}000{NBSP}000{NBSP}000{NBSP}000{NBSP}000), pluss eller minus."
        )
        assert read("20 000 000", COUNT) == (
            f"Tallet er for stort: feltet rommer hele tall opp til ti millioner (10{NBSP}000{NBSP}000)."
        )
        with pytest.raises(InvalidDate) as asked:
            parse_date("31.12 10")
        assert asked.value.message == (
            "Er 10 året 2010 eller et klokkeslett? For året skriver du 31.12.2010; "
            "klokkeslettet skal ikke stå i dette feltet."
        )
    finally:
        clear_translators(qapp)


# -- dates --------------------------------------------------------------------------------------------------

NEW_YEARS_EVE = dt.date(2027, 12, 31)
ADD_THE_YEAR = "Please add the year, for example 31.12.2027."


def year_or_time(number: str, year: int, date: str) -> str:
    return (
        f"Is {number} the year {year} or a time? For the year write {date}; a time is left out of this field."
    )


DATES_AS_TYPED = [
    ("31.12.2027", NEW_YEARS_EVE),
    ("31.12.27", NEW_YEARS_EVE),  # a two-digit year is in the 2000s
    ("31/12-27", NEW_YEARS_EVE),  # as on a Norwegian form: slash, then a dash before the year
    ("31/12/27", NEW_YEARS_EVE),
    ("1.1.28", dt.date(2028, 1, 1)),
    ("2027-12-31", NEW_YEARS_EVE),
    ("31-12-2027", NEW_YEARS_EVE),
    ("31.12.2027.", NEW_YEARS_EVE),
    ("311227", NEW_YEARS_EVE),
    ("31 12 27", NEW_YEARS_EVE),
    ("31.12 2027", NEW_YEARS_EVE),  # four digits: a year, never a time
    ("31.12. 2027", NEW_YEARS_EVE),
    ("31.12 27", NEW_YEARS_EVE),  # 27 cannot be an hour
    ("31.12.10", dt.date(2010, 12, 31)),
    ("31 12 10", dt.date(2010, 12, 31)),  # spaces throughout: day, month, year
    (f"{NBSP}31.12.2027 ", NEW_YEARS_EVE),
    ("31.12.2027 kl. 10", NEW_YEARS_EVE),  # a time after "kl." is left out
    ("31.12.2027 10:00", NEW_YEARS_EVE),
    # The year or a time? Asked, never read as 2010.
    ("31.12 10", year_or_time("10", 2010, "31.12.2010")),
    ("31/12 10", year_or_time("10", 2010, "31.12.2010")),
    ("31-12 23", year_or_time("23", 2023, "31.12.2023")),
    ("31.12. 9", "Write the year with two or four digits, for example 2027 or 27."),
    ("1.1 08", year_or_time("08", 2008, "01.01.2008")),
    # Nothing filled in.
    ("31.12", ADD_THE_YEAR),
    ("1.1", ADD_THE_YEAR),
    ("31.12.2027 10", "This field takes a date only: please leave the time out and write just 31.12.2027."),
    ("12/31/2027", "There is no month 31. Write the day first, for example 31.12.2027."),
    ("", None),
    ("   ", None),
]


@pytest.mark.parametrize(("typed", "meant"), DATES_AS_TYPED)
def test_a_date_is_read_as_a_norwegian_types_it_or_refused_with_what_to_write(
    english_window: None, typed: str, meant: dt.date | str | None
) -> None:
    try:
        got: dt.date | str | None = parse_date(typed)
    except InvalidDate as refused:
        got = refused.message
    assert got == meant


# Every month name and abbreviation the dates module promises, bokmål and English.
MONTH_WORDS = [
    (1, "januar jan january"),
    (2, "februar feb february"),
    (3, "mars mar march"),
    (4, "april apr"),
    (5, "mai may"),
    (6, "juni jun june"),
    (7, "juli jul july"),
    (8, "august aug"),
    (9, "september sep sept"),
    (10, "oktober okt october oct"),
    (11, "november nov"),
    (12, "desember des december dec"),
]


@pytest.mark.parametrize(
    ("word", "month"), [(word, month) for month, words in MONTH_WORDS for word in words.split()]
)
@pytest.mark.parametrize("written", ["15. {} 2027", "15 {}. 2027", "15.{}.27", "15 {} 2027"])
def test_every_month_word_is_read_in_either_case_with_or_without_its_dot(
    norwegian: None, word: str, month: int, written: str
) -> None:
    for case in (word, word.upper(), word.capitalize()):
        assert parse_date(written.format(case)) == dt.date(2027, month, 15)


@pytest.mark.parametrize("typed", ["15. desembr 2027", "15. des 2027 2028", "15. mandag 2027", "15. x 2027"])
def test_a_word_that_is_no_month_is_refused(norwegian: None, typed: str) -> None:
    with pytest.raises(InvalidDate):
        parse_date(typed)


def test_a_paragraph_pasted_into_a_number_field_is_refused_and_a_number_too_long_is_too_large(
    norwegian: None,
) -> None:
    """However much is pasted, it is refused at once (read before any pattern, which would take seconds
    over thirty thousand spaces), and four hundred nines are a number too large, not "no number"."""
    assert read(" " * 30_000 + "a", KRONER) == NOT_A_NUMBER
    assert read("1 " * 3_000 + "!", PLAIN) == NOT_A_NUMBER
    assert read("9" * 400, KRONER) == TOO_LARGE
    assert read("9" * 60, PLAIN) == TOO_LARGE
