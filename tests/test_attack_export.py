"""The outside attack on exports, kept as our own tests: a PDF or plan file replaces only an ordinary file
the user may write. Read-only files, devices, FIFOs and links to nothing are refused with a sentence; a
link to a file is followed (as ``cp`` does) and stays a link."""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

import pytest

from safety_data import add_full_plan, run_cli_here

posix_only = pytest.mark.skipif(os.name != "posix", reason="links, FIFOs and devices as POSIX has them")


@pytest.fixture
def plan_id(database) -> int:
    with database.session() as session:
        return add_full_plan(session, name="Bakeriet 2027").id


def export(capsys, plan_id: int, kind: str, target: Path) -> tuple[int, str]:
    code, _out, err = run_cli_here(capsys, "export", str(plan_id), f"--{kind}", str(target))
    return code, err


@pytest.mark.parametrize("kind", ["pdf", "json"])
def test_a_read_only_file_is_not_replaced(kind, plan_id, data_dir, capsys, tmp_path):
    target = tmp_path / f"board.{kind}"
    target.write_text("the signed copy")
    target.chmod(0o444)
    code, err = export(capsys, plan_id, kind, target)
    assert code == 1
    assert err == f"verktoykasse: {target} is read-only, so it was not replaced. Choose another file name.\n"
    assert target.read_text() == "the signed copy"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444


@posix_only
@pytest.mark.parametrize("kind", ["pdf", "json"])
def test_a_fifo_at_the_target_stays_a_fifo(kind, plan_id, data_dir, capsys, tmp_path):
    target = tmp_path / f"pipe.{kind}"
    os.mkfifo(target)
    code, err = export(capsys, plan_id, kind, target)
    assert code == 1
    assert "is not a regular file" in err and "not replaced" in err
    assert stat.S_ISFIFO(target.lstat().st_mode)


@posix_only
def test_a_link_to_a_file_is_followed_and_stays_a_link(plan_id, data_dir, capsys, tmp_path):
    real = tmp_path / "shared" / "plan.json"
    real.parent.mkdir()
    real.write_text("old")
    real.chmod(0o640)
    link = tmp_path / "plan.json"
    link.symlink_to(real)
    code, err = export(capsys, plan_id, "json", link)
    assert (code, err) == (0, "")
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_text(encoding="utf-8").startswith('{\n  "format": "verktoykasse-plan"')
    assert stat.S_IMODE(real.stat().st_mode) == 0o640  # the replaced file keeps its permissions


@posix_only
def test_a_link_to_nothing_is_refused(plan_id, data_dir, capsys, tmp_path):
    link = tmp_path / "plan.pdf"
    link.symlink_to(tmp_path / "nowhere" / "plan.pdf")
    code, err = export(capsys, plan_id, "pdf", link)
    assert code == 1 and "is not a regular file" in err
    assert link.is_symlink() and not (tmp_path / "nowhere").exists()


@posix_only
def test_dev_null_is_refused_before_anything_is_written(plan_id, data_dir, capsys):
    before = os.stat("/dev/null")
    code, err = export(capsys, plan_id, "pdf", Path("/dev/null"))
    assert code == 1
    assert err.startswith("verktoykasse: /dev/null is not a regular file")
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="making a device node needs root")
def test_a_device_node_is_never_replaced_even_by_root(plan_id, data_dir, capsys, tmp_path):
    device = tmp_path / "null.pdf"
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a second /dev/null
    code, err = export(capsys, plan_id, "pdf", device)
    assert code == 1 and "is not a regular file" in err
    assert stat.S_ISCHR(device.lstat().st_mode)


def test_the_window_refuses_a_read_only_target_in_a_sentence(start_window, tmp_path, monkeypatch):
    import verktoykasse.ui.data_actions as data_actions
    from verktoykasse.storage.plans import create_plan

    window = start_window()
    with window.database.session() as session:
        plan = create_plan(session, "Bakeriet 2027")
    window.home.refresh(select_id=plan.id)
    target = tmp_path / "plan.json"
    target.write_text("kept")
    target.chmod(0o444)
    messages: list[str] = []
    monkeypatch.setattr(data_actions, "ask_save_path", lambda *args: target)
    monkeypatch.setattr(data_actions, "show_error", lambda _parent, text: messages.append(text))
    window.data_actions.export_plan()
    assert messages == [f"{target} is read-only, so it was not replaced. Choose another file name."]
    assert target.read_text() == "kept"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX devices")
def test_a_catalogue_file_that_is_a_device_is_refused_without_reading_it(tmp_path):
    from verktoykasse.catalogue.loader import CatalogueError, import_catalogue_file

    link = tmp_path / "catalogue.json"
    link.symlink_to("/dev/zero")
    with pytest.raises(CatalogueError, match="not a catalogue file"):
        import_catalogue_file(link, tmp_path / "data")


# -- the words of a failed export ----------------------------------------------------------------------------
REFUSALS = {
    # What the system says, and the one sentence the user reads instead (never "[Errno 13] …").
    "no permission": (
        PermissionError(errno.EACCES, "Permission denied"),
        "{file} could not be written: you may not write there. If the file is open in another program (a PDF "
        "viewer), close it there; or choose another folder.",
    ),
    "full disk": (
        OSError(errno.ENOSPC, "No space left on device"),
        "{file} could not be written: the disk is full. Free some space and try again.",
    ),
}


def refuse_writing(monkeypatch, folder: Path, error: OSError) -> None:
    """``folder`` turns the export away as the system would: no file may be made in it."""
    import tempfile

    make = tempfile.mkstemp

    def refuse(*args, **kwargs):
        if Path(kwargs.get("dir") or ".") == folder:
            raise error
        return make(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", refuse)


@pytest.mark.parametrize("why", REFUSALS)
@pytest.mark.parametrize("kind", ["pdf", "json"])
def test_a_refused_export_is_one_plain_sentence_said_once(
    kind, why, plan_id, data_dir, capsys, tmp_path, monkeypatch
):
    error, sentence = REFUSALS[why]
    target = tmp_path / f"board.{kind}"
    refuse_writing(monkeypatch, tmp_path, error)
    code, err = export(capsys, plan_id, kind, target)
    assert code == 1
    assert err == "verktoykasse: " + sentence.format(file=target) + "\n"
    assert not target.exists()


@pytest.mark.parametrize("why", REFUSALS)
def test_the_windows_pdf_export_says_the_same_sentence(
    why, start_window, tmp_path, monkeypatch, answer_next_dialog
):
    from PySide6.QtWidgets import QFileDialog

    import verktoykasse.ui.report_actions as report_actions

    window = start_window()
    with window.database.session() as session:
        plan_id = add_full_plan(session, name="Bakeriet 2027").id
    window.open_plan(plan_id)
    error, sentence = REFUSALS[why]
    target = tmp_path / "board.pdf"
    messages: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), "")))
    monkeypatch.setattr(report_actions, "show_error", lambda _parent, text: messages.append(text))
    refuse_writing(monkeypatch, tmp_path, error)
    answer_next_dialog("exportAnywayButton")  # "Ready for the board?" lists what the plan lacks first
    window.report_actions.export_action.trigger()
    assert messages == [sentence.format(file=target)]
