"""What Nav's schemes may pay back for a planned hire, month by month: the estimate behind the budget.

Pure and widget-free: a ``Hire`` and the catalogue's ``RateBook`` in, an ``Estimate`` out. Every rate,
step-down, maximum duration, cap, the G amount and the default holiday pay, pension and employer's
contribution come from the catalogue file (``[[rate]]``/``[[constant]]``, each with ``valid_for``), never
from this code; a month outside a rate's ``valid_for`` is flagged, not hidden.

The wage base is computed the way Nav's refund service does it (CATALOGUE-FACTS.md, "How Nav computes a
wage-subsidy refund"), per month:

    holiday pay  = wage × holiday-pay rate
    pension      = (wage + holiday pay) × OTP rate
    contribution = (wage + holiday pay + pension) × employer's contribution rate
    costs        = wage + holiday pay + pension + contribution
    refund       = costs × the month's percentage (varig/fireårig: at most cap_g × G a calendar year)

Bad input never raises: each problem is a ``Problem`` for the field it belongs to, and the estimate for
that part is none (or capped), so a figure shown is always one that can be explained.
Every figure is an estimate: Nav decides, and the official page is the authority (``estimate_note``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from verktoykasse.catalogue.rates import (
    WAGE_SUBSIDIES,
    Base,
    Constants,
    Rate,
    RateBook,
    Scheme,
    Variant,
    in_force,
)
from verktoykasse.domain.followup import add_months as months_later

# A monthly wage above this is a typing slip (an extra zero or two), not a wage to estimate from.
MAX_MONTHLY_WAGE = 1_000_000
MAX_MENTOR_HOURS_PER_MONTH = 200
MAX_HOURLY_WAGE = 10_000
MAX_EXTRA_COSTS = 10_000_000
# Schemes without a maximum duration (varig lønnstilskudd) are estimated this long when the plan has no end.
OPEN_ENDED_MONTHS = 12
WEEKS_PER_MONTH = 52 / 12

FIELD_WAGE = "monthly_wage"
FIELD_JOB_PERCENT = "job_percent"
FIELD_START = "start_date"
FIELD_SCHEMES = "schemes"
FIELD_MENTOR_HOURS = "mentor_hours"
FIELD_MENTOR_WAGE = "mentor_hourly_wage"
FIELD_EXTRA_COSTS = "extra_costs"
FIELD_TARGET_GROUP = "target_group"


def estimate_note() -> str:
    """The sentence every figure of the estimate carries."""
    return QCoreApplication.translate(
        "Subsidy", "Estimate — Nav decides; the official page is the authority."
    )


@dataclass(frozen=True)
class Hire:
    """A planned hire as the user typed it. ``monthly_wage`` is the wage for a full-time (100 %) job."""

    label: str = ""
    target_group: str = ""
    reduced_capacity: bool = False  # Nav has assessed nedsatt arbeidsevne
    monthly_wage: float | None = None
    job_percent: float | None = 100.0
    start: dt.date | None = None
    schemes: tuple[str, ...] = ()
    mentor_hours: float | None = None  # per month
    mentor_hourly_wage: float | None = None
    extra_costs: float | None = None  # documented extra costs (inkluderingstilskudd)


@dataclass(frozen=True)
class Assumptions:
    """Holiday pay, pension and employer's contribution in per cent; None takes the catalogue's default."""

    holiday_pay_percent: float | None = None
    pension_percent: float | None = None
    contribution_percent: float | None = None


@dataclass(frozen=True)
class Problem:
    """Something wrong or doubtful about one field, in the user's language."""

    field: str
    message: str


@dataclass(frozen=True)
class Month:
    """One month of one scheme: what the hire costs the employer, and what Nav may pay back."""

    start: dt.date
    scheme: Scheme
    percent: float
    cost: float
    subsidy: float

    @property
    def year(self) -> int:
        return self.start.year


