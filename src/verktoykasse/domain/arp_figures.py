"""The equality figures of the yearly report (redegjørelse, part 1), guarded for privacy, with the checks
that tell the user what does not add up and when the two-yearly survey is due.

Bufdir's list (``shared/docs/ARP-FACTS.md``): **every year** gender balance, temporary staff by gender,
part-time staff by gender, average weeks of parental leave by gender; **at least every second year** pay
by gender per job level and in total (women's pay as a share of men's) and involuntary part-time by
gender. The user types them per year (no payroll integration); ``year_figures`` turns one year into the
table every output shows — the window's overview, the report draft, the anonymised plan file, and the
Word and Excel files of the office exports. Which figure is shown is decided by ``domain.arp_privacy``
only; nothing here or in an output shows a raw number past it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from verktoykasse.domain.arp_privacy import (
    Figure,
    Hidden,
    average_of,
    derived,
    guard_grid,
    guard_pair,
    is_small,
    share,
    threshold_of,
)

FIRST_YEAR = 1990
LAST_YEAR = 2100
MAX_LEAVE_WEEKS = 60  # an average above this is a typing error (parental leave is at most about a year)
SURVEY_INTERVAL = 2  # pay by level and involuntary part-time: at least every second year
REMINDER_DAY = (1, 31)  # the year's figures are asked for at the end of January of the year after


# The yearly groups: key, the field of women, of men, and the label.
YEARLY_GROUPS: tuple[tuple[str, str, str, str], ...] = (
    ("employees", "women", "men", QT_TRANSLATE_NOOP("Arp", "Employees")),
    ("temporary", "temporary_women", "temporary_men", QT_TRANSLATE_NOOP("Arp", "Temporary staff")),
    ("part_time", "part_time_women", "part_time_men", QT_TRANSLATE_NOOP("Arp", "Part-time staff")),
    ("leave", "leave_women", "leave_men", QT_TRANSLATE_NOOP("Arp", "Took parental leave")),
)
SURVEY_GROUPS: tuple[tuple[str, str, str, str], ...] = (
    (
        "involuntary",
        "involuntary_women",
        "involuntary_men",
        QT_TRANSLATE_NOOP("Arp", "Involuntary part-time"),
    ),
)
# Counts that are part of another count of the same gender: (part, whole, message).
SUBSETS: tuple[tuple[str, str, str], ...] = (
    ("temporary_women", "women", QT_TRANSLATE_NOOP("Arp", "More temporary staff than women employed.")),
    ("temporary_men", "men", QT_TRANSLATE_NOOP("Arp", "More temporary staff than men employed.")),
    ("part_time_women", "women", QT_TRANSLATE_NOOP("Arp", "More part-timers than women employed.")),
    ("part_time_men", "men", QT_TRANSLATE_NOOP("Arp", "More part-timers than men employed.")),
    ("leave_women", "women", QT_TRANSLATE_NOOP("Arp", "More on parental leave than women employed.")),
    ("leave_men", "men", QT_TRANSLATE_NOOP("Arp", "More on parental leave than men employed.")),
    (
        "involuntary_women",
        "part_time_women",
        QT_TRANSLATE_NOOP("Arp", "More in involuntary part-time than women working part-time."),
    ),
    (
        "involuntary_men",
        "part_time_men",
        QT_TRANSLATE_NOOP("Arp", "More in involuntary part-time than men working part-time."),
    ),
)
NOT_TYPED = Figure(None, Hidden.MISSING)
COUNT_FIELDS = tuple(name for group in YEARLY_GROUPS + SURVEY_GROUPS for name in group[1:3])
WEEK_FIELDS = ("leave_weeks_women", "leave_weeks_men")


@dataclass(frozen=True)
class GroupRow:
    """One group by gender: the counts, the share of women in it, and (for a part of the staff) the
    share of each gender's employees it makes up."""

    key: str
    label: str
    women: Figure
    men: Figure
    total: Figure
    women_share: Figure
    women_rate: Figure
    men_rate: Figure


