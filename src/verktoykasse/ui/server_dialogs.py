"""Opening a shared database on a server from the window: the password prompt and the server's problems.

The password typed here stays in memory for this run (``AppContext.password``) unless the user ticks
"Remember", which hands it to the system's keyring; it is never written to the settings or the log.
A server that cannot be reached is explained in a sentence (``storage.server.server_message``) with the
choices to try again or to quit: the local file is not opened instead, so nobody types into it believing
the colleagues see it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from verktoykasse.context import AppContext
    from verktoykasse.storage.db import Database
    from verktoykasse.storage.server import ServerError

log = logging.getLogger("verktoykasse.ui")


def keyring_available() -> bool:
    """Whether this system has a keyring that keeps passwords (a desktop's; not a bare server)."""
    try:
        import keyring
        from keyring.backends.fail import Keyring as NoKeyring

        return not isinstance(keyring.get_keyring(), NoKeyring)
    except Exception:
        return False


class PasswordDialog(QDialog):
    """Asks for the shared database's password, saying where it is for and what went wrong."""

    def __init__(self, address: str, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverPasswordDialog")
        self.setWindowTitle(self.tr("Password for the shared database"))
        self.setAccessibleName(self.tr("Password for the shared database"))
        intro = QLabel(self.tr("The shared database {address} asks for a password.").format(address=address))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        why = QLabel(reason)
        why.setObjectName("serverPasswordReason")
        why.setTextFormat(Qt.TextFormat.PlainText)
        why.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        label = QLabel(self.tr("&Password:"))
        label.setBuddy(self.password)
        self.remember = QCheckBox(self.tr("&Remember it in this computer's keyring"))
        self.remember.setObjectName("serverRemember")
        self.remember.setAccessibleName(self.tr("Remember the password in this computer's keyring"))
        if not keyring_available():
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr("This computer has no keyring: the password is asked at each start.")
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("serverPasswordOk")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("serverPasswordCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.empty = QLabel()  # said in place when OK is pressed with nothing typed
        self.empty.setObjectName("serverPasswordEmpty")
        self.empty.setWordWrap(True)
        self.empty.hide()
        from verktoykasse.ui.fitting import screen_room

        self.setMinimumWidth(min(self.fontMetrics().averageCharWidth() * 56, screen_room(self).width()))
        layout = QVBoxLayout(self)
        for widget in (intro, why, label, self.password, self.empty, self.remember, buttons):
            layout.addWidget(widget)
        why.setVisible(bool(reason))
        self.password.setFocus()

    def accept(self) -> None:
        """OK with no password typed says so beside the field rather than asking the server in vain."""
        if not self.password.text():
            self.empty.setText("⚠ " + self.tr("Type the password, or press Cancel."))
            self.empty.show()
            self.password.setFocus()
            return
        super().accept()


def ask_password(context: AppContext, error: ServerError, parent: QWidget) -> bool:
    """Ask for the password; False when the user cancels. Kept in memory, or in the keyring if wished."""
    from verktoykasse.storage.server import parse_url, remember_password, shown

    url = parse_url(context.database_url)
    reason = "" if "no password supplied" in error.detail.lower() else str(error)
    dialog = PasswordDialog(shown(url), reason, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    context.password = dialog.password.text()
    if dialog.remember.isChecked():
        remember_password(url, context.password)
    return True


def server_problem_choice(error: ServerError, parent: QWidget) -> bool:
    """Show why the shared database cannot be used; True when the user wants to try again."""
    title = QCoreApplication.translate("ServerDialogs", "The shared database cannot be used")
    box = QMessageBox(parent)
    box.setObjectName("serverProblemDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(str(error))
    box.setInformativeText(
        QCoreApplication.translate(
            "ServerDialogs",
            "Your plans are on the server, so the program waits for it rather than opening this computer's "
            "own data. To work on this computer alone, choose “This computer” under Settings → Database.",
        )
    )
    retry = box.addButton(
        QCoreApplication.translate("ServerDialogs", "&Try again"), QMessageBox.ButtonRole.AcceptRole
    )
    retry.setObjectName("serverRetry")
    quit_button = box.addButton(
        QCoreApplication.translate("ServerDialogs", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    quit_button.setObjectName("serverQuit")
    box.setDefaultButton(retry)
    box.setEscapeButton(quit_button)
    box.exec()
    return box.clickedButton() is retry


def open_server_data(context: AppContext, parent: QWidget) -> Database | None:
    """Open the shared database, asking for the password when the server wants one; None (and the window
    closes) when the user gives up."""
    from verktoykasse.storage.server import ServerError, open_server

    while True:
        try:
            return open_server(context.database_url, context.paths, context.password)
        except ServerError as error:
            log.warning("shared database unusable: %s (%s)", error.problem, error.detail)
            if error.needs_password:
                if ask_password(context, error, parent):
                    continue
            elif server_problem_choice(error, parent):
                continue
            QTimer.singleShot(0, parent.window().close)
            return None
