"""Every input in the wizard has a name a screen reader can say and can be reached with Tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from verktoykasse.domain.vocabulary import STEPS

INPUTS = (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QAbstractButton, QListWidget)


def inputs_of(page: QWidget) -> list[QWidget]:
    found = []
    for kind in INPUTS:
        for widget in page.findChildren(kind):
            parent = widget.parentWidget()
            if isinstance(parent, QAbstractSpinBox | QComboBox | QLineEdit):  # inner parts (clear icon, …)
                continue
            if widget.objectName().startswith("qt_"):  # Qt's own parts (scroll bar buttons, …)
                continue
            found.append(widget)
    return found


def test_every_input_has_an_accessible_name_and_takes_tab_focus(start_window, qtbot):
    window = start_window()
    qtbot.mouseClick(window.plan_actions.example_button, Qt.MouseButton.LeftButton)
    ws = window.plan_page
    missing: list[str] = []
    checked = 0
    for step in STEPS:
        ws.go_to(step)
        for widget in inputs_of(ws.current_page()):
            checked += 1
            label = f"{step}: {type(widget).__name__} {widget.objectName()!r}"
            if not widget.accessibleName().strip():
                missing.append(label + " has no accessible name")
            if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                missing.append(label + " cannot be reached with Tab")
    assert checked > 150
    assert missing == []


def test_tab_goes_from_a_list_into_the_detail_of_its_selected_row(start_window, qtbot):
    window = start_window()
    qtbot.mouseClick(window.plan_actions.example_button, Qt.MouseButton.LeftButton)
    ws = window.plan_page
    ws.go_to("measures")
    page = ws.current_page()
    page.measures.list.setCurrentRow(2)  # the detail is made anew for the chosen measure

    widget = page.measures.down_button.nextInFocusChain()
    while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
        widget = widget.nextInFocusChain()
    assert widget.objectName() == "measureTitle"
