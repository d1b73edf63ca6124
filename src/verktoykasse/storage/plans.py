"""The list of plans: what the home view and ``verktoykasse plans`` show and change."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, DateTime, Integer, String, delete, select, text
from sqlalchemy.orm import Session

if TYPE_CHECKING:  # the models load when a plan is opened or changed, not to list the plans at start-up
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
    # Plain SQL with typed columns, not the ORM: this list is what the user waits for at start-up, and
    # importing the models (≈60 ms) and configuring their mappers (≈40 ms) can wait for opening a plan.
    query = text(
        "SELECT id, name, org_name, updated_at, current_step, is_example FROM plan "
        "ORDER BY updated_at DESC, id DESC"
    ).columns(
        id=Integer,
        name=String,
        org_name=String,
        updated_at=DateTime,
        current_step=String,
        is_example=Boolean,
    )
    return [PlanSummary(*row) for row in session.execute(query)]


def create_plan(session: Session, name: str) -> Plan:
    from verktoykasse.storage.models import Plan

    plan = Plan(name=clean_name(name))
    session.add(plan)
    session.commit()
    return plan


def rename_plan(session: Session, plan_id: int, name: str) -> None:
    from verktoykasse.storage.models import Plan

    plan = session.get(Plan, plan_id)
    if plan is None:
        raise LookupError(plan_id)
    plan.name = clean_name(name)
    session.commit()


def delete_plan(session: Session, plan_id: int) -> None:
    from verktoykasse.storage.models import Plan

    session.execute(delete(Plan).where(Plan.id == plan_id))
    session.commit()


def find_plan(session: Session, reference: str) -> Plan | None:
    """A plan by id or by exact name (case-insensitive), as the command line refers to plans."""
    from verktoykasse.storage.models import Plan

    if reference.isdigit():
        plan = session.get(Plan, int(reference))
        if plan is not None:
            return plan
    wanted = " ".join(reference.split()).casefold()
    for plan in session.scalars(select(Plan).order_by(Plan.id)):
        if plan.name.casefold() == wanted:
            return plan
    return None
