"""The home view as a business owner meets it: start empty, create, rename, reopen, delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


def test_program_starts_on_an_empty_data_folder(start_window, data_dir):
    window = start_window()
    assert window.isVisible()
    assert window.home.plan_names() == []
    assert window.home.empty_label.isVisible()
    assert (data_dir / "verktoykasse.sqlite3").exists()


def test_a_plan_created_in_the_home_view_is_there_after_a_restart(start_window, answer_next_dialog, qtbot):
    window = start_window()
    answer_next_dialog("ok", text="Inkludering 2027")
    qtbot.mouseClick(window.home.new_button, Qt.MouseButton.LeftButton)
    assert window.home.plan_names() == ["Inkludering 2027"]
    window.close()

    again = start_window()
    assert again.home.plan_names() == ["Inkludering 2027"]
    assert not again.home.empty_label.isVisible()


def test_renaming_a_plan_shows_the_new_name(start_window, answer_next_dialog, qtbot):
    window = start_window()
    answer_next_dialog("ok", text="Utkast")
    window.home.new_plan()
    window.show_home()
    answer_next_dialog("ok", text="Handlingsplan for bakeriet")
    qtbot.mouseClick(window.home.rename_button, Qt.MouseButton.LeftButton)
    assert window.home.plan_names() == ["Handlingsplan for bakeriet"]


def test_deleting_asks_first_and_cancel_keeps_the_plan(start_window, answer_next_dialog, qtbot):
    window = start_window()
    answer_next_dialog("ok", text="Plan A")
    window.home.new_plan()
    window.show_home()

    answer_next_dialog("confirmNo")
    qtbot.mouseClick(window.home.delete_button, Qt.MouseButton.LeftButton)
    assert window.home.plan_names() == ["Plan A"]

    answer_next_dialog("confirmYes")
    qtbot.mouseClick(window.home.delete_button, Qt.MouseButton.LeftButton)
    assert window.home.plan_names() == []


def test_an_empty_name_is_refused_with_a_message(start_window, answer_next_dialog, qtbot):
    window = start_window()
    answer_next_dialog("ok", text="   ")
    # The refusal message comes next, then the user cancels the name dialog.
    seen: list[str] = []

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def read_error_then_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QMessageBox):
            QTimer.singleShot(10, read_error_then_cancel)
            return
        seen.append(dialog.text())
        dialog.accept()
        answer_next_dialog("cancel")

    QTimer.singleShot(50, read_error_then_cancel)
    window.home.new_plan()
    assert seen == ["The name cannot be empty."]
    assert window.home.plan_names() == []


def test_window_geometry_is_remembered(start_window):
    window = start_window()
    window.resize(720, 540)
    window.close()
    again = start_window()
    assert (again.width(), again.height()) == (720, 540)


def test_about_shows_the_version(start_window, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from verktoykasse import __version__

    window = start_window()
    texts: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, read_and_close)
            return
        texts.append(dialog.text())
        dialog.accept()

    QTimer.singleShot(0, read_and_close)
    window.about_action.trigger()
    assert __version__ in texts[0]
    assert QApplication.organizationName() == "Verktoykassa"
    assert QApplication.applicationName() == "Verktoykasse"


@pytest.mark.parametrize(
    "name",
    [
        ("Inkluderingsplan for Fjordbakeriet AS, avdeling Sentrum, med sommerjobber og lærlinger " * 3)[:200],
        "Ø" * 200,  # one word, as long as a name may be
    ],
    ids=["a sentence", "one long word"],
)
def test_a_plan_with_a_long_name_fits_a_small_laptop_screen(start_window, answer_next_dialog, qtbot, name):
    """Kari names a plan with a whole sentence (or pastes one long word) on a 1024×600 laptop. The plan's
    page wraps the name instead of growing wider than the screen, and in the list of plans the name is
    cut short with "…" (the whole name is in its tooltip and read out by a screen reader) instead of the
    list scrolling sideways, also when the window is made narrower."""
    window = start_window()
    answer_next_dialog("ok", text=name)
    window.home.new_plan()  # the new plan opens on its page
    assert window.plan_page.title.toolTip() == name.strip()  # whole, where a long word is cut at the edge
    for width in (1024, 700):
        window.resize(width, 600)
        qtbot.waitUntil(lambda width=width: window.width() == width)
        assert window.minimumSizeHint().width() <= width
    window.show_home()
    plan_list = window.home.plan_list
    for width in (1024, 700):
        window.resize(width, 600)
        qtbot.waitUntil(lambda width=width: window.width() == width)
        item = plan_list.item(0)
        assert plan_list.visualItemRect(item).width() <= plan_list.viewport().width()
        assert plan_list.horizontalScrollBar().maximum() == 0
        assert item.toolTip().startswith(name.strip())


def as_a_tooltip_shows(text: str) -> str:
    """What Qt shows for a tooltip ``text``: read as rich text where it looks like markup."""
    from PySide6.QtGui import Qt as QtGui
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    if QtGui.mightBeRichText(text):
        document.setHtml(text)
    else:
        document.setPlainText(text)
    return document.toPlainText()


def test_a_plan_name_that_looks_like_markup_shows_as_typed_in_its_tooltips(start_window, answer_next_dialog):
    """Kari's plan is called "<b>Lager</b> & kantine": the tooltips of its page title and of its line in the
    list show those characters as typed, not a bold "Lager" without its tags."""
    name = "<b>Lager</b> & kantine <i>2027</i>"
    window = start_window()
    answer_next_dialog("ok", text=name)
    window.home.new_plan()
    assert as_a_tooltip_shows(window.plan_page.title.toolTip()) == name
    window.show_home()
    line = as_a_tooltip_shows(window.home.plan_list.item(0).toolTip())
    assert line.split("\n")[0] == name


def test_a_tooltip_of_ordinary_text_is_the_text_itself():
    from verktoykasse.ui.tooltips import literal

    assert literal("Inkludering 2027–2028") == "Inkludering 2027–2028"
    assert as_a_tooltip_shows(literal("a < b\nc & d")) == "a < b\nc & d"
