"""Automatic backups keep the user's years of work safe without them doing anything."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import stat

import pytest

from safety_data import add_full_plan
from verktoykasse.storage.backup import (
    BackupError,
    BackupReason,
    backup_if_due,
    list_backups,
    make_backup,
    read_contents,
    restore_backup,
)
from verktoykasse.storage.health import StorageProblem, check_database
from verktoykasse.storage.plans import create_plan, list_plans

# Backups, restores, quarantine and plan files follow Windows' rules here (tests/windows_rules.py).
pytestmark = pytest.mark.windows_rules


def plan_names(database):
    with database.session() as session:
        return sorted(p.name for p in list_plans(session))


def test_the_first_start_of_a_day_makes_one_backup_and_later_starts_do_not(context):
    with context.database.session() as session:
        add_full_plan(session)
    context.close()
    # The plan was created in this session; the next start on the same day backs it up once.
    assert list_backups(context.paths.backups) == []
    first = backup_if_due(context.paths, keep=10)
    assert first is not None
    assert backup_if_due(context.paths, keep=10) is None
    tomorrow = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    assert backup_if_due(context.paths, keep=10, now=tomorrow) is not None
    backups = list_backups(context.paths.backups)
    assert [b.reason for b in backups] == ["daily", "daily"]
    assert read_contents(backups[0].path).plan_names == ["Inkluderingsplan 2027"]


def test_a_file_named_like_a_backup_of_a_day_that_never_was_is_left_alone(data_dir, capsys):
    """A copy renamed by hand or by a sync program ("…20260230T…": 30 February) in the backups folder:
    every command ended in "something went wrong (ValueError)". It is not one of ours, so it is left
    alone, and the day's backup is made beside it."""
    from safety_data import cli_here

    assert cli_here(capsys, "example").returncode == 0
    backups = data_dir / "backups"
    backups.mkdir(exist_ok=True)
    strays = [
        backups / "verktoykasse-20260230T000000Z-daily.sqlite3",
        backups / "verktoykasse-20261399T999999Z-manual.sqlite3",
    ]
    for stray in strays:
        stray.write_bytes(b"not ours")
    result = cli_here(capsys, "plans")
    assert (result.returncode, result.stderr) == (0, "")
    assert all(stray.read_bytes() == b"not ours" for stray in strays)
    assert [info.path for info in list_backups(backups)] == [
        path for path in backups.iterdir() if path not in strays
    ]


def test_a_backup_is_a_complete_intact_single_file(context):
    with context.database.session() as session:
        add_full_plan(session)
        # the database is still open and has uncommitted-to-main-file WAL content
        path = make_backup(context.paths.database, context.paths.backups, BackupReason.MANUAL, keep=5)
    assert check_database(path, thorough=True).ok
    assert not path.with_name(path.name + "-wal").exists()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert con.execute("SELECT count(*) FROM measure_resource").fetchone() == (2,)
    con.close()
    assert not [p for p in context.paths.backups.iterdir() if p.name.endswith(".partial")]


@pytest.mark.skipif(
    os.name != "posix", reason="Windows keeps a profile's files to its user by ACLs, not modes"
)
def test_a_backup_and_its_folder_are_the_users_alone(context):
    context.database  # noqa: B018 - create the file
    path = make_backup(context.paths.database, context.paths.backups, BackupReason.MANUAL, keep=5)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(context.paths.backups.stat().st_mode) == 0o700


def test_only_the_newest_backups_are_kept(context):
    with context.database.session() as session:
        create_plan(session, "Plan")
    start = dt.datetime(2027, 1, 1, 12, tzinfo=dt.UTC)
    for day in range(7):
        make_backup(
            context.paths.database,
            context.paths.backups,
            BackupReason.DAILY,
            keep=3,
            now=start + dt.timedelta(days=day),
        )
    kept = list_backups(context.paths.backups)
    assert [b.created.day for b in kept] == [7, 6, 5]


def test_two_backups_in_the_same_second_do_not_overwrite_each_other(context):
    context.database  # noqa: B018 - create the file
    now = dt.datetime(2027, 5, 17, 8, tzinfo=dt.UTC)
    a = make_backup(context.paths.database, context.paths.backups, "manual", keep=10, now=now)
    b = make_backup(context.paths.database, context.paths.backups, "manual", keep=10, now=now)
    assert a != b and a.exists() and b.exists()
    assert len(list_backups(context.paths.backups)) == 2


def test_restoring_brings_back_the_old_plans_and_keeps_a_copy_of_what_was_there(context):
    with context.database.session() as session:
        create_plan(session, "Før")
    backup = make_backup(context.paths.database, context.paths.backups, "manual", keep=10)
    with context.database.session() as session:
        create_plan(session, "Etter")
    context.close()

    safety_copy = restore_backup(context.paths, backup, keep=10)

    assert plan_names(context.database) == ["Før"]
    assert safety_copy is not None
    assert read_contents(safety_copy).plan_names == ["Etter", "Før"]
    assert check_database(context.paths.database, thorough=True).ok


def test_a_damaged_backup_is_refused_and_nothing_changes(context):
    with context.database.session() as session:
        create_plan(session, "Min plan")
    context.close()
    bad = context.paths.backups / "verktoykasse-20270101T000000Z-manual.sqlite3"
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    with pytest.raises(BackupError) as caught:
        restore_backup(context.paths, bad, keep=10)
    assert caught.value.problem == StorageProblem.BAD_BACKUP
    assert plan_names(context.database) == ["Min plan"]


def test_a_full_disk_while_backing_up_says_so_and_leaves_no_half_file(context, monkeypatch):
    context.database  # noqa: B018
    from verktoykasse.storage import backup as backup_module

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_module.os, "fsync", full)
    with pytest.raises(BackupError) as caught:
        make_backup(context.paths.database, context.paths.backups, "manual", keep=10)
    assert caught.value.problem == StorageProblem.DISK_FULL
    assert list(context.paths.backups.iterdir()) == []
