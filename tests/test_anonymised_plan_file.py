"""The plan file for an adviser, marked as anonymised, names nobody.

The bakery's owner sends the plan to an adviser with *Export for an adviser (anonymised)…* or
``verktoykasse export PLAN --json FILE --anonymised``. Names were typed all over the plan: the
participants, the contact person, the owners and the responsible of measures, who measures a KPI, who
approved the plan and who is responsible for equality, who met with the employees' representatives — and
some of them again in free text. The adviser's file carries the plan's work but none of those names:
persons become "Person 1", "Participant 1", "Representative 1"; e-mail addresses and phone numbers are
gone; notes about people are marked as left out; a role ("Daglig leder") stays, as does the business.
"""

from __future__ import annotations

import json
import re

import pytest

from safety_data import HOSTILE_TEXTS, add_full_plan, run_cli_here

# Every person's name typed in the plan below, and the parts a text may mention them by.
NAMES = ["Ola Sørensen", "Aisha", "Kari Nordmann", "Per Hansen", "Lise Berg", "Jonas Ødegård"]
NAME_PARTS = ["Ola", "Sørensen", "Kari", "Nordmann", "Per", "Hansen", "Lise", "Berg", "Jonas", "Ødegård"]


def bakery_with_names(session) -> int:
    """The realistic bakery of ``safety_data``, with names in every "who" field and in free text."""
    plan = add_full_plan(session)
    plan.org_name = "Fjordbakeriet AS"
    plan.problem_statement = "Kari Nordmann og Aisha sa i verkstedet at nattskiftet er tungt."
    plan.approved_by = "Styret ved Lise Berg"
    plan.arp_responsible = "Lise Berg"
    plan.participants.append(plan.participants[0].__class__(name="Jonas Ødegård", kind="other", position=3))
    measure = plan.measures[0]
    measure.owner, measure.responsible = "Per Hansen", "Lise Berg"
    measure.description = "Per følger opp; OLA SØRENSEN tar over i juli."
    measure.what_was_done = "Jonas   Ødegård startet i mars"  # spaces as typed
    plan.goals[0].kpis[0].measured_by = "Per Hansen"
    plan.lessons[0].text = "Start tidlig med Nav, sier Kari."
    plan.arp_risks[0].cause = "Bare via venner av Per"
    session.commit()
    return plan.id


def mentions(text: str, name: str) -> bool:
    words = r"\s+".join(map(re.escape, name.split()))
    return re.search(rf"(?<!\w){words}(?!\w)", text, re.IGNORECASE) is not None


@pytest.fixture
def plan_id(database) -> int:
    with database.session() as session:
        return bakery_with_names(session)


def test_the_adviser_s_file_names_none_of_the_persons_typed_anywhere_in_the_plan(
    context, plan_id, tmp_path, capsys
):
    root = str(context.paths.root)
    code, _out, err = run_cli_here(
        capsys, "--data-dir", root, "export", str(plan_id), "--json", str(tmp_path / "full.json")
    )
    assert code == 0, err
    full = (tmp_path / "full.json").read_text(encoding="utf-8")
    assert all(mentions(full, name) for name in NAMES)  # the plan really has them all

    code, _out, err = run_cli_here(
        capsys,
        "--data-dir",
        root,
        "export",
        str(plan_id),
        "--json",
        str(tmp_path / "adviser.json"),
        "--anonymised",
    )
    assert code == 0, err
    text = (tmp_path / "adviser.json").read_text(encoding="utf-8")
    assert [name for name in NAMES + NAME_PARTS if mentions(text, name)] == []
    assert "@" not in text and "90000000" not in text  # no e-mail address, no phone number

    document = json.loads(text)
    plan = document["plan"]
    assert document["anonymised"] is True
    # Persons are placeholders: the same person the same placeholder; roles and the business stay.
    assert [p["name"] for p in plan["participants"]] == [
        "Person 1",
        "Participant 1",
        "NAV Fredrikstad",  # marked as Nav: an organisation, no person
        "Participant 2",
    ]
    assert plan["contact_person"] == "Person 1"
    measure = plan["measures"][0]
    assert (measure["owner"], measure["responsible"]) == ("Person 4", "Person 3")
    assert measure["description"] == "Person 4 følger opp; Person 1 tar over i juli."
    assert measure["what_was_done"] == "Participant 2 startet i mars"
    assert plan["goals"][0]["kpis"][0]["measured_by"] == "Person 4"
    assert plan["approved_by"] == "Person 2" and plan["arp_responsible"] == "Person 3"
    assert plan["lessons"][0]["text"] == "Start tidlig med Nav, sier Contact 1."
    assert plan["arp_risks"][0]["cause"] == "Bare via venner av Person 4"
    assert plan["problem_statement"] == "Contact 1 og Participant 1 sa i verkstedet at nattskiftet er tungt."
    assert plan["arp_involvement"][0]["who"] == "Representative 1"
    assert (plan["work_owner"], plan["operational_responsible"]) == ("Daglig leder", "Produksjonsleder")
    assert plan["org_name"] == "Fjordbakeriet AS"
    assert document["contacts"][0]["name"] == "Contact 1"
    assert document["contacts"][0]["organisation"] == "NAV Fredrikstad"
    # Notes about people are marked as left out, not silently emptied.
    left_out = "(left out: this plan file is anonymised)"
    assert plan["workshop_summary"] == left_out
    assert plan["goals"][0]["kpis"][0]["measurements"][0]["note"] == left_out  # "Aisha startet"
    assert plan["arp_involvement"][0]["topic"] == left_out
    assert plan["goals"][0]["kpis"][0]["measurements"][1]["note"] == ""  # nothing was typed there


