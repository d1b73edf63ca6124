"""Where our users are: Windows' rules for files, pipes and names, and the program keeping to them.

Every test here runs under ``tests/windows_rules.py`` (fsync needs write access, an open file cannot be
moved, paths with #, %, æøå and 250+ characters, a cp1252 console).
"""

from __future__ import annotations

import errno
import io
import os
import shutil
import sqlite3
import sys
from pathlib import Path, PureWindowsPath

import pytest

from dialog_script import DialogScript
from safety_data import add_full_plan, run_cli_here
from test_health import FIXTURE, damage
from verktoykasse.storage.backup import BackupReason, list_backups, make_backup, read_contents
from verktoykasse.storage.health import (
    StorageProblem,
    UnusableDatabase,
    classify_error,
    open_checked,
    quarantine_database,
)

pytestmark = pytest.mark.windows_rules


def companions(database: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in database.parent.iterdir() if p.name.startswith(database.name)}


# -- the rules themselves -------------------------------------------------------------------------------


def test_the_rules_refuse_what_windows_refuses(windows_rules, tmp_path):
    from windows_rules import LONG_PATH

    assert len(str(tmp_path)) >= LONG_PATH and all(c in str(tmp_path) for c in "#% æøå")
    path = tmp_path / "notes.txt"
    path.write_text("hei")
    with open(path, "rb") as handle, pytest.raises(OSError) as refused:
        os.fsync(handle.fileno())
    assert refused.value.errno == errno.EBADF
    with open(path, "r+b") as handle:
        os.fsync(handle.fileno())  # a handle opened for writing may be flushed
        with pytest.raises(PermissionError) as held:
            os.replace(path, tmp_path / "moved.txt")
    assert held.value.winerror == 32
    with windows_rules.hold(path), pytest.raises(PermissionError):
        path.unlink()
    os.replace(path, tmp_path / "moved.txt")  # once nobody holds it, it moves


def test_the_rules_see_sqlites_own_handles(windows_rules, tmp_path):
    database = tmp_path / "plans.sqlite3"
    con = sqlite3.connect(database)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    with pytest.raises(PermissionError):
        os.replace(database, tmp_path / "elsewhere.sqlite3")
    con.close()
    os.replace(database, tmp_path / "elsewhere.sqlite3")


# -- backups ----------------------------------------------------------------------------------------------


def test_a_backup_is_made_and_reads_back_on_a_path_windows_users_have(context):
    with context.database.session() as session:
        add_full_plan(session)
        path = make_backup(context.paths.database, context.paths.backups, BackupReason.MANUAL, keep=5)
    assert read_contents(path).plan_names == ["Inkluderingsplan 2027"]
    assert [b.path for b in list_backups(context.paths.backups)] == [path]


# -- setting a damaged database aside ------------------------------------------------------------------


def test_a_sharing_violation_is_another_program_and_a_write_protected_folder_is_not():
    def windows_error(winerror: int) -> PermissionError:
        exc = PermissionError(errno.EACCES, "Access is denied")
        exc.winerror = winerror
        return exc

    assert classify_error(windows_error(32)) is StorageProblem.LOCKED  # the file is in use
    assert classify_error(windows_error(33)) is StorageProblem.LOCKED  # part of it is locked
    assert classify_error(windows_error(19)) is StorageProblem.READ_ONLY  # the medium is write-protected
    assert classify_error(windows_error(5)) is StorageProblem.READ_ONLY  # access denied
    assert classify_error(PermissionError(errno.EACCES, "Permission denied")) is StorageProblem.READ_ONLY


@pytest.fixture
def damaged(context):
    """A damaged database with a write-ahead log and shared-memory file beside it."""
    shutil.copy(FIXTURE, context.paths.database)
    damage(context.paths.database)
    for suffix in ("-wal", "-shm"):
        context.paths.database.with_name(context.paths.database.name + suffix).write_bytes(b"companion")
    return context.paths


