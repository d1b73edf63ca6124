"""The list of steps beside the pages: where the user is, how complete each step is, and a way to jump."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from verktoykasse.domain.labels import step_method_term, step_title
from verktoykasse.domain.vocabulary import STEPS, Step

STEP_ROLE = Qt.ItemDataRole.UserRole


class StepList(QListWidget):
    """Two lines per page: "2. Where are we – where do we want to be?" and "gap analysis · 60 % complete"
    (the method's own word under the plain one); choosing a line asks the workspace to go there."""

    step_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setAccessibleName(self.tr("Steps"))
        self.setAccessibleDescription(
            self.tr("Choose a step to go to it. Each step shows how complete it is.")
        )
        self.completeness: dict[str, float] = {}
        for step in STEPS:
            item = QListWidgetItem()
            item.setData(STEP_ROLE, str(step))
            self.addItem(item)
        self.setWordWrap(True)
        self.setSpacing(3)
        self.currentItemChanged.connect(self._chosen)
        self.set_completeness({})

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.step_chosen.emit(item.data(STEP_ROLE))

    def select(self, step: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(STEP_ROLE) == step:
                blocked = self.blockSignals(True)
                self.setCurrentRow(row)
                self.blockSignals(blocked)
                return

    def set_completeness(self, completeness: dict[str, float]) -> None:
        self.completeness = {str(k): v for k, v in completeness.items()}
        for row in range(self.count()):
            self._show(row)

    def set_step_completeness(self, step: str, share: float) -> None:
        """Update one step's figure (the one the user is typing on)."""
        step = str(step)
        if self.completeness.get(step) == share:
            return
        self.completeness[step] = share
        for row in range(self.count()):
            if self.item(row).data(STEP_ROLE) == step:
                self._show(row)

    def _show(self, row: int) -> None:
        item = self.item(row)
        step = item.data(STEP_ROLE)
        share = self.completeness.get(step, 0.0)
        title = step_title(step)
        number = "" if step == Step.PROFILE else f"{row}. "
        if share >= 1.0:
            state = self.tr("complete")
            mark = "✓ " + state
        else:
            state = self.tr("{percent} % complete").format(percent=round(share * 100))
            mark = state
        method = step_method_term(step)
        text = f"{number}{title}\n{method} · {mark}" if method else f"{number}{title}\n{mark}"
        if item.text() != text:
            item.setText(text)
            said = f"{number}{title} ({method}), {state}" if method else f"{number}{title}, {state}"
            item.setData(Qt.ItemDataRole.AccessibleTextRole, said)
            item.setToolTip(state)

    def text_of(self, step: str) -> str:
        for row in range(self.count()):
            if self.item(row).data(STEP_ROLE) == step:
                return self.item(row).text()
        return ""
