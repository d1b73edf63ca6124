"""A user types dates the Norwegian way into the program's date fields: what they type is read as they
meant it, shown back spelt out before it is saved, kept after a restart, and text that is not a date
stays in the field with a message and is never stored as some other date."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QCalendarWidget, QLabel, QLineEdit, QWidget

from verktoykasse.storage.models import Kpi, Measurement, Plan
from verktoykasse.ui.wizard.fields import DateField
from wizard_support import click, new_plan, norwegian_numbers, on_page, stored, type_date, type_into  # noqa: F401

pytestmark = pytest.mark.usefixtures("norwegian_numbers")


def shown(ws, name: str) -> str:
    label = on_page(ws, QLabel, name)
    return label.text() if label.isVisible() else ""


def test_a_kpi_deadline_typed_with_dots_is_stored_as_typed_and_there_after_a_restart(
    start_window, answer_next_dialog, qtbot
):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("goals")
    click(qtbot, ws, "goalsAdd")
    click(qtbot, ws, "kpisAdd")
    edit = type_date(qtbot, ws, "kpiDeadline", "31.12.2021")
    assert edit.text() == "31.12.2021"
    assert shown(ws, "kpiDeadlineReading").startswith("fredag 31")
    assert "desember 2021" in edit.accessibleDescription()
    assert stored(window, Kpi, name="New KPI").deadline == dt.date(2021, 12, 31)
    window.close()

    again = start_window()
    again.home.open_selected()
    ws = again.plan_page
    assert ws.current_step == "goals"
    assert on_page(ws, QLineEdit, "kpiDeadline").text() == "31.12.2021"


@pytest.mark.parametrize(
    "typed",
    [
        "15.02.2021",
        "15.2.21",
        "15/02/2021",
        "15-02-2021",
        "2021-02-15",
        "150221",
        "15022021",
        "15. februar 2021",
        "15 feb 21",
        "15. Feb. 2021",
        "February 15, 2021",
    ],
)
def test_the_workshop_date_understands_the_ways_people_write_a_date(
    start_window, answer_next_dialog, qtbot, typed: str
):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("needs")
    edit = type_date(qtbot, ws, "workshopDate", typed)
    assert edit.text() == typed
    assert shown(ws, "workshopDateMessage") == ""
    assert stored(window, Plan, id=ws.plan_id).workshop_date == dt.date(2021, 2, 15)


def test_text_that_is_not_a_date_stays_with_a_message_and_nothing_is_stored(
    start_window, answer_next_dialog, qtbot
):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("needs")
    type_date(qtbot, ws, "workshopDate", "14.02.2027")
    for typed, says in [
        ("29.02.2023", "has days 1 to 28, not 29"),
        ("31.04.2024", "has days 1 to 30, not 31"),
        ("00.01.2024", "not 0"),
        ("neste fredag", "for example 31.12.2027"),
        ("31.12", "add the year"),
        ("29. februar 2023", "has days 1 to 28, not 29"),
        ("31. desember", "add the year"),
        ("desember 2027", "add the day"),
        ("31. desembr 2027", "for example 31.12.2027"),
    ]:
        edit = type_date(qtbot, ws, "workshopDate", typed)
        assert edit.text() == typed  # the typed text stays, to be corrected
        assert says in shown(ws, "workshopDateMessage")
        assert says in edit.accessibleDescription()
        assert shown(ws, "workshopDateReading") == ""  # no date is claimed
        assert stored(window, Plan, id=ws.plan_id).workshop_date == dt.date(2027, 2, 14)

    type_date(qtbot, ws, "workshopDate", "15.02.2027")
    assert shown(ws, "workshopDateMessage") == ""
    assert stored(window, Plan, id=ws.plan_id).workshop_date == dt.date(2027, 2, 15)


def test_a_date_typed_and_left_by_tab_or_a_page_change_is_saved(start_window, answer_next_dialog, qtbot):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("needs")
    edit = on_page(ws, QLineEdit, "workshopDate")
    type_into(qtbot, edit, "311227")
    ws.go_to("gaps")  # no Enter, no pause: the page change reads and saves it
    assert stored(window, Plan, id=ws.plan_id).workshop_date == dt.date(2027, 12, 31)


def test_an_empty_field_clears_the_date_unless_one_is_required(start_window, answer_next_dialog, qtbot):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("needs")
    type_date(qtbot, ws, "workshopDate", "14.02.2027")
    type_date(qtbot, ws, "workshopDate", "")
    assert shown(ws, "workshopDateMessage") == ""
    assert stored(window, Plan, id=ws.plan_id).workshop_date is None

    ws.go_to("goals")
    click(qtbot, ws, "goalsAdd")
    click(qtbot, ws, "kpisAdd")
    ws.go_to("evaluation")
    click(qtbot, ws, "measurementsAdd")
    type_date(qtbot, ws, "measurementMeasuredOn", "30.06.2027")
    type_date(qtbot, ws, "measurementMeasuredOn", "  ")
    assert "A date is needed here" in shown(ws, "measurementMeasuredOnMessage")
    with window.database.session() as session:
        assert session.query(Measurement).one().measured_on == dt.date(2027, 6, 30)


def test_the_calendar_picks_a_date_with_the_keyboard(start_window, answer_next_dialog, qtbot):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("needs")
    edit = type_date(qtbot, ws, "workshopDate", "14.02.2027")
    field = edit.parentWidget()
    assert isinstance(field, DateField)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendar
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.selectedDate().toPython() == dt.date(2027, 2, 14)  # opens at the field's date
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert edit.text() == "15.02.2027"
    assert stored(window, Plan, id=ws.plan_id).workshop_date == dt.date(2027, 2, 15)


def test_every_date_in_the_program_is_the_one_date_field_with_a_name(start_window, answer_next_dialog, qtbot):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("goals")
    click(qtbot, ws, "goalsAdd")
    click(qtbot, ws, "kpisAdd")
    ws.go_to("measures")
    click(qtbot, ws, "measuresAdd")
    click(qtbot, ws, "milestonesAdd")
    ws.go_to("evaluation")
    click(qtbot, ws, "measurementsAdd")
    seen = set()
    for step in ("profile", "needs", "gaps", "goals", "measures", "evaluation"):
        ws.go_to(step)
        page: QWidget = ws.current_page()
        assert not page.findChildren(QAbstractSpinBox), f"a spin box date on {step}"
        for field in page.findChildren(DateField):
            assert field.edit.accessibleName(), field.edit.objectName()
            assert field.calendar_button.accessibleName()
            seen.add(field.edit.objectName())
    assert seen >= {
        "periodStart",
        "periodEnd",
        "workshopDate",
        "kpiDeadline",
        "measureStartDate",
        "measureDeadline",
        "milestoneDueDate",
        "measurementMeasuredOn",
    }
    assert not window.findChildren(QCalendarWidget) or all(
        not c.isVisible() for c in window.findChildren(QCalendarWidget)
    )


def test_the_date_field_grows_with_a_large_font(start_window, answer_next_dialog, qtbot):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    edit = on_page(ws, QLineEdit, "periodStart")
    normal = edit.minimumWidth()
    font = edit.parentWidget().font()
    font.setPointSizeF(font.pointSizeF() * 2)
    edit.parentWidget().setFont(font)
    assert edit.minimumWidth() > normal * 1.5
    assert edit.fontMetrics().horizontalAdvance("31.12.2027") < edit.minimumWidth()


def test_the_date_fields_tip_shows_the_month_written_out_in_the_users_language(
    qapp, start_window, answer_next_dialog, qtbot
):
    """Resting on a date field says which forms it reads, a month written out among them, as written in
    the window's language; and that form is read."""
    from verktoykasse.i18n import apply_language, clear_translators

    apply_language(qapp, "nb")
    try:
        window = start_window()
        ws = new_plan(window, answer_next_dialog)
        ws.go_to("goals")
        click(qtbot, ws, "goalsAdd")
        click(qtbot, ws, "kpisAdd")
        edit = on_page(ws, QLineEdit, "kpiDeadline")
        assert edit.toolTip() == (
            "Skriv dag, måned og år, for eksempel 31.12.2027, 31.12.27, 311227 eller 31. desember 2027."
        )
        type_date(qtbot, ws, "kpiDeadline", "31. desember 2027")
        assert stored(window, Kpi, name="Ny KPI").deadline == dt.date(2027, 12, 31)  # the new KPI's name
    finally:
        clear_translators(qapp)