def test_a_file_another_program_holds_is_not_moved_and_the_user_is_told(damaged, windows_rules):
    before = companions(damaged.database)
    with windows_rules.hold(damaged.database), pytest.raises(UnusableDatabase) as caught:
        quarantine_database(damaged)
    assert caught.value.problem is StorageProblem.LOCKED
    assert "Another program is using your data" in str(caught.value)
    # Companions go first and come back when the main file cannot follow: the -wal stays with its file.
    assert companions(damaged.database) == before
    assert not any(damaged.quarantine.rglob("*.sqlite3*"))
    quarantine_database(damaged)  # the other program has let go
    assert not damaged.database.exists()


def test_a_companion_held_open_stops_the_move_before_anything_moves(damaged, windows_rules):
    before = companions(damaged.database)
    shared_memory = damaged.database.with_name(damaged.database.name + "-shm")
    with windows_rules.hold(shared_memory), pytest.raises(UnusableDatabase):
        quarantine_database(damaged)
    assert companions(damaged.database) == before


def test_the_programs_own_open_database_is_closed_before_it_is_moved(context, windows_rules):
    with context.database.session() as session:
        add_full_plan(session)  # the engine's pool now holds the file open, as the window does
    with pytest.raises(UnusableDatabase):
        quarantine_database(context.paths)
    folder = quarantine_database(context.paths, holder=context.database)
    assert sorted(p.name for p in folder.iterdir())[0] == "verktoykasse.sqlite3"
    assert not list(context.paths.root.glob("verktoykasse.sqlite3*"))  # no old -wal by a fresh file


def test_a_failed_upgrade_lets_go_of_the_file_so_it_can_be_set_aside(context, windows_rules, monkeypatch):
    from verktoykasse.storage import db as db_module

    shutil.copy(FIXTURE, context.paths.database)
    monkeypatch.setattr(db_module, "HEAD_REVISION", "9999")

    def broken_upgrade(engine, revision="head"):
        with engine.connect() as connection:  # the migration had opened the file when it failed
            connection.exec_driver_sql("SELECT 1")
        raise RuntimeError("a migration step failed")

    monkeypatch.setattr(db_module, "upgrade", broken_upgrade)
    with pytest.raises(RuntimeError):
        open_checked(context.paths, keep=10)
    # This data folder's file (and its -wal, -shm): another test's window may still hold its own until
    # the garbage collector closes that one's last connection.
    assert not [p for p in windows_rules.held() if p.startswith(str(context.paths.database))]
    quarantine_database(context.paths)
    assert not context.paths.database.exists()


def test_the_window_explains_a_file_it_cannot_set_aside_and_offers_the_choice_again(
    start_window, data_dir, windows_rules
):
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURE, data_dir / "verktoykasse.sqlite3")
    make_backup(data_dir / "verktoykasse.sqlite3", data_dir / "backups", BackupReason.DAILY, keep=10)
    damage(data_dir / "verktoykasse.sqlite3")
    told = {}
    holder = windows_rules.hold(data_dir / "verktoykasse.sqlite3")
    holder.__enter__()  # a backup program has the file open when the user asks for an empty database

    def read_and_let_go(dialog):
        told["text"] = dialog.text()
        holder.__exit__(None, None, None)

    script = (
        DialogScript()
        .expect("recoveryDialog", "recoveryFresh")
        .expect("errorDialog", "errorOk", read_and_let_go)
        .expect("recoveryDialog", "recoveryFresh")
    )
    window = start_window()
    assert script.done, script.seen
    assert "Another program is using your data" in told["text"]
    assert window.database is not None
    assert window.home.plan_names() == []
    assert len(list((data_dir / "damaged").rglob("verktoykasse.sqlite3"))) == 1


# -- the command line on a Windows console ---------------------------------------------------------------


def test_output_redirected_on_a_cp1252_system_is_utf8_and_never_a_crash(context):
    from test_cli import run_cli
    from verktoykasse.storage.plans import create_plan

    name = "“Sámi” plan → 2027 – čđŋ"
    with context.database.session() as session:
        plan_id = create_plan(session, name).id
    context.close()
    assert os.environ["PYTHONIOENCODING"] == "cp1252"  # what a redirected console on Windows gives
    result = run_cli("--data-dir", str(context.paths.root), "plans")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"{plan_id}\t{name}"]


