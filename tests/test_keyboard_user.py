"""A keyboard user opens a plan and walks the wizard with Tab only: the focus stays in the program's
window, every field is reached and Tab comes round to the step list again, never trapped in a page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from verktoykasse.domain.vocabulary import STEPS


class WindowWatcher(QObject):
    """Notes every window that shows itself, other than the main window (a stray one steals focus)."""

    def __init__(self, main: QWidget) -> None:
        super().__init__()
        self.main = main
        self.stray: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and watched.isWidgetType()
            and watched.isWindow()
            and watched is not self.main
        ):
            self.stray.append(f"{type(watched).__name__} {watched.objectName()!r}")
        return False


def start_active(start_window, qtbot):
    window = start_window()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)  # the keyboard goes to this window, as on a desktop
    return window


def test_opening_a_plan_and_its_steps_keeps_the_keyboard_in_the_window(start_window, qtbot):
    window = start_active(start_window, qtbot)
    watcher = WindowWatcher(window)
    QApplication.instance().installEventFilter(watcher)
    try:
        qtbot.mouseClick(window.plan_actions.example_button, Qt.MouseButton.LeftButton)
        for step in STEPS:  # each page is built the first time the user goes there
            window.plan_page.go_to(step)
            QApplication.processEvents()
            assert QApplication.activeWindow() is window, f"the window lost the keyboard on {step}"
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert watcher.stray == []


def test_tab_walks_every_step_and_comes_back_to_the_step_list(start_window, qtbot):
    window = start_active(start_window, qtbot)
    qtbot.mouseClick(window.plan_actions.example_button, Qt.MouseButton.LeftButton)
    ws = window.plan_page
    for step in STEPS:
        ws.go_to(step)
        ws.step_list.setFocus()
        QApplication.processEvents()
        visited: list[QWidget] = []
        for _ in range(200):
            widget = QApplication.focusWidget()
            assert widget is not None, f"the focus got lost on {step} after {len(visited)} Tabs"
            visited.append(widget)
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
            if QApplication.focusWidget() is ws.step_list:
                break
        else:
            names = [w.objectName() for w in visited[-12:]]
            raise AssertionError(f"Tab never came back to the step list on {step}; last: {names}")
        fields = {w.objectName() for w in visited if ws.current_page().isAncestorOf(w)}
        assert len(fields) > 5, f"only {sorted(fields)} reached on {step}"
        assert ws.next_button in visited or step == STEPS[-1]


def test_after_add_the_cursor_is_in_the_new_rows_first_field(start_window, qtbot):
    from verktoykasse.ui.wizard.list_editor import ListEditor

    window = start_active(start_window, qtbot)
    qtbot.mouseClick(window.plan_actions.example_button, Qt.MouseButton.LeftButton)
    ws = window.plan_page
    first_fields = {
        "participants": "participantName",
        "gaps": "gapTitle",
        "strengths": "strengthDescription",
        "goals": "goalTitle",
        "measures": "measureTitle",
        "lessons": "lessonText",
    }
    seen = set()
    for step in STEPS:
        ws.go_to(step)
        for editor in ws.current_page().findChildren(ListEditor):
            if editor.objectName() not in first_fields:
                continue
            editor.list.setFocus()
            qtbot.keyClick(editor.list, Qt.Key.Key_Insert)  # Insert adds, as the list's description says
            focused = QApplication.focusWidget()
            assert focused is not None and focused.objectName() == first_fields[editor.objectName()], (
                f"after adding to {editor.objectName()} the cursor is in "
                f"{focused.objectName() if focused else 'nothing'}"
            )
            seen.add(editor.objectName())
    assert seen == set(first_fields)

    ws.go_to("gaps")
    gaps = ws.current_page().findChild(ListEditor, "gaps")
    qtbot.mouseClick(gaps.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(QApplication.focusWidget(), "Språkopplæring")
    assert gaps.current().title == "Språkopplæring"
