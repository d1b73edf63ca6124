"""The plan's budget for the board: each measure's cost and hours, its planned hires, minus what Nav's
schemes may pay back, per measure, per year and for the whole plan.

    gross     = the measure's cost + its hours × the hourly cost + what its planned hires cost
                (wage costs in the subsidised months, the mentor's hours, documented extra costs)
    subsidies = the estimate of what Nav may pay back (``budget.subsidy``)
    net       = gross − subsidies, never below 0

Widget-free; reads plain values (``MeasureCosts``) so the window, the report and the tests share it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from verktoykasse.budget.subsidy import Assumptions, Estimate, Hire, estimate_hire
from verktoykasse.catalogue.rates import RateBook, Scheme

MAX_HOURLY_COST = 10_000


@dataclass(frozen=True)
class MeasureCosts:
    """What a measure costs as the user typed it, and when (its start, else its deadline)."""

    title: str
    cost: float | None = None
    hours: float | None = None
    when: dt.date | None = None
    hires: tuple[Hire, ...] = ()


@dataclass(frozen=True)
class Totals:
    gross: float = 0.0
    subsidies: float = 0.0

    @property
    def net(self) -> float:
        return max(0.0, self.gross - self.subsidies)

    def __add__(self, other: Totals) -> Totals:
        return Totals(self.gross + other.gross, self.subsidies + other.subsidies)


@dataclass
class MeasureBudget:
    measure: MeasureCosts
    own: Totals  # the measure's cost and hours
    estimates: list[Estimate]
    by_year: dict[int, Totals]

    @property
    def total(self) -> Totals:
        return sum(self.by_year.values(), Totals()) if self.by_year else self.own


@dataclass
class Budget:
    """The whole plan's budget, and notes for the reader (hours not costed, figures left out)."""

    measures: list[MeasureBudget] = field(default_factory=list)
    hourly_cost: float | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def total(self) -> Totals:
        return sum((m.total for m in self.measures), Totals())

    def by_year(self) -> dict[int, Totals]:
        years: dict[int, Totals] = defaultdict(Totals)
        for measure in self.measures:
            for year, totals in measure.by_year.items():
                years[year] = years[year] + totals
        return dict(sorted(years.items()))

    @property
    def estimates(self) -> list[Estimate]:
        return [estimate for measure in self.measures for estimate in measure.estimates]

    @property
    def is_empty(self) -> bool:
        """Nothing to show: no cost, no costed hours, no hire."""
        return not self.measures or (self.total.gross == 0 and not self.estimates)


def hourly_cost_problem(value: float | None) -> str:
    """A message for the hourly-cost field, or "" when it can be used."""
    if value is None:
        return ""
    if value < 0:
        return QCoreApplication.translate(
            "Subsidy", "An hourly cost cannot be negative; hours are not costed."
        )
    if value > MAX_HOURLY_COST:
        return QCoreApplication.translate(
            "Subsidy", "More than kr 10 000 an hour looks like a typing slip; hours are not costed."
        )
    return ""


def _usable(value: float | None) -> float:
    return value if value is not None and value > 0 else 0.0


def plan_budget(
    measures: Iterable[MeasureCosts],
    book: RateBook,
    hourly_cost: float | None = None,
    assumptions: Assumptions | None = None,
    horizon_end: dt.date | None = None,
    fallback_year: int | None = None,
) -> Budget:
    """The budget of every measure; a measure's own cost counts in the year it starts (else its deadline,
    else ``fallback_year``), its hires month by month."""
    hourly = hourly_cost if hourly_cost is not None and not hourly_cost_problem(hourly_cost) else None
    budget = Budget(hourly_cost=hourly)
    hours_left_out = False
    for measure in measures:
        hours = _usable(measure.hours)
        if hours and hourly is None:
            hours_left_out = True
        own = Totals(_usable(measure.cost) + hours * (hourly or 0.0), 0.0)
        estimates = [estimate_hire(hire, book, assumptions, horizon_end) for hire in measure.hires]
        years: dict[int, Totals] = defaultdict(Totals)
        year = measure.when.year if measure.when else fallback_year
        if own.gross and year is not None:
            years[year] = years[year] + own
        for estimate in estimates:
            for when, (cost, subsidy) in estimate.by_year().items():
                years[when] = years[when] + Totals(cost, min(subsidy, cost))
        if own.gross and year is None:
            years[0] = years[0] + own  # no date anywhere: shown as "no year"
        budget.measures.append(MeasureBudget(measure, own, estimates, dict(sorted(years.items()))))
    if hours_left_out:
        budget.notes.append(
            QCoreApplication.translate(
                "Subsidy", "Hours are not costed: set the hourly cost on the measures step."
            )
        )
    return budget


def measures_with_costs(budget: Budget) -> Sequence[MeasureBudget]:
    """The measures that cost something or have a hire: the rows of the report's budget table."""
    return [m for m in budget.measures if m.total.gross or m.estimates]


# -- from the stored plan -----------------------------------------------------------------------------
def hire_from_row(row) -> Hire:
    """A stored planned hire (``storage.models.PlannedHire``) as the estimate reads it."""
    # Only the schemes the program knows: the wizard offers no others, and a plan file from elsewhere
    # could hold any text in this column, which must not print as if it were one of Nav's schemes.
    known = {scheme.value for scheme in Scheme}
    schemes = tuple(key for key in (part.strip() for part in (row.schemes or "").split(",")) if key in known)
    return Hire(
        label=row.label or "",
        target_group=row.target_group or "",
        reduced_capacity=bool(row.reduced_capacity),
        monthly_wage=row.monthly_wage,
        job_percent=row.job_percent,
        start=row.start_date,
        schemes=schemes,
        mentor_hours=row.mentor_hours,
        mentor_hourly_wage=row.mentor_hourly_wage,
        extra_costs=row.extra_costs,
    )


def assumptions_of(plan) -> Assumptions:
    """The plan's own holiday pay, pension and contribution rates; None takes the catalogue's."""
    return Assumptions(
        holiday_pay_percent=plan.holiday_pay_percent,
        pension_percent=plan.pension_percent,
        contribution_percent=plan.contribution_percent,
    )


def budget_for_plan(plan, book: RateBook) -> Budget:
    """The stored plan's budget: every measure with its cost, hours and planned hires."""
    measures = [
        MeasureCosts(
            title=measure.title,
            cost=measure.cost_nok,
            hours=measure.hours,
            when=measure.start_date or measure.deadline,
            hires=tuple(hire_from_row(row) for row in measure.planned_hires),
        )
        for measure in plan.measures
    ]
    fallback = plan.period_start.year if plan.period_start else None
    return plan_budget(
        measures, book, plan.hourly_cost, assumptions_of(plan), plan.period_end, fallback_year=fallback
    )


def rate_book(catalogue) -> RateBook:
    """The rates of the catalogue in use, or the shipped catalogue's when it has none (a format-1 file)."""
    if catalogue is not None and catalogue.rates.rates:
        return catalogue.rates
    from verktoykasse.catalogue.loader import read_catalogue, shipped_path

    return read_catalogue(shipped_path()).rates
