"""A data folder another computer holds: the plans are shown for reading, with who holds them and "Try again".

Two programs writing one SQLite file from two computers (a synced folder, a network drive) damage it, so
the second program does not write at all: the file is opened read-only (``storage.db.open_read_only``),
the window works as for a user who may only read (``Database.read_only``: every field read-only, the
buttons that change plans hidden; printing and exports still work), and this banner says who holds the
data and since when. "Try again" takes the folder over once the other program has closed: the data is
then opened for editing as at a normal start, without a restart. When the program there seems to have
stopped (no heartbeat for a long while: a crash, a power cut, ``storage.holder``), the banner says so with
its last sign of life and offers "Take over…", after a confirmation that explains the risk. As the clocks
of two computers can differ, a program that looks silent by the clocks is first watched for a few minutes
(``storage.holder.Watch``): meanwhile the banner says it is checking whether the program there still runs,
and offers no takeover.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from verktoykasse.domain.formatting import format_date, format_datetime
from verktoykasse.storage.holder import Life

if TYPE_CHECKING:
    from verktoykasse.context import AppContext
    from verktoykasse.storage.db import Database
    from verktoykasse.storage.holder import Holder

log = logging.getLogger("verktoykasse.ui")


def since_text(since: dt.datetime | None, today: dt.date | None = None) -> str:
    """When the holder took the data: the time alone today ("08:14"), else the date too."""
    if since is None:
        return ""
    try:
        local = since.replace(tzinfo=dt.UTC).astimezone()
    except (OverflowError, OSError, ValueError):  # a clock set to year 1 or 9999 (Windows: beyond 3000)
        return format_date(since.date()) + " " + since.strftime("%H:%M") + " UTC"
    if local.date() == (today or dt.date.today()):
        return local.strftime("%H:%M")
    return format_datetime(local)


def held_message(
    holder: Holder, stopped: bool = False, checking: bool = False, now: dt.datetime | None = None
) -> str:
    """ "Opened read-only: Kari on KONTOR-PC has the data open since 08:14", as much as is known; for a
    program that seems to have stopped (``stopped``), that and its last sign of life; for one that looks
    silent (or whose clock runs ahead: ``now``, UTC) but is still being watched (``checking``), that it is
    being checked."""
    if stopped:
        return stopped_message(holder)
    if checking:
        return checking_message(holder, now)
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


def stopped_message(holder: Holder) -> str:
    """The holding program on another computer has given no sign of life for a long while."""
    when = since_text(holder.last_sign_of_life)
    if holder.user:
        text = QCoreApplication.translate(
            "ReadOnly",
            "Opened read-only: {user} had the data open on {computer}, but Verktøykassa there seems to have "
            "stopped (last sign of life: {time}).",
        )
    else:
        text = QCoreApplication.translate(
            "ReadOnly",
            "Opened read-only: the data is held by Verktøykassa on {computer}, which seems to have stopped "
            "(last sign of life: {time}).",
        )
    return text.format(user=holder.user, computer=holder.computer, time=when)


def checking_message(holder: Holder, now: dt.datetime | None = None) -> str:
    """The holding program looks silent by the clocks (or its heartbeat is dated ahead of this computer's
    clock, ``now``: UTC), but the clocks of two computers can differ: this program watches its heartbeat
    for a few minutes before it says that it stopped."""
    when = since_text(holder.last_sign_of_life)
    if holder.ahead(now):
        if holder.user:
            text = QCoreApplication.translate(
                "ReadOnly",
                "Opened read-only: {user} has the data open on {computer}. Verktøykassa there last gave a "
                "sign of life at {time} by its own clock, which runs ahead of this computer's: checking "
                "whether it still runs…",
            )
        else:
            text = QCoreApplication.translate(
                "ReadOnly",
                "Opened read-only: the data is open on {computer}. Verktøykassa there last gave a sign of "
                "life at {time} by its own clock, which runs ahead of this computer's: checking whether it "
                "still runs…",
            )
    elif holder.user:
        text = QCoreApplication.translate(
            "ReadOnly",
            "Opened read-only: {user} has the data open on {computer}. By this computer's clock, "
            "Verktøykassa there has given no sign of life since {time}, but the clocks of two computers can "
            "differ: checking whether it still runs…",
        )
    else:
        text = QCoreApplication.translate(
            "ReadOnly",
            "Opened read-only: the data is open on {computer}. By this computer's clock, Verktøykassa there "
            "has given no sign of life since {time}, but the clocks of two computers can differ: checking "
            "whether it still runs…",
        )
    return text.format(user=holder.user, computer=holder.computer, time=when)


def take_over_question(holder: Holder) -> str:
    """The confirmation before a stopped holder's folder is taken over: when, and what could go wrong."""
    return QCoreApplication.translate(
        "ReadOnly",
        "Take over the data from {computer} (last sign of life: {time})? Do this only if Verktøykassa is "
        "no longer running there: the computer crashed, lost power or was switched off without closing "
        "the program. If it is in fact still running, changes made on both computers can collide, and "
        "some of them can be lost.",
    ).format(computer=holder.computer, time=since_text(holder.last_sign_of_life))


