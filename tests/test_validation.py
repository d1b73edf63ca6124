"""The rules a bakery owner meets while typing: what is accepted, and the message beside the field."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from verktoykasse.domain.validation import (
    HOUR_UNITS,
    MONEY_UNITS,
    PERCENT_UNITS,
    InvalidNumber,
    check_date_order,
    check_milestone,
    check_org_number,
    check_score,
    read_number,
    units_like,
)

NINE_DIGITS = "An organisation number must be 9 digits."
TYPO = "The check digit does not match — check for a typo in the organisation number."


@pytest.fixture
def norwegian_locale():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    yield
    QLocale.setDefault(previous)


@pytest.mark.parametrize(
    "typed",
    [
        "974760673",  # the Brønnøysund Register Centre's own number
        "974 760 673",  # as printed on letters
        " 974 760 673 ",
        "974\u00a0760\u00a0673",  # no-break spaces pasted from a web page
        "912345629",
        # as businesses print it on letters and invoices
        "NO 974 760 673 MVA",
        "974760673MVA",
        "NO974760673MVA",
        "974 760 673 mva",
        "Org.nr. 974 760 673",
        "org nr: 974 760 673",
        "Org. nr.: 974760673",
        "Orgnr 974760673",
        "Organisasjonsnummer: 974 760 673",
        "Foretaksregisteret NO 974 760 673 MVA",
        "Org.nr\u00a0974\u00a0760\u00a0673",
    ],
)
def test_a_valid_organisation_number_is_accepted(typed):
    assert check_org_number(typed) is None


def test_an_empty_organisation_number_is_not_an_error_yet():
    assert check_org_number("") is None
    assert check_org_number("   ") is None


@pytest.mark.parametrize(
    "typed",
    [
        "97476067",
        "9747606731",
        "97476067a",
        "974-760-673",
        "org.nr",  # the words alone are no number, not an empty field
        "NO MVA",
        "NO 97476067 MVA",
        "Org.nr. 974 760 67",
        "MVA 974760673",  # the words only where they are printed
        "974760673 NO",
        "tlf 974760673",
    ],
)
def test_a_number_that_is_not_nine_digits_says_so(typed):
    assert check_org_number(typed) == NINE_DIGITS


@pytest.mark.parametrize(
    "typed", ["974760674", "974760637", "912345620", "NO 974 760 674 MVA", "Org.nr. 974760637"]
)
def test_a_typo_in_the_organisation_number_is_caught_by_the_check_digit(typed):
    assert check_org_number(typed) == TYPO


@pytest.mark.parametrize("last", "0123456789")
def test_numbers_whose_remainder_is_one_never_exist(last):
    # 1·3 + 0·2 + … + 1·3 + 3·2 = 12 → remainder 1: no check digit can make it valid.
    assert check_org_number("10000013" + last) == TYPO


def test_a_deadline_before_the_start_is_reported():
    start = dt.date(2027, 3, 1)
    assert check_date_order(start, dt.date(2027, 2, 28)) == "The deadline is before the start."
    assert check_date_order(start, start) is None
    assert check_date_order(start, dt.date(2027, 12, 31)) is None
    assert check_date_order(None, dt.date(2027, 1, 1)) is None
    assert check_date_order(start, None) is None


def test_a_milestone_must_lie_inside_its_measures_period():
    start, deadline = dt.date(2027, 1, 1), dt.date(2027, 6, 30)
    assert check_milestone(dt.date(2027, 3, 15), start, deadline) is None
    assert check_milestone(start, start, deadline) is None
    assert check_milestone(deadline, start, deadline) is None
    assert (
        check_milestone(dt.date(2026, 12, 31), start, deadline)
        == "The milestone is before the measure starts."
    )
    assert (
        check_milestone(dt.date(2027, 7, 1), start, deadline)
        == "The milestone is after the measure's deadline."
    )
    assert check_milestone(None, start, deadline) is None
    assert check_milestone(dt.date(2030, 1, 1), start, None) is None


@pytest.mark.parametrize("score", [None, 1, 3, 5])
def test_scores_from_one_to_five_are_fine(score):
    assert check_score(score) is None


@pytest.mark.parametrize("score", [0, 6, -1, 10])
def test_a_score_outside_one_to_five_is_reported(score):
    assert check_score(score) == "Give a score from 1 to 5."


@pytest.mark.parametrize(
    ("typed", "value"),
    [("1 234,5", 1234.5), ("1234.5", 1234.5), ("1234,5", 1234.5), ("12", 12.0), ("1\u00a0234", 1234.0)],
)
def test_numbers_are_read_as_a_norwegian_types_them(norwegian_locale, typed, value):
    assert read_number(typed) == value


def test_an_empty_number_field_means_no_value(norwegian_locale):
    assert read_number("") is None
    assert read_number("  ") is None


@pytest.mark.parametrize("typed", ["abc", "1,2,3", "nan", "inf", "kr", "%"])
def test_text_that_is_not_a_number_gets_an_example_in_the_users_form(norwegian_locale, typed):
    with pytest.raises(InvalidNumber) as caught:
        read_number(typed)
    assert caught.value.message == "Write a number, for example 1\u00a0234,5."


@pytest.mark.parametrize(
    ("typed", "units", "value"),
    [
        ("kr 50 000", MONEY_UNITS, 50000.0),
        ("50 000 kr", MONEY_UNITS, 50000.0),
        ("50 000,-", MONEY_UNITS, 50000.0),
        ("kr 50.000,-", MONEY_UNITS, 50000.0),  # a point between thousands, as on a price tag
        ("NOK 1 234,5", MONEY_UNITS, 1234.5),
        ("12 %", PERCENT_UNITS, 12.0),
        ("12,5%", PERCENT_UNITS, 12.5),
        ("7,5 timer", HOUR_UNITS, 7.5),
        ("3 personer", units_like("personer"), 3.0),
        ("40 %", units_like("prosent"), 40.0),
        ("1,5", MONEY_UNITS, 1.5),
        ("1.250.000", (), 1250000.0),
        ("1.234,5", (), 1234.5),
        ("0.125", (), 0.125),
    ],
)
def test_a_unit_the_label_names_is_understood_beside_the_number(norwegian_locale, typed, units, value):
    assert read_number(typed, units) == value


def test_in_a_count_a_point_between_thousands_is_no_decimal_sign(norwegian_locale):
    assert read_number("1.200", whole=True) == 1200.0
    with pytest.raises(InvalidNumber):
        read_number("1.200")  # twelve hundred, or one point two?


@pytest.mark.parametrize(
    ("typed", "units", "message"),
    [
        ("12 kr", (), "Write only the number here, without “kr”, for example 12."),
        ("12 %", MONEY_UNITS, "Write only the number here, without “%”, for example 12."),
        ("kr 50 000", PERCENT_UNITS, "Write only the number here, without “kr”, for example 50\u00a0000."),
        ("14 ansatte", (), "Write only the number here, without “ansatte”, for example 14."),
        ("50.000", (), "Is it 50\u00a0000 or 50? Write 50\u00a0000 for the first, or 50,000 for the second."),
    ],
)
def test_a_word_beside_a_number_or_an_ambiguous_point_is_asked_about_not_guessed(
    norwegian_locale, typed, units, message
):
    with pytest.raises(InvalidNumber) as caught:
        read_number(typed, units)
    assert caught.value.message == message


@given(st.text(alphabet="0123456789", min_size=8, max_size=8), st.integers(0, 8), st.integers(1, 9))
def test_any_single_wrong_digit_in_a_valid_number_is_caught(first_eight, place, change):
    from verktoykasse.domain.validation import org_number_check_digit

    check = org_number_check_digit(first_eight)
    assume(check is not None)
    valid = first_eight + str(check)
    assert check_org_number(valid) is None
    wrong = valid[:place] + str((int(valid[place]) + change) % 10) + valid[place + 1 :]
    assert check_org_number(wrong) == TYPO


def test_contact_details_are_checked_in_the_core():
    from verktoykasse.domain.validation import check_email, check_phone, check_web_address, tidy_url

    assert check_phone("") is None
    assert check_phone("+47 55 55 33 36") is None
    assert check_phone("ring meg") == "A phone number has digits, spaces and perhaps a leading +."
    assert check_email("post@nav.no") is None
    assert check_email("post@nav") == "This does not look like an e-mail address (name@example.no)."
    assert tidy_url(" www.nav.no ") == "https://www.nav.no"
    assert check_web_address(tidy_url("www.nav.no")) is None
    assert check_web_address("ftp://nav.no") == "A web address looks like https://www.example.no."
    assert check_web_address("javascript:alert(1)") is not None
