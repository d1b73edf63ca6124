"""Every output of the equality figures keeps small groups private, and the report draft says what it is.

A plan full of small groups (threshold 9: every count below is 6, 7 or 8, or a number that would give one
back) goes through every output a user can make of it — the ARP window's table "as it will be
published", the report draft as a PDF and as a Word document from the window, the File menu and
``verktoykasse export --arp`` in bokmål and English, the plan file for an adviser marked as anonymised
(window and command line), the action plan — and none of them shows a hidden number.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog

from safety_data import run_cli_here
from verktoykasse.i18n import report_language

TODAY = dt.date(2027, 3, 1)
THRESHOLD = 9
# Counts that describe fewer than 9 persons, and counts hidden because they would give one back.
SECRET_COUNTS = {"6", "7", "8", "23", "10", "11", "12"}
# Derived figures of small groups: an average of 7 women's weeks, 7 women's pay, and their ratio to men's.
SECRET_VALUES = ("33,3", "33.3", "43217", "96,0", "96.0", "96 %")


def small_groups_plan(session):
    from verktoykasse.storage.models import (
        ArpInvolvement,
        ArpPayLevel,
        ArpRisk,
        ArpYear,
        GapArea,
        Goal,
        Measure,
        Plan,
    )

    plan = Plan(
        name="Likestilling hos Fjordbakeriet",
        org_name="Fjordbakeriet AS",
        employees=30,
        employer_sector="private",
        arp_requested=True,
        privacy_threshold=THRESHOLD,
        arp_principles="Vi ansetter etter kompetanse.",
        arp_responsible="Styret",
    )
    gap = GapArea(title="Rekruttering", position=0)
    goal = Goal(title="Bredere rekruttering", gap=gap)
    plan.gaps, plan.goals = [gap], [goal]
    measure = Measure(title="Annonser bredere", owner="Daglig leder", goals=[goal])
    plan.measures = [measure]
    plan.arp_risks = [ArpRisk(ground="gender", area="recruitment", state="risk", gap=gap, cause="Få søkere")]
    plan.arp_involvement = [ArpInvolvement(held_on=dt.date(2027, 2, 3), who="Tillitsvalgt", topic="Kartet")]
    year = ArpYear(
        year=2026,
        women=7,
        men=23,
        temporary_women=6,
        temporary_men=8,
        part_time_women=7,
        part_time_men=0,
        leave_women=6,
        leave_men=10,
        leave_weeks_women=33.3,
        leave_weeks_men=14.5,
        involuntary_women=6,
        involuntary_men=0,
    )
    year.pay_levels = [
        ArpPayLevel(level="Produksjon", women=7, men=12, women_pay=43217, men_pay=45000, position=0),
        ArpPayLevel(level="Butikk", women=10, men=11, women_pay=39000, men_pay=38000, position=1),
    ]
    plan.arp_years = [year]
    session.add(plan)
    session.commit()
    return plan.id


def leaks(text: str) -> list[str]:
    """The hidden numbers that appear in ``text`` as numbers of their own (not inside 2026 or 01.03)."""
    joined = re.sub(r"(?<=\d)[\s\u00a0\u202f](?=\d{3}\b)", "", text)  # "43 217" as one number
    tokens = set(re.findall(r"(?<![\d.,])\d+(?![\d])(?![.,]\d)", joined))
    found = sorted(tokens & SECRET_COUNTS)
    found += [value for value in SECRET_VALUES if value in joined]
    return found


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def word_text(data: bytes) -> str:
    """Everything a reader of the Word file sees: the page header, the paragraphs and every table cell."""
    import docx

    document = docx.Document(io.BytesIO(data))
    texts = [p.text for section in document.sections for p in section.header.paragraphs]
    texts += [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(texts)


@pytest.fixture
def plan_window(start_window):
    window = start_window()
    window.clock = lambda: TODAY
    with window.database.session() as session:
        plan_id = small_groups_plan(session)
    window.open_plan(plan_id)
    return window, plan_id


def test_no_output_of_a_plan_full_of_small_groups_shows_a_hidden_number(
    plan_window, tmp_path, monkeypatch, capsys
):
    from verktoykasse.reports.arp_docx import build_arp_docx
    from verktoykasse.reports.arp_draft import build_arp_draft
    from verktoykasse.reports.document import build_action_plan
    from verktoykasse.storage.editing import load_plan
    from verktoykasse.ui.arp_window import ArpWindow

    window, plan_id = plan_window
    outputs: dict[str, str] = {}

    # The window: the year as it will be published.
    arp = ArpWindow(window.database, plan_id, window, today=TODAY, tab="figures")
    outputs["window"] = arp.figures.preview.text()
    assert "fewer than 9" in outputs["window"]
    # The window's buttons: the draft and the plan file for an adviser.
    answers = iter(
        [
            str(tmp_path / "utkast.pdf"),
            str(tmp_path / "utkast.docx"),
            str(tmp_path / "til rådgiver.json"),
            str(tmp_path / "fra menyen.docx"),
        ]
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (next(answers), ""))
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    arp.save_draft("pdf")
    arp.save_draft("docx")
    arp.save_anonymised()
    arp.reject()
    arp.deleteLater()
    QApplication.processEvents()
    outputs["window draft"] = pdf_text((tmp_path / "utkast.pdf").read_bytes())
    outputs["window Word draft"] = word_text((tmp_path / "utkast.docx").read_bytes())
    adviser = json.loads((tmp_path / "til rådgiver.json").read_text(encoding="utf-8"))
    # File → ARP report draft → As a Word document to edit…
    window.arp_actions.draft_menu.findChild(QAction, "arpDraftWordAction").trigger()
    outputs["menu Word draft"] = word_text((tmp_path / "fra menyen.docx").read_bytes())

    # The command line.
    def export(*args: str) -> None:
        code, _out, err = run_cli_here(
            capsys, "--data-dir", str(window.context.paths.root), "export", str(plan_id), *args
        )
        assert code == 0, err

    export("--arp", str(tmp_path / "cli.pdf"))
    outputs["cli draft"] = pdf_text((tmp_path / "cli.pdf").read_bytes())
    export("--arp", str(tmp_path / "cli.docx"))
    outputs["cli Word draft"] = word_text((tmp_path / "cli.docx").read_bytes())
    export("--json", str(tmp_path / "cli.json"), "--anonymised")
    cli_adviser = json.loads((tmp_path / "cli.json").read_text(encoding="utf-8"))

    with window.database.session() as session:
        plan = load_plan(session, plan_id)
        for language in ("nb", "en"):
            outputs[f"draft {language}"] = pdf_text(build_arp_draft(plan, TODAY, language))
            outputs[f"Word draft {language}"] = word_text(build_arp_docx(plan, TODAY, language))
        action_plan = pdf_text(build_action_plan(plan, TODAY, catalogue=None))

    for name, text in outputs.items():
        assert leaks(text) == [], f"{name} shows hidden numbers"
    # The action plan for the board carries no equality figures at all (its page and section numbers are
    # small numbers of their own): none of the small groups' derived figures is in it.
    assert [value for value in SECRET_VALUES if value in action_plan.replace("\u00a0", "")] == []
    for name in ("draft nb", "Word draft nb", "cli Word draft", "menu Word draft"):
        assert "færre enn 9" in outputs[name] and "skjult" in outputs[name], name

    for document in (adviser, cli_adviser):
        assert document["anonymised"] is True
        year = document["plan"]["arp_years"][0]
        shown = {
            key: value for key, value in year.items() if isinstance(value, int | float) and key != "year"
        }
        # Only what the guard shows: no one of a gender (0), and the men's weeks of leave (10 men).
        assert shown == {"part_time_men": 0, "involuntary_men": 0, "leave_weeks_men": 14.5}
        levels = [{k: v for k, v in level.items() if v is not None} for level in year["pay_levels"]]
        assert levels == [
            {"level": "Produksjon", "men_pay": 45000.0},
            {"level": "Butikk", "women_pay": 39000.0, "men_pay": 38000.0},
        ]


def test_the_draft_has_both_parts_and_says_it_is_a_draft_in_bokmal_and_english(plan_window):
    from verktoykasse.reports.arp_draft import build_arp_draft, draft_sections
    from verktoykasse.storage.editing import load_plan

    window, plan_id = plan_window
    with window.database.session() as session:
        plan = load_plan(session, plan_id)
        texts = {language: pdf_text(build_arp_draft(plan, TODAY, language)) for language in ("nb", "en")}
        with report_language("en"):
            headings = [section.heading for section in draft_sections(plan, TODAY)]
    assert headings == [
        "This is a draft: check before use",
        "Which duty applies",
        "Part 1: The state of gender equality",
        "Part 2: Our work for equality and against discrimination",
        "The four steps",
        "Involvement of the employees' representatives",
    ]
    english, bokmal = " ".join(texts["en"].split()), " ".join(texts["nb"].split())
    for heading in headings:
        assert heading in english
    assert "DRAFT – Report on equality and non-discrimination 2026" in english
    assert "§ 26a" in english and "Tillitsvalgt" in english and "Annonser bredere" in english
    for text in (
        "UTKAST – Redegjørelse for likestilling og ikke-diskriminering 2026",
        "Dette er et utkast: sjekk før bruk",
        "Del 1: Tilstanden for kjønnslikestilling",
        "Del 2: Vårt arbeid for likestilling og mot diskriminering",
        "Medvirkning fra de ansattes representanter",
        "Likestillings- og diskrimineringsloven",
        "Mangler:",  # 62 cells of the risk map are not assessed
    ):
        assert text in bokmal, text


def test_a_draft_of_a_plan_without_figures_marks_what_is_missing_and_makes_nothing_up(context):
    from verktoykasse.reports.arp_draft import build_arp_draft
    from verktoykasse.storage.editing import load_plan
    from verktoykasse.storage.plans import create_plan

    with context.database.session() as session:
        plan = create_plan(session, "Tom plan")
        plan.employees = 0
        session.commit()
        text = " ".join(pdf_text(build_arp_draft(load_plan(session, plan.id), TODAY, "en")).split())
    assert "Which equality duty applies cannot be said yet: type the number of employees." in text
    assert "Missing: No figures have been typed for any year." in text
    assert "Missing: No meeting with the employees' representatives is recorded" in text
    assert "Missing: Describe the principles, procedures and standards for equality." in text
