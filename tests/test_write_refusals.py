"""When the computer refuses to write a file, the user reads why in words of their own language — a full
disk, a write-protected USB stick, a file Word or a PDF viewer holds open, a folder that is gone — and what
to do; never the C library's "No space left on device" inside a Norwegian sentence. The system's own text
goes to the log for whoever helps."""

from __future__ import annotations

import errno
import logging
from pathlib import Path

import pytest

from safety_data import add_full_plan, run_cli_here
from test_attack_export import refuse_writing
from verktoykasse.files import describe_write_error, write_problem_words

pytestmark = pytest.mark.windows_rules


def windows_error(winerror: int, number: int = errno.EACCES, text: str = "Permission denied") -> OSError:
    """What Python raises on Windows: an errno, and Windows' own number beside it."""
    error = PermissionError(number, text)
    error.winerror = winerror
    return error


# What the system raises, and the reason the user reads after "… could not be written: ".
REASONS = {
    "full disk": (
        OSError(errno.ENOSPC, "No space left on device"),
        "the disk is full. Free some space and try again.",
    ),
    "no permission": (
        PermissionError(errno.EACCES, "Permission denied"),
        "you may not write there. If the file is open in another program (a PDF viewer), close it there; "
        "or choose another folder.",
    ),
    "write-protected USB stick": (
        OSError(errno.EROFS, "Read-only file system"),
        "the disk is write-protected (read-only). Choose another place, or remove the write protection of "
        "the USB stick or card.",
    ),
    "open in Excel on Windows": (
        windows_error(
            32, text="The process cannot access the file because it is being used by another process"
        ),
        "the file is open in another program. Close it there and try again.",
    ),
    "part locked on Windows": (
        windows_error(33),
        "the file is open in another program. Close it there and try again.",
    ),
    "busy": (
        OSError(errno.EBUSY, "Device or resource busy"),
        "the file is open in another program. Close it there and try again.",
    ),
    "folder gone": (
        FileNotFoundError(errno.ENOENT, "No such file or directory"),
        "its folder does not exist. Choose another folder.",
    ),
    "name too long": (
        OSError(errno.ENAMETOOLONG, "File name too long"),
        "the name is too long for the disk. Choose a shorter name.",
    ),
    "name Windows refuses": (
        windows_error(123, errno.EINVAL, "The filename, directory name, or volume label syntax is incorrect"),
        "the name is not allowed there. Choose a name of letters, digits and spaces.",
    ),
    "card reader without a card": (
        windows_error(21, errno.EIO, "The device is not ready"),
        "the disk or network drive is not ready. Check that it is connected, and try again.",
    ),
    "USB stick pulled out": (
        OSError(errno.EIO, "Input/output error"),
        "the disk or network drive is not ready. Check that it is connected, and try again.",
    ),
    "something else": (
        OSError(errno.EXDEV, "Invalid cross-device link"),
        "the system refused it. Try another folder; the details are in the log file.",
    ),
}


@pytest.mark.parametrize("why", REASONS)
def test_each_refusal_is_named_in_plain_words_and_the_systems_text_is_only_in_the_log(why, qapp, caplog):
    error, reason = REASONS[why]
    with caplog.at_level(logging.WARNING, logger="verktoykasse.files"):
        said = describe_write_error(error, Path("/home/kari/Styremøte.pdf"))
    assert said == f"/home/kari/Styremøte.pdf could not be written: {reason}"
    assert error.strerror not in said
    assert error.strerror in caplog.text  # for whoever helps: the system's own words


def test_the_reasons_are_in_bokmal_under_bokmal(qapp):
    from verktoykasse.i18n import report_language

    with report_language("nb"):
        for error, english in REASONS.values():
            words = write_problem_words(error)
            assert words and words != english
            assert error.strerror not in words


@pytest.mark.parametrize(
    "why",
    ["full disk", "write-protected USB stick", "open in Excel on Windows", "card reader without a card"],
)
@pytest.mark.parametrize("kind", ["xlsx", "ics", "json"])
def test_the_command_line_says_the_reason_once_and_leaves_no_file(
    kind, why, database, data_dir, capsys, tmp_path, monkeypatch
):
    with database.session() as session:
        plan_id = add_full_plan(session, name="Bakeriet 2027").id
    error, reason = REASONS[why]
    target = tmp_path / f"styremøte.{kind}"
    refuse_writing(monkeypatch, tmp_path, error)
    code, _out, err = run_cli_here(capsys, "export", str(plan_id), f"--{kind}", str(target))
    assert code == 1
    assert err == f"verktoykasse: {target} could not be written: {reason}\n"
    assert not target.exists()


