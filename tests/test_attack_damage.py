"""The outside attack on the database, kept as our own tests: damage that SQLite's quick check misses, a
full disk, a data folder that is not a folder, a folder that cannot be written, a newer database.

The README promises that a damaged database is never written to: each story checks the file's bytes.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from safety_data import add_full_plan, run_cli_here
from verktoykasse.storage import health
from verktoykasse.storage.health import StorageProblem


def swap_index_roots(path: Path, first: str = "ix_goal_plan_id", second: str = "ix_measure_plan_id") -> None:
    """Damage as a failing disk leaves it: two indexes' root pages swapped; every page is still valid."""
    con = sqlite3.connect(path)
    roots = dict(
        con.execute("SELECT name, rootpage FROM sqlite_master WHERE name IN (?, ?)", (first, second))
    )
    con.execute("PRAGMA writable_schema=ON")
    con.execute("UPDATE sqlite_master SET rootpage=? WHERE name=?", (roots[second], first))
    con.execute("UPDATE sqlite_master SET rootpage=? WHERE name=?", (roots[first], second))
    con.commit()
    con.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def damaged(context) -> tuple[Path, int]:
    """A data folder whose database holds a full plan and has two index root pages swapped."""
    from verktoykasse.storage.editing import add_row

    with context.database.session() as session:
        plan = add_full_plan(session, name="Bakeriet 2027")
        add_row(session, plan, "measures")  # three measures, two goals: the swapped indexes disagree
        plan_id = plan.id
    context.close()
    database = context.paths.database
    swap_index_roots(database)
    return database, plan_id


@pytest.fixture
def backed_up_today(monkeypatch) -> None:
    """Today's backup was made before the damage, so no start today checks the file in full for one."""
    from verktoykasse.storage import backup

    monkeypatch.setattr(backup, "backup_if_due", lambda *_args: None)


def test_the_damage_is_the_kind_the_quick_check_misses(damaged):
    database, _plan_id = damaged
    assert health.check_database(database).ok
    report = health.check_database(database, thorough=True)
    assert report.problem is StorageProblem.CORRUPT and "missing from index" in report.detail


@pytest.mark.parametrize(
    "command", [["plans"], ["export", "1", "--json", "out.json"], ["import", "plan.json"]]
)
def test_a_small_damaged_database_is_refused_at_start_and_left_untouched(command, damaged, capsys, tmp_path):
    database, _plan_id = damaged
    plan_file = Path(__file__).parent / "fixtures" / "plans" / "v0.1.0-format-1-full.json"
    args = [
        str(plan_file) if part == "plan.json" else str(tmp_path / part) if part == "out.json" else part
        for part in command
    ]
    before = digest(database)
    code, out, err = run_cli_here(capsys, *args)
    assert code == 1 and out == ""
    assert "is damaged" in err and "Traceback" not in err and "DatabaseError" not in err
    assert digest(database) == before
    assert not (tmp_path / "out.json").exists()


def test_damage_found_while_working_stops_the_command_with_the_ways_out(
    damaged, backed_up_today, capsys, tmp_path, monkeypatch
):
    """A database too large for the full check at every start: the damage shows while exporting."""
    database, plan_id = damaged
    monkeypatch.setattr(health, "FULL_CHECK_MAX_BYTES", 0)
    before = digest(database)
    code, _out, err = run_cli_here(capsys, "export", str(plan_id), "--json", str(tmp_path / "out.json"))
    assert code == 1
    assert "is damaged" in err and "restore a backup" in err and "something went wrong" not in err
    assert digest(database) == before


def test_an_import_never_writes_into_a_damaged_database(damaged, backed_up_today, capsys, monkeypatch):
    database, _plan_id = damaged
    monkeypatch.setattr(health, "FULL_CHECK_MAX_BYTES", 0)  # not checked in full at start
    plan_file = Path(__file__).parent / "fixtures" / "plans" / "v0.1.0-format-1-full.json"
    before = digest(database)
    code, _out, err = run_cli_here(capsys, "import", str(plan_file))
    assert code == 1
    assert "Nothing was imported" in err and "is damaged" in err
    assert digest(database) == before


