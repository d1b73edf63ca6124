"""The command-line face. Most tests run the command in this process (``safety_data.cli_here``, seconds
faster); ``run_cli`` starts ``python -m verktoykasse`` as a separate process exactly as an advisor would,
for the few tests that are about the process itself."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from safety_data import cli_here, run_cli_here
from verktoykasse import __version__

# Output and exported files follow Windows' rules here (tests/windows_rules.py).
pytestmark = pytest.mark.windows_rules


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    src = str(Path(__file__).resolve().parents[1] / "src")
    environment["PYTHONPATH"] = src + os.pathsep + environment.get("PYTHONPATH", "")
    return subprocess.run(
        [sys.executable, "-m", "verktoykasse", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


def test_version_comes_from_the_one_source():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"verktoykasse {__version__}"


def test_plans_lists_id_and_name_in_the_data_dir_given(tmp_path, context, capsys):
    from verktoykasse.storage.plans import create_plan

    with context.database.session() as session:
        first = create_plan(session, "Inkludering 2027").id
        second = create_plan(session, "Neste runde – Sámi čđŋšŧž").id
    context.close()

    result = cli_here(capsys, "--data-dir", str(context.paths.root), "plans")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert sorted(lines) == sorted([f"{first}\tInkludering 2027", f"{second}\tNeste runde – Sámi čđŋšŧž"])


def test_environment_variable_chooses_the_data_folder(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "usb-stick"
    monkeypatch.setenv("VERKTOYKASSE_DATA_DIR", str(folder))
    result = cli_here(capsys, "plans")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert (folder / "verktoykasse.sqlite3").exists()


def test_data_dir_option_wins_over_the_environment(tmp_path, monkeypatch, capsys):
    chosen = tmp_path / "chosen"
    ignored = tmp_path / "ignored"
    monkeypatch.setenv("VERKTOYKASSE_DATA_DIR", str(ignored))
    result = cli_here(capsys, "--data-dir", str(chosen), "plans")
    assert result.returncode == 0, result.stderr
    assert (chosen / "verktoykasse.sqlite3").exists()
    assert not ignored.exists()


def test_an_unusable_data_folder_gives_a_message_not_a_traceback(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = cli_here(capsys, "--data-dir", str(blocker / "data"), "plans")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("verktoykasse: ")


def test_a_data_folder_that_cannot_even_be_found_gives_a_message_not_a_traceback(
    tmp_path, capsys, monkeypatch
):
    """0.1.0's data in the roaming folder is moved to the local one before the command runs; when that
    move fails, the command names the folder asked for instead of failing again in its own handler."""
    import errno

    from verktoykasse import cli, paths

    def cannot_move(_data_dir=None):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(paths, "resolve_data_dir", cannot_move)
    asked = tmp_path / "data"
    assert cli.main(["--data-dir", str(asked), "plans"]) == 1
    error = capsys.readouterr().err
    assert error.startswith("verktoykasse: ") and str(asked) in error and "cannot be written to" in error


def test_a_file_that_is_not_a_database_gives_a_message_not_a_traceback(tmp_path, capsys):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "verktoykasse.sqlite3").write_bytes(b"this is not sqlite at all" * 100)
    result = cli_here(capsys, "--data-dir", str(folder), "plans")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("verktoykasse: ")


class _ConsoleThatStaysCp1252(io.TextIOWrapper):
    """A Norwegian Windows console whose code page cannot be switched to UTF-8 (a wrapper that refuses)."""

    def reconfigure(self, *args: object, **kwargs: object) -> None:
        raise io.UnsupportedOperation("reconfigure")


def test_names_print_on_a_cp1252_console_with_a_question_mark_for_a_letter_it_lacks(
    context, capsys, monkeypatch
):
    """The list of plans on a console that speaks only cp1252: letters it has are printed as they are, the
    others as "?", and the command ends well instead of with a UnicodeEncodeError."""
    from verktoykasse.storage.plans import create_plan

    with context.database.session() as session:
        plan_id = create_plan(session, "Åsen bakeri – Sámi čđŋ 🙂").id
    context.close()
    console = _ConsoleThatStaysCp1252(io.BytesIO(), encoding="cp1252", newline="")
    monkeypatch.setattr(sys, "stdout", console)
    code, _out, err = run_cli_here(capsys, "--data-dir", str(context.paths.root), "plans")
    assert code == 0, err
    console.flush()
    assert console.buffer.getvalue().decode("cp1252") == f"{plan_id}\tÅsen bakeri – Sámi ??? ?\n"


def test_a_name_stored_with_an_escape_character_is_shown_not_obeyed(context, capsys):
    """A plan named by an older version, before names were cleaned: the list shows its escape character
    and right-to-left override as \\x1b and \\u202e (the terminal is not cleared, and support can see
    what the name holds); the tab between id and name stays the only tab."""
    from sqlalchemy import text

    from verktoykasse.storage.plans import create_plan

    with context.database.session() as session:
        plan_id = create_plan(session, "Bakeri").id
        session.execute(  # as an older version wrote it: not cleaned
            text("UPDATE plan SET name = :name WHERE id = :id"),
            {"name": "Bakeri\x1b[2J\u202efdp.exe", "id": plan_id},
        )
        session.commit()
    context.close()
    result = cli_here(capsys, "--data-dir", str(context.paths.root), "plans")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{plan_id}\tBakeri\\x1b[2J\\u202efdp.exe\n"


def test_an_argument_with_an_escape_character_is_quoted_with_the_escape_shown(tmp_path, capsys):
    result = cli_here(capsys, "--data-dir", str(tmp_path / "data"), "plans", "\x1b[2J\u202eextra")
    assert result.returncode == 2
    assert "\\x1b[2J\\u202eextra" in result.stderr
    assert not any(ch in result.stderr for ch in "\x1b\u202e")


def test_a_data_folder_given_with_an_escape_in_its_name_is_named_with_the_escape_shown(tmp_path, capsys):
    blocker = tmp_path / "fil\x1b[2J\u202e"
    blocker.write_text("not a folder", encoding="utf-8")
    result = cli_here(capsys, "--data-dir", str(blocker), "plans")
    assert result.returncode == 1
    assert "fil\\x1b[2J\\u202e" in result.stderr
    assert not any(ch in result.stderr for ch in "\x1b\u202e")


def test_without_a_console_help_and_a_mistyped_command_end_quietly(tmp_path, capsys, monkeypatch):
    """Started from a shortcut as a windowed program there are no output streams at all (``None``): the
    help and argparse's complaint are written nowhere, and nothing ends in an AttributeError."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert run_cli_here(capsys, "--help")[0] == 0
    assert run_cli_here(capsys, "--data-dir", str(tmp_path / "data"), "plans", "\x1b[2J")[0] == 2
