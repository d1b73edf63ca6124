"""The figures the subsidy estimate computes with, as the catalogue file states them: dated and sourced.

A rate is never a constant in code: it comes from ``[[rate]]`` and ``[[constant]]`` in the catalogue, each
with the period it holds for (``valid_for``) and the source it was read from. A new figure is a new row with
a later period, so a plan for an earlier period still computes with the figure of its time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar


class Scheme(StrEnum):
    """The schemes a planned hire can use; the stable keys of ``[[rate]] scheme``."""

    MIDLERTIDIG = "midlertidig_lonnstilskudd"
    VARIG = "varig_lonnstilskudd"
    FIREARIG = "firearig_lonnstilskudd"
    SOMMERJOBB = "sommerjobb"
    MENTOR = "mentortilskudd"
    INKLUDERING = "inkluderingstilskudd"
    ARBEIDSTRENING = "arbeidstrening"


WAGE_SUBSIDIES = (Scheme.MIDLERTIDIG, Scheme.VARIG, Scheme.FIREARIG, Scheme.SOMMERJOBB)


class Base(StrEnum):
    """What a scheme's percentage is a percentage of."""

    WAGE_COSTS = "wage_costs"
    MENTOR_HOURS = "mentor_hours"
    DOCUMENTED_COSTS = "documented_costs"
    NONE = "none"


class Variant(StrEnum):
    STANDARD = "standard"
    REDUCED_CAPACITY = "reduced_capacity"


class Constants(StrEnum):
    """The ids of ``[[constant]]``."""

    G = "grunnbelop"
    HOLIDAY_PAY = "holiday_pay"
    HOLIDAY_PAY_FIFTH_WEEK = "holiday_pay_fifth_week"
    PENSION = "occupational_pension"
    CONTRIBUTION_ZONE_1 = "employer_contribution.zone_1"


@dataclass(frozen=True, slots=True)
class ValidFor:
    """The period a figure holds for; ``end`` None means no end was announced when it was checked."""

    start: dt.date
    end: dt.date | None = None

    def contains(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Step:
    percent: float
    months: int | None = None  # None: runs to the end


@dataclass(frozen=True, slots=True)
class Rate:
    """One scheme's rule for one variant and period, from a ``[[rate]]`` of the catalogue."""

    scheme: Scheme
    variant: Variant
    entry: str
    base: Base
    steps: tuple[Step, ...]
    valid_for: ValidFor
    source: str
    max_months: int | None = None
    max_weeks: int | None = None
    cap_g: float | None = None
    cap_kr: float | None = None
    since: dt.date | None = None
    ends_by: dt.date | None = None
    season: tuple[tuple[int, int], tuple[int, int]] | None = None  # (month, day) first and last
    target_groups: tuple[str, ...] = ()
    caveat: str = ""

    def percent_in_month(self, index: int) -> float:
        """The percentage for the ``index``-th month (0-based) after the start: the step it falls in."""
        counted = 0
        for step in self.steps:
            if step.months is None or index < counted + step.months:
                return step.percent
            counted += step.months
        return self.steps[-1].percent


@dataclass(frozen=True, slots=True)
class Constant:
    """G, holiday pay, pension or the employer's contribution, from a ``[[constant]]``."""

    id: str
    value: float
    unit: str
    valid_for: ValidFor
    source: str
    caveat: str = ""


T = TypeVar("T", Rate, Constant)


def in_force(items: Iterable[T], day: dt.date) -> tuple[T | None, str]:
    """The item whose period holds ``day``, and how it fits: "" (inside), "after" or "before".

    Outside every period the nearest item is returned: the latest one that started before ``day``
    ("after": the catalogue has nothing newer), or the earliest one ("before").
    """
    ordered = sorted(items, key=lambda item: item.valid_for.start)
    if not ordered:
        return None, ""
    for item in reversed(ordered):
        if item.valid_for.contains(day):
            return item, ""
    started = [item for item in ordered if item.valid_for.start <= day]
    if started:
        return started[-1], "after"
    return ordered[0], "before"


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _valid_for(raw: dict[str, Any]) -> ValidFor:
    return ValidFor(_date(raw["from"]), _date(raw["to"]) if raw.get("to") is not None else None)


def _month_day(text: str) -> tuple[int, int]:
    month, day = text.split("-")
    return int(month), int(day)


def rate_from_raw(raw: dict[str, Any]) -> Rate:
    """A ``[[rate]]`` table (already checked against the schema) as a ``Rate``."""
    season = raw.get("season")
    return Rate(
        scheme=Scheme(raw["scheme"]),
        variant=Variant(raw["variant"]),
        entry=raw["entry"],
        base=Base(raw["base"]),
        steps=tuple(Step(float(s["percent"]), s.get("months")) for s in raw["steps"]),
        valid_for=_valid_for(raw["valid_for"]),
        source=raw["source"],
        max_months=raw.get("max_months"),
        max_weeks=raw.get("max_weeks"),
        cap_g=raw.get("cap_g"),
        cap_kr=raw.get("cap_kr"),
        since=_date(raw["since"]) if raw.get("since") else None,
        ends_by=_date(raw["ends_by"]) if raw.get("ends_by") else None,
        season=(_month_day(season["first"]), _month_day(season["last"])) if season else None,
        target_groups=tuple(raw.get("target_groups", ())),
        caveat=raw.get("caveat", ""),
    )


def constant_from_raw(raw: dict[str, Any]) -> Constant:
    return Constant(
        id=raw["id"],
        value=float(raw["value"]),
        unit=raw["unit"],
        valid_for=_valid_for(raw["valid_for"]),
        source=raw["source"],
        caveat=raw.get("caveat", ""),
    )


@dataclass(frozen=True)
class RateBook:
    """Every rate and constant of one catalogue, looked up by scheme and variant or by id."""

    rates: Sequence[Rate] = ()
    constants: Sequence[Constant] = ()

    def rates_for(self, scheme: Scheme, variant: Variant) -> list[Rate]:
        found = [r for r in self.rates if r.scheme == scheme and r.variant == variant]
        return found or [r for r in self.rates if r.scheme == scheme and r.variant == Variant.STANDARD]

    def constants_for(self, constant_id: str) -> list[Constant]:
        return [c for c in self.constants if c.id == constant_id]

    def first_start(self, scheme: Scheme) -> dt.date | None:
        """The day the scheme began (``since``), when the catalogue knows it; else None."""
        starts = [r.since for r in self.rates if r.scheme == scheme and r.since is not None]
        return min(starts) if starts else None
