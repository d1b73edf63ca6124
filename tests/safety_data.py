"""A realistic plan touching every table, and a corpus of hostile text, for the data-safety tests."""

from __future__ import annotations

import datetime as dt
import subprocess

from sqlalchemy.orm import Session

from verktoykasse.storage.models import (
    ArpInvolvement,
    ArpPayLevel,
    ArpRisk,
    ArpYear,
    BoardDecision,
    Contact,
    GapArea,
    Goal,
    Kpi,
    Lesson,
    Measure,
    Measurement,
    MeasureOccurrence,
    MeasureResource,
    Milestone,
    Need,
    Participant,
    Plan,
    PlannedHire,
    Strength,
)

# Text a user (or a pasted document, or a hostile file) may put into any text field.
HOSTILE_TEXTS = [
    "x" * 100_000,
    "Kontroll\x01\x02\x07\x1b[31m\x7f tegn",
    "NUL\x00midt\x00i",
    "Emoji 👩🏽‍🦯🎉🇳🇴 og æøå ÆØÅ",
    "Sámi čđŋšŧž ČĐŊŠŦŽ – … €",
    "עברית ‏right‮-to-left‬ العربية",
    "'); DROP TABLE plan; -- \" OR 1=1; SELECT * FROM contact",
    "<b>fet</b> <script>alert(1)</script> &amp; &lt; <font size=40>stor</font> a<b",
    '{"json": [1, 2]} \\ \\u0000 \\n',
    "linje 1\r\nlinje 2\rlinje 3\n\ttabulator  ",
    "",
    " ",
    "\u2028\u2029\ufeff\u200b\ufffd",
]


