"""Planned hires on a measure (step 4): who, at what wage and job percentage, from when, on which of
Nav's schemes — with the estimate of what the schemes may pay back shown as the user types, and each
problem (a wage of 0, a start before the scheme existed, a job percentage over 100) beside its field.

Every value typed is stored as typed (nothing is held back); the estimate decides what it can use and says
why it leaves a part out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from verktoykasse.budget.budget import hire_from_row
from verktoykasse.budget.subsidy import (
    FIELD_EXTRA_COSTS,
    FIELD_JOB_PERCENT,
    FIELD_MENTOR_HOURS,
    FIELD_MENTOR_WAGE,
    FIELD_SCHEMES,
    FIELD_START,
    FIELD_TARGET_GROUP,
    FIELD_WAGE,
    estimate_hire,
    estimate_note,
    scheme_name,
)
from verktoykasse.catalogue.labels import TARGET_GROUPS, target_group_label
from verktoykasse.catalogue.rates import Scheme
from verktoykasse.domain.formatting import format_date, format_money
from verktoykasse.domain.validation import HOUR_UNITS, MONEY_UNITS, PERCENT_UNITS
from verktoykasse.storage.editing import add_row
from verktoykasse.storage.models import Measure, Plan, PlannedHire
from verktoykasse.ui.wizard.fields import FieldMessage
from verktoykasse.ui.wizard.list_editor import ListEditor
from verktoykasse.ui.wizard.pages.base import detail_form
from verktoykasse.ui.wizard.row_table import Column
from verktoykasse.ui.wizard.saver import Saver

SCHEME_ROLE = Qt.ItemDataRole.UserRole
HIRE_TARGET_GROUPS = ("reduced_ability", "cv_gaps", "immigrants", "young", "sick_leave")


def hires_editor(saver: Saver, session, plan: Plan, measure: Measure, rate_book) -> ListEditor:
    """The list of a measure's planned hires, each with its form and live estimate."""

    def describe(row: PlannedHire) -> str:
        return row.label or QCoreApplication.translate("PlannedHires", "(unnamed hire)")

    def subsidy(row: PlannedHire) -> float | None:
        """What Nav's schemes may pay back, as the detail estimates it (None: nothing to estimate)."""
        estimate = estimate_hire(hire_from_row(row), rate_book(), _assumptions(plan), plan.period_end)
        return estimate.subsidy if estimate.months else None

    def subsidy_text(row: PlannedHire) -> str:
        amount = subsidy(row)
        return "" if amount is None else "≈ " + format_money(amount)

    return ListEditor(
        saver,
        "plannedHires",
        QCoreApplication.translate("PlannedHires", "Planned hires with Nav schemes"),
        rows=lambda: measure.planned_hires,
        describe=describe,
        columns=[
            Column(QCoreApplication.translate("PlannedHires", "Who"), describe, stretch=True),
            Column(
                QCoreApplication.translate("PlannedHires", "Start"),
                lambda row: format_date(row.start_date),
                sort_key=lambda row: row.start_date,
            ),
            Column(QCoreApplication.translate("PlannedHires", "From Nav"), subsidy_text, sort_key=subsidy),
        ],
        add=lambda: add_row(
            session,
            measure,
            "planned_hires",
            label=QCoreApplication.translate("PlannedHires", "New hire"),
            job_percent=100.0,
        ),
        build_detail=lambda row: _hire_detail(saver, plan, row, rate_book),
        empty_text=QCoreApplication.translate(
            "PlannedHires", "No planned hires. Add one to see what Nav's schemes may pay back."
        ),
        side_by_side=False,
    )


def _assumptions(plan: Plan):
    from verktoykasse.budget.budget import assumptions_of

    return assumptions_of(plan)


