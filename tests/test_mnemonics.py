"""A keyboard user presses Alt+letter to open a menu, or to jump to a field: on every view of the window
the letters of the menu bar (Alt+F for File, …) must still open their menu.

When a label or button on the page underlined the same letter, Qt would find the letter ambiguous and only
cycle between them, so the menu no longer opens. Two fields sharing a letter (not a menu's) is allowed:
Alt+letter then moves between them. Three or more on one letter is not, when the page has free letters.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QLineEdit, QWidget

from verktoykasse.domain.vocabulary import STEPS

LANGUAGES = ["nb", "en"]
_MNEMONIC = re.compile(r"&(?!&)(?![a-z]+;)(\w)")


def mnemonic(text: str) -> str | None:
    """The Alt+letter marked with a single ``&`` in ``text`` (``&&`` is a literal ampersand)."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def menu_letters(window) -> dict[str, str]:
    """The Alt+letters of the menu bar in the window's language: {"f": "&Fil", …}."""
    letters = {}
    for action in window.menuBar().actions():
        letter = mnemonic(action.text())
        if letter:
            letters[letter] = action.text()
    return letters


def shown_letters(window) -> dict[str, list[str]]:
    """The Alt+letters of every label, button, check box and group box the user sees in the window."""
    letters: dict[str, list[str]] = defaultdict(list)
    central = window.centralWidget()
    widgets: list[QWidget] = [
        *central.findChildren(QLabel),
        *central.findChildren(QAbstractButton),
        *central.findChildren(QGroupBox),
    ]
    for widget in widgets:
        if not widget.isVisible():
            continue
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        letter = mnemonic(text)
        if letter:
            letters[letter].append(text)
    return letters


def every_view(window) -> Iterator[str]:
    """Shows each view a user meets in turn (home, catalogue, each step of the example plan)."""
    QApplication.processEvents()
    yield "home"
    window.show_catalogue()
    QApplication.processEvents()
    yield "catalogue"
    window.leave_catalogue()
    window.plan_actions.open_example()
    for step in STEPS:
        window.plan_page.go_to(step)
        QApplication.processEvents()
        yield f"step {step}"


@pytest.fixture
def in_language(qapp) -> Iterator[Callable[[str], str]]:
    """The program in one language for a test; back to the English source texts afterwards."""
    from verktoykasse.i18n import apply_language, clear_translators

    previous = QLocale()
    yield lambda language: apply_language(qapp, language)
    clear_translators(qapp)
    QLocale.setDefault(previous)


