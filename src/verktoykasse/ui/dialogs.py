"""The few modal questions the program asks, built as instances so every button has a name and tests
can answer them like a user does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something that cannot be undone; the safe answer is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    _plain_text(box)  # a name like "<b>x</b>" is shown as written, never as HTML
    box.setObjectName("confirmDialog")
    box.setAccessibleName(title)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    no = box.addButton(QCoreApplication.translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    yes.setObjectName("confirmYes")
    no.setObjectName("confirmNo")
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def confirm_typed_lost(parent: QWidget | None, texts: list[str], leaving: str, plan: str = "") -> bool:
    """Before a window or a plan is left with typed text that could not be saved (a date or number that
    could not be read, a text too long for a plan file: it lives only in its field, with the message
    beside it): whether the user leaves all the same. ``leaving`` is "close" or "open" (another plan).
    The question quotes what was typed, so the user knows which field it is without hunting."""
    what = typed_list(texts)
    if leaving == "open":
        text = QCoreApplication.translate(
            "Dialogs",
            "What you typed in “{plan}” could not be saved: {what}. The message beside the field says why. "
            "If you open another plan now, it is lost. Open it anyway?",
        ).format(plan=plan, what=what)
        action = QCoreApplication.translate("Dialogs", "Open without it")
    else:
        text = QCoreApplication.translate(
            "Dialogs",
            "What you typed could not be saved: {what}. The message beside the field says why. If you close "
            "now, it is lost. Close anyway?",
        ).format(what=what)
        action = QCoreApplication.translate("Dialogs", "Close without saving")
    return confirm(parent, QCoreApplication.translate("Dialogs", "Not saved"), text, action)


QUOTED_LENGTH = 40  # a typed value longer than this is quoted by its start
QUOTED_VALUES = 3


def typed_list(texts: list[str]) -> str:
    """What was typed, as the question quotes it: «31.13.2027», «abc» and 2 more; a text too long to be
    saved is named by its length, not pasted into the question."""
    from verktoykasse.domain.formatting import format_number
    from verktoykasse.domain.validation import LONGEST_TEXT

    quoted = []
    for text in texts[:QUOTED_VALUES]:
        if len(text) > LONGEST_TEXT:
            quoted.append(
                QCoreApplication.translate("Dialogs", "a text of {count} characters").format(
                    count=format_number(len(text))
                )
            )
            continue
        line = " ".join(text.split())
        if len(line) > QUOTED_LENGTH:
            line = line[: QUOTED_LENGTH - 1].rstrip() + "…"
        quoted.append(f"«{line}»")
    what = ", ".join(quoted)
    if len(texts) > QUOTED_VALUES:
        what = QCoreApplication.translate("Dialogs", "{values} and {count} more").format(
            values=what, count=format_number(len(texts) - QUOTED_VALUES)
        )
    return what


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    dialog = QInputDialog(parent)
    dialog.setObjectName("textDialog")
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setLabelText(label)
    for text_label in dialog.findChildren(QLabel):
        _plain_text(text_label)
    dialog.setTextValue(text)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setOkButtonText(QCoreApplication.translate("Dialogs", "OK"))
    dialog.setCancelButtonText(QCoreApplication.translate("Dialogs", "Cancel"))
    edit = dialog.findChild(QLineEdit)
    if edit is not None:
        edit.setAccessibleName(label.replace("&", "").rstrip(":").strip())  # as the label reads
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


def _message(
    parent: QWidget | None, icon: QMessageBox.Icon, text: str, name: str, accessible: str
) -> QMessageBox:
    """A message with one OK button; the box is ``name`` + "Dialog", its button ``name`` + "Ok"."""
    box = QMessageBox(
        icon,
        QCoreApplication.translate("Dialogs", "Verktøykassa"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    _plain_text(box)
    box.setObjectName(name + "Dialog")
    box.setAccessibleName(accessible)
    box.button(QMessageBox.StandardButton.Ok).setObjectName(name + "Ok")
    return box


def show_error(parent: QWidget | None, text: str) -> None:
    error = QCoreApplication.translate("Dialogs", "Error")
    _message(parent, QMessageBox.Icon.Critical, text, "error", error).exec()


def tell_then(parent: QWidget, text: str, then: Callable[[], None]) -> QMessageBox:
    """Say something the user must see before ``then`` runs (a window about to close), without a nested
    event loop: the box blocks only ``parent``'s window, and ``then`` runs once it is answered."""
    title = QCoreApplication.translate("Dialogs", "Verktøykassa")
    box = _message(parent, QMessageBox.Icon.Warning, text, "notice", title)
    box.finished.connect(lambda _result: then())
    box.open()
    return box


def _plain_text(widget: QMessageBox | QLabel) -> None:
    """Show the text as written: a plan's or a folder's name that looks like markup is never read as HTML.
    Qt is imported here, not with the module: the window's start-up would build its namespace (≈20 ms)."""
    from PySide6.QtCore import Qt

    widget.setTextFormat(Qt.TextFormat.PlainText)
