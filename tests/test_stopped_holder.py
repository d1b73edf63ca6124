"""Kari's PC crashed while Verktøykassa had the synced data folder open; Ola starts the program on his PC.

Qt's lock cannot tell whether a program on another computer still runs, so the holding program refreshes
the note beside its lock every minute (its heartbeat). Ola's program finds no sign of life from KONTOR-PC
for a long while: it says the program there seems to have stopped, when it was last seen, and offers
"Take over…" with a confirmation that explains the risk. The two PCs' clocks can differ (by hours, when a
PC's clock was never set), so Ola's program always first watches the note for a few minutes ("checking
whether it still runs…"), however old its last sign of life; on a network drive, which does not lag, a
note many hours old is watched for a shorter while. A program that still gives signs of life is never
offered for takeover, whatever its clock says, ahead or behind. And the program that was taken over (a PC
asleep for an hour) notices at its next heartbeat, stops writing its note and leaves Ola's lock alone.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from pathlib import Path

import pytest

from verktoykasse.context import AppContext
from verktoykasse.logs import LogFile
from verktoykasse.paths import DataPaths
from verktoykasse.settings import Settings
from verktoykasse.storage import holder as holder_module
from verktoykasse.storage.db import open_database
from verktoykasse.storage.holder import (
    SHORT_WATCH_S,
    STOPPED_AFTER,
    WATCH_FOR_S,
    Holder,
    Life,
    Watch,
    note_path,
    read_holder,
    utc_now,
    write_note,
)
from verktoykasse.storage.plans import create_plan, list_plans
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


class Clocks:
    """This PC's clocks as the user lives them: the wall clock (UTC) and the monotonic one go on together."""

    def __init__(self) -> None:
        self.utc = utc_now()
        self.monotonic = 1000.0

    def now(self) -> dt.datetime:
        return self.utc

    def pass_minutes(self, minutes: float) -> None:
        self.utc += dt.timedelta(minutes=minutes)
        self.monotonic += 60 * minutes


@pytest.fixture
def clocks(monkeypatch) -> Clocks:
    faked = Clocks()
    monkeypatch.setattr(holder_module, "utc_now", faked.now)
    monkeypatch.setattr(holder_module, "monotonic", lambda: faked.monotonic)
    return faked


def ola_waits(window, clocks: Clocks, minutes: int) -> None:
    """Minutes go by while Ola's window reads the holder every minute (what its timer does)."""
    for _ in range(minutes):
        clocks.pass_minutes(1)
        window.check_holder()


