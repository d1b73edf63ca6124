"""Collect every text a user can read in a window, to check which language it is in.

Walks all widgets and actions reachable from a top-level widget, hidden ones included (a hidden page
is shown later). Skips what is not the program's own text: what the user typed (editable fields), rows of
item views (plans, catalogue entries) and widgets marked as content: the dynamic property
``userContent`` set to true, or widgets of the catalogue package (official Norwegian names).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStatusBar,
    QTabBar,
    QTableView,
    QTextEdit,
    QToolBox,
    QTreeView,
    QWidget,
    QWizard,
)

CONTENT_PROPERTY = "userContent"
CONTENT_MODULES = ("verktoykasse.ui.catalogue",)
_TAG = re.compile(r"<[^>]+>")


def is_content(widget: QWidget) -> bool:
    current: QWidget | None = widget
    while current is not None:
        if current.property(CONTENT_PROPERTY) or type(current).__module__.startswith(CONTENT_MODULES):
            return True
        current = current.parentWidget()
    return False


def _clean(text: str) -> str:
    return _TAG.sub(" ", text.replace("&nbsp;", " ")).strip()


def widget_texts(widget: QWidget) -> Iterator[str]:
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    yield widget.toolTip()
    yield widget.statusTip()
    yield widget.whatsThis()
    if widget.isWindow():
        yield widget.windowTitle()
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
        yield widget.placeholderText()
    elif isinstance(widget, QComboBox) and not widget.isEditable():
        for index in range(widget.count()):
            yield widget.itemText(index)
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield widget.tabText(index)
            yield widget.tabToolTip(index)
    elif isinstance(widget, QToolBox):
        for index in range(widget.count()):
            yield widget.itemText(index)
    elif isinstance(widget, QMenu):
        yield widget.title()
    elif isinstance(widget, QStatusBar):
        yield widget.currentMessage()
    elif isinstance(widget, QWizard):
        for button in QWizard.WizardButton:
            if button.value <= QWizard.WizardButton.CustomButton3.value:
                yield widget.buttonText(button)
    if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
        model = widget.model()
        for column in range(_columns(widget)):
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def action_texts(action: QAction) -> Iterator[str]:
    yield action.text()
    yield action.iconText()
    yield action.toolTip()
    yield action.statusTip()
    yield action.whatsThis()


def collect_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every non-empty program text under ``root``."""
    found: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    actions: set[QAction] = set(root.findChildren(QAction))
    for widget in widgets:
        actions.update(widget.actions())
        if is_content(widget):
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        for text in widget_texts(widget):
            if text and _clean(text):
                found.append((where, _clean(text)))
    for action in actions:
        if not action.isSeparator():
            for text in action_texts(action):
                if text and _clean(text):
                    found.append((f"QAction {action.objectName()!r}", _clean(text)))
    return found


def _columns(view: QAbstractItemView) -> int:
    if isinstance(view, (QTableView, QTreeView)) and view.model() is not None:
        return view.model().columnCount(QModelIndex())
    return 1


def item_texts(root: QWidget) -> list[tuple[str, str]]:
    """Rows of item views (top level), split into their parts: "name\nStep: … · Last changed …"."""
    found: list[tuple[str, str]] = []
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or is_content(view):
            continue
        for row in range(min(model.rowCount(QModelIndex()), 200)):
            for column in range(_columns(view)):
                text = str(model.index(row, column).data() or "")
                for part in re.split(r"\n| · ", text):
                    if part.strip():
                        found.append((f"{type(view).__name__} {view.objectName()!r} row {row}", part.strip()))
    return found


def date_edits(root: QWidget) -> list[QDateTimeEdit]:
    return root.findChildren(QDateTimeEdit)
