"""A whole plan travels as a JSON file: out, in, and out again unchanged; bad files change nothing."""

from __future__ import annotations

import copy
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from benchmarks.sample_plans import add_large_plan

from safety_data import HOSTILE_TEXTS, TABLES, add_full_plan, run_cli_here
from test_cli import run_cli
from verktoykasse import __version__
from verktoykasse.domain.lines import one_line
from verktoykasse.domain.plan_description import CONTACT, PLAN, Table
from verktoykasse.exchange import fields as f
from verktoykasse.exchange.example_plan import add_example_plan
from verktoykasse.exchange.plan_json import (
    PlanImportError,
    dumps,
    export_plan_file,
    import_plan_file,
    parse_plan_bytes,
    plan_document,
)
from verktoykasse.exchange.schema import FORMAT_VERSION
from verktoykasse.exchange.upgrades import FIRST_VERSION, UPGRADES, upgrade
from verktoykasse.storage.db import open_database
from verktoykasse.storage.models import Contact, Plan

# Backups, restores, quarantine and plan files follow Windows' rules here (tests/windows_rules.py).
pytestmark = pytest.mark.windows_rules

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "plans").glob("v*-format-*.json"))


BOARD_PACK = (
    "report_language",
    "hourly_cost",
    "holiday_pay_percent",
    "pension_percent",
    "contribution_percent",
    "approved_on",
    "approved_by",
    "board_decisions",
)


def without_board_pack(plan: dict) -> dict:
    """A plan document without what format 5 added (issue 14: the board's decision pack)."""
    plan = {key: value for key, value in plan.items() if key not in BOARD_PACK}
    plan["measures"] = [
        {key: value for key, value in measure.items() if key != "planned_hires"}
        for measure in plan["measures"]
    ]
    return plan


def database_fingerprint(path) -> str:
    """Every row of every table, so a test can say "nothing changed"."""
    con = sqlite3.connect(path)
    digest = hashlib.sha256()
    for table in TABLES:
        for row in con.execute(f"SELECT * FROM {table} ORDER BY rowid"):
            digest.update(repr(row).encode())
    con.close()
    return digest.hexdigest()


@pytest.mark.both_engines
def test_export_then_import_into_an_empty_folder_then_export_gives_the_same_file(database, tmp_path):
    with database.session() as session:
        plan = add_full_plan(session)
        first = export_plan_file(session, plan, tmp_path / "plan.json")

    other = open_database(tmp_path / "other" / "verktoykasse.sqlite3")
    with other.session() as session:
        imported = import_plan_file(session, first)
        second = export_plan_file(session, imported, tmp_path / "again.json")
    other.close()

    assert first.read_bytes() == second.read_bytes()
    document = json.loads(first.read_text(encoding="utf-8"))
    assert document["format_version"] == FORMAT_VERSION
    assert document["program_version"] == __version__
    measure = document["plan"]["measures"][0]
    assert measure["goals"] == ["goal-1", "goal-2"]
    assert measure["resources"] == [{"catalogue_entry": "nav-arbeidstrening"}, {"contact": "contact-1"}]
    assert document["contacts"][0]["name"] == "Kari Nordmann"
    assert document["plan"]["goals"][0]["gap"] == "gap-1"


@pytest.mark.both_engines
def test_importing_next_to_existing_plans_keeps_both_and_reuses_a_known_contact(database, tmp_path):
    with database.session() as session:
        plan = add_full_plan(session)
        path = export_plan_file(session, plan, tmp_path / "plan.json")
        imported = import_plan_file(session, path)
        assert imported.name == "Inkluderingsplan 2027 (2)"
        assert session.query(Contact).count() == 1
        assert session.query(Plan).count() == 2
        assert imported.measures[0].resources_used[1].contact.name == "Kari Nordmann"


