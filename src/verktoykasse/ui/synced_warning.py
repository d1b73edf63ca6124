"""The start-up warning when the data folder is in a synced folder or on a network drive.

Said once per start, in one paragraph (``storage.synced``), with the two ways out: move the data to this
computer's own data folder (``storage.relocate.move_to_local``: a backup first, a checked copy, the old
file set aside, never deleted; later starts with the old folder follow a pointer there), or keep it.
Either way the shared database is named as the way to work together from several PCs.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from verktoykasse.context import AppContext
    from verktoykasse.storage.synced import FolderRisk
    from verktoykasse.ui.shell import Shell

log = logging.getLogger("verktoykasse.ui")


def risk_message(risk: FolderRisk, folder: Path) -> str:
    """The one paragraph: where the data is, why that is a risk, and what to do instead."""
    if risk.kind == "sync":
        where = QCoreApplication.translate(
            "StartWarning", "inside {service}, a folder a sync program copies between computers"
        ).format(service=risk.name)
    else:
        where = QCoreApplication.translate("StartWarning", "on a network drive ({kind})").format(
            kind=risk.name
        )
    return QCoreApplication.translate(
        "StartWarning",
        "Your data folder {folder} is {where}. A database there can be damaged: sync programs copy the file "
        "while Verktøykassa writes to it, file locking over a network does not work reliably, and two "
        "computers using it at once end up with conflicting copies. Keep the data in a folder on this "
        "computer. To work on the same plans from several computers, use a shared database on a server "
        "instead (Tools → Settings… → Database; see the README).",
    ).format(folder=str(folder), where=where)


def warn_about_folder(context: AppContext, shell: Shell, parent: QWidget) -> bool:
    """At start: say so when the data folder is synced or on a network drive; True when the data moved."""
    from verktoykasse.paths import DataPaths, default_data_dir
    from verktoykasse.storage.synced import folder_risk

    if context.database_url:
        return False
    risk = folder_risk(context.paths.root)
    if risk is None:
        return False
    log.warning("data folder at risk: %s (%s)", context.paths.root, risk)
    local = default_data_dir()
    # Only into a folder without data of its own: two sets of plans are never mixed or swapped silently.
    existing = DataPaths(local).database
    empty = not existing.exists() or existing.stat().st_size == 0
    can_move = local != context.paths.root and folder_risk(local) is None and empty
    title = QCoreApplication.translate("StartWarning", "Your data folder is not a safe place")
    box = QMessageBox(parent)
    box.setObjectName("folderRiskDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(risk_message(risk, context.paths.root))
    move = None
    if can_move:
        box.setInformativeText(
            QCoreApplication.translate(
                "StartWarning",
                "Moving puts the data in {folder}. A backup is made first, and the old file is kept aside, "
                "never deleted.",
            ).format(folder=str(local))
        )
        move = box.addButton(
            QCoreApplication.translate("StartWarning", "&Move the data to this computer"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        move.setObjectName("folderRiskMove")
    keep = box.addButton(
        QCoreApplication.translate("StartWarning", "&Keep it here"), QMessageBox.ButtonRole.RejectRole
    )
    keep.setObjectName("folderRiskKeep")
    box.setEscapeButton(keep)
    box.setDefaultButton(move or keep)
    box.exec()
    if move is None or box.clickedButton() is not move:
        return False
    return move_data_folder(context, shell, parent, local)


def move_data_folder(context: AppContext, shell: Shell, parent: QWidget, local: Path) -> bool:
    """Move the data (database, backups, settings) to ``local`` and work there; False when it could not."""
    from verktoykasse.paths import DataPaths, leave_pointer
    from verktoykasse.storage.relocate import SYNCED_NOTE_TEXT, move_to_local
    from verktoykasse.ui.dialogs import show_error

    old = context.paths.root
    shell.close_data()
    if move_to_local(old, local, SYNCED_NOTE_TEXT) != local:
        show_error(
            parent,
            QCoreApplication.translate(
                "StartWarning",
                "The data could not be moved now (another program may be using the file). It stays in "
                "{folder}; the program offers the move again at the next start.",
            ).format(folder=str(old)),
        )
        shell.load_data()
        return False
    leave_pointer(old, local)
    context.paths = DataPaths(local).ensure()
    shell.load_data()
    shell.show_status(
        QCoreApplication.translate("StartWarning", "Your data is in {folder} now.").format(folder=str(local)),
        15000,
    )
    return True