WATCH_MINUTES = -(-WATCH_FOR_S // 60)  # the watch, in the window's minutes
SHORT_WATCH_MINUTES = -(-SHORT_WATCH_S // 60)  # on a network drive, for a note many hours old


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
def test_a_program_seen_minutes_ago_runs_and_one_silent_for_long_is_checked_first(folder):
    kari_left(folder, seen=utc_now() - dt.timedelta(minutes=3))  # a synced folder lags a little
    assert read_holder(folder.lock, "KONTOR-PC").judged() is Life.RUNS
    kari_left(folder, seen=utc_now() - dt.timedelta(minutes=20))
    silent = read_holder(folder.lock, "KONTOR-PC")
    assert silent.silent_for(STOPPED_AFTER) and silent.user == "Kari"
    # by the clocks alone it may only be KONTOR-PC's clock running behind: checked, not yet stopped
    assert silent.judged() is Life.CHECKING and not silent.seems_stopped()
    # a day old: KONTOR-PC may have crashed yesterday, or its clock was never set; not watched, not stopped
    kari_left(folder, seen=utc_now() - dt.timedelta(days=1))
    assert read_holder(folder.lock, "KONTOR-PC").judged() is Life.CHECKING
    # KONTOR-PC's clock runs a few minutes fast: that is a recent heartbeat
    kari_left(folder, seen=utc_now() + dt.timedelta(minutes=5))
    assert read_holder(folder.lock, "KONTOR-PC").judged() is Life.RUNS
    # hours ahead, the clocks tell nothing: checked like a silent one, never taken for a stop
    kari_left(folder, seen=utc_now() + dt.timedelta(hours=2))
    assert read_holder(folder.lock, "KONTOR-PC").judged() is Life.CHECKING


def test_an_older_program_without_heartbeat_is_never_said_to_have_stopped(folder):
    """0.1.0 leaves no note, and a note may have no heartbeat: such a program writes no sign of life and
    would not notice being taken over (both PCs would write), so it is never offered, however old."""
    folder.lock.write_text(KARIS_LOCK, encoding="utf-8")
    note_path(folder.lock).write_text(
        json.dumps(
            {"user": "Kari", "computer": "KONTOR-PC", "since": at_local(7, 0, days_ago=1).isoformat()}
        ),
        encoding="utf-8",
    )
    old_note = read_holder(folder.lock, "KONTOR-PC")
    assert old_note.seen is None and old_note.user == "Kari"
    assert old_note.judged() is Life.RUNS and not old_note.seems_stopped()

    note_path(folder.lock).unlink()  # 0.1.0: the lock alone, written when it started
    a_day_ago = (utc_now() - dt.timedelta(days=1)).replace(tzinfo=dt.UTC).timestamp()
    os.utime(folder.lock, (a_day_ago, a_day_ago))
    lock_only = read_holder(folder.lock, "KONTOR-PC")
    assert lock_only.last_sign_of_life is not None  # still said: "has the data open since …"
    assert not lock_only.silent_for(STOPPED_AFTER) and not lock_only.seems_stopped()
    minutes = iter(range(0, 61 * 60, 60))
    watch = Watch(clock=lambda: float(next(minutes)))  # Ola's window looks every minute for an hour
    assert all(watch.look(lock_only).judged() is Life.RUNS for _ in range(61))


# -- clocks that differ: what Ola's PC watched decides, not the clocks alone ---------------------------------
class OlasWatch:
    """Ola's program reading Kari's note every minute, with this PC's clocks (``Clocks``) faked."""

    def __init__(self) -> None:
        self.clocks = Clocks()
        self.watch = Watch(clock=lambda: self.clocks.monotonic)

    def look(self, holder: Holder) -> Life:
        return self.watch.look(holder, self.clocks.now()).judged()


def test_a_live_program_whose_clock_runs_half_an_hour_behind_is_never_said_to_have_stopped():
    ola = OlasWatch()
    started = ola.clocks.now() - dt.timedelta(hours=2)

    def karis_note() -> Holder:  # KONTOR-PC's clock runs 30 minutes behind this one
        return Holder("KONTOR-PC", "Kari", started, ola.clocks.now() - dt.timedelta(minutes=30))

    assert ola.look(karis_note()) is Life.CHECKING  # silent by the clocks: only checked
    seen = []
    for minute in range(1, 121):
        ola.clocks.pass_minutes(1)
        seen.append(ola.look(karis_note()))  # her heartbeat, a minute later
        if minute == 60:  # the synced folder lags: for four minutes no new note arrives
            lagging = karis_note()
            for _ in range(4):
                ola.clocks.pass_minutes(1)
                seen.append(ola.look(lagging))
    assert set(seen) == {Life.RUNS}


def test_a_silent_program_is_said_to_have_stopped_once_watched_without_a_heartbeat():
    ola = OlasWatch()
    crashed = Holder("KONTOR-PC", "Kari", ola.clocks.now() - dt.timedelta(hours=2), ola.clocks.now())
    ola.clocks.pass_minutes(40)  # its last heartbeat was 40 minutes ago by the clocks
    judged = [ola.look(crashed)]
    watched_from = ola.clocks.monotonic
    while ola.clocks.monotonic - watched_from < WATCH_FOR_S:
        ola.clocks.pass_minutes(1)
        judged.append(ola.look(crashed))
    assert judged[:-1] == [Life.CHECKING] * (len(judged) - 1) and judged[-1] is Life.STOPPED
    assert len(judged) - 1 == WATCH_MINUTES  # a few minutes: the explanation says so


def ola_watches_a_note_that_never_changes(ola: OlasWatch, note: Holder, minutes: int) -> list[Life]:
    """What Ola's program makes of the note at its first look and at each minute after it."""
    judged = [ola.look(note)]
    for _ in range(minutes):
        ola.clocks.pass_minutes(1)
        judged.append(ola.look(note))
    return judged


def test_a_program_silent_for_hours_is_still_watched_before_it_is_said_to_have_stopped():
    """KONTOR-PC lost power yesterday afternoon, or its clock is 20 hours behind and it runs: only
    watching tells. On a synced folder the whole watch; on a network drive (no lag) a shorter one."""
    ola = OlasWatch()
    yesterday = ola.clocks.now() - dt.timedelta(hours=20)
    crashed = Holder("KONTOR-PC", "Kari", yesterday - dt.timedelta(hours=6), yesterday)
    judged = ola_watches_a_note_that_never_changes(ola, crashed, WATCH_MINUTES)
    assert judged == [Life.CHECKING] * WATCH_MINUTES + [Life.STOPPED]

    on_network_drive = OlasWatch()
    on_network_drive.watch = Watch(clock=lambda: on_network_drive.clocks.monotonic, network_drive=True)
    judged = ola_watches_a_note_that_never_changes(on_network_drive, crashed, SHORT_WATCH_MINUTES)
    assert judged == [Life.CHECKING] * SHORT_WATCH_MINUTES + [Life.STOPPED]


def test_a_live_program_whose_clock_runs_fourteen_hours_behind_is_never_said_to_have_stopped():
    """KONTOR-PC's CMOS battery is dead: its clock runs 14 hours behind, so every heartbeat it writes
    looks 14 hours old here. It changes every minute, so it is alive, on a synced folder that lags now and
    then as on a network drive."""
    for network_drive in (False, True):
        ola = OlasWatch()
        ola.watch = Watch(clock=lambda ola=ola: ola.clocks.monotonic, network_drive=network_drive)
        started = ola.clocks.now() - dt.timedelta(hours=16)

        def karis_note(ola=ola, started=started) -> Holder:
            return Holder("KONTOR-PC", "Kari", started, ola.clocks.now() - dt.timedelta(hours=14))

        seen = [ola.look(karis_note())]
        for minute in range(1, 121):
            ola.clocks.pass_minutes(1)
            seen.append(ola.look(karis_note()))
            if minute == 60 and not network_drive:  # the synced folder lags: no new note for four minutes
                seen += ola_watches_a_note_that_never_changes(ola, karis_note(), 4)[1:]
        assert seen[0] is Life.CHECKING and set(seen[1:]) == {Life.RUNS}


def test_a_program_whose_clock_runs_ahead_is_alive_while_its_note_changes_and_stopped_once_it_does_not():
    """KONTOR-PC's clock runs a day ahead: its heartbeat is dated tomorrow. That says nothing either way:
    a note that changes is alive, and one that stays the same is, after the watch, stopped (not held
    for a day)."""
    ola = OlasWatch()
    started = ola.clocks.now() + dt.timedelta(hours=22)

    def karis_note() -> Holder:
        return Holder("KONTOR-PC", "Kari", started, ola.clocks.now() + dt.timedelta(days=1))

    seen = [ola.look(karis_note())]
    for _ in range(60):
        ola.clocks.pass_minutes(1)
        seen.append(ola.look(karis_note()))
    assert seen[0] is Life.CHECKING and set(seen[1:]) == {Life.RUNS}
    last = karis_note()  # then KONTOR-PC crashes
    judged = ola_watches_a_note_that_never_changes(ola, last, WATCH_MINUTES)
    assert set(judged[:-1]) <= {Life.RUNS, Life.CHECKING} and judged[-1] is Life.STOPPED


def test_the_watch_begins_again_when_olas_pc_slept_or_another_program_holds_the_folder():
    """Ola's laptop slept an hour: what it did not watch is not counted (the synced note may not have
    arrived yet). A new program on KONTOR-PC (started again) is watched from its first note."""
    ola = OlasWatch()
    start = ola.clocks.now() - dt.timedelta(hours=1)
    behind = Holder("KONTOR-PC", "Kari", start, ola.clocks.now() - dt.timedelta(minutes=30))
    assert ola.look(behind) is Life.CHECKING
    ola.clocks.pass_minutes(60)  # asleep: no look for an hour
    assert ola.look(behind) is Life.CHECKING
    ola.clocks.pass_minutes(WATCH_MINUTES - 1)
    assert ola.look(behind) is Life.CHECKING
    ola.clocks.utc += dt.timedelta(minutes=60)  # asleep again, and this time the monotonic clock did
    ola.clocks.pass_minutes(1)  # not count it (as on Linux): the wall clock tells
    assert ola.look(behind) is Life.CHECKING
    ola.clocks.pass_minutes(WATCH_MINUTES - 1)
    assert ola.look(behind) is Life.CHECKING
    restarted = Holder("KONTOR-PC", "Kari", ola.clocks.now() - dt.timedelta(minutes=35), behind.seen)
    ola.clocks.pass_minutes(2)
    assert ola.look(restarted) is Life.CHECKING  # not a heartbeat of the one watched, and not watched yet


# -- Ola's PC -----------------------------------------------------------------------------------------------
def test_ola_is_told_the_program_on_kontor_pc_seems_stopped_and_takes_over(
    folder, olas_program, answer_next_dialog, clocks
):
    from verktoykasse.storage.db import who_am_i
    from verktoykasse.ui.read_only import since_text

    seen = clocks.now() - dt.timedelta(minutes=40)
    kari_left(folder, seen=seen)
    window, _guard = olas_program()
    banner = window.held_banner
    assert banner.isVisible() and window.database.read_only
    # KONTOR-PC's clock may run behind this one's: first Ola's program watches for a few minutes
    assert banner.message.text().startswith(
        "Opened read-only: Kari has the data open on KONTOR-PC. By this computer's clock, Verktøykassa "
        f"there has given no sign of life since {since_text(seen)}, but the clocks of two computers can "
        "differ: checking whether it still runs…"
    )
    assert "The check takes a few minutes" in banner.message.text()
    assert not banner.take_over_button.isVisibleTo(banner)
    ola_waits(window, clocks, WATCH_MINUTES - 1)
    assert not banner.take_over_button.isVisibleTo(banner) and "checking" in banner.message.text()
    ola_waits(window, clocks, 1)  # no new heartbeat all the while: it has stopped
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


def test_the_confirmation_says_what_can_go_wrong(folder, olas_program, qtbot, monkeypatch, clocks):
    from verktoykasse.ui import dialogs

    kari_left(folder, seen=clocks.now() - dt.timedelta(minutes=40))
    window, _guard = olas_program()
    ola_waits(window, clocks, WATCH_MINUTES)
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
    folder, olas_program, answer_next_dialog, clocks
):
    kari_left(folder, seen=clocks.now() - dt.timedelta(minutes=40))
    window, _guard = olas_program()
    ola_waits(window, clocks, WATCH_MINUTES)
    assert window.held_banner.take_over_button.isVisible()
    kari_left(folder, seen=clocks.now(), since=read_holder(folder.lock, "KONTOR-PC").since)  # she wakes up
    answer_next_dialog("confirmYes")
    window.held_banner.take_over_button.click()
    assert window.database.read_only and folder.lock.read_text(encoding="utf-8") == KARIS_LOCK
    assert window.statusBar().currentMessage() == (
        "Verktøykassa on KONTOR-PC has just given a sign of life, so the data stays read-only here. Close "
        "the program there first."
    )
    assert not window.held_banner.take_over_button.isVisibleTo(window.held_banner)


def test_a_program_that_stops_while_ola_looks_is_offered_for_takeover_then(folder, olas_program, clocks):
    kari_left(folder, seen=clocks.now())
    window, _guard = olas_program()
    assert not window.held_banner.take_over_button.isVisibleTo(window.held_banner)
    message = window.held_banner.message
    message.setSelection(0, 17)  # Ola selects "Opened read-only:" to copy it
    clocks.pass_minutes(1)
    kari_left(folder, seen=clocks.now(), since=read_holder(folder.lock, "KONTOR-PC").since)  # a heartbeat
    window.check_holder()
    assert message.selectedText() == "Opened read-only:"  # nothing new to say: the text is left alone
    ola_waits(window, clocks, 15)  # KONTOR-PC lost power; a quarter of an hour goes by
    assert not window.held_banner.take_over_button.isVisibleTo(window.held_banner)
    ola_waits(window, clocks, 1)  # Ola's program watched all along: no further wait
    assert window.held_banner.take_over_button.isVisible()
    assert "seems to have stopped" in window.held_banner.message.text()


def test_ola_is_never_offered_to_take_over_from_a_live_program_whose_clock_runs_behind(
    folder, olas_program, clocks
):
    """KONTOR-PC's clock runs half an hour behind Ola's: by the clocks Kari's program looks silent, but
    its note changes every minute while Ola's program watches, so it is alive."""
    started = clocks.now() - dt.timedelta(hours=3)

    def kari_beats() -> None:
        kari_left(folder, seen=clocks.now() - dt.timedelta(minutes=30), since=started)

    kari_beats()
    window, guard = olas_program()
    banner = window.held_banner
    assert "checking whether it still runs…" in banner.message.text()
    assert not banner.take_over_button.isVisibleTo(banner)
    for _ in range(60):  # an hour of Ola's window reading the note every minute
        clocks.pass_minutes(1)
        kari_beats()
        window.check_holder()
        assert not banner.take_over_button.isVisibleTo(banner)
        assert "seems to have stopped" not in banner.message.text()
    assert banner.message.text().startswith("Opened read-only: Kari on KONTOR-PC has the data open since")
    assert guard.take_over_stopped() == read_holder(folder.lock, "KONTOR-PC")  # refused, even if asked
    assert folder.lock.read_text(encoding="utf-8") == KARIS_LOCK and window.database.read_only


@pytest.mark.parametrize("drive", ["synced folder", "network drive"])
def test_ola_is_never_offered_to_take_over_from_a_live_program_whose_clock_is_fourteen_hours_behind(
    folder, olas_program, clocks, monkeypatch, drive
):
    """KONTOR-PC's CMOS battery died: its clock runs 14 hours behind, so Kari's heartbeats all look 14
    hours old on Ola's PC. Her note changes every minute while Ola's program watches: it runs."""
    if drive == "network drive":
        from verktoykasse.storage import synced

        on_a_share = synced.FolderRisk("network", "cifs")
        monkeypatch.setattr(synced, "folder_risk", lambda _path, _mounts=None: on_a_share)
    started = clocks.now() - dt.timedelta(hours=15)

    def kari_beats() -> None:
        kari_left(folder, seen=clocks.now() - dt.timedelta(hours=14), since=started)

    kari_beats()
    window, guard = olas_program()
    banner = window.held_banner
    assert "checking whether it still runs…" in banner.message.text()
    for minute in range(60):  # an hour of Ola's window reading the note every minute
        clocks.pass_minutes(1)
        if minute % 10 != 9:  # now and then a heartbeat is late (a busy network, a slow sync)
            kari_beats()
        window.check_holder()
        assert not banner.take_over_button.isVisibleTo(banner)
        assert "seems to have stopped" not in banner.message.text()
    assert guard.take_over_stopped() == read_holder(folder.lock, "KONTOR-PC")  # refused, even if asked
    assert folder.lock.read_text(encoding="utf-8") == KARIS_LOCK and window.database.read_only


@pytest.mark.parametrize(
    ("risk", "minutes"),
    [(("network", "cifs"), SHORT_WATCH_MINUTES), (("sync", "OneDrive"), WATCH_MINUTES)],
    ids=["network drive", "OneDrive"],
)
def test_a_program_stopped_since_yesterday_is_offered_after_a_shorter_check_only_on_a_network_drive(
    folder, olas_program, clocks, monkeypatch, risk, minutes
):
    """A network drive does not lag: three minutes without a heartbeat there is two missed at the least. A
    synced folder can hold back the note for minutes: the whole watch there, however old the note."""
    from verktoykasse.storage import synced

    monkeypatch.setattr(synced, "folder_risk", lambda _path, _mounts=None: synced.FolderRisk(*risk))
    kari_left(folder, seen=clocks.now() - dt.timedelta(hours=20))
    window, _guard = olas_program()
    banner = window.held_banner
    assert "checking whether it still runs…" in banner.message.text()
    ola_waits(window, clocks, minutes - 1)
    assert not banner.take_over_button.isVisibleTo(banner)
    ola_waits(window, clocks, 1)
    assert banner.take_over_button.isVisible() and "seems to have stopped" in banner.message.text()


def test_a_program_whose_clock_ran_ahead_is_offered_for_takeover_once_watched(folder, olas_program, clocks):
    """KONTOR-PC's clock ran three hours ahead when it crashed: its last heartbeat is dated later today.
    Ola is told so while his program checks, and is offered the takeover after the watch, not in three
    hours."""
    from verktoykasse.ui.read_only import since_text

    seen = clocks.now() + dt.timedelta(hours=3)
    kari_left(folder, seen=seen)
    window, _guard = olas_program()
    banner = window.held_banner
    assert banner.message.text().startswith(
        "Opened read-only: Kari has the data open on KONTOR-PC. Verktøykassa there last gave a sign of life "
        f"at {since_text(seen)} by its own clock, which runs ahead of this computer's: checking whether it "
        "still runs…"
    )
    ola_waits(window, clocks, WATCH_MINUTES - 1)
    assert not banner.take_over_button.isVisibleTo(banner)
    ola_waits(window, clocks, 1)
    assert banner.take_over_button.isVisible() and "seems to have stopped" in banner.message.text()


def test_a_note_dated_in_year_one_or_9999_is_said_without_a_crash(qapp):
    """A clock set to nonsense (a dead battery, a typo): the time is still said, in UTC if need be."""
    from verktoykasse.ui.read_only import held_message, since_text

    for seen in (dt.datetime(1, 1, 1, 0, 5), dt.datetime(9999, 12, 31, 23, 55)):
        said = since_text(seen)
        assert f"{seen.year:04d}" in said
        checking = held_message(Holder("KONTOR-PC", "Kari", seen, seen), checking=True)
        assert checking.endswith("checking whether it still runs…") and said in checking
        stopped = held_message(Holder("KONTOR-PC", "Kari", seen, seen), stopped=True)
        assert stopped.endswith(f"(last sign of life: {said}).")


def test_a_program_stopped_since_yesterday_is_offered_for_takeover_after_the_check(
    folder, olas_program, answer_next_dialog, clocks
):
    kari_left(folder, seen=clocks.now() - dt.timedelta(hours=20))
    window, guard = olas_program()
    banner = window.held_banner
    assert "checking whether it still runs…" in banner.message.text()
    assert not banner.take_over_button.isVisibleTo(banner)
    assert guard.take_over_stopped() == read_holder(folder.lock, "KONTOR-PC")  # refused, even if asked
    ola_waits(window, clocks, WATCH_MINUTES - 1)
    assert not banner.take_over_button.isVisibleTo(banner)
    ola_waits(window, clocks, 1)
    assert banner.take_over_button.isVisible() and "seems to have stopped" in banner.message.text()
    answer_next_dialog("confirmYes")
    banner.take_over_button.click()
    assert not window.database.read_only and f"{os.getpid()}\n" in folder.lock.read_text(encoding="utf-8")


def test_a_takeover_asked_for_after_olas_pc_slept_waits_for_a_new_watch(
    folder, olas_program, answer_next_dialog, clocks
):
    """Ola's laptop slept with the offer on screen; on waking he presses Take over… at once. What his
    PC did not watch is not counted: it checks again for a few minutes, and says so."""
    kari_left(folder, seen=clocks.now() - dt.timedelta(minutes=40))
    window, _guard = olas_program()
    ola_waits(window, clocks, WATCH_MINUTES)
    assert window.held_banner.take_over_button.isVisible()
    clocks.pass_minutes(90)  # asleep
    answer_next_dialog("confirmYes")
    window.held_banner.take_over_button.click()
    assert window.database.read_only and folder.lock.read_text(encoding="utf-8") == KARIS_LOCK
    assert window.statusBar().currentMessage() == (
        "Verktøykassa on KONTOR-PC may still be running, so the data stays read-only here while this "
        "computer checks for a few minutes."
    )
    assert not window.held_banner.take_over_button.isVisibleTo(window.held_banner)
    assert "checking whether it still runs…" in window.held_banner.message.text()
    ola_waits(window, clocks, WATCH_MINUTES)
    assert window.held_banner.take_over_button.isVisible()


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
        checking = held_message(Holder("KONTOR-PC", "Kari", at_local(6, 50), at_local(7, 5)), checking=True)
        ahead = held_message(
            Holder("KONTOR-PC", "Kari", at_local(6, 50), at_local(7, 5)), checking=True, now=at_local(3, 0)
        )
    finally:
        clear_translators(qapp)
        QLocale.setDefault(previous)
    assert text.startswith(
        "Åpnet bare for lesing: Kari hadde dataene åpne på KONTOR-PC, men Verktøykassa der ser ut til å ha "
        "stoppet (siste livstegn: "
    )
    assert "07:05" in text
    assert checking == (
        "Åpnet bare for lesing: Kari har dataene åpne på KONTOR-PC. Etter klokken på denne datamaskinen har "
        "Verktøykassa der ikke gitt livstegn siden 07:05, men klokkene på to datamaskiner kan gå ulikt: "
        "kontrollerer om det fortsatt er i gang …"
    )
    assert ahead == (  # KONTOR-PC's clock runs four hours ahead of this one
        "Åpnet bare for lesing: Kari har dataene åpne på KONTOR-PC. Siste livstegn fra Verktøykassa der er "
        "datert 07:05 etter dens egen klokke, som går foran klokken på denne datamaskinen: kontrollerer om "
        "det fortsatt er i gang …"
    )


def test_a_program_taken_over_while_a_dialog_is_open_switches_once_it_is_closed(start_window, qtbot):
    from PySide6.QtWidgets import QDialog, QMessageBox
    from sqlalchemy.exc import OperationalError

    window = start_window()
    dialog = QDialog(window)  # Kari is in the middle of a question the program asked
    dialog.setModal(True)
    dialog.show()
    window.lose_hold(Holder("OLA-PC", "Ola", utc_now(), utc_now()))
    assert not window.database.read_only  # nothing pulled from under the dialog
    with window.database.session() as session, pytest.raises(OperationalError):  # but nothing written
        create_plan(session, "Written after the takeover")
        session.commit()
    dialog.close()
    qtbot.waitUntil(lambda: window.database is not None and window.database.read_only)
    told = window.findChild(QMessageBox, "noticeDialog")
    assert told is not None and "OLA-PC has taken over your data" in told.text()
    told.button(QMessageBox.StandardButton.Ok).click()


def test_a_lock_file_windows_will_not_let_go_of_is_not_taken_over(
    folder, olas_program, answer_next_dialog, monkeypatch, clocks
):
    """On a network drive, Windows refuses to delete a lock file that a program there still holds open
    (the server has not yet noticed KONTOR-PC is gone): nothing is taken, and Ola is told to try again."""
    from PySide6.QtCore import QLockFile

    kari_left(folder, seen=clocks.now() - dt.timedelta(minutes=40))
    window, _guard = olas_program()
    ola_waits(window, clocks, WATCH_MINUTES)
    monkeypatch.setattr(QLockFile, "removeStaleLockFile", lambda _self: False)
    answer_next_dialog("confirmYes")
    window.held_banner.take_over_button.click()
    assert window.database.read_only and folder.lock.read_text(encoding="utf-8") == KARIS_LOCK
    assert window.statusBar().currentMessage() == (
        "The data could not be taken over from KONTOR-PC. Try again in a moment."
    )
    assert window.held_banner.take_over_button.isVisible()  # still offered, for a moment later


def test_what_kari_typed_after_being_taken_over_never_reaches_olas_data_and_is_kept_for_her(
    start_window, data_dir, qtbot, monkeypatch, tmp_path
):
    """Kari's laptop slept on the synced folder with a plan open; Ola took the data over and has written
    since. Kari's laptop wakes and she goes on typing; at her program's next heartbeat it finds the folder
    taken over. Nothing she typed is written into the data file Ola now writes (nor into the log there):
    her words are kept in a file in her Documents folder, and she is told where."""
    import sqlite3

    from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

    from verktoykasse.logs import LOG_NAME, setup_logging
    from verktoykasse.ui import taken_over
    from wizard_support import on_page

    karis_documents, karis_own_logs = tmp_path / "Documents", tmp_path / "kari-pc-state"
    monkeypatch.setattr(taken_over, "rescue_folder", lambda: karis_documents)
    monkeypatch.setenv("XDG_STATE_HOME", str(karis_own_logs))  # where platformdirs puts this PC's logs
    window = start_window()
    paths = window.context.paths
    setup_logging(paths.root)  # Kari's program logs into the data folder, as when it started there
    try:
        guard = SingleInstance(paths)
        assert guard.acquire()
        guard.lost.connect(window.lose_hold)
        with window.database.session() as session:
            plan_id = create_plan(session, "Bakeriet 2027").id
            session.commit()
        window.open_plan(plan_id)
        window.plan_page.go_to("needs")
        box = on_page(window.plan_page, QPlainTextEdit, "labourNeed")
        box.setFocus()

        # Ola took the folder over while her laptop slept, and wrote into the plan since
        paths.lock.write_text("777\nverktoykasse\nOLA-PC\n", encoding="utf-8")
        write_note(paths.lock, Holder("OLA-PC", "Ola", utc_now(), utc_now()))
        with sqlite3.connect(paths.database) as olas:
            olas.execute("UPDATE plan SET labour_need = 'Two bakers by March' WHERE id = ?", (plan_id,))
        shared_log = (paths.root / LOG_NAME).read_text(encoding="utf-8")

        box.insertPlainText("Kari's words, typed on waking")  # waiting for her pause to be saved
        guard.beat()  # her program's next heartbeat
        qtbot.waitUntil(lambda: window.held_banner is not None and window.held_banner.isVisible())

        with sqlite3.connect(paths.database) as reading:
            [(labour_need,)] = reading.execute("SELECT labour_need FROM plan WHERE id = ?", (plan_id,))
        assert labour_need == "Two bakers by March"  # Ola's, untouched
        [kept] = karis_documents.glob("*.txt")
        assert "Kari's words, typed on waking" in kept.read_text(encoding="utf-8")
        assert "Bakeriet 2027" in kept.read_text(encoding="utf-8")
        assert "Bakeriet 2027 – Labour need:\nKari's words" in kept.read_text(encoding="utf-8")
        told = window.findChild(QMessageBox, "noticeDialog")
        assert told is not None and "OLA-PC has taken over your data" in told.text()
        assert told.text().endswith(
            f"What you had just typed could not be saved into the data any more: it is kept in {kept}."
        )
        told.button(QMessageBox.StandardButton.Ok).click()

        logging.getLogger("verktoykasse.ui").warning("after the takeover")
        assert (paths.root / LOG_NAME).read_text(encoding="utf-8") == shared_log
        assert "after the takeover" in next(karis_own_logs.rglob(LOG_NAME)).read_text(encoding="utf-8")
        guard.release()
    finally:
        root = logging.getLogger("verktoykasse")
        for handler in [h for h in root.handlers if isinstance(h, LogFile)]:
            root.removeHandler(handler)
            handler.close()


def test_a_program_taken_over_with_nothing_typed_says_only_that(start_window, monkeypatch, tmp_path):
    """Nothing waited to be saved: no file is made, and the message says nothing about one."""
    from PySide6.QtWidgets import QMessageBox

    from verktoykasse.ui import taken_over

    monkeypatch.setattr(taken_over, "rescue_folder", lambda: tmp_path / "Documents")
    window = start_window()
    with window.database.session() as session:
        plan_id = create_plan(session, "Bakeriet 2027").id
        session.commit()
    window.open_plan(plan_id)
    window.lose_hold(Holder("OLA-PC", "Ola", utc_now(), utc_now()))
    told = window.findChild(QMessageBox, "noticeDialog")
    assert told is not None and told.text().endswith("close the program on OLA-PC and press Try again.")
    assert not (tmp_path / "Documents").exists() and window.database.read_only
    told.button(QMessageBox.StandardButton.Ok).click()


def test_in_norwegian_kari_is_told_where_her_words_are_kept(qapp, tmp_path):
    from PySide6.QtCore import QLocale

    from verktoykasse.i18n import apply_language, clear_translators
    from verktoykasse.ui.taken_over import kept_message

    previous = QLocale()
    apply_language(qapp, "nb")
    try:
        told = kept_message(tmp_path / "kept.txt", "")
    finally:
        clear_translators(qapp)
        QLocale.setDefault(previous)
    kept = tmp_path / "kept.txt"
    assert told == f"Det du nettopp skrev, kunne ikke lenger lagres i dataene: det er tatt vare på i {kept}."


def test_what_kari_types_in_the_equality_window_while_taken_over_is_kept_too(
    start_window, qtbot, monkeypatch, tmp_path
):
    """Kari has the equality duty window open (a dialog over the plan) when her program finds the folder
    taken over: the window stays until she closes it, but nothing she types there reaches the data; once
    it is closed her words are kept in the file with the rest."""
    import sqlite3

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit

    from verktoykasse.ui import taken_over
    from verktoykasse.ui.arp_window import ArpWindow

    karis_documents = tmp_path / "Documents"
    monkeypatch.setattr(taken_over, "rescue_folder", lambda: karis_documents)
    window = start_window()
    paths = window.context.paths
    guard = SingleInstance(paths)
    assert guard.acquire()
    guard.lost.connect(window.lose_hold)
    with window.database.session() as session:
        plan_id = create_plan(session, "Bakeriet 2027").id
        session.commit()
    window.open_plan(plan_id)
    done = []

    def in_the_equality_window() -> None:
        arp = QApplication.activeModalWidget()
        if not isinstance(arp, ArpWindow):
            QTimer.singleShot(10, in_the_equality_window)
            return
        try:
            principles = arp.findChild(QPlainTextEdit, "arpPrinciples")
            principles.setFocus()
            principles.insertPlainText("We recruit openly")
            paths.lock.write_text("777\nverktoykasse\nOLA-PC\n", encoding="utf-8")  # Ola took over
            write_note(paths.lock, Holder("OLA-PC", "Ola", utc_now(), utc_now()))
            guard.beat()
            principles.insertPlainText(", and pay by the same scale")  # she goes on typing
            settings_before = paths.settings.read_bytes() if paths.settings.exists() else None
        finally:
            done.append(settings_before)
            arp.reject()  # Kari closes the window

    QTimer.singleShot(0, in_the_equality_window)
    window.arp_actions.open_window()
    assert done
    qtbot.waitUntil(lambda: window.held_banner is not None and window.held_banner.isVisible(), timeout=10000)
    with sqlite3.connect(paths.database) as reading:
        [(principles,)] = reading.execute("SELECT arp_principles FROM plan WHERE id = ?", (plan_id,))
    assert principles == ""  # nothing reached the data Ola writes now
    current_settings = paths.settings.read_bytes() if paths.settings.exists() else None
    assert current_settings == done[0]  # nor the settings there
    [kept] = karis_documents.glob("*.txt")
    assert "We recruit openly, and pay by the same scale" in kept.read_text(encoding="utf-8")
    told = window.findChild(QMessageBox, "noticeDialog")
    assert told is not None and str(kept) in told.text()
    told.button(QMessageBox.StandardButton.Ok).click()
    guard.release()


def test_a_meeting_on_the_tv_when_the_folder_is_taken_over_ends_and_the_rooms_answers_are_kept(
    start_window, qtbot, monkeypatch, tmp_path
):
    """Meeting mode fills the TV over the program: it ends when the folder is found taken over (nothing
    more could be saved), and the answer typed last is kept in the file, not written into Ola's data."""
    import sqlite3

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit

    from verktoykasse.ui import taken_over

    karis_documents = tmp_path / "Documents"
    monkeypatch.setattr(taken_over, "rescue_folder", lambda: karis_documents)
    window = start_window()
    paths = window.context.paths
    guard = SingleInstance(paths)
    assert guard.acquire()
    guard.lost.connect(window.lose_hold)
    with window.database.session() as session:
        plan_id = create_plan(session, "Bakeriet 2027").id
        session.commit()
    window.open_plan(plan_id)
    window.workshop_actions.meeting_action.trigger()
    meeting = window.workshop_actions.meeting
    qtbot.waitUntil(lambda: meeting.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    answer = QApplication.focusWidget()
    assert isinstance(answer, QPlainTextEdit)
    answer.insertPlainText("Sjåfører med C")  # waiting for the facilitator's pause

    paths.lock.write_text("777\nverktoykasse\nOLA-PC\n", encoding="utf-8")  # Ola took over
    write_note(paths.lock, Holder("OLA-PC", "Ola", utc_now(), utc_now()))
    guard.beat()
    qtbot.waitUntil(lambda: window.held_banner is not None and window.held_banner.isVisible())
    assert window.workshop_actions.meeting is None
    with sqlite3.connect(paths.database) as reading:
        [(written,)] = reading.execute("SELECT question_employer_need FROM plan WHERE id = ?", (plan_id,))
    assert written == ""
    [kept] = karis_documents.glob("*.txt")
    assert "Sjåfører med C" in kept.read_text(encoding="utf-8")
    told = window.findChild(QMessageBox, "noticeDialog")
    assert told is not None and str(kept) in told.text()
    told.button(QMessageBox.StandardButton.Ok).click()
    guard.release()


def test_an_export_under_way_when_the_folder_is_taken_over_is_made_and_writes_nothing(
    start_window, qtbot, monkeypatch, tmp_path
):
    """Kari is choosing where to save the PDF when her program finds the folder taken over: the PDF is
    still made, in the language she chose, but that choice is not remembered in Ola's data."""
    import sqlite3

    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    window = start_window()
    paths = window.context.paths
    guard = SingleInstance(paths)
    assert guard.acquire()
    guard.lost.connect(window.lose_hold)
    with window.database.session() as session:
        plan_id = create_plan(session, "Bakeriet 2027").id
        session.commit()
    window.open_plan(plan_id)

    def save_dialog(_parent, _title, _suggested, filters, _preset):
        dialog = QDialog(window)  # the save dialog, open while Kari picks the folder
        dialog.setModal(True)
        dialog.show()
        paths.lock.write_text("777\nverktoykasse\nOLA-PC\n", encoding="utf-8")  # meanwhile, Ola took over
        write_note(paths.lock, Holder("OLA-PC", "Ola", utc_now(), utc_now()))
        guard.beat()
        dialog.close()
        return str(tmp_path / "plan.pdf"), filters.split(";;")[1]  # PDF in English

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: None))
    window.report_actions.export_action.trigger()
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: window.held_banner is not None and window.held_banner.isVisible())
    with sqlite3.connect(paths.database) as reading:
        [(language,)] = reading.execute("SELECT report_language FROM plan WHERE id = ?", (plan_id,))
    assert language == "nb"  # as it was
    told = window.findChild(QMessageBox, "noticeDialog")
    assert told is not None and "OLA-PC has taken over your data" in told.text()
    told.button(QMessageBox.StandardButton.Ok).click()
    guard.release()


