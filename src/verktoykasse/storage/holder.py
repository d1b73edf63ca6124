"""Who holds the data folder: the user, the computer and since when, for a second program to say so.

The program that holds a data folder (``ui.single_instance``, a lock file) also writes this small note
beside the lock: the lock itself (Qt's ``QLockFile``) names only a process and a computer. A second program
on another computer (the folder is synced or on a network drive) cannot wake the first; it opens the data
read-only instead and says "Kari on KONTOR-PC has the data open since 08:14" (``Holder``). A note left by
an earlier run on another computer is not believed: it must name the computer the lock names. Without a
note (a program of an older version holds it) the lock's computer and the lock file's time are said.
Such a program writes no heartbeat, and it would not notice being taken over: it is never said to have
stopped (``Holder.silent_for``), whatever its time.

Whether the holding program still runs is judged from its heartbeat, a time written by its own clock. Two
computers' clocks can differ (a wrong time zone, a clock never set, a dead CMOS battery: hours, days or
years): a live holder whose clock runs 30 minutes behind looks silent for 30 minutes by this computer's
clock, and one whose clock runs 14 hours behind looks silent for ever. So the clocks alone never decide
that it stopped (``Watch``): the reading program remembers, by its own monotonic clock, when it first saw
each heartbeat; one that changed while it watched is alive whatever the clocks say, and one the clocks
do not call recent (older than ``STOPPED_AFTER``, or further ahead of this computer's clock) is said to
have stopped only after it was watched unchanged for ``WATCH_FOR_S`` (several heartbeats and a synced
folder's lag). A last sign of life older than ``LONG_SILENT`` (a PC that crashed yesterday, or a clock
far behind) shortens that watch on a network drive, which does not lag, to ``SHORT_WATCH_S`` (at least
two missed heartbeats), but never skips it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from verktoykasse.files import read_regular_file, write_atomically

NOTE_LIMIT = 4096  # a note is a few dozen bytes; anything bigger is not ours
LOCK_LIMIT = 4096  # Qt's lock file: a process id, the program's name, the computer's name and two ids
HEARTBEAT_S = 60  # how often the holding program refreshes its note
STOPPED_AFTER = dt.timedelta(minutes=15)  # no sign of life for this long by the clocks: it may have stopped
# Watched this long (this computer's monotonic clock) without a new heartbeat, a holder the clocks call silent
# has stopped: two heartbeats, and three minutes for a synced folder's lag and a write that failed.
WATCH_FOR_S = 2 * HEARTBEAT_S + 180
# Two watches this far apart (this computer slept, the window hung) are not one watch: it begins again.
WATCH_GAP_S = 3 * HEARTBEAT_S
# Watched this long without a new heartbeat, a holder silent for ``LONG_SILENT`` on a network drive (which
# does not lag as a synced folder does) has stopped: three heartbeats' time, so two missed at the least.
SHORT_WATCH_S = 3 * HEARTBEAT_S
# Silent this long by the clocks: a PC that crashed yesterday, or one whose clock runs far behind (never
# set, a dead CMOS battery). Only watching tells them apart; on a network drive for ``SHORT_WATCH_S``.
LONG_SILENT = dt.timedelta(hours=12)


class Life(enum.Enum):
    """What this computer makes of the holding program's signs of life."""

    RUNS = "runs"  # a recent heartbeat by the clocks, or a new one while this computer watched
    CHECKING = "checking"  # not recent by the clocks, but not watched long enough to tell a clock difference
    STOPPED = "stopped"  # not recent by the clocks, and watched long enough without a new heartbeat


