"""The action plan PDF a board member reads: every section there, every character printed as typed,
long text wrapped instead of cut, big plans paginated with numbered pages and repeated table headers."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest

from safety_data import run_cli_here
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
    Plan,
)

TODAY = dt.date(2026, 11, 22)
SPECIAL = "æøå ÆØÅ č đ ŋ š ŧ ž Č Đ Ŋ Š Ŧ Ž – … €"
MARKUP = ("<b>fet</b>", "AT&T", "a<b", "<font size=40>")
SECTIONS = (
    "Action plan for inclusion",
    "Summary for the board",
    "Gap analysis",
    "Goals and KPIs",
    "Measures",
    "Timeline",
    "Milestones by month",
    "Roles and follow-up",
    "Schemes and contacts used",
    "Evaluation status",
)


def add_filled_plan(session, **texts: str) -> int:
    """A small plan filled in by hand, as a bakery would after one sitting per step."""
    plan = Plan(
        name=texts.get("name", "Inkludering 2027"),
        org_name=texts.get("org_name", "Fjordbakeriet AS"),
        org_number="123456785",
        period_start=dt.date(2027, 1, 1),
        period_end=dt.date(2027, 12, 31),
        problem_statement=texts.get("problem", "Hvordan får vi flere ut i arbeid?"),
        work_owner="Ledergruppen",
        operational_responsible=texts.get("responsible", "HR-ansvarlig"),
        follow_up_method="Status på hvert ledermøte",
        reporting_frequency="quarterly",
        anchoring="Virksomhetsstrategien",
        celebrations="Kake på fredag",
    )
    gap = GapArea(
        position=0,
        template_key="recruitment",
        title=texts.get("gap", "Rekrutteringsprosesser"),
        current_situation=texts.get("current", "Vi ansetter gjennom bekjente."),
        desired_situation="Åpne utlysninger og arbeidstrening.",
        current_score=2,
        desired_score=4,
        sdg8=True,
        priority="high",
    )
    goal = Goal(
        position=0, gap=gap, title=texts.get("goal", "To personer i fast jobb"), change="Flere i jobb"
    )
    kpi = Kpi(
        position=0,
        name=texts.get("kpi", "Ansatte fra målgruppen"),
        unit="personer",
        baseline=0,
        target=2,
        deadline=dt.date(2027, 12, 31),
        direction="higher",
    )
    kpi.measurements += [
        Measurement(measured_on=dt.date(2027, 3, 1), value=0),
        Measurement(measured_on=dt.date(2027, 6, 1), value=1),
    ]
    goal.kpis.append(kpi)
    contact = Contact(
        name=texts.get("contact", "NAV Fredrikstad"), url="https://www.nav.no", phone="55 55 33 33"
    )
    measure = Measure(
        position=0,
        title=texts.get("measure", "Arbeidstrening i pakkeriet"),
        description=texts.get("description", "To plasser i pakkeriet."),
        owner=texts.get("owner", "Daglig leder"),
        start_date=dt.date(2027, 2, 1),
        deadline=dt.date(2027, 8, 31),
        cost_nok=12500,
        hours=40,
        expected_effect=texts.get("effect", "Én fast ansettelse"),
        status="in_progress",
        what_was_done="Første deltaker startet i mars.",
        outcome="Godt mottatt i pakkeriet.",
    )
    measure.goals.append(goal)
    measure.milestones.append(
        Milestone(
            position=0,
            title=texts.get("milestone", "Første deltaker"),
            due_date=dt.date(2027, 3, 1),
            done=True,
        )
    )
    measure.resources_used += [
        MeasureResource(catalogue_entry_id="nav-arbeidstrening"),
        MeasureResource(contact=contact),
    ]
    plan.gaps.append(gap)
    plan.goals.append(goal)
    plan.measures.append(measure)
    plan.lessons.append(
        Lesson(position=0, text=texts.get("lesson", "Fast mentor hjelper"), carry_forward=True)
    )
    session.add(plan)
    session.commit()
    return plan.id


def render(database, plan_id: int, language: str = "en") -> bytes:
    """The PDF in ``language``: English here, so the tests read the source texts."""
    from verktoykasse.catalogue import load_catalogue
    from verktoykasse.reports.document import build_action_plan
    from verktoykasse.storage.editing import load_plan

    catalogue = load_catalogue(database.path.parent)
    with database.session() as session:
        return build_action_plan(load_plan(session, plan_id), TODAY, language=language, catalogue=catalogue)


def pages_text(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_section_of_the_plan_is_printed(qapp, database):
    with database.session() as session:
        plan_id = add_filled_plan(session)
    data = render(database, plan_id)
    assert data.startswith(b"%PDF")
    text = "\n".join(pages_text(data))
    for heading in SECTIONS:
        assert heading in text
    for typed in (
        "Fjordbakeriet AS",
        "Inkludering 2027",
        "Rekrutteringsprosesser",
        "To personer i fast jobb",
        "Ansatte fra målgruppen",
        "Arbeidstrening i pakkeriet",
        "Daglig leder",
        "Første deltaker",
        "NAV Fredrikstad",
        "https://www.nav.no",
        "Fast mentor hjelper",
        "Kake på fredag",
        "Ledergruppen",
        "01.01.2027",
        "31.12.2027",
        "kr 12",
        "Godt mottatt i pakkeriet.",
    ):
        assert typed in text, typed


def test_every_character_a_user_types_prints(qapp, database):
    from pypdf import PdfReader

    fields = (
        "name",
        "org_name",
        "gap",
        "goal",
        "kpi",
        "measure",
        "owner",
        "effect",
        "milestone",
        "lesson",
        "contact",
    )
    with database.session() as session:
        plan_id = add_filled_plan(session, **{field: f"{field} {SPECIAL}" for field in fields})
    data = render(database, plan_id)
    text = " ".join(" ".join(pages_text(data)).split())
    for field in fields:
        assert f"{field} {SPECIAL}" in text, field
    fonts = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("DejaVuSans" in font for font in fonts), fonts


def test_text_that_looks_like_markup_prints_as_typed(qapp, database):
    texts = {
        "name": "Plan <b>fet</b>",
        "gap": "AT&T og a<b",
        "goal": "<font size=40>stor</font>",
        "measure": "Tiltak <i>x</i> & <br/> y",
        "effect": "a<b & c>d",
        "owner": "R&D <b>",
        "problem": "Hva om <para> & </para>?",
    }
    with database.session() as session:
        plan_id = add_filled_plan(session, **texts)
    text = "\n".join(pages_text(render(database, plan_id)))
    for typed in [*texts.values(), *MARKUP]:
        assert squeeze(typed) in squeeze(text), typed


def test_a_very_long_text_and_a_very_long_word_wrap_and_all_of_it_prints(qapp, database):
    long_text = " ".join(f"ord{i}" for i in range(900))  # ~6,000 characters
    assert len(long_text) > 5000
    long_word = "Lang" + "ordmedmangebokstaver" * 15  # over 300 characters without a break
    texts = {
        "problem": long_text,
        "description": long_text,
        "effect": long_text,
        "current": long_text,
        "owner": long_word,
        "goal": long_word,
        "gap": long_word,
        "kpi": long_word,
    }
    with database.session() as session:
        plan_id = add_filled_plan(session, **texts)
    pages = pages_text(render(database, plan_id))
    words = set(" ".join(pages).split())
    assert {f"ord{i}" for i in range(900)} <= words
    body = squeeze("".join(re.sub(r"Page \d+ of \d+", "", page) for page in pages))
    assert body.count(long_word) >= 4


def test_a_large_plan_paginates_with_numbered_pages_and_repeated_table_headers(qapp, database):
    from benchmarks.sample_plans import add_large_plan

    with database.session() as session:
        plan_id = add_large_plan(session).id
    pages = pages_text(render(database, plan_id))
    total = len(pages)
    assert total > 20
    # The summary (with the board's decision box) keeps 9 pt text, so it may take a second page, no more.
    assert "Summary for the board" in pages[1] and "KPI status" in pages[1] + pages[2]
    assert "Gap analysis" in pages[2] + pages[3]
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in text
        assert "Stor plan" in text
    measure_pages = [text for text in pages if "Tiltak" in text or "Arbeidstrening i pakkeriet" in text]
    header_pages = [text for text in pages if "Expected effect" in text and "Schemes used" in text]
    assert len(header_pages) >= 5  # the measures table runs over many pages, each with its header row
    assert len(measure_pages) >= len(header_pages)
    milestone_pages = [text for text in pages if "Milestone" in text and "Month" in text]
    assert len(milestone_pages) >= 2


def test_an_empty_plan_prints_without_errors(qapp, database):
    from verktoykasse.storage.plans import create_plan

    with database.session() as session:
        plan_id = create_plan(session, "Tom plan").id
    text = "\n".join(pages_text(render(database, plan_id)))
    assert "Tom plan" in text
    assert "Not filled in yet." in text


def test_the_suggested_file_name_is_safe_on_every_system(qapp):
    from verktoykasse.reports.document import suggested_file_name

    assert suggested_file_name("Inkludering 2027", TODAY) == "Action plan – Inkludering 2027 – 2026-11-22.pdf"
    name = suggested_file_name('Plan: 2027/28 <"neste"> ? *|\\', TODAY)
    assert not set('<>:"/\\|?*') & set(name)
    assert name == "Action plan – Plan 2027 28 neste – 2026-11-22.pdf"
    assert suggested_file_name("...", TODAY) == "Action plan – 2026-11-22.pdf"


def test_writing_replaces_the_file_whole_or_leaves_it_alone(qapp, database, tmp_path, monkeypatch):
    import os

    from verktoykasse.reports.document import write_action_plan
    from verktoykasse.storage.editing import load_plan

    with database.session() as session:
        plan_id = add_filled_plan(session)
        plan = load_plan(session, plan_id)
        target = tmp_path / "plan.pdf"
        target.write_bytes(b"old copy")
        write_action_plan(plan, target, TODAY, language="en", catalogue=None)
        assert target.read_bytes().startswith(b"%PDF")

        def disk_full(*_args):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "replace", disk_full)
        with pytest.raises(OSError):
            write_action_plan(plan, tmp_path / "new.pdf", TODAY, catalogue=None)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["plan.pdf"]


def test_the_report_is_not_imported_at_start_up():
    import subprocess
    import sys

    src = Path(__file__).resolve().parents[1] / "src"
    code = (
        "import sys; import verktoykasse.cli, verktoykasse.ui.main_window; "
        "assert 'reportlab' not in sys.modules, 'reportlab loaded at start-up'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(src), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_the_report_names_schemes_from_the_catalogue_in_use_in_its_data_folder(
    qapp, database, tmp_path, monkeypatch, capsys
):
    """An advisor imported a newer catalogue edition into the data folder given with --data-dir: the
    board sees its names, not the shipped ones (the environment points elsewhere)."""
    monkeypatch.setenv("VERKTOYKASSE_DATA_DIR", str(tmp_path / "elsewhere"))
    from verktoykasse.catalogue.loader import import_catalogue_file, shipped_path
    from verktoykasse.storage.models import MeasureResource

    text = shipped_path().read_text(encoding="utf-8")
    edition = next(line for line in text.splitlines() if line.startswith("edition = "))
    later = dt.date.fromisoformat(edition.removeprefix("edition = ").strip()) + dt.timedelta(days=30)
    newer = tmp_path / "newer.toml"
    newer.write_text(
        text.replace(edition, f"edition = {later.isoformat()}", 1).replace(
            'name = "Idébanken"', 'name = "Idébanken (ny utgave)"', 1
        ),
        encoding="utf-8",
    )
    import_catalogue_file(newer, database.path.parent)
    with database.session() as session:
        plan_id = add_filled_plan(session)
        plan = session.get(Plan, plan_id)
        plan.measures[0].resources_used.append(MeasureResource(catalogue_entry_id="idebanken"))
        session.commit()
    target = tmp_path / "styret.pdf"
    code, _out, err = run_cli_here(
        capsys, "--data-dir", str(database.path.parent), "export", str(plan_id), "--pdf", str(target)
    )
    assert code == 0, err
    printed = squeeze("\n".join(pages_text(target.read_bytes())))
    assert squeeze("Idébanken (ny utgave)") in printed
