"""The data folder cannot be used (a USB stick not plugged in, a file where the folder should be): the
window says so in words a window user can act on, and lets them keep their data in another folder, for
this run or from now on (remembered on this computer, shown in Settings, where it can be undone). The
command line still names its option."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from verktoykasse.paths import DataPaths, resolve_data_dir
from verktoykasse.storage.health import data_folder_message
from verktoykasse.ui.app import data_folder_in

# The program started on an unusable folder; Kari chooses another folder in the message and in the folder
# dialog (``sys.argv[2]``), as she would with the mouse, then answers whether to keep it with the button
# named in ``sys.argv[3]`` ("keepFolderOnce" or "keepFolderAlways").
CHOOSE_ANOTHER = """
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from verktoykasse.ui.app import create_application, run_gui

create_application()
QFileDialog.getExistingDirectory = staticmethod(lambda *args, **kwargs: sys.argv[2])
answers = ["dataFolderChoose", sys.argv[3]]


def answer():
    box = QApplication.activeModalWidget()
    button = box.findChild(QPushButton, answers[0]) if box is not None else None
    if button is None:
        QTimer.singleShot(10, answer)
        return
    print("asked", box.objectName(), box.text().replace("\\n", " "), flush=True)
    answers.pop(0)
    button.click()
    if answers:
        QTimer.singleShot(10, answer)


QTimer.singleShot(0, answer)
raise SystemExit(run_gui(sys.argv[1]))
"""


def _start_and_choose(blocker: Path, chosen: Path, keep: str, config: Path):
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src"),
        "QT_QPA_PLATFORM": "offscreen",
        "VERKTOYKASSE_EXIT_AFTER_START": "1",  # quit once the data is open
        "XDG_CONFIG_HOME": str(config),  # this computer's record of the choice, in the test's own folder
    }
    return subprocess.run(
        [sys.executable, "-c", CHOOSE_ANOTHER, str(blocker), str(chosen), keep],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def config_home(tmp_path, monkeypatch) -> Path:
    """This computer's config folder, where the choice of another data folder is remembered."""
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


def test_kari_keeps_her_data_in_another_folder_when_hers_cannot_be_used(tmp_path, config_home):
    blocker = tmp_path / "E-stick"
    blocker.write_text("the USB stick's letter is now a file")
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "letter.docx").write_text("her own file")
    result = _start_and_choose(blocker, documents, "keepFolderOnce", config_home)
    assert result.returncode == 0, result.stderr  # the data was opened
    assert "asked dataFolderDialog" in result.stdout and "ready" in result.stdout
    assert "Traceback" not in result.stderr
    # her data is in a folder of its own inside Documents, not mixed with her files
    assert DataPaths(documents / "Verktøykassa").database.is_file()
    assert sorted(path.name for path in documents.iterdir()) == ["Verktøykassa", "letter.docx"]
    assert blocker.read_text() == "the USB stick's letter is now a file"
    # asked whether to keep it, she said only this time: the next start looks for the stick again
    kept_in = documents / "Verktøykassa"
    assert f"asked keepFolderDialog Keep your data in {kept_in} from now on?" in result.stdout
    assert resolve_data_dir(blocker) == blocker


def test_kari_keeps_the_other_folder_from_now_on_and_settings_can_take_her_back(
    tmp_path, config_home, qapp, qtbot, capsys
):
    from verktoykasse.settings import Settings
    from verktoykasse.ui.settings_dialog import SettingsDialog

    stick = tmp_path / "E-stick"
    stick.write_text("the USB stick's letter is now a file")
    reserve = tmp_path / "Reserve"
    reserve.mkdir()
    result = _start_and_choose(stick, reserve, "keepFolderAlways", config_home)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert DataPaths(reserve).database.is_file()
    # every later start, the window's and the command line's, goes straight to the folder she chose
    assert resolve_data_dir(stick) == reserve
    from safety_data import cli_here

    listed = cli_here(capsys, "--data-dir", str(stick), "plans")
    assert listed.returncode == 0, listed.stderr

    # Tools → Settings shows where her data is, that she chose it, and the tick that keeps it
    dialog = SettingsDialog(Settings(), data_folder=reserve, instead_of=stick)
    qtbot.addWidget(dialog)
    box = dialog.data_folder
    assert box.path.text() == str(reserve) and box.path.isReadOnly()
    assert str(stick) in box.findChild(QLabel, "dataFolderNote").text().replace("\u200b", "")
    assert box.keep.isChecked()
    # she takes the tick away and presses OK: the next start looks on the stick again; her plans stay
    box.keep.setChecked(False)
    assert box.store() == f"From the next start, the program looks in {stick} again."
    assert resolve_data_dir(stick) == stick
    assert DataPaths(reserve).database.is_file()
    # and ticking it again keeps the reserve folder once more
    dialog = SettingsDialog(Settings(), data_folder=reserve, instead_of=stick)
    qtbot.addWidget(dialog)
    assert not dialog.data_folder.keep.isChecked()
    dialog.data_folder.keep.setChecked(True)
    assert dialog.data_folder.store() == "Every start uses this data folder now."
    assert resolve_data_dir(stick) == reserve