class HeldBanner(QFrame):
    """Who holds the data, that nothing can be changed here, and "Try again"."""

    try_again = Signal()
    take_over = Signal()  # the holder seems to have stopped, and the user asks to take the data over

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
        self.take_over_button = QPushButton()
        self.take_over_button.setObjectName("heldTakeOverButton")
        self.take_over_button.clicked.connect(self.take_over)
        self.take_over_button.hide()
        self.shown: tuple | None = None  # what the message says (``says``): shown again only when it changes
        buttons = QVBoxLayout()
        buttons.addWidget(self.take_over_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addLayout(buttons, 0)

    @staticmethod
    def says(holder: Holder, now: dt.datetime | None = None) -> tuple:
        """What the message would say about ``holder``: a new heartbeat alone changes none of it."""
        life = holder.judged(now)
        last = holder.last_sign_of_life if life is not Life.RUNS else None
        return holder.computer, holder.user, holder.since, life, last

    def show_holder(self, holder: Holder, now: dt.datetime | None = None) -> None:
        """Say who holds the data (again after a change of language: every text is set here), and, when
        the program there seems to have stopped (``now``: UTC), offer to take the data over; while it is
        still being checked (``storage.holder.Watch``), say so instead."""
        life = holder.judged(now)
        stopped, checking = life is Life.STOPPED, life is Life.CHECKING
        self.shown = self.says(holder, now)
        self.setAccessibleName(self.tr("Opened read-only"))
        self.retry_button.setText(self.tr("Try again"))
        self.retry_button.setAccessibleName(self.tr("Try again to open the data for editing"))
        self.take_over_button.setText(self.tr("Take over…"))
        self.take_over_button.setAccessibleName(
            self.tr("Take over the data from the computer where Verktøykassa seems to have stopped")
        )
        self.take_over_button.setVisible(stopped)
        if stopped:
            advice = self.tr(
                "You can look at, print and export the plans here, but not change them. If that computer "
                "crashed, lost power or was switched off without closing the program, press Take over… to "
                "change the plans here. If the program there is still in use, close it there first and "
                "press Try again."
            )
        elif checking:
            advice = self.tr(
                "You can look at, print and export the plans here, but not change them. The check takes a "
                "few minutes: if the program there has stopped, you can then take over the data here. If it "
                "is still in use, close it there first and press Try again."
            )
        else:
            advice = self.tr(
                "You can look at, print and export the plans here, but not change them: two computers "
                "writing one data file can damage it. When the program there is closed, press Try again "
                "to change the plans here. To work on the same plans from several computers, use a shared "
                "database (Tools → Settings… → Database)."
            )
        self.message.setText(held_message(holder, stopped, checking, now) + " " + advice)
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
