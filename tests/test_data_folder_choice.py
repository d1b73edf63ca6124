"""The data folder cannot be used (a USB stick not plugged in, a file where the folder should be): the
window says so in words a window user can act on, and lets them keep their data in another folder for
this run. The command line still names its option."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from verktoykasse.paths import DataPaths
from verktoykasse.storage.health import data_folder_message
from verktoykasse.ui.app import data_folder_in

# The program started on an unusable folder; Kari chooses another folder in the message and in the folder
# dialog (``sys.argv[2]``), as she would with the mouse.
CHOOSE_ANOTHER = """
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from verktoykasse.ui.app import create_application, run_gui

create_application()
QFileDialog.getExistingDirectory = staticmethod(lambda *args, **kwargs: sys.argv[2])


def choose():
    box = QApplication.activeModalWidget()
    if box is None:
        QTimer.singleShot(10, choose)
        return
    print("asked", flush=True)
    box.findChild(QPushButton, "dataFolderChoose").click()


QTimer.singleShot(0, choose)
raise SystemExit(run_gui(sys.argv[1]))
"""


def test_kari_keeps_her_data_in_another_folder_when_hers_cannot_be_used(tmp_path):
    blocker = tmp_path / "E-stick"
    blocker.write_text("the USB stick's letter is now a file")
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "letter.docx").write_text("her own file")
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src"),
        "QT_QPA_PLATFORM": "offscreen",
        "VERKTOYKASSE_EXIT_AFTER_START": "1",  # quit once the data is open
    }
    result = subprocess.run(
        [sys.executable, "-c", CHOOSE_ANOTHER, str(blocker), str(documents)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr  # the data was opened
    assert "asked" in result.stdout and "ready" in result.stdout and "Traceback" not in result.stderr
    # her data is in a folder of its own inside Documents, not mixed with her files
    assert DataPaths(documents / "Verktøykassa").database.is_file()
    assert sorted(path.name for path in documents.iterdir()) == ["Verktøykassa", "letter.docx"]
    assert blocker.read_text() == "the USB stick's letter is now a file"


def test_a_chosen_folder_that_is_empty_or_holds_the_data_is_used_as_it_is(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert data_folder_in(empty) == empty
    stick = tmp_path / "stick"
    stick.mkdir()
    DataPaths(stick).database.write_bytes(b"")
    (stick / "settings.json").write_text("{}")
    assert data_folder_in(stick) == stick  # her data on the stick, chosen again


@pytest.mark.parametrize(
    "error",
    [
        FileNotFoundError(errno.ENOENT, "No such file or directory"),
        PermissionError(errno.EACCES, "Permission denied"),
        OSError(errno.EIO, "Input/output error"),
        FileExistsError(errno.EEXIST, "File exists"),
    ],
)
def test_a_window_never_names_the_command_line_option_and_the_command_line_does(qapp, tmp_path, error):
    folder = tmp_path / "data"
    if isinstance(error, FileExistsError):
        folder.write_text("a file")
    in_window = data_folder_message(folder, error, window=True)
    assert "--data-dir" not in in_window and str(folder) in in_window
    on_command_line = data_folder_message(folder, error)
    assert "--data-dir" in on_command_line or on_command_line == in_window  # (read-only or full: no option)


def test_a_folder_on_a_drive_that_is_not_there_says_to_check_it_is_connected(qapp, tmp_path):
    folder = tmp_path / "E" / "data"
    text = data_folder_message(
        folder, FileNotFoundError(errno.ENOENT, "No such file or directory"), window=True
    )
    assert text == (
        f"The data folder {folder} cannot be used (its folder does not exist). If it is on a USB stick or a "
        "network drive, check that it is connected, and that you may change the folder."
    )


def test_a_folder_that_cannot_even_be_found_is_explained_too(qapp, tmp_path, monkeypatch):
    """On Windows, 0.1.0's data in the roaming folder is moved to the local one at start; when that move
    fails (the roaming profile is on a server that is away), the same message explains the folder asked
    for, instead of the start ending in an error report."""
    from verktoykasse.ui import app as app_module

    asked = tmp_path / "Verktoykasse"

    def cannot_move(_data_dir):
        raise PermissionError(errno.EACCES, "Permission denied")

    shown = []
    monkeypatch.setattr(app_module, "resolve_data_dir", cannot_move)
    monkeypatch.setattr(app_module, "ask_for_another_folder", lambda *args: shown.append(args) or None)
    assert app_module.open_data_folder(qapp, asked) is None  # the user closed the message
    [(folder, error, usual)] = shown
    assert folder == usual == asked and isinstance(error, PermissionError)


def test_a_folder_name_too_long_for_the_disk_is_explained_not_a_traceback(qapp, tmp_path, capsys):
    """--data-dir with a name of 300 letters (one more than any disk allows): a sentence, in the window's
    words and the command line's, never a traceback."""
    from safety_data import cli_here

    folder = tmp_path / ("x" * 300)
    error = OSError(errno.ENAMETOOLONG, "File name too long")
    assert data_folder_message(folder, error, window=True).startswith(f"The data folder {folder} cannot be")
    result = cli_here(capsys, "--data-dir", str(folder), "plans")
    assert result.returncode == 1
    assert result.stderr == (
        f"verktoykasse: The data folder {folder} cannot be used (the name is too long for the disk). Choose "
        "another data folder (--data-dir).\n"
    )
