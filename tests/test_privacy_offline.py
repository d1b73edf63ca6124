"""The user's data stays theirs: files only they can read, and not one network connection, ever."""

from __future__ import annotations

import ast
import os
import socket
import stat
from pathlib import Path

import pytest

from dialog_script import DialogScript

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "verktoykasse"
NETWORK_MODULES = ("socket", "ssl", "http", "urllib", "requests", "httpx", "ftplib", "smtplib", "xmlrpc")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_everything_in_the_data_folder_is_readable_only_by_the_user(start_window, data_dir, monkeypatch):
    import logging

    from verktoykasse.logs import setup_logging
    from verktoykasse.paths import DataPaths
    from verktoykasse.storage.health import quarantine_database
    from verktoykasse.ui.single_instance import SingleInstance

    old_umask = os.umask(0o022)  # the usual umask: new files would be readable by everyone
    paths = DataPaths(data_dir).ensure()
    logger = logging.getLogger("verktoykasse")
    monkeypatch.setattr(logger, "handlers", [])  # a log file of this test's own
    setup_logging(paths.root)
    guard = SingleInstance(paths)
    assert guard.acquire()
    try:
        window = start_window()
        window.findChild(type(window.quit_action), "backupNowAction").trigger()
        open_files = [p for p in data_dir.iterdir() if p.name.startswith("verktoykasse.sqlite3")]
        assert len(open_files) >= 2  # the database and its write-ahead log while the window is open
        assert {mode(p) for p in open_files} == {0o600}
        window.close()  # saves the settings, closes the database
        quarantine_database(window.context.paths)
        files = [p for p in data_dir.rglob("*")]
        assert any(p.name == "verktoykasse.log" for p in files)
        assert any(p.name == "settings.json" for p in files)
        assert any(p.parent.name == "backups" for p in files)
        assert mode(data_dir) == 0o700
        for path in files:
            if path.is_dir():
                assert mode(path) == 0o700, path
            elif path.is_file():
                assert mode(path) == 0o600, path
    finally:
        guard.release()
        for handler in logger.handlers:
            handler.close()
        os.umask(old_umask)


def test_no_module_of_the_program_imports_a_network_library():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in NETWORK_MODULES]
            if isinstance(node, ast.ImportFrom) and node.module == "PySide6.QtNetwork":
                # Only the local socket that wakes the first copy: a named pipe / Unix socket, no network.
                local = {alias.name for alias in node.names} <= {"QLocalServer", "QLocalSocket"}
                if path.name != "single_instance.py" or not local:
                    offenders.append(f"{path.name}: QtNetwork")
            elif isinstance(node, ast.Import) and any("QtNetwork" in a.name for a in node.names):
                offenders.append(f"{path.name}: QtNetwork")
    assert offenders == []


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a network connection or look up a host fails the test."""
    attempts = []

    def refuse(*args, **_kwargs):
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args!r}")

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            refuse("socket", *args)

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)
    return attempts


def test_a_whole_working_session_opens_no_network_connection(
    no_network, start_window, answer_next_dialog, monkeypatch, tmp_path
):
    from PySide6.QtGui import QAction, QDesktopServices
    from PySide6.QtWidgets import QFileDialog, QLineEdit, QPlainTextEdit

    from verktoykasse.ui import data_actions

    def act(name: str) -> None:
        action = window.findChild(QAction, name)
        assert action is not None and action.isEnabled(), name
        action.trigger()

    window = start_window()
    # A new plan, as the user makes it, with fields filled in through the window
    answer_next_dialog("ok", text="Inkludering 2027")
    window.new_plan_action.trigger()
    workspace = window.plan_page
    assert workspace is not None
    page = workspace.current_page()
    for field in page.findChildren(QLineEdit):
        if field.objectName() in ("orgName", "contactPerson", "industry"):
            field.setFocus()
            field.insert("Bakeriet Sámi čđŋ – €")
    for box in page.findChildren(QPlainTextEdit):
        box.setFocus()
        box.insertPlainText("Vi trenger flere folk. <b>AT&T</b>")
    # The action plan as a PDF for the board (the save dialog answered, the viewer not started)
    pdf = tmp_path / "handlingsplan.pdf"
    opened = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(pdf), "")))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    act("exportPdfAction")
    assert pdf.read_bytes().startswith(b"%PDF")
    window.show_home()
    from verktoykasse.exchange.example_plan import add_example_plan

    with window.database.session() as session:
        example_id = add_example_plan(session).id
    window.open_plan(example_id)
    window.show_home()
    # Out to a file and back, a backup and a restore
    target = tmp_path / "plan.json"
    monkeypatch.setattr(data_actions, "ask_save_path", lambda *_a: target)
    monkeypatch.setattr(data_actions, "ask_open_path", lambda *_a: target)
    act("exportPlanAction")
    act("importPlanAction")
    act("backupNowAction")
    script = DialogScript().expect("restoreDialog", "restoreButton").expect("confirmDialog", "confirmYes")
    act("restoreBackupAction")
    assert script.done
    assert len(window.home.plan_names()) >= 2
    # the command line, in this same process
    from verktoykasse.cli import main

    assert main(["--data-dir", str(window.context.paths.root), "plans"]) == 0
    assert no_network == []