@dataclass
class Estimate:
    """The estimate for one hire: months, problems per field, and flags about the rates' periods."""

    hire: Hire
    months: list[Month] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    rates_used: list[Rate] = field(default_factory=list)

    @property
    def cost(self) -> float:
        return sum(month.cost for month in self.months)

    @property
    def subsidy(self) -> float:
        return sum(month.subsidy for month in self.months)

    def by_year(self) -> dict[int, tuple[float, float]]:
        """Cost and subsidy per calendar year, in year order."""
        totals: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0])
        for month in self.months:
            totals[month.year][0] += month.cost
            totals[month.year][1] += month.subsidy
        return {year: (cost, subsidy) for year, (cost, subsidy) in sorted(totals.items())}

    def problems_for(self, field_name: str) -> list[str]:
        return [problem.message for problem in self.problems if problem.field == field_name]


def add_months(day: dt.date, months: int) -> dt.date:
    """``domain.followup.add_months``, never None: an estimate's month past the year 9999 (only a typing
    slip gets there) is the calendar's last day instead of an error."""
    return months_later(day, months) or dt.date.max


def scheme_name(scheme: Scheme | str) -> str:
    """The scheme's Norwegian name; the schemes are Nav's, so their names are not translated."""
    return {
        Scheme.MIDLERTIDIG: "Midlertidig lønnstilskudd",
        Scheme.VARIG: "Varig lønnstilskudd",
        Scheme.FIREARIG: "Fireårig lønnstilskudd for unge (forsøk)",
        Scheme.SOMMERJOBB: "Tilskudd til sommerjobb",
        Scheme.MENTOR: "Mentortilskudd",
        Scheme.INKLUDERING: "Inkluderingstilskudd",
        Scheme.ARBEIDSTRENING: "Arbeidstrening",
    }.get(Scheme(scheme) if scheme in Scheme._value2member_map_ else scheme, str(scheme))


class _Rates:
    """The catalogue's figures for one estimate, with the flags for periods they do not cover."""

    def __init__(self, book: RateBook, assumptions: Assumptions, flags: list[str]) -> None:
        self.book = book
        self.assumptions = assumptions
        self.flags = flags

    def _flag(self, text: str) -> None:
        if text not in self.flags:
            self.flags.append(text)

    def constant(self, constant_id: str, day: dt.date, label: str) -> float:
        found, fit = in_force(self.book.constants_for(constant_id), day)
        if found is None:
            return 0.0
        if fit == "after" and found.valid_for.end is not None:
            from verktoykasse.domain.formatting import format_date, format_number

            self._flag(
                QCoreApplication.translate(
                    "Subsidy", "{what} {value} holds until {end}; the estimate uses it after that too."
                ).format(
                    what=label,
                    value=format_number(found.value) + (" kr" if found.unit == "kr" else " %"),
                    end=format_date(found.valid_for.end),
                )
            )
        return found.value

    def percent(self, own: float | None, constant_id: str, day: dt.date, label: str) -> float:
        if own is not None:
            return own
        return self.constant(constant_id, day, label)

    def wage_costs(self, wage: float, day: dt.date) -> float:
        holiday = (
            wage
            * self.percent(
                self.assumptions.holiday_pay_percent,
                Constants.HOLIDAY_PAY,
                day,
                QCoreApplication.translate("Subsidy", "Holiday pay"),
            )
            / 100
        )
        pension = (
            (wage + holiday)
            * self.percent(
                self.assumptions.pension_percent,
                Constants.PENSION,
                day,
                QCoreApplication.translate("Subsidy", "Occupational pension"),
            )
            / 100
        )
        contribution = (wage + holiday + pension) * self.contribution(day) / 100
        return wage + holiday + pension + contribution

    def contribution(self, day: dt.date) -> float:
        return self.percent(
            self.assumptions.contribution_percent,
            Constants.CONTRIBUTION_ZONE_1,
            day,
            QCoreApplication.translate("Subsidy", "Employer's contribution (zone I)"),
        )

    def g(self, day: dt.date) -> float:
        return self.constant(Constants.G, day, QCoreApplication.translate("Subsidy", "G"))

    def rate(self, scheme: Scheme, variant: Variant, day: dt.date) -> Rate | None:
        from verktoykasse.domain.formatting import format_date

        found, fit = in_force(self.book.rates_for(scheme, variant), day)
        if found is None:
            return None
        if fit == "after" and found.valid_for.end is not None:
            self._flag(
                QCoreApplication.translate(
                    "Subsidy",
                    "The rates for {scheme} hold until {end}; the estimate uses them after that too.",
                ).format(scheme=scheme_name(scheme), end=format_date(found.valid_for.end))
            )
        elif fit == "before":
            self._flag(
                QCoreApplication.translate(
                    "Subsidy",
                    "The rates for {scheme} in the catalogue hold from {start}; earlier months use them too.",
                ).format(scheme=scheme_name(scheme), start=format_date(found.valid_for.start))
            )
        return found


