"""The example plan a new user opens to see what a finished plan looks like, and how progress is counted."""

from __future__ import annotations

import datetime as dt

from safety_data import cli_here
from verktoykasse.domain.progress import first_incomplete_step, resume_step, step_completeness
from verktoykasse.domain.validation import check_org_number, plan_warnings
from verktoykasse.domain.vocabulary import STEPS, MeasureStatus, NeedSide, ParticipantKind, Step
from verktoykasse.exchange.example_plan import add_example_plan
from verktoykasse.storage.editing import add_row, set_value
from verktoykasse.storage.models import Plan
from verktoykasse.storage.plans import create_plan, list_plans

EXAMPLE_NAME = "Eksempel: Bakeriet Solsiden"  # what the user sees in the list of plans
# What the equality duty (format 6) added to the example.
ARP_KEYS = (
    "employer_sector",
    "arp_requested",
    "arp_document",
    "privacy_threshold",
    "arp_principles",
    "arp_responsible",
    "arp_risks",
    "arp_involvement",
    "arp_years",
)

CATALOGUE_IDS = {
    "nav-arbeidstrening",
    "nav-midlertidig-lonnstilskudd",
    "nav-varig-lonnstilskudd",
    "nav-mentortilskudd",
    "nav-inkluderingstilskudd",
    "nav-sommerjobb",
    "nav-ekspertbistand",
    "nav-arbeidslivssenter",
    "nav-kontaktsenter-arbeidsgiver",
    "ia-avtalen",
    "idebanken",
    "laerlingtilskudd",
    "fagbrev-pa-jobb",
    "kompetansepluss-arbeid",
    "ips",
    "arbeid-og-inkludering",
}


def test_the_example_bakery_is_complete_in_every_step_and_has_no_warnings(database):
    with database.session() as session:
        plan = add_example_plan(session)
        assert step_completeness(plan) == dict.fromkeys(STEPS, 1.0)
        assert plan_warnings(plan) == []


def test_the_example_is_a_realistic_small_bakery(database):
    with database.session() as session:
        plan_id = add_example_plan(session).id
    with database.session() as session:
        plan = session.get(Plan, plan_id)
        assert plan.name == EXAMPLE_NAME
        assert plan.is_example
        assert plan.municipality == "Fredrikstad"
        assert plan.employees == 18
        assert plan.org_number and check_org_number(plan.org_number) is None
        kinds = {participant.kind for participant in plan.participants}
        assert {ParticipantKind.NAV, ParticipantKind.TARGET_GROUP} <= kinds
        assert {need.side for need in plan.needs} == set(NeedSide)
        assert {gap.template_key for gap in plan.gaps} >= {
            "diversity",
            "recruitment",
            "manager_competence",
            "external_cooperation",
            "follow_up",
        }
        assert 4 <= len(plan.goals) <= 5
        assert 6 <= len(plan.measures) <= 8
        assert {measure.status for measure in plan.measures} >= {
            MeasureStatus.DONE,
            MeasureStatus.IN_PROGRESS,
            MeasureStatus.PLANNED,
        }
        used = {r.catalogue_entry_id for m in plan.measures for r in m.resources_used}
        assert used and used <= CATALOGUE_IDS
        for kpi in (kpi for goal in plan.goals for kpi in goal.kpis):
            dates = [m.measured_on for m in kpi.measurements]
            assert dates == sorted(dates)
            assert dates[-1] - dates[0] >= dt.timedelta(days=120)
        assert plan.lessons and plan.strengths


def test_adding_the_example_twice_gives_two_separate_plans(database):
    with database.session() as session:
        first = add_example_plan(session).id
        second = add_example_plan(session).id
        assert first != second
        assert [p.name for p in list_plans(session)] == [EXAMPLE_NAME, EXAMPLE_NAME]


def test_a_new_plan_starts_at_nothing_and_counts_up_as_the_profile_is_filled(database):
    with database.session() as session:
        plan = create_plan(session, "Ny plan")
        assert step_completeness(plan) == dict.fromkeys(STEPS, 0.0)
        set_value(session, plan, "org_name", "Rørlegger Hansen AS")
        set_value(session, plan, "org_number", "974 760 674")  # a typo: does not count
        assert step_completeness(plan)[Step.PROFILE] == round(1 / 7, 4)
        set_value(session, plan, "org_number", "974 760 673")
        assert step_completeness(plan)[Step.PROFILE] == round(2 / 7, 4)


def test_a_half_filled_gap_counts_half_of_its_part(database):
    with database.session() as session:
        plan = create_plan(session, "Ny plan")
        add_row(
            session, plan, "gaps", title="Rekruttering", current_situation="Via bekjente", current_score=2
        )
        # The gap: 3 of 7 fields; no strength written yet.
        assert step_completeness(plan)[Step.GAPS] == round((3 / 7 + 0) / 2, 4)


def test_measures_not_started_need_no_evaluation(database):
    with database.session() as session:
        plan = add_example_plan(session)
        planned = [m for m in plan.measures if m.status == MeasureStatus.PLANNED]
        assert planned and all(not m.outcome for m in planned)
        started = next(m for m in plan.measures if m.status == MeasureStatus.IN_PROGRESS)
        set_value(session, started, "outcome", "")
        assert step_completeness(plan)[Step.EVALUATION] < 1.0


