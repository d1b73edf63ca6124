"""Kari's PC crashed while Verktøykassa had the synced data folder open; Ola starts the program on his PC.

Qt's lock cannot tell whether a program on another computer still runs, so the holding program refreshes
the note beside its lock every minute (its heartbeat). Ola's program finds no sign of life from KONTOR-PC
for a long while: it says the program there seems to have stopped, when it was last seen, and offers
"Take over…" with a confirmation that explains the risk. A program that still gives signs of life is
never offered for takeover. And the program that was taken over (a PC asleep for an hour) notices at its
next heartbeat, stops writing its note and leaves Ola's lock alone.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from verktoykasse.context import AppContext
from verktoykasse.paths import DataPaths
from verktoykasse.settings import Settings
from verktoykasse.storage import holder as holder_module
from verktoykasse.storage.db import open_database
from verktoykasse.storage.holder import Holder, note_path, read_holder, utc_now, write_note
from verktoykasse.storage.plans import create_plan
from verktoykasse.ui.single_instance import SingleInstance

KARIS_LOCK = "4242\nverktoykasse\nKONTOR-PC\n"  # Qt's lock file, written by Kari's program on KONTOR-PC


def at_local(hour: int, minute: int, days_ago: int = 0) -> dt.datetime:
    """A local time of day as the note keeps it (UTC, without a zone)."""
    day = dt.date.today() - dt.timedelta(days=days_ago)
    return dt.datetime.combine(day, dt.time(hour, minute)).astimezone(dt.UTC).replace(tzinfo=None)


def kari_left(paths: DataPaths, *, seen: dt.datetime | None, since: dt.datetime | None = None) -> None:
    """What Kari's program left in the synced folder: its lock and its note, last refreshed at ``seen``."""
    paths.lock.write_text(KARIS_LOCK, encoding="utf-8")
    start = since or (seen - dt.timedelta(hours=1) if seen else at_local(8, 14))
    write_note(paths.lock, Holder("KONTOR-PC", "Kari", start, seen))


def note(paths: DataPaths) -> dict:
    return json.loads(note_path(paths.lock).read_text(encoding="utf-8"))


def this_pc() -> str:
    from PySide6.QtCore import QSysInfo

    return QSysInfo.machineHostName()


@pytest.fixture
def folder(data_dir: Path) -> DataPaths:
    paths = DataPaths(data_dir).ensure()
    database = open_database(paths.database)
    with database.session() as session:
        create_plan(session, "Bakeriet 2027")
    database.close()
    return paths


@pytest.fixture
def olas_program(qtbot, folder):
    """Ola's program started on the folder, as ``ui.app.run_gui`` starts it (returns window and guard)."""
    from verktoykasse.ui.app import create_application
    from verktoykasse.ui.main_window import MainWindow

    started = []

    def start():
        create_application()
        guard = SingleInstance(folder)
        assert guard.acquire(listen=False) is False and guard.wake_running_copy() is False
        context = AppContext(paths=folder, settings=Settings.load(folder.settings), held_by=guard.holder())
        window = MainWindow(context)
        window.take_over = guard.take_over
        window.take_over_stopped = guard.take_over_stopped
        window.holder_now = guard.holder
        guard.lost.connect(window.lose_hold)
        qtbot.addWidget(window)
        window.show()
        window.load_data()
        if window.held_banner is not None:
            qtbot.waitUntil(window.held_banner.isVisible)  # placed above the plans by the event loop
        started.append((window, guard))
        return window, guard

    yield start
    for window, guard in started:
        window.context.close()
        guard.release()


# -- the heartbeat ------------------------------------------------------------------------------------------
def test_the_program_that_holds_the_folder_refreshes_its_note_while_it_runs(qapp, folder, monkeypatch):
    kari = SingleInstance(folder)
    assert kari.acquire()
    try:
        first = note(folder)
        assert first["computer"] == this_pc() and first["since"] == first["seen"]
        later = utc_now() + dt.timedelta(minutes=3)
        monkeypatch.setattr(holder_module, "utc_now", lambda: later)
        kari.beat()  # what the heartbeat does every minute
        assert note(folder)["seen"] == later.isoformat()
        assert note(folder)["since"] == first["since"]  # still open since she started
    finally:
        kari.release()
    assert not folder.lock.exists() and not note_path(folder.lock).exists()