def test_the_streams_main_is_handed_become_utf8(context, monkeypatch):
    from verktoykasse.cli import main
    from verktoykasse.storage.plans import create_plan

    with context.database.session() as session:
        create_plan(session, "“Bakeriet” → 2027")
    context.close()
    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="cp1252", errors="strict"))
    assert main(["--data-dir", str(context.paths.root), "plans"]) == 0
    sys.stdout.flush()
    assert "“Bakeriet” → 2027" in raw.getvalue().decode("utf-8")


class ClosedPipe(io.RawIOBase):
    """Standard output into `| more` after the reader has gone: Windows says EINVAL, not EPIPE."""

    def writable(self) -> bool:
        return True

    def write(self, _data) -> int:
        raise OSError(errno.EINVAL, "Invalid argument")


def test_a_reader_that_closes_the_pipe_on_windows_is_not_an_error(context, monkeypatch, capsys):
    from verktoykasse.cli import main

    context.close()
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BufferedWriter(ClosedPipe()), encoding="utf-8"))
    code = main(["--data-dir", str(context.paths.root), "catalogue"])
    monkeypatch.undo()
    assert code == 0
    assert capsys.readouterr().err == ""


def test_an_invalid_argument_elsewhere_is_still_reported(context, monkeypatch, capsys):
    """EINVAL from anything but a closed output is a real failure: logged, and the user told."""
    from verktoykasse.cli import plans

    def fails(_args, _context):
        raise OSError(errno.EINVAL, "Invalid argument")

    original = plans.register
    monkeypatch.setattr(
        plans, "register", lambda sub: (original(sub), sub.choices["plans"].set_defaults(run=fails))
    )
    code, _out, err = run_cli_here(capsys, "--data-dir", str(context.paths.root), "plans")
    assert code == 70
    assert "something went wrong (OSError)" in err


# -- names and paths -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stem"),
    [
        ("CON", "CON_"),
        ("nul", "nul_"),
        ("Com1", "Com1_"),
        ("LPT9 ", "LPT9_"),
        ("aux.plan", "aux_.plan"),
        ("Plan: 2027/28?", "Plan 2027 28"),
        ("  Bakeriet AS. ", "Bakeriet AS"),
        ("...", ""),
        ("CONTAINER", "CONTAINER"),
        ("Sámi čđŋ “plan”", "Sámi čđŋ “plan”"),
    ],
)
def test_suggested_file_names_are_names_windows_accepts(typed, stem):
    from verktoykasse.files import safe_file_stem

    assert safe_file_stem(typed) == stem


def test_a_plan_called_con_is_suggested_as_a_file_windows_can_save(start_window, monkeypatch, tmp_path):
    from verktoykasse.storage.plans import create_plan
    from verktoykasse.ui import data_actions

    window = start_window()
    with window.database.session() as session:
        plan_id = create_plan(session, "CON").id
    window.home.refresh(select_id=plan_id)
    suggested = {}

    def ask(_parent, _title, path):
        suggested["name"] = path.name
        return None

    monkeypatch.setattr(data_actions, "ask_save_path", ask)
    window.data_actions.export_plan()
    assert suggested["name"] == "CON_.json"


def test_a_read_only_uri_survives_hash_and_percent_and_a_network_share(tmp_path):
    from verktoykasse.storage.db import read_only_uri, sqlite_uri

    database = tmp_path / "a #1 100%20.sqlite3"
    con = sqlite3.connect(database)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    reader = sqlite3.connect(read_only_uri(database), uri=True)
    assert reader.execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]
    reader.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a #1 100%20.sqlite3"]  # nothing under a cut name
    share = PureWindowsPath(r"\\server\share\Verktøy #1\verktoykasse.sqlite3")
    assert sqlite_uri(share) == "file:////server/share/Verkt%C3%B8y%20%231/verktoykasse.sqlite3"
    local = PureWindowsPath(r"C:\Users\Åse\AppData\Local\100%\verktoykasse.sqlite3")
    assert sqlite_uri(local) == "file:///C:/Users/%C3%85se/AppData/Local/100%25/verktoykasse.sqlite3"


# -- colours that read in Windows 11's light and dark mode ---------------------------------------------


