"""The user's side of data safety: backups and restore from the File menu, recovery from a damaged
database, plan files in and out, a second copy of the program, and warnings about the disk."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from dialog_script import DialogScript
from safety_data import add_full_plan
from test_health import FIXTURE, damage, make_newer
from verktoykasse.storage.backup import BackupReason, list_backups, make_backup

# Backups, restores, quarantine and plan files follow Windows' rules here (tests/windows_rules.py).
pytestmark = pytest.mark.windows_rules


def menu_action(window, name):
    from PySide6.QtGui import QAction

    action = window.findChild(QAction, name)
    assert action is not None, name
    assert action in window.file_menu.actions()
    return action


def read_next_message() -> dict:
    """Read the next message box the program shows (its name and text), then close it with OK."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    shown: dict = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        shown["name"] = dialog.objectName()
        shown["text"] = dialog.text()
        dialog.accept()

    QTimer.singleShot(0, answer)
    return shown


def add_plan(window, name):
    from verktoykasse.storage.plans import create_plan

    with window.database.session() as session:
        plan_id = create_plan(session, name).id
    window.home.refresh()
    return plan_id


def test_back_up_now_makes_a_backup_and_says_so(start_window):
    window = start_window()
    add_plan(window, "Bakeriet 2027")
    menu_action(window, "backupNowAction").trigger()
    backups = list_backups(window.context.paths.backups)
    assert [b.reason for b in backups] == ["manual"]
    assert "Backup made" in window.statusBar().currentMessage()


def test_restoring_a_backup_shows_what_it_holds_and_brings_it_back(start_window, qtbot):
    window = start_window()
    add_plan(window, "Plan fra mars")
    menu_action(window, "backupNowAction").trigger()
    add_plan(window, "Plan fra april")
    assert sorted(window.home.plan_names()) == ["Plan fra april", "Plan fra mars"]

    shown = {}

    def read(dialog):
        shown["details"] = dialog.findChild(type(dialog.details), "backupDetails").text()

    script = (
        DialogScript().expect("restoreDialog", "restoreButton", read).expect("confirmDialog", "confirmYes")
    )
    menu_action(window, "restoreBackupAction").trigger()

    assert script.done
    assert "Plan fra mars" in shown["details"] and "Plan fra april" not in shown["details"]
    assert window.home.plan_names() == ["Plan fra mars"]
    # what was there before the restore is itself kept as a backup
    reasons = [b.reason for b in list_backups(window.context.paths.backups)]
    assert str(BackupReason.RESTORE) in reasons


def test_cancelling_a_restore_changes_nothing(start_window):
    window = start_window()
    add_plan(window, "Plan fra mars")
    menu_action(window, "backupNowAction").trigger()
    add_plan(window, "Plan fra april")
    script = DialogScript().expect("restoreDialog", "restoreButton").expect("confirmDialog", "confirmNo")
    menu_action(window, "restoreBackupAction").trigger()
    assert script.done
    assert len(window.home.plan_names()) == 2


@pytest.fixture
def damaged_data(data_dir):
    """A data folder with a good backup from yesterday and a database that has since been damaged."""
    data_dir.mkdir(parents=True)
    shutil.copy(FIXTURE, data_dir / "verktoykasse.sqlite3")
    make_backup(data_dir / "verktoykasse.sqlite3", data_dir / "backups", BackupReason.DAILY, keep=10)
    damage(data_dir / "verktoykasse.sqlite3")
    return data_dir


def quarantined_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "damaged").rglob("*.sqlite3"))


def test_a_damaged_database_can_be_replaced_by_a_backup(start_window, damaged_data):
    damaged_bytes = (damaged_data / "verktoykasse.sqlite3").read_bytes()
    shown = {}
    script = (
        DialogScript()
        .expect("recoveryDialog", "recoveryRestore", lambda d: shown.update(text=d.text()))
        .expect("restoreDialog", "restoreButton")
    )
    window = start_window()
    assert script.done
    assert "damaged" in shown["text"]
    assert window.home.plan_names() == ["Inkluderingsplan 2027"]
    [kept] = quarantined_files(damaged_data)
    assert kept.read_bytes() == damaged_bytes


def test_a_damaged_database_can_be_set_aside_for_an_empty_one(start_window, damaged_data):
    damaged_bytes = (damaged_data / "verktoykasse.sqlite3").read_bytes()
    script = DialogScript().expect("recoveryDialog", "recoveryFresh")
    window = start_window()
    assert script.done
    assert window.database is not None
    assert window.home.plan_names() == []
    [kept] = quarantined_files(damaged_data)
    assert kept.read_bytes() == damaged_bytes


def test_quitting_at_a_damaged_database_leaves_it_exactly_as_it_was(start_window, damaged_data, qtbot):
    before = (damaged_data / "verktoykasse.sqlite3").read_bytes()
    script = DialogScript().expect("recoveryDialog", "recoveryQuit")
    window = start_window()
    assert script.done
    assert window.database is None
    qtbot.waitUntil(lambda: not window.isVisible())
    assert (damaged_data / "verktoykasse.sqlite3").read_bytes() == before
    assert quarantined_files(damaged_data) == []


