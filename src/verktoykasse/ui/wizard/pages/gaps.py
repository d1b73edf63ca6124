"""Step 2, gap analysis (seed 000 §1, seed 001): for each area today vs desired with scores and the gap,
relevance to SDGs 4, 8, 10 and 17, expected effect, priority; and what already works well."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from verktoykasse.domain.labels import PRIORITIES, gap_template_title, label, sdg_label
from verktoykasse.domain.templates import gap_template
from verktoykasse.domain.validation import check_score
from verktoykasse.domain.vocabulary import SDGS, Step
from verktoykasse.storage.editing import add_row
from verktoykasse.storage.models import GapArea, Strength
from verktoykasse.ui.wizard import catalogue_spot
from verktoykasse.ui.wizard.charts import GapBar, GapChart
from verktoykasse.ui.wizard.list_editor import ListEditor
from verktoykasse.ui.wizard.pages.base import StepPage, detail_form
from verktoykasse.ui.wizard.pages.needs import choices
from verktoykasse.ui.wizard.row_table import Column, first_line


def gap_size_text(gap: GapArea) -> str:
    if gap.current_score is None or gap.desired_score is None:
        return "–"
    return f"{gap.desired_score - gap.current_score:+d}"


def _score(value: int | None) -> str:
    return "" if value is None else str(value)


def _gap_size(gap: GapArea) -> int | None:
    if gap.current_score is None or gap.desired_score is None:
        return None
    return gap.desired_score - gap.current_score


_PRIORITY_ORDER = {"high": 0, "medium": 1, "low": 2}


class GapsPage(StepPage):
    step = Step.GAPS

    def build(self) -> None:
        plan = self.plan
        areas = self.section(self.tr("Areas: today and where we want to be"), "gapSection")
        self.chart = GapChart()
        self.chart.score_chosen.connect(self.set_score_from_chart)
        areas.addWidget(self.chart)
        row = QHBoxLayout()
        self.template_button = QPushButton(self.tr("Insert the five typical &gap areas"))
        self.template_button.setObjectName("insertGapTemplates")
        self.template_button.setAccessibleName(self.tr("Insert the five typical gap areas"))
        self.template_button.setToolTip(
            self.tr(
                "Adds the areas of the method that are not in the list yet: diversity, recruitment, "
                "managers' competence, cooperation with external actors, follow-up routines."
            )
        )
        self.template_button.clicked.connect(self.insert_templates)
        row.addWidget(self.template_button)
        row.addStretch(1)
        areas.addLayout(row)
        self.gaps = self.add_list(
            ListEditor(
                self.saver,
                "gaps",
                self.tr("Gap areas"),
                rows=lambda: plan.gaps,
                describe=lambda gap: gap.title,
                add=lambda: add_row(self.session, plan, "gaps", title=self.tr("New area")),
                build_detail=self._detail,
                empty_text=self.tr("No areas yet. Insert the five typical areas, or add your own."),
                columns=[
                    Column(self.tr("Area"), lambda gap: gap.title or self.tr("(untitled)"), stretch=True),
                    Column(
                        self.tr("Today"), lambda gap: _score(gap.current_score), lambda g: g.current_score
                    ),
                    Column(
                        self.tr("Desired"), lambda gap: _score(gap.desired_score), lambda g: g.desired_score
                    ),
                    Column(self.tr("Gap"), gap_size_text, sort_key=_gap_size),
                    Column(
                        self.tr("Priority"),
                        lambda gap: label(PRIORITIES, gap.priority) if gap.priority else "",
                        sort_key=lambda gap: _PRIORITY_ORDER.get(gap.priority),
                    ),
                ],
            ),
            areas,
        )
        strengths = self.section(self.tr("What already works well"), "strengthSection")
        note = QLabel(self.tr("Positive results are to be highlighted, reinforced and celebrated."))
        note.setWordWrap(True)
        strengths.addWidget(note)
        self.strengths = self.add_list(
            ListEditor(
                self.saver,
                "strengths",
                self.tr("Strengths"),
                rows=lambda: plan.strengths,
                describe=lambda row: first_line(row.description),
                add=lambda: add_row(self.session, plan, "strengths"),
                build_detail=self._strength_detail,
                empty_text=self.tr("Nothing yet. What works well today?"),
                columns=[
                    Column(self.tr("What works well"), lambda row: first_line(row.description), stretch=True),
                    Column(
                        self.tr("How we celebrate it"), lambda row: first_line(row.celebration), stretch=True
                    ),
                ],
            ),
            strengths,
        )
        self.saver.saved.connect(self._after_save)
        self.gaps.changed.connect(self.update_chart)
        self.update_chart()

    def _after_save(self, *_args: object) -> None:
        if self.isVisible():  # a hidden page catches up in refresh() when it is shown again
            self.update_chart()

    def refresh(self) -> None:
        super().refresh()
        self.update_chart()

    def update_chart(self) -> None:
        self.chart.set_bars(
            [GapBar(gap.title, gap.current_score, gap.desired_score) for gap in self.gaps.rows]
        )

    def set_score_from_chart(self, index: int, which: str, score: int) -> None:
        """A click on the chart: that area's score (today or desired) becomes ``score``; the form shows it."""
        if not (0 <= index < len(self.gaps.rows)):
            return
        gap = self.gaps.rows[index]
        self.saver.flush()
        self.saver.set(gap, f"{which}_score", score)
        self.gaps.reload(select=gap)
        self.update_chart()

    def insert_templates(self) -> None:
        """Add the five areas of seed 000 that the plan does not have yet, in the method's order."""
        from verktoykasse.storage.insert_templates import add_standard_gaps

        added = self.saver.run(lambda: add_standard_gaps(self.session, self.plan))
        self.gaps.reload(select=added[-1] if added else None)
        self.gaps.changed.emit()
        self.update_chart()

    def _detail(self, gap: GapArea) -> QWidget:
        panel, form = detail_form(self.saver, gap, "gap")
        if gap.template_key:
            # Called as its label reads, like every row of the form; what it says is its description.
            origin = QLabel(gap_template_title(gap.template_key))
            origin.setObjectName("gapTemplate")
            origin.setAccessibleDescription(origin.text())
            form.add_field(self.tr("From the method:"), origin, origin, "template_key")
        title = form.line("title", self.tr("&Area:"))
        template = gap_template(gap.template_key) if gap.template_key else None
        form.text(
            "current_situation",
            self.tr("Today (current &situation):"),
            template.current_prompt if template else "",
        )
        form.text(
            "desired_situation", self.tr("&Desired situation:"), template.desired_prompt if template else ""
        )
        form.number("current_score", self.tr("Score t&oday (1–5):"), whole=True, check=check_score)
        form.explain("current_score", "score")
        form.number("desired_score", self.tr("Desired sco&re (1–5):"), whole=True, check=check_score)
        size = QLabel(gap_size_text(gap))
        size.setObjectName("gapSize")
        size.setAccessibleDescription(size.text())  # its name is the label's; the distance is said with it
        form.add_field(self.tr("Distance to go (the gap):"), size, size, "gap_size")
        form.explain("gap_size", "gap")

        def show_size() -> None:
            size.setText(gap_size_text(gap))
            size.setAccessibleDescription(size.text())

        form.edited.connect(show_size)
        for number in SDGS:
            form.check(f"sdg{number}", self.tr("Relevant to SDG {label}").format(label=sdg_label(number)))
        form.number(
            "expected_effect", self.tr("E&xpected effect of closing it (1–5):"), whole=True, check=check_score
        )
        form.choice("priority", self.tr("Priorit&y:"), choices(PRIORITIES), empty=self.tr("Not prioritised"))
        form.text("works_well", self.tr("What works we&ll here:"))
        suggestions = catalogue_spot.suggestion_panel()
        suggestions.setObjectName("gapSuggestions")

        def suggest() -> None:
            if shiboken6.isValid(suggestions):
                suggestions.show_for_gap(gap.template_key, gap.title)

        # After the page is on screen: the first use loads the catalogue, which takes a moment.
        QTimer.singleShot(0, suggest)
        title.editingFinished.connect(lambda: suggestions.show_for_gap(gap.template_key, gap.title))
        panel.layout().addWidget(suggestions)
        return panel

    def _strength_detail(self, row: Strength) -> QWidget:
        panel, form = detail_form(self.saver, row, "strength")
        form.text("description", self.tr("What wor&ks well:"))
        form.text("celebration", self.tr("How we &celebrate it:"))
        return panel