def windows11_palette(mode: str):
    """The application palette Qt's windows11 style gives in light and in dark mode."""
    from PySide6.QtGui import QColor, QPalette

    light = mode == "light"
    colours = {
        QPalette.ColorRole.Window: "#f3f3f3" if light else "#202020",
        QPalette.ColorRole.WindowText: "#1b1b1b" if light else "#ffffff",
        QPalette.ColorRole.Base: "#ffffff" if light else "#2d2d2d",
        QPalette.ColorRole.Text: "#1b1b1b" if light else "#ffffff",
        QPalette.ColorRole.Button: "#fbfbfb" if light else "#2d2d2d",
        QPalette.ColorRole.ButtonText: "#1b1b1b" if light else "#ffffff",
    }
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def theme(qtbot):
    """Switch the application between light and dark, as the user does in Windows' settings."""
    from verktoykasse.ui.app import create_application

    app = create_application()
    original = app.palette()

    def switch(mode: str) -> None:
        app.setPalette(windows11_palette(mode))
        app.processEvents()  # Qt posts the news of the change to every widget

    yield switch
    app.setPalette(original)


def shown_colours(widget):
    """(text, background) as the widget paints them once styled."""
    from PySide6.QtGui import QPalette

    widget.ensurePolished()
    palette = widget.palette()
    return palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)


def warnings_shown(qtbot):
    """A field's error message and the save-failure banner, both showing."""
    from verktoykasse.ui.plan_workspace import SaveBanner
    from verktoykasse.ui.wizard.fields import FieldMessage

    message = FieldMessage("dateMessage")
    qtbot.addWidget(message)
    message.show_message("Write the date as 31.12.2027.")
    banner = SaveBanner()
    qtbot.addWidget(banner)
    banner.show_failure("disk full")
    return message, banner


def assert_readable(message, banner) -> None:
    """WCAG AA: the message on the page behind it, the banner's text on the banner."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from verktoykasse.ui.colours import AA_NORMAL_TEXT, contrast_ratio

    page = QApplication.palette().color(QPalette.ColorRole.Window)
    assert contrast_ratio(shown_colours(message)[0], page) >= AA_NORMAL_TEXT
    banner_text, banner_background = shown_colours(banner.message)[0], shown_colours(banner)[1]
    assert banner_background != page  # the banner stands out from the page
    assert contrast_ratio(banner_text, banner_background) >= AA_NORMAL_TEXT


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_a_fields_error_and_the_save_failure_banner_read_well_in_light_and_dark_mode(qtbot, theme, mode):
    theme(mode)
    assert_readable(*warnings_shown(qtbot))


def test_the_colours_follow_when_the_user_switches_to_dark_mode_while_the_program_runs(qtbot, theme):
    theme("light")
    shown = warnings_shown(qtbot)
    theme("dark")
    assert_readable(*shown)


def test_the_main_button_follows_the_theme_and_an_ordinary_one_keeps_the_styles_own(qtbot, theme):
    """The home view's one coloured button ("Open" once there are plans) takes the dark theme's accent
    when the user switches while the program runs, and the light one's when they switch back; a button
    that stopped being the main one stays plain."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication, QPushButton

    from verktoykasse.ui.colours import set_primary

    def switch(mode: str, accent: str) -> None:
        palette = windows11_palette(mode)
        palette.setColor(QPalette.ColorRole.Highlight, QColor(accent))
        QApplication.instance().setPalette(palette)
        QApplication.processEvents()

    theme("light")  # the fixture puts the user's own palette back afterwards
    main, former = QPushButton("Open"), QPushButton("New plan")
    qtbot.addWidget(main)
    qtbot.addWidget(former)
    set_primary(main)
    set_primary(former)
    set_primary(former, False)
    switch("dark", "#4cc2ff")
    assert "background-color: #4cc2ff" in main.styleSheet()
    assert former.styleSheet() == ""
    switch("light", "#005fb8")
    assert "background-color: #005fb8" in main.styleSheet()
    assert former.styleSheet() == ""


def test_contrast_is_measured_as_wcag_defines_it():
    from PySide6.QtGui import QColor

    from verktoykasse.ui.colours import contrast_ratio

    assert round(contrast_ratio(QColor("#000000"), QColor("#ffffff")), 1) == 21.0
    assert round(contrast_ratio(QColor("#767676"), QColor("#ffffff")), 1) == 4.5  # the AA threshold grey
    assert contrast_ratio(QColor("#a4262c"), QColor("#202020")) < 4.5  # the old red on a dark window