def test_a_weekday_that_does_not_fit_the_date_is_asked_about_in_place_and_nothing_changes(
    qapp, start_window, answer_next_dialog, qtbot
):
    from verktoykasse.i18n import apply_language, clear_translators

    apply_language(qapp, "nb")
    try:
        window = start_window()
        ws = new_plan(window, answer_next_dialog)
        ws.go_to("needs")
        type_date(qtbot, ws, "workshopDate", "14.02.2027")
        edit = type_date(qtbot, ws, "workshopDate", "torsdag 31. desember 2027")
        says = "31.12.2027 er en fredag, ikke en torsdag. Sjekk datoen."
        assert edit.text() == "torsdag 31. desember 2027"  # as pasted, to be corrected
        assert shown(ws, "workshopDateMessage") == "⚠ " + says
        assert edit.accessibleDescription() == says
        assert shown(ws, "workshopDateReading") == ""
        assert stored(window, Plan, id=ws.plan_id).workshop_date == dt.date(2027, 2, 14)

        type_date(qtbot, ws, "workshopDate", "fredag 31. desember 2027")
        assert shown(ws, "workshopDateMessage") == ""
        assert stored(window, Plan, id=ws.plan_id).workshop_date == dt.date(2027, 12, 31)
    finally:
        clear_translators(qapp)


