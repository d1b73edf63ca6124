"""Who holds the data folder: the user, the computer and since when, for a second program to say so.

The program that holds a data folder (``ui.single_instance``, a lock file) also writes this small note
beside the lock: the lock itself (Qt's ``QLockFile``) names only a process and a computer. A second program
on another computer (the folder is synced or on a network drive) cannot wake the first; it opens the data
read-only instead and says "Kari on KONTOR-PC has the data open since 08:14" (``Holder``). A note left by
an earlier run on another computer is not believed: it must name the computer the lock names. Without a
note (a program of an older version holds it) the lock's computer and the lock file's time are said.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from verktoykasse.files import read_regular_file, write_atomically

NOTE_LIMIT = 4096  # a note is a few dozen bytes; anything bigger is not ours
LOCK_LIMIT = 4096  # Qt's lock file: a process id, the program's name, the computer's name and two ids
HEARTBEAT_S = 60  # how often the holding program refreshes its note
STOPPED_AFTER = dt.timedelta(minutes=15)  # no sign of life for this long: it seems to have stopped


@dataclass(frozen=True)
class Holder:
    """The program that holds a data folder: ``user`` ("" when not known), ``computer``, ``since`` (UTC)
    and ``seen``, its last heartbeat (UTC; None from a program without one)."""

    computer: str
    user: str = ""
    since: dt.datetime | None = None
    seen: dt.datetime | None = None

    @property
    def last_sign_of_life(self) -> dt.datetime | None:
        """The last time the holding program is known to have run (UTC): its heartbeat, else its start."""
        return self.seen or self.since

    def seems_stopped(self, now: dt.datetime | None = None) -> bool:
        """Whether the holding program has given no sign of life for ``STOPPED_AFTER`` (``now``: UTC).

        A time in the future (the other PC's clock runs ahead) is a sign of life, and a holder of unknown
        time is never said to have stopped."""
        last = self.last_sign_of_life
        if last is None:
            return False
        return (now or utc_now()) - last > STOPPED_AFTER


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
