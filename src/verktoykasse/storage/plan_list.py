"""The list of plans the home view shows, and how it is read at start-up without SQLAlchemy.

One source of truth for the list: its columns are ``PlanSummary``'s fields, each a column of the ``plan``
table (``storage.models.Plan``; a test holds the two together), and ``PLAN_LIST_QUERY`` is the one query
both readers run: ``read_plan_list`` with the standard library's ``sqlite3`` on the local file, at start-up
before SQLAlchemy is loaded (≈0.4 s of imports the user need not wait for to see the plans), and
``storage.plans.list_plans`` through the open database afterwards, on SQLite or a server. ``summary``
makes the same ``PlanSummary`` of a row from either.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from verktoykasse.storage.db import read_only_uri


class PlanSummary(NamedTuple):
    """One line of the list of plans: its name, the business, the step it is at and when it changed."""

    id: int
    name: str
    org_name: str
    updated_at: dt.datetime
    current_step: str
    is_example: bool


COLUMNS = PlanSummary._fields
# Plans in the bin (``storage.plans.move_to_bin``) are not listed.
PLAN_LIST_QUERY = (
    f"SELECT {', '.join(COLUMNS)} FROM plan WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC"
)
# How long the read waits for another program's write before giving up (the window then opens the data
# the ordinary way, which explains a lock).
READ_TIMEOUT_SECONDS = 2.0


def summary(row: Sequence[Any]) -> PlanSummary:
    """A row of ``PLAN_LIST_QUERY`` as the driver gave it: SQLite hands over the time as text and the flag
    as 0 or 1, a server as a datetime and a boolean."""
    plan_id, name, org_name, updated_at, current_step, is_example = row
    if isinstance(updated_at, str):
        updated_at = dt.datetime.fromisoformat(updated_at)
    return PlanSummary(int(plan_id), name, org_name or "", updated_at, current_step, bool(is_example))


def read_plan_list(path: Path) -> list[PlanSummary]:
    """The plans in the SQLite file at ``path``, read-only.

    Only for a file that passed the start-up checks (``storage.health.check_before_opening``) and already
    has this version's schema (``storage.db.HEAD_REVISION``): an older one is upgraded first, by the ORM
    path. Raises ``sqlite3.Error``.
    """
    connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=READ_TIMEOUT_SECONDS)
    try:
        return [summary(row) for row in connection.execute(PLAN_LIST_QUERY)]
    finally:
        connection.close()
