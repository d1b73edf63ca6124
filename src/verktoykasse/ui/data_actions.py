"""File menu actions that keep data safe and let it travel: back up now, restore a backup, export and
import a whole plan. The work is done by ``storage.backup`` and ``exchange.plan_json``; this module asks
the user, shows what they get, and reports in plain words."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from verktoykasse.domain.formatting import format_datetime
from verktoykasse.ui.dialogs import confirm, show_error

if TYPE_CHECKING:
    from verktoykasse.context import AppContext
    from verktoykasse.storage.backup import BackupInfo
    from verktoykasse.ui.shell import Shell

JSON_FILTER = "*.json"


def reason_label(reason: str) -> str:
    labels = {
        "daily": QCoreApplication.translate("DataActions", "daily backup"),
        "manual": QCoreApplication.translate("DataActions", "made by you"),
        "before-upgrade": QCoreApplication.translate("DataActions", "before a program upgrade"),
        "before-restore": QCoreApplication.translate("DataActions", "before a restore"),
        "before-move": QCoreApplication.translate("DataActions", "before the data folder was moved"),
    }
    return labels.get(reason, reason)


def describe_backup(info: BackupInfo) -> str:
    return f"{format_datetime(info.local_time.replace(tzinfo=None))} – {reason_label(info.reason)}"


def ask_save_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """The system's save dialog (tests replace this function, as they cannot click a native dialog)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(suggested), QCoreApplication.translate("DataActions", "Plan files (*.json)")
    )
    return Path(name) if name else None


def ask_open_path(parent: QWidget, title: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        title,
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation),
        QCoreApplication.translate("DataActions", "Plan files (*.json);;All files (*)"),
    )
    return Path(name) if name else None