def test_a_heartbeat_that_cannot_be_written_is_ignored(qapp, folder, monkeypatch):
    """A network drive that refuses the write for a moment (on Windows a reader has the note open, so it
    cannot be replaced): nothing is raised, and the next heartbeat writes again."""
    from verktoykasse.storage import holder

    kari = SingleInstance(folder)
    assert kari.acquire()
    try:
        before = note(folder)

        def refused(path, data):
            raise PermissionError(13, "The process cannot access the file", str(path))

        monkeypatch.setattr(holder, "write_atomically", refused)
        kari.beat()
        assert note(folder) == before and not kari.has_lost_the_folder()
    finally:
        kari.release()


def test_the_heartbeat_runs_off_the_window_and_never_writes_after_closing(qapp, folder):
    kari = SingleInstance(folder)
    assert kari.acquire()
    kari._beat_in_background()
    assert kari._beating is not None
    kari._beating.join(10)
    kari.release()
    kari.beat()  # a heartbeat that comes late
    assert not note_path(folder.lock).exists()


# -- when does a program seem to have stopped ---------------------------------------------------------------
def test_a_program_seen_minutes_ago_runs_and_one_silent_for_long_seems_stopped(folder):
    kari_left(folder, seen=utc_now() - dt.timedelta(minutes=3))  # a synced folder lags a little
    assert not read_holder(folder.lock, "KONTOR-PC").seems_stopped()
    kari_left(folder, seen=utc_now() - dt.timedelta(minutes=20))
    stopped = read_holder(folder.lock, "KONTOR-PC")
    assert stopped.seems_stopped() and stopped.user == "Kari"
    # KONTOR-PC's clock runs ahead of this one: its heartbeat is never taken for a stop
    kari_left(folder, seen=utc_now() + dt.timedelta(hours=2))
    assert not read_holder(folder.lock, "KONTOR-PC").seems_stopped()


def test_an_older_program_without_heartbeat_is_judged_by_its_start_or_its_lock_file(folder):
    """0.1.0 left no note, earlier 0.2 builds a note without heartbeat: their time is the last sign."""
    folder.lock.write_text(KARIS_LOCK, encoding="utf-8")
    note_path(folder.lock).write_text(
        json.dumps(
            {"user": "Kari", "computer": "KONTOR-PC", "since": at_local(7, 0, days_ago=1).isoformat()}
        ),
        encoding="utf-8",
    )
    old_note = read_holder(folder.lock, "KONTOR-PC")
    assert old_note.seen is None and old_note.seems_stopped()

    note_path(folder.lock).unlink()  # 0.1.0: the lock alone, written when it started
    assert not read_holder(folder.lock, "KONTOR-PC").seems_stopped()  # just written
    an_hour_ago = (utc_now() - dt.timedelta(hours=1)).replace(tzinfo=dt.UTC).timestamp()
    os.utime(folder.lock, (an_hour_ago, an_hour_ago))
    assert read_holder(folder.lock, "KONTOR-PC").seems_stopped()


# -- Ola's PC -----------------------------------------------------------------------------------------------
def test_ola_is_told_the_program_on_kontor_pc_seems_stopped_and_takes_over(
    folder, olas_program, answer_next_dialog
):
    from verktoykasse.storage.db import who_am_i
    from verktoykasse.ui.read_only import since_text

    seen = utc_now() - dt.timedelta(minutes=40)
    kari_left(folder, seen=seen)
    window, _guard = olas_program()
    banner = window.held_banner
    assert banner.isVisible() and window.database.read_only
    assert banner.message.text().startswith(
        "Opened read-only: Kari had the data open on KONTOR-PC, but Verktøykassa there seems to have "
        f"stopped (last sign of life: {since_text(seen)})."
    )
    assert banner.take_over_button.isVisible() and banner.take_over_button.text() == "Take over…"
    assert banner.take_over_button.accessibleName()

    answer_next_dialog("confirmNo")  # Ola thinks again: nothing changes
    banner.take_over_button.click()
    assert window.database.read_only and folder.lock.read_text(encoding="utf-8") == KARIS_LOCK

    answer_next_dialog("confirmYes")
    banner.take_over_button.click()
    assert not banner.isVisible() and not window.database.read_only
    assert window.home.new_button.isVisibleTo(window.home) and window.home.plan_names() == ["Bakeriet 2027"]
    assert window.statusBar().currentMessage() == (
        "You have taken over the data from KONTOR-PC. You can change the plans here now."
    )
    # this PC holds the folder now, and its fresh note says so to the next one
    assert f"{os.getpid()}\n" in folder.lock.read_text(encoding="utf-8")
    fresh = read_holder(folder.lock, this_pc())
    assert fresh.user == who_am_i() and not fresh.seems_stopped()