def _number_problems(
    value: float | None,
    field_name: str,
    maximum: float,
    required: bool,
    problems: list[Problem],
    *,
    hours: bool = False,
) -> float | None:
    """The value to compute with, or None (with a problem) when it cannot be used. An amount in kroner,
    or with ``hours`` the mentor's hours a month (the messages name hours, not kroner)."""
    from verktoykasse.domain.formatting import format_money, format_number

    if value is None or value == 0:
        if required:
            message = (
                QCoreApplication.translate(
                    "Subsidy", "Type the mentor's hours a month, above 0, to get an estimate for this part."
                )
                if hours
                else QCoreApplication.translate(
                    "Subsidy", "Type an amount above 0 to get an estimate for this part."
                )
            )
            problems.append(Problem(field_name, message))
        return None
    if value < 0:
        message = (
            QCoreApplication.translate("Subsidy", "Hours cannot be negative; this part has no estimate.")
            if hours
            else QCoreApplication.translate(
                "Subsidy", "An amount cannot be negative; this part has no estimate."
            )
        )
        problems.append(Problem(field_name, message))
        return None
    if value > maximum:
        message = (
            QCoreApplication.translate(
                "Subsidy",
                "More than {maximum} hours a month looks like a typing slip; this part has no estimate.",
            ).format(maximum=format_number(maximum))
            if hours
            else QCoreApplication.translate(
                "Subsidy", "More than {maximum} looks like a typing slip; this part has no estimate."
            ).format(maximum=format_money(maximum))
        )
        problems.append(Problem(field_name, message))
        return None
    return value


def _job_fraction(hire: Hire, problems: list[Problem]) -> float | None:
    percent = hire.job_percent
    if percent is None:
        return 1.0
    if percent <= 0:
        problems.append(
            Problem(
                FIELD_JOB_PERCENT,
                QCoreApplication.translate(
                    "Subsidy", "A job percentage must be above 0; this hire has no estimate."
                ),
            )
        )
        return None
    if percent > 100:
        problems.append(
            Problem(
                FIELD_JOB_PERCENT,
                QCoreApplication.translate(
                    "Subsidy", "A job percentage is at most 100; the estimate uses 100 %."
                ),
            )
        )
        return 1.0
    return percent / 100


def _chosen_schemes(hire: Hire, problems: list[Problem]) -> list[Scheme]:
    known = [Scheme(key) for key in dict.fromkeys(hire.schemes) if key in Scheme._value2member_map_]
    if not known:
        problems.append(
            Problem(
                FIELD_SCHEMES,
                QCoreApplication.translate(
                    "Subsidy", "Choose the scheme(s) this hire uses to get an estimate."
                ),
            )
        )
        return []
    wage_schemes = [scheme for scheme in known if scheme in WAGE_SUBSIDIES or scheme == Scheme.ARBEIDSTRENING]
    if len(wage_schemes) > 1:
        problems.append(
            Problem(
                FIELD_SCHEMES,
                QCoreApplication.translate(
                    "Subsidy",
                    "Nav gives one wage subsidy (or arbeidstrening) at a time; the estimate uses {scheme}.",
                ).format(scheme=scheme_name(wage_schemes[0])),
            )
        )
        known = [scheme for scheme in known if scheme not in wage_schemes[1:]]
    return known


