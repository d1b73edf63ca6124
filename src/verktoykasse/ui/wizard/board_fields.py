"""Step 4's board parts: the budget settings (hourly cost, holiday pay, pension, employer's contribution)
with the plan's budget as it stands, and the board's decision list with the approval line and the
report's language (on the roles part).

The wage-cost rates are the user's to set (they are each agreement's), with the catalogue's defaults shown
as the placeholder; an empty field takes the default.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from verktoykasse.budget.budget import budget_for_plan, hourly_cost_problem
from verktoykasse.budget.subsidy import estimate_note
from verktoykasse.catalogue.rates import Constants, in_force
from verktoykasse.domain.formatting import format_money, format_number
from verktoykasse.domain.validation import MONEY_UNITS, PERCENT_UNITS
from verktoykasse.storage.editing import add_row
from verktoykasse.storage.models import BoardDecision, Plan
from verktoykasse.ui.wizard.list_editor import ListEditor
from verktoykasse.ui.wizard.pages.base import detail_form
from verktoykasse.ui.wizard.saver import Saver

REPORT_LANGUAGES = (("nb", "Norsk bokmål"), ("en", "English"))


def budget_settings(form, plan: Plan, rate_book) -> QLabel:
    """The hourly cost and the three wage-cost rates in ``form``; returns the label with the plan's budget."""
    hourly = form.number(
        "hourly_cost",
        QCoreApplication.translate("BoardFields", "Hourly cost for the measures' hours (kr):"),
        check=lambda value: hourly_cost_problem(value) or None,
        units=MONEY_UNITS,
    )
    hourly.edit.setPlaceholderText(QCoreApplication.translate("BoardFields", "for example 550"))
    today = dt.date.today()
    for attr, constant, label in (
        (
            "holiday_pay_percent",
            Constants.HOLIDAY_PAY,
            QCoreApplication.translate("BoardFields", "Holiday pay (%):"),
        ),
        (
            "pension_percent",
            Constants.PENSION,
            QCoreApplication.translate("BoardFields", "Occupational pension (%):"),
        ),
        (
            "contribution_percent",
            Constants.CONTRIBUTION_ZONE_1,
            QCoreApplication.translate("BoardFields", "Employer's contribution (%):"),
        ),
    ):
        field = form.number(
            attr,
            label,
            check=lambda value: (
                None
                if 0 <= value <= 100
                else QCoreApplication.translate("BoardFields", "A rate between 0 and 100, please.")
            ),
            units=PERCENT_UNITS,
        )
        found, _fit = in_force(rate_book().constants_for(constant), today)
        if found is not None:
            field.edit.setPlaceholderText(
                QCoreApplication.translate("BoardFields", "empty: {value} %, the catalogue's").format(
                    value=format_number(found.value)
                )
            )
    summary = QLabel()
    summary.setObjectName("planBudget")
    summary.setWordWrap(True)
    summary.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    summary.setAccessibleName(QCoreApplication.translate("BoardFields", "The plan's budget"))

    def refresh() -> None:
        budget = budget_for_plan(plan, rate_book())
        total = budget.total
        lines = [
            QCoreApplication.translate(
                "BoardFields", "The plan's budget: gross {gross}, expected subsidies {subsidies}, net {net}."
            ).format(
                gross=format_money(total.gross),
                subsidies=format_money(total.subsidies),
                net=format_money(total.net),
            )
        ]
        lines += budget.notes
        lines.append(estimate_note())
        summary.setText("\n".join(lines))
        summary.setAccessibleDescription(summary.text())

    form.edited.connect(refresh)
    refresh()
    summary.refresh = refresh  # type: ignore[attr-defined]
    return summary


def decisions_editor(saver: Saver, session, plan: Plan) -> ListEditor:
    """What the board is asked to decide ("Styret bes om å …"), one line each."""

    def detail(row: BoardDecision) -> QWidget:
        panel, form = detail_form(saver, row, "decision")
        form.line("text", QCoreApplication.translate("BoardFields", "The board is as&ked to …"))
        return panel

    return ListEditor(
        saver,
        "boardDecisions",
        QCoreApplication.translate("BoardFields", "What the board is asked to decide"),
        rows=lambda: plan.board_decisions,
        describe=lambda row: row.text or QCoreApplication.translate("BoardFields", "(empty)"),
        add=lambda: add_row(session, plan, "board_decisions", text=""),
        build_detail=detail,
        empty_text=QCoreApplication.translate(
            "BoardFields", 'Nothing yet. Add what the board should decide, for example "approve the plan".'
        ),
        side_by_side=False,
    )


def approval_fields(form) -> None:
    form.date("approved_on", QCoreApplication.translate("BoardFields", "Decided on:"))
    form.line("approved_by", QCoreApplication.translate("BoardFields", "Decided by:"))
    form.choice(
        "report_language",
        QCoreApplication.translate("BoardFields", "Language of the printed report:"),
        REPORT_LANGUAGES,
    )