@dataclass(frozen=True)
class PayRow:
    level: str
    women: Figure
    men: Figure
    total: Figure
    women_pay: Figure
    men_pay: Figure
    ratio: Figure  # women's average pay as a percentage of men's


@dataclass
class YearFigures:
    """One year as every output shows it; ``problems`` by field name (shown beside the field)."""

    year: int | None
    threshold: int
    groups: list[GroupRow] = field(default_factory=list)
    leave_weeks_women: Figure = NOT_TYPED
    leave_weeks_men: Figure = NOT_TYPED
    survey: list[GroupRow] = field(default_factory=list)
    pay: list[PayRow] = field(default_factory=list)
    pay_total: PayRow | None = None
    problems: dict[str, str] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # labels of the yearly groups not typed

    @property
    def empty(self) -> bool:
        return (
            len(self.missing) == len(YEARLY_GROUPS)
            and not self.pay
            and not any(row.total.value is not None or row.women.value is not None for row in self.survey)
        )


def _value(row: Any, name: str) -> Any:
    return row.get(name) if isinstance(row, dict) else getattr(row, name, None)


def _group(
    key: str, label: str, women: int | None, men: int | None, threshold: int, staff: GroupRow | None
) -> GroupRow:
    w, m, total = guard_pair(women, men, threshold)
    women_share = share(w, total)
    if staff is None:
        return GroupRow(
            key, label, w, m, total, women_share, Figure(None, Hidden.MISSING), Figure(None, Hidden.MISSING)
        )
    return GroupRow(key, label, w, m, total, women_share, share(w, staff.women), share(m, staff.men))


def _weighted(levels: list[tuple[Figure, Figure]], threshold: int, total: Figure) -> Figure:
    """The average pay of one gender over all levels (``levels``: count and average per level).

    Hidden when the levels whose average is hidden hold, together, some but fewer than ``threshold``
    persons: the total and the shown levels would give their average back.
    """
    counts = [count.value for count, _pay in levels]
    pays = [pay.value for _count, pay in levels]
    if (
        not levels
        or any(c is None for c in counts)
        or any(p is None and c for p, c in zip(pays, counts, strict=True))
    ):
        return Figure(None, Hidden.MISSING)
    persons = sum(c for c in counts if c)
    if not persons:
        return Figure(None, Hidden.MISSING)
    value = sum((p or 0.0) * (c or 0) for p, c in zip(pays, counts, strict=True)) / persons
    behind = sum(count.value or 0 for count, pay in levels if not pay.shown and count.value)
    if is_small(behind, threshold):
        return Figure(value, Hidden.REVEALS)
    return average_of(value, total, threshold)


