"""Checking a plan file before import, away from the window's thread, with progress and Cancel.

A plan file near the size limit takes a few seconds to check (``exchange.reading`` keeps it under five);
the window keeps painting and answering meanwhile: the check runs in a worker thread and a progress
dialog (a busy bar, shown after a moment) offers Cancel. Cancel closes the dialog at once and the result
is thrown away when the worker ends; nothing is written before the check is done, so nothing needs
undoing. (Parsing the JSON itself is one call into C that holds Python's lock: for a hostile 16 MB
file the window may pause for up to about two seconds there; the schema and content checks, the
slow part, let it paint.)
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger("verktoykasse.ui")
POLL_MS = 30
SHOW_AFTER_MS = 400  # a normal plan file is checked before the dialog would even show


class _Check(threading.Thread):
    def __init__(self, path: Path) -> None:
        super().__init__(name="plan-file-check", daemon=True)
        self.path = path
        self.document: dict[str, Any] | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        from verktoykasse.exchange.plan_json import read_plan_file

        try:
            self.document = read_plan_file(self.path)
        except BaseException as exc:  # handed to the window's thread, which reports it
            self.error = exc


def check_plan_file(parent: QWidget, path: Path) -> dict[str, Any] | None:
    """Read and check ``path`` while the window stays usable; the checked document, or None if cancelled.

    Raises ``PlanImportError`` (the message is for the user) like ``read_plan_file``.
    """
    from PySide6.QtCore import Qt

    from verktoykasse.exchange.plan_json import PlanImportError

    check = _Check(path)
    dialog = QProgressDialog(parent)
    dialog.setObjectName("planFileCheckDialog")
    dialog.setWindowTitle(QCoreApplication.translate("PlanFileCheck", "Import plan"))
    dialog.setLabelText(QCoreApplication.translate("PlanFileCheck", "Checking the plan file…"))
    dialog.setCancelButtonText(QCoreApplication.translate("PlanFileCheck", "Cancel"))
    dialog.setAccessibleName(QCoreApplication.translate("PlanFileCheck", "Checking the plan file"))
    dialog.setRange(0, 0)  # busy: how long a check takes is not known beforehand
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(lambda: loop.quit() if dialog.wasCanceled() or not check.is_alive() else None)
    dialog.canceled.connect(loop.quit)
    check.start()
    dialog.setValue(0)  # starts the dialog's own timer for showing itself after SHOW_AFTER_MS
    timer.start()
    loop.exec()
    timer.stop()
    cancelled = dialog.wasCanceled() and check.is_alive()
    dialog.close()
    dialog.deleteLater()
    if cancelled:
        log.info("checking %s cancelled", path)
        return None
    if isinstance(check.error, PlanImportError):
        raise check.error
    if check.error is not None:
        log.error("checking %s failed", path, exc_info=check.error)
        raise PlanImportError(
            QCoreApplication.translate(
                "PlanFileCheck", "The plan file could not be checked. Nothing was imported."
            )
        ) from check.error
    return check.document
