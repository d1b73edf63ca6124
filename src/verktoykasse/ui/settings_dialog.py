"""The program's settings: which language it speaks and how many backups it keeps.

The dialog only edits a copy of the values; ``open_settings`` stores them and, when the language
changed, switches the running window at once (``MainWindow.retranslate``): no restart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from verktoykasse.i18n import system_language
from verktoykasse.settings import Settings

if TYPE_CHECKING:
    from verktoykasse.context import AppContext
    from verktoykasse.ui.shell import Shell

# A language is named in its own language, so a user who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"nb": "Norsk bokmål", "en": "English"}
BACKUPS_MIN = 1
BACKUPS_MAX = 100


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(self.tr("Language"))
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

        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)  # the note wraps in few lines
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        """ "" (follow the system), "nb" or "en"."""
        return str(self.language_combo.currentData())

    def chosen_backups(self) -> int:
        return self.backups_spin.value()


def open_settings(context: AppContext, shell: Shell, parent: QWidget) -> bool:
    """Show the settings; on OK store them, and switch the language at once if it changed.

    Returns whether the user pressed OK.
    """
    settings = context.settings
    dialog = SettingsDialog(settings, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if accepted:
        old_language = settings.language
        settings.language = dialog.chosen_language()
        settings.backups_to_keep = dialog.chosen_backups()
        problem = shell.save_settings()
        if settings.language != old_language:
            shell.change_language(settings.language)
        if problem is not None:  # said again: a new language rebuilt the status line
            shell.show_status(problem, 15000)
    dialog.deleteLater()
    return accepted
