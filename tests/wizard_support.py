"""Small helpers for the wizard's tests: find a field on the page the user sees, type like a user."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from verktoykasse.ui.wizard.fields import TEXT_PAUSE_MS, NumberField, TextBox, TypedField


@pytest.fixture
def norwegian_numbers() -> Iterator[None]:
    """Numbers and dates as a Norwegian user types them (1 234,5), whatever the test machine says."""
    from verktoykasse.i18n import locale_for

    previous = QLocale()
    QLocale.setDefault(locale_for("nb"))
    yield
    QLocale.setDefault(previous)


def on_page(workspace, kind: type[QWidget], name: str) -> QWidget:
    """The widget called ``name`` on the page the user is looking at."""
    widget = workspace.current_page().findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} {name!r} on page {workspace.current_step}"
    return widget


def message(ws, name: str) -> str:
    """The message beside a field on the page in view, as the user sees it ("" while it is hidden)."""
    label = on_page(ws, QLabel, name)
    return label.text() if label.isVisible() else ""


def stored(window, kind, **where):
    """The one row of ``kind`` stored with these values, read from the database afresh."""
    with window.database.session() as session:
        return session.query(kind).filter_by(**where).one()


def type_into(qtbot, widget: QWidget, text: str, *, replace: bool = True) -> None:
    """Type like a user: select what is there and type over it (keyClicks for Latin-1 text only).

    After a number the user pauses, as a number field saves only then (never part-way through typing).
    """
    widget.setFocus()
    if replace and isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.selectAll()
    # QTest.keyClicks aborts the whole process on any character outside ASCII and æøå (é, ü and the
    # dash included, not only outside Latin-1): insert those as a paste would.
    if all(ord(ch) < 128 or ch in "æøåÆØÅ" for ch in text):
        qtbot.keyClicks(widget, text)
    elif isinstance(widget, QLineEdit):
        widget.insert(text)
    else:
        widget.insertPlainText(text)
    if isinstance(widget.parentWidget(), NumberField):
        pause(qtbot)


def type_date(qtbot, workspace, name: str, text: str) -> QLineEdit:
    """Type a date into the date field called ``name`` as a user does, and press Enter to have it read."""
    edit = on_page(workspace, QLineEdit, name)
    type_into(qtbot, edit, text)
    if not text:  # emptying the field: select what is there and delete it
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    return edit


def pause(qtbot) -> None:
    """The user stops typing for a moment: wait until every field waiting for a pause has read and saved
    what was typed (a condition, not a time: on a busy machine the pause's timer can come late)."""

    def settled() -> bool:
        return not any(
            getattr(widget, "_dirty", False)
            for widget in QApplication.allWidgets()
            if isinstance(widget, TypedField | TextBox)
        )

    qtbot.waitUntil(settled, timeout=max(10_000, TEXT_PAUSE_MS * 20))


def click(qtbot, workspace, name: str) -> None:
    button = on_page(workspace, QPushButton, name)
    assert button.isEnabled(), f"{name} is disabled"
    QApplication.processEvents()  # let the page lay out what was just added
    workspace.current_page().ensureWidgetVisible(button)  # scroll to it, as the user would
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def new_plan(window, answer_next_dialog, name: str = "Inkludering 2027"):
    answer_next_dialog("ok", text=name)
    window.home.new_plan()
    return window.plan_page


def with_keyboard(window):
    """The window made the active one, so the keyboard goes to it, as on a desktop; returns it."""
    from PySide6.QtTest import QTest

    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    return window


def kpi_in_step_5(window, answer_next_dialog, qtbot):
    """A new plan with one goal and its KPI "Nyansatte" (baseline 1, no measurements yet), shown in step 5;
    returns the workspace."""
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("goals")
    click(qtbot, ws, "goalsAdd")
    click(qtbot, ws, "kpisAdd")
    type_into(qtbot, on_page(ws, QLineEdit, "kpiName"), "Nyansatte")
    type_into(qtbot, on_page(ws, QLineEdit, "kpiBaseline"), "1")
    ws.go_to("evaluation")
    return ws