# -- the whole start, and the release -------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]


def test_the_window_starts_upgrades_and_backs_up_under_all_of_windows_rules(data_dir):
    """What the bundle's smoke test does, in a process that keeps Windows' rules throughout: a 0.1.0
    database is backed up, upgraded and shown, and the program quits by itself once the data is loaded."""
    import subprocess

    data_dir.mkdir(parents=True)
    shutil.copy(FIXTURE, data_dir / "verktoykasse.sqlite3")
    script = (
        "import sys, pytest\n"
        f"sys.path.insert(0, {str(ROOT / 'tests')!r})\n"
        "import windows_rules\n"
        "windows_rules.install(windows_rules.WindowsRules(), pytest.MonkeyPatch())\n"
        "from verktoykasse.cli import main\n"
        "raise SystemExit(main([]))\n"
    )
    env = {
        **os.environ,
        "VERKTOYKASSE_DATA_DIR": str(data_dir),
        "VERKTOYKASSE_EXIT_AFTER_START": "1",
        "PYTHONPATH": str(ROOT / "src"),
    }
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, encoding="utf-8", timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "ready" in result.stdout
    reasons = sorted(b.reason for b in list_backups(data_dir / "backups"))
    assert reasons == ["before-upgrade", "daily"]


def test_a_pre_release_still_gets_a_windows_file_version_of_four_numbers():
    import re
    import runpy

    from verktoykasse import __version__

    file_version = runpy.run_path(str(ROOT / "packaging" / "windows" / "file_version.py"))["file_version"]
    assert file_version("0.2.0rc1") == "0.2.0.0"
    assert file_version("0.3.0.dev2") == "0.3.0.0"
    assert file_version("1.2") == "1.2.0.0"
    assert file_version("1.0.post1") == "1.0.0.0"
    assert file_version("2026.11.30.1") == "2026.11.30.1"
    assert re.fullmatch(r"\d+\.\d+\.\d+\.\d+", file_version(__version__))


def test_the_release_is_built_with_inno_setup_6_and_that_file_version():
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    script = (ROOT / "packaging" / "windows" / "verktoykasse.iss").read_text(encoding="utf-8-sig")
    assert "choco install innosetup --version=6." in workflow  # pinned: a 7 would live in another folder
    assert "Inno Setup 6\\ISCC.exe" in workflow
    assert "/DFileVersion=${{ steps.version.outputs.file_version }}" in workflow
    assert "VersionInfoVersion={#FileVersion}" in script
    assert "LOCALAPPDATA" in workflow  # the installed program's data is looked for in Local AppData


def test_an_unforeseen_error_in_the_window_is_shown_not_lost(data_dir, monkeypatch, qtbot):
    """The windowed program on Windows has no console: the user reads a message, the log has the rest."""
    from verktoykasse.paths import DataPaths
    from verktoykasse.ui.app import create_application, report_unexpected_errors

    create_application()
    paths = DataPaths(data_dir).ensure()
    monkeypatch.setattr(sys, "stderr", None)  # as in the windowed program
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    report_unexpected_errors(paths)
    told = {}
    script = DialogScript().expect("errorDialog", "errorOk", lambda dialog: told.update(text=dialog.text()))
    try:
        raise LookupError("no such plan")
    except LookupError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    assert script.done
    assert "Something unexpected went wrong (LookupError)" in told["text"]
    assert str(paths.root / "verktoykasse.log") in told["text"]


def test_the_bundles_smoke_test_uses_a_windows_users_folder_and_wants_utf8_output(tmp_path):
    import runpy

    smoke = runpy.run_path(str(ROOT / "packaging" / "smoke_test.py"))
    folder = smoke["awkward_data_folder"](tmp_path)
    assert all(c in str(folder) for c in "#% æøå") and len(str(folder)) >= (180 if os.name == "nt" else 250)
    prints_cp1252 = "import sys; sys.stdout.buffer.write('Blåbær'.encode('cp1252'))"
    cp1252 = smoke["run"](Path(sys.executable), ["-c", prints_cp1252], {})
    assert cp1252.returncode == 125 and "not UTF-8" in cp1252.stderr  # a failure, never a garbled pass