def test_when_no_file_can_be_written_karis_words_are_in_the_message_to_copy(
    start_window, qtbot, monkeypatch, tmp_path
):
    """Kari's Documents folder cannot be written to (a folder IT locked): her words are then in the message
    itself, which she can select and copy."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

    from verktoykasse.ui import taken_over
    from wizard_support import on_page

    not_a_folder = tmp_path / "Documents"
    not_a_folder.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setattr(taken_over, "rescue_folder", lambda: not_a_folder / "kept")
    window = start_window()
    with window.database.session() as session:
        plan_id = create_plan(session, "Bakeriet 2027").id
        session.commit()
    window.open_plan(plan_id)
    window.plan_page.go_to("needs")
    on_page(window.plan_page, QPlainTextEdit, "labourNeed").insertPlainText("Two bakers by March")
    window.lose_hold(Holder("OLA-PC", "Ola", utc_now(), utc_now()))
    told = window.findChild(QMessageBox, "noticeDialog")
    assert told is not None and "nor into a file: copy it from here." in told.text()
    assert told.text().rstrip().endswith("Two bakers by March")
    assert told.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    told.button(QMessageBox.StandardButton.Ok).click()


# -- a write asks first whether this program still holds the folder ---------------------------------------
def test_a_write_asks_the_lock_file_only_when_the_hold_was_not_confirmed_lately(clocks, folder):
    """The hold's rule, without a window: confirmed a moment ago, a write goes without a look at the lock
    file; after a sleep (either clock) or a lock file that could not be read, it looks first. Taken over,
    nothing more is written into the data file (SQLite's own "readonly" error, a failed save, not
    damage), and the lock file is not read again."""
    from sqlalchemy.exc import OperationalError

    from verktoykasse.storage.health import damage_in
    from verktoykasse.storage.holder import Hold

    looks, verdicts = [], [True, None, False]

    def look_at_the_lock() -> bool | None:
        looks.append(clocks.now())
        return verdicts.pop(0)

    hold = Hold(look_at_the_lock)
    hold.taken()
    clocks.pass_minutes(1.5)
    assert hold.refusal() is None and looks == []  # typing: nothing read
    clocks.utc += dt.timedelta(hours=2)  # asleep, as a Mac counts it
    assert hold.refusal() is None and len(looks) == 1  # still ours
    assert hold.refusal() is None and len(looks) == 1
    clocks.pass_minutes(120)  # asleep, as Windows counts it
    assert "could not be confirmed" in hold.refusal() and len(looks) == 2  # the network drive is gone
    assert "could not be confirmed" in hold.refusal() and len(looks) == 2  # not asked again at once
    clocks.pass_minutes(0.25)
    assert "taken over" in hold.refusal() and len(looks) == 3
    assert "taken over" in hold.refusal() and len(looks) == 3 and hold.lost

    database = open_database(folder.database)
    try:
        database.ask_before_writing(hold.refusal)
        with database.session() as session, pytest.raises(OperationalError) as refused:
            create_plan(session, "Written after the takeover")
            session.commit()
        assert damage_in(refused.value) is None and "readonly" in str(refused.value)
        with database.session() as session:  # reads go on
            assert [plan.name for plan in list_plans(session)] == ["Bakeriet 2027"]
    finally:
        database.close()


# -- Kari's laptop wakes ------------------------------------------------------------------------------------
def karis_program(window) -> SingleInstance:
    """Kari's program holds the folder, as ``ui.app.run_gui`` starts it: every write asks its hold first."""
    guard = SingleInstance(window.context.paths)
    assert guard.acquire(listen=False)
    guard.lost.connect(window.lose_hold)
    window.context.ask_the_hold(guard.hold)
    guard.listen()
    return guard