def _in_season(rate: Rate, day: dt.date) -> bool:
    if rate.season is None:
        return True
    (first_month, first_day), (last_month, last_day) = rate.season
    return (first_month, first_day) <= (day.month, day.day) <= (last_month, last_day)


def _months_to_estimate(rate: Rate, start: dt.date, horizon_end: dt.date | None) -> int:
    if rate.max_months is not None:
        return rate.max_months
    if horizon_end is not None and horizon_end > start:
        months = (horizon_end.year - start.year) * 12 + horizon_end.month - start.month + 1
        return max(1, months)
    return OPEN_ENDED_MONTHS


def estimate_hire(
    hire: Hire,
    book: RateBook,
    assumptions: Assumptions | None = None,
    horizon_end: dt.date | None = None,
) -> Estimate:
    """The month-by-month estimate for one hire; never raises for what a user can type.

    ``horizon_end`` (the plan period's end) bounds schemes that have no maximum duration.
    """
    from verktoykasse.domain.formatting import format_date

    result = Estimate(hire)
    rates = _Rates(book, assumptions or Assumptions(), result.flags)
    problems = result.problems
    schemes = _chosen_schemes(hire, problems)
    if hire.start is None:
        problems.append(
            Problem(
                FIELD_START, QCoreApplication.translate("Subsidy", "Give a start date to get an estimate.")
            )
        )
        return result
    if not schemes:
        return result
    variant = Variant.REDUCED_CAPACITY if hire.reduced_capacity else Variant.STANDARD
    fraction = _job_fraction(hire, problems)
    wage_needed = any(s in WAGE_SUBSIDIES for s in schemes)
    wage = _number_problems(hire.monthly_wage, FIELD_WAGE, MAX_MONTHLY_WAGE, wage_needed, problems)
    for scheme in schemes:
        rate = rates.rate(scheme, variant, hire.start)
        if rate is None:
            continue
        first = book.first_start(scheme)
        if first is not None and hire.start < first:
            problems.append(
                Problem(
                    FIELD_START,
                    QCoreApplication.translate(
                        "Subsidy", "{scheme} could not start before {date}; it has no estimate."
                    ).format(scheme=scheme_name(scheme), date=format_date(first)),
                )
            )
            continue
        if rate.target_groups and hire.target_group not in rate.target_groups:
            problems.append(
                Problem(
                    FIELD_TARGET_GROUP,
                    QCoreApplication.translate(
                        "Subsidy", "{scheme} is for young people under 30; it has no estimate for this hire."
                    ).format(scheme=scheme_name(scheme)),
                )
            )
            continue
        if not _in_season(rate, hire.start):
            problems.append(
                Problem(
                    FIELD_START,
                    QCoreApplication.translate(
                        "Subsidy", "{scheme} must start between 1 June and 31 August; it has no estimate."
                    ).format(scheme=scheme_name(scheme)),
                )
            )
            continue
        result.rates_used.append(rate)
        if rate.base == Base.WAGE_COSTS:
            if wage is None or fraction is None:
                continue
            _wage_months(result, rates, rate, scheme, variant, wage * fraction, hire.start, horizon_end)
        elif rate.base == Base.MENTOR_HOURS:
            _mentor_months(result, rates, rate, hire, horizon_end)
        elif rate.base == Base.DOCUMENTED_COSTS:
            costs = _number_problems(hire.extra_costs, FIELD_EXTRA_COSTS, MAX_EXTRA_COSTS, True, problems)
            if costs is not None:
                _documented_costs(result, rates, rate, costs, hire.start)
        else:  # arbeidstrening: no wage from the employer, no money from Nav
            length = _months_to_estimate(rate, hire.start, horizon_end)
            for index in range(length):
                result.months.append(Month(add_months(hire.start, index), scheme, 0.0, 0.0, 0.0))
    return result


