"""The list of plans: what the home view and ``verktoykasse plans`` show and change."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from verktoykasse.domain.lines import one_line_trimmed, shows_nothing
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
    if shows_nothing(cleaned):  # empty, or zero-width characters only
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
    """Delete the plan and everything in it for good (the bin's "Delete now", and the bin emptying)."""
    from verktoykasse.storage.models import Plan

    session.execute(delete(Plan).where(Plan.id == plan_id))
    session.commit()


# -- the bin: a deleted plan is kept for BIN_DAYS, then deleted for good -------------------------------
BIN_DAYS = 30


@dataclass(frozen=True)
class BinnedPlan:
    id: int
    name: str
    deleted_at: dt.datetime

    def deleted_for_good_on(self) -> dt.date:
        return (self.deleted_at + dt.timedelta(days=BIN_DAYS)).date()


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def move_to_bin(session: Session, plan_id: int, now: dt.datetime | None = None) -> None:
    """ "Delete" in the home view: the plan leaves the list but is kept for ``BIN_DAYS`` days, to restore."""
    from verktoykasse.storage.models import Plan

    session.execute(
        update(Plan)
        .where(Plan.id == plan_id)
        .values(deleted_at=now or _utc_now())
        .execution_options(synchronize_session=False)
    )
    session.commit()
    empty_bin(session, now)


def binned_plans(session: Session) -> list[BinnedPlan]:
    """The plans in the bin, the most recently deleted first."""
    from verktoykasse.storage.models import Plan

    rows = session.execute(
        select(Plan.id, Plan.name, Plan.deleted_at)
        .where(Plan.deleted_at.is_not(None))
        .order_by(Plan.deleted_at.desc(), Plan.id.desc())
    )
    return [BinnedPlan(plan_id, name, deleted_at) for plan_id, name, deleted_at in rows]


def restore_plan(session: Session, plan_id: int) -> None:
    """Take a plan out of the bin: it is listed again as it was (its "last changed" unchanged)."""
    from verktoykasse.storage.models import Plan

    session.execute(
        update(Plan)
        .where(Plan.id == plan_id)
        .values(deleted_at=None, updated_at=Plan.updated_at)  # as it was: not a change of the plan
        .execution_options(synchronize_session=False)
    )
    session.commit()


def empty_bin(session: Session, now: dt.datetime | None = None) -> int:
    """Delete for good the plans that have been in the bin for ``BIN_DAYS`` days; how many went."""
    from verktoykasse.storage.models import Plan

    limit = (now or _utc_now()) - dt.timedelta(days=BIN_DAYS)
    old = list(session.scalars(select(Plan.id).where(Plan.deleted_at.is_not(None), Plan.deleted_at <= limit)))
    if not old:  # the usual case, at every start: a read, no write (no lock on a shared file or server)
        session.commit()  # ends the read as the delete's commit would; nothing is written
        return 0
    gone = session.execute(delete(Plan).where(Plan.id.in_(old)))
    session.commit()
    return gone.rowcount or 0


def find_plan(session: Session, reference: str) -> Plan | None:
    """A plan by id or by exact name (case-insensitive), as the command line refers to plans.

    Raises ``AmbiguousPlanName`` when several plans have that name: taking one of them silently could
    export the wrong plan.
    """
    from verktoykasse.storage.models import Plan

    if reference.isdigit():
        plan = session.get(Plan, int(reference))
        if plan is not None and plan.deleted_at is None:  # a plan in the bin is not there to export
            return plan
    wanted = one_line_trimmed(reference).casefold()
    in_use = select(Plan).where(Plan.deleted_at.is_(None)).order_by(Plan.id)
    found = [p for p in session.scalars(in_use) if p.name.casefold() == wanted]
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
