"""A complete example plan, so a new user can see what a finished plan looks like before writing their own.

"Bakeriet Solsiden" is an invented bakery in Fredrikstad with 18 employees. Every step is filled in the
way a real owner might fill it in; the text is the user's own content, so it is in Norwegian whatever
language the program speaks, and one file serves every language. It passes
``domain.validation.plan_warnings`` without a single warning and every step is complete, which the tests
hold it to.

The plan is data, not code: ``resources/plans/example.json`` is an ordinary plan file, read and checked
like any other (an older format is upgraded first) and added as the example, new today.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from verktoykasse.exchange.plan_json import import_plan_document, read_plan_file
from verktoykasse.resources import resource_path
from verktoykasse.storage.models import Plan

EXAMPLE_FILE = ("plans", "example.json")


@cache
def _checked_document() -> str:
    """The shipped file, read and checked once; kept as JSON text so each import gets its own copy."""
    import json

    return json.dumps(read_plan_file(resource_path(*EXAMPLE_FILE)))


def example_document() -> dict[str, Any]:
    """The example plan as a checked plan-file document (a fresh copy the caller may change)."""
    import json

    return json.loads(_checked_document())


def add_example_plan(session: Session) -> Plan:
    """Add a new, complete example plan to the database and return it (another copy each time)."""
    return import_plan_document(session, example_document(), example=True)


def example_plan(session: Session) -> Plan:
    """The example plan of this data folder: the one already there, or a new one.

    The window's "Open example plan" and ``verktoykasse example`` both use it, so a course that runs the
    command twice, or a user who clicks twice, finds one example plan, not a list of copies.
    """
    existing = session.scalars(
        select(Plan).where(Plan.is_example, Plan.deleted_at.is_(None)).order_by(Plan.id)
    ).first()
    return existing if existing is not None else add_example_plan(session)
