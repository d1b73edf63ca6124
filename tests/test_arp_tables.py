"""The lists of the equality duty window are real tables, as the plan's lists are: the representatives'
meetings (Date | Who | Step | What was discussed), the years of figures (Year | Status | Job levels) and a
year's pay by job level, whose figures are hidden below the threshold exactly as the report prints them.
Rows are added with Insert, removed with Delete, and come back with Undo or Ctrl+Z."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit

from test_arp_window import bakery, run_in_arp_window  # noqa: F401 - bakery: a fixture
from test_small_screens import language  # noqa: F401 - a fixture
from verktoykasse.ui.wizard.row_table import BADGE_ROLE, RowTable
from wizard_support import pause, type_into, with_keyboard

TODAY = dt.date(2027, 3, 1)


@pytest.fixture
def factory(bakery):  # noqa: F811 - the fixture imported above
    """The bakery grown to 60 (the equality duty's tables are shown)."""
    from verktoykasse.storage.models import Plan

    window, plan_id = bakery
    with window.database.session() as session:
        session.get(Plan, plan_id).employees = 60
        session.commit()
    return window, plan_id


def headings(table: RowTable) -> list[str]:
    model = table.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def rows(table: RowTable) -> list[list[str]]:
    return [table.row_texts(row) for row in range(table.count())]


def say_yes_to_the_question(arp) -> None:
    """The user answers "Remove …?" with Yes (the question opens over the ARP window)."""
    from PySide6.QtWidgets import QPushButton

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog is arp:
            QTimer.singleShot(10, answer)
            return
        dialog.findChild(QPushButton, "confirmYes").click()

    QTimer.singleShot(0, answer)


def test_a_meeting_is_typed_seen_as_a_row_sorted_deleted_with_delete_and_back_with_ctrl_z(qtbot, factory):
    window, plan_id = factory
    seen: dict[str, object] = {}

    def work(arp) -> None:
        meetings = arp.meetings
        table = meetings.list
        QAbstractItemModelTester(table.model(), QAbstractItemModelTester.FailureReportingMode.Fatal)
        seen["headings"] = headings(table)
        seen["name"] = table.accessibleName()
        for date, who, step, topic in (
            ("15.01.2027", "Tillitsvalgt Aisha", "risks", "Rekruttering og lønn"),
            ("", "Verneombud Per", "measures", "Tiltak for deltid\nmed flere linjer"),
        ):
            table.setFocus()
            qtbot.keyClick(table, Qt.Key.Key_Insert)  # a new meeting, dated today
            detail = meetings.detail
            if date:
                held_on = detail.findChild(QLineEdit, "arpMeetingHeldOn")
                type_into(qtbot, held_on, date)
                qtbot.keyClick(held_on, Qt.Key.Key_Return)
            type_into(qtbot, detail.findChild(QLineEdit, "arpMeetingWho"), who)
            choice = detail.findChild(QComboBox, "arpMeetingStep")
            choice.setCurrentIndex(choice.findData(step))
            topic_box = detail.findChild(QPlainTextEdit, "arpMeetingTopic")
            for number, line in enumerate(topic.split("\n")):
                if number:
                    qtbot.keyClick(topic_box, Qt.Key.Key_Return)
                type_into(qtbot, topic_box, line, replace=number == 0)
            pause(qtbot)
        seen["typed"] = rows(table)

        table.horizontalHeader().sectionClicked.emit(0)  # a click on "Date": oldest first
        seen["by date"] = [row[1] for row in rows(table)]
        table.horizontalHeader().sectionClicked.emit(0)  # again: newest first
        seen["by date, newest first"] = [row[1] for row in rows(table)]

        table.setFocus()
        table.setCurrentRow([row[1] for row in rows(table)].index("Tillitsvalgt Aisha"))
        say_yes_to_the_question(arp)  # "Remove “the meeting of 15.01.2027” from …? Edit → Undo …"
        qtbot.keyClick(table, Qt.Key.Key_Delete)
        seen["after delete"] = rows(table)
        seen["undo shown"] = (arp.removal_undo.label.text(), arp.removal_undo.button.isVisible())
        with_keyboard(arp)  # the window the user works in has the keyboard, as on a desktop
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        seen["after undo"] = rows(table)
        seen["note"] = arp.findChild(QLabel, "arpUndoNote").text()

    run_in_arp_window(window, work, lambda: window.arp_actions.open_window("representatives"))
    assert seen["headings"] == ["Date", "Who", "Step", "What was discussed"]
    assert seen["name"] == "Meetings with the employees' representatives"
    assert seen["typed"] == [
        ["15.01.2027", "Tillitsvalgt Aisha", "1. Finding risks", "Rekruttering og lønn"],
        ["01.03.2027", "Verneombud Per", "3. Measures", "Tiltak for deltid"],  # a long text's first line
    ]
    assert seen["by date"] == ["Tillitsvalgt Aisha", "Verneombud Per"]
    assert seen["by date, newest first"] == ["Verneombud Per", "Tillitsvalgt Aisha"]
    assert seen["after delete"] == [["01.03.2027", "Verneombud Per", "3. Measures", "Tiltak for deltid"]]
    assert seen["undo shown"] == ("Removed “the meeting of 15.01.2027”.", True)
    assert seen["after undo"] == [  # back, and the table still sorted newest first
        ["01.03.2027", "Verneombud Per", "3. Measures", "Tiltak for deltid"],
        ["15.01.2027", "Tillitsvalgt Aisha", "1. Finding risks", "Rekruttering og lønn"],
    ]
    assert seen["note"] == "“the meeting of 15.01.2027” is back."
    with window.database.session() as session:
        from verktoykasse.storage.editing import load_plan

        plan = load_plan(session, plan_id)
        assert sorted((m.held_on, m.who, m.step) for m in plan.arp_involvement) == [
            (dt.date(2027, 1, 15), "Tillitsvalgt Aisha", "risks"),
            (TODAY, "Verneombud Per", "measures"),
        ]


def test_the_years_and_the_pay_levels_are_tables_and_small_numbers_stay_hidden_in_them(qtbot, factory):
    from verktoykasse.domain.formatting import format_money
    from verktoykasse.storage.models import ArpPayLevel, ArpYear, Plan

    window, plan_id = factory
    with window.database.session() as session:
        plan = session.get(Plan, plan_id)
        plan.arp_years.append(ArpYear(year=2025, position=0, women=20, men=40))
        year = ArpYear(year=2026, position=1, women=20, men=40)
        year.pay_levels = [
            ArpPayLevel(level="Ledere", position=0, women=3, men=7, women_pay=61000, men_pay=65000),
            ArpPayLevel(level="Produksjon", position=1, women=12, men=28, women_pay=38000, men_pay=40000),
            ArpPayLevel(level="Kontor", position=2, women=5, men=5, women_pay=45000, men_pay=44000),
        ]
        plan.arp_years.append(year)
        session.commit()
    seen: dict[str, object] = {}

    def work(arp) -> None:
        years = arp.figures.years.list
        QAbstractItemModelTester(years.model(), QAbstractItemModelTester.FailureReportingMode.Fatal)
        seen["years"] = (headings(years), rows(years))
        seen["badge"] = years.model().index(0, 1).data(BADGE_ROLE)
        levels = arp.figures.levels.list
        QAbstractItemModelTester(levels.model(), QAbstractItemModelTester.FailureReportingMode.Fatal)
        seen["levels"] = (headings(levels), rows(levels), levels.accessibleName())
        levels.sort_by(1)  # by the number of women: a hidden number must not decide where its row goes
        seen["by women"] = [row[0] for row in rows(levels)]
        levels.sort_by(-1)

        # The owner corrects the managers: 5 women, so their figures may be shown.
        levels.setCurrentRow(0)
        type_into(qtbot, arp.figures.levels.detail.findChild(QLineEdit, "arpPayLevelWomen"), "5")
        pause(qtbot)
        seen["corrected"] = rows(levels)[0]

        levels.setCurrentRow(2)
        levels.setFocus()
        say_yes_to_the_question(arp)
        qtbot.keyClick(levels, Qt.Key.Key_Delete)  # "Kontor" goes
        levels = arp.figures.levels.list
        seen["after delete"] = [row[0] for row in rows(levels)]
        seen["years after delete"] = rows(years)[0]
        arp.removal_undo.button.click()
        levels = arp.figures.levels.list
        seen["after undo"] = [row[0] for row in rows(levels)]

    run_in_arp_window(window, work, lambda: window.arp_actions.open_window("figures"))
    year_headings, year_rows = seen["years"]
    assert year_headings == ["Year", "Status", "Job levels"]
    assert year_rows == [["2026", "figures typed", "3"], ["2025", "figures typed", ""]]
    assert seen["badge"] == "done"
    level_headings, level_rows, name = seen["levels"]
    assert level_headings == [
        "Job level",
        "Women",
        "Men",
        "Women's pay",
        "Men's pay",
        "Women's % of men's",
    ]
    assert name == "Pay by job level (at least every second year)"
    assert level_rows[0][:2] == ["Ledere", "fewer than 5"]  # 3 women: never shown, nor their pay
    assert "3" not in level_rows[0] and format_money(61000) not in level_rows[0]
    assert level_rows[0][3] == level_rows[0][5] == "hidden"  # an average and a share of 3 persons
    assert level_rows[1] == ["Produksjon", "12", "28", format_money(38000), format_money(40000), "95 %"]
    assert level_rows[2][:2] == ["Kontor", "hidden"]  # 5 women, but with the total they would give the 3 back
    # Sorted by women, the hidden numbers decide nothing: they come last, in the plan's order.
    assert seen["by women"] == ["Produksjon", "Ledere", "Kontor"]
    assert seen["corrected"][:4] == ["Ledere", "5", "7", format_money(61000)]
    assert seen["after delete"] == ["Ledere", "Produksjon"]
    assert seen["years after delete"] == ["2026", "figures typed", "2"]
    assert seen["after undo"] == ["Ledere", "Produksjon", "Kontor"]


@pytest.mark.parametrize(
    ("language", "size"),
    [(("nb", False), (1024, 600)), (("en", False), (1024, 600)), (("nb", True), (1280, 720))],
    indirect=["language"],
    ids=["nb-1024x600", "en-1024x600", "pseudo-1280x720"],
)
def test_the_tables_fit_a_small_screen_and_pseudo_mode_without_cutting_anything(
    language,  # noqa: F811 - the fixture imported above
    size,
    qtbot,
    factory,
):
    """A 1366×768 laptop at 125 % leaves 1024×600: every tab of the window, its tables with their rows,
    and no column, label or button cut short; pseudo mode's longer words at 1280×720 likewise."""
    from verktoykasse.storage.models import ArpInvolvement, ArpPayLevel, ArpYear, Plan
    from verktoykasse.ui.layout_check import layout_problems

    window, plan_id = factory
    with window.database.session() as session:
        plan = session.get(Plan, plan_id)
        plan.arp_involvement.append(
            ArpInvolvement(
                held_on=TODAY,
                who="Tillitsvalgt Aisha Rahman og verneombud Per",
                step="causes",
                position=0,
                topic="Hvorfor søker så få kvinner til produksjonen, og hva gjør vi med deltiden?",
            )
        )
        year = ArpYear(year=2026, position=0, women=20, men=40)
        year.pay_levels = [
            ArpPayLevel(
                level="Ledere og mellomledere", position=0, women=3, men=7, women_pay=61000, men_pay=65000
            ),
            ArpPayLevel(level="Produksjon", position=1, women=12, men=28, women_pay=38000, men_pay=40000),
        ]
        plan.arp_years.append(year)
        session.commit()
    found: list[str] = []

    def look(arp) -> None:
        arp.resize(*size)
        for index in range(arp.tabs.count()):
            arp.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            found.extend(f"tab {index}: {problem}" for problem in layout_problems(arp))
        found.extend(
            f"{table.objectName()} has no rows"
            for table in (arp.meetings.list, arp.figures.years.list, arp.figures.levels.list)
            if table.count() == 0
        )

    run_in_arp_window(window, look)
    assert found == []
