"""Writing a file so that a crash, a kill or a full disk never leaves half of it behind.

The bytes go to a temporary file in the same folder, are flushed to the disk, and only then renamed over
the target in one step; an older copy survives any failure. Settings, exported PDFs and plan files, and an
imported catalogue all go through here.

Windows' rules hold everywhere: ``os.fsync`` (``FlushFileBuffers`` there) needs a handle opened for
writing, a folder cannot be opened to be flushed, and a file some program holds open cannot be renamed
or deleted (``PermissionError``, WinError 32) — so every handle is closed before its file is renamed.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all. Raises ``OSError`` (the target is then untouched)."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())  # a handle opened for writing, as Windows requires
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    sync_folder(target.parent)
    return target


def flush_to_disk(path: str | os.PathLike[str]) -> None:
    """Push a finished, closed file's bytes onto the disk before it is renamed into place.

    Opened for writing: on Windows ``os.fsync`` is ``FlushFileBuffers``, which refuses a read-only handle
    (``OSError`` EBADF), so a file opened with ``"rb"`` would make every caller fail there.
    """
    with open(path, "r+b") as handle:
        os.fsync(handle.fileno())


def sync_folder(folder: str | os.PathLike[str]) -> None:
    """Make a rename inside ``folder`` survive a power cut (POSIX file systems need the folder flushed).

    Windows cannot open a folder as a file (``PermissionError``) and NTFS journals renames itself, so
    there is nothing to do there; a file system that refuses is not the user's problem either.
    """
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# Characters no Windows file name may hold (macOS and Linux refuse "/" and NUL, which are among them).
_RESERVED_CHARACTERS = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
# Names Windows keeps for devices, with any extension ("NUL.json" is the null device too).
_PORT_NUMBERS = "0123456789\u00b9\u00b2\u00b3"  # COM¹ … are devices too
_DEVICE_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in _PORT_NUMBERS}
)


def safe_file_stem(text: str, limit: int = 80) -> str:
    """``text`` as the name part of a file that Windows, macOS and Linux all accept ("" if nothing is left).

    Suggested names come from what the user typed (a plan's name), and a name Windows refuses makes the
    save dialog fail in a way the user cannot understand: reserved characters become spaces, runs of
    spaces one, leading and trailing dots and spaces go (Windows drops trailing ones silently, a leading
    dot hides the file elsewhere), and a device name (CON, NUL, COM1, LPT1 …) gets an underscore.
    """
    name = " ".join(_RESERVED_CHARACTERS.sub(" ", text).split()).strip(" .")[:limit].strip(" .")
    base, dot, rest = name.partition(".")
    if base.rstrip(" ").upper() in _DEVICE_NAMES:
        name = base.rstrip(" ") + "_" + dot + rest
    return name
