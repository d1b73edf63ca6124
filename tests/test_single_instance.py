"""Two copies of the program on one data folder: the second brings the first forward and leaves."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton

from test_cli import run_cli
from verktoykasse.paths import DataPaths
from verktoykasse.ui.single_instance import SingleInstance

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer


def test_a_second_copy_cannot_take_the_folder_and_wakes_the_first(qtbot, data_dir, monkeypatch):
    import os

    from verktoykasse.ui import single_instance

    paths = DataPaths(data_dir).ensure()
    first = SingleInstance(paths)
    assert first.acquire()
    woken: list[bool] = []
    first.activation_requested.connect(lambda: woken.append(True))
    allowed: list[tuple[int, bool]] = []

    class User32:  # what ctypes.WinDLL("user32") offers on Windows, recording the call
        def AllowSetForegroundWindow(self, pid: int) -> int:
            allowed.append((pid, bool(woken)))
            return 1

    monkeypatch.setattr(single_instance, "user32", User32)
    second = SingleInstance(paths)
    try:
        assert not second.acquire()
        with qtbot.waitSignal(first.activation_requested):
            assert second.wake_running_copy(waiting=answer_meanwhile)  # both copies in this process
    finally:
        first.release()
    # Windows lets only the process the user just started take the foreground: the second copy hands
    # that on to the first (this process, in the test) before asking it to come forward.
    assert allowed == [(os.getpid(), False)]
    # once the first copy is gone, the folder is free again
    third = SingleInstance(paths)
    assert third.acquire()
    third.release()


def answer_meanwhile(_waited_s: float) -> bool:
    """While the second copy waits for an answer, the first (in this same process) gives it."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    return True


def start_again(data_dir) -> subprocess.Popen:
    """``verktoykasse`` started a second time, as a double-click would (this process keeps answering)."""
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "verktoykasse", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_starting_the_program_twice_brings_the_open_window_forward(qtbot, start_window, data_dir):
    window = start_window()
    guard = SingleInstance(window.context.paths)
    assert guard.acquire()
    raised = []
    guard.activation_requested.connect(lambda: raised.append(True))
    second = start_again(data_dir)
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60000)  # the window answers meanwhile
        _out, err = second.communicate()
        assert second.returncode == 0, err
        assert "Traceback" not in err
        assert raised
    finally:
        if second.poll() is None:
            second.kill()
        guard.release()


def a_hung_copy_holds(paths: DataPaths) -> tuple[SingleInstance, QLocalServer]:
    """A first copy holds the folder and takes requests, but its window hangs: it never answers."""
    from PySide6.QtNetwork import QLocalServer

    first = SingleInstance(paths)
    assert first.acquire(listen=False)
    hung = QLocalServer()
    assert hung.listen(first.name)  # connections pile up; nobody takes them
    return first, hung


def test_a_copy_that_never_answers_is_not_counted_as_reached(qapp, data_dir):
    paths = DataPaths(data_dir).ensure()
    first, hung = a_hung_copy_holds(paths)
    waited: list[float] = []
    try:
        second = SingleInstance(paths)
        assert not second.acquire(listen=False)
        assert second.wake_running_copy(patience_s=0.5, waiting=lambda s: waited.append(s) or True) is False
    finally:
        hung.close()
        first.release()
    assert waited  # the program was told it is waiting, to show it


def test_a_copy_of_an_earlier_version_answers_by_closing_the_connection(qtbot, data_dir):
    from PySide6.QtNetwork import QLocalServer

    paths = DataPaths(data_dir).ensure()
    first = SingleInstance(paths)
    assert first.acquire(listen=False)
    older = QLocalServer()  # 0.2.0's first copy: it closes the connection without a word

    def take() -> None:
        while (socket := older.nextPendingConnection()) is not None:
            socket.abort()

    older.newConnection.connect(take)
    assert older.listen(first.name)
    try:
        second = SingleInstance(paths)
        assert not second.acquire(listen=False)
        assert second.wake_running_copy(patience_s=30, waiting=answer_meanwhile)
    finally:
        older.close()
        first.release()