@pytest.mark.both_engines
def test_the_cli_imports_a_plan_file(context, tmp_path, capsys):
    with context.database.session() as session:
        path = export_plan_file(session, add_full_plan(session), tmp_path / "plan.json")
    context.close()
    target = tmp_path / "new-data"
    code, out, err = run_cli_here(capsys, "--data-dir", str(target), "import", str(path))
    assert code == 0, err
    assert "Inkluderingsplan 2027" in out
    _code, listing, _err = run_cli_here(capsys, "--data-dir", str(target), "plans")
    assert "Inkluderingsplan 2027" in listing


def test_the_cli_refuses_a_bad_file_with_a_message(context, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "verktoykasse-plan", "format_version": 1, "plan": ', encoding="utf-8")
    with context.database.session() as session:  # a data folder with a plan in it
        add_full_plan(session)
    context.close()
    before = database_fingerprint(context.paths.database)
    result = run_cli("--data-dir", str(context.paths.root), "import", str(bad))  # a real process
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "not a Verktøykassa plan file" in result.stderr
    assert database_fingerprint(context.paths.database) == before


@pytest.fixture(scope="module")
def shared_database(tmp_path_factory):
    """One database for the many refusal tests: each proves it is left exactly as it was."""
    database = open_database(tmp_path_factory.mktemp("shared") / "verktoykasse.sqlite3")
    yield database
    database.close()


@pytest.fixture(scope="module")
def exported(shared_database):
    with shared_database.session() as session:
        return plan_document(add_full_plan(session))


def mutate(document, change):
    changed = copy.deepcopy(document)
    change(changed)
    return dumps(changed).encode("utf-8")


HOSTILE_FILES = {
    "truncated": lambda d: dumps(d).encode()[:500],
    "empty": lambda d: b"",
    "not-json": lambda d: b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
    "latin-1": lambda d: dumps(d).encode("latin-1", errors="replace").replace(b"{", b"{\xe6", 1),
    "array": lambda d: b"[1, 2, 3]",
    "deeply-nested": lambda d: (
        b'{"format": "verktoykasse-plan", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    ),
    "nested-in-field": lambda d: mutate(d, lambda x: x["plan"].update(org_name=[[[[[[["deep"]]]]]]])),
    "newer-format": lambda d: mutate(
        d, lambda x: x.update(format_version=FORMAT_VERSION + 1, program_version="9.0")
    ),
    "format-zero": lambda d: mutate(d, lambda x: x.update(format_version=0)),
    "format-as-text": lambda d: mutate(d, lambda x: x.update(format_version="1")),
    "wrong-format": lambda d: mutate(d, lambda x: x.update(format="something-else")),
    "number-as-text": lambda d: mutate(d, lambda x: x["plan"].update(employees="23")),
    "text-as-number": lambda d: mutate(d, lambda x: x["plan"]["goals"][0].update(title=5)),
    "bool-as-score": lambda d: mutate(d, lambda x: x["plan"]["gaps"][0].update(current_score=True)),
    "score-out-of-range": lambda d: mutate(d, lambda x: x["plan"]["gaps"][0].update(current_score=99)),
    "unknown-status": lambda d: mutate(d, lambda x: x["plan"]["measures"][0].update(status="hacked")),
    "impossible-date": lambda d: mutate(d, lambda x: x["plan"].update(workshop_date="2027-02-30")),
    "dangling-gap": lambda d: mutate(d, lambda x: x["plan"]["goals"][0].update(gap="gap-99")),
    "dangling-goal": lambda d: mutate(d, lambda x: x["plan"]["measures"][0].update(goals=["goal-42"])),
    "dangling-contact": lambda d: mutate(
        d, lambda x: x["plan"]["measures"][0].update(resources=[{"contact": "contact-7"}])
    ),
    "duplicate-ids": lambda d: mutate(d, lambda x: x["plan"]["gaps"][1].update(id="gap-1")),
    "duplicate-resource": lambda d: mutate(
        d, lambda x: x["plan"]["measures"][0]["resources"].append({"catalogue_entry": "nav-arbeidstrening"})
    ),
    "database-id-injected": lambda d: mutate(d, lambda x: x["plan"].update(id=1)),
    "missing-field": lambda d: mutate(d, lambda x: x["plan"].pop("org_name")),
    "name-too-long": lambda d: mutate(d, lambda x: x["plan"].update(name="n" * 201)),
    "blank-name": lambda d: mutate(d, lambda x: x["plan"].update(name="   ")),
    "huge-text": lambda d: mutate(d, lambda x: x["plan"].update(org_name="x" * (f.MAX_TEXT + 1))),
    "too-many-rows": lambda d: mutate(
        d, lambda x: x["plan"].update(lessons=[{"text": "", "carry_forward": False}] * (f.MAX_ROWS + 1))
    ),
    "lone-surrogate": lambda d: dumps(d).replace("Bakeriet", "\\ud800Bakeriet", 1).encode(),
    "nan": lambda d: dumps(d).replace('"cost_nok": 12500.5', '"cost_nok": NaN', 1).encode(),
    "infinity": lambda d: dumps(d).replace('"cost_nok": 12500.5', '"cost_nok": 1e999', 1).encode(),
    "duplicate-key": lambda d: dumps(d).replace('"org_name"', '"org_name": "a", "org_name"', 1).encode(),
    "zip-renamed": lambda d: b"PK\x03\x04\x14\x00\x06\x00" + dumps(d).encode() + b"PK\x05\x06" + bytes(18),
    "nul-inside": lambda d: dumps(d).encode().replace(b'"Bakeriet', b'"\x00Bakeriet', 1),
    "utf-16-without-bom": lambda d: dumps(d).encode("utf-16-le"),
    "nan-as-text": lambda d: dumps(d).replace('"cost_nok": 12500.5', '"cost_nok": "NaN"', 1).encode(),
    "date-as-typed": lambda d: mutate(d, lambda x: x["plan"].update(workshop_date="31.02.2027")),
    "date-31-february": lambda d: mutate(d, lambda x: x["plan"].update(workshop_date="2027-02-31")),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE_FILES))
def test_a_hostile_or_broken_file_is_refused_and_changes_nothing(kind, exported, shared_database, tmp_path):
    path = tmp_path / "hostile.json"
    hostile = HOSTILE_FILES[kind](exported)
    assert hostile != dumps(exported).encode("utf-8")  # the spoiling really changed the good file
    path.write_bytes(hostile)
    before = database_fingerprint(shared_database.path)
    with shared_database.session() as session, pytest.raises(PlanImportError) as caught:
        import_plan_file(session, path)
    message = str(caught.value)
    assert message and len(message) < 600 and "Traceback" not in message
    assert database_fingerprint(shared_database.path) == before


@pytest.mark.parametrize(
    ("saved_as", "encode"),
    [
        ("UTF-8 with a byte-order mark", lambda text: b"\xef\xbb\xbf" + text.encode("utf-8")),
        ("Unicode (UTF-16, little-endian)", lambda text: text.encode("utf-16")),
        ("Unicode big endian", lambda text: b"\xfe\xff" + text.encode("utf-16-be")),
    ],
)
def test_a_plan_file_saved_again_by_notepad_imports_whole(saved_as, encode, exported, database, tmp_path):
    """Opened in Notepad and saved "as Unicode": the same plan, every letter (æøå, Sami, emoji) kept."""
    path = tmp_path / "lagret-på-nytt.json"
    path.write_bytes(encode(dumps(exported)))
    with database.session() as session:
        plan = import_plan_file(session, path)
        assert plan_document(plan)["plan"] == plan_document_as_imported(exported, plan.name)


def plan_document_as_imported(document: dict, name: str) -> dict:
    """The document's plan as an import of it exports again (the name may have a number added)."""
    plan = copy.deepcopy(document["plan"])
    plan["name"] = name
    return plan


def test_a_newer_file_says_which_version_to_install(exported):
    with pytest.raises(PlanImportError, match=r"newer version of Verktøykassa \(9\.0\)"):
        parse_plan_bytes(HOSTILE_FILES["newer-format"](exported))


def rows_of_every_table(plan: Plan) -> dict[str, list]:
    """Every row of the plan (and the contacts its measures use), by table, walking the description."""
    found: dict[str, list] = {}

    def walk(table: Table, row) -> None:
        found.setdefault(table.name, []).append(row)
        for child in table.children:
            for item in getattr(row, child.attribute):
                walk(child, item)

    walk(PLAN, plan)
    found[CONTACT.name] = [r.contact for m in plan.measures for r in m.resources_used if r.contact]
    return found


@pytest.mark.both_engines
def test_hostile_text_in_every_text_field_saves_reloads_and_exports_unchanged(database, tmp_path):
    """100,000 characters, control characters, NUL, emoji, right-to-left, SQL and markup.

    Multi-line text keeps every character; one-line fields (``storage.one_line_fields``) lose line breaks,
    controls and bidi overrides, the same way when saved, exported and imported again. A server cannot
    store NUL, the one character nobody can type: there it is dropped and everything else kept.
    """
    for n, hostile in enumerate(HOSTILE_TEXTS):
        if database.is_server:
            hostile = hostile.replace("\x00", "")
        with database.session() as session:
            plan = add_full_plan(session, name=f"Plan {n}")
            rows = rows_of_every_table(plan)
            described = [*PLAN.walk(), CONTACT]
            assert [t.name for t in described if not rows.get(t.name)] == []  # every table is touched
            for table in described:
                for row in rows[table.name]:
                    for field in table.fields:
                        if field.kind == "text":
                            setattr(row, field.name, hostile)
            session.commit()
            plan_id = plan.id
            expected = dumps(plan_document(plan))
        with database.session() as session:  # reloaded from disk
            again = session.get(Plan, plan_id)
            assert again.problem_statement == hostile
            assert again.measures[0].resources_used[1].contact.note == hostile
            path = export_plan_file(session, again, tmp_path / f"hostile-{n}.json")
            assert path.read_text(encoding="utf-8") == expected
            imported = import_plan_file(session, path)
            assert imported.goals[0].kpis[0].measurements[0].note == one_line(hostile)  # a one-line field
            assert imported.name == f"Plan {n} (2)"  # the same name is taken: the import gets a number
            imported.name = f"Plan {n}"
            assert dumps(plan_document(imported)) == expected


@pytest.mark.both_engines
def test_the_example_plan_travels_unchanged_too(database, tmp_path):
    with database.session() as session:
        plan = add_example_plan(session)
        first = export_plan_file(session, plan, tmp_path / "example.json")
    other = open_database(tmp_path / "other" / "verktoykasse.sqlite3")
    with other.session() as session:
        second = export_plan_file(session, import_plan_file(session, first), tmp_path / "again.json")
    other.close()
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.both_engines
def test_the_cli_exports_a_plan_file_that_imports_back(context, tmp_path, capsys):
    with context.database.session() as session:
        plan_id = add_full_plan(session).id
    context.close()
    target = tmp_path / "plan.json"
    server = ("--database-url", context.database_url) if context.database_url else ()
    code, _out, err = run_cli_here(
        capsys, "--data-dir", str(context.paths.root), *server, "export", str(plan_id), "--json", str(target)
    )
    assert code == 0, err
    code, _out, err = run_cli_here(capsys, "--data-dir", str(tmp_path / "elsewhere"), "import", str(target))
    assert code == 0, err


def test_a_plan_file_that_cannot_be_written_is_explained(database, tmp_path):
    from verktoykasse.exchange.plan_json import PlanExportError

    with database.session() as session:
        plan = add_full_plan(session)
        with pytest.raises(PlanExportError, match="could not be written"):
            export_plan_file(session, plan, tmp_path / "no-such-folder" / "plan.json")


@pytest.mark.both_engines
def test_a_large_plan_travels_unchanged(database, tmp_path):
    with database.session() as session:
        plan = add_large_plan(session, goals=30, measures=100, months=24)
        first = export_plan_file(session, plan, tmp_path / "large.json")
    other = open_database(tmp_path / "other" / "verktoykasse.sqlite3")
    with other.session() as session:
        second = export_plan_file(session, import_plan_file(session, first), tmp_path / "again.json")
    other.close()
    assert first.read_bytes() == second.read_bytes()
    assert len(json.loads(first.read_text(encoding="utf-8"))["plan"]["measures"]) == 100


# -- plan files of released versions ------------------------------------------------------------------------
def test_there_are_fixtures_of_the_first_released_format():
    assert {p.name for p in FIXTURES} >= {"v0.1.0-format-1-full.json", "v0.1.0-format-1-example.json"}


# Fields added since whose value in an old file is not empty: format 6's equality duty (a private
# employer that was not asked and does not document the work).
ADDED_DEFAULTS = {"employer_sector": "private", "arp_requested": False, "arp_document": False}


def without_added_empty_fields(new: object, old: object) -> object:
    """``new`` without the keys ``old`` lacks whose value is empty ("", None, []) or an added field's
    default, at every depth."""
    if isinstance(new, dict) and isinstance(old, dict):
        return {
            key: without_added_empty_fields(value, old.get(key))
            for key, value in new.items()
            if key in old
            or (value not in ("", None, []) and not (key in ADDED_DEFAULTS and ADDED_DEFAULTS[key] == value))
        }
    if isinstance(new, list) and isinstance(old, list) and len(new) == len(old):
        return [without_added_empty_fields(a, b) for a, b in zip(new, old, strict=True)]
    return new


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_a_plan_file_of_a_released_version_imports_with_every_value(fixture, tmp_path):
    """The file as a user has it on disk: every value in it comes back out of the new database."""
    on_disk = json.loads(fixture.read_text(encoding="utf-8"))
    database = open_database(tmp_path / "verktoykasse.sqlite3")
    with database.session() as session:
        imported = import_plan_file(session, fixture)
        again = plan_document(imported)
    database.close()

    assert on_disk["format_version"] < FORMAT_VERSION or FORMAT_VERSION == FIRST_VERSION
    assert again["format_version"] == FORMAT_VERSION
    expected = upgrade(copy.deepcopy(on_disk))
    expected["program_version"] = __version__
    assert again == expected
    # Nothing the 0.1.0 user wrote is lost or changed by the upgrade, apart from what it is for; fields
    # added since (format 3: the workshop's e-mail, dots, time and place; format 4: a measure's
    # recurrence and the times it was held; format 5: the board's decision pack; format 6: the equality
    # duty) come in empty.
    assert without_added_empty_fields(without_board_pack(again["plan"]), on_disk["plan"]) == on_disk["plan"]
    assert len(again["contacts"]) == len(on_disk["contacts"])


def test_a_0_1_0_contact_of_the_kind_nobody_knows_comes_in_as_an_actor(tmp_path):
    """0.1.0 gave a contact made without a kind the kind "contact"; format 2 calls it an actor."""
    full = next(p for p in FIXTURES if p.name == "v0.1.0-format-1-full.json")
    document = json.loads(full.read_text(encoding="utf-8"))
    document["contacts"][0]["kind"] = "contact"
    checked = parse_plan_bytes(dumps(document).encode("utf-8"))
    assert checked["format_version"] == FORMAT_VERSION
    assert checked["contacts"][0]["kind"] == "actor"


def test_every_format_change_has_one_documented_upgrade_in_order():
    assert sorted(UPGRADES) == list(range(FIRST_VERSION + 1, FORMAT_VERSION + 1))
    for version, step in UPGRADES.items():
        assert step.__name__ == f"upgrade_to_{version}"
        assert step.__doc__ and f"Format {version}" in step.__doc__


def test_an_upgrade_does_not_trip_over_a_broken_file():
    """Upgrades run before the schema check, so they meet whatever a file holds; the check refuses it."""
    for broken in (
        {"format_version": 1, "contacts": "nonsense"},
        {"format_version": 1, "contacts": [3, None]},
    ):
        assert upgrade(copy.deepcopy(broken))["format_version"] == FORMAT_VERSION
