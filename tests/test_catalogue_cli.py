"""``verktoykasse catalogue``: the same search from the command line, as text or JSON.

The searches run in this process; the user's language (read from the system at start) and a pipe closed
by its reader are about the process, so those start one."""

from __future__ import annotations

import json

import pytest

from safety_data import cli_here
from test_cli import run_cli

# Output and exported files follow Windows' rules here (tests/windows_rules.py).
pytestmark = pytest.mark.windows_rules


def test_a_search_without_norwegian_letters_prints_the_matching_entries(tmp_path, capsys):
    result = cli_here(capsys, "--data-dir", str(tmp_path / "data"), "catalogue", "lonnstilskudd")
    assert result.returncode == 0, result.stderr
    assert (
        "nav-midlertidig-lonnstilskudd  Midlertidig lønnstilskudd (Temporary wage subsidy)" in result.stdout
    )
    assert "https://nav.no/arbeidsgiver/midlertidig-lonnstilskudd" in result.stdout
    assert "Idébanken" not in result.stdout
    assert "official page is the authority" in result.stdout


def test_json_output_has_every_field(tmp_path, capsys):
    result = cli_here(capsys, "--data-dir", str(tmp_path / "data"), "catalogue", "mentortilskudd", "--json")
    assert result.returncode == 0, result.stderr
    entries = json.loads(result.stdout)
    assert entries[0]["id"] == "nav-mentortilskudd"  # the name match first; others mention it
    mentor = entries[0]
    for field in (
        "name", "gloss", "kind", "areas", "target_groups", "provider", "summary", "figures",
        "eligibility", "how_to_apply", "url", "phone", "email", "checked", "checked_against",
    ):  # fmt: skip
        assert field in mentor
    assert mentor["figures"][0]["valid_for"]
    assert mentor["checked"] == "2026-12-01"
    assert "nav.no/arbeidsgiver/mentor" in mentor["checked_against"]


def test_area_filter_takes_the_key_or_the_norwegian_name(tmp_path, capsys):
    by_key = cli_here(
        capsys, "--data-dir", str(tmp_path / "data"), "catalogue", "--area", "training", "--json"
    )
    by_name = cli_here(
        capsys, "--data-dir", str(tmp_path / "data"), "catalogue", "--area", "opplæringstiltak", "--json"
    )
    assert by_key.returncode == 0 and by_name.returncode == 0, by_key.stderr + by_name.stderr
    ids = [entry["id"] for entry in json.loads(by_key.stdout)]
    assert "fagbrev-pa-jobb" in ids and "ffo" not in ids
    assert json.loads(by_name.stdout) == json.loads(by_key.stdout)
    assert all("training" in entry["areas"] for entry in json.loads(by_key.stdout))


def test_an_unknown_area_is_a_message_not_a_traceback(tmp_path, capsys):
    result = cli_here(capsys, "--data-dir", str(tmp_path / "data"), "catalogue", "--area", "fiske")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "unknown area fiske" in result.stderr


def test_own_contacts_are_found_beside_the_catalogue(tmp_path, context, capsys):
    from verktoykasse.storage.contacts import add_contact

    with context.database.session() as session:
        add_contact(session, "Nav Fredrikstad", organisation="Nav", phone="69 00 00 00", areas=["support"])
    context.close()
    result = cli_here(
        capsys, "--data-dir", str(context.paths.root), "catalogue", "fredrikstad", "--area", "support"
    )
    assert result.returncode == 0, result.stderr
    assert "contact-1  Nav Fredrikstad" in result.stdout
    assert "Own contact · Nav" in result.stdout
    assert "Blå Kors" in result.stdout


def test_a_contacts_note_cannot_move_the_terminal_or_fake_a_line(tmp_path, context, capsys):
    """A note pasted (or imported with a plan file) with a terminal's escape sequences, a carriage return
    and a line break prints as one line of its letters: it cannot clear the screen or write over a line."""
    from verktoykasse.storage.contacts import add_contact

    with context.database.session() as session:
        contact = add_contact(session, "Mentor Kari", organisation="Nav")
        contact.note = "Ring\x1b[2J\x1b[H tirsdag\r\ncontact-99  Falsk oppføring\x07\u202e"
        session.commit()
    context.close()
    result = cli_here(capsys, "--data-dir", str(context.paths.root), "catalogue", "mentor kari")
    assert result.returncode == 0, result.stderr
    assert "  Ring[2J[H tirsdag contact-99 Falsk oppføring." in result.stdout.splitlines()
    assert not any(ch in result.stdout for ch in "\x1b\r\x07\u202e")