def _wage_months(
    result: Estimate,
    rates: _Rates,
    rate: Rate,
    scheme: Scheme,
    variant: Variant,
    wage: float,
    start: dt.date,
    horizon_end: dt.date | None,
) -> None:
    from verktoykasse.domain.formatting import format_date

    if rate.max_weeks is not None:  # sommerjobb: a few weeks, counted in the month it starts
        costs = rates.wage_costs(wage * rate.max_weeks / WEEKS_PER_MONTH, start)
        percent = rate.percent_in_month(0)
        result.months.append(Month(start, scheme, percent, costs, costs * percent / 100))
        return
    paid_in_year: dict[int, float] = defaultdict(float)
    for index in range(_months_to_estimate(rate, start, horizon_end)):
        day = add_months(start, index)
        if rate.ends_by is not None and day > rate.ends_by:
            result.problems.append(
                Problem(
                    FIELD_START,
                    QCoreApplication.translate(
                        "Subsidy", "{scheme} ends by {date}; later months have no estimate."
                    ).format(scheme=scheme_name(scheme), date=format_date(rate.ends_by)),
                )
            )
            break
        month_rate = rates.rate(scheme, variant, day) or rate
        costs = rates.wage_costs(wage, day)
        percent = month_rate.percent_in_month(index)
        subsidy = costs * percent / 100
        if month_rate.cap_g is not None:
            room = month_rate.cap_g * rates.g(day) - paid_in_year[day.year]
            subsidy = max(0.0, min(subsidy, room))
        paid_in_year[day.year] += subsidy
        result.months.append(Month(day, scheme, percent, costs, subsidy))


def _mentor_months(
    result: Estimate, rates: _Rates, rate: Rate, hire: Hire, horizon_end: dt.date | None
) -> None:
    assert hire.start is not None
    hours = _number_problems(
        hire.mentor_hours, FIELD_MENTOR_HOURS, MAX_MENTOR_HOURS_PER_MONTH, True, result.problems, hours=True
    )
    hourly = _number_problems(
        hire.mentor_hourly_wage, FIELD_MENTOR_WAGE, MAX_HOURLY_WAGE, True, result.problems
    )
    if hours is None or hourly is None:
        return
    for index in range(_months_to_estimate(rate, hire.start, horizon_end)):
        day = add_months(hire.start, index)
        cost = hours * hourly * (1 + rates.contribution(day) / 100)
        percent = rate.percent_in_month(index)
        result.months.append(Month(day, Scheme.MENTOR, percent, cost, cost * percent / 100))


def _documented_costs(result: Estimate, rates: _Rates, rate: Rate, costs: float, start: dt.date) -> None:
    from verktoykasse.domain.formatting import format_money

    subsidy = costs
    if rate.cap_kr is not None and costs > rate.cap_kr:
        subsidy = rate.cap_kr
        result.problems.append(
            Problem(
                FIELD_EXTRA_COSTS,
                QCoreApplication.translate(
                    "Subsidy", "Nav covers at most {cap}; the estimate is capped there."
                ).format(cap=format_money(rate.cap_kr)),
            )
        )
    result.months.append(Month(start, Scheme.INKLUDERING, rate.percent_in_month(0), costs, subsidy))


def estimate_hires(
    hires: Iterable[Hire],
    book: RateBook,
    assumptions: Assumptions | None = None,
    horizon_end: dt.date | None = None,
) -> list[Estimate]:
    return [estimate_hire(hire, book, assumptions, horizon_end) for hire in hires]


def rates_in_use(estimates: Sequence[Estimate]) -> list[Rate]:
    """Each catalogue rate the estimates used, once, in the order first used (for the report's sources)."""
    seen: dict[int, Rate] = {}
    for estimate in estimates:
        for rate in estimate.rates_used:
            seen.setdefault(id(rate), rate)
    return list(seen.values())
