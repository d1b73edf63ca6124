"""Is the user's data usable? The checks made before the database is opened, and what to say when not.

Both faces use this: the window offers choices (restore a backup, start afresh, quit) and the command line
prints the message and stops. Nothing here changes a damaged file; ``quarantine_database`` only moves it
(with its ``-wal``/``-shm`` companions) into the quarantine folder, never over anything, never deleting.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import stat
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication

from verktoykasse.paths import DataPaths, _restrict
from verktoykasse.storage.db import DatabaseError, read_only_uri

if TYPE_CHECKING:
    from verktoykasse.storage.db import Database

# Below this much free space we warn at start: a commit, a backup or the WAL may not fit.
MIN_FREE_BYTES = 20 * 1024 * 1024
COMPANIONS = ("-wal", "-shm", "-journal")
# How long the check waits for another program's lock before calling the file locked.
LOCK_WAIT_SECONDS = 2.0


class StorageProblem(StrEnum):
    NOT_DATABASE = "not_database"
    CORRUPT = "corrupt"
    NEWER = "newer"
    LOCKED = "locked"
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    NO_ACCESS = "no_access"
    BAD_BACKUP = "bad_backup"
    OTHER = "other"


# What the window can offer for each problem. Damaged files can be replaced; the others are fixed outside.
REPLACEABLE = frozenset({StorageProblem.NOT_DATABASE, StorageProblem.CORRUPT, StorageProblem.NEWER})


class HealthReport(NamedTuple):
    problem: StorageProblem | None
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.problem is None


class UnusableDatabase(DatabaseError):
    """Raised by ``open_checked``: the database cannot be used; ``str()`` is the user's message."""

    def __init__(self, problem: StorageProblem, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.problem = problem
        self.detail = detail


def classify_error(exc: BaseException) -> StorageProblem:
    """Map an OS or SQLite error to the problem a user can act on. An OS error is read as every failed
    write is (``files.write_problem``: Windows' own number first, as a file another program holds open is
    errno EACCES there, like a write-protected folder)."""
    if isinstance(exc, OSError):
        from verktoykasse import files

        return {
            files.IN_USE: StorageProblem.LOCKED,
            files.DISK_FULL: StorageProblem.DISK_FULL,
            files.READ_ONLY: StorageProblem.READ_ONLY,
            files.NO_PERMISSION: StorageProblem.READ_ONLY,
        }.get(files.write_problem(exc), StorageProblem.OTHER)
    text = str(exc).lower()
    if "disk is full" in text or "disk full" in text:
        return StorageProblem.DISK_FULL
    if "readonly" in text or "read-only" in text:
        return StorageProblem.READ_ONLY
    if "locked" in text or "busy" in text:
        return StorageProblem.LOCKED
    if "not a database" in text:
        return StorageProblem.NOT_DATABASE
    if "malformed" in text or "corrupt" in text:
        return StorageProblem.CORRUPT
    if "unable to open" in text:
        return StorageProblem.NO_ACCESS
    return StorageProblem.OTHER


def check_database(path: Path, *, thorough: bool = False) -> HealthReport:
    """Read-only check of the database file: is it SQLite, intact, ours and not newer, not locked?

    ``thorough`` runs ``PRAGMA integrity_check`` (every index too) instead of the faster ``quick_check``
    used at each start. A missing or empty file is fine: a fresh database is made there.
    """
    from verktoykasse.storage.db import known_revisions

    if not path.exists() or path.stat().st_size == 0:
        return HealthReport(None)
    if not os.access(path, os.R_OK):
        return HealthReport(StorageProblem.NO_ACCESS, "not readable")
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True, timeout=LOCK_WAIT_SECONDS)
    except sqlite3.Error as exc:
        return HealthReport(classify_error(exc), str(exc))
    try:
        pragma = "integrity_check" if thorough else "quick_check"
        rows = con.execute(f"PRAGMA {pragma}(20)").fetchall()
        if [tuple(r) for r in rows] != [("ok",)]:
            return HealthReport(StorageProblem.CORRUPT, "; ".join(str(r[0]) for r in rows))
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and "alembic_version" not in tables:
            return HealthReport(StorageProblem.NOT_DATABASE, "no schema version")
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is not None and row[0] not in known_revisions():
                return HealthReport(StorageProblem.NEWER, str(row[0]))
    except sqlite3.Error as exc:
        return HealthReport(classify_error(exc), str(exc))
    finally:
        con.close()
    return HealthReport(None)


def folder_problem(root: Path) -> StorageProblem | None:
    """Can the data folder be written to, and is there room? Tried by writing a small file."""
    try:
        fd, name = tempfile.mkstemp(prefix=".write-test-", dir=root)
        try:
            os.write(fd, b"0" * 4096)
        finally:
            os.close(fd)
            os.unlink(name)
    except OSError as exc:
        return classify_error(exc)
    if free_bytes(root) < MIN_FREE_BYTES:
        return StorageProblem.DISK_FULL
    return None


