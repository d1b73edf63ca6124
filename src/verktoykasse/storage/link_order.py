"""A measure's goals keep the order the user gave them, whoever writes them.

``Measure.goals`` is a plain many-to-many list over ``measure_goal``; SQLAlchemy writes only the two ids
of a link, never where it stands in the list. So the order is written here, in one place, by a pair of
session hooks (like ``one_line_fields`` and ``editing.touch_changed_plans``): ``before_flush`` notes the
list of every measure being written whose goals are loaded, ``after_flush`` stores each goal's place in
``measure_goal.position``. Ticking a goal in the window, importing a plan file, the next cycle's copy
and anything written later cannot forget it, and ``Measure.goals`` reads the links back in that order.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, event, inspect, update
from sqlalchemy.orm import Session, sessionmaker

from verktoykasse.storage.models import Measure, MeasureGoal

_PENDING = "measure_goal_order"  # session.info key: the measures whose goal order is to be written


def note_goal_order(session: Session, _context: Any = None, _instances: Any = None) -> None:
    """``before_flush``: remember the goal lists of the measures this flush writes (loaded lists only:
    a list nobody loaded was not reordered)."""
    pending = session.info[_PENDING] = {}  # a new list each flush: a failed one leaves nothing behind
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Measure) and "goals" in inspect(obj).dict:
            pending[id(obj)] = (obj, list(obj.goals))


def write_goal_order(session: Session, _context: Any = None) -> None:
    """``after_flush``: every noted link gets its place; only a place that changed is written."""
    pending = session.info.pop(_PENDING, {})
    rows = [
        {"m": measure.id, "g": goal.id, "p": place}
        for measure, goals in pending.values()
        if measure.id is not None and measure not in session.deleted
        for place, goal in enumerate(goals)
        if goal.id is not None
    ]
    if not rows:
        return
    table = MeasureGoal.__table__
    statement = (
        update(table)
        .where(
            table.c.measure_id == bindparam("m"),
            table.c.goal_id == bindparam("g"),
            table.c.position != bindparam("p"),
        )
        .values(position=bindparam("p"))
    )
    session.connection().execute(statement, rows)


def keep_goal_order(sessions: sessionmaker[Session]) -> None:
    """Install the two hooks on every session ``sessions`` makes (``storage.db.open_database``)."""
    event.listen(sessions, "before_flush", note_goal_order)
    event.listen(sessions, "after_flush", write_goal_order)
