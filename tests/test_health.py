"""A database that cannot be used is explained in plain words and set aside, never overwritten."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from safety_data import add_full_plan, run_cli_here
from test_cli import run_cli
from verktoykasse.storage.backup import list_backups
from verktoykasse.storage.health import (
    StorageProblem,
    UnusableDatabase,
    check_database,
    open_checked,
    quarantine_database,
)
from verktoykasse.storage.plans import create_plan

# Backups, restores, quarantine and plan files follow Windows' rules here (tests/windows_rules.py).
pytestmark = pytest.mark.windows_rules

FIXTURE = sorted((Path(__file__).parent / "fixtures" / "db").glob("v*-schema-*.sqlite3"))[0]


def damage(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk would."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(4096 * 2)
        handle.write(b"\xde\xad\xbe\xef" * ((size - 4096 * 3) // 4))


def make_newer(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9001'")
    con.commit()
    con.close()


@pytest.fixture
def stored(context):
    shutil.copy(FIXTURE, context.paths.database)
    return context.paths


def test_a_good_database_and_a_missing_one_pass(stored, tmp_path):
    assert check_database(stored.database, thorough=True).ok
    assert check_database(tmp_path / "nothing.sqlite3").ok


@pytest.mark.parametrize(
    ("spoil", "problem"),
    [
        (lambda p: p.write_bytes(b"Dear diary, " * 1000), StorageProblem.NOT_DATABASE),
        (damage, StorageProblem.CORRUPT),
        (lambda p: p.write_bytes(p.read_bytes()[: 4096 * 3]), StorageProblem.CORRUPT),
        (make_newer, StorageProblem.NEWER),
    ],
    ids=["not-sqlite", "damaged", "truncated", "newer"],
)
def test_an_unusable_file_is_named_and_left_untouched(stored, spoil, problem):
    spoil(stored.database)
    before = stored.database.read_bytes()
    report = check_database(stored.database)
    assert report.problem == problem
    with pytest.raises(UnusableDatabase) as caught:
        open_checked(stored, keep=10)
    assert caught.value.problem == problem
    assert str(caught.value)  # a message for the user
    assert stored.database.read_bytes() == before


def test_a_database_locked_by_another_program_is_reported_as_locked(stored, monkeypatch):
    from verktoykasse.storage import health

    monkeypatch.setattr(health, "LOCK_WAIT_SECONDS", 0.1)
    holder = sqlite3.connect(stored.database)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE plan SET name = name")
    try:
        assert check_database(stored.database).problem == StorageProblem.LOCKED
    finally:
        holder.rollback()
        holder.close()


def test_a_damaged_database_is_set_aside_with_its_companions(stored):
    damage(stored.database)
    for suffix in ("-wal", "-shm"):
        stored.database.with_name(stored.database.name + suffix).write_bytes(b"companion")
    original = stored.database.read_bytes()
    first = quarantine_database(stored)
    assert not stored.database.exists()
    assert (first / stored.database.name).read_bytes() == original
    assert sorted(p.name for p in first.iterdir()) == sorted(
        stored.database.name + s for s in ("", "-wal", "-shm")
    )
    # A second damaged file in the same second gets its own folder: nothing is ever overwritten.
    stored.database.write_bytes(b"second")
    second = quarantine_database(stored)
    assert second != first and (second / stored.database.name).read_bytes() == b"second"
    if os.name == "posix":
        assert stat.S_IMODE(stored.quarantine.stat().st_mode) == 0o700


def test_a_read_only_data_folder_is_explained_at_start(context, monkeypatch):
    import errno

    from verktoykasse.storage import health

    def refuse(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(health.tempfile, "mkstemp", refuse)
    with pytest.raises(UnusableDatabase) as caught:
        open_checked(context.paths, keep=10)
    assert caught.value.problem == StorageProblem.READ_ONLY
    assert str(context.paths.root) in str(caught.value)


def test_a_nearly_full_disk_is_a_warning_and_the_work_goes_on(context, monkeypatch):
    from verktoykasse.storage import health

    monkeypatch.setattr(health, "free_bytes", lambda _root: 1024)
    result = open_checked(context.paths, keep=10)
    with result.database.session() as session:
        create_plan(session, "Plan")
    result.database.close()
    assert len(result.warnings) == 1
    assert "full" in result.warnings[0]


def test_the_cli_refuses_a_damaged_database_with_a_message_and_never_touches_it(stored):
    damage(stored.database)
    before = stored.database.read_bytes()
    result = run_cli("--data-dir", str(stored.root), "plans")  # a real process, as the user runs it
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "damaged" in result.stderr
    # … and what to do about it: the window offers a backup or a fresh start, and where the backups are
    assert "restore a backup or to start afresh" in result.stderr
    assert str(stored.backups) in result.stderr
    assert stored.database.read_bytes() == before
    assert not stored.quarantine.exists()


def test_the_cli_refuses_a_newer_database(stored, capsys):
    make_newer(stored.database)
    code, _out, err = run_cli_here(capsys, "--data-dir", str(stored.root), "plans")
    assert code == 1
    assert "newer version" in err


def test_the_cli_makes_the_daily_backup_too(stored, capsys):
    code, out, err = run_cli_here(capsys, "--data-dir", str(stored.root), "plans")
    assert code == 0, err
    assert "Inkluderingsplan 2027" in out
    # The 0.1.0 file is upgraded first (with its own backup), then the day's backup is made.
    assert sorted(b.reason for b in list_backups(stored.backups)) == ["before-upgrade", "daily"]


def test_a_program_killed_while_saving_leaves_an_intact_database(context, tmp_path):
    """SIGKILL in the middle of a stream of commits: everything committed before is there, intact."""
    if os.name != "posix":
        pytest.skip("SIGKILL is POSIX")
    with context.database.session() as session:
        add_full_plan(session)
    context.close()
    progress = tmp_path / "progress.txt"
    script = textwrap.dedent(
        f"""
        import os, sys
        sys.path.insert(0, {str(Path(__file__).resolve().parents[1] / "src")!r})
        from pathlib import Path
        from verktoykasse.storage.db import open_database
        from verktoykasse.storage.models import Lesson, Plan
        db = open_database(Path({str(context.paths.database)!r}))
        with db.session() as session:
            plan = session.query(Plan).one()
            i = 0
            while True:
                plan.lessons.append(Lesson(text=f"lesson {{i}} " + "x" * 2000, position=i + 1))
                plan.workshop_summary = f"summary {{i}}"
                session.commit()
                with open({str(progress)!r}, "a") as handle:
                    handle.write(f"{{i}}\\n")
                i += 1
        """
    )
    process = subprocess.Popen([sys.executable, "-c", script], stderr=subprocess.PIPE)
    # Wait until it has committed a good number of times, then pull the plug.
    while not progress.exists() or len(progress.read_text().splitlines()) < 200:
        assert process.poll() is None, process.stderr.read().decode()
        time.sleep(0.01)
    process.kill()
    process.wait()
    committed = len(progress.read_text().splitlines())

    assert check_database(context.paths.database, thorough=True).ok
    con = sqlite3.connect(context.paths.database)
    texts = {
        row[0].split(" ")[1] for row in con.execute("SELECT text FROM lesson WHERE text LIKE 'lesson %'")
    }
    con.close()
    assert {str(i) for i in range(committed)} <= texts
    assert len(texts) >= committed
    process.stderr.close()


def test_the_cli_explains_a_read_only_data_folder(stored, capsys, monkeypatch):
    import errno

    from verktoykasse.storage import health

    def refuse(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(health.tempfile, "mkstemp", refuse)
    code, _out, err = run_cli_here(capsys, "--data-dir", str(stored.root), "plans")
    assert code == 1
    assert "cannot be written to" in err


def test_the_cli_warns_about_a_nearly_full_disk_and_still_works(stored, capsys, monkeypatch):
    from verktoykasse.storage import health

    monkeypatch.setattr(health, "free_bytes", lambda _root: 0)
    code, out, err = run_cli_here(capsys, "--data-dir", str(stored.root), "plans")
    assert code == 0
    assert "Inkluderingsplan 2027" in out
    assert "full" in err