def free_bytes(root: Path) -> int:
    try:
        return shutil.disk_usage(root).free
    except OSError:
        return MIN_FREE_BYTES  # unknown: do not cry wolf


def quarantine_database(
    paths: DataPaths, now: dt.datetime | None = None, *, holder: Database | None = None
) -> Path:
    """Move the database and its companions into a new folder below ``paths.quarantine``.

    Returns that folder. Never overwrites: every call gets its own folder. ``holder``, the program's own
    open database on that file, is closed first: Windows cannot move a file any handle holds open.
    Raises ``UnusableDatabase`` with the message for the user (another program holds the file:
    ``LOCKED``; a write-protected folder: ``READ_ONLY``); nothing has moved then.
    """
    if holder is not None:
        holder.close()
    try:
        target = new_folder(paths.quarantine, now)
        move_database_files(paths.database, target)
    except OSError as exc:
        problem = classify_error(exc)
        raise UnusableDatabase(problem, problem_message(problem, paths, str(exc)), str(exc)) from exc
    return target


def new_folder(parent: Path, now: dt.datetime | None = None) -> Path:
    """A new folder below ``parent``, named by the time (UTC) and the user's alone; never an existing one."""
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    parent.mkdir(parents=True, exist_ok=True)
    _restrict(parent, stat.S_IRWXU)
    target = parent / stamp
    serial = 1
    while target.exists():
        target = parent / f"{stamp}-{serial}"
        serial += 1
    target.mkdir()
    _restrict(target, stat.S_IRWXU)
    return target


def move_database_files(database: Path, folder: Path) -> None:
    """Move ``database`` with its ``-wal``/``-shm``/``-journal`` companions into ``folder``: all or none.

    The companions go before the main file, and a failed move puts back what was moved (and removes the
    then empty ``folder``), so an old ``-wal`` never stays beside a fresh database (SQLite would replay it
    into that) and a database never loses its ``-wal``. Raises the ``OSError`` (on Windows a file that
    any program holds open cannot be moved: ``PermissionError``, WinError 32).
    """
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in (*COMPANIONS, ""):
            source = database.with_name(database.name + suffix)
            if source.exists():
                os.replace(source, folder / source.name)
                moved.append((source, folder / source.name))
    except OSError:
        for source, placed in reversed(moved):
            with contextlib.suppress(OSError):
                os.replace(placed, source)
        with contextlib.suppress(OSError):
            folder.rmdir()  # only if empty: nothing that was moved is ever left behind or deleted
        raise


def problem_message(problem: StorageProblem, paths: DataPaths, detail: str = "") -> str:
    """What went wrong and what the user can do, in plain words, translated."""
    file = str(paths.database)
    folder = str(paths.root)
    texts = {
        StorageProblem.NOT_DATABASE: QCoreApplication.translate(
            "Health",
            "The file that should hold your data ({file}) is not a Verktøykassa database. It may have been "
            "replaced or damaged by another program.",
        ),
        StorageProblem.CORRUPT: QCoreApplication.translate(
            "Health",
            "The file that holds your data ({file}) is damaged. This can happen after a power cut or on a "
            "failing disk.",
        ),
        StorageProblem.NEWER: QCoreApplication.translate(
            "Health",
            "Your data was saved by a newer version of Verktøykassa. Install that version (or a newer one) "
            "to open it; this version leaves it unchanged.",
        ),
        StorageProblem.LOCKED: QCoreApplication.translate(
            "Health",
            "Another program is using your data file right now (perhaps a second copy of Verktøykassa, or "
            "a backup or sync program). Close it and try again.",
        ),
        StorageProblem.READ_ONLY: QCoreApplication.translate(
            "Health",
            "The data folder {folder} cannot be written to. Check that the disk or USB stick is not "
            "write-protected and that you may change the folder.",
        ),
        StorageProblem.DISK_FULL: QCoreApplication.translate(
            "Health",
            "The disk with your data folder ({folder}) is full or nearly full. Free some space (empty the "
            "wastebasket, remove large files you do not need) so that your work can be saved.",
        ),
        StorageProblem.NO_ACCESS: QCoreApplication.translate(
            "Health", "You do not have permission to read the file that holds your data ({file})."
        ),
        StorageProblem.BAD_BACKUP: QCoreApplication.translate(
            "Health",
            "This backup is damaged or was made by a newer version, so it cannot be restored. Choose "
            "another backup.",
        ),
        StorageProblem.OTHER: QCoreApplication.translate(
            "Health", "Your data could not be opened or saved ({detail})."
        ),
    }
    return texts[problem].format(file=file, folder=folder, detail=detail)


