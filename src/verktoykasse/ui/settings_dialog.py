"""The program's settings: which language it speaks, how many backups it keeps, and where the data is.

The dialog only edits a copy of the values; ``open_settings`` stores them and, when the language
changed, switches the running window at once (``MainWindow.retranslate``): no restart. *Database* chooses
between this computer's own file (the default) and a shared database on a PostgreSQL server
(``storage.server``), with a button that tests the connection first; a new choice is opened at once; an
address that cannot be one is said beside it at OK, and nothing is stored. *Data folder* shows where the
data is and, when the user chose that folder at a start because the usual one could not be used
(``ui.app.ask_to_keep``), a tick that keeps it for every start or goes back to the usual one
(``paths.remember_choice``). Everything but OK and Cancel scrolls on a small screen (``ui.fitting``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from verktoykasse.i18n import system_language
from verktoykasse.settings import Settings
from verktoykasse.ui.elided import breakable_path

if TYPE_CHECKING:
    from verktoykasse.context import AppContext
    from verktoykasse.ui.shell import Shell

# A language is named in its own language, so a user who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"nb": "Norsk bokmål", "en": "English"}
BACKUPS_MIN = 1
BACKUPS_MAX = 100


class DatabaseBox(QGroupBox):
    """Where the plans are kept: this computer's file, or a shared database on a server."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Database"), parent)
        self.setObjectName("databaseBox")
        self.local = QRadioButton(self.tr("&This computer (a file in the data folder)"))
        self.local.setObjectName("databaseLocal")
        self.local.setAccessibleName(self.tr("This computer"))
        self.server = QRadioButton(self.tr("A &shared database on a server (PostgreSQL)"))
        self.server.setObjectName("databaseServer")
        self.server.setAccessibleName(self.tr("A shared database on a server"))
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        self.url = QLineEdit(url)
        self.url.setObjectName("databaseUrl")
        self.url.setAccessibleName(self.tr("Address of the shared database"))
        self.url.setPlaceholderText("postgresql://kari@server.example.no/verktoykasse")
        self.password = QLineEdit()
        self.password.setObjectName("databasePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password for the shared database"))
        self.test = QPushButton(self.tr("Test &connection"))
        self.test.setObjectName("databaseTest")
        self.test.setAccessibleName(self.tr("Test the connection"))
        self.test.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setObjectName("databaseResult")
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        (self.server if url else self.local).setChecked(True)

        form = QFormLayout()
        url_label = QLabel(self.tr("&Address:"))
        url_label.setBuddy(self.url)
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.password)
        form.addRow(url_label, self.url)
        form.addRow(password_label, self.password)
        note = QLabel(
            self.tr(
                "The password is kept in this computer's keyring when it has one, never in the settings "
                "file; otherwise it is asked for at each start. Add ?sslmode=require to the address to "
                "insist on an encrypted connection."
            )
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.test)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.local)
        layout.addWidget(self.server)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.server.toggled.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        for widget in (self.url, self.password, self.test):
            widget.setEnabled(self.server.isChecked())

    def chosen_url(self) -> str:
        """The address chosen ("" for this computer's file), as typed but without any password in it."""
        from verktoykasse.settings import without_password

        return without_password(self.url.text()) if self.server.isChecked() else ""

    def problem(self) -> str:
        """Why the address typed cannot be used, "" when it can (or this computer's file is chosen)."""
        if not self.server.isChecked():
            return ""
        if not self.url.text().strip():
            return self.tr(
                "Write the shared database's address, for example "
                "postgresql://kari@server.example.no/verktoykasse, or choose “This computer”."
            )
        from verktoykasse.storage.server import ServerError, parse_url

        try:
            parse_url(self.url.text())
        except ServerError as error:
            return str(error)
        return ""

    def typed_password(self) -> str | None:
        """The password typed here, or the one inside the typed address; None when neither."""
        if self.password.text():
            return self.password.text()
        from verktoykasse.storage.server import ServerError, parse_url

        try:
            return parse_url(self.url.text()).password
        except ServerError:
            return None

    def test_connection(self) -> bool:
        """Log in with what is typed and say how it went, in place; True when the server answered."""
        from PySide6.QtWidgets import QApplication

        from verktoykasse.storage.server import ServerError, check_connection, parse_url, stored_password

        self.result.setText(self.tr("Connecting …"))
        QApplication.processEvents()
        try:
            url = parse_url(self.url.text())
            check_connection(url, self.typed_password() or stored_password(url))
        except ServerError as error:
            self.result.setText(str(error))
            return False
        self.result.setText(self.tr("The connection works."))
        return True