def _hire_detail(saver: Saver, plan: Plan, row: PlannedHire, rate_book) -> QWidget:
    panel, form = detail_form(saver, row, "hire")
    form.line("label", QCoreApplication.translate("PlannedHires", "Who (a role, not a name):"))
    group = form.choice(
        "target_group",
        QCoreApplication.translate("PlannedHires", "Target group:"),
        [(key, target_group_label(key)) for key in HIRE_TARGET_GROUPS if key in TARGET_GROUPS],
        empty=QCoreApplication.translate("PlannedHires", "Not chosen"),
    )
    group_message = FieldMessage("hireTargetGroupMessage", describes=group)
    form.layout.addRow("", group_message)
    form.check(
        "reduced_capacity",
        QCoreApplication.translate(
            "PlannedHires", "Nav has assessed reduced work capacity (nedsatt arbeidsevne)"
        ),
    )
    schemes = QListWidget()
    schemes.setObjectName("hireSchemes")
    schemes.setAccessibleDescription(
        QCoreApplication.translate("PlannedHires", "Tick the schemes this hire uses. Space ticks.")
    )
    chosen = {key.strip() for key in (row.schemes or "").split(",")}
    for scheme in Scheme:
        item = QListWidgetItem(scheme_name(scheme))
        item.setData(SCHEME_ROLE, scheme.value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if scheme.value in chosen else Qt.CheckState.Unchecked)
        schemes.addItem(item)
    line = schemes.fontMetrics().lineSpacing()
    schemes.setMaximumHeight(line * (len(Scheme) + 1) + 8)
    form.add_field(QCoreApplication.translate("PlannedHires", "Schemes:"), schemes, schemes, "schemes")
    schemes_message = FieldMessage("hireSchemesMessage", describes=schemes)
    form.layout.addRow("", schemes_message)
    wage = form.number(
        "monthly_wage",
        QCoreApplication.translate("PlannedHires", "Monthl&y wage at 100 % (kr):"),
        units=MONEY_UNITS,
    )
    percent = form.number(
        "job_percent", QCoreApplication.translate("PlannedHires", "Job percentage:"), units=PERCENT_UNITS
    )
    start = form.date("start_date", QCoreApplication.translate("PlannedHires", "Starts in the &job:"))
    start_message = FieldMessage("hireStartMessage", describes=start.edit)
    form.layout.addRow("", start_message)
    mentor_hours = form.number(
        "mentor_hours",
        QCoreApplication.translate("PlannedHires", "&Mentor's hours a month:"),
        units=HOUR_UNITS,
    )
    mentor_wage = form.number(
        "mentor_hourly_wage",
        QCoreApplication.translate("PlannedHires", "Mentor's hourly wage (kr):"),
        units=MONEY_UNITS,
    )
    extra = form.number(
        "extra_costs",
        QCoreApplication.translate("PlannedHires", "Extra adaptation costs (kr):"),
        units=MONEY_UNITS,
    )
    result = QLabel()
    result.setObjectName("hireEstimate")
    result.setWordWrap(True)
    result.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    result.setAccessibleName(QCoreApplication.translate("PlannedHires", "Estimate"))
    panel.layout().addWidget(result)
    messages = {
        FIELD_WAGE: wage.message,
        FIELD_JOB_PERCENT: percent.message,
        FIELD_MENTOR_HOURS: mentor_hours.message,
        FIELD_MENTOR_WAGE: mentor_wage.message,
        FIELD_EXTRA_COSTS: extra.message,
        FIELD_START: start_message,
        FIELD_SCHEMES: schemes_message,
        FIELD_TARGET_GROUP: group_message,
    }

    def save_schemes(_item: QListWidgetItem) -> None:
        keys = [
            schemes.item(i).data(SCHEME_ROLE)
            for i in range(schemes.count())
            if schemes.item(i).checkState() == Qt.CheckState.Checked
        ]
        saver.set(row, "schemes", ",".join(keys))
        refresh()

    def refresh() -> None:
        estimate = estimate_hire(hire_from_row(row), rate_book(), _assumptions(plan), plan.period_end)
        for field_name, message in messages.items():
            texts = estimate.problems_for(field_name)
            if (
                texts
                or field_name
                not in (
                    FIELD_WAGE,
                    FIELD_JOB_PERCENT,
                    FIELD_MENTOR_HOURS,
                    FIELD_MENTOR_WAGE,
                    FIELD_EXTRA_COSTS,
                )
                or not message.text()
                or message.property("fromEstimate")
            ):
                message.show_message(" ".join(texts) or None)
                message.setProperty("fromEstimate", bool(texts))
        lines = []
        if estimate.months:
            months = len({(m.start.year, m.start.month) for m in estimate.months})
            lines.append(
                QCoreApplication.translate(
                    "PlannedHires", "Expected from Nav: {subsidy} of {cost} in costs (months: {months})."
                ).format(
                    subsidy=format_money(estimate.subsidy), cost=format_money(estimate.cost), months=months
                )
            )
            for year, (cost, subsidy) in estimate.by_year().items():
                lines.append(
                    QCoreApplication.translate(
                        "PlannedHires", "{year}: costs {cost}, subsidies {subsidy}"
                    ).format(year=year, cost=format_money(cost), subsidy=format_money(subsidy))
                )
        else:
            lines.append(
                QCoreApplication.translate(
                    "PlannedHires", "No estimate yet: see the messages beside the fields."
                )
            )
        lines += [f"⚠ {flag}" for flag in estimate.flags]
        lines.append(estimate_note())
        result.setText("\n".join(lines))
        result.setAccessibleDescription(result.text())

    schemes.itemChanged.connect(save_schemes)
    form.edited.connect(refresh)
    refresh()
    return panel
