"""The secondary windows and dialogs, as a user on a small laptop (1024×600) with the system font at 150 %
meets them in bokmål: each opens with the cursor in its first field, every control has a name of its own
that a screen reader says, bad input is answered in place in bokmål and changes nothing, and the dialog
fits the screen with its buttons in reach (what does not fit scrolls)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

SMALL_SCREEN = (1024, 600)
# What a window may take of that screen: the task bar and the window's own title bar and frame.
ROOM = (SMALL_SCREEN[0] - 16, SMALL_SCREEN[1] - 48)
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QTabBar,
)


@pytest.fixture
def bokmal_large_font(qapp, monkeypatch) -> Iterator[None]:
    """The program in bokmål, the system font half as large again (Windows' 150 %), on a small screen."""
    from PySide6.QtCore import QSize

    monkeypatch.setattr("verktoykasse.ui.fitting.screen_room", lambda _widget: QSize(*ROOM))
    from verktoykasse.i18n import apply_language, clear_translators

    previous_locale, previous_font = QLocale(), qapp.font()
    apply_language(qapp, "nb")
    font = qapp.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    qapp.setFont(font)
    yield
    qapp.setFont(previous_font)
    clear_translators(qapp)
    QLocale.setDefault(previous_locale)


def controls(dialog: QWidget) -> list[QWidget]:
    """What the user can reach with Tab (or a click): shown, enabled or not, not a part of another control
    (a spin box's line edit, a combo box's list, a scroll area's bars)."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(dialog):
            continue
        part_of_another = isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)) or isinstance(
            widget,
            QHeaderView,  # a table's headings: read with the table, not a stop of their own
        )
        if part_of_another or widget.objectName().startswith("qt_"):
            continue
        found.append(widget)
    return found


def names_of(dialog: QWidget) -> list[str]:
    """The name a screen reader says for each control: its accessible name, or a button's own words."""
    return [
        (widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")).replace(
            "&", ""
        )
        for widget in controls(dialog)
    ]


def assert_every_control_has_a_name_of_its_own(dialog: QWidget) -> None:
    names = names_of(dialog)
    nameless = [w.objectName() for w, name in zip(controls(dialog), names, strict=True) if not name]
    assert not nameless, f"controls without a name: {nameless}"
    twice = sorted({name for name in names if names.count(name) > 1})
    assert not twice, f"names said for more than one control: {twice}"


def assert_fits_a_small_screen(dialog: QWidget) -> None:
    """Shown on the small screen: no larger than the room there, nothing scrolls sideways or is cut short,
    and the buttons at its foot are inside the window."""
    from verktoykasse.ui.layout_check import layout_problems

    needed = dialog.minimumSizeHint()
    assert needed.width() <= ROOM[0] and needed.height() <= ROOM[1], f"needs {needed.toTuple()}"
    assert dialog.width() <= ROOM[0] and dialog.height() <= ROOM[1], f"opens at {dialog.size().toTuple()}"
    assert layout_problems(dialog) == []
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            corner = button.mapTo(dialog, button.rect().bottomRight())
            assert dialog.rect().contains(corner), f"{button.text()} is outside the window"


def tab_order(dialog: QWidget, count: int) -> list[str]:
    """The controls the cursor visits pressing Tab, from where it is (a spin box's text is the spin box)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    visited = []
    for _ in range(count):
        widget = QApplication.focusWidget()
        if isinstance(widget.parent(), QAbstractSpinBox):
            widget = widget.parent()
        visited.append(widget.objectName())
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return visited


def opened(make: Callable[[], QDialog], qtbot) -> QDialog:
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


# -- Settings ---------------------------------------------------------------------------------------------
def test_kari_finds_her_way_through_settings_on_a_small_laptop_with_large_text(
    bokmal_large_font, qtbot, tmp_path: Path
):
    from verktoykasse.settings import Settings
    from verktoykasse.ui.settings_dialog import SettingsDialog

    usual = tmp_path / "E-stick"
    dialog = opened(
        lambda: SettingsDialog(Settings(), data_folder=tmp_path / "Reserve", instead_of=usual), qtbot
    )
    assert dialog.windowTitle() == "Innstillinger"
    # the cursor is in the first field, the language
    assert QApplication.focusWidget() is dialog.language_combo
    assert_every_control_has_a_name_of_its_own(dialog)
    folder_names = {"Dataene dine ligger i", "Bruk denne datamappen ved hver oppstart"}
    assert {"Språk", *folder_names} <= set(names_of(dialog))
    # the whole dialog fits; what does not fit scrolls, and OK and Cancel stay in reach
    assert_fits_a_small_screen(dialog)
    # Tab walks down the dialog in reading order, and the part scrolled away comes into view
    assert tab_order(dialog, 6) == [
        "languageCombo",
        "backupsSpin",
        "dataFolderPath",
        "dataFolderKeep",
        "databaseLocal",
        "settingsOk",
    ]
    assert not dialog.database.local.visibleRegion().isEmpty()  # scrolled to when Tab reached it


def test_a_wrong_database_address_is_explained_beside_it_and_nothing_is_stored(bokmal_large_font, qtbot):
    from verktoykasse.settings import Settings
    from verktoykasse.ui.settings_dialog import SettingsDialog

    dialog = opened(lambda: SettingsDialog(Settings()), qtbot)
    box = dialog.database
    box.server.setChecked(True)
    # pressing OK with no address: a sentence beside the field, the dialog stays open
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert box.result.text().startswith("Skriv adressen til den delte databasen")
    assert QApplication.focusWidget() is box.url
    # an address that is not one: the same, in bokmål, and what she typed is still there to correct
    box.url.setText("kari@server/verktoykasse")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert box.result.text().startswith("Dette er ikke en databaseadresse programmet forstår.")
    assert box.url.text() == "kari@server/verktoykasse"
    # Escape leaves, and Settings stores nothing (``open_settings`` stores only after OK)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(box.url, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


# -- Meeting mode -----------------------------------------------------------------------------------------
@pytest.fixture
def example_plan_window(start_window):
    """The window with the example plan open: every step filled in, long texts where a plan has them."""
    from verktoykasse.exchange.example_plan import add_example_plan

    def start():
        window = start_window()
        with window.database.session() as session:
            plan_id = add_example_plan(session).id
        window.home.refresh(select_id=plan_id)
        window.open_plan(plan_id)
        return window

    return start


def test_meeting_mode_on_a_small_projector_with_large_text_scrolls_instead_of_cutting(
    bokmal_large_font, example_plan_window, qtbot
):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from verktoykasse.ui.layout_check import layout_problems

    window = example_plan_window()
    meeting = window.workshop_actions.start_meeting()
    meeting.showNormal()
    meeting.resize(*SMALL_SCREEN)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert meeting.minimumSizeHint().height() <= SMALL_SCREEN[1]
    # every slide, the long problem statement and the gap areas' grids too: nothing cut, nothing on top
    # of anything else; the text is still large, and the keys at the foot stay on at most two lines
    for index in range(len(meeting.slides)):
        meeting.go_to(index)
        QApplication.processEvents()
        assert layout_problems(meeting) == [], meeting.slides[index].objectName()
    help_lines = meeting.help.heightForWidth(meeting.help.width()) // meeting.help.fontMetrics().lineSpacing()
    assert help_lines <= 2
    # the facilitator's keys still move between slides, from the slide and from inside a field
    meeting.go_to(1)
    assert QApplication.focusWidget().objectName() == "answer1"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert meeting.index == 2
    meeting.slides[2].setFocus()
    QTest.keyClick(meeting.slides[2], Qt.Key.Key_Right)
    assert meeting.index == 3
    QTest.keyClick(meeting.slides[3], Qt.Key.Key_Down)
    assert meeting.index == 4
    # Tab brings a dot count scrolled away on a gap area's slide into view
    gap = next(index for index, slide in enumerate(meeting.slides) if slide.objectName() == "gapSlide1")
    meeting.go_to(gap)
    last = meeting.slides[gap].boxes["desired"][-1]
    for _ in range(9):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is last.findChild(QLineEdit) or QApplication.focusWidget() is last
    assert not last.visibleRegion().isEmpty()
    meeting.close()


# -- Own contacts -----------------------------------------------------------------------------------------
def test_kari_adds_her_nav_office_as_a_contact_and_a_wrong_phone_number_is_said_beside_it(
    bokmal_large_font, qtbot
):
    from verktoykasse.domain.validation import check_phone
    from verktoykasse.ui.catalogue.contact_dialog import ContactDialog

    dialog = opened(ContactDialog, qtbot)
    assert dialog.windowTitle() == "Ny kontakt"
    assert QApplication.focusWidget() is dialog.name_edit
    assert_every_control_has_a_name_of_its_own(dialog)
    assert_fits_a_small_screen(dialog)
    # Tab walks the form from the top, then the areas and the groups, then Save and Cancel, and round
    walk = tab_order(dialog, 22)
    assert walk[:8] == [
        "contactName",
        "contactOrganisation",
        "contactRole",
        "contactPhone",
        "contactEmail",
        "contactUrl",
        "contactKind",
        "contactNote",
    ]
    assert walk[19:] == ["contactSave", "contactCancel", "contactName"]
    dialog.name_edit.setText("Nav Fredrikstad")
    dialog.phone_edit.setText("55 55 33 33 spør etter Åse")
    dialog.group_boxes[1]["immigrants"].setChecked(True)
    # Save: the message is beside the phone number, in bokmål, and she is put back in that field
    dialog.findChild(QAbstractButton, "contactSave").click()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    message = dialog.findChild(QWidget, "contactPhoneError")
    assert message.isVisible() and message.text() == "⚠ " + check_phone("55 55 33 33 spør etter Åse")
    assert message.text().startswith("⚠ Et telefonnummer")
    assert QApplication.focusWidget() is dialog.phone_edit
    # nothing she typed is lost
    assert dialog.name_edit.text() == "Nav Fredrikstad"
    assert dialog.group_boxes[1]["immigrants"].isChecked()
    dialog.phone_edit.setText("55 55 33 33")
    dialog.findChild(QAbstractButton, "contactSave").click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values().phone == "55 55 33 33" and dialog.values().target_groups == ["immigrants"]


# -- Workshop kit -----------------------------------------------------------------------------------------
def test_the_workshop_kit_fits_a_small_laptop_and_enter_in_a_field_saves_no_pdf(
    bokmal_large_font, example_plan_window, qtbot, monkeypatch
):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from verktoykasse.catalogue import catalogue_in_use
    from verktoykasse.ui.workshop_kit import WorkshopKit

    window = example_plan_window()
    asked = []

    def save_file_name(*args, **kwargs):  # the file dialog, cancelled
        asked.append(args)
        return "", ""

    monkeypatch.setattr("verktoykasse.ui.workshop_kit.QFileDialog.getSaveFileName", save_file_name)
    kit = opened(
        lambda: WorkshopKit(
            window.database, window.open_plan_id(), catalogue_in_use(window.context.paths.root), window
        ),
        qtbot,
    )
    assert kit.windowTitle() == kit.accessibleName() == "Workshopmateriell"
    assert QApplication.focusWidget().objectName() == "workshopDate"
    # Alt+I goes to the invitation's text (its group's title), as Alt+D to the date
    groups = kit.findChildren(QGroupBox)
    assert [box.title() for box in groups if box.isAncestorOf(kit.preview)] == ["&Invitasjon"]
    assert_fits_a_small_screen(kit)
    # Kari types the time and presses Enter, as in a form: nothing else happens, the kit stays open
    kit.time_edit.setFocus()
    QTest.keyClicks(kit.time_edit, "09.00-12.00")
    QTest.keyClick(kit.time_edit, Qt.Key.Key_Return)
    assert asked == [] and kit.isVisible()
    assert "09.00-12.00" in kit.preview.toPlainText()
    # Enter on a button still presses it
    kit.sheets_button.setFocus()
    QTest.keyClick(kit.sheets_button, Qt.Key.Key_Return)
    assert len(asked) == 1
    kit.reject()


# -- Help ---------------------------------------------------------------------------------------------------
def test_in_the_glossary_enter_after_a_word_goes_to_what_was_found_and_the_window_fits(
    bokmal_large_font, qtbot
):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from verktoykasse.domain.glossary import glossary
    from verktoykasse.ui.help import GlossaryDialog

    dialog = opened(GlossaryDialog, qtbot)
    assert QApplication.focusWidget() is dialog.filter
    assert_every_control_has_a_name_of_its_own(dialog)
    assert_fits_a_small_screen(dialog)
    # the field has a label with an Alt letter
    label = next(label for label in dialog.findChildren(QLabel) if label.buddy() is dialog.filter)
    assert label.text() == "&Finn et ord:"
    QTest.keyClicks(dialog.filter, "gap")
    QTest.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert QApplication.focusWidget() is dialog.text
    assert dialog.shown and len(dialog.shown) < len(glossary())  # only the words about gaps
    # Escape closes it
    QTest.keyClick(dialog.text, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_getting_started_fits_a_small_laptop_with_large_text(bokmal_large_font, qtbot, tmp_path):
    from verktoykasse.ui.help import GettingStartedDialog

    dialog = opened(lambda: GettingStartedDialog(tmp_path, lambda: None), qtbot)
    assert_fits_a_small_screen(dialog)
    assert_every_control_has_a_name_of_its_own(dialog)
    # the picture of the five steps is no wider than the page it is on
    picture = dialog.text.document().resource(
        dialog.text.document().ResourceType.ImageResource, "picture:steps"
    )
    assert picture.width() <= dialog.text.viewport().width()


# -- The plan bin -----------------------------------------------------------------------------------------
def test_kari_takes_a_deleted_plan_back_out_of_the_bin_with_the_keyboard(
    bokmal_large_font, start_window, qtbot, monkeypatch
):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from verktoykasse.storage.plans import create_plan, list_plans, move_to_bin
    from verktoykasse.ui.plan_bin import PlanBinDialog

    window = start_window()
    with window.database.session() as session:
        kept = create_plan(session, "Inkluderingsplan 2026 for Bakeriet Solsiden AS, avdeling Fredrikstad")
        other = create_plan(session, "Gammel prøveplan")
        session.commit()
        kept_id, other_id = kept.id, other.id
    with window.database.session() as session:
        move_to_bin(session, other_id)
        move_to_bin(session, kept_id)
    dialog = opened(lambda: PlanBinDialog(window.database, window), qtbot)
    assert dialog.windowTitle() == "Papirkurv for planer" or dialog.windowTitle() == dialog.accessibleName()
    # the newest first, chosen; the cursor is in the list
    assert QApplication.focusWidget() is dialog.list
    assert dialog.list.full_text(0).startswith("Inkluderingsplan 2026")
    # the list has a label with an Alt letter: "Slettede &planer blir liggende her …"
    label = next(label for label in dialog.findChildren(QLabel) if label.buddy() is dialog.list)
    assert label.text().startswith("Slettede &planer")
    assert_every_control_has_a_name_of_its_own(dialog)
    assert_fits_a_small_screen(dialog)
    # "Delete now…" asks first; she says no, and nothing is gone
    asked = []
    monkeypatch.setattr("verktoykasse.ui.dialogs.confirm", lambda *args: asked.append(args[2]) or False)
    assert dialog.delete_button.text() == "&Slett nå…"  # Alt+S
    dialog.delete_button.click()
    assert len(asked) == 1 and "for godt" in asked[0]
    assert dialog.list.count() == 2
    # Enter on the line brings the plan back
    QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.restored == [kept_id]
    with window.database.session() as session:
        assert kept_id in [plan.id for plan in list_plans(session)]
    assert dialog.list.count() == 1
    # Escape closes the bin
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# -- The shared database's password -----------------------------------------------------------------------
def test_ok_without_a_password_is_said_beside_the_field(bokmal_large_font, qtbot):
    from verktoykasse.ui.server_dialogs import PasswordDialog

    dialog = opened(lambda: PasswordDialog("postgresql://kari@server.example.no/verktoykasse", ""), qtbot)
    assert QApplication.focusWidget() is dialog.password
    assert_every_control_has_a_name_of_its_own(dialog)
    assert_fits_a_small_screen(dialog)
    dialog.findChild(QAbstractButton, "serverPasswordOk").click()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    message = dialog.findChild(QLabel, "serverPasswordEmpty")
    assert message.isVisible() and message.text() == "⚠ Skriv passordet, eller trykk Avbryt."
    dialog.password.setText("hemmelig")
    dialog.findChild(QAbstractButton, "serverPasswordOk").click()
    assert dialog.result() == QDialog.DialogCode.Accepted


# -- The equality duty (ARP) ------------------------------------------------------------------------------
def test_the_equality_window_fits_a_small_laptop_with_large_text_on_every_tab(
    bokmal_large_font, example_plan_window, qtbot
):
    from verktoykasse.ui.arp_window import ArpWindow
    from verktoykasse.ui.layout_check import layout_problems

    window = example_plan_window()
    arp = opened(lambda: ArpWindow(window.database, window.open_plan_id(), window), qtbot)
    assert arp.width() <= ROOM[0] and arp.height() <= ROOM[1]  # its title bar stays on the screen
    # Tab goes from the tabs to the first field of the duty and on down, without a blank stop
    assert QApplication.focusWidget() is arp.tabs.tabBar()
    assert tab_order(arp, 4) == ["qt_tabwidget_tabbar", "arpDocument", "arpResponsible", "arpPrinciples"]
    for index in range(arp.tabs.count()):
        if arp.tabs.isTabVisible(index):
            arp.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            assert layout_problems(arp) == [], arp.tabs.tabText(index)
            assert_every_control_has_a_name_of_its_own(arp.tabs.currentWidget())
    assert arp.minimumSizeHint().height() <= ROOM[1] and arp.minimumSizeHint().width() <= ROOM[0]
    arp.reject()


def test_a_meetings_date_shows_whole_on_a_small_laptop_with_large_text(
    bokmal_large_font, example_plan_window, qtbot
):
    """The representatives' meetings at 150 % on 1024×600: the date, one word that cannot wrap, is shown
    whole ("04.11.2027", not "04.11.2…"); the titles beside it give up the width instead."""
    import datetime as dt

    from verktoykasse.storage.editing import add_row
    from verktoykasse.ui.arp_window import ArpWindow

    window = example_plan_window()
    arp = opened(lambda: ArpWindow(window.database, window.open_plan_id(), window), qtbot)
    add_row(arp.session, arp.plan, "arp_involvement", held_on=dt.date(2027, 11, 4), topic="Lønnskartlegging")
    arp.session.commit()
    arp.meetings.reload()
    arp.tabs.setCurrentIndex(
        next(i for i in range(arp.tabs.count()) if arp.tabs.widget(i).isAncestorOf(arp.meetings))
    )
    QApplication.processEvents()
    table = arp.meetings.list
    table.fit_columns()
    model, date_column = table.rows_model, 0
    dates = [model.cell(row, date_column)[0] for row in range(model.rowCount())]
    assert "04.11.2027" in dates
    needed = max(table.sizeHintForIndex(model.index(row, date_column)).width() for row in range(len(dates)))
    assert table.horizontalHeader().sectionSize(date_column) >= needed
    arp.reject()


# -- Ready for the board? ---------------------------------------------------------------------------------
def test_enter_on_what_the_board_will_miss_goes_to_that_field_and_exports_nothing(bokmal_large_font, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from verktoykasse.domain.validation import PlanWarning
    from verktoykasse.domain.vocabulary import Step
    from verktoykasse.ui.followup_actions import ReadinessDialog

    missing = [
        PlanWarning(Step.MEASURES, "Fristen mangler.", "measure", 1, "deadline", "Mentor for nye bakere"),
        PlanWarning(Step.GOALS, "Målverdien mangler.", "kpi", 2, "target", "Andel nyansatte som blir"),
    ]
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = opened(lambda: ReadinessDialog("Bakeriet Solsiden AS", missing, True, parent), qtbot)
    assert QApplication.focusWidget() is dialog.list
    assert_every_control_has_a_name_of_its_own(dialog)
    assert_fits_a_small_screen(dialog)
    QTest.keyClick(dialog.list, Qt.Key.Key_Down)
    QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.chosen is missing[1] and not dialog.export_anyway
    assert dialog.result() == QDialog.DialogCode.Accepted