class RestoreDialog(QDialog):
    """The list of backups, newest first, with the plans each holds, to choose one to restore."""

    def __init__(self, backups_folder: Path, parent: QWidget | None = None, intro: str = "") -> None:
        from PySide6.QtCore import Qt  # here, not at start-up: the Qt namespace costs ≈20 ms to build

        from verktoykasse.storage.backup import list_backups

        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setAccessibleName(self.tr("Restore from backup"))
        self.resize(560, 420)
        self.backups = list_backups(backups_folder)

        if not self.backups:
            intro = self.tr("There are no backups yet. One is made each day you use the program.")
        else:
            intro = self.tr(
                "Choose the backup to go back to. What you have now is backed up first, so nothing is lost."
            )
        intro_label = QLabel(intro)
        intro_label.setObjectName("restoreIntro")
        intro_label.setWordWrap(True)
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("backupList")
        self.backup_list.setAccessibleName(self.tr("Backups"))
        for info in self.backups:
            item = QListWidgetItem(describe_backup(info))
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.backup_list.addItem(item)
        intro_label.setBuddy(self.backup_list)
        self.details = QLabel()
        self.details.setObjectName("backupDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.details.setAccessibleName(self.tr("What the backup holds"))

        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setAccessibleName(self.tr("Restore"))
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addWidget(self.backup_list, 1)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.backup_list.currentRowChanged.connect(self._show_details)
        if self.backups:
            self.backup_list.setCurrentRow(0)
        else:
            self.restore_button.setEnabled(False)
        self._show_details()
        self.backup_list.setFocus()

    def selected(self) -> BackupInfo | None:
        row = self.backup_list.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def _show_details(self) -> None:
        from verktoykasse.storage.backup import read_contents

        info = self.selected()
        if info is None:
            self.details.setText("")
            return
        try:
            contents = read_contents(info.path)
        except Exception:  # a damaged backup: say so, the restore will refuse it too
            self.details.setText(self.tr("This backup cannot be read."))
            self.restore_button.setEnabled(False)
            return
        self.restore_button.setEnabled(True)
        names = "\n".join(f"• {name}" for name in contents.plan_names) or self.tr("(no plans)")
        self.details.setText(
            self.tr("Backup from {when}. Plans in it:").format(when=describe_backup(info)) + "\n" + names
        )


class DataActions(QObject):
    """The data-safety actions of the main window's File menu."""

    def __init__(self, context: AppContext, shell: Shell, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.shell = shell
        self.parent_widget = parent  # for dialogs and the actions
        self.backup_action = self._action("backupNowAction", self.tr("&Back up now"), self.back_up_now)
        self.restore_action = self._action(
            "restoreBackupAction", self.tr("&Restore from backup…"), self.restore
        )
        self.export_action = self._action("exportPlanAction", self.tr("E&xport plan…"), self.export_plan)
        self.import_action = self._action("importPlanAction", self.tr("&Import plan…"), self.import_plan)
        # Every plan between the local file and a shared database (ui.move_actions); the text says which.
        self.move_action = self._action(
            "moveDataAction", self.tr("Mo&ve to a shared database…"), self.move_data
        )

    def _action(self, name: str, text: str, slot) -> QAction:
        action = QAction(text, self.parent_widget)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def add_to_menu(self, menu: QMenu, before: QAction | None = None) -> None:
        actions = [
            self.export_action,
            self.import_action,
            None,
            self.backup_action,
            self.restore_action,
            self.move_action,
        ]
        menu.aboutToShow.connect(self._name_move)
        for action in actions:
            if action is None:
                menu.insertSeparator(before) if before else menu.addSeparator()
            elif before is not None:
                menu.insertAction(before, action)
            else:
                menu.addAction(action)
        if before is not None:
            menu.insertSeparator(before)

    # -- moving between the local file and a shared database ---------------------------------------------
    def _name_move(self) -> None:
        database = self.context.open_database
        on_server = database is not None and database.is_server
        self.move_action.setText(
            self.tr("Mo&ve to this computer…") if on_server else self.tr("Mo&ve to a shared database…")
        )
        self.move_action.setEnabled(database is not None)

    def move_data(self) -> None:
        from verktoykasse.ui.move_actions import move_to_server, move_to_this_computer

        database = self.context.open_database
        if database is None:
            return
        if database.is_server:
            move_to_this_computer(self.context, self.shell, self.parent_widget)
        else:
            move_to_server(self.context, self.shell, self.parent_widget)

    # -- backups -------------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        from verktoykasse.storage.backup import BackupError, BackupReason, make_backup
        from verktoykasse.storage.health import DAMAGE, backup_failed_message

        paths = self.context.paths
        if self.context.open_database is None:
            return
        if self.context.open_database.is_server:
            self.back_up_server()
            return
        try:
            path = make_backup(
                paths.database, paths.backups, BackupReason.MANUAL, self.context.settings.backups_to_keep
            )
        except BackupError as exc:
            if exc.problem in DAMAGE:  # found by the full check before the copy: the ways out, at once
                self.shell.data_damaged(str(exc.problem))
                return
            show_error(self.parent_widget, backup_failed_message(exc.problem, paths, exc.detail))
            return
        self.shell.show_status(self.tr("Backup made: {file}").format(file=path.name), 10000)

    def back_up_server(self) -> None:
        """A shared database: every plan as a plan file in ``backups/`` — complete, importable, the user's
        own copy whatever the server's backups are."""
        from verktoykasse.exchange.plan_json import PlanExportError
        from verktoykasse.exchange.transfer import back_up_as_plan_files

        database = self.context.open_database
        assert database is not None
        self.shell.save_typing()
        try:
            with database.session() as session:
                folder = back_up_as_plan_files(session, self.context.paths.backups)
        except PlanExportError as exc:
            show_error(self.parent_widget, str(exc))
            return
        count = len(list(folder.glob("*.json")))
        self.shell.show_status(
            self.tr("Backup made: %n plan file(s) in {folder}", "", count).format(folder=str(folder)), 15000
        )

    def restore(self) -> None:
        database = self.context.open_database
        if database is not None and database.is_server:
            from verktoykasse.exchange.transfer import SERVER_BACKUPS

            show_error(
                self.parent_widget,
                self.tr(
                    "A shared database is restored by whoever runs the server. To bring back one plan, "
                    "use File → Import plan… with its file from {folder}."
                ).format(folder=str(self.context.paths.backups / SERVER_BACKUPS)),
            )
            return
        dialog = RestoreDialog(self.context.paths.backups, self.parent_widget)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.selected() is None:
            return
        info = dialog.selected()
        assert info is not None
        if not confirm(
            self.parent_widget,
            self.tr("Restore from backup"),
            self.tr(
                "Go back to the backup from {when}? Changes made since then are replaced; what you have "
                "now is kept as a backup of its own."
            ).format(when=describe_backup(info)),
            self.tr("Restore"),
        ):
            return
        self.restore_backup(info)

    def restore_backup(self, info: BackupInfo) -> bool:
        from verktoykasse.storage.backup import BackupError, restore_backup
        from verktoykasse.storage.health import problem_message

        paths = self.context.paths
        self.shell.close_data()
        try:
            restore_backup(paths, info.path, self.context.settings.backups_to_keep)
        except BackupError as exc:
            from verktoykasse.storage.health import StorageProblem

            show_error(self.parent_widget, problem_message(StorageProblem(exc.problem), paths, exc.detail))
            self.shell.load_data()
            return False
        self.shell.load_data()
        self.shell.show_status(
            self.tr("Restored the backup from {when}.").format(when=describe_backup(info)), 10000
        )
        return True

    # -- plan files -------------------------------------------------------------------------------------
    def export_plan(self) -> None:
        from verktoykasse.exchange.plan_json import PlanExportError, export_plan_file
        from verktoykasse.files import safe_file_stem
        from verktoykasse.storage.models import Plan

        database = self.context.open_database
        plan_id = self.shell.current_plan_id()
        if database is None or plan_id is None:
            show_error(self.parent_widget, self.tr("Choose a plan to export first."))
            return
        with database.session() as session:
            plan = session.get(Plan, plan_id)
            if plan is None:
                return
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            safe = safe_file_stem(plan.name) or "plan"
            path = ask_save_path(self.parent_widget, self.tr("Export plan"), Path(folder) / f"{safe}.json")
            if path is None:
                return
            if not path.suffix:
                path = path.with_suffix(".json")
            shortened: list = []  # texts longer than a plan file holds (a database from 0.1.0)
            try:
                export_plan_file(session, plan, path, shortened=shortened)
            except PlanExportError as exc:
                show_error(self.parent_widget, str(exc))
                return
        self.shell.show_status(self.tr("The plan was saved to {file}").format(file=str(path)), 10000)
        if shortened:
            from verktoykasse.domain.shortened import plan_file_note
            from verktoykasse.ui.dialogs import tell_then

            tell_then(self.parent_widget, plan_file_note(shortened), lambda: None)

    def import_plan(self) -> None:
        from verktoykasse.exchange.plan_json import PlanImportError, import_plan_document
        from verktoykasse.ui.plan_file_check import check_plan_file

        database = self.context.open_database
        if database is None:
            return
        path = ask_open_path(self.parent_widget, self.tr("Import plan"))
        if path is None:
            return
        try:
            document = check_plan_file(self.parent_widget, path)  # off the window's thread, with Cancel
            if document is None:
                return
            with database.session() as session:
                plan = import_plan_document(session, document, paths=self.context.paths)
                plan_id, name = plan.id, plan.name
        except PlanImportError as exc:
            if not self.shell.damaged_by(exc):  # a damaged file: nothing imported, the ways out offered
                show_error(self.parent_widget, str(exc))
            return
        self.shell.show_home(select_id=plan_id)
        self.shell.show_status(self.tr("Imported the plan “{name}”.").format(name=name), 10000)
