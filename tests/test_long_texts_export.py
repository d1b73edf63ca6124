"""Kari's database comes from version 0.1.0, which had no limit on a text: her labour need and one
measure's description are pasted reports longer than a field holds today. Every export still finishes;
the plan file she sends her adviser opens again (the texts in it cut to what a plan file holds, and she is
told which); the Excel workbook holds the longest cell Excel allows with a visible mark, and says which
cells. The PDF and the Word document keep every character, and her database is never changed."""

from __future__ import annotations

import pytest

from safety_data import add_full_plan, run_cli_here
from verktoykasse.domain.validation import LONGEST_TEXT

# Windows' rules for files written and read here (tests/windows_rules.py).
pytestmark = pytest.mark.windows_rules

LINE = "{}. Vi trenger flere bakere – og vi vil prøve nye veier inn i arbeidslivet med Nav.\n"
LONG = "".join(LINE.format(n) for n in range(1, LONGEST_TEXT // len(LINE) + 200))[: LONGEST_TEXT + 5_000]
MEASURE = "Arbeidstrening i pakkeriet"


@pytest.fixture
def plan_from_0_1_0(database) -> int:
    """A full plan whose labour need and first measure's description were stored too long by 0.1.0 (written
    straight into the database: today's program refuses to store them)."""
    from sqlalchemy import update

    from verktoykasse.storage.models import Measure, Plan

    with database.session() as session:
        plan = add_full_plan(session, name="Bakeriet 2027")
        plan.report_language = "en"
        session.commit()
        measure = next(m for m in plan.measures if m.title == MEASURE)
        session.execute(update(Plan).where(Plan.id == plan.id).values(labour_need=LONG))
        session.execute(update(Measure).where(Measure.id == measure.id).values(description=LONG))
        session.commit()
        return plan.id


def stored(database, plan_id: int) -> tuple[str, str]:
    from verktoykasse.storage.models import Plan

    with database.session() as session:
        plan = session.get(Plan, plan_id)
        return plan.labour_need, next(m for m in plan.measures if m.title == MEASURE).description


@pytest.mark.parametrize(
    "kind, name",
    [
        ("pdf", "board.pdf"),
        ("docx", "board.docx"),
        ("xlsx", "board.xlsx"),
        ("ics", "dates.ics"),
        ("worksheets", "workshop.pdf"),
        ("arp", "arp.pdf"),
        ("arp", "arp.docx"),
    ],
)
def test_every_report_of_a_plan_with_a_text_too_long_is_written(
    kind, name, plan_from_0_1_0, database, data_dir, capsys, tmp_path
):
    target = tmp_path / name
    code, out, err = run_cli_here(capsys, "export", str(plan_from_0_1_0), f"--{kind}", str(target))
    assert (code, out.strip()) == (0, str(target)), err
    assert target.stat().st_size > 0
    assert stored(database, plan_from_0_1_0) == (LONG, LONG)  # the export changed nothing


def test_the_word_document_keeps_the_whole_text(plan_from_0_1_0, data_dir, capsys, tmp_path):
    import zipfile

    target = tmp_path / "board.docx"
    code, _out, err = run_cli_here(capsys, "export", str(plan_from_0_1_0), "--docx", str(target))
    assert code == 0 and err == ""  # nothing was cut, so nothing to say
    with zipfile.ZipFile(target) as package:
        body = package.read("word/document.xml").decode("utf-8")
    last_line = LONG.rstrip("\n").rsplit("\n", 1)[-1]
    assert LINE.format(11_000).strip() in body and last_line in body


def test_the_plan_file_holds_the_texts_cut_says_which_and_imports_again(
    plan_from_0_1_0, database, data_dir, capsys, tmp_path
):
    from verktoykasse.domain.formatting import format_number
    from verktoykasse.storage.models import Plan

    target = tmp_path / "til rådgiveren.json"
    code, out, err = run_cli_here(capsys, "export", str(plan_from_0_1_0), "--json", str(target))
    assert (code, out.strip()) == (0, str(target))
    length, kept = format_number(len(LONG)), format_number(LONGEST_TEXT)
    assert err == (
        "verktoykasse: Some texts are longer than a plan file holds, so the file has them shortened: "
        f"Labour need ({length} characters, {kept} kept); "
        f"Measures “{MEASURE}” → Description ({length} characters, {kept} kept). "
        "The whole texts are still in Verktøykassa; shorten them there to carry everything.\n"
    )

    code, out, err = run_cli_here(capsys, "import", str(target))
    assert code == 0, err
    assert "Imported the plan “Bakeriet 2027 (2)”" in out
    with database.session() as session:
        copy = session.query(Plan).filter_by(name="Bakeriet 2027 (2)").one()
        description = next(m for m in copy.measures if m.title == MEASURE).description
        assert (copy.labour_need, description) == (LONG[:LONGEST_TEXT], LONG[:LONGEST_TEXT])
    assert stored(database, plan_from_0_1_0) == (LONG, LONG)


def test_a_plan_file_of_a_plan_within_the_limits_says_nothing_more(database, data_dir, capsys, tmp_path):
    with database.session() as session:
        plan_id = add_full_plan(session, name="Bakeriet 2027").id
    code, _out, err = run_cli_here(capsys, "export", str(plan_id), "--json", str(tmp_path / "plan.json"))
    assert (code, err) == (0, "")


def test_the_workbook_holds_as_much_as_a_cell_can_with_a_mark_and_says_which_cell(
    plan_from_0_1_0, data_dir, capsys, tmp_path
):
    import openpyxl

    from verktoykasse.domain.formatting import format_number
    from verktoykasse.reports.xlsx import MAX_CELL

    target = tmp_path / "til regnskapsføreren.xlsx"
    code, _out, err = run_cli_here(capsys, "export", str(plan_from_0_1_0), "--xlsx", str(target))
    assert code == 0

    sheet = openpyxl.load_workbook(target)["Measures"]
    headers = [cell.value for cell in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if MEASURE in r)
    cell = row[headers.index("Description")]
    mark = "…(cut, see the PDF)"
    assert len(cell) == MAX_CELL and cell.endswith(mark)
    assert cell[: -len(mark)] == LONG[: MAX_CELL - len(mark)]

    kept = format_number(MAX_CELL - len(mark))
    assert err == (
        "verktoykasse: Some texts are longer than an Excel cell holds, so the workbook has them shortened "
        f"and marked “{mark}”: Measures “{MEASURE}” → Description ({format_number(len(LONG))} characters, "
        f"{kept} kept). The PDF and the Word document have the whole texts.\n"
    )


def test_exporting_the_plan_file_in_the_window_says_which_texts_it_holds_shortened(
    start_window, plan_from_0_1_0, tmp_path, monkeypatch, answer_next_dialog
):
    import verktoykasse.ui.data_actions as data_actions
    from verktoykasse.exchange.plan_json import read_plan_file

    window = start_window()
    window.home.refresh(select_id=plan_from_0_1_0)
    target = tmp_path / "Bakeriet 2027.json"
    monkeypatch.setattr(data_actions, "ask_save_path", lambda *args: target)
    window.data_actions.export_plan()
    from PySide6.QtWidgets import QApplication, QMessageBox

    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1
    notice = boxes[0]
    assert notice.objectName() == "noticeDialog"
    assert "Labour need" in notice.text()
    assert f"Measures “{MEASURE}” → Description" in notice.text()
    assert "The whole texts are still in Verktøykassa" in notice.text()
    notice.button(QMessageBox.StandardButton.Ok).click()

    document = read_plan_file(target)  # opens again: every check of an import passes
    assert document["plan"]["labour_need"] == LONG[:LONGEST_TEXT]


def test_moving_to_another_database_refuses_a_plan_whose_text_would_be_cut_and_says_which(
    plan_from_0_1_0, database, tmp_path
):
    from verktoykasse.exchange.transfer import TransferError, copy_every_plan
    from verktoykasse.storage.db import open_database
    from verktoykasse.storage.plans import list_plans

    other = open_database(tmp_path / "other" / "verktoykasse.sqlite3")
    try:
        with database.session() as source, other.session() as target, pytest.raises(TransferError) as refused:
            copy_every_plan(source, target)
        said = str(refused.value)
        assert said.startswith("The plan “Bakeriet 2027” holds texts longer than a field holds: ")
        assert "Labour need (" in said
        assert said.endswith("Shorten them in the plan first. Nothing was moved.")
        with other.session() as session:
            assert list_plans(session) == []
    finally:
        other.close()
    assert stored(database, plan_from_0_1_0) == (LONG, LONG)


def test_a_shortened_text_is_named_by_its_place_in_the_users_words(plan_from_0_1_0, database):
    from verktoykasse.domain.shortened import ShortenedText
    from verktoykasse.exchange.plan_json import plan_document
    from verktoykasse.storage.editing import load_plan

    with database.session() as session:
        shortened: list[ShortenedText] = []
        plan_document(load_plan(session, plan_from_0_1_0), shortened=shortened)
    assert [item.where for item in shortened] == ["Labour need", f"Measures “{MEASURE}” → Description"]
    assert {(item.length, item.kept) for item in shortened} == {(len(LONG), LONGEST_TEXT)}


def test_the_workbook_saved_in_the_window_says_which_cells_are_cut_before_it_opens(
    start_window, plan_from_0_1_0, tmp_path, monkeypatch
):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    window = start_window()
    window.open_plan(plan_from_0_1_0)
    chosen = tmp_path / "til regnskapsføreren"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(chosen), args[-1])))
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()))
    )

    window.report_actions.xlsx_action.trigger()

    notices = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert [box.objectName() for box in notices] == ["noticeDialog"]
    assert f"Measures “{MEASURE}” → Description" in notices[0].text()
    assert "The PDF and the Word document have the whole texts." in notices[0].text()
    assert opened == []  # the workbook opens once the notice is read
    notices[0].button(QMessageBox.StandardButton.Ok).click()
    assert opened == [str(tmp_path / "til regnskapsføreren.xlsx")]