def laptop_sleeps(clocks: Clocks, hours: float, system: str) -> None:
    """The lid is closed for ``hours``. Windows' monotonic clock counts the sleep; on a Mac (and Linux) it
    stands still meanwhile and only the wall clock moves on."""
    if system == "Windows":
        clocks.pass_minutes(60 * hours)
    else:
        clocks.utc += dt.timedelta(hours=hours)


def ola_takes_over(paths: DataPaths, clocks: Clocks, plan_id: int) -> None:
    """What the synced folder shows after Ola took the data over and wrote into the plan."""
    import sqlite3

    paths.lock.write_text("777\nverktoykasse\nOLA-PC\n", encoding="utf-8")
    write_note(paths.lock, Holder("OLA-PC", "Ola", clocks.now(), clocks.now()))
    with sqlite3.connect(paths.database) as olas:
        olas.execute("UPDATE plan SET labour_need = 'Two bakers by March' WHERE id = ?", (plan_id,))


def labour_need(paths: DataPaths, plan_id: int) -> str:
    import sqlite3

    with sqlite3.connect(paths.database) as reading:
        [(value,)] = reading.execute("SELECT labour_need FROM plan WHERE id = ?", (plan_id,))
    return value


def karis_plan_at_needs(window):
    """Kari's plan open at the needs step, the cursor in "Labour need"."""
    from PySide6.QtWidgets import QPlainTextEdit

    from wizard_support import on_page

    with window.database.session() as session:
        plan_id = create_plan(session, "Bakeriet 2027").id
        session.commit()
    window.open_plan(plan_id)
    window.plan_page.go_to("needs")
    box = on_page(window.plan_page, QPlainTextEdit, "labourNeed")
    box.setFocus()
    return plan_id, box