def test_a_kept_folder_that_is_away_too_is_explained_and_another_can_be_chosen(tmp_path, config_home):
    """The folder she kept is on a network drive that is not connected one morning: the message names
    that folder, she picks a third one only this time, and the next start looks in the usual one again
    (the kept folder could not be used, so it is not kept any longer)."""
    from verktoykasse.paths import remember_choice

    usual = tmp_path / "usual"
    usual.write_text("a file in the folder's place")
    away = tmp_path / "N-drive" / "data"
    (tmp_path / "N-drive").write_text("not connected")
    remember_choice(usual, away)
    today = tmp_path / "today"
    today.mkdir()
    result = _start_and_choose(usual, today, "keepFolderOnce", config_home)
    assert result.returncode == 0, result.stderr
    assert f"asked dataFolderDialog The data folder {away} " in result.stdout
    assert DataPaths(today).database.is_file()
    assert resolve_data_dir(usual) == usual


def test_settings_without_a_chosen_folder_only_shows_where_the_data_is(qapp, qtbot, tmp_path):
    from verktoykasse.settings import Settings
    from verktoykasse.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(), data_folder=tmp_path, instead_of=None)
    qtbot.addWidget(dialog)
    assert dialog.data_folder.path.text() == str(tmp_path)
    assert dialog.data_folder.keep is None and not dialog.data_folder.changed()


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


def test_escape_at_the_question_keeps_the_other_folder_only_this_time(qapp, tmp_path, config_home):
    """Asked whether to keep the folder from now on, Kari presses Escape: nothing is remembered."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from verktoykasse.ui.app import ask_to_keep

    seen = []

    def escape() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, escape)
            return
        seen.append((box.objectName(), box.accessibleName()))
        QTest.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, escape)
    usual, chosen = tmp_path / "E-stick", tmp_path / "Reserve"
    assert ask_to_keep(chosen, usual) is False
    assert seen == [("keepFolderDialog", "Keep using this data folder?")]
    assert resolve_data_dir(usual) == usual


def test_choosing_the_usual_folder_again_forgets_the_kept_one_without_asking(tmp_path, config_home):
    """The kept folder is away; Kari picks her usual folder, which works again: nothing to ask, and the
    next start looks there too."""
    from verktoykasse.paths import remember_choice

    usual = tmp_path / "usual"
    away = tmp_path / "N-drive" / "data"
    (tmp_path / "N-drive").write_text("not connected")
    remember_choice(usual, away)
    usual.mkdir()
    result = _start_and_choose(usual, usual, "keepFolderAlways", config_home)
    assert result.returncode == 0, result.stderr
    assert "asked keepFolderDialog" not in result.stdout and "ready" in result.stdout
    assert DataPaths(usual).database.is_file()
    assert resolve_data_dir(usual) == usual


def test_from_the_menu_kari_goes_back_to_her_usual_folder_in_settings(
    start_window, data_dir, tmp_path, config_home, qtbot
):
    """Tools → Settings… in the running window: the data folder she kept is shown ticked; she takes the
    tick away and presses OK, and the status line says where the next start looks."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton

    from verktoykasse.paths import remember_choice

    stick = tmp_path / "E-stick"
    remember_choice(stick, data_dir)
    window = start_window()
    window.context.chosen_instead_of = stick  # as the start found it (``open_data_folder``)
    seen = []

    def untick() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "settingsDialog":
            QTimer.singleShot(10, untick)
            return
        keep = dialog.findChild(QCheckBox, "dataFolderKeep")
        seen.append(keep.isChecked())
        keep.setChecked(False)
        dialog.findChild(QPushButton, "settingsOk").click()

    QTimer.singleShot(0, untick)
    window.open_settings()
    assert seen == [True]
    assert window.statusBar().currentMessage() == f"From the next start, the program looks in {stick} again."
    assert resolve_data_dir(stick) == stick


def test_a_choice_that_cannot_be_remembered_says_why_in_plain_words(qapp, tmp_path, monkeypatch):
    """Settings cannot write the record of the kept folder (no permission there): the status line says so in
    the user's words, never the system's English ("Permission denied")."""
    import errno

    import verktoykasse.paths as paths
    from verktoykasse.ui.settings_dialog import DataFolderBox

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))

    def refused(*_args) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "config"))

    monkeypatch.setattr(paths, "remember_choice", refused)
    box = DataFolderBox(tmp_path / "E-stick", tmp_path / "usual")
    box.keep.setChecked(not box.keep.isChecked())
    said = box.store()
    assert said is not None and "could not be remembered" in said
    assert "you may not write there" in said and "Permission denied" not in said
