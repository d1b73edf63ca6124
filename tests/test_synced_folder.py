"""A data folder in OneDrive, Dropbox, Google Drive or iCloud, or on a network drive, is named at start,
and the data can be moved to this computer's own folder, with everything in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from verktoykasse.paths import DataPaths, resolve_data_dir
from verktoykasse.storage.synced import folder_risk, network_file_system, sync_service

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
fileserver:/export/home /mnt/share nfs4 rw,relatime 0 0
//nas/felles /media/felles\\040mappe cifs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/home/kari/OneDrive - Bakeriet AS/Verktøykassa", "OneDrive"),
        ("C:/Users/Åse Øvrebø/OneDrive/data", "OneDrive"),
        ("/home/kari/Dropbox/verktoykassa", "Dropbox"),
        ("/home/kari/Google Drive/My Drive/data", "Google Drive"),
        ("/Users/kari/Library/Mobile Documents/com~apple~CloudDocs/data", "iCloud"),
        ("/home/kari/Documents/Verktøykassa", None),
        ("/home/kari/.local/share/Verktoykasse", None),
    ],
)
def test_the_sync_programs_folders_are_known_by_name(path, service):
    assert sync_service(Path(path)) == service


def test_a_network_drive_is_known_by_its_file_system():
    assert network_file_system(Path("/mnt/share/kari/data"), MOUNTS) == "nfs4"
    assert network_file_system(Path("/media/felles mappe/data"), MOUNTS) == "cifs"
    assert network_file_system(Path("/mnt/sharewell/data"), MOUNTS) is None  # another folder, same start
    assert network_file_system(Path("/home/kari/data"), MOUNTS) is None
    assert folder_risk(Path("/mnt/share/data"), MOUNTS).kind == "network"
    assert folder_risk(Path("/home/kari/Dropbox/x"), MOUNTS).name == "Dropbox"


@pytest.fixture
def window_on(qtbot):
    """The program's window started on a given data folder, its data loaded."""
    from verktoykasse.context import AppContext
    from verktoykasse.ui.app import create_application
    from verktoykasse.ui.main_window import MainWindow

    windows = []

    def start(folder: Path):
        create_application()
        window = MainWindow(AppContext.create(folder))
        qtbot.addWidget(window)
        window.show()
        window.load_data()
        windows.append(window)
        return window

    yield start
    for window in windows:
        window.context.close()


def test_the_warning_moves_the_data_to_this_computer_with_every_plan(
    window_on, tmp_path, monkeypatch, answer_next_dialog
):
    from verktoykasse.storage.plans import create_plan, list_plans
    from verktoykasse.ui.synced_warning import warn_about_folder

    synced = tmp_path / "Dropbox" / "Verktøykassa"
    local = tmp_path / "local"
    monkeypatch.setattr("verktoykasse.paths.default_data_dir", lambda: local)
    window = window_on(synced)
    assert window.context.paths.root == synced
    with window.database.session() as session:
        create_plan(session, "Bakeriet 2027")
    answer_next_dialog("folderRiskMove")
    assert warn_about_folder(window.context, window, window) is True
    assert window.context.paths.root == local
    with window.database.session() as session:
        assert [p.name for p in list_plans(session)] == ["Bakeriet 2027"]
    assert not DataPaths(synced).database.exists()  # set aside, never deleted
    assert list((synced / "moved-to-local").rglob("verktoykasse.sqlite3"))
    assert resolve_data_dir(str(synced)) == local  # a later start naming the old folder finds the data


def test_keeping_the_data_where_it_is_changes_nothing(window_on, tmp_path, monkeypatch, answer_next_dialog):
    from verktoykasse.ui.synced_warning import warn_about_folder

    synced = tmp_path / "OneDrive - Bakeriet AS" / "data"
    monkeypatch.setattr("verktoykasse.paths.default_data_dir", lambda: tmp_path / "local")
    window = window_on(synced)
    answer_next_dialog("folderRiskKeep")
    assert warn_about_folder(window.context, window, window) is False
    assert window.context.paths.root == synced and DataPaths(synced).database.exists()


def test_an_ordinary_folder_gets_no_warning(start_window):
    from verktoykasse.ui.synced_warning import warn_about_folder

    window = start_window()
    assert warn_about_folder(window.context, window, window) is False


def test_a_data_folder_held_by_a_copy_on_another_computer_names_that_computer(tmp_path):
    """A folder shared between PCs: the lock says which computer has it open; the start says so."""
    from verktoykasse.ui.single_instance import SingleInstance

    paths = DataPaths(tmp_path / "Dropbox" / "data").ensure()
    paths.lock.write_text("4242\nverktoykasse\nKARI-PC\n", encoding="utf-8")  # Qt's lock file, from Kari's PC
    guard = SingleInstance(paths)
    assert guard.acquire(listen=False) is False
    assert guard.other_computer() == "KARI-PC"


def test_a_copy_on_this_computer_is_not_another_computer(tmp_path):
    from verktoykasse.ui.single_instance import SingleInstance

    paths = DataPaths(tmp_path / "data").ensure()
    first, second = SingleInstance(paths), SingleInstance(paths)
    assert first.acquire(listen=False)
    try:
        assert second.acquire(listen=False) is False
        assert second.other_computer() == ""
    finally:
        first.release()


@pytest.mark.parametrize(
    "note",
    [b"\xff\xfe\x00C\x00:", b"/tmp/a\x00b", b"\xef\xbb\xbf"],
    ids=["not-utf-8", "nul", "only-a-byte-order-mark"],
)
def test_a_damaged_note_of_where_the_data_went_is_passed_over(tmp_path, capsys, note):
    """The note a move leaves behind (moved-to.txt), damaged or tampered with: the command used to end in a
    traceback (UnicodeDecodeError, "embedded null byte"). It names no folder, so the folder asked for is
    used, as for an unreadable note."""
    from safety_data import cli_here
    from verktoykasse.paths import MOVED_POINTER

    folder = tmp_path / "data"
    folder.mkdir()
    (folder / MOVED_POINTER).write_bytes(note)
    result = cli_here(capsys, "--data-dir", str(folder), "plans")
    assert (result.returncode, result.stderr) == (0, "")
    assert (folder / "verktoykasse.sqlite3").is_file()


def test_a_note_saved_again_with_a_byte_order_mark_still_leads_to_the_data(tmp_path, capsys):
    from safety_data import cli_here
    from verktoykasse.paths import MOVED_POINTER

    moved, old = tmp_path / "lokal", tmp_path / "OneDrive"
    assert cli_here(capsys, "--data-dir", str(moved), "example").returncode == 0
    old.mkdir()
    (old / MOVED_POINTER).write_bytes(b"\xef\xbb\xbf" + str(moved).encode("utf-8") + b"\r\n")
    result = cli_here(capsys, "--data-dir", str(old), "plans")
    assert result.stdout.startswith("1\tEksempel:"), result
    assert not (old / "verktoykasse.sqlite3").exists()
