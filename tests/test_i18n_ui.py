"""A Norwegian user sees the whole program in bokmål, an English user sees no Norwegian outside the
catalogue and their own data, and the language can be changed in Settings without a restart.

The walkers are generic: they read every widget and action reachable from the main window, open the
example plan when the program has one, and open every dialog the menus lead to (answering "Cancel").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from i18n_walk import collect_texts, date_edits, item_texts
from ts_files import TRANSLATIONS, read_ts

# Menu actions the dialog walker must not trigger (they end the program).
SKIP_ACTIONS = {"quitAction"}

# Names that are Norwegian in every language.
PROPER_NAMES = ("Verktøykassa", "Norsk bokmål", "bokmål", "Bokmål")

# Words that give away English in a bokmål window (none of them is also a bokmål word).
ENGLISH_WORDS = re.compile(
    r"\b(the|and|your|you|with|this|that|cannot|please|open|save|new|settings|back|next|cancel|close|help|"
    r"file|edit|tools|quit|about|step|goals|measures|select|choose|add|remove|search|print|export|yes|of|"
    r"are|or|from|not|what|which|will|have|has|there|changes|saved|name|show|hide|details|language|"
    r"backups|keep|page|pages|none|error|warning|plans|ready|opening)\b",
    re.IGNORECASE,
)
# Words that give away bokmål in an English window.
NORWEGIAN_WORDS = re.compile(
    r"\b(og|ikke|er|med|til|på|av|det|som|du|deg|dine|din|eller|skal|kan|planer|tiltak|mål|steg|lagre|"
    r"slett|avbryt|velg|ny|nytt|alle|innstillinger|hjelp|fil|verktøy)\b",
    re.IGNORECASE,
)


@pytest.fixture
def use_language(qapp) -> Iterator[Callable[[str], str]]:
    """Switch the program's language for one test; back to the English source texts afterwards."""
    from verktoykasse.i18n import apply_language, clear_translators

    previous = QLocale()
    yield lambda language: apply_language(qapp, language)
    clear_translators(qapp)
    QLocale.setDefault(previous)


def _english_sources() -> tuple[set[str], list[re.Pattern[str]]]:
    """Source texts that bokmål translates differently, and patterns for those with placeholders.

    A text that is also some bokmål translation ("&Start:", "Status") is not evidence of English.
    """
    exact: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    bokmal: set[str] = set()
    for ts in (TRANSLATIONS / "verktoykasse_nb.ts", TRANSLATIONS / "qtbase_nb.ts"):
        for message in read_ts(ts):
            for text in message.translations:
                bokmal.update({text, text.replace("&", ""), text.replace("&", "").rstrip("…").strip()})
            source = message.source
            if message.translations and message.translations[0] == source:
                continue
            if message.context in ("QShortcut", "QGuiApplication"):
                continue
            exact.update({source, source.replace("&", ""), source.replace("&", "").rstrip("…").strip()})
            if "{" in source:
                fixed = re.sub(r"\{[^{}]*\}", "", source)
                if len(fixed.strip()) >= 4:
                    pattern = re.escape(source)
                    pattern = re.sub(r"\\\{[^{}]*\\\}", ".+", pattern)
                    patterns.append(re.compile(f"^{pattern}$"))
    return exact - bokmal, patterns


def _content_texts(window) -> list[str]:
    """What the user typed (every text column of the database) and the catalogue's own names.

    These may be in any language and show inside program texts ("Goal: {goal}."): they are removed
    from a text before its language is judged. Longest first, so a title is removed before its words.
    """
    from sqlalchemy import String, Text, inspect, select

    from verktoykasse.storage.models import Base

    found: set[str] = set()
    with window.database.session() as session:
        for mapper in Base.registry.mappers:
            for column in inspect(mapper.class_).columns:
                if isinstance(column.type, (String, Text)):
                    found.update(v for v in session.scalars(select(column)) if isinstance(v, str) and v)
    from verktoykasse.catalogue import load_catalogue

    for entry in load_catalogue().entries:
        names = [f.name for f in dataclasses.fields(entry)]
        found.update(v for v in (getattr(entry, name) for name in names) if isinstance(v, str) and v)
    return sorted((text for text in found if len(text) >= 3), key=len, reverse=True)


def _without_content(text: str, content: list[str]) -> str:
    for value in content:
        if value in text:  # whole words only: "aft" typed somewhere must not cut "after" into "er"
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", text)
    return text


def _open_a_plan(window) -> None:
    """Open the example plan (every step filled in), as a user would."""
    from verktoykasse.exchange.example_plan import add_example_plan

    with window.database.session() as session:
        plan_id = add_example_plan(session).id
    window.home.refresh(select_id=plan_id)
    window.open_plan(plan_id)
    _visit_every_step(window)


def _visit_every_step(window) -> None:
    """Wizard pages are built when first shown: show each step once so the walk meets all of them."""
    from verktoykasse.domain.vocabulary import Step

    page = window.plan_page
    for step in Step:
        page.go_to(step)
    page.go_to(next(iter(Step)))