def test_a_damaged_database_is_not_backed_up_over_the_good_backups(damaged, context):
    from verktoykasse.storage.backup import BackupError, BackupReason, list_backups, make_backup

    database, _plan_id = damaged
    with pytest.raises(BackupError) as caught:
        make_backup(database, context.paths.backups, BackupReason.DAILY, keep=1)
    assert caught.value.problem == StorageProblem.CORRUPT
    assert list_backups(context.paths.backups) == []
    # The copy made before a restore keeps whatever is there: nothing may be lost by restoring.
    safety = make_backup(database, context.paths.backups, BackupReason.RESTORE, keep=1, prune=False)
    assert safety.exists()


def test_every_backup_is_checked_once_written(context, monkeypatch):
    import verktoykasse.storage.backup as backup
    from verktoykasse.storage.editing import add_row

    with context.database.session() as session:
        add_row(session, add_full_plan(session), "measures")
    original = backup.copy_database

    def copy_then_damage(source: Path, target: Path) -> None:  # a disk that corrupts what it writes
        original(source, target)
        swap_index_roots(target)

    monkeypatch.setattr(backup, "copy_database", copy_then_damage)
    with pytest.raises(backup.BackupError, match="failed its check"):
        backup.make_backup(context.paths.database, context.paths.backups, backup.BackupReason.MANUAL, keep=3)
    assert backup.list_backups(context.paths.backups) == []


def test_a_full_disk_with_a_leftover_shm_file_says_the_disk_is_full(context, monkeypatch):
    with context.database.session() as session:
        add_full_plan(session)
    context.close()
    # What SQLite says when it cannot grow the -shm file on a full disk.
    monkeypatch.setattr(
        health, "check_database", lambda *a, **k: health.HealthReport(StorageProblem.OTHER, "disk I/O error")
    )
    monkeypatch.setattr(health, "free_bytes", lambda _root: 0)
    with pytest.raises(health.UnusableDatabase) as caught:
        health.open_checked(context.paths, keep=3)
    assert caught.value.problem is StorageProblem.DISK_FULL
    assert "is full or nearly full" in str(caught.value) and "disk I/O error" not in str(caught.value)


def test_a_data_folder_that_is_a_file_is_explained(tmp_path, capsys):
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    code, _out, err = run_cli_here(capsys, "--data-dir", str(blocker), "plans")
    assert code == 1
    assert err == (
        f"verktoykasse: The data folder {blocker} is a file, not a folder. Move or rename that file, or "
        "choose another data folder (--data-dir).\n"
    )


