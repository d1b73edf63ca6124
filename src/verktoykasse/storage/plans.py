"""The list of plans: what the home view and ``verktoykasse plans`` show and change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from verktoykasse.domain.lines import one_line_trimmed
from verktoykasse.storage.plan_list import PLAN_LIST_QUERY, PlanSummary, summary

if TYPE_CHECKING:  # the models load when a plan is opened or changed, not to list the plans at start-up
    from verktoykasse.storage.models import Plan

MAX_NAME_LENGTH = 200


class PlanNameError(ValueError):
    """A plan name the user must change; ``reason`` is a key the UI translates."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class AmbiguousPlanName(LookupError):
    """More than one plan has the name asked for; ``ids`` are theirs, to choose one by id."""

    def __init__(self, name: str, ids: list[int]) -> None:
        super().__init__(name)
        self.name = name
        self.ids = ids


def clean_name(name: str) -> str:
    """The name as it is stored: one line without control or bidi-override characters (``domain.lines``).

    Raises ``PlanNameError`` for a name that is empty or too long once cleaned.
    """
    cleaned = one_line_trimmed(name)
    if not cleaned:
        raise PlanNameError("empty")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise PlanNameError("too_long")
    return cleaned


def list_plans(session: Session) -> list[PlanSummary]:
    """The list of plans from the open database: the same query and rows as at start-up, when the window
    read them with plain sqlite3 (``storage.plan_list``). Not the ORM: importing the models (≈60 ms) and
    configuring their mappers (≈40 ms) can wait for opening a plan."""
    return [summary(row) for row in session.connection().exec_driver_sql(PLAN_LIST_QUERY)]


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
    """A plan by id or by exact name (case-insensitive), as the command line refers to plans.

    Raises ``AmbiguousPlanName`` when several plans have that name: taking one of them silently could
    export the wrong plan.
    """
    from verktoykasse.storage.models import Plan

    if reference.isdigit():
        plan = session.get(Plan, int(reference))
        if plan is not None:
            return plan
    wanted = one_line_trimmed(reference).casefold()
    found = [p for p in session.scalars(select(Plan).order_by(Plan.id)) if p.name.casefold() == wanted]
    if len(found) > 1:
        raise AmbiguousPlanName(reference, [p.id for p in found])
    return found[0] if found else None


def begin_writing(session: Session) -> None:
    """Start the session's transaction as the database's one writer now (SQLite ``BEGIN IMMEDIATE``).

    For work that reads and then writes what it read about, such as choosing a free plan name: a second
    program doing the same waits (up to the busy timeout) until this transaction ends, and then reads
    what it wrote, so two imports of one file at the same moment cannot both take "Plan (2)".
    """
    connection = session.connection()
    raw = connection.connection.dbapi_connection
    if connection.dialect.name == "sqlite" and raw is not None and not raw.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
