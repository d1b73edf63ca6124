"""The workshop kit the owner prints before the meeting: an agenda, a page per guiding question, the
gap-scoring sheet for the wall, a goals sheet and a measures sheet with the schemes that may help —
blank for writing on, or filled with the plan so far, in bokmål or English, whatever the plan holds."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from tests.safety_data import run_cli_here

from verktoykasse.storage.models import GapArea, Goal, Kpi, Measure, MeasureResource, Participant, Plan

SAMI = "Ánde Čeavlás đ ŋ š ŧ ž"
LONG_WORD = "Arbeidsinkluderingssamarbeidskoordineringsansvarsfordelingsdokument" * 2
MARKUP = "<b>fet</b> AT&T a<b <font size=40>"


def add_workshop_plan(session, **texts: str) -> int:
    plan = Plan(
        name=texts.get("name", "Inkludering 2027"),
        org_name=texts.get("org", "Fjordbakeriet AS"),
        problem_statement="Vi mangler folk i pakkeriet.",
        workshop_date=dt.date(2027, 3, 4),
        question_employer_need=texts.get("answer", "Sjåfører med førerkort C"),
        question_outside_need="Faste arbeidstider",
        question_other_positions="",
        question_seen_as_resources="",
    )
    plan.participants = [Participant(name=texts.get("participant", "Åse Ødegård"), position=0)]
    plan.gaps = [
        GapArea(
            position=0,
            template_key="recruitment",
            title=texts.get("gap", "Rekruttering"),
            current_score=2,
            desired_score=4,
        ),
        GapArea(position=1, template_key="", title=texts.get("own_gap", "Språk på arbeidsplassen")),
    ]
    goal = Goal(position=0, title="Flere i jobb", change=texts.get("change", "To nye i pakkeriet"))
    goal.kpis = [Kpi(position=0, name="Ansatte fra målgruppen", unit="personer", baseline=0, target=2)]
    plan.goals = [goal]
    measure = Measure(
        position=0,
        title=texts.get("measure", "Arbeidstrening i pakkeriet"),
        owner="Daglig leder",
        start_date=dt.date(2027, 4, 1),
        deadline=dt.date(2027, 9, 30),
        expected_effect="Én fast ansettelse",
    )
    measure.resources_used = [MeasureResource(catalogue_entry_id="nav-arbeidstrening")]
    plan.measures = [measure]
    session.add(plan)
    session.commit()
    return plan.id


def build(database, plan_id: int, **options) -> bytes:
    from verktoykasse.catalogue import load_catalogue
    from verktoykasse.reports.worksheets import build_worksheets
    from verktoykasse.storage.editing import load_plan

    catalogue = load_catalogue(database.path.parent)
    with database.session() as session:
        # English unless asked: the tests read the source texts (a plan's report language is bokmål).
        options = {"language": "en", **options}
        return build_worksheets(load_plan(session, plan_id), catalogue=catalogue, **options)


def pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_blank_kit_has_an_agenda_four_question_pages_and_three_sheets(qapp, database):
    from verktoykasse.domain.labels import GAP_TEMPLATE_KEYS, gap_template_title
    from verktoykasse.domain.workshop import GUIDING_QUESTIONS

    with database.session() as session:
        plan = Plan(name="Tom plan")
        session.add(plan)
        session.commit()
        plan_id = plan.id
    text = pages(build(database, plan_id, filled=False))
    assert len(text) == 9
    assert text[0].startswith("Workshop: agenda")
    for number, question in enumerate(GUIDING_QUESTIONS, start=1):
        assert question.text in text[0]  # on the agenda, and on a page of its own
        assert text[number].startswith(f"Question {number} of 4")
        assert squeeze(question.text) in squeeze(text[number])
    assert text[5].startswith("Gap areas: where are we today")
    for key in GAP_TEMPLATE_KEYS:  # seed 000's five typical areas, even before the plan has any
        assert squeeze(gap_template_title(key)) in squeeze(text[5])
    assert text[6].startswith("Goals and how we measure them")
    assert text[7].startswith("Measures: who does what, and by when")
    assert text[8].startswith("Schemes that may help with your gap areas")
    assert all(f"Page {n} of 9" in page for n, page in enumerate(text, start=1))


def test_the_filled_kit_carries_the_plan_so_far_and_the_schemes_for_its_gap_areas(qapp, database):
    from verktoykasse.catalogue import load_catalogue
    from verktoykasse.catalogue.suggest import for_gap

    with database.session() as session:
        plan_id = add_workshop_plan(session)
    text = pages(build(database, plan_id, filled=True, place="Kantina, Storgata 1", time="09.00–12.00"))
    agenda = text[0]
    assert "When: 04.03.2027 09.00–12.00" in agenda
    assert "Where: Kantina, Storgata 1" in agenda
    assert "Åse Ødegård" in agenda
    assert "Sjåfører med førerkort C" in text[1]
    assert "What the plan says so far" not in text[3]  # question 3 is not answered yet
    gaps = squeeze(text[5])
    assert "Rekruttering" in gaps and "Språkpåarbeidsplassen" in gaps  # its own area too
    assert "A thick frame marks the score the plan holds so far." in text[5]
    assert "To nye i pakkeriet" in text[6] and "Ansatte fra målgruppen" in text[6]
    measures = " ".join(text[7:])
    assert text[8].startswith("Schemes that may help with your gap areas")
    assert "Arbeidstrening i pakkeriet" in measures and "Daglig leder" in measures
    assert "01.04.2027" in measures and "30.09.2027" in measures
    expected = for_gap("recruitment", "Rekruttering", load_catalogue())[0].name
    assert squeeze(expected) in squeeze(measures)


def test_blank_sheets_leave_the_plans_answers_off(qapp, database):
    with database.session() as session:
        plan_id = add_workshop_plan(session)
    text = " ".join(pages(build(database, plan_id, filled=False)))
    assert "Sjåfører med førerkort C" not in text
    assert "Arbeidstrening i pakkeriet" not in text
    assert "To nye i pakkeriet" not in text


def test_the_gap_sheet_goes_on_a3_for_the_wall_when_asked(qapp, database):
    from pypdf import PdfReader

    with database.session() as session:
        plan_id = add_workshop_plan(session)
    reader = PdfReader(io.BytesIO(build(database, plan_id, gap_size="A3")))
    sizes = [(round(float(page.mediabox.width)), round(float(page.mediabox.height))) for page in reader.pages]
    assert sizes[0] == (595, 842)  # the agenda stays A4
    assert sizes[5] == (1191, 842)  # A3 landscape
    assert "Gap areas" in reader.pages[5].extract_text()


@pytest.mark.parametrize(
    ("field", "value"),
    [("answer", SAMI), ("gap", MARKUP), ("measure", LONG_WORD), ("change", "æøå ÆØÅ – … €"), ("org", MARKUP)],
)
def test_whatever_the_plan_holds_prints_as_typed(qapp, database, field, value):
    with database.session() as session:
        plan_id = add_workshop_plan(session, **{field: value})
    text = squeeze(" ".join(pages(build(database, plan_id))))
    assert squeeze(value) in text


def test_the_kit_speaks_the_plans_language_bokmal_by_default_whatever_the_window_speaks(qapp, database):
    with database.session() as session:
        plan_id = add_workshop_plan(session)
    text = pages(build(database, plan_id, language=None))  # the plan says nothing: bokmål
    assert "Hva vi gjør" in text[0]
    assert "Spørsmål 1 av 4" in text[1]
    assert "Side 1 av" in text[0]
    assert "Mangfold på arbeidsplassen" in text[5]


def test_the_command_line_writes_the_kit(qapp, context, tmp_path, capsys):
    from pypdf import PdfReader

    with context.database.session() as session:
        add_workshop_plan(session)
    target = tmp_path / "verksted.pdf"
    code, out, err = run_cli_here(
        capsys,
        "--data-dir",
        str(context.paths.root),
        "export",
        "Inkludering 2027",
        "--worksheets",
        str(target),
        "--a3",
    )
    assert code == 0, err
    assert out.strip() == str(target)
    reader = PdfReader(target)
    assert "Workshop: agenda" in reader.pages[0].extract_text()
    assert round(float(reader.pages[5].mediabox.width)) == 1191


def test_the_printed_invitation_is_one_page_and_prints_whatever_the_plan_holds(qapp, database):
    from verktoykasse.reports.worksheets import build_invitation
    from verktoykasse.storage.editing import load_plan

    with database.session() as session:
        plan_id = add_workshop_plan(session, org=MARKUP)
        plan = session.get(Plan, plan_id)
        plan.contact_person = SAMI
        plan.problem_statement = LONG_WORD
        session.commit()
    with database.session() as session:
        plan = load_plan(session, plan_id)
        text = pages(build_invitation(plan, "Kantina «Øst», 2. etg.", "09.00–12.00", language="en"))
    assert len(text) == 1
    for value in (MARKUP, SAMI, LONG_WORD, "Kantina «Øst», 2. etg.", "04.03.2027 09.00–12.00"):
        assert squeeze(value) in squeeze(text[0])