def test_the_search_speaks_the_users_language_and_writes_the_edition_as_a_date_they_read(tmp_path):
    """An advisor on a bokmål system and one who chose English both search for "mentor": each reads the
    kinds and the closing note in their language, and the edition as 22.11.2026, not 2026-11-22."""
    from verktoykasse.catalogue import load_catalogue

    edition = load_catalogue().edition.strftime("%d.%m.%Y")
    # A system language is LANG, LC_ALL and LANGUAGE together: LANGUAGE=C or LC_ALL=C left from the
    # machine would otherwise win over LANG.
    on_bokmal_system = {"LANG": "nb_NO.UTF-8", "LC_ALL": "nb_NO.UTF-8", "LANGUAGE": "nb_NO:nb"}
    bokmal = run_cli("--data-dir", str(tmp_path / "nb"), "catalogue", "mentor", env=on_bokmal_system)
    english_dir = tmp_path / "en"
    english_dir.mkdir()
    (english_dir / "settings.json").write_text('{"language": "en"}', encoding="utf-8")
    english = run_cli("--data-dir", str(english_dir), "catalogue", "mentor")
    assert bokmal.returncode == 0 and english.returncode == 0, bokmal.stderr + english.stderr
    for result in (bokmal, english):
        assert result.stdout.startswith("nav-mentortilskudd  Mentortilskudd")  # the name match first
    assert "Tilskudd · Nav" in bokmal.stdout
    assert f"Katalogutgave {edition};" in bokmal.stdout
    assert "Grant · Nav" in english.stdout
    assert f"Catalogue edition {edition};" in english.stdout


def test_piping_the_list_into_a_reader_that_stops_early_is_not_an_error(tmp_path):
    """`verktoykasse catalogue | head` printed "something went wrong (BrokenPipeError)": the reader had
    simply stopped reading. Here the reading end is closed before the program writes anything."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    read_end, write_end = os.pipe()
    os.close(read_end)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment["PYTHONPATH"] = str(Path(__file__).resolve().parents[1] / "src")
    try:
        result = subprocess.run(
            [sys.executable, "-m", "verktoykasse", "--data-dir", str(tmp_path / "data"), "catalogue"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=environment,
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert result.stderr == ""
    assert result.returncode == 0


def test_a_contacts_note_in_the_json_list_is_escaped_and_reads_back_the_same(tmp_path, context, capsys):
    """For a script: the JSON list carries the note as it is stored, with the characters a terminal obeys
    (a C1 control, a right-to-left override) written as JSON's own \\u escapes, so it reads back unchanged."""
    import json

    from verktoykasse.storage.contacts import add_contact

    note = "Ring\x9b2J tirsdag\u202e 🙂 Sámi"
    with context.database.session() as session:
        contact = add_contact(session, "Mentor Kari", organisation="Nav")
        contact.note = note
        session.commit()
    context.close()
    result = cli_here(capsys, "--data-dir", str(context.paths.root), "catalogue", "mentor kari", "--json")
    assert result.returncode == 0, result.stderr
    assert not any(ch in result.stdout for ch in "\x9b\u202e")
    assert "🙂 Sámi" in result.stdout
    (entry,) = json.loads(result.stdout)
    assert note in json.dumps(entry, ensure_ascii=False)


def test_a_search_of_only_marks_lists_every_entry_and_says_why(tmp_path, capsys):
    data_dir = str(tmp_path / "data")
    everything = cli_here(capsys, "--data-dir", data_dir, "catalogue")
    result = cli_here(capsys, "--data-dir", data_dir, "catalogue", "%_*?[(")
    assert result.returncode == 0, result.stderr
    said = result.stdout.splitlines()
    assert "The search has no letters or digits to look for, so every entry is listed." in said
    assert [line for line in said if "no letters or digits" not in line] == everything.stdout.splitlines()