class OpenResult(NamedTuple):
    database: Database
    warnings: list[str]


def open_checked(paths: DataPaths, keep: int) -> OpenResult:
    """The start-up sequence both faces use: check, back up once a day, open (backing up before upgrades).

    Raises ``UnusableDatabase`` when the file cannot be used (nothing is changed then). Problems that do
    not stop the work (a failed daily backup, a nearly full disk) come back as ``warnings``.
    """
    return open_after_check(paths, keep, check_before_opening(paths))


def check_before_opening(paths: DataPaths) -> list[str]:
    """The checks of ``open_checked`` that need no SQLAlchemy: the file (intact, ours, not newer, not
    locked), the folder (writable, with room) and an empty file made if there is none yet.

    The window lists the plans with plain ``sqlite3`` once they pass (``storage.plan_list``), and opens
    the database with ``open_after_check`` when SQLAlchemy has loaded. Returns the warnings; raises
    ``UnusableDatabase``.
    """
    report = check_database(paths.database, thorough=full_check_at_start(paths.database))
    if not report.ok:
        assert report.problem is not None
        problem = report.problem
        if problem is StorageProblem.OTHER and free_bytes(paths.root) < MIN_FREE_BYTES:
            problem = classify_with_space(sqlite3.OperationalError(report.detail), paths.root)
        raise UnusableDatabase(problem, problem_message(problem, paths, report.detail), report.detail)
    warnings: list[str] = []
    folder = folder_problem(paths.root)
    if folder is StorageProblem.READ_ONLY:
        raise UnusableDatabase(folder, problem_message(folder, paths))
    if folder is not None:
        warnings.append(problem_message(folder, paths))
    if not paths.database.exists():
        # Created empty with the user's mode first, so SQLite's -wal and -shm files inherit 0600 too.
        try:
            os.close(os.open(paths.database, os.O_CREAT | os.O_WRONLY, 0o600))
        except OSError as exc:
            problem = classify_error(exc)
            raise UnusableDatabase(problem, problem_message(problem, paths, str(exc)), str(exc)) from exc
    return warnings


def open_after_check(paths: DataPaths, keep: int, warnings: list[str]) -> OpenResult:
    """The rest of ``open_checked`` once ``check_before_opening`` passed (its ``warnings`` are handed on):
    back up once a day, then open and, when needed, upgrade the database (with a backup first)."""
    from verktoykasse.storage.backup import BackupError, backup_if_due, migration_hook
    from verktoykasse.storage.db import open_database

    warnings = list(warnings)
    try:
        backup_if_due(paths, keep)
    except BackupError as exc:
        if exc.problem in DAMAGE:  # the backup's full check found what the start's quick check missed
            problem = StorageProblem(exc.problem)
            raise UnusableDatabase(problem, problem_message(problem, paths), exc.detail) from exc
        warnings.append(backup_failed_message(exc.problem, paths, exc.detail))
    try:
        database = open_database(paths.database, before_migration=migration_hook(paths, keep))
    except BackupError as exc:  # no upgrade without its backup
        raise UnusableDatabase(
            StorageProblem(exc.problem), backup_failed_message(exc.problem, paths, exc.detail), exc.detail
        ) from exc
    except DatabaseError as exc:
        problem = classify_error(exc)
        raise UnusableDatabase(problem, problem_message(problem, paths, str(exc)), str(exc)) from exc
    except (OSError, sqlite3.Error) as exc:
        problem = classify_with_space(exc, paths.root)
        raise UnusableDatabase(problem, problem_message(problem, paths, str(exc)), str(exc)) from exc
    except Exception as exc:  # SQLAlchemy wraps sqlite3 errors
        cause = getattr(exc, "orig", None)
        if not isinstance(cause, sqlite3.Error):
            raise
        problem = classify_with_space(cause, paths.root)
        raise UnusableDatabase(problem, problem_message(problem, paths, str(cause)), str(cause)) from exc
    return OpenResult(database=database, warnings=warnings)


def backup_failed_message(problem: str, paths: DataPaths, detail: str = "") -> str:
    return (
        QCoreApplication.translate("Health", "The backup could not be made.")
        + " "
        + problem_message(StorageProblem(problem), paths, detail)
    )


# -- hidden damage (issue 21) ------------------------------------------------------------------------------
# ``quick_check`` (used at every start before) does not compare indexes with their tables: with two index
# root pages swapped it says "ok" while reads fail and writes damage the file further. The full
# ``integrity_check`` does, at a cost measured on the large plan's database (0.5 MB): ≈7 ms, about 13 ms
# per MB. So it runs at start for databases up to this size (at most ≈0.4 s), always before a backup and
# so before a migration, and on every backup once written.
FULL_CHECK_MAX_BYTES = 32 * 1024 * 1024
DAMAGE = frozenset({StorageProblem.CORRUPT, StorageProblem.NOT_DATABASE})


