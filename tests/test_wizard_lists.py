"""Lists are edited in place: add, reorder with the buttons or Alt+Up, remove after a question; ready-made
content from the method can be inserted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QListWidget, QPushButton

from verktoykasse.storage.models import Participant
from verktoykasse.ui.wizard.row_table import RowTable
from wizard_support import click, new_plan, on_page, type_into


def names(ws, list_name: str) -> list[str]:
    widget = on_page(ws, RowTable, list_name)
    return [widget.cell_text(i, 0).split(" · ")[0] for i in range(widget.count())]


def test_participants_are_reordered_and_removed(start_window, answer_next_dialog, qtbot):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("needs")
    for name in ("Anne", "Bjørn", "Camilla"):
        click(qtbot, ws, "participantsAdd")
        type_into(qtbot, on_page(ws, QLineEdit, "participantName"), name)
    assert names(ws, "participantsList") == ["Anne", "Bjørn", "Camilla"]

    click(qtbot, ws, "participantsUp")  # Camilla is selected
    assert names(ws, "participantsList") == ["Anne", "Camilla", "Bjørn"]
    participants = on_page(ws, RowTable, "participantsList")
    participants.setCurrentRow(0)
    click(qtbot, ws, "participantsDown")
    assert names(ws, "participantsList") == ["Camilla", "Anne", "Bjørn"]

    participants.setFocus()
    qtbot.keyClick(participants, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # Anne back up, by keys
    assert names(ws, "participantsList") == ["Anne", "Camilla", "Bjørn"]
    qtbot.keyClick(participants, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert names(ws, "participantsList") == ["Camilla", "Anne", "Bjørn"]

    answer_next_dialog("confirmNo")
    click(qtbot, ws, "participantsRemove")  # Anne, asked first: keep
    assert names(ws, "participantsList") == ["Camilla", "Anne", "Bjørn"]
    answer_next_dialog("confirmYes")
    click(qtbot, ws, "participantsRemove")
    assert names(ws, "participantsList") == ["Camilla", "Bjørn"]
    assert on_page(ws, QLineEdit, "participantName").text() == "Bjørn"  # the next one is shown

    with window.database.session() as session:
        stored = session.query(Participant).order_by(Participant.position).all()
        assert [p.name for p in stored] == ["Camilla", "Bjørn"]


def test_the_five_gap_areas_and_an_example_goal_are_inserted_and_linked(
    start_window, answer_next_dialog, qtbot
):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("gaps")
    click(qtbot, ws, "insertGapTemplates")
    gaps = names(ws, "gapsList")
    assert len(gaps) == 5
    click(qtbot, ws, "insertGapTemplates")  # not twice
    assert names(ws, "gapsList") == gaps

    ws.go_to("goals")
    button = on_page(ws, QPushButton, "insertGoalTemplate")
    recruitment_goal = next(action for action in button.menu().actions() if "hiring" in action.text().lower())
    recruitment_goal.trigger()
    assert on_page(ws, QLineEdit, "goalTitle").text() == recruitment_goal.text()
    assert on_page(ws, QComboBox, "goalGap").currentText() == gaps[1]  # recruitment processes
    assert on_page(ws, RowTable, "kpisList").count() == 1  # with a KPI to start from

    ws.go_to("measures")
    button = on_page(ws, QPushButton, "insertAreaMeasureTemplate")
    action = button.menu().actions()[0]
    action.trigger()
    assert "→" in action.text()
    area = on_page(ws, QLineEdit, "measureArea").text()
    assert area and action.text().startswith(area)


def test_a_measure_serves_goals_that_are_ticked(start_window, answer_next_dialog, qtbot):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("goals")
    for title in ("Goal A", "Goal B"):
        click(qtbot, ws, "goalsAdd")
        type_into(qtbot, on_page(ws, QLineEdit, "goalTitle"), title)
    ws.go_to("measures")
    click(qtbot, ws, "measuresAdd")
    goals = on_page(ws, QListWidget, "measureGoals")
    assert [goals.item(i).text() for i in range(goals.count())] == ["Goal A", "Goal B"]
    goals.item(1).setCheckState(Qt.CheckState.Checked)

    ws.go_to("goals")
    goal_list = on_page(ws, RowTable, "goalsList")
    assert goal_list.count() == 2
    from verktoykasse.storage.models import Goal

    with window.database.session() as session:
        goal_b = session.query(Goal).filter_by(title="Goal B").one()
        assert [m.title for m in goal_b.measures] == ["New measure"]


def test_the_catalogue_suggests_beside_a_gap_and_a_measure_records_its_schemes(
    start_window, answer_next_dialog, qtbot
):
    from verktoykasse.ui.catalogue.resource_picker import ResourcePicker
    from verktoykasse.ui.catalogue.suggestions import SuggestionPanel

    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("gaps")
    click(qtbot, ws, "insertGapTemplates")
    on_page(ws, RowTable, "gapsList").setCurrentRow(3)  # cooperation with Nav and others
    QApplication.processEvents()  # the suggestions fill once the page is on screen
    assert ws.current_page().findChild(SuggestionPanel, "gapSuggestions").entries()

    ws.go_to("measures")
    button = on_page(ws, QPushButton, "insertAreaMeasureTemplate")
    nav = next(action for action in button.menu().actions() if "Nav" in action.text())
    nav.trigger()
    picker = ws.current_page().findChild(ResourcePicker, "measureResources")
    assert picker is not None and picker.used_list.count() >= 1  # the template's schemes came along


def test_the_schemes_suggested_for_a_new_measure_follow_the_name_the_user_gives_it(
    start_window, answer_next_dialog, qtbot
):
    """A new measure starts as "New measure"; the user names it "Mentorordning for nyansatte" and tabs
    on: the picker below now offers Mentortilskudd first, without leaving and coming back."""
    from PySide6.QtCore import Qt

    from verktoykasse.ui.catalogue.resource_picker import ResourcePicker

    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("measures")
    click(qtbot, ws, "measuresAdd")
    picker = ws.current_page().findChild(ResourcePicker, "measureResources")
    assert "nav-mentortilskudd" not in [entry.id for entry in picker.candidates()[:3]]

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    type_into(qtbot, on_page(ws, QLineEdit, "measureTitle"), "Mentorordning for nyansatte")
    qtbot.keyClick(on_page(ws, QLineEdit, "measureTitle"), Qt.Key.Key_Tab)
    picker = ws.current_page().findChild(ResourcePicker, "measureResources")
    assert picker.candidates()[0].id == "nav-mentortilskudd"
    assert picker.candidate_list.item(0).text().startswith("Suggested: Mentortilskudd")
