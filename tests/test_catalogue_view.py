"""The catalogue as the user meets it in the window: Ctrl+K, type, filter, read, open the web page only
on a click, copy a phone number, keep their own contacts, import a newer catalogue file."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton

from verktoykasse.catalogue.loader import shipped_path
from verktoykasse.domain.formatting import format_date


def open_catalogue(window, qtbot):
    window.catalogue_action.trigger()  # View → Catalogue (Ctrl+K)
    view = window.catalogue_page
    assert view is not None and window.pages.currentWidget() is view
    return view


def type_search(qtbot, view, text: str) -> None:
    """Type into the search field; the detail pane follows the top result once typing pauses."""
    qtbot.keyClicks(view.search_edit, text)
    qtbot.waitUntil(lambda: not view.detail_timer.isActive())


def names(view) -> list[str]:
    return [entry.name for entry in view.results()]


def choose(combo: QComboBox, key: str | None) -> None:
    combo.setCurrentIndex(combo.findData(key))


def fill_contact_dialog(qtbot, **fields: str) -> None:
    """Answer the next contact dialog: type into the named fields and press Save."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "contactDialog":
            QTimer.singleShot(10, answer)
            return
        for name, text in fields.items():
            edit = dialog.findChild(QLineEdit, name)
            edit.clear()
            edit.insert(text)
        dialog.findChild(QPushButton, "contactSave").click()

    QTimer.singleShot(0, answer)


def test_ctrl_k_opens_the_catalogue_with_its_edition_and_a_note_that_figures_change(start_window, qtbot):
    window = start_window()
    view = open_catalogue(window, qtbot)
    edition = view.findChild(QLabel, "catalogueEdition").text()
    assert "01.12.2026" in edition
    assert "built in" in edition
    assert "official web page" in edition
    assert len(view.results()) >= 40
    assert window.focusWidget() is view.search_edit

    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.home


def test_typing_without_norwegian_letters_finds_them(start_window, qtbot):
    view = open_catalogue(start_window(), qtbot)
    type_search(qtbot, view, "lonnstilskudd")
    assert "Midlertidig lønnstilskudd" in names(view)
    assert "Varig lønnstilskudd" in names(view)
    assert view.findChild(QLabel, "detailTitle").text() == names(view)[0]

    view.search_edit.clear()
    type_search(qtbot, view, "laerling")
    assert "Lærlingtilskudd (basistilskudd)" in names(view)
    assert "of" in view.count_label.text()


def test_the_filters_narrow_the_list(start_window, qtbot):
    view = open_catalogue(start_window(), qtbot)
    everything = len(view.results())
    choose(view.area_combo, "training")
    assert "Fagbrev på jobb" in names(view)
    assert "FFO – Funksjonshemmedes Fellesorganisasjon" not in names(view)
    assert len(view.results()) < everything

    choose(view.area_combo, None)
    choose(view.group_combo, "immigrants")
    assert "Jobbsjansen" in names(view)
    assert "Varig lønnstilskudd" not in names(view)

    choose(view.group_combo, None)
    choose(view.kind_combo, "law")
    assert {entry.kind for entry in view.results()} == {"law"}

    type_search(qtbot, view, "zzzz")
    assert view.results() == []
    assert not view.detail.widget().isVisible()


def test_searching_never_asks_the_database(start_window, qtbot):
    from sqlalchemy import event

    window = start_window()
    view = open_catalogue(window, qtbot)
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(window.database.engine, "before_cursor_execute", count)
    try:
        type_search(qtbot, view, "mentortilskudd")
        choose(view.area_combo, "support")
    finally:
        event.remove(window.database.engine, "before_cursor_execute", count)
    assert names(view) == ["Mentortilskudd"]
    assert statements == []