@dataclass(frozen=True)
class Holder:
    """The program that holds a data folder: ``user`` ("" when not known), ``computer``, ``since`` (UTC)
    and ``seen``, its last heartbeat (UTC; None from a program without one). ``life`` is how a ``Watch``
    judged it when it was read (None: not watched; it takes no part in comparing holders)."""

    computer: str
    user: str = ""
    since: dt.datetime | None = None
    seen: dt.datetime | None = None
    life: Life | None = field(default=None, compare=False)

    @property
    def last_sign_of_life(self) -> dt.datetime | None:
        """The last time the holding program is known to have run (UTC): its heartbeat, else its start."""
        return self.seen or self.since

    def silent_for(self, limit: dt.timedelta, now: dt.datetime | None = None) -> bool:
        """Whether, by the clocks (the holder's and this computer's, ``now``: UTC), the holding program has
        given no sign of life for more than ``limit``. A time in the future (the other PC's clock runs
        ahead) is a sign of life. A holder without a heartbeat is never silent: an older version of the
        program writes none (and would not notice being taken over), and a note that cannot be read just
        now (being synced) tells nothing, so nothing says it stopped."""
        if self.seen is None:
            return False
        return (now or utc_now()) - self.seen > limit

    def recent(self, now: dt.datetime | None = None) -> bool:
        """Whether the clocks alone say the holding program runs: its heartbeat is at most ``STOPPED_AFTER``
        old by this computer's clock (``now``: UTC), and at most as far ahead (a clock a few minutes fast).
        A heartbeat further ahead only says that the two clocks differ: it is watched like a silent one,
        so a stopped program whose clock ran a day ahead does not hold the folder for a day. A holder
        without a heartbeat is always recent (see ``silent_for``)."""
        if self.seen is None:
            return True
        return abs((now or utc_now()) - self.seen) <= STOPPED_AFTER

    def ahead(self, now: dt.datetime | None = None) -> bool:
        """Whether its heartbeat is dated later than ``STOPPED_AFTER`` after this computer's clock: the
        other computer's clock runs ahead."""
        return self.seen is not None and self.seen - (now or utc_now()) > STOPPED_AFTER

    def judged(self, now: dt.datetime | None = None) -> Life:
        """What is known of the holding program: the watch's judgement, else what a first look can tell.
        Without a watch nothing is ever said to have stopped: a heartbeat that is not recent by the clocks
        is only ``CHECKING`` (its clock may be hours behind), however old."""
        if self.life is not None:
            return self.life
        return Life.RUNS if self.recent(now) else Life.CHECKING

    def seems_stopped(self, now: dt.datetime | None = None) -> bool:
        """Whether the holding program seems to have stopped, so that its folder may be taken over."""
        return self.judged(now) is Life.STOPPED


class Watch:
    """What this computer has seen of one data folder's holder, by its own monotonic clock (``clock``).

    ``look`` is called at every reading of the holder (every minute while the data is held elsewhere); it
    returns the holder with its ``life`` judged. Safe to call from the heartbeat's thread too. Nothing is
    said to have stopped before its note was watched unchanged for ``WATCH_FOR_S``; on a network drive
    (``network_drive``, which does not lag like a synced folder) one silent for ``LONG_SILENT`` by the
    clocks, and never seen to beat, for ``SHORT_WATCH_S``."""

    def __init__(self, clock: Callable[[], float] | None = None, network_drive: bool = False) -> None:
        self._clock = clock
        self._network_drive = network_drive
        self._guard = threading.Lock()
        self._holder: tuple | None = None  # the holding program watched: its computer and start
        self._heartbeat: dt.datetime | None = None  # its heartbeat when last looked at
        self._unchanged_since = 0.0  # this computer's clock: since when that heartbeat has been watched
        self._last_look: tuple[float, dt.datetime] | None = None  # by both of this computer's clocks
        self._beat_seen = False  # a new heartbeat came while this computer watched

    def look(self, holder: Holder, now: dt.datetime | None = None) -> Holder:
        with self._guard:
            moment, wall = (self._clock or monotonic)(), now or utc_now()
            program = (holder.computer, holder.since)
            if program != self._holder:  # another program (or the same one started again): a new watch
                self._holder, self._beat_seen = program, False
                self._heartbeat, self._unchanged_since = holder.seen, moment
            elif holder.seen != self._heartbeat:  # it wrote a heartbeat meanwhile: it ran then
                self._heartbeat, self._unchanged_since, self._beat_seen = holder.seen, moment, True
            elif self._not_watched_since_last_look(moment, wall):
                self._unchanged_since = moment  # not watched meanwhile (this PC slept): watch again
            self._last_look = moment, wall
            watched = moment - self._unchanged_since
            if holder.recent(wall):
                life = Life.RUNS
            elif watched >= self._watch_for(holder, wall):
                life = Life.STOPPED
            elif self._beat_seen:
                life = Life.RUNS  # its clock differs, but it gave a sign of life a moment ago
            else:
                life = Life.CHECKING
            return replace(holder, life=life)

    def _watch_for(self, holder: Holder, now: dt.datetime) -> float:
        """How long this computer must see the note unchanged before it says the holder stopped: the
        whole watch, unless on a network drive the holder is silent for ``LONG_SILENT`` by the clocks and
        was never seen to beat (one that did has a clock that differs: it gets the whole watch)."""
        if self._network_drive and not self._beat_seen and holder.silent_for(LONG_SILENT, now):
            return SHORT_WATCH_S
        return WATCH_FOR_S

    def _not_watched_since_last_look(self, moment: float, wall: dt.datetime) -> bool:
        """Whether this computer's clocks moved on too far since the last look for it to have watched: the
        monotonic clock (one that counts a sleep, as on Windows) or the wall clock (which counts it where
        the monotonic one does not; set back or forward, it also means the watch cannot be trusted)."""
        if self._last_look is None:
            return True
        last_moment, last_wall = self._last_look
        gap = dt.timedelta(seconds=WATCH_GAP_S)
        return moment - last_moment > WATCH_GAP_S or abs(wall - last_wall) > gap


