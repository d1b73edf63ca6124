"""``verktoykasse due``: what is due across all plans, for a scheduled task or a morning e-mail."""

from __future__ import annotations

import json
import subprocess
import sys

from test_followup_now import add_bakery_plan


def due(data_dir, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "verktoykasse", "--data-dir", str(data_dir), "due", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_due_prints_the_same_lines_as_now_and_exits_0(qapp, data_dir, context):
    add_bakery_plan(context.database)
    context.close()
    result = due(data_dir, "--today", "2027-03-15")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Bakeriet 2027"
    assert (
        "  - 28.02.2027  Time to measure “Lærlinger” (goal “Flere lærlinger”), due since 28.02.2027"
        not in lines
    )
    assert (
        "  ! 28.02.2027  Time to measure “Lærlinger” (goal “Flere lærlinger”), due since 28.02.2027" in lines
    )
    assert (
        "  ! 01.03.2027  Milestone “Mentor valgt” of “Mentor for nye bakere”, overdue since 01.03.2027"
        in lines
    )
    assert "  - 01.04.2027  Report to the board on 01.04.2027" in lines


def test_due_as_json_for_scripts_and_a_longer_look_ahead(qapp, data_dir, context):
    add_bakery_plan(context.database)
    context.close()
    result = due(data_dir, "--today", "2027-03-15", "--days", "200", "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["today"] == "2027-03-15" and document["days"] == 200
    (plan,) = document["plans"]
    kinds = [(item["kind"], item["title"], item["due"], item["overdue"]) for item in plan["items"]]
    assert ("milestone", "Første samtale", "2027-09-01", False) in kinds  # 1 September is within 200 days
    assert ("measurement", "Lærlinger", "2027-02-28", True) in kinds
    assert document["count"] == len(plan["items"])


def test_due_with_no_plans_or_nothing_due_says_so_and_exits_0(qapp, data_dir, context):
    from verktoykasse.storage.plans import create_plan

    with context.database.session() as session:
        create_plan(session, "Sommerjobb")
        session.commit()
    context.close()
    result = due(data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["Sommerjobb", "  Nothing due in the next 30 days."]
    assert due(data_dir, "--days", "-1").returncode == 2  # a mistake in the command line itself


def test_a_name_stored_with_an_escape_character_is_shown_not_obeyed(qapp, data_dir, context, capsys):
    """A plan and a milestone named by an older version, before names were cleaned: the morning list shows
    the escape character and the right-to-left override as \\x1b and \\u202e, on lines of their own."""
    from sqlalchemy import text

    from safety_data import cli_here

    plan_id = add_bakery_plan(context.database)
    with context.database.session() as session:  # as an older version wrote them: not cleaned
        session.execute(
            text("UPDATE plan SET name = :name WHERE id = :id"),
            {"name": "Bakeriet\x1b[2J 2027\u202e", "id": plan_id},
        )
        session.execute(
            text("UPDATE milestone SET title = :title WHERE title = 'Mentor valgt'"),
            {"title": "Mentor\r\x1b[1A valgt"},
        )
        session.commit()
    context.close()
    result = cli_here(capsys, "--data-dir", str(data_dir), "due", "--today", "2027-03-15")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Bakeriet\\x1b[2J 2027\\u202e"
    assert any("Milestone “Mentor\\r\\x1b[1A valgt” of" in line for line in lines)
    assert not any(ch in result.stdout for ch in "\x1b\r\u202e")


def test_the_json_for_scripts_carries_a_stored_name_as_it_is(qapp, data_dir, context, capsys):
    """A name an older version stored with a delete character and an override: the JSON escapes them its
    own way (\\u007f, \\u202e), so a script reads back exactly the stored name."""
    from sqlalchemy import text

    from safety_data import cli_here

    name = "Bakeriet\x7f\x1b[2J 2027\u202e 🙂"
    plan_id = add_bakery_plan(context.database)
    with context.database.session() as session:  # as an older version wrote it: not cleaned
        session.execute(text("UPDATE plan SET name = :name WHERE id = :id"), {"name": name, "id": plan_id})
        session.commit()
    context.close()
    result = cli_here(capsys, "--data-dir", str(data_dir), "due", "--today", "2027-03-15", "--json")
    assert result.returncode == 0, result.stderr
    assert not any(ch in result.stdout for ch in "\x7f\x1b\u202e")
    assert json.loads(result.stdout)["plans"][0]["name"] == name


def test_the_day_to_count_from_is_typed_the_norwegian_way_too(qapp, data_dir, context, capsys):
    """Kari types the day as she does in the program, 15.03.2027; a day that does not exist is a sentence
    about the date, exit 2, and nothing is listed."""
    from safety_data import cli_here

    add_bakery_plan(context.database)
    context.close()
    iso = cli_here(capsys, "--data-dir", str(data_dir), "due", "--today", "2027-03-15")
    norwegian = cli_here(capsys, "--data-dir", str(data_dir), "due", "--today", "15.03.2027")
    assert norwegian.returncode == 0, norwegian.stderr
    assert norwegian.stdout == iso.stdout and "Bakeriet 2027" in norwegian.stdout

    wrong = cli_here(capsys, "--data-dir", str(data_dir), "due", "--today", "31.02.2027")
    assert wrong.returncode == 2
    assert "Traceback" not in wrong.stderr and "31" in wrong.stderr and wrong.stdout == ""