def test_an_anonymised_plan_file_whose_names_lengthen_a_text_past_the_limit_still_imports(
    database, data_dir, capsys, tmp_path
):
    """Kari's labour need is as long as a field holds and names the contact person, Bo, again and again.
    For her adviser every "Bo" becomes "Person 1": the text grows past what a plan file holds, so the file
    has it cut, says so, and imports again."""
    from verktoykasse.storage.editing import set_value
    from verktoykasse.storage.plans import create_plan

    full = ("Bo baker brød. " * (LONGEST_TEXT // 15 + 1))[:LONGEST_TEXT]
    with database.session() as session:
        plan = create_plan(session, "Bakeriet 2027")
        plan.report_language = "en"
        set_value(session, plan, "contact_person", "Bo")
        set_value(session, plan, "labour_need", full)  # as long as a field holds: saved
        plan_id = plan.id
    target = tmp_path / "til rådgiveren.json"
    code, _out, err = run_cli_here(capsys, "export", str(plan_id), "--json", str(target), "--anonymised")
    assert code == 0
    assert "the file has them shortened: Labour need (" in err

    code, _out, err = run_cli_here(capsys, "import", str(target))
    assert code == 0, err
    from verktoykasse.storage.models import Plan

    with database.session() as session:
        copy = session.query(Plan).filter(Plan.id != plan_id).one()
        assert len(copy.labour_need) == LONGEST_TEXT
        assert copy.labour_need.startswith("Person 1 baker brød. Person 1 baker brød.")


def test_the_anonymised_plan_file_from_the_equality_window_says_which_texts_it_holds_shortened(
    qapp, database, plan_from_0_1_0, tmp_path, monkeypatch
):
    """The adviser's file is a plan file too: cut to fit, it says which texts, as File → Export plan does."""
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    from verktoykasse.exchange.plan_json import read_plan_file
    from verktoykasse.ui.arp_window import ArpWindow

    target = tmp_path / "til rådgiver.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    arp = ArpWindow(database, plan_from_0_1_0)
    try:
        arp.save_anonymised()
        notices = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        assert [box.objectName() for box in notices] == ["noticeDialog"]
        assert f"Measures “{MEASURE}” → Description" in notices[0].text()
        notices[0].button(QMessageBox.StandardButton.Ok).click()
    finally:
        arp.reject()
        arp.deleteLater()
        QApplication.processEvents()
    document = read_plan_file(target)  # opens again
    assert len(document["plan"]["labour_need"]) == LONGEST_TEXT