def test_the_confirmation_says_what_can_go_wrong(folder, olas_program, qtbot, monkeypatch):
    from verktoykasse.ui import dialogs

    kari_left(folder, seen=utc_now() - dt.timedelta(minutes=40))
    window, _guard = olas_program()
    asked: list[tuple[str, str, str]] = []
    monkeypatch.setattr(
        dialogs, "confirm", lambda _parent, title, text, action: asked.append((title, text, action))
    )
    window.held_banner.take_over_button.click()
    [(title, text, action)] = asked
    assert title == "Take over the data?" and action == "Take over"
    assert text.startswith("Take over the data from KONTOR-PC (last sign of life: ")
    assert "changes made on both computers can collide" in text
    assert window.database.read_only  # not confirmed: nothing taken


def test_a_program_that_still_gives_signs_of_life_is_never_offered_for_takeover(folder, olas_program):
    kari_left(folder, seen=utc_now() - dt.timedelta(minutes=1))
    window, guard = olas_program()
    assert not window.held_banner.take_over_button.isVisibleTo(window.held_banner)
    assert "seems to have stopped" not in window.held_banner.message.text()
    assert guard.take_over_stopped() == read_holder(folder.lock, "KONTOR-PC")  # refused, even if asked
    assert folder.lock.read_text(encoding="utf-8") == KARIS_LOCK


def test_kari_giving_a_sign_of_life_before_ola_confirms_keeps_the_data_read_only(
    folder, olas_program, answer_next_dialog
):
    kari_left(folder, seen=utc_now() - dt.timedelta(minutes=40))
    window, _guard = olas_program()
    assert window.held_banner.take_over_button.isVisible()
    kari_left(folder, seen=utc_now())  # KONTOR-PC wakes up; the synced note arrives
    answer_next_dialog("confirmYes")
    window.held_banner.take_over_button.click()
    assert window.database.read_only and folder.lock.read_text(encoding="utf-8") == KARIS_LOCK
    assert window.statusBar().currentMessage() == (
        "Verktøykassa on KONTOR-PC has just given a sign of life, so the data stays read-only here. Close "
        "the program there first."
    )
    assert not window.held_banner.take_over_button.isVisibleTo(window.held_banner)


def test_a_program_that_stops_while_ola_looks_is_offered_for_takeover_then(folder, olas_program, monkeypatch):
    kari_left(folder, seen=utc_now())
    window, _guard = olas_program()
    assert not window.held_banner.take_over_button.isVisibleTo(window.held_banner)
    message = window.held_banner.message
    message.setSelection(0, 17)  # Ola selects "Opened read-only:" to copy it
    kari_left(folder, seen=utc_now(), since=read_holder(folder.lock, "KONTOR-PC").since)  # a heartbeat
    window.check_holder()
    assert message.selectedText() == "Opened read-only:"  # nothing new to say: the text is left alone
    later = utc_now() + dt.timedelta(minutes=30)  # KONTOR-PC lost power; half an hour goes by
    monkeypatch.setattr(holder_module, "utc_now", lambda: later)
    window.check_holder()  # what the window does every minute while the data is held elsewhere
    assert window.held_banner.take_over_button.isVisible()
    assert "seems to have stopped" in window.held_banner.message.text()


