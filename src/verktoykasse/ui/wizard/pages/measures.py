"""Step 4, measures and action plan (seed 000 §3–6, seed 002): each measure with its goals, owner and
responsible, dates and milestones, resources, expected effect, status and the schemes it uses; then the
roles and follow-up of the whole work, and the competence and support it needs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QWidget

from verktoykasse.domain.formatting import format_date
from verktoykasse.domain.labels import FREQUENCIES, MEASURE_STATUSES, PRIORITIES
from verktoykasse.domain.status import LATE, is_late, measure_state, measure_status_label, state_label
from verktoykasse.domain.templates import MeasureTemplate
from verktoykasse.domain.validation import HOUR_UNITS, MONEY_UNITS, check_date_order, check_milestone
from verktoykasse.domain.vocabulary import MeasureStatus, Step
from verktoykasse.storage.db import Database
from verktoykasse.storage.editing import add_row, set_measure_goals
from verktoykasse.storage.models import Measure, MeasureOccurrence, Milestone, Plan, PlannedHire
from verktoykasse.ui.wizard import catalogue_spot
from verktoykasse.ui.wizard.board_fields import approval_fields, budget_settings, decisions_editor
from verktoykasse.ui.wizard.hires import hires_editor
from verktoykasse.ui.wizard.list_editor import ListEditor
from verktoykasse.ui.wizard.pages.base import StepPage, detail_form
from verktoykasse.ui.wizard.pages.needs import choices
from verktoykasse.ui.wizard.row_table import Column, first_line
from verktoykasse.ui.wizard.saver import Saver
from verktoykasse.ui.wizard.templates_menu import template_button

GOAL_ID_ROLE = Qt.ItemDataRole.UserRole
# What the plan's budget is made of, besides the planned hires: a change to one of these updates it.
BUDGET_ATTRIBUTES = frozenset(
    {
        "cost_nok",
        "hours",
        "start_date",
        "deadline",
        "hourly_cost",
        "holiday_pay_percent",
        "pension_percent",
        "contribution_percent",
    }
)


class MeasuresPage(StepPage):
    step = Step.MEASURES

    def __init__(
        self, saver: Saver, plan: Plan, database: Database | None = None, parent: QWidget | None = None
    ) -> None:
        """``database`` is for the catalogue's resource picker, which keeps its own session."""
        self.database = database
        super().__init__(saver, plan, parent)

    def build(self) -> None:
        plan = self.plan
        measures = self.section(self.tr("Measures"), "measureSection")
        row = QHBoxLayout()
        row.addWidget(
            template_button(
                self, "insertMeasureTemplate", self.tr("Insert an e&xample measure"), "measures", self.insert
            )
        )
        row.addWidget(
            template_button(
                self,
                "insertAreaMeasureTemplate",
                self.tr("Insert from a real &plan (area → measure)"),
                "area_measures",
                self.insert,
            )
        )
        row.addStretch(1)
        measures.addLayout(row)
        self.measures = self.add_list(
            ListEditor(
                self.saver,
                "measures",
                self.tr("Measures"),
                rows=lambda: plan.measures,
                describe=self._describe,
                add=lambda: add_row(
                    self.session, plan, "measures", title=self.tr("New measure"), status=MeasureStatus.PLANNED
                ),
                build_detail=self._detail,
                empty_text=self.tr("No measures yet. Add one for each goal, or insert an example."),
                side_by_side=False,
                columns=self._measure_columns(),
            ),
            measures,
        )

        budget = self.section(self.tr("Budget and Nav's schemes"), "budgetSection")
        self.budget_summary = budget_settings(self.form(plan, budget), plan, self.rate_book)
        budget.addWidget(self.budget_summary)
        self.saver.saved.connect(self._budget_changed)
        self.measures.changed.connect(self.budget_summary.refresh)

        roles = self.section(self.tr("Roles and follow-up"), "rolesSection")
        form = self.form(plan, roles)
        form.line("work_owner", self.tr("Who owns the wor&k:"))
        form.line("operational_responsible", self.tr("Operational responsi&bility:"))
        form.text("follow_up_method", self.tr("How progress is fo&llowed up and reported:"))
        form.choice(
            "reporting_frequency",
            self.tr("Reported ho&w often:"),
            choices(FREQUENCIES),
            empty=self.tr("Not decided"),
        )
        form.text(
            "anchoring",
            self.tr("Where the plan is a&nchored:"),
            self.tr("For example the strategy, the management group, steering documents."),
        )

        decision = self.section(self.tr("For the board's decision"), "decisionSection")
        self.add_list(decisions_editor(self.saver, self.session, plan), decision)
        approval_fields(self.form(plan, decision))

        support = self.section(self.tr("Competence and support"), "supportSection")
        form = self.form(plan, support)
        form.text("training_needs", self.tr("Need for trainin&g and awareness:"))
        form.text("external_support", self.tr("External partners and a&dvisors:"))
        form.text("follow_up_framework", self.tr("Framework for following up included &employees:"))

    def rate_book(self):
        """The rates of the catalogue in use in this data folder (cached by the catalogue loader)."""
        from pathlib import Path

        from verktoykasse.budget.budget import rate_book
        from verktoykasse.catalogue import load_catalogue

        folder = Path(self.database.path).parent if self.database is not None else None
        return rate_book(load_catalogue(folder))

    def _budget_changed(self, row: object, attr: str) -> None:
        """Keep the plan's budget current when a cost, hours, a hire or a budget setting changes."""
        if isinstance(row, PlannedHire) or attr in BUDGET_ATTRIBUTES or not attr:
            self.budget_summary.refresh()

    def insert(self, template: MeasureTemplate) -> None:
        """Add an example measure (seed 000 or seed 002) with the schemes that usually help it."""
        from verktoykasse.storage.insert_templates import add_measure_from_template

        measure = self.saver.run(lambda: add_measure_from_template(self.session, self.plan, template))
        self.measures.reload(select=measure)
        self.measures.changed.emit()

    def _describe(self, measure: Measure) -> str:
        title = measure.title or self.tr("(untitled)")
        return f"{measure.area} → {title}" if measure.area else title

    def _measure_columns(self) -> list[Column]:
        """Measure | Owner | Deadline | Status: a late one says so in its deadline and its badge."""

        def deadline(measure: Measure) -> str:
            late = is_late(measure, dt.date.today())
            return ("⚠ " if late else "") + format_date(measure.deadline)

        return [
            Column(self.tr("Measure"), self._describe, stretch=True),
            Column(self.tr("Owner"), lambda m: m.owner),
            Column(self.tr("Deadline"), deadline, sort_key=lambda m: m.deadline),
            Column(
                self.tr("Status"),
                lambda m: measure_status_label(m, dt.date.today()),
                sort_key=lambda m: measure_state(m, dt.date.today()),
                badge=lambda m: measure_state(m, dt.date.today()),
            ),
        ]

    def _detail(self, measure: Measure) -> QWidget:
        panel, form = detail_form(self.saver, measure, "measure")
        title = form.line("title", self.tr("&Measure:"))
        area = form.line("area", self.tr("A&rea:"))
        form.text("description", self.tr("&What it is:"))
        goals = QListWidget()
        goals.setObjectName("measureGoals")
        goals.setAccessibleDescription(
            self.tr("Tick the goals this measure serves, the one it mainly serves first. Space ticks.")
        )
        linked = {goal.id for goal in measure.goals}
        for goal in self.plan.goals:
            item = QListWidgetItem(goal.title or self.tr("(untitled)"))
            item.setData(GOAL_ID_ROLE, goal.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if goal.id in linked else Qt.CheckState.Unchecked)
            goals.addItem(item)
        line = goals.fontMetrics().lineSpacing()
        goals.setMaximumHeight(line * (min(max(goals.count(), 2), 6) + 1) + 8)

        def save_goals(_item: QListWidgetItem) -> None:
            # The goals keep the order they were ticked in (the first is the one it mainly serves):
            # those linked stay where they are, a newly ticked goal comes last.
            ticked = [
                goals.item(i).data(GOAL_ID_ROLE)
                for i in range(goals.count())
                if goals.item(i).checkState() == Qt.CheckState.Checked
            ]
            kept = [goal.id for goal in measure.goals if goal.id in ticked]
            wanted = kept + [goal_id for goal_id in ticked if goal_id not in kept]
            self.saver.run(lambda: set_measure_goals(self.session, measure, wanted))

        goals.itemChanged.connect(save_goals)
        form.add_field(self.tr("Serves the &goals:"), goals, goals, "goals")
        form.choice("priority", self.tr("Priorit&y:"), choices(PRIORITIES), empty=self.tr("Not prioritised"))
        form.line("owner", self.tr("&Owner:"))
        form.line("responsible", self.tr("Operational responsi&ble:"))
        start = form.date("start_date", self.tr("&Start:"))
        deadline = form.date(
            "deadline",
            self.tr("&Deadline:"),
            check=lambda: check_date_order(measure.start_date, measure.deadline),
        )
        form.number("cost_nok", self.tr("&Cost (kr):"), units=MONEY_UNITS)
        form.number("hours", self.tr("Hour&s:"), units=HOUR_UNITS)
        form.text("resource_note", self.tr("Other resource &needs:"))
        form.text("expected_effect", self.tr("E&xpected effect:"))
        form.choice("status", self.tr("St&atus:"), choices(MEASURE_STATUSES))
        form.choice(
            "recurrence",
            self.tr("Recurs:"),
            choices(FREQUENCIES),
            empty=self.tr("Does not recur"),
        )
        form.date("recurrence_end", self.tr("Recurs until (empty: the plan's period):"))
        milestones = ListEditor(
            self.saver,
            "milestones",
            self.tr("Milestones of this measure"),
            rows=lambda: measure.milestones,
            describe=lambda row: row.title,
            add=lambda: add_row(self.session, measure, "milestones", title=self.tr("New milestone")),
            build_detail=lambda row: self._milestone_detail(measure, row),
            empty_text=self.tr("No milestones yet."),
            side_by_side=False,
            columns=[
                Column(self.tr("Milestone"), lambda row: row.title or self.tr("(untitled)"), stretch=True),
                Column(
                    self.tr("Due"), lambda row: format_date(row.due_date), sort_key=lambda row: row.due_date
                ),
                Column(
                    self.tr("Status"),
                    lambda row: self._milestone_state_label(row),
                    badge=self._milestone_state,
                ),
            ],
        )
        start.edited.connect(milestones.reload)
        deadline.edited.connect(milestones.reload)
        panel.layout().addWidget(milestones)
        held = ListEditor(
            self.saver,
            "occurrences",
            self.tr("Times it was held"),
            rows=lambda: measure.occurrences,
            describe=lambda row: format_date(row.due_on),
            columns=[
                Column(self.tr("Due"), lambda row: format_date(row.due_on), sort_key=lambda row: row.due_on),
                Column(
                    self.tr("Held"), lambda row: format_date(row.held_on), sort_key=lambda row: row.held_on
                ),
                Column(self.tr("Note"), lambda row: first_line(row.note), stretch=True),
            ],
            add=lambda: None,
            build_detail=self._occurrence_detail,
            empty_text=self.tr("A recurring measure is ticked as held under “Now” on the home view."),
            addable=False,
            movable=False,
            side_by_side=False,
            sort_key=lambda row: (row.due_on, row.id or 0),
        )
        panel.layout().addWidget(held)
        panel.layout().addWidget(hires_editor(self.saver, self.session, self.plan, measure, self.rate_book))
        # The picker lists the catalogue's suggestions for this measure first, so no separate panel.
        picker = catalogue_spot.resource_picker(self.database, measure.id)
        if picker is not None:
            picker.setObjectName("measureResources")
            panel.layout().addWidget(picker)
            # A new measure is called "New measure" until the user names it: the suggestions follow
            # the name and the area once the user leaves the field.
            title.editingFinished.connect(picker.refresh)
            area.editingFinished.connect(picker.refresh)
        return panel

    def _occurrence_detail(self, row: MeasureOccurrence) -> QWidget:
        panel, form = detail_form(self.saver, row, "occurrence")
        form.date("held_on", self.tr("Held on:"))
        form.text("note", self.tr("Note:"))
        return panel

    @staticmethod
    def _milestone_state(row: Milestone) -> str:
        """ "done", "late" (its day has passed and it is not ticked) or "open"."""
        if row.done:
            return MeasureStatus.DONE
        if row.due_date is not None and row.due_date < dt.date.today():
            return LATE
        return "open"

    def _milestone_state_label(self, row: Milestone) -> str:
        state = self._milestone_state(row)
        return self.tr("Not done") if state == "open" else state_label(state)

    def _milestone_detail(self, measure: Measure, row: Milestone) -> QWidget:
        panel, form = detail_form(self.saver, row, "milestone")
        form.line("title", self.tr("Mi&lestone:"))
        form.date(
            "due_date",
            self.tr("D&ue:"),
            check=lambda: check_milestone(row.due_date, measure.start_date, measure.deadline),
        )
        form.check("done", self.tr("D&one"))
        form.run_checks()
        return panel