@pytest.mark.parametrize("system", ["Windows", "macOS"])
def test_kari_types_the_moment_her_laptop_wakes_and_nothing_reaches_the_data_ola_took_over(
    start_window, qtbot, monkeypatch, tmp_path, clocks, system
):
    """Kari's laptop slept for two hours on the synced folder; meanwhile Ola took the data over and wrote
    into the plan. Kari opens the lid and types at once, long before her program's next heartbeat: her
    first save asks first whether her program still holds the folder, finds Ola's lock, and writes
    nothing. Her words are kept in her Documents folder, and she is told."""
    from PySide6.QtWidgets import QMessageBox

    from verktoykasse.ui import taken_over

    karis_documents = tmp_path / "Documents"
    monkeypatch.setattr(taken_over, "rescue_folder", lambda: karis_documents)
    window = start_window()
    paths = window.context.paths
    guard = karis_program(window)
    try:
        plan_id, box = karis_plan_at_needs(window)
        laptop_sleeps(clocks, hours=2, system=system)
        ola_takes_over(paths, clocks, plan_id)
        olas_note = note_path(paths.lock).read_text(encoding="utf-8")

        failures = []
        window.plan_page.saver.failed.connect(failures.append)
        box.insertPlainText("Kari's words, typed on waking")
        window.save_typing()  # her pause: saved at once, before any heartbeat
        assert not window.plan_page.banner.isVisible()  # no "Free some disk space": that is not why
        qtbot.waitUntil(lambda: window.held_banner is not None and window.held_banner.isVisible())
        assert failures == []

        assert labour_need(paths, plan_id) == "Two bakers by March"  # Ola's, untouched
        assert note_path(paths.lock).read_text(encoding="utf-8") == olas_note
        assert window.database.read_only
        [kept] = karis_documents.glob("*.txt")
        kept_text = kept.read_text(encoding="utf-8")
        assert "Bakeriet 2027 – Labour need:\nKari's words, typed on waking" in kept_text
        told = window.findChild(QMessageBox, "noticeDialog")
        assert told is not None and told.text().startswith(
            "Verktøykassa on OLA-PC has taken over your data, because this program seemed to have stopped."
        )
        assert told.text().endswith(f"it is kept in {kept}.")
        told.button(QMessageBox.StandardButton.Ok).click()
    finally:
        guard.release()
    assert paths.lock.read_text(encoding="utf-8") == "777\nverktoykasse\nOLA-PC\n"  # Ola's lock stays