# A hold last confirmed longer ago than this (two heartbeats, by either of this computer's clocks) is
# confirmed again before the next write: this computer slept, or its heartbeats failed meanwhile.
CONFIRMED_FOR_S = 2 * HEARTBEAT_S
# A lock file that could not be read is not read again for this long (this computer's monotonic clock): a
# network drive that is gone can take many seconds to say so, and the saver tries twice, and again at the
# user's next pause. Writes are refused meanwhile; the heartbeat goes on reading it in its own thread.
UNREADABLE_FOR_S = 10.0
# Why a write is refused (the log, the save banner's details: SQLite's "readonly" words come before it).
TAKEN_OVER = "the data folder was taken over by another computer"
UNCONFIRMED = "this program's hold on the data folder could not be confirmed: its lock file cannot be read"


class Hold:
    """This program's own hold on its data folder, as last confirmed: its lock file named this program.

    Another computer's program may take the folder over while this one cannot answer (a laptop asleep, a
    network drive gone): the heartbeat notices within a minute of waking, but a user who types at once
    would write into the file the other program now writes. So every write asks first (``refusal``). A
    hold confirmed less than ``CONFIRMED_FOR_S`` ago by both of this computer's clocks (the monotonic one,
    which counts a sleep on Windows, and the wall clock, which counts it where the monotonic one does not)
    lets it go at once, without a file read: typing stays fast. Otherwise the lock file is read then
    (``confirm``: True while it names this program, False once it names another, None when it cannot be
    read): taken over, nothing more is written; unreadable, this write fails like a save on a full disk
    (it is tried again later, reading the lock file again after ``UNREADABLE_FOR_S``), and nothing is
    overwritten. Safe to call from any thread."""

    def __init__(self, confirm: Callable[[], bool | None]) -> None:
        self._confirm = confirm
        self._guard = threading.Lock()
        self._confirmed: tuple[float, dt.datetime] | None = None  # by both of this computer's clocks
        self._unreadable: float | None = None  # when the lock file last could not be read (monotonic)
        self.lost = False  # another computer's program took the folder over: nothing more is written

    def confirmed(self) -> None:
        """The lock file names this program now (just taken, or read by the heartbeat)."""
        self._confirmed, self._unreadable = (monotonic(), utc_now()), None

    def taken(self) -> None:
        """This program holds the folder (again): newly confirmed, and not lost."""
        self.lost = False
        self.confirmed()

    def due(self) -> bool:
        """Whether the hold must be confirmed before the next write (never confirmed, or too long ago)."""
        if self._confirmed is None:
            return True
        moment, wall = self._confirmed
        return monotonic() - moment > CONFIRMED_FOR_S or abs(utc_now() - wall) > dt.timedelta(
            seconds=CONFIRMED_FOR_S
        )

    def refusal(self) -> str | None:
        """Why nothing may be written now (for the log and the banner's details); None: write."""
        if self.lost:
            return TAKEN_OVER
        if not self.due():
            return None
        with self._guard:  # one reading at a time; a write that waited for it takes its verdict
            if self.lost:
                return TAKEN_OVER
            if not self.due():
                return None
            if self._unreadable is not None and 0 <= monotonic() - self._unreadable < UNREADABLE_FOR_S:
                return UNCONFIRMED
            verdict = self._confirm()
            if verdict is True:
                self.confirmed()
                return None
            if verdict is False:
                self.lost = True
                return TAKEN_OVER
            self._unreadable = monotonic()
        return UNCONFIRMED


