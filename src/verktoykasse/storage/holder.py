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


@dataclass(frozen=True)
class Holder:
    """The program that holds a data folder: ``user`` ("" when not known), ``computer``, ``since`` (UTC)."""

    computer: str
    user: str = ""
    since: dt.datetime | None = None


def note_path(lock: Path) -> Path:
    return lock.with_name(lock.name + ".holder")


def write_note(lock: Path, holder: Holder) -> None:
    """Leave the note beside ``lock``, just taken. A folder where it cannot be written only means a second
    program will not know the user's name: never a reason not to start."""
    note = {
        "user": holder.user,
        "computer": holder.computer,
        "since": holder.since.isoformat() if holder.since else None,
    }
    with contextlib.suppress(OSError):
        write_atomically(note_path(lock), json.dumps(note, ensure_ascii=False).encode("utf-8"))


def remove_note(lock: Path) -> None:
    with contextlib.suppress(OSError):
        note_path(lock).unlink(missing_ok=True)


def read_holder(lock: Path, computer: str) -> Holder:
    """Who holds the lock ``lock``, which names ``computer``: the note when it is that computer's, else
    the computer alone, since the lock file was written."""
    since = None
    with contextlib.suppress(OSError, ValueError, OverflowError):
        since = dt.datetime.fromtimestamp(lock.stat().st_mtime, dt.UTC).replace(tzinfo=None)
    try:
        note = json.loads(read_regular_file(note_path(lock), NOTE_LIMIT).decode("utf-8"))
        if not isinstance(note, dict) or note.get("computer") != computer:
            raise ValueError("not the holder's note")
        user = str(note.get("user") or "")[:100]
        if isinstance(note.get("since"), str):
            since = dt.datetime.fromisoformat(note["since"])
    except (OSError, ValueError, UnicodeDecodeError):
        user = ""
    return Holder(computer=computer, user=user, since=since)