@pytest.mark.parametrize("system", ["Windows", "macOS"])
def test_a_laptop_that_slept_with_no_takeover_looks_once_at_its_lock_then_saves_as_before(
    start_window, monkeypatch, clocks, system
):
    """Nobody took the folder over while Kari's laptop slept: her first save after waking reads the lock
    file once (hers still), leaves a sign of life for a program that watches on another PC, and saves.
    The saves after it read nothing: typing stays as fast as before the sleep."""
    window = start_window()
    paths = window.context.paths
    guard = karis_program(window)
    readings = []
    read_lock = holder_module.lock_owner
    monkeypatch.setattr(holder_module, "lock_owner", lambda lock: readings.append(lock) or read_lock(lock))
    try:
        plan_id, box = karis_plan_at_needs(window)
        box.insertPlainText("Two ovens")
        window.save_typing()
        assert readings == []  # before the sleep: no look at the lock file

        laptop_sleeps(clocks, hours=2, system=system)
        box.insertPlainText(", and a van")
        window.save_typing()
        assert labour_need(paths, plan_id) == "Two ovens, and a van"
        assert readings == [paths.lock]
        assert note(paths)["seen"] == clocks.now().isoformat()  # a sign of life at once

        for word in (" for", " deliveries"):
            clocks.pass_minutes(0.5)
            box.insertPlainText(word)
            window.save_typing()
        assert labour_need(paths, plan_id) == "Two ovens, and a van for deliveries"
        assert readings == [paths.lock]  # no more readings
        assert not window.plan_page.banner.isVisible() and not guard.has_lost_the_folder()
    finally:
        guard.release()


