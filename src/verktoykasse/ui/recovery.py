"""When the data cannot be opened: say what is wrong in plain words and offer the ways out.

A damaged, foreign or newer file can be replaced by a backup or by a fresh, empty database; the file itself
is first set aside in the quarantine folder (never overwritten, never deleted) so that it can still be
rescued by someone who knows how. A locked file or a read-only folder is fixed outside the program, so
the choices there are to try again or to quit.
"""

from __future__ import annotations

import logging
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

if TYPE_CHECKING:
    from verktoykasse.context import AppContext
    from verktoykasse.storage.db import Database
    from verktoykasse.storage.health import StorageProblem, UnusableDatabase

log = logging.getLogger("verktoykasse.ui")


class Choice(Enum):
    RESTORE = "restore"
    FRESH = "fresh"
    RETRY = "retry"
    QUIT = "quit"


class RecoveryDialog(QMessageBox):
    """The problem and the choices; ``choice`` holds what the user picked (Quit if they closed it)."""

    def __init__(
        self,
        error: UnusableDatabase,
        has_backups: bool,
        parent: QWidget | None = None,
        *,
        title: str = "",
    ) -> None:
        # Qt here, not at module level: open_data() runs at every start, the Qt namespace costs ≈20 ms.
        from PySide6.QtCore import Qt

        from verktoykasse.storage.health import REPLACEABLE, StorageProblem

        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        title = title or self.tr("Your data could not be opened")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(str(error))
        replaceable = error.problem in REPLACEABLE
        if error.problem is StorageProblem.NEWER:
            # No empty start here: the newer version would then find its data set aside.
            self.setInformativeText(
                self.tr(
                    "You can go back to a backup made by this version; the file is first set aside, "
                    "untouched, in the folder “damaged” inside your data folder. Or quit and install the "
                    "newer version."
                )
            )
        elif replaceable:
            self.setInformativeText(
                self.tr(
                    "You can go back to a backup, or start with an empty database. Either way the file "
                    "is first set aside, untouched, in the folder “damaged” inside your data folder."
                )
            )
        self.choice = Choice.QUIT
        self._buttons: dict[QPushButton, Choice] = {}
        if replaceable and has_backups:
            self._add("recoveryRestore", self.tr("&Restore a backup…"), Choice.RESTORE)
        if replaceable and error.problem is not StorageProblem.NEWER:
            self._add("recoveryFresh", self.tr("Start with an &empty database"), Choice.FRESH)
        if not replaceable:
            self._add("recoveryRetry", self.tr("&Try again"), Choice.RETRY)
        quit_button = self._add("recoveryQuit", self.tr("&Quit"), Choice.QUIT)
        self.setEscapeButton(quit_button)
        self.setDefaultButton(next(iter(self._buttons)))

    def _add(self, name: str, text: str, choice: Choice) -> QPushButton:
        role = (
            QMessageBox.ButtonRole.RejectRole if choice is Choice.QUIT else QMessageBox.ButtonRole.ActionRole
        )
        button = self.addButton(text, role)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        self._buttons[button] = choice
        return button

    def ask(self) -> Choice:
        self.exec()
        self.choice = self._buttons.get(self.clickedButton(), Choice.QUIT)
        return self.choice


def open_data(context: AppContext, parent: QWidget) -> Database | None:
    """Open the context's database, offering recovery until it opens or the user quits (then None, and
    ``parent``'s window closes)."""
    from verktoykasse.storage.backup import list_backups
    from verktoykasse.storage.health import REPLACEABLE, UnusableDatabase, open_checked

    if context.database_url:  # a shared database: the server keeps it, and has its own problems
        from verktoykasse.ui.server_dialogs import open_server_data

        database = open_server_data(context, parent)
        return context.reading_only_if_held(database) if database is not None else None
    if context.held_by is not None:  # another computer's program writes it: read it, never repair it
        from verktoykasse.ui.read_only import open_held_data

        return open_held_data(context, parent)
    paths = context.paths
    while True:
        try:
            result = open_checked(paths, context.settings.backups_to_keep)
        except UnusableDatabase as error:
            log.warning("database unusable: %s (%s)", error.problem, error.detail)
            choice = RecoveryDialog(error, bool(list_backups(paths.backups)), parent).ask()
            if choice is Choice.QUIT:
                QTimer.singleShot(0, parent.window().close)
                return None
            if choice is Choice.RETRY:
                continue
            if choice is Choice.RESTORE:
                if not _restore_into_place(context, parent, error.problem in REPLACEABLE):
                    continue
            elif choice is Choice.FRESH:
                _set_aside(context, parent)
            continue
        if result.warnings:
            show_warnings(parent, result.warnings)
        return result.database


