"""Reading and writing the user's files safely: only regular files, never more than asked, never half.

Writing: the bytes go to a temporary file in the same folder, are flushed to the disk, and only then
renamed over the target in one step; an older copy survives any failure. Settings, exported PDFs and plan
files, and an imported catalogue all go through ``write_atomically``. Before anything is written the target
is checked (``check_write_target``): only a missing or a regular, writable file is replaced. A read-only
file, a folder, a device (``/dev/null``), a pipe or a socket is refused, also for a user who could replace
it (root, an administrator). A symbolic link is followed, as ``cp`` and a shell's ``>`` do: the file it
points to is replaced and the link stays a link; a link that points nowhere is refused.

Reading: ``read_regular_file`` looks at the file with ``os.stat`` before opening it, so a device
(``/dev/zero``), a FIFO without a writer or a socket is refused without being opened (opening a FIFO
could hang), opens it non-blocking, checks again what was opened, and reads at most the limit plus one
byte, so a file that grows while it is read cannot use up the memory either.

Windows' rules hold everywhere: ``os.fsync`` (``FlushFileBuffers`` there) needs a handle opened for
writing, a folder cannot be opened to be flushed, and a file some program holds open cannot be renamed
or deleted (``PermissionError``, WinError 32) — so every handle is closed before its file is renamed.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import stat
import tempfile
from pathlib import Path

READ_CHUNK = 1024 * 1024


class NotARegularFile(OSError):
    """The path names a folder, a device, a pipe or a socket (or a link to nothing), not a file."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(errno.EINVAL, "not a regular file", str(path))


class ReadOnlyFile(OSError):
    """The target is a regular file that is marked read-only: it is not ours to replace."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(errno.EACCES, "the file is read-only", str(path))


class FileTooLarge(OSError):
    """The file holds more bytes than the reader accepts; ``size`` is at least that many."""

    def __init__(self, path: str | os.PathLike[str], size: int) -> None:
        super().__init__(errno.EFBIG, "file too large", str(path))
        self.size = size


def read_regular_file(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the regular file at ``path`` (a link to one is fine), at most ``limit`` of them.

    Raises ``NotARegularFile``, ``FileTooLarge`` or another ``OSError``.
    """
    info = os.stat(path)  # follows links; never opens the file
    if not stat.S_ISREG(info.st_mode):
        raise NotARegularFile(path)
    if info.st_size > limit:
        raise FileTooLarge(path, info.st_size)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced between the look and the opening
            raise NotARegularFile(path)
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, READ_CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise FileTooLarge(path, len(data))
    return data