def test_the_web_page_opens_only_when_the_user_clicks(start_window, qtbot, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    view = open_catalogue(start_window(), qtbot)
    type_search(qtbot, view, "inkluderingstilskudd")
    assert view.detail.entry.id == "nav-inkluderingstilskudd"
    assert opened == []

    qtbot.mouseClick(view.detail.open_url_button, Qt.MouseButton.LeftButton)
    assert [url.toString() for url in opened] == ["https://nav.no/arbeidsgiver/inkluderingstilskudd"]


def test_a_phone_number_can_be_copied(start_window, qtbot):
    view = open_catalogue(start_window(), qtbot)
    type_search(qtbot, view, "kontaktsenter")
    assert view.detail.entry.id == "nav-kontaktsenter-arbeidsgiver"
    qtbot.mouseClick(view.detail.copy_phone_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "55 55 33 36"
    assert "55 55 33 36" in view.detail.copied.text()


def test_figures_show_their_year_and_caveats(start_window, qtbot):
    view = open_catalogue(start_window(), qtbot)
    type_search(qtbot, view, "ekspertbistand")
    figures = view.findChild(QLabel, "detail_figures").text()
    assert "24 900 kr" in figures
    assert "valid for: 2023" in figures
    assert "⚠" in figures
    assert "Last checked 01.12.2026 against: idebanken.org" in view.detail.checked.text()


def test_own_contacts_are_kept_found_edited_and_deleted(start_window, qtbot, answer_next_dialog):
    window = start_window()
    view = open_catalogue(window, qtbot)
    fill_contact_dialog(
        qtbot,
        contactName="Nav Fredrikstad – markedskontakt",
        contactOrganisation="Nav Fredrikstad",
        contactPhone="55 55 33 33",
        contactEmail="<b>ikke@html.no</b>",
    )
    # A bad e-mail address keeps the dialog open with a message; fix it on the second round.
    QTimer.singleShot(300, lambda: _fix_email(qtbot))
    qtbot.mouseClick(view.new_contact_button, Qt.MouseButton.LeftButton)
    assert view.detail.entry.name == "Nav Fredrikstad – markedskontakt"
    window.close()

    window = start_window()
    view = open_catalogue(window, qtbot)
    type_search(qtbot, view, "markedskontakt")
    assert names(view) == ["Nav Fredrikstad – markedskontakt"]
    assert view.detail.entry.email == "kontakt@example.no"
    choose(view.source_combo, "own")
    assert names(view) == ["Nav Fredrikstad – markedskontakt"]

    fill_contact_dialog(qtbot, contactRole="Fast kontaktperson for bedrifter")
    qtbot.mouseClick(view.detail.edit_button, Qt.MouseButton.LeftButton)
    assert "Fast kontaktperson" in view.findChild(QLabel, "detail_summary").text()

    answer_next_dialog("confirmNo")
    qtbot.mouseClick(view.detail.delete_button, Qt.MouseButton.LeftButton)
    assert names(view) == ["Nav Fredrikstad – markedskontakt"]
    answer_next_dialog("confirmYes")
    qtbot.mouseClick(view.detail.delete_button, Qt.MouseButton.LeftButton)
    assert names(view) == []


def _fix_email(qtbot) -> None:
    dialog = QApplication.activeModalWidget()
    if dialog is None or dialog.objectName() != "contactDialog":
        QTimer.singleShot(20, lambda: _fix_email(qtbot))
        return
    error = dialog.findChild(QLabel, "contactEmailError")
    assert "e-mail address" in error.text()
    assert dialog.findChild(QLineEdit, "contactName").text() == "Nav Fredrikstad – markedskontakt"
    email = dialog.findChild(QLineEdit, "contactEmail")
    email.setText("kontakt@example.no")
    dialog.findChild(QPushButton, "contactSave").click()


def test_contact_text_is_shown_literally_never_as_html(start_window, qtbot, database):
    from verktoykasse.storage.contacts import add_contact

    with database.session() as session:
        add_contact(session, "<b>Mentor</b> & co", note="<font size=40>stor</font>")
    view = open_catalogue(start_window(), qtbot)
    type_search(qtbot, view, "mentor co")
    assert view.detail.title.text() == "<b>Mentor</b> & co"
    assert view.detail.title.textFormat() == Qt.TextFormat.PlainText
    summary = view.findChild(QLabel, "detail_summary")
    assert summary.text() == "<font size=40>stor</font>"
    assert summary.textFormat() == Qt.TextFormat.PlainText


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def catalogue_dated(folder: Path, edition: dt.date, name: str = "ny-katalog.toml") -> Path:
    """The shipped catalogue with another edition date."""
    text = shipped_path().read_text(encoding="utf-8")
    text = re.sub(r"(?m)^edition = \S+", f"edition = {edition.isoformat()}", text, count=1)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


SHIPPED = dt.date.fromisoformat(
    re.search(r"(?m)^edition = (\S+)", shipped_path().read_text(encoding="utf-8")).group(1)
)
NEWER = SHIPPED + dt.timedelta(days=167)


@pytest.fixture
def newer_catalogue(tmp_path) -> Path:
    return catalogue_dated(tmp_path, NEWER)


def test_an_invalid_catalogue_file_is_refused_and_nothing_changes(
    start_window, qtbot, answer_next_dialog, tmp_path, data_dir, newer_catalogue
):
    window = start_window()
    view = open_catalogue(window, qtbot)
    bad = tmp_path / "feil.toml"
    bad.write_text(newer_catalogue.read_text(encoding="utf-8").replace('kind = "grant"', 'kind = "gift"', 1))
    window.database.close()  # so the database file does not change under the snapshot
    before = _snapshot(data_dir)

    answer_next_dialog("ok")
    assert view.import_from_path(bad) is False
    assert _snapshot(data_dir) == before
    assert "built in" in view.edition_label.text()
    assert "not imported" in view.status_label.text()


def test_a_newer_catalogue_file_is_imported_and_the_view_says_so(start_window, qtbot, newer_catalogue):
    window = start_window()
    view = open_catalogue(window, qtbot)
    assert view.import_from_path(newer_catalogue) is True
    assert format_date(NEWER) in view.edition_label.text()
    assert "imported" in view.edition_label.text()
    window.close()

    view = open_catalogue(start_window(), qtbot)
    assert format_date(NEWER) in view.edition_label.text()


def test_the_file_menu_offers_catalogue_import_and_the_view_menu_the_catalogue(start_window):
    window = start_window()
    assert window.import_catalogue_action in window.file_menu.actions()
    assert window.catalogue_action in window.view_menu.actions()
    assert window.catalogue_action.shortcut().toString() == "Ctrl+K"


def test_deleting_a_letter_or_changing_a_filter_while_typing_gives_the_full_answer(start_window, qtbot):
    from verktoykasse.catalogue import load_catalogue

    view = open_catalogue(start_window(), qtbot)
    catalogue = load_catalogue(view.data_dir)
    type_search(qtbot, view, "tilskuddx")
    assert view.results() == []
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Backspace)
    assert [e.id for e in view.results()] == [e.id for e in catalogue.search("tilskudd")]
    choose(view.area_combo, "training")
    assert [e.id for e in view.results()] == [e.id for e in catalogue.search("tilskudd", area="training")]
    type_search(qtbot, view, " laerling")
    assert [e.id for e in view.results()] == [
        e.id for e in catalogue.search("tilskudd lærling", area="training")
    ]
    assert view.results()[0].id == "laerlingtilskudd"


def test_the_keyboard_goes_from_the_search_to_the_results(start_window, qtbot):
    window = start_window()
    view = open_catalogue(window, qtbot)
    type_search(qtbot, view, "sommerjobb")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    assert window.focusWidget() is view.result_list
    assert view.detail.entry.id == "nav-sommerjobb"


def test_back_from_the_catalogue_returns_to_the_open_plan(start_window, qtbot):
    from verktoykasse.storage.plans import create_plan

    window = start_window()
    with window.database.session() as session:
        plan_id = create_plan(session, "Inkludering 2027").id
    window.open_plan(plan_id)
    plan_page = window.pages.currentWidget()
    open_catalogue(window, qtbot)
    window.plans_action.trigger()
    assert window.pages.currentWidget() is plan_page

    open_catalogue(window, qtbot)
    window.home_action.trigger()
    open_catalogue(window, qtbot)
    qtbot.mouseClick(window.catalogue_page.back_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.home


def test_a_search_of_only_emoji_or_marks_lists_every_entry_and_says_why(start_window, qtbot):
    """Typing "%_*?[(" or an emoji: there is no word to look for, so every entry is listed (as for an
    empty search), and the line above the list says so instead of leaving the user to wonder."""
    view = open_catalogue(start_window(), qtbot)
    everything = names(view)
    assert "no letters or digits" not in view.count_label.text()
    type_search(qtbot, view, "%_*?[(")
    assert names(view) == everything
    assert "The search has no letters or digits to look for" in view.count_label.text()
    view.search_edit.clear()
    view.search_edit.insert("🙂")  # as picked in the emoji panel (no key types it)
    qtbot.waitUntil(lambda: not view.detail_timer.isActive())
    assert names(view) == everything
    assert "The search has no letters or digits to look for" in view.count_label.text()
    view.search_edit.clear()
    type_search(qtbot, view, "mentor")
    assert "no letters or digits" not in view.count_label.text()


def test_a_catalogue_dated_years_ahead_by_the_programs_clock_is_refused_in_words(
    start_window, qtbot, tmp_path
):
    window = start_window()
    today = SHIPPED + dt.timedelta(days=20)
    window.clock = lambda: today
    view = open_catalogue(window, qtbot)
    shown: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, read_and_close)
            return
        shown.append(dialog.text())
        dialog.accept()

    QTimer.singleShot(0, read_and_close)
    assert not view.import_from_path(catalogue_dated(tmp_path, dt.date(9999, 12, 31)))
    assert "31.12.9999, is more than a year after today" in shown[0]
    assert f"({format_date(today)})" in shown[0]
    assert "not imported" in view.status_label.text()
    assert "built in" in view.edition_label.text()

    window.clock = lambda: dt.date(9999, 1, 1)  # the same file, by a clock that says it is that year
    assert view.import_from_path(catalogue_dated(tmp_path, dt.date(9999, 12, 31)))
    assert format_date(dt.date(9999, 12, 31)) in view.edition_label.text()
