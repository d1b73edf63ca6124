"""Every input in the wizard has a name a screen reader can say and can be reached with Tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from verktoykasse.domain.vocabulary import STEPS
from verktoykasse.ui.wizard.fields import plain
from verktoykasse.ui.wizard.row_table import RowTable

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


FIELDS = (QLineEdit, QPlainTextEdit, QComboBox, QListWidget, RowTable)
UNLABELLED = {"resourceCandidates"}  # the catalogue's matches, under "Find in the catalogue" (named so)


def label_problems(page: QWidget, where: str) -> list[str]:
    """Each visible field against the label on screen: its name is the label's words, it has a label,
    and no two fields of the view share a name (a screen reader user finds fields by these names); each
    button's name holds the words it shows."""
    problems = []
    labelled: dict[int, str] = {}
    for label in page.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not label.isVisible():
            continue
        labelled[id(buddy)] = plain(label.text())
        if buddy.accessibleName() != plain(label.text()):
            problems.append(f"{where}: {plain(label.text())!r} is called {buddy.accessibleName()!r}")
    for button in page.findChildren(QAbstractButton):  # its words on screen in its name: voice control
        words = plain(button.text()).rstrip("…").strip().casefold()  # users say them ("click Add")
        name = button.accessibleName() or plain(button.text())  # without one, the text is said
        if button.isVisible() and len(words) > 1 and words not in name.casefold():
            problems.append(f"{where}: the button {button.text()!r} is called {name!r}")
    names: dict[str, list[str]] = {}
    for field in page.findChildren(QWidget):
        if not isinstance(field, FIELDS) or not field.isVisible() or field.objectName().startswith("qt_"):
            continue
        if isinstance(field.parentWidget(), QAbstractSpinBox | QComboBox | QLineEdit):
            continue
        names.setdefault(field.accessibleName(), []).append(field.objectName())
        if id(field) not in labelled and field.objectName() not in UNLABELLED:
            problems.append(f"{where}: {field.objectName()!r} has no label on screen")
    for name, fields in names.items():
        if len(fields) > 1:
            problems.append(f"{where}: {fields} are all called {name!r}")
    return problems


@pytest.mark.parametrize("language", ["en", "nb"])
def test_every_field_is_called_what_its_label_says_and_no_two_alike(start_window, qapp, qtbot, language):
    """On every step, with any row of any list chosen (a goal's KPI, a measure's milestone and hire): the
    label on screen, the field's name and the Alt+letter all lead to one field."""
    from verktoykasse.i18n import apply_language, clear_translators
    from verktoykasse.ui.wizard.list_editor import ListEditor

    apply_language(qapp, language)
    try:
        window = start_window()
        window.plan_actions.open_example()
        ws = window.plan_page
        ws.go_to("measures")
        measures = ws.current_page().measures
        measures.detail.findChild(ListEditor, "plannedHires").add_row()  # the example has no hire
        problems: list[str] = []

        def walk(editor: ListEditor, where: str) -> None:
            for row in range(min(editor.list.count(), 2)):
                editor.list.setCurrentRow(row)
                problems.extend(label_problems(ws.current_page(), f"{where} row {row}"))
                for inner in editor.detail.findChildren(ListEditor) if editor.detail else []:
                    walk(inner, f"{where} row {row} / {inner.objectName()}")

        for step in STEPS:
            ws.go_to(step)
            problems.extend(label_problems(ws.current_page(), step))
            for editor in list(ws.current_page().list_editors):
                walk(editor, f"{step} / {editor.objectName()}")
        assert problems == [], "\n".join(problems)
    finally:
        clear_translators(qapp)


@pytest.mark.parametrize("language", ["en", "nb"])
def test_the_arp_window_from_the_profile_calls_each_field_as_its_label_says(
    start_window, qapp, qtbot, language
):
    """The equality-duty window the profile opens: each tab's fields by their labels, none alike."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from verktoykasse.i18n import apply_language, clear_translators
    from verktoykasse.ui.arp_window import ArpWindow

    apply_language(qapp, language)
    try:
        window = start_window()
        window.plan_actions.open_example()
        problems: list[str] = []

        def look() -> None:
            arp = QApplication.activeModalWidget()
            if not isinstance(arp, ArpWindow):
                QTimer.singleShot(10, look)
                return
            try:
                for tab in range(arp.tabs.count()):
                    arp.tabs.setCurrentIndex(tab)
                    problems.extend(label_problems(arp, f"ARP {arp.tabs.tabText(tab)}"))
            finally:
                problems.append("looked")
                arp.reject()

        QTimer.singleShot(0, look)
        window.arp_actions.window_action.trigger()
        assert problems == ["looked"]
    finally:
        clear_translators(qapp)


INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QAbstractItemView)


def names_shared(root: QWidget, where: str) -> list[str]:
    """Every visible widget the user can press, type in or choose from under ``root`` (the plan's
    workspace: the steps, the page, its buttons and ⓘ) by the name a screen reader says: two alike."""
    names: dict[str, list[str]] = {}
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        if (
            widget.objectName().startswith("qt_")
            or isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox | QLineEdit)
            or isinstance(widget, QHeaderView)
        ):
            continue  # parts of another: a scroll bar's buttons, a line edit's clear button, a table's header
        name = widget.accessibleName() or (
            plain(widget.text()) if isinstance(widget, QAbstractButton) else ""
        )
        names.setdefault(name, []).append(widget.objectName() or type(widget).__name__)
    return [f"{where}: {found} are all called {name!r}" for name, found in names.items() if len(found) > 1]


@pytest.mark.parametrize("language", ["en", "nb"])
def test_no_two_buttons_or_fields_of_a_step_share_a_name(start_window, qapp, language):
    """Nils uses a screen reader. On the goals step the page heading's ⓘ and the KPI name's ⓘ were both
    “What is “KPI”?”: he could not tell which one he was on. On every step, with any row of a list chosen,
    each button, field, list and ⓘ has a name of its own."""
    from verktoykasse.i18n import apply_language, clear_translators
    from verktoykasse.ui.help import InfoButton
    from verktoykasse.ui.wizard.list_editor import ListEditor

    apply_language(qapp, language)
    try:
        window = start_window()
        window.plan_actions.open_example()
        ws = window.plan_page
        problems: list[str] = []
        infos: set[str] = set()

        def look(where: str) -> None:
            problems.extend(names_shared(ws, where))
            infos.update(
                i.accessibleName() for i in ws.current_page().findChildren(InfoButton) if i.isVisible()
            )

        def walk(editor: ListEditor, where: str) -> None:
            for row in range(min(editor.list.count(), 2)):
                editor.list.setCurrentRow(row)
                look(f"{where} row {row + 1}")
                for inner in editor.detail.findChildren(ListEditor) if editor.detail else []:
                    walk(inner, f"{where} row {row + 1} / {inner.objectName()}")

        for step in STEPS:
            ws.go_to(step)
            look(str(step))
            for editor in list(ws.current_page().list_editors):
                walk(editor, f"{step} / {editor.objectName()}")
        assert problems == [], "\n".join(problems)
        if language == "en":  # each ⓘ says what it explains and where it is
            assert "What is “KPI (key figure)”? (step: Goals and targets)" in infos
            assert "What is “KPI (key figure)”? (field: Key figure (KPI) name)" in infos
    finally:
        clear_translators(qapp)