def full_check_at_start(path: Path) -> bool:
    """Whether the start-up check of ``path`` is the full ``integrity_check`` (small enough to be quick)."""
    try:
        return path.stat().st_size <= FULL_CHECK_MAX_BYTES
    except OSError:
        return False


def damage_in(exc: BaseException) -> StorageProblem | None:
    """``CORRUPT`` or ``NOT_DATABASE`` when SQLite, somewhere in ``exc``'s chain, says the file is damaged.

    SQLAlchemy wraps SQLite's errors (``.orig``) and the program's own errors keep theirs as the cause
    (an ``UnusableDatabase`` found damaged by a check counts too); a locked file, a full disk or a
    read-only folder is not damage (``None``).
    """
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, UnusableDatabase) and current.problem in DAMAGE:
            return current.problem
        if isinstance(current, sqlite3.DatabaseError) and not isinstance(current, sqlite3.OperationalError):
            problem = classify_error(current)
            if problem in DAMAGE:
                return problem
        todo += [getattr(current, "orig", None), current.__cause__, current.__context__]
    return None


def damage_message(problem: StorageProblem, paths: DataPaths) -> str:
    """Damage found while working: what happened, that nothing more is written, and the ways out."""
    return (
        problem_message(problem, paths)
        + " "
        + QCoreApplication.translate(
            "Health",
            "Nothing more was written to it. Open Verktøykassa's window: it offers to restore a backup or "
            "to start with an empty database, and first sets the damaged file aside, untouched.",
        )
    )


def classify_with_space(exc: BaseException, root: Path) -> StorageProblem:
    """``classify_error``, knowing the disk: SQLite says "disk I/O error" when a full disk keeps it from
    growing its ``-shm`` file, so that error on a disk without room is the full disk it is."""
    problem = classify_error(exc)
    if (
        problem is StorageProblem.OTHER
        and "disk i/o error" in str(exc).lower()
        and free_bytes(root) < MIN_FREE_BYTES
    ):
        return StorageProblem.DISK_FULL
    return problem


def _is_a_file(root: Path) -> bool:
    """Whether something other than a folder stands at ``root``; a path the system cannot even look up
    (a name too long for the disk) has nothing there."""
    try:
        return root.exists() and not root.is_dir()
    except OSError:
        return False


def data_folder_message(root: Path, exc: OSError, *, window: bool = False) -> str:
    """Why the data folder cannot be made or used, in a sentence that says what to do.

    The command line says which option chooses another folder (``--data-dir``); in a ``window`` nobody
    can type an option, so the sentence says what the user can do there (the start offers another folder
    with a button of its own, ``ui.app``)."""
    if isinstance(exc, FileExistsError | NotADirectoryError) or _is_a_file(root):
        if window:
            text = QCoreApplication.translate(
                "Health",
                "The data folder {folder} is a file, not a folder. Move or rename that file.",
            )
        else:
            text = QCoreApplication.translate(
                "Health",
                "The data folder {folder} is a file, not a folder. Move or rename that file, or choose "
                "another data folder (--data-dir).",
            )
        return text.format(folder=str(root))
    problem = classify_error(exc)
    if problem in (StorageProblem.READ_ONLY, StorageProblem.DISK_FULL):
        return problem_message(problem, DataPaths(root))
    if window:
        text = QCoreApplication.translate(
            "Health",
            "The data folder {folder} cannot be used ({reason}). If it is on a USB stick or a network drive, "
            "check that it is connected, and that you may change the folder.",
        )
    else:
        text = QCoreApplication.translate(
            "Health",
            "The data folder {folder} cannot be used ({reason}). Choose another data folder (--data-dir).",
        )
    from verktoykasse.files import write_problem_reason

    return text.format(folder=str(root), reason=write_problem_reason(exc))  # the system's text: in the log


def require_intact_for_backup(database: Path) -> None:
    """Raise ``BackupError`` (``CORRUPT``) when the full check finds ``database`` damaged."""
    from verktoykasse.storage.backup import BackupError

    report = check_database(database, thorough=True)
    if report.problem in DAMAGE:
        raise BackupError(StorageProblem.CORRUPT, report.detail)


def verify_backup(backup: Path) -> None:
    """Check a freshly written backup in full; one that fails is removed and ``BackupError`` raised."""
    from verktoykasse.storage.backup import BackupError

    report = check_database(backup, thorough=True)
    if report.problem in DAMAGE:
        backup.unlink(missing_ok=True)
        raise BackupError(StorageProblem.OTHER, "the backup failed its check: " + report.detail)