def _texts_of_every_dialog(window, qapp) -> list[tuple[str, str]]:
    """Trigger each menu action; read every window it opens, then close it with Cancel/Escape."""
    found: list[tuple[str, str]] = []
    menus = window.menuBar().findChildren(QMenu)
    actions = [a for menu in menus for a in menu.actions() if not a.isSeparator() and a.menu() is None]
    for action in actions:
        if action.objectName() in SKIP_ACTIONS or not action.isEnabled():
            continue
        before = {w for w in qapp.topLevelWidgets() if w.isVisible()}
        busy = [True]

        def answer(name: str = action.objectName(), busy: list[bool] = busy) -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is not None:
                found.extend((f"{name} → {where}", text) for where, text in collect_texts(dialog))
                dialog.reject()
            if busy[0]:
                QTimer.singleShot(20, answer)

        QTimer.singleShot(0, answer)
        action.trigger()
        busy[0] = False
        qapp.processEvents()
        for widget in qapp.topLevelWidgets():
            if widget.isVisible() and widget not in before and widget is not window:
                found.extend(collect_texts(widget))
                widget.close()
    return found


def _all_texts(window, qapp) -> list[tuple[str, str]]:
    from verktoykasse.ui.settings_dialog import SettingsDialog

    texts = collect_texts(window)
    texts += _texts_of_every_dialog(window, qapp)
    texts += collect_texts(SettingsDialog(window.context.settings, window))
    return texts


def _start_in(language: str, use_language, start_window, qapp):
    use_language(language)
    window = start_window()
    _open_a_plan(window)
    return window


def test_under_bokmal_no_text_is_left_in_english(use_language, start_window, qapp) -> None:
    window = _start_in("nb", use_language, start_window, qapp)
    assert_every_date_field_shows_day_month_year(window)
    exact, patterns = _english_sources()
    texts = _all_texts(window, qapp)
    window.show_home()
    texts += collect_texts(window) + item_texts(window)
    assert len(texts) > 30  # the walk really read the window
    english = sorted(
        {
            (where, text)
            for where, text in texts
            if text in exact
            or any(p.match(text) for p in patterns)
            or ENGLISH_WORDS.search(_without_names(text))
        }
    )
    assert not english, "English text under bokmål:\n" + "\n".join(f"  {w}: {t!r}" for w, t in english)


def _without_names(text: str) -> str:
    """The text without proper names and file paths (a data folder may be called anything)."""
    for name in PROPER_NAMES:
        text = text.replace(name, "")
    return re.sub(r"\S*[/\\]\S*", "", text)


def test_under_english_no_norwegian_outside_the_catalogue(use_language, start_window, qapp) -> None:
    window = _start_in("en", use_language, start_window, qapp)
    assert_every_date_field_shows_day_month_year(window)
    texts = _all_texts(window, qapp)
    content = _content_texts(window)
    judged = ((where, text, _without_names(_without_content(text, content))) for where, text in texts)
    norwegian = sorted(
        {
            (where, text)
            for where, text, rest in judged
            if set("æøåÆØÅ") & set(rest) or NORWEGIAN_WORDS.search(rest)
        }
    )
    assert not norwegian, "Norwegian text under English:\n" + "\n".join(f"  {w}: {t!r}" for w, t in norwegian)


def assert_every_date_field_shows_day_month_year(window) -> None:
    """In bokmål and in English every date field shows 31.12.2027. Checked on the window the two tests
    above start in that language (the example plan open, every step shown), so it is built only once."""
    from verktoykasse.domain.formatting import DATE_FORMAT

    wrong = [edit.objectName() for edit in date_edits(window) if edit.displayFormat() != DATE_FORMAT]
    assert not wrong, f"date fields not in {DATE_FORMAT}: {wrong}"


# -- settings ------------------------------------------------------------------------------------------
def _answer_settings(qtbot, language: str | None = None, backups: int | None = None, ok: bool = True) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "settingsDialog":
            QTimer.singleShot(10, fill)
            return
        combo = dialog.findChild(QWidget, "languageCombo")
        if language is not None:
            combo.setCurrentIndex(combo.findData(language))
        if backups is not None:
            dialog.findChild(QWidget, "backupsSpin").setValue(backups)
        dialog.findChild(QWidget, "settingsOk" if ok else "settingsCancel").click()

    QTimer.singleShot(0, fill)


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_choosing_bokmal_in_settings_switches_the_open_window_at_once(
    use_language, start_window, qapp, qtbot, data_dir: Path
) -> None:
    from verktoykasse.settings import Settings

    window = _start_in("en", use_language, start_window, qapp)
    plan_id = window.plan_page.plan_id
    assert "&File" in _menu_titles(window)

    _answer_settings(qtbot, language="nb")
    window.settings_action.trigger()

    assert "&Fil" in _menu_titles(window)
    assert "&Verktøy" in _menu_titles(window)
    assert window.plan_page is not None and window.plan_page.plan_id == plan_id  # still at the same plan
    assert window.pages.currentWidget() is window.plan_page
    assert window.home.new_button.text() == "&Ny plan"
    assert Settings.load(window.context.paths.settings).language == "nb"

    _answer_settings(qtbot, language="en")
    window.settings_action.trigger()
    assert "&File" in _menu_titles(window)
    assert window.home.new_button.text() == "&New plan"
    assert Settings.load(window.context.paths.settings).language == "en"