def test_the_calendar_saved_from_the_window_says_why_it_was_not_written(
    start_window, database, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    import verktoykasse.ui.followup_actions as followup_actions

    with database.session() as session:
        plan_id = add_full_plan(session, name="Bakeriet 2027").id
    window = start_window()
    window.open_plan(plan_id)
    target = tmp_path / "datoer.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    said: list[str] = []
    monkeypatch.setattr(followup_actions, "show_error", lambda _parent, text: said.append(text))
    refuse_writing(monkeypatch, tmp_path, windows_error(32))
    window.followup_actions.export_calendar()
    assert said == [
        f"{target} could not be written: the file is open in another program. Close it there and try again."
    ]


def test_a_plan_file_that_cannot_be_read_says_why_in_words(qapp, tmp_path, monkeypatch):
    import verktoykasse.exchange.reading as reading
    from verktoykasse.exchange.reading import PlanImportError, read_plan_bytes

    def refused(path, limit):
        raise windows_error(32, text="The process cannot access the file")

    monkeypatch.setattr(reading, "read_regular_file", refused)
    with pytest.raises(PlanImportError) as refusal:
        read_plan_bytes(tmp_path / "plan.json")
    assert str(refusal.value) == (
        f"The file {tmp_path / 'plan.json'} could not be read: the file is open in another program. "
        "Close it there and try again."
    )


def test_a_backup_refused_by_the_disk_says_why_in_words(database, context, monkeypatch):
    import verktoykasse.storage.backup as backup
    from verktoykasse.storage.backup import BackupError, BackupReason, make_backup

    def pulled_out(_database, _target):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(backup, "copy_database", pulled_out)
    paths = context.paths
    with pytest.raises(BackupError) as refusal:
        make_backup(paths.database, paths.backups, BackupReason.MANUAL, 10)
    assert refusal.value.detail == "the disk or network drive is not ready"
    from verktoykasse.storage.health import backup_failed_message

    assert backup_failed_message(refusal.value.problem, paths, refusal.value.detail) == (
        "The backup could not be made. Your data could not be opened or saved (the disk or network drive "
        "is not ready)."
    )


def test_a_data_folder_on_a_usb_stick_pulled_out_says_so_in_words(qapp, tmp_path, caplog):
    from verktoykasse.storage.health import data_folder_message

    folder = tmp_path / "E" / "Verktøykassa"
    with caplog.at_level(logging.WARNING, logger="verktoykasse.files"):
        said = data_folder_message(folder, OSError(errno.EIO, "Input/output error"), window=True)
    assert said == (
        f"The data folder {folder} cannot be used (the disk or network drive is not ready). If it is on a "
        "USB stick or a network drive, check that it is connected, and that you may change the folder."
    )
    assert "Input/output error" in caplog.text


def test_a_newer_catalogue_that_cannot_be_saved_on_a_write_protected_stick_says_why(
    qapp, tmp_path, monkeypatch
):
    """A portable install on a USB stick whose write protection is on: the catalogue is not taken, and the
    message says why in words."""
    from test_catalogue import _newer_copy
    from verktoykasse.catalogue import CatalogueError, import_catalogue_file
    from verktoykasse.catalogue.loader import imported_path

    data_dir = tmp_path / "data"
    newer = _newer_copy(tmp_path)
    imported_path(data_dir).parent.mkdir(parents=True)
    refuse_writing(monkeypatch, imported_path(data_dir).parent, OSError(errno.EROFS, "Read-only file system"))
    with pytest.raises(CatalogueError) as refusal:
        import_catalogue_file(newer, data_dir)
    assert str(refusal.value) == (
        "The catalogue could not be saved in your data folder: " + REASONS["write-protected USB stick"][1]
    )
    assert not imported_path(data_dir).exists()


def test_the_workshop_invitation_on_a_full_disk_says_so_in_words(
    qtbot, start_window, database, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    import verktoykasse.ui.workshop_kit as workshop_kit
    from test_workshop_kit import run_in_kit
    from verktoykasse.storage.plans import create_plan

    with database.session() as session:
        plan_id = create_plan(session, "Inkludering 2027").id
    window = start_window()
    window.open_plan(plan_id)
    target = tmp_path / "invitasjon.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    said: list[str] = []
    monkeypatch.setattr(workshop_kit, "show_error", lambda _parent, text: said.append(text))
    refuse_writing(monkeypatch, tmp_path, OSError(errno.ENOSPC, "No space left on device"))

    run_in_kit(qtbot, window, lambda kit: kit.print_invitation_button.click())

    assert said == [f"{target} could not be written: the disk is full. Free some space and try again."]
    assert not target.exists()


def test_an_import_the_database_refuses_for_an_unknown_reason_says_where_the_details_are(database, caplog):
    """The database's own English ("disk I/O error") is for whoever helps, in the log; the user reads
    that nothing was imported and where the details are."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from verktoykasse.exchange.example_plan import example_document
    from verktoykasse.exchange.plan_json import PlanImportError, import_plan_document
    from verktoykasse.storage.plans import list_plans

    with database.session() as session:

        def refused() -> None:
            raise OperationalError("COMMIT", {}, sqlite3.OperationalError("disk I/O error"))

        session.commit = refused
        with caplog.at_level(logging.ERROR), pytest.raises(PlanImportError) as refusal:
            import_plan_document(session, example_document())
    assert str(refusal.value) == (
        "The plan could not be saved; the details are in the log file. Nothing was imported."
    )
    assert "disk I/O error" in caplog.text
    with database.session() as session:
        assert list_plans(session) == []
