"""Automatic and manual backups of the database, and restoring one.

A backup is made with SQLite's online backup API (``sqlite3.Connection.backup``), which reads a consistent
snapshot even while the program writes, into a temporary name in the backups folder that is renamed into
place only when complete: a backup file is never half-written. Backups are single files (journal mode
DELETE), so they can be read, copied or mailed on their own. The newest ``keep`` backups are kept.

The file name carries the time (UTC) and the reason, so listing the folder needs no database access:
``verktoykasse-20271231T235959Z-daily.sqlite3``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import stat
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from verktoykasse.files import flush_to_disk, sync_folder
from verktoykasse.paths import DataPaths, _restrict, restrict_file
from verktoykasse.storage.db import read_only_uri

PREFIX = "verktoykasse-"
SUFFIX = ".sqlite3"
_NAME = re.compile(r"^verktoykasse-(\d{8}T\d{6}Z)(?:-(\d+))?-([a-z-]+)\.sqlite3$")


class BackupReason(StrEnum):
    DAILY = "daily"
    MANUAL = "manual"
    MIGRATION = "before-upgrade"
    RESTORE = "before-restore"
    MOVE = "before-move"  # the one-time move of the data folder (storage.relocate)


class BackupError(Exception):
    """A backup or restore that could not be done; ``problem`` says why in words a user can act on."""

    def __init__(self, problem: str, detail: str = "") -> None:
        super().__init__(detail or problem)
        self.problem = problem  # one of health.StorageProblem's values
        self.detail = detail


def _detail(exc: BaseException) -> str:
    """What a failed backup or restore shows beside its problem ("… could not be opened or saved
    ({detail})"): for the system's refusal, the reason in a few plain translated words
    (``files.write_problem_reason``, the system's own text in the log); SQLite's text as it is."""
    if isinstance(exc, OSError):
        from verktoykasse.files import write_problem_reason

        return write_problem_reason(exc)
    return str(exc)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime  # aware, UTC
    reason: str

    @property
    def local_time(self) -> dt.datetime:
        return self.created.astimezone()


@dataclass(frozen=True)
class BackupContents:
    """What is inside a backup, so the user sees what they get back before restoring."""

    plan_names: list[str]
    revision: str | None


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first. Files that do not look like ours are left alone."""
    found: list[tuple[dt.datetime, int, int, BackupInfo]] = []
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        # ISO 8601's basic form, in UTC ("Z"): fromisoformat reads it as strptime(…, "%Y%m%dT%H%M%SZ")
        # would, without loading strptime's module and building its patterns at every start (≈3 ms).
        try:
            created = dt.datetime.fromisoformat(match.group(1))
        except ValueError:  # a day that never was (30 February): a file renamed by hand, not ours
            continue
        serial = int(match.group(2) or 0)
        try:
            written = path.stat().st_mtime_ns  # orders backups made within the same second
        except OSError:
            continue
        info = BackupInfo(path=path, created=created, reason=match.group(3))
        found.append((created, serial, written, info))
    found.sort(key=lambda item: item[:3], reverse=True)
    return [item[3] for item in found]


def _target_name(folder: Path, now: dt.datetime, reason: str) -> Path:
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    path = folder / f"{PREFIX}{stamp}-{reason}{SUFFIX}"
    serial = 1
    while path.exists():
        path = folder / f"{PREFIX}{stamp}-{serial}-{reason}{SUFFIX}"
        serial += 1
    return path


def copy_database(source: Path, target: Path) -> None:
    """Copy a live database into a new single file ``target`` through a temporary name.

    Raises ``sqlite3.Error`` or ``OSError``; the temporary file is removed on failure.
    """
    tmp = target.with_name(f".{target.name}.partial")
    tmp.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True, timeout=10)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
                dst.commit()
            finally:
                dst.close()
        finally:
            src.close()
        restrict_file(tmp)
        flush_to_disk(tmp)  # opened for writing: Windows' FlushFileBuffers refuses a read-only handle
        os.replace(tmp, target)  # every handle on tmp is closed by now, as Windows needs for a rename
        sync_folder(target.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def make_backup(
    database: Path, folder: Path, reason: str, keep: int, now: dt.datetime | None = None, prune: bool = True
) -> Path:
    """Back up ``database`` into ``folder`` and (unless ``prune`` is false) keep only the newest ``keep``.

    The database is checked in full first (``health.require_intact_for_backup``): a damaged file is not
    backed up, so its copies never push the good backups out, and the backup is checked in full once
    written. The copy made before a restore is the exception: it keeps whatever is there.
    """
    from verktoykasse.storage.health import classify_error, require_intact_for_backup, verify_backup

    if reason != BackupReason.RESTORE:
        require_intact_for_backup(database)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _restrict(folder, stat.S_IRWXU)
        target = _target_name(folder, now or _utcnow(), reason)
        copy_database(database, target)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(classify_error(exc), _detail(exc)) from exc
    if reason != BackupReason.RESTORE:
        verify_backup(target)
    if prune:
        prune_backups(folder, keep)
    return target


def prune_backups(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups (at least one is always kept)."""
    removed = []
    for info in list_backups(folder)[max(1, keep) :]:
        with contextlib.suppress(OSError):
            info.path.unlink()
            removed.append(info.path)
    return removed


def backup_if_due(paths: DataPaths, keep: int, now: dt.datetime | None = None) -> Path | None:
    """The backup of the day: made at the first start on a day (local date) that has none yet."""
    if not paths.database.exists() or paths.database.stat().st_size == 0:
        return None
    now = now or _utcnow()
    today = now.astimezone().date()
    if any(info.local_time.date() == today for info in list_backups(paths.backups)):
        return None
    return make_backup(paths.database, paths.backups, BackupReason.DAILY, keep, now)


def migration_hook(paths: DataPaths, keep: int):
    """A ``before_migration`` callback for ``open_database``: a backup before every schema upgrade."""

    def before_migration(database: Path, _revision: str | None) -> None:
        make_backup(database, paths.backups, BackupReason.MIGRATION, keep)

    return before_migration


def read_contents(backup: Path) -> BackupContents:
    """The plan names and schema revision inside a backup file, read without changing it."""
    con = sqlite3.connect(read_only_uri(backup), uri=True)
    try:
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        names = []
        if "plan" in tables:
            names = [row[0] for row in con.execute("SELECT name FROM plan ORDER BY name COLLATE NOCASE")]
        revision = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return BackupContents(plan_names=names, revision=revision)
    finally:
        con.close()


def restore_backup(paths: DataPaths, backup: Path, keep: int) -> Path | None:
    """Put ``backup`` in place of the database. The caller has closed its own connections.

    First the backup itself is checked (a damaged backup is refused before anything changes), then the
    current database is backed up (reason ``before-restore``; returned) when it is usable, then the
    backup's pages are copied into the database in one SQLite transaction, so a crash leaves either the
    old or the new contents, never a mix. A database that cannot be read must be set aside with
    ``health.quarantine_database`` first; the restored copy then arrives under a temporary name and is
    renamed into place.
    """
    from verktoykasse.storage.health import StorageProblem, check_database, classify_error

    report = check_database(backup, thorough=True)
    if not report.ok:
        raise BackupError(StorageProblem.BAD_BACKUP, report.detail)
    safety_copy = None
    database = paths.database
    try:
        if database.exists():
            safety_copy = make_backup(database, paths.backups, BackupReason.RESTORE, keep, prune=False)
            src = sqlite3.connect(read_only_uri(backup), uri=True)
            try:
                dst = sqlite3.connect(database, timeout=10)
                try:
                    src.backup(dst)
                finally:
                    dst.close()
            finally:
                src.close()
        else:
            database.parent.mkdir(parents=True, exist_ok=True)
            copy_database(backup, database)
        restrict_file(database)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(classify_error(exc), _detail(exc)) from exc
    # Pruned only now, so the backup being restored is never removed before it was copied.
    prune_backups(paths.backups, keep)
    return safety_copy
