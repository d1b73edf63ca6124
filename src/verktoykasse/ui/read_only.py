"""A data folder another computer holds: the plans are shown for reading, with who holds them and "Try again".

Two programs writing one SQLite file from two computers (a synced folder, a network drive) damage it, so
the second program does not write at all: the file is opened read-only (``storage.db.open_read_only``),
the window works as for a user who may only read (``Database.read_only``: every field read-only, the
buttons that change plans hidden; printing and exports still work), and this banner says who holds the
data and since when. "Try again" takes the folder over once the other program has closed: the data is
then opened for editing as at a normal start, without a restart.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from verktoykasse.domain.formatting import format_datetime

if TYPE_CHECKING:
    from verktoykasse.context import AppContext
    from verktoykasse.storage.db import Database
    from verktoykasse.storage.holder import Holder

log = logging.getLogger("verktoykasse.ui")


def since_text(since: dt.datetime | None, today: dt.date | None = None) -> str:
    """When the holder took the data: the time alone today ("08:14"), else the date too."""
    if since is None:
        return ""
    local = since.replace(tzinfo=dt.UTC).astimezone()
    if local.date() == (today or dt.date.today()):
        return local.strftime("%H:%M")
    return format_datetime(since)


def held_message(holder: Holder) -> str:
    """ "Opened read-only: Kari on KONTOR-PC has the data open since 08:14", as much as is known."""
    when = since_text(holder.since)
    if holder.user and when:
        text = QCoreApplication.translate(
            "ReadOnly", "Opened read-only: {user} on {computer} has the data open since {time}."
        )
    elif holder.user:
        text = QCoreApplication.translate(
            "ReadOnly", "Opened read-only: {user} on {computer} has the data open."
        )
    elif when:
        text = QCoreApplication.translate(
            "ReadOnly", "Opened read-only: the data is open on {computer} since {time}."
        )
    else:
        text = QCoreApplication.translate("ReadOnly", "Opened read-only: the data is open on {computer}.")
    return text.format(user=holder.user, computer=holder.computer, time=when)


class HeldBanner(QFrame):
    """Who holds the data, that nothing can be changed here, and "Try again"."""

    try_again = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heldBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel()
        self.message.setObjectName("heldMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("heldRetryButton")
        self.retry_button.clicked.connect(self.try_again)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)

    def show_holder(self, holder: Holder) -> None:
        """Say who holds the data (again after a change of language: every text is set here)."""
        self.setAccessibleName(self.tr("Opened read-only"))
        self.retry_button.setText(self.tr("Try again"))
        self.retry_button.setAccessibleName(self.tr("Try again to open the data for editing"))
        self.message.setText(
            held_message(holder)
            + " "
            + self.tr(
                "You can look at, print and export the plans here, but not change them: two computers "
                "writing one data file can damage it. When the program there is closed, press Try again "
                "to change the plans here. To work on the same plans from several computers, use a shared "
                "database (Tools → Settings… → Database)."
            )
        )
        self.setAccessibleDescription(self.message.text())
        self.show()


def open_held_data(context: AppContext, parent: QWidget) -> Database | None:
    """Open the data another computer holds, for reading only; None (said in a message) when it cannot
    be read now. Nothing is offered that would write: the file is the other program's to repair."""
    from verktoykasse.storage.db import DatabaseError, NewerDatabaseError, OlderDatabaseError
    from verktoykasse.ui.dialogs import show_error

    holder = context.held_by
    assert holder is not None
    try:
        return context.database
    except NewerDatabaseError:
        message = QCoreApplication.translate(
            "ReadOnly",
            "The data was saved by a newer version of Verktøykassa than this one. Install the newer version "
            "on this computer too.",
        )
    except OlderDatabaseError:
        message = QCoreApplication.translate(
            "ReadOnly",
            "The data on {computer} needs an upgrade to this version of Verktøykassa, which only the "
            "program that holds it may make. Close Verktøykassa on {computer}, then press Try again.",
        ).format(computer=holder.computer)
    except (DatabaseError, OSError) as exc:
        log.warning("the held data could not be read: %s", exc)
        message = QCoreApplication.translate(
            "ReadOnly",
            "The data on {computer} could not be read from here ({error}). Close Verktøykassa on "
            "{computer}, then press Try again.",
        ).format(computer=holder.computer, error=str(exc))
    show_error(parent, message)
    return None