def add_full_plan(session: Session, name: str = "Inkluderingsplan 2027") -> Plan:
    """A plan as a real bakery would have it after a year: every table has rows."""
    mentor = Contact(
        name="Kari Nordmann",
        kind="mentor",
        organisation="NAV Fredrikstad",
        role="Veileder",
        phone="+47 69 00 00 00",
        email="kari@example.no",
        url="https://www.nav.no/",
        note="Ring på tirsdager",
        areas="support,measures",
        target_groups="youth",
    )
    session.add(mentor)
    plan = Plan(
        name=name,
        org_name="Bakeriet Sørensen AS",
        org_number="923609016",
        industry="Baker",
        employees=23,
        municipality="Fredrikstad",
        county="Østfold",
        contact_person="Ola Sørensen",
        contact_email="ola@bakeriet.no",
        contact_phone="90000000",
        problem_statement="Vi mangler folk i produksjonen tidlig om morgenen.",
        period_start=dt.date(2027, 1, 1),
        period_end=dt.date(2027, 12, 31),
        labour_need="Bakere og pakkere",
        new_ways_of_working="Enkla jobb: pakking og rengjøring skilles ut",
        target_group_needs="Forutsigbar turnus, opplæring på norsk",
        question_employer_need="Hva trenger vi?",
        question_outside_need="Hva trenger de?",
        question_other_positions="Nye stillinger?",
        question_seen_as_resources="Ressurser?",
        data_sources="SSB, NAV bedriftsundersøkelse",
        narrowing="Vi starter med pakkeriet",
        workshop_date=dt.date(2027, 2, 14),
        workshop_time="09.00–12.00",
        workshop_place="Kantina, Storgata 1",
        workshop_summary="Gode innspill fra alle",
        employer_needs_visible=True,
        target_group_needs_visible=True,
        work_owner="Daglig leder",
        operational_responsible="Produksjonsleder",
        follow_up_method="Månedlig møte",
        reporting_frequency="quarterly",
        anchoring="Strategiplan 2027",
        training_needs="Veilederkurs",
        external_support="NAV Arbeidslivssenter",
        follow_up_framework="Fadder for hver ny",
        practice_integration="Inn i personalhåndboka",
        experiences_to_share="Del på bransjemøtet",
        celebrations="Kake når første fagbrev er i boks",
        current_step="measures",
        report_language="nb",
        hourly_cost=550,
        holiday_pay_percent=12,
        pension_percent=2,
        contribution_percent=14.1,
        approved_on=dt.date(2027, 1, 20),
        approved_by="Styret ved styreleder",
        employer_sector="private",
        arp_requested=True,
        arp_document=False,
        privacy_threshold=4,
        arp_principles="Vi ansetter etter kompetanse, og lønn settes etter tariff.",
        arp_responsible="Styret og daglig leder",
    )
    plan.participants = [
        Participant(
            name="Ola Sørensen",
            organisation="Daglig leder",
            kind="manager",
            in_workshop=True,
            email="ola@bakeriet.example",
        ),
        Participant(name="Aisha", organisation="Arbeidstaker", kind="employee"),
        Participant(name="NAV Fredrikstad", organisation="NAV", kind="nav", in_workshop=True, position=2),
    ]
    plan.needs = [
        Need(side="employer", description="Flere pakkere", resources="Opplæring", selected=True),
        Need(side="target_group", description="Faste dager", resources="Motivasjon", position=1),
    ]
    recruitment = GapArea(
        template_key="recruitment",
        title="Rekrutteringsprosesser",
        current_situation="Bare via venner",
        desired_situation="Samarbeid med NAV",
        current_score=2,
        desired_score=4,
        current_dots="1,4,2,0,0",
        desired_dots="0,0,1,5,1",
        sdg8=True,
        sdg10=True,
        expected_effect=4,
        priority="high",
        works_well="Godt arbeidsmiljø",
    )
    own = GapArea(template_key="", title="Språk", current_score=3, desired_score=5, sdg4=True, position=1)
    plan.gaps = [recruitment, own]
    plan.strengths = [Strength(description="Lav turnover", celebration="Sommerfest")]
    goal = Goal(
        title="Tre nye ansatte fra målgruppen",
        change="Flere ansatte",
        relevance="Vi mangler folk",
        measurable="Antall ansatte",
        gap=recruitment,
    )
    goal.kpis = [
        Kpi(
            name="Nye ansatte fra målgruppen",
            unit="personer",
            baseline=0,
            target=3,
            deadline=dt.date(2027, 12, 31),
            frequency="quarterly",
            data_source="Lønnssystemet",
            measured_by="Daglig leder",
            direction="higher",
            measurements=[
                Measurement(measured_on=dt.date(2027, 3, 31), value=1, note="Aisha startet"),
                Measurement(measured_on=dt.date(2027, 6, 30), value=2.5, note=""),
            ],
        )
    ]
    second_goal = Goal(title="Bedre norskopplæring", gap=own, position=1)
    plan.goals = [goal, second_goal]
    measure = Measure(
        title="Arbeidstrening i pakkeriet",
        description="To plasser med arbeidstrening",
        area="Rekrutteringspraksis",
        priority="high",
        owner="Daglig leder",
        responsible="Produksjonsleder",
        start_date=dt.date(2027, 3, 1),
        deadline=dt.date(2027, 9, 30),
        cost_nok=12500.5,
        hours=40,
        resource_note="Fadder 2 t/uke",
        expected_effect="To ansatte",
        status="in_progress",
        what_was_done="Én startet",
        outcome="Fast ansatt",
    )
    measure.goals = [goal, second_goal]
    measure.milestones = [
        Milestone(title="Avtale med NAV", due_date=dt.date(2027, 3, 15), done=True),
        Milestone(title="Evaluering", due_date=None, position=1),
    ]
    measure.resources_used = [
        MeasureResource(catalogue_entry_id="nav-arbeidstrening"),
        MeasureResource(contact=mentor),
    ]
    measure.planned_hires = [
        PlannedHire(
            label="Pakker",
            target_group="cv_gaps",
            reduced_capacity=True,
            monthly_wage=32000,
            job_percent=80,
            start_date=dt.date(2027, 4, 1),
            schemes="midlertidig_lonnstilskudd,mentortilskudd",
            mentor_hours=10,
            mentor_hourly_wage=350,
            extra_costs=4500,
        )
    ]
    meeting = Measure(title="Kvartalsmøte med Nav", status="in_progress", position=2, recurrence="quarterly")
    meeting.start_date, meeting.recurrence_end = dt.date(2027, 1, 15), dt.date(2027, 12, 31)
    meeting.occurrences = [
        MeasureOccurrence(due_on=dt.date(2027, 1, 15), held_on=dt.date(2027, 1, 16), note="Tre kandidater")
    ]
    plan.measures = [measure, Measure(title="Norskkurs", status="planned", position=1), meeting]
    plan.board_decisions = [BoardDecision(text="vedta handlingsplanen")]
    plan.lessons = [Lesson(text="Start tidlig med NAV", carry_forward=True)]
    plan.arp_risks = [
        ArpRisk(
            ground="ethnicity", area="recruitment", state="risk", gap=recruitment, cause="Bare via venner"
        ),
        ArpRisk(ground="gender", area="harassment", state="no_risk"),
    ]
    plan.arp_involvement = [
        ArpInvolvement(
            held_on=dt.date(2027, 3, 2), who="Tillitsvalgt Aisha", step="risks", topic="Risikokartet"
        )
    ]
    year = ArpYear(
        year=2026,
        women=12,
        men=11,
        temporary_women=2,
        temporary_men=1,
        part_time_women=6,
        part_time_men=2,
        leave_women=1,
        leave_men=2,
        leave_weeks_women=30.5,
        leave_weeks_men=15,
        involuntary_women=3,
        involuntary_men=0,
        note="Tall fra lønnssystemet",
    )
    year.pay_levels = [ArpPayLevel(level="Bakere", women=5, men=6, women_pay=41000, men_pay=42500.5)]
    plan.arp_years = [year]
    session.add(plan)
    session.commit()
    return plan


TABLES = (
    "plan",
    "participant",
    "need",
    "gap_area",
    "strength",
    "goal",
    "kpi",
    "measure",
    "measure_goal",
    "milestone",
    "measure_resource",
    "measurement",
    "lesson",
    "contact",
)


def run_cli_here(capsys, *args: str) -> tuple[int, str, str]:
    """Run ``verktoykasse ARGS`` in this process (seconds faster than a new one); (code, stdout, stderr)."""
    from verktoykasse.cli import main
    from verktoykasse.ui.app import create_application

    create_application()  # the command would make a QCoreApplication; later window tests need the full one
    capsys.readouterr()
    try:
        code = main(list(args))
    except SystemExit as stop:  # argparse refused the command line (or answered --help), as in a process
        code = stop.code if isinstance(stop.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def cli_here(capsys, *args: str) -> subprocess.CompletedProcess[str]:
    """``run_cli_here`` with its result shaped like ``subprocess.run``'s (``returncode``, ``stdout``,
    ``stderr``): the command-line tests read the same whether they start a process or not."""
    code, out, err = run_cli_here(capsys, *args)
    return subprocess.CompletedProcess(["verktoykasse", *args], code, out, err)