@pytest.mark.parametrize("language", LANGUAGES)
def test_alt_and_a_menu_letter_opens_the_menu_on_every_view(start_window, in_language, language):
    in_language(language)
    window = start_window()
    menus = menu_letters(window)
    assert len(menus) == 5, menus  # File, Edit, View, Tools, Help
    clashes = []
    for view in every_view(window):
        for letter, texts in sorted(shown_letters(window).items()):
            if letter in menus:
                clashes.append(f"  {view}: {texts} take Alt+{letter.upper()} from the menu {menus[letter]!r}")
    assert not clashes, "Labels or buttons use a letter of the menu bar:\n" + "\n".join(clashes)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_alt_letter_is_shared_by_three_fields_of_one_view(start_window, in_language, language):
    in_language(language)
    window = start_window()
    crowded = []
    for view in every_view(window):
        for letter, texts in sorted(shown_letters(window).items()):
            if len(texts) >= 3:
                crowded.append(f"  {view}: Alt+{letter.upper()} is on {texts}")
    assert not crowded, "Alt+letter has to be pressed three times or more to reach a field:\n" + "\n".join(
        crowded
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_step_buttons_keep_clear_of_the_menu_letters(start_window, in_language, language):
    """Previous and Next step also answer Ctrl+PgUp / Ctrl+PgDown; their Alt+letter must not take a menu's."""
    in_language(language)
    window = start_window()
    menus = menu_letters(window)
    window.plan_actions.open_example()
    workspace = window.plan_page
    for button in (workspace.previous_button, workspace.next_button):
        assert mnemonic(button.text()) not in menus, button.text()


def press_alt(field: QLineEdit, letter: str) -> str | None:
    """Alt+letter typed in ``field``: the title of the menu that opens (closed again), if one does."""
    field.setFocus()
    QApplication.processEvents()
    QTest.keyClick(field, letter, Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()
    popup = QApplication.activePopupWidget()
    if popup is None:
        return None
    title = popup.title()
    popup.close()
    QApplication.processEvents()
    return title


# Offscreen, a menu that opens cannot raise itself or grab the keyboard; Qt says so, harmlessly.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
@pytest.mark.parametrize("language", LANGUAGES)
def test_alt_and_a_menu_letter_typed_in_a_field_opens_that_menu_every_time(
    start_window, in_language, qtbot, language
):
    """Typing in a field, Alt+F opens the File menu, again and again (a clash would move to a field the
    second time)."""
    in_language(language)
    window = start_window()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    menus = menu_letters(window)
    window.plan_actions.open_example()
    for step in STEPS:
        window.plan_page.go_to(step)
        QApplication.processEvents()
        page = window.plan_page.current_page()
        field = next(edit for edit in page.findChildren(QLineEdit) if edit.isVisible())
        for letter, title in menus.items():
            for _ in range(2):
                assert press_alt(field, letter) == title, f"{step}: Alt+{letter.upper()}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_in_settings_each_alt_letter_reaches_one_field(start_window, in_language, qtbot, language):
    """Settings → Database: "This computer" and "A shared database" once both took Alt+D in bokmål, so
    Alt+D only moved between them; every label and button of the dialog has a letter of its own."""
    from verktoykasse.ui.settings_dialog import SettingsDialog

    in_language(language)
    window = start_window()
    dialog = SettingsDialog(window.context.settings, window)
    qtbot.addWidget(dialog)
    letters: dict[str, list[str]] = defaultdict(list)
    for widget in [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]:
        letter = mnemonic(widget.text())
        if letter:
            letters[letter].append(widget.text())
    assert "d" in letters or "t" in letters  # the dialog really was read
    assert {letter: texts for letter, texts in letters.items() if len(texts) > 1} == {}


def measures_step_in_full(window) -> QWidget:
    """The measures step of the example plan with every form it has shown at once: the first measure,
    recurring, with a time it was held and a planned hire."""
    import datetime as dt

    from verktoykasse.storage.editing import add_row
    from verktoykasse.ui.wizard.list_editor import ListEditor

    window.plan_actions.open_example()
    ws = window.plan_page
    ws.go_to("measures")
    measures = ws.current_page().measures
    measure = measures.current()
    ws.saver.run(lambda: add_row(ws.session, measure, "occurrences", due_on=dt.date(2027, 3, 1)))
    measures.reload(select=measure)
    measures.detail.findChild(ListEditor, "plannedHires").add_row()  # the example has no hire
    QApplication.processEvents()
    return ws.current_page()


def tab_stops(window) -> list[QWidget]:
    """The widgets Tab goes through in the window, in order (Qt's focus chain, as Tab follows it)."""
    stops, widget = [], window.nextInFocusChain()
    while widget is not window:
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def fields_above(label: QLabel) -> list[QWidget]:
    """The fields of the rows above ``label``'s in its form, the nearest first."""
    from PySide6.QtWidgets import QFormLayout

    for form in label.parentWidget().findChildren(QFormLayout):
        row, _role = form.getWidgetPosition(label)
        if row < 0:
            continue
        found = []
        for above in range(row - 1, -1, -1):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                item = form.itemAt(above, role)
                if item is not None and item.widget() is not None and item.widget().isVisible():
                    found.append(item.widget())
        return found
    return []


# Reached by Tab only (by the field's name; its label has no Alt+letter): in one language or both, every
# letter of the label is a menu's (Alt+D, F, H, I, V in bokmål; F, H, I, T, V in English) or is on two
# other fields of the step already, and the "&" that marks the letter is in both languages or in neither
# (``test_translations``). Each of these is reached by Tab from the field above it.
TAB_ONLY = {
    "measuresList",  # Tiltak / Measures
    "measureRecurrence",  # Gjentas / Recurs
    "measureRecurrenceEnd",  # Gjentas til … / Recurs until …
    "milestonesList",  # Milepæler for dette tiltaket (æ) / Milestones of this measure
    "occurrencesList",  # Ganger det ble holdt / Times it was held
    "occurrenceHeldOn",  # Holdt den / Held on
    "occurrenceNote",  # Notat / Note
    "plannedHiresList",  # Planlagte ansettelser med Navs ordninger / Planned hires with Nav schemes
    "hireLabel",  # Hvem (en rolle, ikke et navn) / Who (a role, not a name)
    "hireTargetGroup",  # Målgruppe (å) / Target group
    "hireSchemes",  # Ordninger / Schemes
    "hireJobPercent",  # Stillingsprosent / Job percentage (j)
    "hireMentorHourlyWage",  # Mentorens timelønn (ø) / Mentor's hourly wage (k, m, y)
    "hireExtraCosts",  # Ekstra kostnader til tilrettelegging / Extra adaptation costs (k)
    "hireReducedCapacity",  # Nav har vurdert nedsatt arbeidsevne / Nav has assessed … (k, y)
    "hourlyCost",  # Timekostnad for tiltakenes timer / Hourly cost for the measures' hours (k, m, y)
    "holidayPayPercent",  # Feriepenger / Holiday pay (y)
    "pensionPercent",  # Tjenestepensjon / Occupational pension
    "contributionPercent",  # Arbeidsgiveravgift / Employer's contribution (m, y)
    "boardDecisionsList",  # Hva styret bes om å vedta (y, å) / What the board is asked to decide (k)
    "approvedOn",  # Vedtatt dato / Decided on
    "approvedBy",  # Vedtatt av / Decided by (y)
    "reportLanguage",  # Språk i den utskrevne rapporten (å) / Language of the printed report
}


def test_every_field_of_the_measures_step_has_an_alt_letter_where_one_is_free(start_window, in_language):
    """Kari fills in a measure from the keyboard. About twenty labels of the step had no Alt+letter. Now
    each label (and check box) has one wherever its words hold a letter that is free in bokmål and in
    English: not a menu's, and on fewer than two other fields. The rest (``TAB_ONLY``) are reached by Tab
    from the field above them, in the order the form reads."""
    from PySide6.QtWidgets import QCheckBox

    from verktoykasse.ui.wizard.fields import plain

    free_letters: dict[str, dict[str, list[str]]] = {}
    out_of_order, followed = [], 0
    for language in LANGUAGES:
        in_language(language)
        window = start_window()
        page = measures_step_in_full(window)
        menus = menu_letters(window)
        taken = shown_letters(window)
        assert {letter for letter, texts in taken.items() if len(texts) > 2} == set(), language
        assert not set(taken) & set(menus), language
        stops = tab_stops(window)
        labels = [label for label in page.findChildren(QLabel) if label.buddy() is not None]
        without = free_letters[language] = {}
        for widget in [*labels, *page.findChildren(QCheckBox)]:
            if not widget.isVisible() or mnemonic(widget.text()):
                continue
            field = widget if isinstance(widget, QCheckBox) else widget.buddy()
            text = plain(widget.text()).casefold()
            without[field.objectName()] = sorted(
                {c for c in text if c.isalpha() and c not in menus and len(taken.get(c, [])) < 2}
            )
            assert field in stops, f"{language}: Tab never reaches {field.objectName()!r}"
            # Tab from the field above (from its last part: a date's calendar button) comes here.
            above = [
                [i for i, stop in enumerate(stops) if stop is other or other.isAncestorOf(stop)]
                for other in (fields_above(widget) if isinstance(widget, QLabel) else [])
            ]
            above = [places for places in above if places]  # not a note or a sum: Tab skips those
            if above:
                followed += 1
                last = max(above[0])
                if stops[last + 1] is not field:
                    out_of_order.append(
                        f"{language}: Tab from the field above {field.objectName()!r} goes to "
                        f"{stops[last + 1].objectName()!r}"
                    )
        window.context.close()
        window.close()
    could = [
        f"{name}: Alt+{'/'.join(free_letters['nb'][name]).upper()} in bokmål, "
        f"Alt+{'/'.join(free_letters['en'][name]).upper()} in English"
        for name in free_letters["nb"]
        if free_letters["nb"][name] and free_letters["en"].get(name)
    ]
    assert could == [], "\n".join(could)
    assert set(free_letters["nb"]) == set(free_letters["en"]) == TAB_ONLY
    assert out_of_order == []
    assert followed > 20  # Tab was followed into most of them, in both languages (a list's is its heading)
