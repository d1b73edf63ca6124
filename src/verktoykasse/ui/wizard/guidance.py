"""The short explanation at the top of each step: what it is, why it matters, tips and questions to ask.

The texts come from ``domain.templates.step_guidance`` (written from seeds 000–003, translated there).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from verktoykasse.domain.templates import step_guidance


class GuidanceBox(QFrame):
    """What, why, tips and the guiding questions of one step, in plain words."""

    def __init__(self, step: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidance_" + str(step))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Guidance"))
        text = step_guidance(step)
        layout = QVBoxLayout(self)
        for name, body in (("guidanceWhat", text.what), ("guidanceWhy", text.why)):
            label = self._label(body)
            label.setObjectName(name)
            layout.addWidget(label)
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

    @staticmethod
    def _label(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label