def test_the_anonymised_file_opens_as_a_plan_of_its_own(context, plan_id, tmp_path):
    from verktoykasse.exchange.plan_json import export_plan_file, import_plan_file
    from verktoykasse.storage.editing import load_plan

    with context.database.session() as session:
        export_plan_file(session, load_plan(session, plan_id), tmp_path / "adviser.json", anonymised=True)
        imported = import_plan_file(session, tmp_path / "adviser.json")
        session.commit()
        assert [p.name for p in imported.participants][:2] == ["Person 1", "Participant 1"]
        assert imported.arp_involvement[0].who == "Representative 1"


def test_in_bokmal_the_placeholders_are_norwegian(context, plan_id, qapp):
    from verktoykasse.exchange.plan_json import plan_document
    from verktoykasse.i18n import report_language
    from verktoykasse.storage.editing import load_plan

    with context.database.session() as session, report_language("nb"):
        plan = plan_document(load_plan(session, plan_id), anonymised=True)["plan"]
    assert plan["contact_person"] == "Person 1"
    assert plan["participants"][1]["name"] == "Deltaker 1"
    assert plan["arp_involvement"][0]["who"] == "Representant 1"
    assert plan["workshop_summary"] == "(utelatt: denne planfilen er anonymisert)"


def test_every_field_the_anonymisation_names_is_a_text_field_of_the_plan():
    """A renamed field must not silently leave a name in the adviser's file."""
    from verktoykasse.domain.plan_description import CONTACT, PLAN
    from verktoykasse.exchange import anonymise

    texts = {
        (table.name, field.name)
        for table in (*PLAN.walk(), CONTACT)
        for field in table.exported()
        if field.kind in ("text", "name")
    }
    named = (
        set(anonymise.PERSON_FIELDS)
        | anonymise.CONTACT_DETAILS
        | anonymise.LEFT_OUT
        | anonymise.BUSINESS_FIELDS
    )
    assert named <= texts, named - texts


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_whatever_was_typed_as_a_name_the_anonymised_file_is_written_and_opens(
    context, plan_id, tmp_path, text
):
    from verktoykasse.exchange.plan_json import export_plan_file, read_plan_file
    from verktoykasse.storage.editing import load_plan
    from verktoykasse.storage.models import Plan

    with context.database.session() as session:
        plan = session.get(Plan, plan_id)
        plan.contact_person = plan.measures[0].owner = plan.arp_involvement[0].who = text
        plan.problem_statement = f"{text} og Per Hansen"
        session.commit()
        export_plan_file(session, load_plan(session, plan_id), tmp_path / "adviser.json", anonymised=True)
    document = read_plan_file(tmp_path / "adviser.json")  # every check an import makes
    plan = document["plan"]
    assert "Per Hansen" not in plan["problem_statement"]
    if text.strip():
        assert plan["contact_person"] == plan["measures"][0]["owner"] == "Person 1"
        # The same person, or (where the log keeps a one-line "who" of its own) a representative.
        assert plan["arp_involvement"][0]["who"] in ("Person 1", "Representative 1")
