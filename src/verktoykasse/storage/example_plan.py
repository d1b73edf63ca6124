"""A complete example plan, so a new user can see what a finished plan looks like before writing their own.

"Bakeriet Solsiden" is an invented bakery in Fredrikstad with 18 employees. Every step is filled in the
way a real owner might fill it in; the text is the user's own content, so it is in Norwegian whatever
language the program speaks. It passes ``domain.validation.plan_warnings`` without a single warning and
every step is complete, which the tests hold it to.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from verktoykasse.domain.vocabulary import Direction, Frequency, MeasureStatus, NeedSide, Priority
from verktoykasse.domain.vocabulary import ParticipantKind as Kind
from verktoykasse.storage.models import (
    GapArea,
    Goal,
    Kpi,
    Lesson,
    Measure,
    Measurement,
    MeasureResource,
    Milestone,
    Need,
    Participant,
    Plan,
    Strength,
)

EXAMPLE_NAME = "Eksempel: Bakeriet Solsiden"

D = dt.date


def _profile() -> Plan:
    return Plan(
        name=EXAMPLE_NAME,
        is_example=True,
        current_step="profile",
        period_start=D(2026, 1, 1),
        period_end=D(2026, 12, 31),
        org_name="Bakeriet Solsiden AS",
        org_number="924 781 637",
        industry="Bakeri og konditori med egen butikk og kafé",
        employees=18,
        municipality="Fredrikstad",
        county="Østfold",
        contact_person="Kari Solberg, daglig leder",
        contact_email="kari@bakerietsolsiden.example",
        contact_phone="69 31 22 40",
        problem_statement=(
            "Vi mangler folk til nattskiftet og helgene, samtidig som mange i Fredrikstad står utenfor "
            "arbeidslivet. Hvordan kan vi finne og beholde de medarbeiderne vi trenger blant dem som i dag "
            "ikke har en jobb?"
        ),
        # Step 1
        labour_need=(
            "To bakere til nattskiftet (kl. 03–11), én lærling i bakerfaget, og hjelp i butikk og pakkeri "
            "lørdag og søndag. Bakerne bruker i dag mye tid på oppvask, rengjøring og pakking."
        ),
        new_ways_of_working=(
            "Vi samler oppvask, rengjøring og pakking i en egen stilling på 60 %, etter modell av «Enkla "
            "jobb». Da får bakerne bake, og vi får en jobb som ikke krever fagbrev for å begynne."
        ),
        target_group_needs=(
            "En rolig start med få oppgaver, fast kontaktperson, forutsigbare vakter og mulighet for "
            "norskopplæring. Flere har lang erfaring fra matproduksjon i hjemlandet."
        ),
        question_employer_need=(
            "Vi trenger folk som møter presis på natt og i helger, tåler et høyt tempo og kan lære "
            "hygienerutinene. Fagbrev er en fordel for bakerne, men ikke for støttefunksjonene."
        ),
        question_outside_need=(
            "De trenger en sjanse til å vise hva de kan, tid til å lære, og noen å spørre. Mange har "
            "arbeidserfaring, men mangler norsk referanse eller har hull i CV-en."
        ),
        question_other_positions=(
            "Ja: stillingen i oppvask og pakkeri, og en kortere helgevakt i butikken, kan fylles uten "
            "fagbrev og er en god vei inn til lærlingplass."
        ),
        question_seen_as_resources=(
            "Ved å møte dem gjennom arbeidstrening før vi ansetter, og ved å fortelle de ansatte om "
            "hvorfor vi gjør dette. Når kollegene ser at det fungerer, blir de ambassadører."
        ),
        data_sources=(
            "Sykefravær og turnover fra lønnssystemet 2023–2025, NAVs bedriftsundersøkelse for Østfold, "
            "SSBs tall for arbeidsledighet i Fredrikstad, og samtaler med NAV Fredrikstad."
        ),
        narrowing=(
            "Vi starter med nattskiftet og støttestillingen i oppvask og pakkeri. Kafeen venter til neste år."
        ),
        workshop_date=D(2025, 11, 18),
        workshop_summary=(
            "Tre timer i kafeen etter stengetid med åtte deltakere. Viktigste innsikt: vi har oppgaver som "
            "ikke krever fagbrev, NAV kan gi oss kandidater og oppfølging, og de ansatte vil gjerne være "
            "faddere hvis de får tid til det."
        ),
        employer_needs_visible=True,
        target_group_needs_visible=True,
        # Step 4 – roles and support
        work_owner="Kari Solberg, daglig leder, på vegne av styret",
        operational_responsible="Ahmed Yusuf, butikksjef og nestleder",
        follow_up_method=(
            "Kort statuspunkt på personalmøtet hver måned. Ahmed oppdaterer tallene i Verktøykassa før "
            "hvert kvartalsmøte i styret."
        ),
        reporting_frequency=Frequency.QUARTERLY,
        anchoring=(
            "Handlingsplanen er vedtatt av styret i januar 2026 og er en del av bakeriets strategi for "
            "2026–2028. Den ligger i personalhåndboken."
        ),
        training_needs=(
            "Skiftlederne trenger kurs i tilrettelegging og i å gi tydelig opplæring. Alle ansatte får en "
            "kort innføring i hvordan vi tar imot nye kolleger."
        ),
        external_support=(
            "Markedskontakt i NAV Fredrikstad, NAV Arbeidslivssenter Øst-Viken for kurs, og Vekstbedriften "
            "Nedre Glomma for oppfølging av deltakere."
        ),
        follow_up_framework=(
            "Hver nyansatt fra målgruppen får en fadder, en opplæringsplan for de første tolv ukene og en "
            "samtale med nærmeste leder hver fjortende dag det første halvåret."
        ),
        # Step 5
        practice_integration=(
            "Fadderordningen og opplæringsplanen er nå fast rutine for alle nyansatte, ikke bare for dem "
            "som kommer via NAV. Intervjuguiden brukes i alle ansettelser."
        ),
        experiences_to_share=(
            "Vi har fortalt om erfaringene på frokostmøtet i Fredrikstad Næringsforening og tar gjerne "
            "imot andre bedrifter som vil se hvordan vi har organisert støttestillingen."
        ),
        celebrations=(
            "Kakefest i kafeen da Jonas ble ansatt i juni, og blomster til fadderne på julebordet."
        ),
    )


def _participants() -> list[Participant]:
    rows = [
        ("Kari Solberg", "Daglig leder og eier", Kind.MANAGER),
        ("Ahmed Yusuf", "Butikksjef og nestleder", Kind.MANAGER),
        ("Lise Nilsen", "Baker og tillitsvalgt", Kind.EMPLOYEE),
        ("Per Kristian Holm", "Baker, skiftleder natt", Kind.EMPLOYEE),
        ("Jonas H.", "Deltaker fra målgruppen, ung voksen utenfor arbeid i tre år", Kind.TARGET_GROUP),
        ("Siri Haugen", "Markedskontakt, NAV Fredrikstad", Kind.NAV),
        ("Eva Lunde", "Jobbspesialist, Vekstbedriften Nedre Glomma", Kind.ORGANISATION),
        ("Mariam Ali", "Frivilligsentralen, språkkafé", Kind.OTHER),
    ]
    return [
        Participant(position=i, name=name, organisation=org, kind=kind, in_workshop=True)
        for i, (name, org, kind) in enumerate(rows)
    ]


def _needs() -> list[Need]:
    rows = [
        (
            NeedSide.EMPLOYER,
            "Faste folk på nattskiftet, så bakerne slipper overtid.",
            "Erfarne bakere som kan lære bort.",
        ),
        (
            NeedSide.EMPLOYER,
            "Noen som tar oppvask, rengjøring og pakking, så bakerne får bake.",
            "Ryddige rutiner og en oversiktlig arbeidsdag.",
            True,
        ),
        (NeedSide.EMPLOYER, "Helgehjelp i butikken.", "Kafé med rolige formiddager der nye kan lære."),
        (
            NeedSide.TARGET_GROUP,
            "En trygg start med fast kontaktperson og forutsigbare vakter.",
            "Motivasjon, erfaring fra matlaging og pakking, flere språk.",
            True,
        ),
        (
            NeedSide.TARGET_GROUP,
            "Norskopplæring knyttet til arbeidsoppgavene.",
            "Vilje til å lære og erfaring fra bakeri i hjemlandet.",
        ),
    ]
    needs = []
    for i, (side, description, resources, *selected) in enumerate(rows):
        needs.append(
            Need(position=i, side=side, description=description, resources=resources, selected=bool(selected))
        )
    return needs


def _gaps() -> list[GapArea]:
    rows = [
        (
            "diversity",
            "Mangfold på arbeidsplassen",
            "De fleste ansatte er etnisk norske og mellom 30 og 55 år. Ingen har kommet inn via NAV.",
            "Arbeidsstokken speiler byen vi bor i, og nye kolleger føler seg velkomne fra første dag.",
            2,
            4,
            (8, 10),
            4,
            Priority.MEDIUM,
            "Godt arbeidsmiljø og lite konflikter; folk trives og blir lenge.",
        ),
        (
            "recruitment",
            "Rekrutteringsprosesser",
            "Vi ansetter via bekjente og krever fagbrev også der det ikke trengs. "
            "Hull i CV-en sorterer bort.",
            "Annonsene ber bare om det jobben krever, NAV er en fast kanal, "
            "og vi møter kandidater med hull i CV-en.",
            2,
            5,
            (8, 10),
            5,
            Priority.HIGH,
            "Vi er raske til å svare søkere og gir alle en omvisning.",
        ),
        (
            "manager_competence",
            "Tilretteleggingskompetanse hos ledere",
            "Vi tilrettelegger når noen spør, men ingen har lært hvordan, "
            "og det avhenger av hvem som har vakt.",
            "Alle skiftledere kan det grunnleggende om tilrettelegging og vet hvor de får hjelp.",
            2,
            4,
            (4, 8),
            4,
            Priority.HIGH,
            "Skiftlederne er tålmodige og flinke til å vise hvordan ting gjøres.",
        ),
        (
            "external_cooperation",
            "Samarbeid med NAV, tiltaksarrangører og ideelle organisasjoner",
            "Ingen fast kontakt med NAV. Vi kjenner ikke ordningene vi kan bruke.",
            "Fast kontaktperson i NAV Fredrikstad og én partner for arbeidstrening og oppfølging.",
            1,
            4,
            (17, 8),
            5,
            Priority.HIGH,
            "Vi leverer allerede bakst til frivilligsentralen og kjenner folkene der.",
        ),
        (
            "follow_up",
            "Rutiner for oppfølging og inkludering over tid",
            "Opplæring skjer underveis, og ingen følger opp etter den første måneden.",
            "Hver nyansatt har fadder, opplæringsplan for tolv uker og faste korte samtaler.",
            2,
            5,
            (8, 10),
            4,
            Priority.MEDIUM,
            "Kollegene hjelper hverandre og dekker for hverandre ved sykdom.",
        ),
        (
            "",
            "Norsk på arbeidsplassen",
            "Flere kolleger har norsk som andrespråk; hygieneinstrukser finnes bare på norsk.",
            "Instrukser med bilder, og norskopplæring knyttet til arbeidet for dem som ønsker det.",
            2,
            4,
            (4, 10),
            3,
            Priority.LOW,
            "Kollegene er gode til å forklare med hendene og vise.",
        ),
    ]
    gaps = []
    for i, (key, title, today, desired, now, goal, sdgs, effect, priority, works) in enumerate(rows):
        gaps.append(
            GapArea(
                position=i,
                template_key=key,
                title=title,
                current_situation=today,
                desired_situation=desired,
                current_score=now,
                desired_score=goal,
                sdg4=4 in sdgs,
                sdg8=8 in sdgs,
                sdg10=10 in sdgs,
                sdg17=17 in sdgs,
                expected_effect=effect,
                priority=priority,
                works_well=works,
            )
        )
    return gaps


def _strengths() -> list[Strength]:
    return [
        Strength(
            position=0,
            description="Lite turnover: halvparten av de ansatte har vært hos oss i mer enn fem år.",
            celebration="Vi markerer jubileer med kake og en hilsen på Facebook-siden.",
        ),
        Strength(
            position=1,
            description="Kundene roser den hyggelige tonen i butikken.",
            celebration="Vi deler gode tilbakemeldinger på personalmøtet hver måned.",
        ),
        Strength(
            position=2,
            description="Samarbeidet med frivilligsentralen om overskuddsbakst fungerer godt.",
            celebration="Felles kaffe med frivilligsentralen før jul.",
        ),
    ]


def _monthly(values: list[float], year: int = 2026) -> list[Measurement]:
    """One measurement at the end of each month from January."""
    rows = []
    for month, value in enumerate(values, start=1):
        next_month = D(year, month + 1, 1) if month < 12 else D(year + 1, 1, 1)
        rows.append(Measurement(measured_on=next_month - dt.timedelta(days=1), value=value))
    return rows


def _quarterly(values: list[float], year: int = 2026) -> list[Measurement]:
    ends = [D(year, 3, 31), D(year, 6, 30), D(year, 9, 30), D(year, 12, 31)]
    return [Measurement(measured_on=ends[i], value=value) for i, value in enumerate(values)]


def _goals(gaps: list[GapArea]) -> list[Goal]:
    by_key = {gap.template_key: gap for gap in gaps}
    deadline = D(2026, 12, 31)
    g1 = Goal(
        gap=by_key["recruitment"],
        title="Flere ansettelser fra målgruppene",
        change="En av tre som ansettes i 2026 kommer fra NAV, arbeidstrening eller har hull i CV-en.",
        relevance="Vi må ansette fire–fem personer i år og finner dem ikke med dagens metoder.",
        measurable="Vi fører hver ansettelse og hvilken vei personen kom inn.",
    )
    g1.kpis.append(
        Kpi(
            name="Andel nyansettelser fra målgruppene",
            unit="%",
            baseline=0,
            target=30,
            deadline=deadline,
            frequency=Frequency.QUARTERLY,
            data_source="Ansettelsesoversikten i lønnssystemet",
            measured_by="Kari Solberg",
            direction=Direction.HIGHER_IS_BETTER,
            measurements=_quarterly([0, 25, 33]),
        )
    )
    g2 = Goal(
        gap=by_key["diversity"],
        title="Faste plasser for arbeidstrening og lærling",
        change="Vi har alltid to plasser for arbeidstrening og én lærlingplass i bruk.",
        relevance="Slik lærer vi opp bakerne vi trenger om noen år.",
        measurable="Vi teller plassene i bruk ved hver månedsslutt.",
    )
    g2.kpis.append(
        Kpi(
            name="Praksis- og lærlingplasser i bruk",
            unit="plasser",
            baseline=0,
            target=3,
            deadline=deadline,
            frequency=Frequency.MONTHLY,
            data_source="Oversikt over avtaler med NAV og opplæringskontoret",
            measured_by="Ahmed Yusuf",
            direction=Direction.HIGHER_IS_BETTER,
            measurements=_monthly([0, 0, 1, 1, 1, 2, 2, 2, 3, 3]),
        )
    )
    g3 = Goal(
        gap=by_key["manager_competence"],
        title="Skiftledere som kan tilrettelegge",
        change="Alle fire skiftledere har tatt kurs i tilrettelegging og inkludering.",
        relevance="Det er skiftlederne som tar imot og lærer opp nye kolleger.",
        measurable="Vi fører hvem som har fullført kurset.",
    )
    g3.kpis.append(
        Kpi(
            name="Andel skiftledere med kurs i tilrettelegging",
            unit="%",
            baseline=0,
            target=100,
            deadline=D(2026, 10, 31),
            frequency=Frequency.QUARTERLY,
            data_source="Kursbevis i personalmappen",
            measured_by="Ahmed Yusuf",
            direction=Direction.HIGHER_IS_BETTER,
            measurements=_quarterly([0, 50, 100]),
        )
    )
    g4 = Goal(
        gap=by_key["follow_up"],
        title="Nye medarbeidere blir værende",
        change="Nye kolleger fra målgruppene blir i jobben, og sykefraværet går ned.",
        relevance="Hver som slutter koster oss ny opplæring og overtid for de andre.",
        measurable="Vi følger hvor mange som er i jobb etter seks måneder, og sykefraværet hver måned.",
    )
    g4.kpis.append(
        Kpi(
            name="Nyansatte fra målgruppene i jobb etter seks måneder",
            unit="%",
            baseline=50,
            target=90,
            deadline=deadline,
            frequency=Frequency.HALF_YEARLY,
            data_source="Personalregisteret",
            measured_by="Kari Solberg",
            direction=Direction.HIGHER_IS_BETTER,
            measurements=[
                Measurement(measured_on=D(2026, 6, 30), value=100, note="To av to er fortsatt hos oss."),
                Measurement(measured_on=D(2026, 10, 31), value=75, note="Én sluttet for å begynne på skole."),
            ],
        )
    )
    g4.kpis.append(
        Kpi(
            name="Sykefravær",
            unit="%",
            baseline=7.8,
            target=6.0,
            deadline=deadline,
            frequency=Frequency.MONTHLY,
            data_source="Fraværsrapport i lønnssystemet",
            measured_by="Ahmed Yusuf",
            direction=Direction.LOWER_IS_BETTER,
            measurements=_monthly([7.9, 8.1, 7.4, 7.0, 6.8, 6.9, 5.9, 6.2, 6.4, 6.1]),
        )
    )
    g5 = Goal(
        gap=by_key["external_cooperation"],
        title="Fast samarbeid med NAV og inkluderingspartnere",
        change="Vi møter NAV og Vekstbedriften jevnlig og bruker ordningene vi har rett på.",
        relevance="Med hjelp fra dem tar vi mindre risiko når vi ansetter.",
        measurable="Vi teller samarbeidsmøter hittil i år.",
    )
    g5.kpis.append(
        Kpi(
            name="Samarbeidsmøter hittil i år",
            unit="møter",
            baseline=0,
            target=6,
            deadline=deadline,
            frequency=Frequency.QUARTERLY,
            data_source="Møtekalenderen",
            measured_by="Ahmed Yusuf",
            direction=Direction.HIGHER_IS_BETTER,
            measurements=_quarterly([2, 3, 5]),
        )
    )
    goals = [g1, g2, g3, g4, g5]
    for i, goal in enumerate(goals):
        goal.position = i
    return goals


def _measures(goals: list[Goal]) -> list[Measure]:
    g1, g2, g3, g4, g5 = goals
    kari, ahmed = "Kari Solberg (daglig leder)", "Ahmed Yusuf (butikksjef)"
    specs = [
        dict(
            title="Nye stillingsannonser og intervjuguide",
            area="Rekrutteringspraksis",
            description=(
                "Skrive om annonsene så de bare ber om det jobben krever, og lage en felles intervjuguide."
            ),
            priority=Priority.HIGH,
            owner=kari,
            responsible=ahmed,
            start_date=D(2026, 1, 15),
            deadline=D(2026, 4, 30),
            cost_nok=0,
            hours=30,
            resource_note="Egen tid; NAV leser gjennom annonsene.",
            expected_effect="Flere og annerledes søkere til hver utlysning.",
            status=MeasureStatus.DONE,
            what_was_done="Tre annonser skrevet om; intervjuguide brukt i fem intervjuer.",
            outcome="Dobbelt så mange søkere, to av dem via NAV.",
            goals=[g1],
            milestones=[
                ("Ny annonsemal ferdig", D(2026, 2, 27), True),
                ("Intervjuguide tatt i bruk", D(2026, 4, 15), True),
            ],
            resources=["nav-kontaktsenter-arbeidsgiver", "idebanken"],
        ),
        dict(
            title="Fast kontakt med NAV Fredrikstad",
            area="Samarbeid med NAV",
            description="Avtale fast markedskontakt og snakke med NAV før hver utlysning.",
            priority=Priority.HIGH,
            owner=kari,
            responsible=ahmed,
            start_date=D(2026, 1, 10),
            deadline=D(2026, 12, 31),
            hours=24,
            resource_note="Ett møte i kvartalet, ellers telefon.",
            expected_effect="Kandidater fra målgruppene og hjelp med ordningene.",
            status=MeasureStatus.IN_PROGRESS,
            what_was_done="Fem møter så langt; NAV har sendt fire kandidater.",
            outcome="Tre kandidater kom i arbeidstrening, én fikk fast jobb.",
            goals=[g1, g5],
            milestones=[
                ("Første møte med markedskontakten", D(2026, 2, 5), True),
                ("Avtale om fast oppfølging", D(2026, 3, 16), True),
                ("Felles evaluering av året", D(2026, 12, 1), False),
            ],
            resources=["nav-kontaktsenter-arbeidsgiver", "nav-arbeidslivssenter"],
        ),
        dict(
            title="Arbeidstrening i pakkeri og oppvask med mentor",
            area="Praksisplasser",
            description="To plasser for arbeidstrening i støttestillingen, med Lise som mentor.",
            priority=Priority.HIGH,
            owner=kari,
            responsible="Lise Nilsen (baker, mentor)",
            start_date=D(2026, 3, 1),
            deadline=D(2026, 12, 31),
            cost_nok=20000,
            hours=200,
            resource_note="Mentortid dekkes delvis av mentortilskudd.",
            expected_effect="To personer prøver seg i jobb; minst én ansettes.",
            status=MeasureStatus.IN_PROGRESS,
            what_was_done="Tre deltakere har vært i arbeidstrening; mentoren har fått fast tid hver uke.",
            outcome="Jonas ble ansatt i juni med midlertidig lønnstilskudd.",
            goals=[g2, g4],
            milestones=[
                ("Første deltaker starter", D(2026, 3, 2), True),
                ("Første ansettelse", D(2026, 6, 15), True),
                ("Andre plass fast i bruk", D(2026, 11, 30), False),
            ],
            resources=["nav-arbeidstrening", "nav-mentortilskudd", "nav-midlertidig-lonnstilskudd"],
        ),
        dict(
            title="Lærlingplass i bakerfaget",
            area="Kompetanse",
            description="Én lærling fra høsten 2026, og fagbrev på jobb for en erfaren medarbeider.",
            priority=Priority.MEDIUM,
            owner=kari,
            responsible="Per Kristian Holm (skiftleder natt)",
            start_date=D(2026, 8, 15),
            deadline=D(2027, 6, 30),
            cost_nok=15000,
            hours=120,
            resource_note="Lærlingtilskudd dekker det meste av kostnaden.",
            expected_effect="En fagarbeider mer om to år.",
            status=MeasureStatus.IN_PROGRESS,
            what_was_done="Lærlingen startet 18. august; avtale med opplæringskontoret er på plass.",
            outcome="Første halvår går etter planen.",
            goals=[g2],
            milestones=[
                ("Lærekontrakt signert", D(2026, 8, 15), True),
                ("Halvårssamtale", D(2027, 1, 20), False),
            ],
            resources=["laerlingtilskudd", "fagbrev-pa-jobb"],
        ),
        dict(
            title="Kurs i tilrettelegging for skiftledere",
            area="Lederforankring og kompetanse",
            description="Alle fire skiftledere tar kurs hos NAV Arbeidslivssenter.",
            priority=Priority.HIGH,
            owner=kari,
            responsible=ahmed,
            start_date=D(2026, 4, 1),
            deadline=D(2026, 10, 31),
            cost_nok=8000,
            hours=32,
            resource_note="Kurset er gratis; kostnaden er vikar mens de er på kurs.",
            expected_effect="Tryggere ledere og bedre opplæring av nye.",
            status=MeasureStatus.DONE,
            what_was_done="Alle fire har fullført kurset; vi har laget en enkel sjekkliste.",
            outcome="Skiftlederne sier de er tryggere, og sykefraværet har gått ned.",
            goals=[g3],
            milestones=[
                ("To første på kurs", D(2026, 5, 29), True),
                ("Alle har fullført", D(2026, 10, 15), True),
            ],
            resources=["nav-arbeidslivssenter", "ia-avtalen"],
        ),
        dict(
            title="Fadder og opplæringsplan for alle nyansatte",
            area="Oppfølging",
            description=(
                "Fadder, tolv ukers opplæringsplan og samtale hver fjortende dag det første halvåret."
            ),
            priority=Priority.MEDIUM,
            owner=ahmed,
            responsible="Lise Nilsen (tillitsvalgt)",
            start_date=D(2026, 2, 1),
            deadline=D(2026, 12, 31),
            hours=80,
            resource_note="Fadderne får én time i uka til oppfølging.",
            expected_effect="Flere blir værende etter prøvetiden.",
            status=MeasureStatus.IN_PROGRESS,
            what_was_done="Seks faddere har fått en kort innføring; malen for opplæringsplan er i bruk.",
            outcome="Alle nyansatte i år har hatt fadder.",
            goals=[g4],
            milestones=[
                ("Faddere utnevnt", D(2026, 2, 20), True),
                ("Evaluering med fadderne", D(2026, 11, 27), False),
            ],
            resources=["nav-inkluderingstilskudd", "nav-ekspertbistand"],
        ),
        dict(
            title="Norskopplæring knyttet til arbeidet",
            area="Kompetanse",
            description="Norsk på arbeidsplassen for fire medarbeidere, med hygieneinstrukser som lærestoff.",
            priority=Priority.LOW,
            owner=kari,
            responsible=ahmed,
            start_date=D(2026, 9, 1),
            deadline=D(2027, 5, 31),
            cost_nok=5000,
            hours=60,
            resource_note="Søker tilskudd gjennom Kompetansepluss arbeid.",
            expected_effect="Tryggere kommunikasjon og færre misforståelser i produksjonen.",
            status=MeasureStatus.PLANNED,
            goals=[g4],
            milestones=[("Søknad sendt", D(2026, 12, 15), False), ("Kurset starter", D(2027, 2, 1), False)],
            resources=["kompetansepluss-arbeid"],
        ),
        dict(
            title="Vask av arbeidstøy fra en arbeidsinkluderingsbedrift",
            area="Innkjøp",
            description="Flytte vask av arbeidstøy og duker til Vekstbedriften når dagens avtale går ut.",
            priority=Priority.LOW,
            owner=kari,
            responsible=kari,
            start_date=D(2026, 5, 1),
            deadline=D(2027, 3, 31),
            cost_nok=0,
            resource_note="Samme pris som i dag.",
            expected_effect="Arbeid til to personer hos Vekstbedriften.",
            status=MeasureStatus.PAUSED,
            what_was_done="Tilbud innhentet; satt på vent til dagens avtale går ut i februar.",
            outcome="Ingen effekt ennå.",
            goals=[g5],
            milestones=[
                ("Tilbud innhentet", D(2026, 6, 12), True),
                ("Ny avtale signert", D(2027, 2, 26), False),
            ],
            resources=["arbeid-og-inkludering"],
        ),
    ]
    measures = []
    for position, spec in enumerate(specs):
        milestones = spec.pop("milestones")
        resources = spec.pop("resources")
        measure = Measure(position=position, **spec)
        measure.milestones = [
            Milestone(position=i, title=title, due_date=due, done=done)
            for i, (title, due, done) in enumerate(milestones)
        ]
        measure.resources_used = [MeasureResource(catalogue_entry_id=entry) for entry in resources]
        measures.append(measure)
    return measures


def _lessons() -> list[Lesson]:
    rows = [
        ("Arbeidstrening før ansettelse gir begge parter en trygg start.", True),
        ("Mentoren må ha fast tid i turnusen, ellers blir oppfølgingen det første som ryker.", True),
        ("Korte samtaler ofte er bedre enn lange samtaler sjelden.", False),
        ("Vi ventet for lenge med å ringe NAV. Ring tidlig, før annonsen er skrevet.", True),
    ]
    return [Lesson(position=i, text=text, carry_forward=carry) for i, (text, carry) in enumerate(rows)]


def add_example_plan(session: Session) -> Plan:
    """Add a new, complete example plan to the database and return it (another copy each time)."""
    plan = _profile()
    plan.participants = _participants()
    plan.needs = _needs()
    plan.gaps = _gaps()
    plan.strengths = _strengths()
    plan.goals = _goals(plan.gaps)
    plan.measures = _measures(plan.goals)
    plan.lessons = _lessons()
    session.add(plan)
    session.commit()
    return plan


def example_plan(session: Session) -> Plan:
    """The example plan of this data folder: the one already there, or a new one.

    The window's "Open example plan" and ``verktoykasse example`` both use it, so a course that runs the
    command twice, or a user who clicks twice, finds one example plan, not a list of copies.
    """
    from sqlalchemy import select

    existing = session.scalars(select(Plan).where(Plan.is_example).order_by(Plan.id)).first()
    return existing if existing is not None else add_example_plan(session)
