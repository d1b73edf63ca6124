"""The lists of a plan are real tables: a column per field, sorted by a click on a heading, the status as
a coloured badge that says its status in words, late ones marked, the detail form beside or below."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QLineEdit

from verktoykasse.ui.wizard.row_table import BADGE_ROLE, BADGES, RowTable
from wizard_support import new_plan, on_page, with_keyboard


def headings(table: RowTable) -> list[str]:
    model = table.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def column(table: RowTable, title: str) -> list[str]:
    index = headings(table).index(title)
    return [table.cell_text(row, index) for row in range(table.count())]


@pytest.fixture
def example(start_window):
    window = start_window()
    window.plan_actions.open_example()
    return window, window.plan_page


def test_the_measures_are_a_table_with_owner_deadline_and_a_status_badge(example):
    _window, ws = example
    ws.go_to("measures")
    table = on_page(ws, RowTable, "measuresList")
    assert headings(table) == ["Measure", "Owner", "Deadline", "Status"]
    assert table.count() == len(ws.plan.measures)
    status = headings(table).index("Status")
    for row in range(table.count()):
        kind = table.model().index(row, status).data(BADGE_ROLE)
        assert kind in BADGES
        assert table.cell_text(row, status)  # the badge says its status in words, not only in colour
    assert " · " not in table.cell_text(0, 0)  # no row of five fields joined into one string
    assert ws.current_page().findChild(type(ws.current_page().measures.detail), "measureDetail").isVisible()


def test_a_click_on_a_heading_sorts_and_a_third_click_returns_to_the_plans_order(example, qtbot):
    _window, ws = example
    ws.go_to("measures")
    editor = ws.current_page().measures
    table = editor.list
    plan_order = column(table, "Measure")
    header = table.horizontalHeader()
    deadline = headings(table).index("Deadline")
    header.sectionClicked.emit(deadline)
    dates = [m.deadline for m in editor.rows]
    assert dates == sorted(dates)
    assert (
        not editor.up_button.isEnabled() and not editor.down_button.isEnabled()
    )  # no moving in a sorted view
    header.sectionClicked.emit(deadline)
    assert [m.deadline for m in editor.rows] == sorted(dates, reverse=True)
    header.sectionClicked.emit(deadline)
    assert column(table, "Measure") == plan_order
    table.setCurrentRow(1)
    assert editor.up_button.isEnabled()


def test_the_selected_row_keeps_its_detail_when_the_table_is_sorted(example):
    _window, ws = example
    ws.go_to("measures")
    editor = ws.current_page().measures
    chosen = editor.rows[2]
    editor.list.setCurrentRow(2)
    editor.list.sort_by(headings(editor.list).index("Owner"))
    assert editor.current() is chosen
    assert on_page(ws, QLineEdit, "measureTitle").text() == chosen.title


def test_a_late_measure_is_marked_in_its_deadline_and_its_badge(example):
    _window, ws = example
    plan = ws.plan
    measure = plan.measures[0]
    ws.saver.set(measure, "deadline", dt.date.today() - dt.timedelta(days=3))
    ws.saver.set(measure, "status", "in_progress")
    ws.go_to("measures")
    table = on_page(ws, RowTable, "measuresList")
    row = ws.current_page().measures.rows.index(measure)
    assert column(table, "Deadline")[row].startswith("⚠ ")
    assert column(table, "Status")[row] == "Late (in progress)"
    assert table.model().index(row, headings(table).index("Status")).data(BADGE_ROLE) == "late"


def test_typing_in_the_detail_shows_in_the_table_at_once(example, qtbot):
    from wizard_support import type_into

    _window, ws = example
    ws.go_to("gaps")
    table = on_page(ws, RowTable, "gapsList")
    assert headings(table) == ["Area", "Today", "Desired", "Gap", "Priority"]
    table.setCurrentRow(0)
    type_into(qtbot, on_page(ws, QLineEdit, "gapTitle"), "Mangfold i bakeriet")
    assert column(table, "Area")[0] == "Mangfold i bakeriet"


@pytest.mark.parametrize(
    ("step", "name"),
    [
        ("measures", "measuresList"),
        ("gaps", "gapsList"),
        ("goals", "goalsList"),
        ("evaluation", "evaluationKpisList"),
        ("needs", "participantsList"),
        ("needs", "needsList"),
        ("gaps", "strengthsList"),
        ("evaluation", "lessonsList"),
    ],
)
def test_every_table_model_keeps_qts_rules(example, step, name):
    _window, ws = example
    ws.go_to(step)
    table = on_page(ws, RowTable, name)
    tester = QAbstractItemModelTester(table.model(), QAbstractItemModelTester.FailureReportingMode.Fatal)
    table.sort_by(0)
    table.sort_by(0, Qt.SortOrder.DescendingOrder)
    table.sort_by(-1)
    ws.current_page().refresh()
    assert tester is not None and table.count() > 0


def test_the_nested_tables_milestones_kpis_and_measurements_have_columns(example):
    _window, ws = example
    ws.go_to("measures")
    detail = ws.current_page().measures.detail
    milestones = detail.findChild(RowTable, "milestonesList")
    assert headings(milestones) == ["Milestone", "Due", "Status"]
    ws.go_to("goals")
    kpis = ws.current_page().goals.detail.findChild(RowTable, "kpisList")
    assert headings(kpis) == ["Key figure", "Today", "Target", "Unit"]
    ws.go_to("evaluation")
    measurements = ws.current_page().kpis.detail.findChild(RowTable, "measurementsList")
    assert headings(measurements) == ["Date", "Value"]
    QAbstractItemModelTester(measurements.model(), QAbstractItemModelTester.FailureReportingMode.Fatal)


def test_badge_colours_are_readable(qapp):
    from verktoykasse.ui.colours import AA_NORMAL_TEXT, contrast_ratio

    for kind, (background, text) in BADGES.items():
        assert contrast_ratio(QColor(background), QColor(text)) >= AA_NORMAL_TEXT, kind


def test_new_plan_a_new_measure_is_added_with_insert_in_the_table(start_window, answer_next_dialog, qtbot):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("measures")
    table = on_page(ws, RowTable, "measuresList")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert column(table, "Measure") == ["New measure"]
    assert column(table, "Status") == ["Planned"]


def test_who_took_part_the_needs_the_strengths_and_the_lessons_are_tables_too(example):
    """No list joins its fields into one string: each field has its column, and the cells are plain."""
    _window, ws = example
    ws.go_to("needs")
    participants = on_page(ws, RowTable, "participantsList")
    assert headings(participants) == ["Name", "Role or organisation", "Kind", "In the workshop"]
    plan = ws.plan
    first = ws.current_page().participants.rows[0]
    assert participants.row_texts(0) == [
        first.name,
        first.organisation,
        participants.cell_text(0, 2),
        "Yes" if first.in_workshop else "",
    ]
    assert set(column(participants, "Kind")) <= {
        "Manager",
        "Employee",
        "Person from the target group",
        "Nav",
        "Organisation",
        "Other",
    }
    needs = on_page(ws, RowTable, "needsList")
    assert headings(needs) == ["Need", "Whose need", "Chosen"]
    assert set(column(needs, "Whose need")) == {"The employer's need", "The target group's need"}
    assert "Yes" in column(needs, "Chosen")  # the example chose what to work on
    ws.go_to("gaps")
    strengths = on_page(ws, RowTable, "strengthsList")
    assert headings(strengths) == ["What works well", "How we celebrate it"]
    assert column(strengths, "What works well")[0] == plan.strengths[0].description.splitlines()[0]
    ws.go_to("evaluation")
    lessons = on_page(ws, RowTable, "lessonsList")
    assert headings(lessons) == ["Lesson", "Next cycle"]
    ws.go_to("measures")
    editor = ws.current_page().measures
    editor.reload(select=next(m for m in plan.measures if m.planned_hires))
    hires = editor.detail.findChild(RowTable, "plannedHiresList")
    assert headings(hires) == ["Who", "Start", "From Nav"]
    assert column(hires, "Who") == [hire.label for hire in editor.current().planned_hires]
    assert any(cell.startswith("≈ kr ") for cell in column(hires, "From Nav"))
    QAbstractItemModelTester(hires.model(), QAbstractItemModelTester.FailureReportingMode.Fatal)
    hires.sort_by(headings(hires).index("From Nav"))  # sorted by what Nav may pay, the unknown ones last
    assert column(hires, "From Nav")[0].startswith("≈ kr ")
    for table in (participants, needs, strengths, lessons, hires):
        assert all(" · " not in cell for row in range(table.count()) for cell in table.row_texts(row))


def test_needs_sort_by_whose_they_are_and_the_chosen_come_first(example):
    _window, ws = example
    ws.go_to("needs")
    needs = on_page(ws, RowTable, "needsList")
    plan_order = column(needs, "Need")
    needs.horizontalHeader().sectionClicked.emit(headings(needs).index("Whose need"))
    whose = column(needs, "Whose need")
    assert whose == sorted(whose, key=str.casefold)
    needs.sort_by(headings(needs).index("Chosen"))
    chosen = column(needs, "Chosen")
    assert chosen == sorted(chosen, key=lambda cell: cell != "Yes")  # the chosen ones first
    needs.sort_by(-1)
    assert column(needs, "Need") == plan_order


def test_a_participant_is_added_typed_ticked_and_removed_with_the_keyboard_and_comes_back_with_undo(
    start_window, answer_next_dialog, qtbot
):
    from PySide6.QtWidgets import QApplication, QCheckBox

    from wizard_support import type_into

    window = start_window()
    ws = new_plan(window, answer_next_dialog, "Bakeriet 2027")
    with_keyboard(window)
    ws.go_to("needs")
    table = on_page(ws, RowTable, "participantsList")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)  # a new row, the keyboard in its name
    name = on_page(ws, QLineEdit, "participantName")
    assert QApplication.focusWidget() is name
    type_into(qtbot, name, "Kari Solberg")
    type_into(qtbot, on_page(ws, QLineEdit, "participantOrganisation"), "daglig leder")
    workshop = on_page(ws, QCheckBox, "participantInWorkshop")
    workshop.setFocus()
    qtbot.keyClick(workshop, Qt.Key.Key_Space)
    assert table.row_texts(0) == ["Kari Solberg", "daglig leder", "Other", "Yes"]
    participant_id = ws.plan.participants[0].id

    table.setFocus()
    answer_next_dialog("confirmYes")  # "Remove “Kari Solberg” from Participants? Edit → Undo …"
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert table.count() == 0
    assert ws.undo_label.text() == "Removed “Kari Solberg”."
    window.undo_action.trigger()  # Edit → Undo
    assert table.row_texts(0) == ["Kari Solberg", "daglig leder", "Other", "Yes"]
    assert ws.plan.participants[0].id == participant_id