def year_figures(row: Any, threshold: int | None, others: Iterable[Any] = ()) -> YearFigures:
    """The figures of one year (a row of ``arp_years``, or its dict in a plan file), guarded.

    ``others`` are the plan's other years, to find a year typed twice.
    """
    limit = threshold_of(threshold)
    year = _value(row, "year")
    figures = YearFigures(year, limit, problems=year_problems(row, others))
    staff: GroupRow | None = None
    for key, women, men, text in YEARLY_GROUPS:
        group = _group(
            key, QCoreApplication.translate("Arp", text), _value(row, women), _value(row, men), limit, staff
        )
        if staff is None:
            staff = group
        figures.groups.append(group)
        if _value(row, women) is None and _value(row, men) is None:
            figures.missing.append(QCoreApplication.translate("Arp", text))
    leave = figures.groups[-1]
    figures.leave_weeks_women = average_of(_value(row, "leave_weeks_women"), leave.women, limit)
    figures.leave_weeks_men = average_of(_value(row, "leave_weeks_men"), leave.men, limit)
    part_time = figures.groups[2]
    for key, women, men, text in SURVEY_GROUPS:
        w, m, total = guard_pair(_value(row, women), _value(row, men), limit)
        rates = (share(w, part_time.women), share(m, part_time.men))
        figures.survey.append(
            GroupRow(key, QCoreApplication.translate("Arp", text), w, m, total, share(w, total), *rates)
        )
    levels = list(_value(row, "pay_levels") or [])
    if levels:
        cells = [[_value(level, "women"), _value(level, "men")] for level in levels]
        body, level_totals, gender_totals, grand = guard_grid(cells, limit)
        employees = figures.groups[0]
        if not (employees.women.shown and employees.men.shown):
            # The levels usually add up to the whole staff: their totals by gender would give the hidden
            # gender balance back.
            gender_totals = [Figure(total.value, Hidden.REVEALS) for total in gender_totals]
        women_levels: list[tuple[Figure, Figure]] = []
        men_levels: list[tuple[Figure, Figure]] = []
        for level, (w, m), total in zip(levels, body, level_totals, strict=True):
            women_pay = average_of(_value(level, "women_pay"), w, limit)
            men_pay = average_of(_value(level, "men_pay"), m, limit)
            women_levels.append((Figure(w.value), women_pay))
            men_levels.append((Figure(m.value), men_pay))
            name = " ".join(str(_value(level, "level") or "").split())
            figures.pay.append(PayRow(name, w, m, total, women_pay, men_pay, _ratio(women_pay, men_pay)))
        women_pay = _weighted(women_levels, limit, gender_totals[0])
        men_pay = _weighted(men_levels, limit, gender_totals[1])
        figures.pay_total = PayRow(
            QCoreApplication.translate("Arp", "All levels"),
            gender_totals[0],
            gender_totals[1],
            grand,
            women_pay,
            men_pay,
            _ratio(women_pay, men_pay),
        )
    return figures


def _ratio(women_pay: Figure, men_pay: Figure) -> Figure:
    if women_pay.value is None or not men_pay.value:
        return derived(None, women_pay, men_pay)
    return derived(100.0 * women_pay.value / men_pay.value, women_pay, men_pay)


def year_problems(row: Any, others: Iterable[Any] = ()) -> dict[str, str]:
    """What does not add up in one year, by the field the message belongs beside."""
    problems: dict[str, str] = {}
    year = _value(row, "year")
    if year is None:
        problems["year"] = QCoreApplication.translate("Arp", "Type the year the figures are for.")
    elif not FIRST_YEAR <= year <= LAST_YEAR:
        problems["year"] = QCoreApplication.translate(
            "Arp", "Type a year between {first} and {last}."
        ).format(first=FIRST_YEAR, last=LAST_YEAR)
    elif any(other is not row and _value(other, "year") == year for other in others):
        problems["year"] = QCoreApplication.translate(
            "Arp", "This year is in the list twice: the report uses the first."
        )
    for part, whole, message in SUBSETS:
        part_value, whole_value = _value(row, part), _value(row, whole)
        if part_value is not None and whole_value is not None and part_value > whole_value:
            problems.setdefault(part, QCoreApplication.translate("Arp", message))
    for weeks, takers in (("leave_weeks_women", "leave_women"), ("leave_weeks_men", "leave_men")):
        value = _value(row, weeks)
        if value is None:
            continue
        if value < 0 or value > MAX_LEAVE_WEEKS:
            problems[weeks] = QCoreApplication.translate(
                "Arp", "Type the average weeks of leave per person (0–{most})."
            ).format(most=MAX_LEAVE_WEEKS)
        elif not _value(row, takers):
            problems[weeks] = QCoreApplication.translate(
                "Arp", "Type how many took leave: an average of no one cannot be shown."
            )
    if all(_value(row, name) is None for name in COUNT_FIELDS) and not _value(row, "pay_levels"):
        problems.setdefault("women", QCoreApplication.translate("Arp", "No figures typed for this year yet."))
    return problems


