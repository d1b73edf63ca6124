"""The list of plans: what the home view and ``verktoykasse plans`` show and change."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from verktoykasse.storage.models import Plan

MAX_NAME_LENGTH = 200


class PlanNameError(ValueError):
    """A plan name the user must change; ``reason`` is a key the UI translates."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class PlanSummary:
    id: int
    name: str
    org_name: str
    updated_at: dt.datetime
    current_step: str
    is_example: bool


def clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise PlanNameError("empty")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise PlanNameError("too_long")
    return cleaned


def list_plans(session: Session) -> list[PlanSummary]:
    # On the table, not the mapped class: an ORM query would first configure every mapper (≈40 ms),
    # and this list is what the user waits for at start-up. Opening a plan pays that later.
    plan = Plan.__table__.c
    rows = session.execute(
        select(
            plan.id, plan.name, plan.org_name, plan.updated_at, plan.current_step, plan.is_example
        ).order_by(plan.updated_at.desc(), plan.id.desc())
    )
    return [PlanSummary(*row) for row in rows]


def create_plan(session: Session, name: str) -> Plan:
    plan = Plan(name=clean_name(name))
    session.add(plan)
    session.commit()
    return plan


def rename_plan(session: Session, plan_id: int, name: str) -> None:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise LookupError(plan_id)
    plan.name = clean_name(name)
    session.commit()


def delete_plan(session: Session, plan_id: int) -> None:
    session.execute(delete(Plan).where(Plan.id == plan_id))
    session.commit()


def find_plan(session: Session, reference: str) -> Plan | None:
    """A plan by id or by exact name (case-insensitive), as the command line refers to plans."""
    if reference.isdigit():
        plan = session.get(Plan, int(reference))
        if plan is not None:
            return plan
    wanted = " ".join(reference.split()).casefold()
    for plan in session.scalars(select(Plan).order_by(Plan.id)):
        if plan.name.casefold() == wanted:
            return plan
    return None
