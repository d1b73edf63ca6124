"""The short explanation at the top of each step: what it is, why it matters, tips and questions to ask.

The texts come from ``domain.templates.step_guidance`` (written from seeds 000–003, translated there).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from verktoykasse.domain.templates import step_guidance


class GuidanceBox(QFrame):
    """What, why, tips and the guiding questions of one step, in plain words.

    Folded (``set_folded``), only the first sentence shows: a step read before takes one line of a small
    screen, and a click on it asks to open it again (``unfold_requested``)."""

    unfold_requested = Signal()

    def __init__(self, step: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidance_" + str(step))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Guidance"))
        text = step_guidance(step)
        self.folded = False
        self.rest: list[QLabel] = []  # everything but the first sentence
        layout = QVBoxLayout(self)
        for name, body in (("guidanceWhat", text.what), ("guidanceWhy", text.why)):
            label = self._label(body)
            label.setObjectName(name)
            layout.addWidget(label)
            if name != "guidanceWhat":
                self.rest.append(label)
        for name, title, items in (
            ("guidanceTips", self.tr("Tips:"), text.tips),
            ("guidanceQuestions", self.tr("Questions to ask:"), text.questions),
        ):
            if not items:
                continue
            heading = self._label(title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            layout.addWidget(heading)
            listing = self._label("\n".join("• " + item for item in items))
            listing.setObjectName(name)
            layout.addWidget(listing)
            self.rest += [heading, listing]

    def set_folded(self, folded: bool) -> None:
        self.folded = folded
        for label in self.rest:
            label.setVisible(not folded)
        self.setCursor(Qt.CursorShape.PointingHandCursor if folded else Qt.CursorShape.ArrowCursor)
        self.setToolTip(self.tr("Click to read the whole guidance") if folded else "")
        self.updateGeometry()  # one line's height at once, not the whole box's until the next resize

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.folded and event.button() == Qt.MouseButton.LeftButton:
            self.unfold_requested.emit()
            return
        super().mousePressEvent(event)

    @staticmethod
    def _label(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label
