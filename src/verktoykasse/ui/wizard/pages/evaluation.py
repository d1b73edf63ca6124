"""Step 5, evaluation and learning (seed 001 phase 3): each KPI's measurements against baseline and
target with a small chart, each measure's status with what was done and what it gave, the lessons, how
insight becomes daily practice, what to share and celebrate, and what goes into the next cycle."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from verktoykasse.domain.formatting import format_date, format_number
from verktoykasse.domain.labels import DIRECTIONS, MEASURE_STATUSES, label
from verktoykasse.domain.status import (
    MEASURE_STATES,
    kpi_status,
    measure_state,
    measure_status_label,
    state_label,
)
from verktoykasse.domain.validation import units_like
from verktoykasse.domain.vocabulary import Step
from verktoykasse.storage.editing import add_measurement, add_row
from verktoykasse.storage.models import Kpi, Lesson, Measure, Measurement
from verktoykasse.ui.wizard.charts import KpiChart, KpiSeries
from verktoykasse.ui.wizard.list_editor import ListEditor
from verktoykasse.ui.wizard.pages.base import StepPage, detail_form
from verktoykasse.ui.wizard.pages.needs import choices
from verktoykasse.ui.wizard.row_table import Column, first_line, ticked

# What of a measurement its KPI's chart and row show: a keystroke in its note redraws neither.
CHARTED = frozenset({"measured_on", "value"})


def series_of(kpi: Kpi) -> KpiSeries:
    return KpiSeries(
        kpi.name,
        kpi.unit,
        kpi.baseline,
        kpi.target,
        [(m.measured_on, m.value) for m in kpi.measurements],
    )


class EvaluationPage(StepPage):
    step = Step.EVALUATION

    def build(self) -> None:
        plan = self.plan
        self._read_measurements()
        kpis = self.section(self.tr("Key figures (KPIs) over time"), "kpiSection")
        self.kpis = self.add_list(
            ListEditor(
                self.saver,
                "evaluationKpis",
                self.tr("KPIs"),
                rows=self._all_kpis,
                describe=lambda kpi: kpi.name,
                add=lambda: None,
                build_detail=self._kpi_detail,
                empty_text=self.tr("No KPIs yet: add them to the goals in step 3."),
                addable=False,
                removable=False,
                movable=False,
                sort_key=lambda kpi: (kpi.goal.position, kpi.position),
                columns=[
                    Column(
                        self.tr("Key figure"), lambda kpi: kpi.name or self.tr("(untitled)"), stretch=True
                    ),
                    Column(self.tr("Now"), self._latest_text, sort_key=self._latest_value),
                    Column(self.tr("Start"), lambda kpi: format_number(kpi.baseline), lambda k: k.baseline),
                    Column(self.tr("Target"), lambda kpi: format_number(kpi.target), lambda k: k.target),
                    Column(self.tr("Unit"), lambda kpi: kpi.unit),
                    Column(
                        self.tr("Status"),
                        lambda kpi: kpi_status(kpi).label,
                        badge=lambda kpi: str(kpi_status(kpi).state),
                    ),
                ],
            ),
            kpis,
        )
        measures = self.section(self.tr("Measures: status and what they gave"), "measureStatusSection")
        self.status_summary = QLabel()
        self.status_summary.setObjectName("measureStatusSummary")
        self.status_summary.setWordWrap(True)
        measures.addWidget(self.status_summary)
        self.measures = self.add_list(
            ListEditor(
                self.saver,
                "evaluationMeasures",
                self.tr("Measures"),
                rows=lambda: plan.measures,
                describe=lambda m: m.title,
                add=lambda: None,
                build_detail=self._measure_detail,
                empty_text=self.tr("No measures yet: add them in step 4."),
                addable=False,
                removable=False,
                movable=False,
                columns=[
                    Column(self.tr("Measure"), lambda m: m.title or self.tr("(untitled)"), stretch=True),
                    Column(
                        self.tr("Status"),
                        lambda m: measure_status_label(m, dt.date.today()),
                        sort_key=lambda m: measure_state(m, dt.date.today()),
                        badge=lambda m: measure_state(m, dt.date.today()),
                    ),
                ],
            ),
            measures,
        )
        self.saver.saved.connect(self._after_save)
        self.update_status_summary()
        lessons = self.section(self.tr("What we learnt"), "lessonSection")
        self.lessons = self.add_list(
            ListEditor(
                self.saver,
                "lessons",
                self.tr("Lessons"),
                rows=lambda: plan.lessons,
                describe=lambda row: first_line(row.text),
                add=lambda: add_row(self.session, plan, "lessons"),
                build_detail=self._lesson_detail,
                empty_text=self.tr("No lessons yet. What did you learn?"),
                columns=[
                    Column(self.tr("Lesson"), lambda row: first_line(row.text), stretch=True),
                    ticked(self.tr("Next cycle"), lambda row: row.carry_forward),
                ],
            ),
            lessons,
        )
        practice = self.section(self.tr("From insight to practice"), "practiceSection")
        form = self.form(plan, practice)
        form.text(
            "practice_integration",
            self.tr("How insight &becomes daily practice:"),
            self.tr("For example internal training and personnel work."),
        )
        form.text("experiences_to_share", self.tr("Experiences to &share with others:"))
        form.text("celebrations", self.tr("What we &celebrate:"))

    def update_status_summary(self) -> None:
        """ "3 done, 2 in progress, 1 planned": the state of the action plan at a glance."""
        today = dt.date.today()
        counts: dict[str, int] = {}
        for measure in self.plan.measures:
            state = measure_state(measure, today)  # open past the deadline counts as late
            counts[state] = counts.get(state, 0) + 1
        parts = [
            self.tr("{count} {status}").format(count=counts[key], status=state_label(key).lower())
            for key in MEASURE_STATES
            if counts.get(key)
        ]
        self.status_summary.setText(", ".join(parts) if parts else self.tr("No measures yet."))
        self.status_summary.setVisible(bool(parts))  # with none, the list says so already (once is enough)

    def refresh(self) -> None:
        self._read_measurements()  # a KPI added meanwhile, or all of them after a rollback
        super().refresh()
        self.update_status_summary()

    def _read_measurements(self) -> None:
        """Every KPI's measurements in one query: the wizard read the plan without them."""
        from verktoykasse.storage.editing import load_measurements

        load_measurements(self.session, self.plan)

    def _after_save(self, *_args: object) -> None:
        if self.isVisible():  # a hidden page catches up in refresh() when it is shown again
            self.update_status_summary()

    def _all_kpis(self) -> list[Kpi]:
        return [kpi for goal in self.plan.goals for kpi in goal.kpis]

    @staticmethod
    def _latest_value(kpi: Kpi) -> float | None:
        points = kpi.measurements
        return max(points, key=lambda m: m.measured_on).value if points else None

    def _latest_text(self, kpi: Kpi) -> str:
        value = self._latest_value(kpi)
        return format_number(value) if value is not None else "–"

    def _kpi_detail(self, kpi: Kpi) -> QWidget:
        panel = QWidget()
        panel.setObjectName("kpiEvaluationDetail")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        from verktoykasse.ui.elided import WrappedLabel

        # A goal of one long word ends in "…" at the edge (whole in the tooltip), not the page made wider.
        about = WrappedLabel(
            self.tr("Goal: {goal}. {direction}. Deadline {deadline}.").format(
                goal=kpi.goal.title or self.tr("(untitled)"),
                direction=label(DIRECTIONS, kpi.direction),
                deadline=format_date(kpi.deadline) or "–",
            )
        )
        layout.addWidget(about)
        chart = KpiChart()
        chart.set_series(series_of(kpi))
        layout.addWidget(chart)
        measurements = ListEditor(
            self.saver,
            "measurements",
            self.tr("Measurements"),
            rows=lambda: kpi.measurements,
            describe=lambda m: f"{format_date(m.measured_on)}: {format_number(m.value)} {kpi.unit}".strip(),
            columns=[
                Column(
                    self.tr("Date"), lambda m: format_date(m.measured_on), sort_key=lambda m: m.measured_on
                ),
                Column(
                    self.tr("Value"),
                    lambda m: f"{format_number(m.value)} {kpi.unit}".strip(),
                    sort_key=lambda m: m.value,
                    stretch=True,
                ),
            ],
            add=lambda: self._add_measurement(kpi),
            build_detail=self._measurement_detail,
            empty_text=self.tr("No measurements yet. Add one each time the KPI is measured."),
            movable=False,
            side_by_side=False,
            sort_key=lambda m: (m.measured_on, m.id or 0),
        )

        def redraw(obj: object = None, attr: str = "") -> None:
            if not chart.isVisible():  # hidden, the page rebuilds this detail in refresh() when shown
                return
            if not (obj is None or obj is kpi or (attr in CHARTED and obj in kpi.measurements)):
                return  # a measurement's note, or another row: neither the chart nor the KPI's row shows it
            chart.set_series(series_of(kpi))
            self.kpis.refresh_row(kpi)  # the KPI's row says "now 3" with the chart, not the value before

        measurements.changed.connect(redraw)
        self.saver.saved.connect(redraw)
        chart.destroyed.connect(lambda *_: self._disconnect(redraw))
        layout.addWidget(measurements)
        return panel

    def _disconnect(self, slot: Callable[..., None]) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.saver.saved.disconnect(slot)

    def _add_measurement(self, kpi: Kpi) -> Measurement:
        points = kpi.measurements
        start = points[-1].value if points else (kpi.baseline if kpi.baseline is not None else 0.0)
        return add_measurement(self.session, kpi, dt.date.today(), start)

    def _measurement_detail(self, row: Measurement) -> QWidget:
        panel, form = detail_form(self.saver, row, "measurement")
        form.date("measured_on", self.tr("&Measured on:"), required=True)
        form.number("value", self.tr("V&alue:"), required=True, units=lambda: units_like(row.kpi.unit))
        form.line("note", self.tr("N&ote:"))
        return panel

    def _measure_detail(self, measure: Measure) -> QWidget:
        panel, form = detail_form(self.saver, measure, "evaluationMeasure")
        form.choice("status", self.tr("Stat&us:"), choices(MEASURE_STATUSES))
        form.text("what_was_done", self.tr("What was &done:"))
        form.text("outcome", self.tr("What it &gave:"))
        return panel

    def _lesson_detail(self, row: Lesson) -> QWidget:
        panel, form = detail_form(self.saver, row, "lesson")
        form.text("text", self.tr("&Lesson:"))
        form.check("carry_forward", self.tr("Take into the &next cycle"))
        return panel
