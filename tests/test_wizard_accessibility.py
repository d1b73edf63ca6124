"""Every input in the wizard has a name a screen reader can say and can be reached with Tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from verktoykasse.domain.vocabulary import STEPS

INPUTS = (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QAbstractButton, QListWidget)


def inputs_of(page: QWidget) -> list[QWidget]:
    found = []
    for kind in INPUTS:
        for widget in page.findChildren(kind):
            parent = widget.parentWidget()
            if isinstance(parent, QAbstractSpinBox | QComboBox | QLineEdit):  # inner parts (clear icon, …)
                continue
            if widget.objectName().startswith("qt_"):  # Qt's own parts (scroll bar buttons, …)
                continue
            found.append(widget)
    return found


def test_every_input_has_an_accessible_name_and_takes_tab_focus(start_window, qtbot):
    window = start_window()
    qtbot.mouseClick(window.plan_actions.example_button, Qt.MouseButton.LeftButton)
    ws = window.plan_page
    missing: list[str] = []
    checked = 0
    for step in STEPS:
        ws.go_to(step)
        for widget in inputs_of(ws.current_page()):
            checked += 1
            label = f"{step}: {type(widget).__name__} {widget.objectName()!r}"
            if not widget.accessibleName().strip():
                missing.append(label + " has no accessible name")
            if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                missing.append(label + " cannot be reached with Tab")
    assert checked > 150
    assert missing == []


def test_tab_goes_from_a_list_into_the_detail_of_its_selected_row(start_window, qtbot):
    window = start_window()
    qtbot.mouseClick(window.plan_actions.example_button, Qt.MouseButton.LeftButton)
    ws = window.plan_page
    ws.go_to("measures")
    page = ws.current_page()
    page.measures.list.setCurrentRow(2)  # the detail is made anew for the chosen measure

    widget = page.measures.remove_button.nextInFocusChain()  # the last button: Remove, apart at the right
    while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
        widget = widget.nextInFocusChain()
    assert widget.objectName() == "measureTitle"


def test_every_row_detail_of_every_list_has_named_inputs(start_window, qtbot):
    """Not only the selected row: a screen reader user choosing any row hears what each field is."""
    from verktoykasse.ui.wizard.list_editor import ListEditor

    window = start_window()
    qtbot.mouseClick(window.plan_actions.example_button, Qt.MouseButton.LeftButton)
    ws = window.plan_page
    missing: list[str] = []
    details = 0
    for step in STEPS:
        ws.go_to(step)
        for editor in ws.current_page().list_editors:
            for row in range(editor.list.count()):
                editor.list.setCurrentRow(row)
                if editor.detail is None:
                    continue
                details += 1
                for widget in inputs_of(editor.detail):
                    if not widget.accessibleName().strip():
                        missing.append(f"{step}/{editor.objectName()} row {row}: {widget.objectName()!r}")
                for inner in editor.detail.findChildren(ListEditor):  # a goal's KPIs, a KPI's measurements
                    for sub in range(inner.list.count()):
                        inner.list.setCurrentRow(sub)
                        for widget in inputs_of(inner.detail):
                            if not widget.accessibleName().strip():
                                missing.append(
                                    f"{step}/{inner.objectName()} row {sub}: {widget.objectName()!r}"
                                )
    assert details > 20
    assert missing == []


def test_the_charts_say_their_values_in_words(start_window, qtbot):
    from verktoykasse.domain.formatting import format_date, format_number
    from verktoykasse.ui.wizard.charts import GapChart, KpiChart

    window = start_window()
    qtbot.mouseClick(window.plan_actions.example_button, Qt.MouseButton.LeftButton)
    ws = window.plan_page

    ws.go_to("gaps")
    gaps = ws.current_page().findChild(GapChart, "gapChart")
    assert gaps.accessibleName() == "Gaps: today and desired"
    first = ws.plan.gaps[0]
    assert (
        f"{first.title}: today {first.current_score}, desired {first.desired_score}, "
        f"gap {first.desired_score - first.current_score}"
    ) in gaps.accessibleDescription()

    ws.go_to("evaluation")
    page = ws.current_page()
    kpis = page.kpis
    heard = 0
    for row in range(kpis.list.count()):
        kpis.list.setCurrentRow(row)
        kpi = kpis.current()
        chart = kpis.detail.findChild(KpiChart, "kpiChart")
        assert chart.accessibleName() == f"KPI chart: {kpi.name}"
        words = chart.accessibleDescription()
        assert words.startswith(f"{kpi.name}: baseline {format_number(kpi.baseline)}")
        assert f"target {format_number(kpi.target)}" in words
        if kpi.measurements:
            latest = max(kpi.measurements, key=lambda m: m.measured_on)
            assert f"latest {format_number(latest.value)}" in words
            assert f"({format_date(latest.measured_on)})" in words
            heard += 1
    assert heard >= 1


def test_each_step_in_the_list_says_its_name_and_what_it_lacks(start_window, answer_next_dialog):
    from PySide6.QtCore import Qt as _Qt

    window = start_window()
    answer_next_dialog("ok", text="Ny plan")
    window.home.new_plan()
    steps = window.plan_page.step_list
    said = [steps.item(row).data(_Qt.ItemDataRole.AccessibleTextRole) for row in range(steps.count())]
    assert said[0].startswith("Business profile, Missing: Business, Organisation number, Industry, ")
    assert said[2].startswith("2. Where are we – where do we want to be? (gap analysis), Missing: Gap areas")
    assert all(", Missing: " in text for text in said)  # the whole list, not only the first item shown

    window.plan_page.back_requested.emit()
    window.plan_actions.example_button.click()
    steps = window.plan_page.step_list
    assert (
        steps.item(2).data(_Qt.ItemDataRole.AccessibleTextRole)
        == "2. Where are we – where do we want to be? (gap analysis), Done"
    )