def check_write_target(path: str | os.PathLike[str]) -> Path:
    """The file that writing to ``path`` would replace (links followed), if it may be replaced.

    Raises ``NotARegularFile`` or ``ReadOnlyFile`` otherwise; a path where nothing is yet is fine.
    """
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
        if not os.path.lexists(target):
            raise NotARegularFile(path)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return target
    if not stat.S_ISREG(info.st_mode):
        raise NotARegularFile(path)
    # The mode bits, not only os.access: an administrator may write anywhere, but a file someone marked
    # read-only is still not ours to replace.
    if not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(target, os.W_OK):
        raise ReadOnlyFile(path)
    return target


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all. Raises ``OSError`` (the target is then untouched).

    The target must pass ``check_write_target``; a replaced file keeps its permissions. Returns the path
    written (for a link, the file it points to).
    """
    target = check_write_target(path)
    try:
        old_mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        old_mode = None
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())  # a handle opened for writing, as Windows requires
        if old_mode is not None and os.name == "posix":
            os.chmod(temporary, old_mode)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    sync_folder(target.parent)
    return Path(path) if Path(path).is_symlink() else target


# Why a file or folder could not be written, as the user can act on it (``write_problem``).
DISK_FULL = "disk_full"
IN_USE = "in_use"  # another program holds the file open (Windows' sharing violation, EBUSY)
READ_ONLY = "read_only"  # a write-protected disk or USB stick, a file system mounted read-only
NO_PERMISSION = "no_permission"
FOLDER_MISSING = "folder_missing"
NAME_TOO_LONG = "name_too_long"
NAME_NOT_ALLOWED = "name_not_allowed"
NOT_READY = "not_ready"  # a USB stick pulled out, a network drive not connected, a disk that fails
OTHER = "other"

# Windows' own numbers (``OSError.winerror``), which say more than the errno Python makes of them.
_WINDOWS = {
    32: IN_USE,  # ERROR_SHARING_VIOLATION: "being used by another process"
    33: IN_USE,  # ERROR_LOCK_VIOLATION: "another process has locked a portion of the file"
    112: DISK_FULL,  # ERROR_DISK_FULL
    39: DISK_FULL,  # ERROR_HANDLE_DISK_FULL
    19: READ_ONLY,  # ERROR_WRITE_PROTECT
    5: NO_PERMISSION,  # ERROR_ACCESS_DENIED
    2: FOLDER_MISSING,  # ERROR_FILE_NOT_FOUND
    3: FOLDER_MISSING,  # ERROR_PATH_NOT_FOUND
    206: NAME_TOO_LONG,  # ERROR_FILENAME_EXCED_RANGE
    123: NAME_NOT_ALLOWED,  # ERROR_INVALID_NAME: a character or a name Windows does not allow
    161: NAME_NOT_ALLOWED,  # ERROR_BAD_PATHNAME
    21: NOT_READY,  # ERROR_NOT_READY: a card reader without a card, a drive not there
    53: NOT_READY,  # ERROR_BAD_NETPATH
    67: NOT_READY,  # ERROR_BAD_NET_NAME
    1167: NOT_READY,  # ERROR_DEVICE_NOT_CONNECTED
}
_ERRNOS = {
    errno.ENOSPC: DISK_FULL,
    getattr(errno, "EDQUOT", -1): DISK_FULL,
    errno.EBUSY: IN_USE,
    getattr(errno, "ETXTBSY", -2): IN_USE,
    errno.EROFS: READ_ONLY,
    errno.EACCES: NO_PERMISSION,
    errno.EPERM: NO_PERMISSION,
    errno.ENOENT: FOLDER_MISSING,
    errno.ENOTDIR: FOLDER_MISSING,
    errno.ENAMETOOLONG: NAME_TOO_LONG,
    errno.EINVAL: NAME_NOT_ALLOWED,  # Windows' answer to a name with ":" or "?" in it
    getattr(errno, "EILSEQ", -3): NAME_NOT_ALLOWED,
    errno.EIO: NOT_READY,
    errno.ENXIO: NOT_READY,
    errno.ENODEV: NOT_READY,
    getattr(errno, "ENOMEDIUM", -4): NOT_READY,
    getattr(errno, "ESTALE", -5): NOT_READY,
    getattr(errno, "ENOTCONN", -6): NOT_READY,
    getattr(errno, "EHOSTDOWN", -7): NOT_READY,
}


def write_problem(error: BaseException) -> str:
    """Why writing failed, as one of ``DISK_FULL`` … ``NOT_READY`` or ``OTHER``: from Windows' own number
    first (a file another program holds open is errno EACCES there, as a write-protected folder is), then
    from ``errno``."""
    if not isinstance(error, OSError):
        return OTHER
    found = _WINDOWS.get(getattr(error, "winerror", None) or 0)
    if found is not None:
        return found
    return _ERRNOS.get(error.errno, OTHER) if error.errno is not None else OTHER


def write_problem_reason(error: BaseException, *, doing: str = "write") -> str:
    """Why ``error`` kept a file or folder from being written, in a few plain translated words ("the disk
    is full", "the file is open in another program"), for a sentence of its own. The system's own text
    ("No space left on device") never appears: it goes to the log, here, for whoever helps the user."""
    from PySide6.QtCore import QCoreApplication

    problem = write_problem(error)
    logging.getLogger("verktoykasse.files").warning("a %s failed (%s): %r", doing, problem, error)
    reasons = {
        DISK_FULL: QCoreApplication.translate("Files", "the disk is full"),
        IN_USE: QCoreApplication.translate("Files", "the file is open in another program"),
        READ_ONLY: QCoreApplication.translate("Files", "the disk is write-protected (read-only)"),
        NO_PERMISSION: QCoreApplication.translate("Files", "you may not write there"),
        FOLDER_MISSING: QCoreApplication.translate("Files", "its folder does not exist"),
        NAME_TOO_LONG: QCoreApplication.translate("Files", "the name is too long for the disk"),
        NAME_NOT_ALLOWED: QCoreApplication.translate("Files", "the name is not allowed there"),
        NOT_READY: QCoreApplication.translate("Files", "the disk or network drive is not ready"),
        OTHER: QCoreApplication.translate("Files", "the system refused it"),
    }
    return reasons[problem]


def write_problem_words(error: BaseException, *, doing: str = "write") -> str:
    """``write_problem_reason`` and what the user can do about it, to follow "… could not be written: "."""
    from PySide6.QtCore import QCoreApplication

    problem = write_problem(error)
    advice = {
        DISK_FULL: QCoreApplication.translate("Files", "Free some space and try again."),
        IN_USE: QCoreApplication.translate("Files", "Close it there and try again."),
        READ_ONLY: QCoreApplication.translate(
            "Files", "Choose another place, or remove the write protection of the USB stick or card."
        ),
        NO_PERMISSION: QCoreApplication.translate(
            "Files",
            "If the file is open in another program (a PDF viewer), close it there; or choose another "
            "folder.",
        ),
        FOLDER_MISSING: QCoreApplication.translate("Files", "Choose another folder."),
        NAME_TOO_LONG: QCoreApplication.translate("Files", "Choose a shorter name."),
        NAME_NOT_ALLOWED: QCoreApplication.translate("Files", "Choose a name of letters, digits and spaces."),
        NOT_READY: QCoreApplication.translate("Files", "Check that it is connected, and try again."),
        OTHER: QCoreApplication.translate("Files", "Try another folder; the details are in the log file."),
    }
    return _reason_and_advice(write_problem_reason(error, doing=doing), advice[problem])


def _reason_and_advice(reason: str, advice: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Files", "{reason}. {advice}").format(reason=reason, advice=advice)


def read_problem_words(error: BaseException) -> str:
    """Why ``error`` kept a file from being read, and what to do, in plain translated words (to follow
    "… could not be read: "); as ``write_problem_reason``, the system's own text only in the log."""
    from PySide6.QtCore import QCoreApplication

    problem = write_problem(error)
    if problem in (IN_USE, NOT_READY):  # the same words as for a write
        return write_problem_words(error, doing="read")
    logging.getLogger("verktoykasse.files").warning("a read failed (%s): %r", problem, error)
    if problem == FOLDER_MISSING:
        reason = QCoreApplication.translate("Files", "the file is not there (any more)")
        advice = QCoreApplication.translate("Files", "Choose it again.")
    elif problem in (NO_PERMISSION, READ_ONLY):
        reason = QCoreApplication.translate("Files", "you may not read it")
        advice = QCoreApplication.translate("Files", "Copy it to your Documents folder and try again.")
    else:
        reason = QCoreApplication.translate("Files", "the system refused it")
        advice = QCoreApplication.translate(
            "Files", "Try another copy of the file; the details are in the log file."
        )
    return _reason_and_advice(reason, advice)


def describe_write_error(error: OSError, path: str | os.PathLike[str]) -> str:
    """One plain sentence, in the user's language, saying why ``path`` could not be written and what to do.

    Every export (PDF, plan file, and whatever comes next) reports its failures with this, so the words
    are the same everywhere and a raw "Permission denied" never reaches the user (``write_problem_words``
    names the reason; the system's text goes to the log).
    """
    from PySide6.QtCore import QCoreApplication

    if _about_another_file(error, path):
        # Not the target's fault: the writer could not read a file of its own (a bundle missing a
        # template). "Its folder does not exist" would send the user looking for a folder that is there.
        return QCoreApplication.translate(
            "Files",
            "{file} could not be written: the program could not read one of its own files ({name}). "
            "Your plans are safe; install Verktøykassa again.",
        ).format(file=str(path), name=Path(error.filename).name)
    if isinstance(error, NotARegularFile):
        message = QCoreApplication.translate(
            "Files",
            "{file} is not a regular file (it is a folder, a device or a link to nothing), so it was not "
            "replaced. Choose another file name.",
        )
    elif isinstance(error, ReadOnlyFile):
        message = QCoreApplication.translate(
            "Files", "{file} is read-only, so it was not replaced. Choose another file name."
        )
    elif isinstance(error, IsADirectoryError):
        message = QCoreApplication.translate("Files", "{file} is a folder. Choose a file name.")
    else:
        return QCoreApplication.translate("Files", "{file} could not be written: {reason}").format(
            file=str(path), reason=write_problem_words(error)
        )
    return message.format(file=str(path))


def _about_another_file(error: OSError, path: str | os.PathLike[str]) -> bool:
    """Whether ``error`` names a file outside the target's folder (the target and its temporary file
    both lie in that folder)."""
    if not isinstance(error.filename, str | bytes | os.PathLike) or not os.fspath(error.filename):
        return False
    named = Path(os.fsdecode(error.filename)).absolute()
    target = Path(path).absolute()
    return named != target and named.parent != target.parent


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