def test_a_database_from_a_newer_version_is_not_offered_to_be_replaced_by_an_empty_one(
    start_window, data_dir
):
    data_dir.mkdir(parents=True)
    shutil.copy(FIXTURE, data_dir / "verktoykasse.sqlite3")
    make_newer(data_dir / "verktoykasse.sqlite3")
    buttons = {}

    def look(dialog):
        from PySide6.QtWidgets import QPushButton

        buttons["names"] = {b.objectName() for b in dialog.findChildren(QPushButton)}
        buttons["text"] = dialog.text()

    script = DialogScript().expect("recoveryDialog", "recoveryQuit", look)
    start_window()
    assert script.done
    assert "newer version" in buttons["text"]
    assert "recoveryFresh" not in buttons["names"]


def test_a_locked_database_can_be_tried_again_once_the_other_program_lets_go(
    start_window, data_dir, monkeypatch
):
    from verktoykasse.storage import health

    monkeypatch.setattr(health, "LOCK_WAIT_SECONDS", 0.1)
    data_dir.mkdir(parents=True)
    shutil.copy(FIXTURE, data_dir / "verktoykasse.sqlite3")
    holder = sqlite3.connect(data_dir / "verktoykasse.sqlite3")
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE plan SET name = name")

    def release(_dialog):
        holder.rollback()
        holder.close()

    script = DialogScript().expect("recoveryDialog", "recoveryRetry", release)
    window = start_window()
    assert script.done
    assert window.home.plan_names() == ["Inkluderingsplan 2027"]


def test_a_nearly_full_disk_is_explained_at_start_and_the_window_still_works(start_window, monkeypatch):
    from verktoykasse.storage import health

    monkeypatch.setattr(health, "free_bytes", lambda _root: 0)
    shown = {}
    script = DialogScript().expect("storageWarningDialog", "warningOk", lambda d: shown.update(text=d.text()))
    window = start_window()
    assert script.done
    assert "full" in shown["text"]
    assert window.database is not None


def test_a_failing_backup_now_says_why(start_window, monkeypatch):
    import errno

    from verktoykasse.storage import backup

    window = start_window()

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup.os, "fsync", full)
    shown = read_next_message()
    menu_action(window, "backupNowAction").trigger()
    assert "The backup could not be made" in shown["text"] and "full" in shown["text"]


def test_a_plan_goes_out_to_a_file_and_comes_back_in(start_window, monkeypatch, tmp_path):
    from verktoykasse.ui import data_actions

    window = start_window()
    with window.database.session() as session:
        plan_id = add_full_plan(session).id
    window.home.refresh(select_id=plan_id)
    target = tmp_path / "eksport" / "bakeriet.json"
    target.parent.mkdir()
    monkeypatch.setattr(data_actions, "ask_save_path", lambda *_a: target)
    monkeypatch.setattr(data_actions, "ask_open_path", lambda *_a: target)

    menu_action(window, "exportPlanAction").trigger()
    assert target.exists()
    menu_action(window, "importPlanAction").trigger()

    assert sorted(window.home.plan_names()) == ["Inkluderingsplan 2027", "Inkluderingsplan 2027 (2)"]
    assert "Imported" in window.statusBar().currentMessage()


def test_a_bad_plan_file_is_refused_with_a_message(start_window, monkeypatch, tmp_path):
    from verktoykasse.ui import data_actions

    window = start_window()
    add_plan(window, "Min plan")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "verktoykasse-plan", "format_version": 1, "plan": {}, "contacts": []}')
    monkeypatch.setattr(data_actions, "ask_open_path", lambda *_a: bad)
    shown = read_next_message()
    menu_action(window, "importPlanAction").trigger()
    assert shown["name"] == "errorDialog"
    assert "Nothing was imported" in shown["text"]
    assert window.home.plan_names() == ["Min plan"]


def test_a_read_only_data_folder_is_explained_and_can_be_tried_again(start_window, monkeypatch):
    import errno

    from verktoykasse.storage import health

    def refuse(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(health.tempfile, "mkstemp", refuse)
    seen = {}

    def user_fixes_it(dialog):  # e.g. slides the USB stick's write-protect switch back
        from PySide6.QtWidgets import QPushButton

        seen["text"] = dialog.text()
        seen["buttons"] = {b.objectName() for b in dialog.findChildren(QPushButton)}
        monkeypatch.undo()

    script = DialogScript().expect("recoveryDialog", "recoveryRetry", user_fixes_it)
    window = start_window()
    assert script.done
    assert "cannot be written to" in seen["text"]
    assert "recoveryFresh" not in seen["buttons"] and "recoveryRestore" not in seen["buttons"]
    assert window.database is not None


def test_a_new_plan_on_a_full_disk_says_the_disk_is_full_not_something_unexpected(
    start_window, answer_next_dialog, monkeypatch
):
    """Kari's disk filled up; she makes a new plan from the list of plans. The save banner of the wizard
    is not there to catch it: the message says what is wrong and what to do, and no plan is half made."""
    import sys

    from sqlalchemy.exc import OperationalError

    from verktoykasse.storage import plans
    from verktoykasse.ui import app, dialogs

    window = start_window()
    told: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, text: told.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    app.report_unexpected_errors(window.context.paths, on_damage=window.damaged_by)

    def disk_full(_session, _name):
        raise OperationalError("INSERT INTO plan", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(plans, "create_plan", disk_full)
    answer_next_dialog("ok", text="Sommerjobb 2027")
    try:
        window.home.new_plan()
    except OperationalError as error:  # what Qt hands to the window's error hook when a slot raises
        sys.excepthook(type(error), error, error.__traceback__)
    [message] = told
    assert message.startswith("Your change could not be saved, and nothing was changed.")
    assert "is full or nearly full" in message and "Something unexpected" not in message
    assert window.home.plan_names() == []