# -- Kari's PC, taken over ----------------------------------------------------------------------------------
def test_the_program_that_was_taken_over_notices_and_leaves_the_new_holders_lock_alone(
    start_window, data_dir, qtbot
):
    """Kari's laptop slept for an hour on the synced folder; Ola took it over. At her program's next
    heartbeat, it stops writing its note, opens the data read-only and says why; closing it later removes
    neither Ola's lock nor his note."""
    from PySide6.QtWidgets import QMessageBox

    window = start_window()
    paths = window.context.paths
    guard = SingleInstance(paths)
    assert guard.acquire()
    guard.lost.connect(window.lose_hold)
    olas_lock = "777\nverktoykasse\nOLA-PC\n"
    paths.lock.write_text(olas_lock, encoding="utf-8")  # what the synced folder shows after Ola took over
    write_note(paths.lock, Holder("OLA-PC", "Ola", utc_now(), utc_now()))
    olas_note = note_path(paths.lock).read_text(encoding="utf-8")

    guard.beat()
    qtbot.waitUntil(lambda: window.held_banner is not None and window.held_banner.isVisible())
    assert guard.has_lost_the_folder()
    assert note_path(paths.lock).read_text(encoding="utf-8") == olas_note  # not overwritten
    assert window.database.read_only and window.held_banner.isVisible()
    assert window.held_banner.message.text().startswith("Opened read-only: Ola on OLA-PC has the data open")
    told = window.findChild(QMessageBox, "noticeDialog")
    assert told is not None and told.text().startswith(
        "Verktøykassa on OLA-PC has taken over your data, because this program seemed to have stopped."
    )
    told.button(QMessageBox.StandardButton.Ok).click()

    guard.release()  # Kari closes her program
    assert paths.lock.read_text(encoding="utf-8") == olas_lock
    assert note_path(paths.lock).read_text(encoding="utf-8") == olas_note


def test_in_norwegian_the_banner_says_the_program_there_seems_to_have_stopped(qapp):
    from PySide6.QtCore import QLocale

    from verktoykasse.i18n import apply_language, clear_translators
    from verktoykasse.ui.read_only import held_message

    seen = at_local(7, 5, days_ago=1)
    previous = QLocale()
    apply_language(qapp, "nb")
    try:
        text = held_message(Holder("KONTOR-PC", "Kari", at_local(6, 50, days_ago=1), seen), stopped=True)
    finally:
        clear_translators(qapp)
        QLocale.setDefault(previous)
    assert text.startswith(
        "Åpnet bare for lesing: Kari hadde dataene åpne på KONTOR-PC, men Verktøykassa der ser ut til å ha "
        "stoppet (siste livstegn: "
    )
    assert "07:05" in text


def test_a_program_taken_over_while_a_dialog_is_open_switches_once_it_is_closed(start_window, qtbot):
    from PySide6.QtWidgets import QDialog, QMessageBox

    window = start_window()
    dialog = QDialog(window)  # Kari is in the middle of a question the program asked
    dialog.setModal(True)
    dialog.show()
    window.lose_hold(Holder("OLA-PC", "Ola", utc_now(), utc_now()))
    assert not window.database.read_only  # nothing pulled from under the dialog
    dialog.close()
    qtbot.waitUntil(lambda: window.database is not None and window.database.read_only)
    told = window.findChild(QMessageBox, "noticeDialog")
    assert told is not None and "OLA-PC has taken over your data" in told.text()
    told.button(QMessageBox.StandardButton.Ok).click()


def test_a_lock_file_windows_will_not_let_go_of_is_not_taken_over(
    folder, olas_program, answer_next_dialog, monkeypatch
):
    """On a network drive, Windows refuses to delete a lock file that a program there still holds open
    (the server has not yet noticed KONTOR-PC is gone): nothing is taken, and Ola is told to try again."""
    from PySide6.QtCore import QLockFile

    kari_left(folder, seen=utc_now() - dt.timedelta(minutes=40))
    window, _guard = olas_program()
    monkeypatch.setattr(QLockFile, "removeStaleLockFile", lambda _self: False)
    answer_next_dialog("confirmYes")
    window.held_banner.take_over_button.click()
    assert window.database.read_only and folder.lock.read_text(encoding="utf-8") == KARIS_LOCK
    assert window.statusBar().currentMessage() == (
        "The data could not be taken over from KONTOR-PC. Try again in a moment."
    )
    assert window.held_banner.take_over_button.isVisible()  # still offered, for a moment later