def recover_from_damage(context: AppContext, parent: QWidget, problem: StorageProblem) -> bool:
    """Damage met while working, after the window stopped writing and closed the database: say so and
    offer the start-up's ways out — restore a backup or start empty (the damaged file set aside first,
    untouched) — or quit. True when the data is to be opened again, False to quit."""
    from verktoykasse.storage.backup import list_backups
    from verktoykasse.storage.health import UnusableDatabase, problem_message

    paths = context.paths
    message = (
        problem_message(problem, paths)
        + " "
        + QCoreApplication.translate(
            "Recovery",
            "Verktøykassa found this while you worked and stopped saving at once, so nothing more was "
            "written to it. The change you were making may not have been saved.",
        )
    )
    error = UnusableDatabase(problem, message)
    title = QCoreApplication.translate("Recovery", "Your data file is damaged")
    while True:
        choice = RecoveryDialog(error, bool(list_backups(paths.backups)), parent, title=title).ask()
        if choice is Choice.QUIT:
            return False
        if choice is Choice.RESTORE and _restore_into_place(context, parent, set_aside=True):
            return True
        if choice is Choice.FRESH and _set_aside(context, parent):
            return True


def _restore_into_place(context: AppContext, parent: QWidget, set_aside: bool) -> bool:
    from verktoykasse.storage.backup import BackupError, restore_backup
    from verktoykasse.storage.health import StorageProblem, problem_message
    from verktoykasse.ui.data_actions import RestoreDialog
    from verktoykasse.ui.dialogs import show_error

    # The dialog's own words ("what you have now is kept") hold here too: the file is set aside, not lost.
    paths = context.paths
    dialog = RestoreDialog(paths.backups, parent)
    if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.selected() is None:
        return False
    info = dialog.selected()
    assert info is not None
    try:
        from verktoykasse.storage.health import check_database

        if not check_database(info.path, thorough=True).ok:
            raise BackupError(StorageProblem.BAD_BACKUP)
        if set_aside and not _set_aside(context, parent):
            return False
        restore_backup(paths, info.path, context.settings.backups_to_keep)
    except BackupError as exc:
        show_error(parent, problem_message(StorageProblem(exc.problem), paths, exc.detail))
        return False
    return True


def _set_aside(context: AppContext, parent: QWidget) -> bool:
    """Move the unusable file into the quarantine folder; when Windows refuses (another program holds
    it open, or the folder is write-protected) say so in a message — the window has no console — and
    leave everything where it was, so the user can close that program and choose again."""
    from verktoykasse.storage.health import UnusableDatabase, quarantine_database
    from verktoykasse.ui.dialogs import show_error

    try:
        folder = quarantine_database(context.paths)
    except UnusableDatabase as error:
        log.warning("could not set the database aside: %s (%s)", error.problem, error.detail)
        show_error(parent, str(error))
        return False
    log.warning("damaged database set aside in %s", folder)
    return True


def show_warnings(parent: QWidget, warnings: list[str]) -> None:
    from PySide6.QtCore import Qt

    title = QCoreApplication.translate("Recovery", "Please check your data folder")
    box = QMessageBox(parent)
    box.setObjectName("storageWarningDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText("\n\n".join(warnings))
    ok = box.addButton(QCoreApplication.translate("Recovery", "OK"), QMessageBox.ButtonRole.AcceptRole)
    ok.setObjectName("warningOk")
    box.exec()