@pytest.mark.parametrize("gap", ["a sleep", "missed heartbeats"])
def test_when_the_lock_cannot_be_read_nothing_is_written_and_the_text_waits_for_retry(
    start_window, monkeypatch, clocks, gap
):
    """The network drive with the data is gone (Windows: "The network path was not found") after Kari's
    laptop slept, or for three heartbeats in a row: her program cannot know whether another PC took the
    folder over, so her save fails as on a full disk: the banner says so, her text stays in its box, and
    nothing is written. Once the drive is back, Retry saves it."""
    from verktoykasse.storage import holder

    window = start_window()
    paths = window.context.paths
    guard = karis_program(window)
    reachable = holder.read_regular_file
    tries = []

    def network_path_gone(path, limit):
        if path == paths.lock:
            tries.append(path)
            raise FileNotFoundError(2, "The network path was not found", str(path))
        return reachable(path, limit)

    try:
        plan_id, box = karis_plan_at_needs(window)
        monkeypatch.setattr(holder, "read_regular_file", network_path_gone)
        if gap == "a sleep":
            laptop_sleeps(clocks, hours=2, system="Windows")
        else:
            for _ in range(3):
                clocks.pass_minutes(1)
                guard.beat()  # what the heartbeat does every minute: the lock cannot be read
        tries.clear()
        box.insertPlainText("Two ovens")
        window.save_typing()
        assert window.plan_page.banner.isVisible()
        said = window.plan_page.banner.message.text()
        assert "cannot be reached just now" in said and "Free some disk space" not in said
        assert box.toPlainText() == "Two ovens" and labour_need(paths, plan_id) == ""
        assert len(tries) == 1  # a drive that is gone may take long to say so: asked once, not per try

        monkeypatch.setattr(holder, "read_regular_file", reachable)  # the drive is back a minute later
        clocks.pass_minutes(1)
        window.plan_page.banner.retry_button.click()
        assert labour_need(paths, plan_id) == "Two ovens"
        assert not window.plan_page.banner.isVisible() and not guard.has_lost_the_folder()
    finally:
        guard.release()