def test_the_wizard_resumes_where_the_user_left(database):
    with database.session() as session:
        plan = create_plan(session, "Ny plan")
        assert resume_step(plan) == Step.PROFILE
        set_value(session, plan, "current_step", Step.GOALS)
        assert resume_step(plan) == Step.GOALS
        set_value(session, plan, "current_step", "a-step-from-a-newer-version")
        assert resume_step(plan) == first_incomplete_step(plan) == Step.PROFILE
        example = add_example_plan(session)
        assert first_incomplete_step(example) == Step.EVALUATION


def test_the_example_command_adds_the_plan_and_prints_its_id_and_name(tmp_path, capsys):
    folder = tmp_path / "data"
    result = cli_here(capsys, "--data-dir", str(folder), "example")
    assert result.returncode == 0, result.stderr
    plan_id, name = result.stdout.rstrip("\n").split("\t")
    assert name == EXAMPLE_NAME
    listed = cli_here(capsys, "--data-dir", str(folder), "plans")
    assert listed.stdout.splitlines() == [f"{plan_id}\t{EXAMPLE_NAME}"]

    # A course runs it again: the same example plan, not a second copy.
    again = cli_here(capsys, "--data-dir", str(folder), "example")
    assert again.stdout == result.stdout
    assert cli_here(capsys, "--data-dir", str(folder), "plans").stdout.splitlines() == [
        f"{plan_id}\t{EXAMPLE_NAME}"
    ]


def test_the_shipped_example_is_the_same_plan_users_of_0_1_0_got(database):
    """The example moved from code into ``resources/plans/example.json``; not a word of it changed, apart
    from the board's decision pack it gained (issue 14: planned hires, decisions, an hourly cost), the
    equality duty it gained (issue 16: the bakery documents its work, so a new user sees it) and Nav's name
    written as Nav writes it now ("Nav", not "NAV").

    Only where it opens did: a finished plan is at its last step (the home view said "Business profile")."""
    import json
    import re
    from pathlib import Path

    from verktoykasse.exchange.plan_json import plan_document
    from verktoykasse.exchange.upgrades import upgrade

    fixture = Path(__file__).parent / "fixtures" / "plans" / "v0.1.0-format-1-example.json"
    released = upgrade(json.loads(fixture.read_text(encoding="utf-8")))
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with database.session() as session:
        plan = add_example_plan(session)
        assert plan.created_at >= before and plan.updated_at >= before  # new today, like any plan
        shipped = plan_document(plan)
    assert shipped["plan"]["current_step"] == "evaluation"
    for document in (shipped, released):
        for stamp in ("created_at", "updated_at", "current_step"):
            document["plan"].pop(stamp)
        document.pop("program_version")
        for key in ARP_KEYS:
            document["plan"].pop(key)
    from test_plan_file import without_board_pack

    shipped["plan"], released["plan"] = (
        without_board_pack(shipped["plan"]),
        without_board_pack(released["plan"]),
    )
    nav_as_written_now = re.sub(r"\bNAV(s?)\b", r"Nav\1", json.dumps(released, ensure_ascii=False))
    assert "NAV" not in json.dumps(shipped, ensure_ascii=False)
    assert shipped == json.loads(nav_as_written_now)


def test_a_damaged_example_file_is_explained_and_check_names_it(context, tmp_path, monkeypatch, capsys):
    """The example is a shipped file: if an install damaged it, the user is told, not shown a crash."""
    from safety_data import run_cli_here
    from verktoykasse.cli import check
    from verktoykasse.exchange import example_plan

    damaged = tmp_path / "plans" / "example.json"
    damaged.parent.mkdir()
    damaged.write_text('{"format": "verktoykasse-plan", "format_version": 2, "plan": {', encoding="utf-8")
    monkeypatch.setattr(example_plan, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    example_plan._checked_document.cache_clear()
    try:
        context.close()
        code, _out, err = run_cli_here(capsys, "--data-dir", str(context.paths.root), "example")
        assert code == 1
        assert "not a Verktøykassa plan file" in err and "Traceback" not in err
        result = check._attempt("example plan", check.check_example_plan)
        assert result.status == "FAIL" and "not a Verktøykassa plan file" in result.detail
    finally:
        example_plan._checked_document.cache_clear()


def test_a_new_user_sees_the_equality_duty_in_the_example_bakery_of_18(database):
    """A business of 18: the activity duty, documented when asked; the example documents it anyway, so
    the risk map, the representatives' meetings and the figures (small groups hidden) are there to see."""
    from verktoykasse.domain.arp import Duty, plan_duty, risk_counts, shows_arp
    from verktoykasse.domain.arp_figures import year_figures
    from verktoykasse.domain.arp_privacy import show

    with database.session() as session:
        plan = add_example_plan(session)
        decision = plan_duty(plan)
        assert decision.duty == Duty.ACTIVITY and "document the work when asked" in decision.summary()
        assert shows_arp(plan)
        assert risk_counts(plan)["risk"] == 2 and all(
            r.gap is not None for r in plan.arp_risks if r.state == "risk"
        )
        assert len(plan.arp_involvement) == 2
        figures = year_figures(plan.arp_years[0], plan.privacy_threshold)
        employees, temporary = figures.groups[0], figures.groups[1]
        assert [show(f, 5) for f in (employees.women, employees.men, employees.total)] == ["11", "7", "18"]
        assert show(temporary.total, 5) == "fewer than 5"
