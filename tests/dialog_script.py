"""Answer a sequence of modal dialogs, each identified by its object name, like a user clicking through."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget


class DialogScript:
    """``script.expect("recoveryDialog", "recoveryFresh")`` clicks that button when that dialog shows.

    ``before`` can look at the dialog first (what the user reads); ``seen`` records the dialogs answered.
    """

    def __init__(self) -> None:
        self.steps: list[tuple[str, str, Callable[[QWidget], None] | None]] = []
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def expect(
        self, dialog: str, button: str, before: Callable[[QWidget], None] | None = None
    ) -> DialogScript:
        self.steps.append((dialog, button, before))
        self.timer.start()
        return self

    def _tick(self) -> None:
        if not self.steps:
            self.timer.stop()
            return
        widget = QApplication.activeModalWidget()
        name, button_name, before = self.steps[0]
        if widget is None or widget.objectName() != name:
            return
        self.steps.pop(0)
        self.seen.append(name)
        if before is not None:
            before(widget)
        widget.findChild(QPushButton, button_name).click()

    @property
    def done(self) -> bool:
        return not self.steps
