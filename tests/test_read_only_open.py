"""Kari has the data open on KONTOR-PC; the data folder is synced, and Ola starts the program on his PC.

His program cannot reach Kari's, so it opens the data read-only: every plan can be read, printed and
exported, nothing can be changed, the window says who holds the data and since when, and nothing in the
data folder changes. Once Kari has closed the program, "Try again" opens the data for editing without a
restart.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from verktoykasse.context import AppContext
from verktoykasse.paths import DataPaths
from verktoykasse.settings import Settings
from verktoykasse.storage.db import OlderDatabaseError, open_database, open_read_only
from verktoykasse.storage.editing import add_row, set_value
from verktoykasse.storage.holder import Holder, note_path, utc_now, write_note
from verktoykasse.storage.plans import create_plan


def on_disk(folder: Path) -> dict[str, str]:
    """Every file in the data folder and its content's fingerprint."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def kari_holds(paths: DataPaths) -> None:
    """What Kari's program leaves in the synced folder while it runs on KONTOR-PC: Qt's lock file and the
    note beside it (she started at 08:14 today, and her program refreshed the note just now)."""
    paths.lock.write_text("4242\nverktoykasse\nKONTOR-PC\n", encoding="utf-8")
    since = dt.datetime.combine(dt.date.today(), dt.time(8, 14)).astimezone(dt.UTC).replace(tzinfo=None)
    write_note(paths.lock, Holder("KONTOR-PC", "Kari", since, seen=utc_now()))


@pytest.fixture
def karis_folder(data_dir: Path) -> DataPaths:
    paths = DataPaths(data_dir).ensure()
    database = open_database(paths.database)
    with database.session() as session:
        plan = create_plan(session, "Bakeriet 2027")
        set_value(session, plan, "problem_statement", "Vi mangler folk i helgene.")
        measure = add_row(session, plan, "measures", title="Mentor for nye bakere")
        add_row(session, measure, "milestones", title="Mentor valgt", due_date=dt.date.today())
    database.close()
    kari_holds(paths)
    return paths


@pytest.fixture
def olas_window(qtbot, karis_folder):
    """Ola's program, started as ``verktoykasse`` starts it, on the folder Kari's program holds."""
    from verktoykasse.ui.app import create_application
    from verktoykasse.ui.main_window import MainWindow
    from verktoykasse.ui.single_instance import SingleInstance

    create_application()
    guard = SingleInstance(karis_folder)
    assert guard.acquire(listen=False) is False and guard.wake_running_copy() is False
    context = AppContext(
        paths=karis_folder, settings=Settings.load(karis_folder.settings), held_by=guard.holder()
    )
    window = MainWindow(context)
    window.take_over = guard.take_over
    window.data_ready.connect(guard.listen)  # as the program does: it answers later copies on this PC
    qtbot.addWidget(window)
    window.show()
    window.start_data()
    qtbot.waitUntil(lambda: window.database is not None)
    yield window
    window.context.close()
    guard.release()


def test_the_second_pc_shows_the_plans_read_only_and_says_who_holds_them(olas_window, qtbot):
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit

    window = olas_window
    banner = window.held_banner
    assert banner is not None and banner.isVisible()
    assert banner.message.text().startswith(
        "Opened read-only: Kari on KONTOR-PC has the data open since 08:14."
    )
    assert window.home.plan_names() == ["Bakeriet 2027"]
    assert not window.home.new_button.isVisible() and not window.home.delete_button.isVisible()
    assert not window.new_plan_action.isVisible() and not window.data_actions.import_action.isVisible()
    qtbot.waitUntil(lambda: bool(window.home.now.findChildren(QCheckBox)))  # what is due is shown ...
    due = window.home.now.findChild(QCheckBox, "nowMilestoneDone")
    assert "Mentor valgt" in due.text() and not due.isEnabled()  # ... and cannot be ticked here

    window.home.open_selected()
    workspace = window.plan_page
    assert "another computer has the data open" in workspace.saved_label.text()
    page = workspace.current_page()
    edits = page.findChildren(QLineEdit) + page.findChildren(QPlainTextEdit)
    assert edits and all(edit.isReadOnly() for edit in edits)
    assert workspace.saver.set(workspace.plan, "problem_statement", "Endret av Ola") is False
    assert not workspace.banner.isVisible()  # no "could not save": nothing was to be saved


def test_printing_and_exporting_still_work_and_nothing_in_the_folder_changes(
    karis_folder, qtbot, tmp_path, monkeypatch, request, answer_next_dialog
):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    before = on_disk(karis_folder.root)
    window = request.getfixturevalue("olas_window")
    window.home.open_selected()
    target = tmp_path / "Bakeriet.pdf"
    english = window.report_actions.report_language_filters()["en"]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), english)))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    answer_next_dialog("exportAnywayButton")  # "Ready for the board?" lists what the plan still lacks
    window.report_actions.export_action.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    window.close()
    window.context.close()
    assert on_disk(karis_folder.root) == before  # no upgrade, backup, journal or settings written


