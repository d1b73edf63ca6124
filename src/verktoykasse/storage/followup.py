"""The plans "Now", the calendar and ``verktoykasse due`` follow up, read for the follow-up rules.

"Now" reads every plan at once, at start-up and each time the user comes back to the home view, so it
does not build the ORM's objects for every measurement of every plan: six plain queries fetch only what
the rules look at (``domain.followup``) — a KPI's *latest* measurement, milestones not done — into small
read-only rows with the models' attribute names. Twenty plans, one of them large, are read in a few
milliseconds instead of a third of a second. The calendar and the board check, which need one whole
plan, load it with the ORM (``load_plan_to_follow``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import false, func, select
from sqlalchemy.orm import Session, selectinload

from verktoykasse.domain.followup import PlanAgenda, agendas
from verktoykasse.storage.models import (
    ArpPayLevel,
    ArpYear,
    Goal,
    Kpi,
    Measure,
    Measurement,
    MeasureOccurrence,
    Milestone,
    Plan,
)


@dataclass
class _Measurement:
    measured_on: dt.date
    value: float = 0.0
    id: int | None = None


@dataclass
class _Goal:
    title: str
    kpis: list[_Kpi] = field(default_factory=list)


@dataclass
class _Kpi:
    id: int
    name: str
    unit: str
    frequency: str
    goal: _Goal
    measurements: list[_Measurement] = field(default_factory=list)  # the latest one only


@dataclass
class _Milestone:
    id: int
    title: str
    due_date: dt.date | None
    done: bool = False


@dataclass
class _Occurrence:
    due_on: dt.date


@dataclass
class _Measure:
    id: int
    title: str
    status: str
    deadline: dt.date | None
    start_date: dt.date | None
    recurrence: str
    recurrence_end: dt.date | None
    milestones: list[_Milestone] = field(default_factory=list)
    occurrences: list[_Occurrence] = field(default_factory=list)  # those held


@dataclass
class _PayLevel:
    women: int | None
    men: int | None


@dataclass
class _ArpYear:
    year: int | None
    women: int | None
    men: int | None
    involuntary_women: int | None
    involuntary_men: int | None
    pay_levels: list[_PayLevel] = field(default_factory=list)


@dataclass
class _Plan:
    id: int
    name: str
    is_example: bool
    previous_plan_id: int | None
    period_start: dt.date | None
    period_end: dt.date | None
    reporting_frequency: str
    employees: int | None
    employer_sector: str
    arp_requested: bool
    arp_document: bool
    goals: list[_Goal] = field(default_factory=list)
    measures: list[_Measure] = field(default_factory=list)
    arp_years: list[_ArpYear] = field(default_factory=list)


def plans_to_follow(session: Session) -> list[_Plan]:
    """Every plan in use (not in the bin), newest work first (as the home view lists them), with what the
    rules need."""
    plans: dict[int, _Plan] = {}
    for row in session.execute(
        select(
            Plan.id,
            Plan.name,
            Plan.is_example,
            Plan.previous_plan_id,
            Plan.period_start,
            Plan.period_end,
            Plan.reporting_frequency,
            Plan.employees,
            Plan.employer_sector,
            Plan.arp_requested,
            Plan.arp_document,
        ).order_by(Plan.updated_at.desc(), Plan.id.desc())
    ):
        plans[row.id] = _Plan(*row)
    goals: dict[int, _Goal] = {}
    for goal_id, plan_id, title in session.execute(
        select(Goal.id, Goal.plan_id, Goal.title).order_by(Goal.plan_id, Goal.position, Goal.id)
    ):
        goals[goal_id] = _Goal(title)
        plans[plan_id].goals.append(goals[goal_id])
    newest = select(Measurement.kpi_id, func.max(Measurement.measured_on)).group_by(Measurement.kpi_id)
    latest = {kpi_id: day for kpi_id, day in session.execute(newest)}
    for kpi_id, goal_id, name, unit, frequency in session.execute(
        select(Kpi.id, Kpi.goal_id, Kpi.name, Kpi.unit, Kpi.frequency).order_by(
            Kpi.goal_id, Kpi.position, Kpi.id
        )
    ):
        goal = goals[goal_id]
        kpi = _Kpi(kpi_id, name, unit, frequency, goal)
        if latest.get(kpi_id) is not None:
            kpi.measurements.append(_Measurement(latest[kpi_id]))
        goal.kpis.append(kpi)
    measures: dict[int, _Measure] = {}
    columns = (Measure.title, Measure.status, Measure.deadline, Measure.start_date, Measure.recurrence)
    for measure_id, plan_id, *values in session.execute(
        select(Measure.id, Measure.plan_id, *columns, Measure.recurrence_end).order_by(
            Measure.plan_id, Measure.position, Measure.id
        )
    ):
        measures[measure_id] = _Measure(measure_id, *values)
        plans[plan_id].measures.append(measures[measure_id])
    for measure_id, due_on in session.execute(select(MeasureOccurrence.measure_id, MeasureOccurrence.due_on)):
        measures[measure_id].occurrences.append(_Occurrence(due_on))
    for milestone_id, measure_id, title, due_date in session.execute(
        select(Milestone.id, Milestone.measure_id, Milestone.title, Milestone.due_date)
        .where(Milestone.done == false())
        .order_by(Milestone.measure_id, Milestone.position, Milestone.id)
    ):
        measures[measure_id].milestones.append(_Milestone(milestone_id, title, due_date))
    years: dict[int, _ArpYear] = {}
    year_columns = (
        ArpYear.year,
        ArpYear.women,
        ArpYear.men,
        ArpYear.involuntary_women,
        ArpYear.involuntary_men,
    )
    for year_id, plan_id, *values in session.execute(select(ArpYear.id, ArpYear.plan_id, *year_columns)):
        years[year_id] = _ArpYear(*values)
        plans[plan_id].arp_years.append(years[year_id])
    for year_id, women, men in session.execute(
        select(ArpPayLevel.arp_year_id, ArpPayLevel.women, ArpPayLevel.men)
    ):
        years[year_id].pay_levels.append(_PayLevel(women, men))
    binned = set(session.scalars(select(Plan.id).where(Plan.deleted_at.is_not(None))))
    return [plan for plan_id, plan in plans.items() if plan_id not in binned]  # the bin asks for nothing


def load_plan_to_follow(session: Session, plan_id: int) -> Plan | None:
    """One whole plan with its KPIs, measurements, measures, milestones and equality figures (calendar,
    board check)."""
    options = [
        selectinload(Plan.goals).selectinload(Goal.kpis).selectinload(Kpi.measurements),
        selectinload(Plan.goals).selectinload(Goal.measures),
        selectinload(Plan.measures).selectinload(Measure.milestones),
        selectinload(Plan.measures).selectinload(Measure.occurrences),
        selectinload(Plan.arp_years).selectinload(ArpYear.pay_levels),
    ]
    return session.scalars(select(Plan).where(Plan.id == plan_id).options(*options)).first()


def record_held(session: Session, measure_id: int, due_on: dt.date, held_on: dt.date, note: str) -> None:
    """Record that the occurrence of ``due_on`` of a recurring measure was held (ticked in "Now")."""
    from verktoykasse.storage.editing import add_row

    measure = session.get(Measure, measure_id)
    if measure is None:
        raise LookupError(measure_id)
    held = next((o for o in measure.occurrences if o.due_on == due_on), None)
    if held is None:
        add_row(session, measure, "occurrences", due_on=due_on, held_on=held_on, note=note)
    else:  # ticked again: the latest note counts
        held.held_on, held.note = held_on, note
        session.commit()


def forget_held(session: Session, measure_id: int, due_on: dt.date) -> None:
    """Take back a tick: the occurrence is due again."""
    from verktoykasse.storage.editing import remove_row

    measure = session.get(Measure, measure_id)
    for held in list(measure.occurrences if measure is not None else []):
        if held.due_on == due_on:
            remove_row(session, held)


def due_now(session: Session, today: dt.date, horizon: int | None = None) -> list[PlanAgenda]:
    """What is due in every followed plan on ``today`` (``domain.followup``)."""
    plans = plans_to_follow(session)
    return agendas(plans, today) if horizon is None else agendas(plans, today, horizon)