def level_problems(level: Any) -> dict[str, str]:
    """What does not add up in one job level of the pay survey."""
    problems: dict[str, str] = {}
    for pay, count, gender in (("women_pay", "women", "women"), ("men_pay", "men", "men")):
        value = _value(level, pay)
        if value is None:
            continue
        if value < 0:
            problems[pay] = QCoreApplication.translate("Arp", "Pay cannot be negative.")
        elif not _value(level, count):
            problems[pay] = (
                QCoreApplication.translate("Arp", "Type how many women are at this level.")
                if gender == "women"
                else QCoreApplication.translate("Arp", "Type how many men are at this level.")
            )
    return problems


def anonymised_values(row: Any, threshold: int | None) -> dict[str, Any]:
    """The values of one year (and its pay levels) that an anonymised plan file may carry: every count,
    average and pay the guard hides becomes ``None``. Keys as in the plan file."""
    figures = year_figures(row, threshold)
    values: dict[str, Any] = {}
    for (_key, women, men, _label), group in zip(
        YEARLY_GROUPS + SURVEY_GROUPS, figures.groups + figures.survey, strict=True
    ):
        values[women], values[men] = group.women.public_value, group.men.public_value
    values["leave_weeks_women"] = figures.leave_weeks_women.public_value
    values["leave_weeks_men"] = figures.leave_weeks_men.public_value
    values["pay_levels"] = [
        {
            "women": pay.women.public_value,
            "men": pay.men.public_value,
            "women_pay": pay.women_pay.public_value,
            "men_pay": pay.men_pay.public_value,
        }
        for pay in figures.pay
    ]
    return values


def _has(row: Any, names: Iterable[str]) -> bool:
    return any(_value(row, name) is not None for name in names)


def last_done(years: Iterable[Any]) -> dict[str, int | None]:
    """The last year each part of the figures was typed for: ``yearly`` (gender balance), ``pay`` (pay by
    job level) and ``involuntary`` (involuntary part-time)."""
    found: dict[str, int | None] = {"yearly": None, "pay": None, "involuntary": None}
    for row in years:
        year = _value(row, "year")
        if year is None:
            continue
        parts = {
            "yearly": _has(row, ("women", "men")),
            "pay": any(_has(level, ("women", "men")) for level in _value(row, "pay_levels") or []),
            "involuntary": _has(row, ("involuntary_women", "involuntary_men")),
        }
        for part, done in parts.items():
            if done and (found[part] is None or year > found[part]):
                found[part] = year
    return found


# The years figures can be typed for: a year outside is a typing slip (20266 for 2026), refused where typed.
FIRST_YEAR, LAST_YEAR = 1900, 2100


@dataclass(frozen=True)
class FiguresDue:
    """What the figures ask for on ``today``: the year the report is about, whether its yearly figures
    are still missing, whether the two-yearly survey is due, and when it was last done."""

    report_year: int
    due_on: dt.date
    yearly_missing: bool
    survey_due: bool
    survey_last: int | None

    @property
    def next_survey_year(self) -> int:
        """The year the next two-yearly survey is about."""
        return (
            self.report_year if self.survey_due else (self.survey_last or self.report_year) + SURVEY_INTERVAL
        )


def figures_due(years: Iterable[Any], today: dt.date) -> FiguresDue:
    """The year just ended is the one the report is about; its figures are asked for from the end of
    January. The survey (pay by level and involuntary part-time) is due when either part was last done
    two or more years before that year, or never."""
    report_year = today.year - 1
    done = last_done(list(years))
    parts = [done["pay"], done["involuntary"]]
    survey_last = None if any(p is None for p in parts) else min(p for p in parts if p is not None)
    survey_due = survey_last is None or survey_last <= report_year - SURVEY_INTERVAL
    yearly_missing = done["yearly"] is None or done["yearly"] < report_year
    return FiguresDue(
        report_year, dt.date(today.year, *REMINDER_DAY), yearly_missing, survey_due, survey_last
    )


def sorted_years(years: Iterable[Any]) -> list[Any]:
    """The years newest first; a year not typed yet last."""
    return sorted(years, key=lambda row: (_value(row, "year") is None, -(_value(row, "year") or 0)))
