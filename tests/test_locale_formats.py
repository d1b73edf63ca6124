"""The language follows the system, dates, numbers and money look Norwegian in both languages, and the
pseudo-translation used to check layouts keeps everything the code relies on."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from ts_files import mnemonics, placeholders
from verktoykasse.i18n import (
    PSEUDO_VARIABLE,
    language_for_locale_name,
    locale_for,
    pseudo,
    resolve_language,
)

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("system", "language"),
    [
        ("nb_NO", "nb"),
        ("nn_NO", "nb"),
        ("no_NO", "nb"),
        ("nb", "nb"),
        ("nn-NO", "nb"),
        ("en_US", "en"),
        ("en_GB", "en"),
        ("sv_SE", "en"),
        ("de_DE", "en"),
        ("C", "en"),
        ("", "en"),
    ],
)
def test_the_language_follows_the_system(system: str, language: str) -> None:
    assert language_for_locale_name(system) == language


def test_a_chosen_language_wins_over_the_system() -> None:
    assert resolve_language("nb") == "nb"
    assert resolve_language("en") == "en"
    assert resolve_language("") in ("nb", "en")  # follows the system
    assert resolve_language("fr") in ("nb", "en")  # an unknown value in the settings file is ignored


@pytest.fixture(params=["nb", "en"])
def language(request) -> Iterator[str]:
    previous = QLocale()
    QLocale.setDefault(locale_for(request.param))
    yield request.param
    QLocale.setDefault(previous)


def test_english_words_but_norwegian_formats(language: str) -> None:
    """The user is in Norway whichever language they read: the locale's country is Norway."""
    locale = locale_for(language)
    assert locale.territory() == QLocale.Country.Norway
    assert locale.language() == (
        QLocale.Language.NorwegianBokmal if language == "nb" else QLocale.Language.English
    )


def test_dates_are_day_month_year_with_points(language: str) -> None:
    from verktoykasse.domain.formatting import format_date, format_datetime

    assert format_date(dt.date(2027, 12, 31)) == "31.12.2027"
    assert format_date(dt.date(2027, 1, 5)) == "05.01.2027"
    assert format_date(None) == ""
    assert format_datetime(dt.datetime(2027, 3, 4, 9, 7)) == "04.03.2027 09:07"


def test_numbers_group_thousands_with_a_space_and_use_a_decimal_comma(language: str) -> None:
    from verktoykasse.domain.formatting import format_number

    assert format_number(1234.5) == f"1{NBSP}234,5"
    assert format_number(1234567) == f"1{NBSP}234{NBSP}567"
    assert format_number(0.25, decimals=1) in ("0,2", "0,3")
    assert format_number(12, decimals=2) == "12,00"
    assert format_number(None) == ""


def test_money_is_whole_kroner(language: str) -> None:
    from verktoykasse.domain.formatting import format_money

    assert format_money(12500) == f"kr 12{NBSP}500"
    assert format_money(99.6) == "kr 100"


@pytest.mark.parametrize(
    ("typed", "value"),
    [("1 234,5", 1234.5), (f"1{NBSP}234,5", 1234.5), ("1234.5", 1234.5), ("12", 12.0), (" 0,75 ", 0.75)],
)
def test_numbers_are_read_as_a_norwegian_user_types_them(language: str, typed: str, value: float) -> None:
    from verktoykasse.domain.formatting import parse_number

    assert parse_number(typed) == value


def test_what_is_not_a_number_is_refused(language: str) -> None:
    from verktoykasse.domain.formatting import parse_number

    assert parse_number("  ") is None
    with pytest.raises(ValueError):
        parse_number("tolv")
    with pytest.raises(ValueError):
        parse_number("nan")


def test_a_date_field_shows_and_reads_day_month_year(language: str) -> None:
    """What a date field shows for a stored date is read back as the same date, in both languages."""
    from verktoykasse.domain.dates import parse_date
    from verktoykasse.domain.formatting import format_date

    for day in (dt.date(2027, 12, 31), dt.date(2027, 1, 5), dt.date(2028, 2, 29)):
        assert parse_date(format_date(day)) == day


# -- pseudo-translation --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "&New plan…",
        "Delete the plan “{name}” and everything in it? This cannot be undone.",
        "%n plans",
        "Page %1 of %2",
        "Number of &backups to keep:",
        "Copy &Link Location",
        "Tom && Jerry",
        "<b>Bold</b> &amp; text",
    ],
)
def test_pseudo_translation_lengthens_but_keeps_what_code_relies_on(text: str) -> None:
    result = pseudo(text)
    assert len(result) >= len(text) * 1.35
    assert result.startswith("⟦") and result.endswith("⟧")
    assert placeholders(result) == placeholders(text)
    assert mnemonics(result) == mnemonics(text)
    assert result != text


@pytest.fixture
def pseudo_mode(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from verktoykasse.i18n import apply_language, clear_translators

    previous = QLocale()
    monkeypatch.setenv(PSEUDO_VARIABLE, "1")
    apply_language(qapp, "nb")
    yield
    clear_translators(qapp)
    QLocale.setDefault(previous)


def test_pseudo_mode_changes_every_text_of_the_window(pseudo_mode, start_window) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    window = start_window()
    assert window.home.new_button.text() == "⟦&Ný plåñ ŧæø⟧"  # "&Ny plan", lengthened and accented
    assert all(action.text().startswith("⟦") for action in window.menuBar().actions())
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text().startswith("⟦Åvbrýt")  # Qt's own texts too ("Avbryt")
    from PySide6.QtWidgets import QApplication

    assert QApplication.layoutDirection().name == "LeftToRight"  # Qt's setting is not pseudo-translated


def test_pseudo_mode_keeps_texts_a_page_inherits_from_its_base_class(pseudo_mode, start_window) -> None:
    """A wizard page's "Hide guidance" is written in its base class: it must show lengthened, not blank."""
    window = start_window()
    window.plan_actions.open_example()
    button = window.plan_page.current_page().guidance_button
    assert button.text().startswith("⟦Skjül véîlédñîñgéñ")


def test_pseudo_mode_is_off_unless_asked_for() -> None:
    from verktoykasse.i18n import pseudo_enabled

    assert pseudo_enabled() is (os.environ.get(PSEUDO_VARIABLE, "") not in ("", "0"))


def test_the_screenshot_tool_saves_every_page_in_every_mode(tmp_path: Path, qapp) -> None:
    from verktoykasse.i18n import clear_translators
    from verktoykasse.ui.screenshots import take_screenshots

    previous = QLocale()
    try:
        saved = take_screenshots(tmp_path, 800, 600)
    finally:
        clear_translators(qapp)
        QLocale.setDefault(previous)
    names = {path.name for path in saved}
    for mode in ("nb", "en", "nb-pseudo"):
        assert f"{mode}-01-home.png" in names
        assert f"{mode}-04-settings.png" in names
        assert f"{mode}-05-about.png" in names
    assert all(path.stat().st_size > 1000 for path in saved)