def taken_over_in(exc: BaseException) -> bool:
    """Whether ``exc`` (SQLAlchemy's, SQLite's) is a write refused because another computer took the data
    folder over (``Hold.refusal``): the window stops every writer and keeps the text, so no save banner."""
    return TAKEN_OVER in str(exc)


def monotonic() -> float:
    """This computer's monotonic clock (seconds): never set, never changed by a time zone."""
    return time.monotonic()


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def note_path(lock: Path) -> Path:
    return lock.with_name(lock.name + ".holder")


def write_note(lock: Path, holder: Holder) -> None:
    """Leave the note beside ``lock``, just taken or still held (the heartbeat). A folder where it cannot be
    written only means a second program will not know the user's name: never a reason not to start."""
    note = {
        "user": holder.user,
        "computer": holder.computer,
        "since": holder.since.isoformat() if holder.since else None,
        "seen": holder.seen.isoformat() if holder.seen else None,
    }
    with contextlib.suppress(OSError):
        write_atomically(note_path(lock), json.dumps(note, ensure_ascii=False).encode("utf-8"))


def remove_note(lock: Path) -> None:
    with contextlib.suppress(OSError):
        note_path(lock).unlink(missing_ok=True)


def read_holder(lock: Path, computer: str) -> Holder:
    """Who holds the lock ``lock``, which names ``computer``: the note when it is that computer's, else
    the computer alone, since the lock file was written."""
    since = seen = None
    with contextlib.suppress(OSError, ValueError, OverflowError):
        since = dt.datetime.fromtimestamp(lock.stat().st_mtime, dt.UTC).replace(tzinfo=None)
    try:
        note = json.loads(read_regular_file(note_path(lock), NOTE_LIMIT).decode("utf-8"))
        if not isinstance(note, dict) or note.get("computer") != computer:
            raise ValueError("not the holder's note")
        user = str(note.get("user") or "")[:100]
        if isinstance(note.get("since"), str):
            since = naive_utc(dt.datetime.fromisoformat(note["since"]))
        if isinstance(note.get("seen"), str):
            seen = naive_utc(dt.datetime.fromisoformat(note["seen"]))
    except (OSError, ValueError, UnicodeDecodeError, OverflowError):
        user = ""
    return Holder(computer=computer, user=user, since=since, seen=seen)


def naive_utc(moment: dt.datetime) -> dt.datetime:
    """A note's time as the program keeps it: UTC without a zone (a zone, if one is written, is honoured)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def lock_owner(lock: Path) -> tuple[int, str] | None:
    """The process id and computer named in Qt's lock file ``lock``; None when it cannot be read (gone,
    being replaced, not a lock file). Read without Qt, so the heartbeat can ask from its own thread."""
    try:
        lines = read_regular_file(lock, LOCK_LIMIT).decode("utf-8").splitlines()
        return int(lines[0]), lines[2]
    except (OSError, ValueError, UnicodeDecodeError, IndexError):
        return None