def test_a_double_click_on_a_hung_copy_shows_it_is_waiting_then_says_what_to_do(qapp, data_dir, monkeypatch):
    """Kari's window hangs; she double-clicks the icon again. A small window says at once that the open
    program is being brought forward; when it does not answer, a message says what she can do."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    import verktoykasse.ui.dialogs as dialogs
    from verktoykasse.ui import single_instance
    from verktoykasse.ui.app import run_gui

    paths = DataPaths(data_dir).ensure()
    first, hung = a_hung_copy_holds(paths)
    monkeypatch.setattr(single_instance, "WAKE_PATIENCE_S", 2.0)
    seen: list[tuple[str, str, bool]] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                seen.append((widget.labelText(), widget.findChild(QPushButton, "wakeWaitStop").text(), True))

    QTimer.singleShot(1000, look)  # while the second copy waits
    messages: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, text: messages.append(text))
    try:
        assert run_gui(data_dir) == 0
    finally:
        hung.close()
        first.release()
    assert seen == [
        (
            "Verktøykassa is already open on this computer. Bringing its window to the front…",
            "Stop waiting",
            True,
        )
    ]
    assert messages == [
        "Verktøykassa is already open on this computer, but it does not answer. It may be busy, or it may "
        "have stopped responding. Wait a minute, then start Verktøykassa again. If it still does not answer, "
        "close it (force it to quit if need be) and start it again."
    ]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_on_windows_the_message_says_how_to_close_a_hung_program(qapp):
    from verktoykasse.ui.app import no_answer_message

    assert no_answer_message("win32").endswith(
        "If it still does not answer, close it in Task Manager (press Ctrl+Shift+Esc, choose Verktøykassa, "
        "then End task) and start Verktøykassa again."
    )


def test_stop_waiting_ends_the_second_start_without_a_message(qapp, data_dir, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    import verktoykasse.ui.dialogs as dialogs
    from verktoykasse.ui import single_instance
    from verktoykasse.ui.app import run_gui

    paths = DataPaths(data_dir).ensure()
    first, hung = a_hung_copy_holds(paths)
    monkeypatch.setattr(single_instance, "WAKE_PATIENCE_S", 60.0)
    messages: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, text: messages.append(text))

    def stop() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                widget.findChild(QPushButton, "wakeWaitStop").click()
                return
        QTimer.singleShot(50, stop)

    QTimer.singleShot(0, stop)
    try:
        assert run_gui(data_dir) == 0
    finally:
        hung.close()
        first.release()
    assert messages == []


def test_the_command_line_works_beside_the_open_window(start_window, data_dir, tmp_path):
    """The window keeps its database open; the CLI writes to it at the same time (WAL, busy timeout)."""
    from safety_data import add_full_plan
    from verktoykasse.exchange.plan_json import export_plan_file

    window = start_window()
    with window.database.session() as session:
        path = export_plan_file(session, add_full_plan(session), tmp_path / "plan.json")
    result = run_cli("--data-dir", str(data_dir), "import", str(path))
    assert result.returncode == 0, result.stderr
    window.home.refresh()
    assert sorted(window.home.plan_names()) == ["Inkluderingsplan 2027", "Inkluderingsplan 2027 (2)"]
    con = sqlite3.connect(window.context.paths.database)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()


def test_a_folder_where_no_lock_can_be_made_is_not_mistaken_for_a_second_copy(qtbot, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    paths = DataPaths(blocker)  # the lock file would be inside a file: cannot be made
    guard = SingleInstance(paths)
    assert guard.acquire()  # the start goes on; the data folder's problem is explained next
    guard.release()


def test_elsewhere_nothing_needs_allowing(monkeypatch):
    import sys

    from verktoykasse.ui import single_instance

    monkeypatch.setattr(sys, "platform", "linux")
    assert single_instance.user32() is None
    single_instance.allow_foreground(12345)  # nothing to call, nothing raised


# The first copy, as a double-click starts it, opening its data slowly (an old PC), and saying when it is
# asked to come forward.
SLOW_FIRST_COPY = """
import sys
import time

from PySide6.QtWidgets import QApplication

from verktoykasse.storage import preload
from verktoykasse.ui import main_window

load_storage = preload.load_storage


def slow_load():
    print("opening", flush=True)
    time.sleep(4)
    load_storage()


def come_forward(window):
    print("brought forward", window.database is not None, flush=True)
    QApplication.instance().exit(0)


preload.load_storage = slow_load
main_window.MainWindow.bring_to_front = come_forward
from verktoykasse.cli import main

raise SystemExit(main(["--data-dir", sys.argv[1]]))
"""


def test_a_second_double_click_while_the_first_copy_opens_its_data_brings_it_forward(
    context, database, data_dir
):
    """Kari double-clicks again while the program still opens her data: the window that is opening comes
    forward once it can, and no second copy or message appears."""
    import os
    import subprocess
    import sys
    import threading
    from pathlib import Path

    context.close()  # Kari's data folder, its database made
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    first = subprocess.Popen(
        [sys.executable, "-c", SLOW_FIRST_COPY, str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(90, first.kill)  # never a hanging test, whatever goes wrong
    watchdog.start()
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "opening"  # the plans are listed, the data still opens
        second = run_cli("--data-dir", str(data_dir))  # as a double-click would
        out, err = first.communicate(timeout=60)
    finally:
        watchdog.cancel()
        if first.poll() is None:
            first.kill()
    assert second.returncode == 0, second.stderr
    assert "Traceback" not in second.stderr
    assert first.returncode == 0, err
    assert out.strip() == "brought forward True"  # asked once its data was open, and then answered
