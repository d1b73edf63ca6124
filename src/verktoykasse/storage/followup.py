"""The plans "Now", the calendar and ``verktoykasse due`` follow up, with what they need loaded up front.

Loaded in a handful of queries for all plans together (not one per goal, KPI and measure), so "Now" for
twenty plans, one of them large, appears at once. The rules themselves are in ``domain.followup``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from verktoykasse.domain.followup import PlanAgenda, agendas
from verktoykasse.storage.models import Goal, Kpi, Measure, Plan


def _options() -> list:
    return [
        selectinload(Plan.goals).selectinload(Goal.kpis).selectinload(Kpi.measurements),
        selectinload(Plan.measures).selectinload(Measure.milestones),
    ]


def load_plans_to_follow(session: Session) -> list[Plan]:
    """Every plan, newest work first (as the home view lists them), with goals, KPIs, measurements,
    measures and milestones loaded."""
    query = select(Plan).options(*_options()).order_by(Plan.updated_at.desc(), Plan.id.desc())
    return list(session.scalars(query))


def load_plan_to_follow(session: Session, plan_id: int) -> Plan | None:
    return session.scalars(select(Plan).where(Plan.id == plan_id).options(*_options())).first()


def due_now(session: Session, today: dt.date, horizon: int | None = None) -> list[PlanAgenda]:
    """What is due in every followed plan on ``today`` (``domain.followup``)."""
    plans = load_plans_to_follow(session)
    return agendas(plans, today) if horizon is None else agendas(plans, today, horizon)