class DataFolderBox(QGroupBox):
    """Where the data is kept; when the user chose this folder because the usual one could not be used
    (``ui.app.ask_to_keep``), whether it is used at every start or the next start goes back to the usual."""

    def __init__(self, folder: Path, instead_of: Path | None, parent: QWidget | None = None) -> None:
        from verktoykasse.paths import chosen_instead_of

        super().__init__(self.tr("Data folder"), parent)
        self.setObjectName("dataFolderBox")
        self.folder = folder
        self.instead_of = instead_of
        self.path = QLineEdit(str(folder))
        self.path.setObjectName("dataFolderPath")
        self.path.setReadOnly(True)  # shown to be read or copied; chosen at a start, or with --data-dir
        self.path.setAccessibleName(self.tr("Your data is kept in"))
        path_label = QLabel(self.tr("Your data is &kept in:"))
        path_label.setBuddy(self.path)
        layout = QVBoxLayout(self)
        layout.addWidget(path_label)
        layout.addWidget(self.path)
        self.keep: QCheckBox | None = None
        self.kept_before = False
        if instead_of is not None:
            self.kept_before = chosen_instead_of(instead_of) is not None
            self.keep = QCheckBox(self.tr("&Use this folder at every start"))
            self.keep.setObjectName("dataFolderKeep")
            self.keep.setAccessibleName(self.tr("Use this data folder at every start"))
            self.keep.setChecked(self.kept_before)
            note = QLabel(
                self.tr(
                    "You chose this folder when {usual} could not be used. Without the tick, the next start "
                    "looks in {usual} again; what you wrote here stays in this folder."
                ).format(usual=breakable_path(str(instead_of)))
            )
            note.setObjectName("dataFolderNote")
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setWordWrap(True)
            layout.addWidget(self.keep)
            layout.addWidget(note)

    def changed(self) -> bool:
        return self.keep is not None and self.keep.isChecked() != self.kept_before

    def store(self) -> str | None:
        """Remember the choice made here; what the status line says of it (why it could not be written)."""
        if not self.changed() or self.keep is None or self.instead_of is None:
            return None
        from verktoykasse.paths import remember_choice

        kept = self.keep.isChecked()
        try:
            remember_choice(self.instead_of, self.folder if kept else None)
        except OSError as error:
            from verktoykasse.files import write_problem_reason

            return self.tr("The choice of data folder could not be remembered ({reason}).").format(
                reason=write_problem_reason(error)
            )
        if kept:
            return self.tr("Every start uses this data folder now.")
        return self.tr("From the next start, the program looks in {usual} again.").format(
            usual=str(self.instead_of)
        )


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        database_url: str = "",
        data_folder: Path | None = None,
        instead_of: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        system = LANGUAGE_NAMES[system_language()]
        self.language_combo.addItem(self.tr("Follow the system ({language})").format(language=system), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        index = self.language_combo.findData(settings.language)
        self.language_combo.setCurrentIndex(max(index, 0))

        self.backups_spin = QSpinBox()
        self.backups_spin.setObjectName("backupsSpin")
        self.backups_spin.setAccessibleName(self.tr("Number of backups to keep"))
        self.backups_spin.setRange(BACKUPS_MIN, BACKUPS_MAX)
        self.backups_spin.setValue(min(max(settings.backups_to_keep, BACKUPS_MIN), BACKUPS_MAX))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a large font: the field below
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        backups_label = QLabel(self.tr("Number of &backups to keep:"))
        backups_label.setBuddy(self.backups_spin)
        form.addRow(language_label, self.language_combo)
        form.addRow(backups_label, self.backups_spin)

        note = QLabel(
            self.tr(
                "A backup of your data is made each day you use the program and before an upgrade. "
                "The oldest are deleted when there are more than this number."
            )
        )
        note.setObjectName("backupsNote")
        note.setWordWrap(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("settingsButtons")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("settingsOk")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("settingsCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        self.database = DatabaseBox(database_url, self)
        self.data_folder = DataFolderBox(data_folder, instead_of, self) if data_folder is not None else None

        # Everything but the buttons scrolls when the screen is small or the font large: OK and Cancel stay.
        content = QWidget()
        content.setObjectName("settingsContent")
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(form)
        inner.addWidget(note)
        if self.data_folder is not None:
            inner.addWidget(self.data_folder)
        inner.addWidget(self.database)
        inner.addStretch(1)
        from verktoykasse.ui.fitting import fit_on_screen, screen_room, scrolling

        self.scroll = scrolling(content, "settingsScroll")
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons)
        # the note wraps in few lines
        self.setMinimumWidth(min(self.fontMetrics().averageCharWidth() * 64, screen_room(self).width()))
        fit_on_screen(self, content, buttons)
        self.language_combo.setFocus()  # the first field

    def accept(self) -> None:
        """OK: a database address that cannot be used is said beside it, and nothing is stored."""
        problem = self.database.problem()
        if problem:
            self.database.result.setText(problem)
            self.database.url.setFocus()
            self.scroll.ensureWidgetVisible(self.database.result)
            return
        super().accept()

    def chosen_language(self) -> str:
        """ "" (follow the system), "nb" or "en"."""
        return str(self.language_combo.currentData())

    def chosen_backups(self) -> int:
        return self.backups_spin.value()


def open_settings(context: AppContext, shell: Shell, parent: QWidget) -> bool:
    """Show the settings; on OK store them, and switch the language at once if it changed.

    Returns whether the user pressed OK.
    """
    from verktoykasse.settings import without_password

    settings = context.settings
    current = without_password(context.database_url)
    dialog = SettingsDialog(
        settings, parent, current, data_folder=context.paths.root, instead_of=context.chosen_instead_of
    )
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if accepted:
        folder_said = dialog.data_folder.store() if dialog.data_folder is not None else None
        old_language = settings.language
        settings.language = dialog.chosen_language()
        settings.backups_to_keep = dialog.chosen_backups()
        chosen = dialog.database.chosen_url()
        settings.database_url = chosen
        problem = shell.save_settings()
        if settings.language != old_language:
            shell.change_language(settings.language)
        problem = problem or folder_said
        if problem is not None:  # said again: a new language rebuilt the status line
            shell.show_status(problem, 15000)
        if chosen != current or (chosen and dialog.database.typed_password()):
            switch_database(context, shell, chosen, dialog.database.typed_password())
    dialog.deleteLater()
    return accepted


def switch_database(context: AppContext, shell: Shell, url: str, password: str | None) -> None:
    """Close what is open and open the chosen database now (the server's password asked if needed).

    A typed password is remembered in the keyring when there is one, so the next start does not ask.
    """
    from verktoykasse.storage.server import parse_url, remember_password

    shell.close_data()
    context.database_url = url
    context.password = password
    if url and password:
        remember_password(parse_url(url), password)
    shell.load_data()
