"""``verktoykasse export``: the action plan PDF without the window, with clear messages when it cannot.

One export runs as a separate process, as an advisor's script would; the others in this process."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from safety_data import cli_here
from test_cli import run_cli

# Backups, restores, quarantine and plan files follow Windows' rules here (tests/windows_rules.py).
pytestmark = pytest.mark.windows_rules


@pytest.fixture
def plan_in_data_dir(context):
    from verktoykasse.storage.plans import create_plan

    with context.database.session() as session:
        plan = create_plan(session, "Inkludering 2027 – Sámi čđŋšŧž")
        plan.org_name = "Fjordbakeriet AS"
        session.commit()
        plan_id = plan.id
    context.close()
    return context.paths.root, plan_id


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The folder the user writes the PDF to (the data folder is elsewhere)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_export_by_name_writes_a_pdf_and_prints_where(plan_in_data_dir, out):
    from pypdf import PdfReader

    data_dir, _plan_id = plan_in_data_dir
    target = out / "styremøte.pdf"
    result = run_cli(
        "--data-dir", str(data_dir), "export", "inkludering 2027 – sámi čđŋšŧž", "--pdf", str(target)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    reader = PdfReader(target)
    assert len(reader.pages) >= 3
    assert "Fjordbakeriet AS" in reader.pages[0].extract_text()
    assert [p.name for p in out.iterdir()] == ["styremøte.pdf"]  # no temporary file left


def test_export_by_id_works_too(plan_in_data_dir, out, capsys):
    data_dir, plan_id = plan_in_data_dir
    target = out / "plan.pdf"
    result = cli_here(capsys, "--data-dir", str(data_dir), "export", str(plan_id), "--pdf", str(target))
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")


def test_a_missing_plan_is_a_message_and_no_file(plan_in_data_dir, out, capsys):
    data_dir, _plan_id = plan_in_data_dir
    target = out / "plan.pdf"
    result = cli_here(capsys, "--data-dir", str(data_dir), "export", "Finnes ikke", "--pdf", str(target))
    assert result.returncode != 0
    assert result.stderr.startswith("verktoykasse: ")
    assert "Finnes ikke" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(out.iterdir()) == []


def test_an_unwritable_place_is_a_message_and_no_partial_file(plan_in_data_dir, out, capsys):
    data_dir, plan_id = plan_in_data_dir
    blocker = out / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    for target in (blocker / "plan.pdf", out / "missing" / "plan.pdf", out):
        result = cli_here(capsys, "--data-dir", str(data_dir), "export", str(plan_id), "--pdf", str(target))
        assert result.returncode != 0, target
        assert result.stderr.startswith("verktoykasse: "), result.stderr
        assert "Traceback" not in result.stderr
    assert [p.name for p in out.iterdir()] == ["not-a-folder"]


@pytest.mark.parametrize("kind", ["pdf", "xlsx", "docx", "json", "ics", "worksheets", "arp"])
def test_a_file_name_too_long_for_the_disk_is_a_sentence_about_the_name(kind, plan_in_data_dir, out, capsys):
    """A name of 300 letters (the disk allows 255), for the file or for a folder on its way: one sentence
    that says what to do, not "something went wrong"."""
    data_dir, plan_id = plan_in_data_dir
    for target in (out / ("y" * 300 + "." + kind), out / ("y" * 300) / f"plan.{kind}"):
        result = cli_here(
            capsys, "--data-dir", str(data_dir), "export", str(plan_id), f"--{kind}", str(target)
        )
        assert result.returncode == 1
        assert result.stderr == (
            f"verktoykasse: {target} could not be written: the name is too long for the disk. Choose a "
            "shorter name.\n"
        )
    assert list(out.iterdir()) == []


def test_a_program_file_missing_from_the_install_is_not_blamed_on_the_users_folder(
    plan_in_data_dir, out, capsys, monkeypatch
):
    """A bundle that lacks a template of python-docx (it happened: the Word footer's) fails to make the Word
    file; the user's folder is there, so the message must not say it is missing."""
    import verktoykasse.reports.document as document

    data_dir, plan_id = plan_in_data_dir
    template = Path(sys.prefix, "_internal", "docx", "parts", "..", "templates", "default-footer.xml")

    def missing_template(*_args, **_kwargs):
        raise FileNotFoundError(2, "No such file or directory", str(template))

    monkeypatch.setattr(document, "build_report", missing_template)
    target = out / "plan.docx"
    result = cli_here(capsys, "--data-dir", str(data_dir), "export", str(plan_id), "--docx", str(target))
    assert result.returncode == 1
    assert result.stderr == (
        f"verktoykasse: {target} could not be written: the program could not read one of its own files "
        "(default-footer.xml). Your plans are safe; install Verktøykassa again.\n"
    )
    assert list(out.iterdir()) == []


@pytest.mark.skipif(sys.platform != "linux", reason="/proc refuses new files only on Linux")
def test_a_folder_that_refuses_files_is_a_message(plan_in_data_dir, capsys):
    data_dir, plan_id = plan_in_data_dir
    result = cli_here(
        capsys, "--data-dir", str(data_dir), "export", str(plan_id), "--pdf", "/proc/verktoykasse.pdf"
    )
    assert result.returncode == 1
    assert result.stderr.startswith("verktoykasse: /proc/verktoykasse.pdf could not be written")
    assert not Path("/proc/verktoykasse.pdf").exists()


def test_pdf_and_json_cannot_be_asked_for_together(plan_in_data_dir, out, capsys):
    data_dir, plan_id = plan_in_data_dir
    result = cli_here(
        capsys,
        "--data-dir",
        str(data_dir),
        "export",
        str(plan_id),
        "--pdf",
        str(out / "a.pdf"),
        "--json",
        str(out / "a.json"),
    )
    assert result.returncode != 0
    assert "not allowed with" in result.stderr
    assert list(out.iterdir()) == []


def test_json_export_writes_the_plan_file(plan_in_data_dir, out, capsys):
    import json

    data_dir, plan_id = plan_in_data_dir
    target = out / "plan.json"
    result = cli_here(capsys, "--data-dir", str(data_dir), "export", str(plan_id), "--json", str(target))
    assert result.returncode == 0, result.stderr
    assert "Inkludering 2027 – Sámi čđŋšŧž" in json.dumps(
        json.loads(target.read_text(encoding="utf-8")), ensure_ascii=False
    )


def test_a_file_name_with_an_escape_or_a_right_to_left_override_is_printed_as_it_is_not_obeyed(
    plan_in_data_dir, out, capsys
):
    """A name copied from a hostile e-mail: the file is written under that very name, and where it went is
    printed with the escape and the override shown (``\\x1b``, ``\\u202e``), so the terminal is not cleared
    and "fdp.json" does not show as "nosj.pdf". Letters of every script stay as they are."""
    data_dir, plan_id = plan_in_data_dir
    target = out / "Sámi čđŋ 👨\u200d👩\u200d👧 rapport\x1b[2J\u202efdp.json"
    result = cli_here(capsys, "--data-dir", str(data_dir), "export", str(plan_id), "--json", str(target))
    assert result.returncode == 0, result.stderr
    assert target.exists()
    shown = "Sámi čđŋ 👨\u200d👩\u200d👧 rapport\\x1b[2J\\u202efdp.json"
    assert result.stdout.splitlines()[-1].endswith(shown)
    assert not any(ch in result.stdout for ch in "\x1b\u202e")


def test_a_missing_folder_with_an_escape_in_its_name_is_named_with_the_escape_shown(
    plan_in_data_dir, out, capsys
):
    data_dir, plan_id = plan_in_data_dir
    target = out / "ny\x1b]0;hacked\x07mappe\nverktoykasse: falsk linje" / "plan.json"
    result = cli_here(capsys, "--data-dir", str(data_dir), "export", str(plan_id), "--json", str(target))
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()  # one line: the line break in the name is shown, not made
    assert line.startswith("verktoykasse: the folder ")
    assert "ny\\x1b]0;hacked\\x07mappe\\nverktoykasse: falsk linje" in line
    assert not any(ch in result.stderr for ch in "\x1b\x07")
