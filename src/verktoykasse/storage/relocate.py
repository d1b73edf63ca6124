"""The one-time move of the data from the Roaming profile to Local AppData (Windows).

Version 0.1.0 kept the data folder in ``%APPDATA%`` (Roaming). Companies often redirect Roaming to a
server share, where SQLite's write-ahead log does not work (it needs shared memory on a local disk), and
roaming profiles are copied over the network at every log-on. The data now lives in ``%LOCALAPPDATA%``;
on macOS and Linux both are the same folder and nothing moves.

At the first start of this version the old data is moved once, in an order that never loses anything:

1. a backup of the old database is made in the old folder's backups (reason ``before-move``), which stays
   there whatever happens next;
2. the database is copied into the new folder through SQLite's backup API (a ``-wal`` is folded in), with
   the backups, the settings and the quarantine folder beside it;
3. the copy is checked; only then is the old database (with its companions) moved into
   ``moved-to-local`` in the old folder, so nothing keeps using it by mistake, and a note says where the
   data went.

If any step fails — another program holds the old file (Windows refuses to move it), the disk is full —
the copy is removed and this start goes on with the old folder; the move is tried again at the next
start. The caller gets the folder to use.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path

from verktoykasse.paths import DataPaths

log = logging.getLogger("verktoykasse.storage")

MOVED_FOLDER = "moved-to-local"
NOTE = "README.txt"
NOTE_TEXT = (
    "Verktøykassa keeps its data in {new} since version 0.2.\n"
    "The database that was here was moved there; it is kept in this folder, unchanged, in case it is "
    "ever needed.\n\n"
    "Verktøykassa lagrer dataene sine i {new} fra og med versjon 0.2.\n"
    "Databasen som lå her, ble flyttet dit; den er tatt vare på uendret i denne mappen i tilfelle den "
    "trengs.\n"
)


# The note when the user moved the data out of a synced folder or a network drive (ui.synced_warning).
SYNCED_NOTE_TEXT = (
    "Verktøykassa's data was moved to {new}: a database in a synced folder or on a network drive can be "
    "damaged. The database that was here is kept in this folder, unchanged, in case it is ever needed.\n\n"
    "Dataene til Verktøykassa ble flyttet til {new}: en database i en synkronisert mappe eller på en "
    "nettverksdisk kan bli skadet. Databasen som lå her, er tatt vare på uendret i denne mappen.\n"
)


def move_to_local(old_root: Path, new_root: Path, note: str = NOTE_TEXT) -> Path:
    """Move the data from ``old_root`` to ``new_root`` once; the folder to use now.

    Returns ``new_root`` when there is nothing to move or the move succeeded, ``old_root`` when it could
    not be done this time (nothing has changed then, apart from a backup in the old folder).
    """
    from verktoykasse.storage.backup import BackupError, BackupReason, copy_database, make_backup
    from verktoykasse.storage.health import check_database, move_database_files, new_folder

    old, new = DataPaths(old_root), DataPaths(new_root)
    if not old.database.is_file() or (new.database.is_file() and new.database.stat().st_size > 0):
        return new_root
    copied: list[Path] = []
    try:
        new.ensure()
        make_backup(old.database, old.backups, BackupReason.MOVE, keep=0, prune=False)
        copy_database(old.database, new.database)
        copied.append(new.database)
        copied.extend(_copy_beside(old, new))
        report = check_database(new.database, thorough=True)
        if not report.ok:
            raise sqlite3.DatabaseError(f"the copy is not intact: {report.detail}")
        _leave_note(old_root, new_root, note)
        move_database_files(old.database, new_folder(old_root / MOVED_FOLDER))
    except (OSError, sqlite3.Error, BackupError) as exc:
        log.warning("data not moved from %s to %s this time: %s", old_root, new_root, exc)
        for path in reversed(copied):
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
        return old_root
    log.info("data moved from %s to %s", old_root, new_root)
    return new_root


def _copy_beside(old: DataPaths, new: DataPaths) -> list[Path]:
    """The settings, backups and quarantine folder, copied (never moved: the old folder stays whole)."""
    made: list[Path] = []
    if old.settings.is_file() and not new.settings.exists():
        shutil.copy2(old.settings, new.settings)
        made.append(new.settings)
    for folder in (old.backups, old.quarantine):
        if not folder.is_dir():
            continue
        for source in sorted(folder.rglob("*")):
            target = new.root / source.relative_to(old.root)
            if source.is_dir():
                target.mkdir(parents=True, exist_ok=True)
            elif not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target)
                made.append(target)
    return made


def _leave_note(old_root: Path, new_root: Path, note: str = NOTE_TEXT) -> None:
    """A line for whoever looks in the old folder (support, the user): where the data went."""
    folder = old_root / MOVED_FOLDER
    folder.mkdir(exist_ok=True)
    (folder / NOTE).write_text(note.format(new=new_root), encoding="utf-8")
