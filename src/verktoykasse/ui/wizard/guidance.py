"""What each step is for, why it matters and the questions to ask, shown at the top of its page.

Drawn from the source documents (seeds 000–003). Literal ``translate`` calls so lupdate finds every text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from verktoykasse.domain.vocabulary import Step


@dataclass(frozen=True)
class Guidance:
    what: str
    why: str
    questions: tuple[str, ...]


def guidance_for(step: str) -> Guidance:
    tr = QCoreApplication.translate
    if step == Step.PROFILE:
        return Guidance(
            tr("Guidance", "A short profile of the business and the overall problem the work starts from."),
            tr(
                "Guidance",
                "The profile goes on the cover of the action plan. The problem statement keeps every later "
                "step pointed at the same question.",
            ),
            (
                tr("Guidance", "Which problem do we want to solve by including more people in work?"),
                tr("Guidance", "Who is the contact person for this work?"),
            ),
        )
    if step == Step.NEEDS:
        return Guidance(
            tr(
                "Guidance",
                "Explore the employer's need for labour and the needs and resources of the people outside "
                "work. Involve everyone affected: managers, employees, people from the target group, NAV "
                "and organisations — for example in a workshop.",
            ),
            tr(
                "Guidance",
                "Real insight from all sides shows the real need. A complex need can be narrowed to one "
                "important part: a concrete improvement can be better than something big and unmanageable.",
            ),
            (
                tr(
                    "Guidance",
                    "Which needs for labour does the employer have? Which competences and experience?",
                ),
                tr(
                    "Guidance",
                    "Which needs do the people outside work have, and what do they know and bring?",
                ),
                tr("Guidance", "Could tasks be organised in a new way, or other kinds of positions be made?"),
                tr(
                    "Guidance",
                    "How can those outside working life today be seen as resources for the work to be done?",
                ),
            ),
        )
    if step == Step.GAPS:
        return Guidance(
            tr(
                "Guidance",
                "For each area, describe today's situation and the desired future, score both from 1 to 5 "
                "and see the gap. Mark which UN Sustainable Development Goals (4, 8, 10, 17) it concerns, "
                "estimate the effect of closing it, and prioritise.",
            ),
            tr(
                "Guidance",
                "Comparing today with the desired future shows where improvement is needed. Prioritise the "
                "gaps that give the greatest effect — and highlight and celebrate what already works well.",
            ),
            (
                tr("Guidance", "Which gaps most affect our ability to include more people in work?"),
                tr("Guidance", "What already works well that we should reinforce?"),
            ),
        )
    if step == Step.GOALS:
        return Guidance(
            tr(
                "Guidance",
                "For each prioritised gap, set goals that describe the desired practice, each with simple "
                "KPIs that show whether the gap grows or shrinks.",
            ),
            tr(
                "Guidance",
                "Good goals are clear (what changes), relevant (to the business's needs and capacity) and "
                "measurable (so progress can be followed over time). KPIs guide real behaviour and support "
                "decisions.",
            ),
            (
                tr("Guidance", "What exactly should change or improve?"),
                tr("Guidance", "How will we know, and who measures it how often?"),
            ),
        )
    if step == Step.MEASURES:
        return Guidance(
            tr(
                "Guidance",
                "Map the possible measures, prioritise them, and give each an owner, a start, a deadline, "
                "milestones, resources and expected effect. Decide who owns the work, how progress is "
                "followed up and reported, and where the plan is anchored.",
            ),
            tr(
                "Guidance",
                "Measures bridge today's situation and the desired one. They should be realistic, fit into "
                "existing processes, and have clear responsibility and ownership — then the plan becomes a "
                "tool the board can steer by.",
            ),
            (
                tr("Guidance", "Which external schemes, opportunities and partners can help?"),
                tr("Guidance", "Who is responsible, and by when?"),
                tr("Guidance", "Which training or outside support do we need?"),
            ),
        )
    return Guidance(
        tr(
            "Guidance",
            "Follow the KPIs over time against baseline and target, note for each measure what was done and "
            "what it gave, and write down what was learnt.",
        ),
        tr(
            "Guidance",
            "The most important thing is to turn insight into daily practice through internal training and "
            "personnel work, and to share experiences with others. The cycle is run again next year.",
        ),
        (
            tr("Guidance", "What worked, what did not, and why?"),
            tr("Guidance", "What do we celebrate? What goes into the next cycle?"),
        ),
    )


class GuidanceBox(QFrame):
    """The short explanation at the top of a step: what, why, and the questions to ask."""

    def __init__(self, step: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidance_" + str(step))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        text = guidance_for(step)
        layout = QVBoxLayout(self)
        what = QLabel(text.what)
        why = QLabel(text.why)
        for label in (what, why):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        why.setObjectName("guidanceWhy")
        what.setObjectName("guidanceWhat")
        if text.questions:
            title = QLabel(self.tr("Questions to ask:"))
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            layout.addWidget(title)
            questions = QLabel("\n".join("• " + question for question in text.questions))
            questions.setObjectName("guidanceQuestions")
            questions.setWordWrap(True)
            questions.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(questions)
        self.setAccessibleName(self.tr("Guidance"))
