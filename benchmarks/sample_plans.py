"""Large, deterministic test data: a plan as big as a busy business would ever make it.

Used by the report tests (pagination, repeated header rows), the benchmarks and anyone who needs a full
plan without clicking through the wizard. It is test and benchmark data, so it lives here, outside the
shipped package (``from benchmarks.sample_plans import add_large_plan``). The content is plausible
Norwegian text so that a rendered PDF looks like a real one, and it is the same on every run (no
randomness), so timings compare.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from verktoykasse.domain.vocabulary import Direction, Frequency, MeasureStatus, Priority
from verktoykasse.storage.models import (
    Contact,
    GapArea,
    Goal,
    Kpi,
    Lesson,
    Measure,
    Measurement,
    MeasureResource,
    Milestone,
    Participant,
    Plan,
    Strength,
)

_GAP_TEMPLATES = (
    ("diversity", "Mangfold på arbeidsplassen"),
    ("recruitment", "Rekrutteringsprosesser"),
    ("manager_competence", "Lederes kompetanse i tilrettelegging"),
    ("external_cooperation", "Samarbeid med eksterne aktører"),
    ("follow_up", "Rutiner for oppfølging og inkludering over tid"),
    ("", "Språkopplæring på arbeidsplassen"),
)
_OWNERS = ("Daglig leder", "HR-ansvarlig", "Avdelingsleder produksjon", "Verneombud", "Styreleder")
_SCHEMES = (
    "nav-arbeidstrening",
    "nav-midlertidig-lonnstilskudd",
    "nav-mentortilskudd",
    "nav-inkluderingstilskudd",
    "ia-avtalen",
    "laerlingtilskudd",
)
_MEASURE_TITLES = (
    "Arbeidstrening i pakkeriet",
    "Mentorordning",
    "Kurs i tilrettelegging",
    "Samarbeidsavtale med Nav",
    "Språkkafé i lunsjen",
)
_STATUSES = (
    MeasureStatus.PLANNED,
    MeasureStatus.IN_PROGRESS,
    MeasureStatus.IN_PROGRESS,
    MeasureStatus.DONE,
    MeasureStatus.PAUSED,
)


def _add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    return dt.date(day.year + month_index // 12, month_index % 12 + 1, min(day.day, 28))


def add_large_plan(
    session: Session,
    name: str = "Stor plan",
    goals: int = 30,
    measures: int = 100,
    months: int = 24,
    start: dt.date = dt.date(2026, 1, 1),
) -> Plan:
    """Add and commit a filled plan: ``goals`` goals with two KPIs each and ``months`` monthly
    measurements per KPI, ``measures`` measures with milestones, owners, resources and schemes."""
    plan = Plan(
        name=name,
        period_start=start,
        period_end=_add_months(start, months) - dt.timedelta(days=1),
        org_name="Fjordbakeriet AS",
        org_number="123456785",
        industry="Bakeri og konditori",
        employees=48,
        municipality="Fredrikstad",
        county="Østfold",
        contact_person="Kari Nordmann",
        contact_email="kari@fjordbakeriet.no",
        contact_phone="69 00 00 00",
        problem_statement=(
            "Hvordan kan Fjordbakeriet rekruttere og beholde flere medarbeidere som står utenfor "
            "arbeidslivet, samtidig som vi dekker behovet for arbeidskraft i produksjonen?"
        ),
        labour_need="Bakere, pakkere og sjåfører; fleksible skift tidlig om morgenen.",
        work_owner="Ledergruppen ved daglig leder",
        operational_responsible="HR-ansvarlig",
        follow_up_method="Status på hvert ledermøte; KPI-ene oppdateres månedlig.",
        reporting_frequency=Frequency.QUARTERLY,
        anchoring="Forankret i virksomhetsstrategien 2026–2028 og styrets årshjul.",
        training_needs="Kurs i tilrettelegging for alle ledere; mentoropplæring for fire fagarbeidere.",
        external_support="Nav Arbeidslivssenter; Idébanken.",
        follow_up_framework="Fast mentor, samtale hver fjortende dag de første tre månedene.",
        practice_integration="Erfaringene tas inn i introduksjonsprogrammet for nye medarbeidere.",
        experiences_to_share="Enkle oppgaver i pakkeriet passer godt som første arbeidstrening.",
        celebrations="Kake når en deltaker får fast ansettelse.",
    )
    session.add(plan)
    for index, (who, organisation, kind) in enumerate(
        (
            ("Kari Nordmann", "Daglig leder", "manager"),
            ("Ola Hansen", "Tillitsvalgt", "employee"),
            ("Aisha Ali", "Deltaker, arbeidstrening", "target_group"),
            ("Per Berg", "Nav Fredrikstad", "nav"),
        )
    ):
        plan.participants.append(
            Participant(position=index, name=who, organisation=organisation, kind=kind, in_workshop=True)
        )

    gap_rows = []
    for index, (key, title) in enumerate(_GAP_TEMPLATES):
        gap = GapArea(
            position=index,
            template_key=key,
            title=title,
            current_situation=f"I dag: {title.lower()} er lite systematisert og avhenger av enkeltpersoner.",
            desired_situation=f"Ønsket: {title.lower()} er en fast del av hvordan vi jobber.",
            current_score=1 + index % 3,
            desired_score=4 + index % 2,
            sdg4=index % 2 == 0,
            sdg8=True,
            sdg10=index % 3 != 2,
            sdg17=key == "external_cooperation",
            expected_effect=3 + index % 3,
            priority=(Priority.HIGH, Priority.MEDIUM, Priority.LOW)[index % 3],
            works_well="Godt arbeidsmiljø og erfarne fagarbeidere som gjerne lærer bort.",
        )
        plan.gaps.append(gap)
        gap_rows.append(gap)
    plan.strengths.append(
        Strength(position=0, description="Lavt sykefravær i pakkeriet", celebration="Felles frokost")
    )

    goal_rows = []
    for index in range(goals):
        goal = Goal(
            position=index,
            gap=gap_rows[index % len(gap_rows)],
            title=f"Flere i arbeid gjennom {gap_rows[index % len(gap_rows)].title.lower()}",
            change="Flere personer fra målgruppen får og beholder jobb hos oss.",
            relevance="Dekker behovet for arbeidskraft i produksjonen.",
            measurable="Antall ansettelser og varighet følges opp månedlig.",
        )
        plan.goals.append(goal)
        goal_rows.append(goal)
        for kpi_index, (kpi_name, unit, baseline, target, direction) in enumerate(
            (
                ("Personer i arbeidstrening", "antall", 1.0, 6.0, Direction.HIGHER_IS_BETTER),
                ("Sykefravær", "%", 7.5, 5.0, Direction.LOWER_IS_BETTER),
            )
        ):
            kpi = Kpi(
                position=kpi_index,
                name=f"{kpi_name} ({index + 1})",
                unit=unit,
                baseline=baseline,
                target=target,
                deadline=plan.period_end,
                frequency=Frequency.MONTHLY,
                data_source="Lønnssystemet",
                measured_by="HR-ansvarlig",
                direction=direction,
            )
            goal.kpis.append(kpi)
            for month in range(months):
                share = (month + 1) / months
                wobble = ((month * 7 + index * 3) % 5 - 2) * 0.1 * abs(target - baseline) / 4
                kpi.measurements.append(
                    Measurement(
                        measured_on=_add_months(start, month),
                        value=round(baseline + (target - baseline) * share * 0.8 + wobble, 1),
                    )
                )

    contact = Contact(
        name="Nav Fredrikstad, markedskontakt",
        organisation="Nav Fredrikstad",
        role="Markedskontakt",
        phone="55 55 33 33",
        email="markedskontakt@example.no",
        url="https://www.nav.no",
    )
    session.add(contact)
    for index in range(measures):
        begin = _add_months(start, index % max(months - 3, 1))
        end = _add_months(begin, 2 + index % 6)
        measure = Measure(
            position=index,
            title=_MEASURE_TITLES[index % len(_MEASURE_TITLES)],
            description="Beskrivelse av tiltaket med hva som skal gjøres, for hvem og hvordan.",
            area=gap_rows[index % len(gap_rows)].title,
            priority=(Priority.HIGH, Priority.MEDIUM, Priority.LOW)[index % 3],
            owner=_OWNERS[index % len(_OWNERS)],
            responsible=_OWNERS[(index + 1) % len(_OWNERS)],
            start_date=begin,
            deadline=end,
            cost_nok=float(5000 * (1 + index % 8)),
            hours=float(10 + index % 40),
            resource_note="Tid fra fagarbeider",
            expected_effect="To nye medarbeidere fra målgruppen i fast stilling.",
            status=_STATUSES[index % len(_STATUSES)],
        )
        plan.measures.append(measure)
        measure.goals.append(goal_rows[index % len(goal_rows)])
        for step in range(2):
            measure.milestones.append(
                Milestone(
                    position=step,
                    title=("Oppstart", "Første evaluering")[step],
                    due_date=_add_months(begin, step + 1),
                    done=step == 0 and measure.status != MeasureStatus.PLANNED,
                )
            )
        measure.resources_used.append(MeasureResource(catalogue_entry_id=_SCHEMES[index % len(_SCHEMES)]))
        if index % 10 == 0:
            measure.resources_used.append(MeasureResource(contact=contact))
    for index, text in enumerate(
        ("Arbeidstrening fungerer best med fast mentor.", "Start med korte skift de første ukene.")
    ):
        plan.lessons.append(Lesson(position=index, text=text, carry_forward=index == 0))
    session.commit()
    return plan
