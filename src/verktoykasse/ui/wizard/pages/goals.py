"""Step 3, goals and KPIs (seed 000 §2, seed 001 phase 2): goals that are clear, relevant and measurable,
each tied to a gap, each with KPIs (unit, baseline, target, deadline, how often, source, who, direction)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from verktoykasse.domain.formatting import format_number
from verktoykasse.domain.labels import DIRECTIONS, FREQUENCIES, PRIORITIES, label
from verktoykasse.domain.templates import GoalTemplate
from verktoykasse.domain.validation import units_like
from verktoykasse.domain.vocabulary import Direction, Frequency, Step
from verktoykasse.storage.editing import add_row
from verktoykasse.storage.models import Goal, Kpi
from verktoykasse.ui.elided import ElidedComboBox
from verktoykasse.ui.wizard.list_editor import ListEditor
from verktoykasse.ui.wizard.pages.base import StepPage, detail_form
from verktoykasse.ui.wizard.pages.needs import choices
from verktoykasse.ui.wizard.row_table import Column
from verktoykasse.ui.wizard.templates_menu import template_button


class GoalsPage(StepPage):
    step = Step.GOALS

    def build(self) -> None:
        plan = self.plan
        goals = self.section(self.tr("Goals"), "goalSection")
        row = QHBoxLayout()
        self.template_button = template_button(
            self, "insertGoalTemplate", self.tr("Insert an &example goal"), "goals", self.insert_template
        )
        row.addWidget(self.template_button)
        row.addStretch(1)
        goals.addLayout(row)
        self.goals = self.add_list(
            ListEditor(
                self.saver,
                "goals",
                self.tr("Goals"),
                rows=lambda: plan.goals,
                describe=self._describe,
                add=lambda: add_row(self.session, plan, "goals", title=self.tr("New goal")),
                build_detail=self._detail,
                empty_text=self.tr("No goals yet. Add a goal for each prioritised gap."),
                side_by_side=False,
                columns=[
                    Column(self.tr("Goal"), lambda goal: goal.title or self.tr("(untitled)"), stretch=True),
                    Column(
                        self.tr("For the area"),
                        lambda goal: goal.gap.title if goal.gap is not None else self.tr("no area chosen"),
                        stretch=True,  # a title too: it shares the width with the goal's
                    ),
                    Column(self.tr("Key figures"), lambda goal: str(len(goal.kpis)), lambda g: len(g.kpis)),
                ],
            ),
            goals,
        )

    def insert_template(self, template: GoalTemplate) -> None:
        """Add an example goal of seed 000 with its KPI, tied to the matching gap area if the plan has it."""
        from verktoykasse.storage.insert_templates import add_goal_from_template

        goal = self.saver.run(lambda: add_goal_from_template(self.session, self.plan, template))
        self.goals.reload(select=goal)
        self.goals.changed.emit()

    def _describe(self, goal: Goal) -> str:
        gap = goal.gap.title if goal.gap is not None else self.tr("no gap chosen")
        count = len(goal.kpis)
        return self.tr("{title} · for: {gap} · %n KPI(s)", "", count).format(
            title=goal.title or self.tr("(untitled)"), gap=gap
        )

    def _detail(self, goal: Goal) -> QWidget:
        panel, form = detail_form(self.saver, goal, "goal")
        form.line("title", self.tr("Goa&l:"))
        gap_box = ElidedComboBox()  # a gap area's long title ends in "…", whole in the tooltip
        gap_box.setObjectName("goalGap")
        # As wide as the form allows, not as the longest gap title the user typed (no sideways scrolling).
        gap_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        gap_box.setMinimumContentsLength(20)
        gap_box.addItem(self.tr("(no gap chosen)"), None)
        for gap in self.plan.gaps:
            title = gap.title or self.tr("(untitled)")
            if gap.priority:
                title = self.tr("{title} (priority: {priority})").format(
                    title=title, priority=label(PRIORITIES, gap.priority).lower()
                )
            gap_box.addItem(title, gap.id)
        gap_box.setCurrentIndex(max(gap_box.findData(goal.gap.id) if goal.gap else 0, 0))

        def choose_gap(_index: int) -> None:
            gap_id = gap_box.currentData()
            gap = next((g for g in self.plan.gaps if g.id == gap_id), None)
            self.saver.set(goal, "gap", gap)

        gap_box.currentIndexChanged.connect(choose_gap)
        form.add_field(self.tr("For the &gap:"), gap_box, gap_box, "gap")
        form.text("change", self.tr("&Clear — what changes or improves:"))
        form.text("relevance", self.tr("&Relevant — to our needs and capacity:"))
        form.text("measurable", self.tr("&Measurable — how progress is followed:"))
        kpis = ListEditor(
            self.saver,
            "kpis",
            self.tr("Key figures (KPIs) of this goal"),
            rows=lambda: goal.kpis,
            describe=self._describe_kpi,
            add=lambda: add_row(
                self.session,
                goal,
                "kpis",
                name=self.tr("New KPI"),
                frequency=Frequency.QUARTERLY,
                direction=Direction.HIGHER_IS_BETTER,
            ),
            build_detail=self._kpi_detail,
            empty_text=self.tr("No key figures yet: add a simple number that shows whether the gap shrinks."),
            side_by_side=False,
            columns=[
                Column(self.tr("Key figure"), lambda kpi: kpi.name or self.tr("(untitled)"), stretch=True),
                Column(self.tr("Today"), lambda kpi: format_number(kpi.baseline), lambda k: k.baseline),
                Column(self.tr("Target"), lambda kpi: format_number(kpi.target), lambda k: k.target),
                Column(self.tr("Unit"), lambda kpi: kpi.unit),
            ],
        )
        kpis.changed.connect(lambda: self.goals.refresh_labels())
        panel.layout().addWidget(kpis)
        return panel

    def _describe_kpi(self, kpi: Kpi) -> str:
        return self.tr("{name}: {baseline} → {target} {unit}").format(
            name=kpi.name or self.tr("(untitled)"),
            baseline=format_number(kpi.baseline) or "?",
            target=format_number(kpi.target) or "?",
            unit=kpi.unit,
        )

    def _kpi_detail(self, kpi: Kpi) -> QWidget:
        panel, form = detail_form(self.saver, kpi, "kpi")
        form.line("name", self.tr("Key figure (KPI) &name:"))
        form.explain("name", "kpi")
        form.line("unit", self.tr("&Unit:"))
        form.number("baseline", self.tr("Value today (&baseline):"), units=lambda: units_like(kpi.unit))
        form.explain("baseline", "baseline")
        form.number("target", self.tr("T&arget value:"), units=lambda: units_like(kpi.unit))
        form.explain("target", "target")
        form.date("deadline", self.tr("&Deadline:"))
        form.choice("frequency", self.tr("Measured how &often:"), choices(FREQUENCIES))
        form.line("data_source", self.tr("Data &source:"))
        form.line("measured_by", self.tr("Measured b&y:"))
        form.choice("direction", self.tr("Di&rection:"), choices(DIRECTIONS))
        return panel