def test_the_program_asks_its_hold_before_each_write_once_its_data_is_open(qapp, folder, monkeypatch):
    """As the program starts (``ui.app.run_gui``): once Kari's data is open, every write into the file asks
    first whether her program still holds the folder."""
    from verktoykasse.ui.app import EXIT_AFTER_START, run_gui

    asked = []
    ask = AppContext.ask_the_hold

    def ask_the_hold(context, hold):
        ask(context, hold)
        asked.append((context.open_database.asks_before_writing, hold.lost))

    monkeypatch.setattr(AppContext, "ask_the_hold", ask_the_hold)
    monkeypatch.setenv(EXIT_AFTER_START, "1")
    assert run_gui(folder.root) == 0
    assert asked == [(True, False)]


def test_when_the_woken_window_comes_to_the_front_the_takeover_is_found_before_kari_types(
    start_window, qtbot, clocks
):
    """Kari opens the lid and her window comes to the front: her program looks at its lock at once (in the
    heartbeat's thread), finds Ola's and says so before she has typed anything."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    window = start_window()
    paths = window.context.paths
    guard = karis_program(window)
    try:
        plan_id, _box = karis_plan_at_needs(window)
        laptop_sleeps(clocks, hours=2, system="Windows")
        ola_takes_over(paths, clocks, plan_id)
        QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
        qtbot.waitUntil(lambda: window.held_banner is not None and window.held_banner.isVisible())
        assert labour_need(paths, plan_id) == "Two bakers by March"
        told = window.findChild(QMessageBox, "noticeDialog")
        assert told is not None and "OLA-PC has taken over your data" in told.text()
        told.button(QMessageBox.StandardButton.Ok).click()
    finally:
        guard.release()


def test_a_note_windows_will_not_let_be_replaced_after_a_sleep_does_not_stop_the_save(
    start_window, monkeypatch, clocks
):
    """Kari's laptop woke with no takeover, but on the network drive Ola's program is reading her note just
    then, and Windows will not let an open file be replaced: her sign of life waits for the next heartbeat,
    and what she typed is saved all the same (her lock says the folder is hers)."""
    from verktoykasse.storage import holder

    window = start_window()
    paths = window.context.paths
    guard = karis_program(window)
    try:
        plan_id, box = karis_plan_at_needs(window)
        before = note(paths)
        laptop_sleeps(clocks, hours=2, system="Windows")

        def in_use(path, data):
            raise PermissionError(13, "The file is being used by another process", str(path))

        monkeypatch.setattr(holder, "write_atomically", in_use)
        box.insertPlainText("Two ovens")
        window.save_typing()
        assert labour_need(paths, plan_id) == "Two ovens"
        assert not window.plan_page.banner.isVisible() and note(paths) == before
    finally:
        guard.release()


def test_what_kari_saves_between_her_heartbeat_finding_the_takeover_and_her_window_hearing_of_it_is_kept(
    start_window, qtbot, monkeypatch, tmp_path, clocks
):
    """Her program's heartbeat (in its own thread) has just found Ola's lock; the window hears of it a
    moment later. A save in that moment writes nothing into Ola's data: her words are kept with the rest."""
    from PySide6.QtWidgets import QMessageBox

    from verktoykasse.ui import taken_over

    karis_documents = tmp_path / "Documents"
    monkeypatch.setattr(taken_over, "rescue_folder", lambda: karis_documents)
    window = start_window()
    paths = window.context.paths
    guard = karis_program(window)
    try:
        plan_id, box = karis_plan_at_needs(window)
        ola_takes_over(paths, clocks, plan_id)
        guard._beat_in_background()  # what the heartbeat's timer does
        guard._beating.join(10)
        box.insertPlainText("Kari's words")
        window.save_typing()  # before the window has heard of the takeover
        assert labour_need(paths, plan_id) == "Two bakers by March"
        qtbot.waitUntil(lambda: window.held_banner is not None and window.held_banner.isVisible())
        [kept] = karis_documents.glob("*.txt")
        assert "Kari's words" in kept.read_text(encoding="utf-8")
        told = window.findChild(QMessageBox, "noticeDialog")
        assert told is not None and str(kept) in told.text()
        told.button(QMessageBox.StandardButton.Ok).click()
    finally:
        guard.release()


def test_kari_exports_the_moment_her_laptop_wakes_the_pdf_is_made_and_olas_data_untouched(
    start_window, qtbot, monkeypatch, tmp_path, clocks
):
    """The first thing Kari does on waking is to export the plan as a PDF (in English): it is made, the
    language is not remembered in the data Ola took over, and she is told of the takeover."""
    import sqlite3

    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    window = start_window()
    paths = window.context.paths
    guard = karis_program(window)
    try:
        plan_id, _box = karis_plan_at_needs(window)
        laptop_sleeps(clocks, hours=2, system="Windows")
        ola_takes_over(paths, clocks, plan_id)
        monkeypatch.setattr(
            QFileDialog,
            "getSaveFileName",
            staticmethod(
                lambda _p, _t, _s, filters, _f: (str(tmp_path / "plan.pdf"), filters.split(";;")[1])
            ),
        )
        monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: None))
        window.report_actions.export_action.trigger()
        assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
        qtbot.waitUntil(lambda: window.held_banner is not None and window.held_banner.isVisible())
        with sqlite3.connect(paths.database) as reading:
            [(language,)] = reading.execute("SELECT report_language FROM plan WHERE id = ?", (plan_id,))
        assert language == "nb"  # as it was
        told = window.findChild(QMessageBox, "noticeDialog")
        assert told is not None and "OLA-PC has taken over your data" in told.text()
        told.button(QMessageBox.StandardButton.Ok).click()
    finally:
        guard.release()


def test_where_no_lock_file_could_be_made_a_woken_laptop_saves_as_before(start_window, monkeypatch, clocks):
    """A data folder where the program could make no lock file (it started all the same, as ever): there
    is no lock to look at after a sleep, and what Kari types is saved as before."""
    from PySide6.QtCore import QLockFile

    window = start_window()
    paths = window.context.paths
    monkeypatch.setattr(QLockFile, "tryLock", lambda _self, _timeout=0: False)
    monkeypatch.setattr(QLockFile, "error", lambda _self: QLockFile.LockError.PermissionError)
    guard = SingleInstance(paths)
    assert guard.acquire(listen=False)
    window.context.ask_the_hold(guard.hold)
    guard.listen()
    try:
        plan_id, box = karis_plan_at_needs(window)
        laptop_sleeps(clocks, hours=2, system="Windows")
        box.insertPlainText("Two ovens")
        window.save_typing()
        assert labour_need(paths, plan_id) == "Two ovens" and not window.plan_page.banner.isVisible()
    finally:
        guard.release()