def test_the_rebuilt_window_has_one_of_each_action(use_language, start_window, qapp, qtbot) -> None:
    window = _start_in("en", use_language, start_window, qapp)
    window.change_language("nb")
    window.change_language("en")
    names = [
        a.objectName() for m in window.menuBar().findChildren(QMenu) for a in m.actions() if a.objectName()
    ]
    assert len(names) == len(set(names))
    # the window's attributes point at the new actions
    assert window.new_plan_action.text() == "&New plan…"


def test_cancel_in_settings_changes_nothing(use_language, start_window, qapp, qtbot) -> None:
    from verktoykasse.settings import Settings

    window = _start_in("en", use_language, start_window, qapp)
    _answer_settings(qtbot, language="nb", backups=3, ok=False)
    window.settings_action.trigger()
    assert "&File" in _menu_titles(window)
    assert Settings.load(window.context.paths.settings).backups_to_keep == Settings().backups_to_keep


def test_the_number_of_backups_to_keep_is_remembered(use_language, start_window, qapp, qtbot) -> None:
    from verktoykasse.settings import Settings

    window = _start_in("en", use_language, start_window, qapp)
    _answer_settings(qtbot, backups=25)
    window.settings_action.trigger()
    assert window.context.settings.backups_to_keep == 25
    assert Settings.load(window.context.paths.settings).backups_to_keep == 25
    assert "&File" in _menu_titles(window)  # the language did not change


def test_settings_offer_follow_system_bokmal_and_english(use_language, qapp) -> None:
    from verktoykasse.settings import Settings
    from verktoykasse.ui.settings_dialog import SettingsDialog

    use_language("nb")
    dialog = SettingsDialog(Settings(language="en", backups_to_keep=7))
    combo = dialog.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "nb", "en"]
    assert combo.itemText(0).startswith("Som systemet (")
    assert combo.itemText(1) == "Norsk bokmål" and combo.itemText(2) == "English"
    assert dialog.chosen_language() == "en"
    assert dialog.backups_spin.value() == 7
    assert dialog.backups_spin.accessibleName() == "Antall sikkerhetskopier som tas vare på"


def test_in_english_a_catalogue_entry_keeps_its_norwegian_name_and_shows_an_english_gloss(
    use_language, start_window, qapp
) -> None:
    """Official names stay Norwegian (they are what NAV and the web pages say); English adds a gloss."""
    from PySide6.QtWidgets import QLabel

    from verktoykasse.catalogue import load_catalogue

    use_language("en")
    window = start_window()
    window.show_catalogue()
    entries = [e for e in load_catalogue().entries if e.gloss]
    shown = {label.text() for label in window.pages.currentWidget().findChildren(QLabel) if label.isVisible()}
    pairs = [(e.name, e.gloss) for e in entries if e.name in shown and e.gloss in shown]
    assert pairs, "the selected entry should show its Norwegian name and its English gloss"


@pytest.mark.parametrize("language", ["nb", "en"])
def test_no_two_items_of_a_menu_share_an_alt_letter(language, use_language, start_window, qapp) -> None:
    """Alt+letter must reach exactly one item: checked in the menu bar and in every menu."""
    from ts_files import mnemonics

    window = _start_in(language, use_language, start_window, qapp)
    groups = {"menu bar": [a.text() for a in window.menuBar().actions()]}
    for menu in window.menuBar().findChildren(QMenu):
        groups[menu.title()] = [a.text() for a in menu.actions() if not a.isSeparator()]
    clashes = {}
    for name, texts in groups.items():
        letters = [m.lower() for text in texts for m in mnemonics(text)[:1]]
        doubled = {letter for letter in letters if letters.count(letter) > 1}
        if doubled:
            clashes[name] = [t for t in texts if any(m.lower() in doubled for m in mnemonics(t)[:1])]
    assert not clashes, f"Alt letters used twice ({language}): {clashes}"


def test_after_a_change_of_language_the_menus_still_work(
    use_language, start_window, qapp, answer_next_dialog
) -> None:
    """The rebuilt "New plan…" creates and opens a plan in the rebuilt home view."""
    window = _start_in("en", use_language, start_window, qapp)
    window.change_language("nb")
    window.show_home()
    answer_next_dialog("ok", text="Plan etter språkbytte")
    window.new_plan_action.trigger()
    assert window.pages.currentWidget() is window.plan_page
    window.show_home()
    assert "Plan etter språkbytte" in window.home.plan_names()