def test_try_again_opens_the_data_for_editing_once_the_other_pc_has_closed(olas_window, karis_folder):
    window = olas_window
    window.home.open_selected()
    plan_id = window.plan_page.plan_id

    window.held_banner.retry_button.click()  # Kari is still working
    assert window.held_banner.isVisible() and window.database.read_only
    assert window.statusBar().currentMessage() == "The data is still open on KONTOR-PC."

    karis_folder.lock.unlink()  # Kari closes the program on KONTOR-PC
    note_path(karis_folder.lock).unlink()
    window.held_banner.retry_button.click()
    assert not window.held_banner.isVisible()
    assert not window.database.read_only and window.home.new_button.isVisibleTo(window.home)
    assert window.plan_page is not None and window.plan_page.plan_id == plan_id  # where Ola was
    assert window.plan_page.saver.set(window.plan_page.plan, "problem_statement", "Endret av Ola")
    from PySide6.QtCore import QSysInfo

    from verktoykasse.storage.db import who_am_i
    from verktoykasse.storage.holder import read_holder

    here = QSysInfo.machineHostName()  # this PC holds the folder now, and says so to the next one
    assert f"\n{here}\n" in karis_folder.lock.read_text(encoding="utf-8")
    assert read_holder(karis_folder.lock, here).user == who_am_i()


def test_data_of_an_older_version_is_not_upgraded_by_a_program_that_may_only_read(tmp_path):
    from sqlalchemy import URL, create_engine

    from verktoykasse.storage.db import upgrade

    path = tmp_path / "verktoykasse.sqlite3"
    engine = create_engine(URL.create("sqlite", database=str(path)))
    upgrade(engine, "0009")  # the schema of the version before this one
    engine.dispose()
    before = on_disk(tmp_path)
    with pytest.raises(OlderDatabaseError):
        open_read_only(path)
    assert on_disk(tmp_path) == before


def test_a_change_kari_just_made_is_read_and_neither_the_file_nor_its_log_is_written(tmp_path):
    """Kari's program is running on the same folder: her last change is still in the write-ahead log."""
    from sqlalchemy import select

    from verktoykasse.storage.models import Plan

    path = tmp_path / "verktoykasse.sqlite3"
    karis = open_database(path)
    try:
        with karis.session() as session:
            create_plan(session, "Bakeriet 2027")
        log = path.with_name(path.name + "-wal")
        assert log.stat().st_size > 0  # not yet in the file itself
        before = {name: on_disk(tmp_path)[name] for name in (path.name, log.name)}
        olas = open_read_only(path, Holder("KONTOR-PC", "Kari"))
        with olas.session() as session:
            assert session.scalars(select(Plan.name)).all() == ["Bakeriet 2027"]
        olas.close()
        assert {name: on_disk(tmp_path)[name] for name in (path.name, log.name)} == before
    finally:
        karis.close()


def test_in_norwegian_the_banner_says_who_in_plain_bokmaal(qapp):
    from PySide6.QtCore import QLocale

    from verktoykasse.i18n import apply_language, clear_translators
    from verktoykasse.ui.read_only import held_message

    since = dt.datetime.combine(dt.date.today(), dt.time(8, 14)).astimezone(dt.UTC).replace(tzinfo=None)
    previous = QLocale()
    apply_language(qapp, "nb")
    try:
        text = held_message(Holder("KONTOR-PC", "Kari", since))
    finally:
        clear_translators(qapp)
        QLocale.setDefault(previous)
    assert text == "Åpnet bare for lesing: Kari på KONTOR-PC har dataene åpne siden 08:14."


def test_the_real_program_started_on_the_held_folder_opens_it_and_leaves_the_data_untouched(
    karis_folder, tmp_path
):
    """``verktoykasse`` itself, started on Ola's PC: it opens the data (read-only) instead of stopping,
    and writes not even its log into Kari's folder: Ola's PC keeps its own."""
    from test_cli import run_cli
    from verktoykasse.logs import LOG_NAME

    olas_own = tmp_path / "olas-pc"  # where platformdirs puts this PC's logs (XDG_STATE_HOME on Linux)
    before = on_disk(karis_folder.root)
    result = run_cli(
        "--data-dir",
        str(karis_folder.root),
        env={"VERKTOYKASSE_EXIT_AFTER_START": "1", "XDG_STATE_HOME": str(olas_own)},
    )
    assert result.returncode == 0, result.stderr  # 0: the data was opened (1: it could not be)
    assert "ready" in result.stdout and "Traceback" not in result.stderr
    assert on_disk(karis_folder.root) == before
    assert [path.name for path in olas_own.rglob(LOG_NAME)] == [LOG_NAME]


def test_own_contacts_can_be_read_but_not_changed_while_another_pc_holds_the_data(
    karis_folder, request, qtbot
):
    """Kari's own contact is shown to Ola like any entry; nothing offers to change it, to add one or to
    import a catalogue file into the folder she holds, and once she has closed, all of it is back."""
    from verktoykasse.storage.contacts import add_contact

    database = open_database(karis_folder.database)
    with database.session() as session:
        contact_id = add_contact(session, "Lise Mentor", role="Mentor hos Nav").id
    database.close()
    window = request.getfixturevalue("olas_window")

    window.show_catalogue()
    view = window.catalogue_page
    assert view.select_entry(f"contact-{contact_id}")
    view._show_current_detail()
    assert view.detail.entry is not None and view.detail.entry.name == "Lise Mentor"
    assert not view.detail.own_buttons.isVisibleTo(view.detail)
    assert not view.new_contact_button.isVisibleTo(view) and not view.import_button.isVisibleTo(view)
    assert not window.import_catalogue_action.isVisible()

    karis_folder.lock.unlink()  # Kari closes the program on KONTOR-PC
    note_path(karis_folder.lock).unlink()
    window.held_banner.retry_button.click()
    assert window.import_catalogue_action.isVisible()
    window.show_catalogue()
    view = window.catalogue_page
    assert view.select_entry(f"contact-{contact_id}")
    view._show_current_detail()
    assert view.detail.own_buttons.isVisibleTo(view.detail) and view.new_contact_button.isVisibleTo(view)