def test_the_window_explains_a_data_folder_that_is_a_file_in_words_for_a_window(
    tmp_path, qapp, monkeypatch, qtbot
):
    """No option can be typed in a window: the message says what the user can do there instead, and
    offers another folder; closing it ends the start, and the file is left as it was."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    from verktoykasse.ui.app import run_gui

    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    seen: list[tuple[str, list[str]]] = []

    def close() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, close)
            return
        seen.append((box.text(), [button.text() for button in box.findChildren(QPushButton)]))
        box.findChild(QPushButton, "dataFolderClose").click()

    QTimer.singleShot(0, close)
    assert run_gui(blocker) == 1
    [(text, buttons)] = seen
    assert text == (
        f"The data folder {blocker} is a file, not a folder. Move or rename that file. Then start "
        "Verktøykassa again, or choose another folder to keep your data in."
    )  # whether for this time only or from now on is asked once the other folder works
    assert "--data-dir" not in text
    assert sorted(buttons) == ["Choose another folder…", "Close"]
    assert blocker.read_text() == "not a folder"


def test_settings_that_cannot_be_saved_on_closing_are_said_before_the_window_goes(
    start_window, monkeypatch, capfd, caplog, qtbot
):
    """The data folder became read-only (a USB stick's switch) while the window was open: closing says
    what could not be saved and why, in a box that blocks only the window, and no traceback anywhere."""
    import errno

    from PySide6.QtWidgets import QMessageBox, QPushButton

    from verktoykasse.settings import Settings

    window = start_window()

    def read_only(self, path) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(Settings, "save", read_only)
    window.close()
    box = window.findChild(QMessageBox, "noticeDialog")
    assert box is not None and box.isVisible() and window.isVisible()
    assert box.text() == (
        "Your settings (language, window size, the plan you had open) could not be saved. The data folder "
        f"{window.context.paths.root} cannot be written to. Check that the disk or USB stick is not "
        "write-protected and that you may change the folder. The window closes when you press OK."
    )
    box.findChild(QPushButton, "noticeOk").click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert "Traceback" not in capfd.readouterr().err
    assert any("settings could not be saved" in r.getMessage() and not r.exc_info for r in caplog.records)


def test_settings_that_cannot_be_saved_while_working_are_said_on_the_status_line(start_window, monkeypatch):
    import errno

    from verktoykasse.settings import Settings

    window = start_window()
    with window.database.session() as session:
        plan_id = add_full_plan(session, name="Bakeriet 2027").id

    def read_only(self, path) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(Settings, "save", read_only)
    window.open_plan(plan_id)  # remembers the plan for the next start
    assert window.statusBar().currentMessage().startswith("Your settings (language, window size")
    assert window.plan_page is not None and window.plan_page.plan.name == "Bakeriet 2027"


def test_a_newer_database_is_not_promised_an_empty_start(qapp):
    from verktoykasse.paths import DataPaths
    from verktoykasse.ui.recovery import RecoveryDialog

    error = health.UnusableDatabase(
        StorageProblem.NEWER, health.problem_message(StorageProblem.NEWER, DataPaths(Path("/tmp/x")))
    )
    dialog = RecoveryDialog(error, has_backups=True)
    buttons = [button.text().replace("&", "") for button in dialog.buttons()]
    assert "Start with an empty database" not in buttons
    assert "empty database" not in dialog.informativeText()
    assert "Restore a backup…" in buttons


# -- damage found while the window works ---------------------------------------------------------------------
def break_a_table(path: Path, table: str = "measure") -> None:
    """The disk fails under the running window: ``table`` now starts on an index's page. The schema's
    version moves on, as after any change, so the window's open connections read the damage."""
    con = sqlite3.connect(path)
    index_root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_goal_plan_id'").fetchone()
    version = con.execute("PRAGMA schema_version").fetchone()[0]
    con.execute("PRAGMA writable_schema=ON")
    con.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?", (*index_root, table))
    con.execute(f"PRAGMA schema_version = {version + 1}")
    con.commit()
    con.close()


def database_bytes(folder: Path) -> bytes:
    """The database as it lies on the disk: the file and its write-ahead log."""
    return b"".join(
        path.read_bytes()
        for path in sorted(folder.glob("verktoykasse.sqlite3*"))
        if path.suffix != ".sqlite3-shm"
    )


@pytest.fixture
def measure_open(start_window, monkeypatch):
    """The window shows the bakery's plan at its measures, the first measure's fields in front of the user.

    The window's error hook is installed (``error_hook``).
    """
    from PySide6.QtWidgets import QLineEdit

    from wizard_support import on_page

    window = start_window()
    with window.database.session() as session:
        plan_id = add_full_plan(session, name="Bakeriet 2027").id
    window.show_home(select_id=plan_id)
    window.open_plan(plan_id, "measures")
    title = on_page(window.plan_page, QLineEdit, "measureTitle")
    return window, title, error_hook(window, monkeypatch)


def error_hook(window, monkeypatch) -> list[str]:
    """Install the window's error hook as ``verktoykasse`` does; what it would show as "something
    unexpected went wrong" is collected in the list returned."""
    import sys

    from verktoykasse.ui import app, dialogs

    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, text: errors.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.report_unexpected_errors(window.context.paths, on_damage=window.damaged_by)
    return errors


def test_damage_found_while_typing_stops_saving_and_offers_a_fresh_start(measure_open, qtbot):
    from dialog_script import DialogScript
    from wizard_support import type_into

    window, title, errors = measure_open
    data = window.context.paths.root
    break_a_table(window.context.paths.database)
    seen = {}

    def read(dialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["text"] = dialog.text()
        seen["buttons"] = [button.objectName() for button in dialog.buttons()]

    script = DialogScript().expect("recoveryDialog", "recoveryFresh", read)
    type_into(qtbot, title, "Språkkurs for nye bakere")
    qtbot.waitUntil(lambda: script.done)

    assert seen["title"] == "Your data file is damaged"
    assert "is damaged" in seen["text"] and "stopped saving at once" in seen["text"]
    assert {"recoveryFresh", "recoveryQuit"} <= set(seen["buttons"])
    assert "recoveryRetry" not in seen["buttons"]
    # The damaged file is set aside as it was: what was typed after the damage never reached it.
    [kept] = sorted((data / "damaged").rglob("verktoykasse.sqlite3"))
    assert b"nye bakere" not in database_bytes(kept.parent)
    qtbot.waitUntil(lambda: window.database is not None)
    assert window.home.plan_names() == []
    assert window.plan_page is None and window.pages.currentWidget() is window.home
    assert errors == []  # no "something unexpected went wrong" on top


def test_quitting_at_damage_found_while_working_closes_the_window_and_keeps_the_file(measure_open, qtbot):
    from dialog_script import DialogScript
    from wizard_support import type_into

    window, title, errors = measure_open
    data = window.context.paths.root
    break_a_table(window.context.paths.database)
    script = DialogScript().expect("recoveryDialog", "recoveryQuit")
    type_into(qtbot, title, "Språkkurs for nye bakere")
    qtbot.waitUntil(lambda: script.done)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not (data / "damaged").exists()
    assert b"nye bakere" not in database_bytes(data)
    assert not health.check_database(window.context.paths.database, thorough=True).ok
    assert errors == []


def test_damage_met_by_a_read_elsewhere_in_the_window_offers_the_same_ways_out(measure_open, qtbot):
    """The "Ready for the board?" check, the PDF, the list of plans: a read that meets the damage fails
    in a slot, and the window's error hook hands it to the recovery."""
    from dialog_script import DialogScript

    window, _title, errors = measure_open
    break_a_table(window.context.paths.database)
    script = DialogScript().expect("recoveryDialog", "recoveryQuit")
    window.followup_actions.readiness_action.trigger()
    qtbot.waitUntil(lambda: script.done)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert errors == []


@pytest.mark.parametrize("action", ["import", "backup"])
def test_an_import_or_a_backup_that_finds_hidden_damage_offers_the_ways_out(
    action, damaged, backed_up_today, start_window, monkeypatch, qtbot
):
    """A database too large for the full check at every start opens with hidden damage; the full check
    before an import or a backup finds it, and the window offers the recovery instead of a dead end."""
    import verktoykasse.ui.data_actions as data_actions
    from dialog_script import DialogScript

    database, _plan_id = damaged
    monkeypatch.setattr(health, "FULL_CHECK_MAX_BYTES", 0)
    window = start_window()
    errors = error_hook(window, monkeypatch)
    assert window.home.plan_names() == ["Bakeriet 2027"]
    before = digest(database)
    plan_file = Path(__file__).parent / "fixtures" / "plans" / "v0.1.0-format-1-full.json"
    monkeypatch.setattr(data_actions, "ask_open_path", lambda *_args: plan_file)
    seen = {}
    script = DialogScript().expect("recoveryDialog", "recoveryQuit", lambda d: seen.update(text=d.text()))
    if action == "import":
        window.data_actions.import_plan()
    else:
        window.data_actions.back_up_now()
    qtbot.waitUntil(lambda: script.done)
    assert "is damaged" in seen["text"]
    qtbot.waitUntil(lambda: not window.isVisible())
    assert digest(database) == before
    assert errors == []


def test_the_days_first_backup_that_finds_hidden_damage_stops_the_start(damaged, context, monkeypatch):
    """Too large for the full check at start, but the day's first backup checks in full: the damage it
    finds refuses the database (the ways out follow), instead of a warning and work in a damaged file."""
    database, _plan_id = damaged
    monkeypatch.setattr(health, "FULL_CHECK_MAX_BYTES", 0)
    before = digest(database)
    with pytest.raises(health.UnusableDatabase) as caught:
        health.open_checked(context.paths, keep=3)
    assert caught.value.problem is StorageProblem.CORRUPT
    assert "is damaged" in str(caught.value)
    assert digest(database) == before


def test_damage_found_while_the_meeting_types_ends_the_meeting_and_offers_the_ways_out(
    start_window, monkeypatch, qtbot
):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from dialog_script import DialogScript
    from wizard_support import pause

    window = start_window()
    with window.database.session() as session:
        plan_id = add_full_plan(session, name="Bakeriet 2027").id
    window.open_plan(plan_id)
    errors = error_hook(window, monkeypatch)
    window.workshop_actions.meeting_action.trigger()
    meeting = window.workshop_actions.meeting
    qtbot.waitUntil(lambda: meeting.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    answer = QApplication.focusWidget()
    assert answer.objectName() == "answer1"
    break_a_table(window.context.paths.database, "plan")
    script = DialogScript().expect("recoveryDialog", "recoveryQuit")
    qtbot.keyClicks(answer, "Sjaforer med C")
    pause(qtbot)
    qtbot.waitUntil(lambda: script.done)
    assert window.workshop_actions.meeting is None  # the meeting ended without asking to leave
    qtbot.waitUntil(lambda: not window.isVisible())
    assert b"Sjaforer med C" not in database_bytes(window.context.paths.root)
    assert errors == []