def test_a_date_with_a_part_missing_gets_a_message_naming_that_part_in_bokmaal(
    qapp, start_window, answer_next_dialog, qtbot
):
    """ "27. des" is the 27th without its year, "des 2027" December without its day; "des 27" may be either,
    and the message asks which rather than naming one."""
    from verktoykasse.i18n import apply_language, clear_translators

    apply_language(qapp, "nb")
    try:
        window = start_window()
        ws = new_plan(window, answer_next_dialog)
        ws.go_to("needs")
        type_date(qtbot, ws, "workshopDate", "14.02.2027")
        for typed, says in [
            ("27. des", "Skriv året også, for eksempel 31.12.2027."),
            ("des 2027", "Skriv dagen også, for eksempel 31.12.2027."),
            ("12.2027", "Skriv dagen også, for eksempel 31.12.2027."),
            (
                "des 27",
                "Mener du 27. desember eller desember 2027? Skriv dag, måned og år, for eksempel 27.12.2027.",
            ),
        ]:
            edit = type_date(qtbot, ws, "workshopDate", typed)
            assert edit.text() == typed
            assert shown(ws, "workshopDateMessage") == "⚠ " + says  # a sign, then the words
            assert stored(window, Plan, id=ws.plan_id).workshop_date == dt.date(2027, 2, 14)
    finally:
        clear_translators(qapp)


@pytest.mark.parametrize(
    "pasted",
    [
        "31. desember 2027 kl. 10:00",
        "fredag 31. desember 2027 10:00–10:30",
        "Friday, December 31, 2027 10:00 AM",
        "31.12.2027 10:00",
        "2027-12-31T10:00:00",
        "\u200b31.12.2027\u00a0",
    ],
)
def test_a_date_pasted_from_a_calendar_or_a_letter_is_stored_as_that_date(
    start_window, answer_next_dialog, qtbot, pasted: str
):
    window = start_window()
    ws = new_plan(window, answer_next_dialog)
    ws.go_to("needs")
    edit = on_page(ws, QLineEdit, "workshopDate")
    QApplication.clipboard().setText(pasted)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert shown(ws, "workshopDateMessage") == ""
    assert shown(ws, "workshopDateReading") == "fredag 31 desember 2027"  # no translation loaded: the source
    assert stored(window, Plan, id=ws.plan_id).workshop_date == dt.date(2027, 12, 31)
