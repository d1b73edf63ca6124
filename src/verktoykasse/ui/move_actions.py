"""File → Move to shared database… / Move to this computer…: every plan goes along, checked, all or nothing.

The plans are copied (``exchange.transfer.copy_every_plan``) and the copy is checked before anything is
switched; then the program works on the new place and says so. What was left behind is not deleted: the
local file stays as it was (a copy of the day the plans moved), and so does the server's database.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from verktoykasse.ui.settings_dialog import DatabaseBox, switch_database

if TYPE_CHECKING:
    from verktoykasse.context import AppContext
    from verktoykasse.ui.shell import Shell

log = logging.getLogger("verktoykasse.ui")


class MoveToServerDialog(QDialog):
    """Where the shared database is, tested before the plans go there."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moveToServerDialog")
        title = self.tr("Move to a shared database")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        intro = QLabel(
            self.tr(
                "Every plan and contact on this computer is copied to the shared database and checked; "
                "then the program works there. The file on this computer is kept as it is."
            )
        )
        intro.setWordWrap(True)
        self.database = DatabaseBox(url, self)
        self.database.server.setChecked(True)
        self.database.local.hide()
        self.database.server.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Move the plans"))
        ok.setObjectName("moveOk")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("moveCancel")
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.database)
        layout.addWidget(buttons)

    def _try(self) -> None:
        """Only a server that answers is accepted; otherwise the reason stays in the dialog."""
        if self.database.test_connection():
            self.accept()


def move_to_server(context: AppContext, shell: Shell, parent: QWidget) -> bool:
    """Copy every plan to a shared database and work there; False when cancelled or it failed."""
    from verktoykasse.exchange.transfer import TransferError, copy_every_plan
    from verktoykasse.storage.server import ServerError, open_server
    from verktoykasse.ui.dialogs import show_error

    local = context.open_database
    if local is None or local.is_server:
        return False
    dialog = MoveToServerDialog("", parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    url, password = dialog.database.chosen_url(), dialog.database.typed_password()
    shell.save_typing()
    try:
        server = open_server(url, context.paths, password)
    except ServerError as error:
        show_error(parent, str(error))
        return False
    try:
        with local.session() as source, server.session() as target:
            count = copy_every_plan(source, target)
    except TransferError as error:
        show_error(parent, str(error))
        return False
    finally:
        server.close()
    log.info("moved %d plans to the shared database", count)
    context.settings.database_url = url
    shell.save_settings()
    switch_database(context, shell, url, password)
    shell.show_status(
        QCoreApplication.translate(
            "MoveActions",
            "The plans are on the shared database now; the file on this computer is kept as it was.",
        ),
        15000,
    )
    return True


def move_to_this_computer(context: AppContext, shell: Shell, parent: QWidget) -> bool:
    """Copy every plan from the shared database into this computer's file and work there."""
    from verktoykasse.exchange.transfer import TransferError, copy_every_plan
    from verktoykasse.storage.health import UnusableDatabase, open_checked
    from verktoykasse.ui.dialogs import confirm, show_error

    server = context.open_database
    if server is None or not server.is_server:
        return False
    if not confirm(
        parent,
        QCoreApplication.translate("MoveActions", "Move to this computer"),
        QCoreApplication.translate(
            "MoveActions",
            "Copy every plan and contact from the shared database into the file on this computer, and work "
            "there from now on? The shared database is kept as it is; your colleagues no longer see your "
            "changes.",
        ),
        QCoreApplication.translate("MoveActions", "Move the plans"),
    ):
        return False
    shell.save_typing()
    try:
        local = open_checked(context.paths, context.settings.backups_to_keep).database
    except UnusableDatabase as error:
        show_error(parent, str(error))
        return False
    try:
        with server.session() as source, local.session() as target:
            count = copy_every_plan(source, target)
    except TransferError as error:
        show_error(parent, str(error))
        return False
    finally:
        local.close()
    log.info("moved %d plans from the shared database to this computer", count)
    context.settings.database_url = ""
    shell.save_settings()
    switch_database(context, shell, "", None)
    shell.show_status(
        QCoreApplication.translate(
            "MoveActions",
            "The plans are in the file on this computer now; the shared database is kept as it was.",
        ),
        15000,
    )
    return True
