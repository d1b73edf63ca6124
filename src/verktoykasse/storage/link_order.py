"""A measure's goals keep the order the user gave them, whoever writes them.

``Measure.goals`` is a plain many-to-many list over ``measure_goal``; SQLAlchemy writes only the two ids
of a link, never where it stands in the list. So the order is written here, in one place, by a pair of
session hooks (like ``one_line_fields`` and ``editing.touch_changed_plans``): ``before_flush`` notes the
list of every measure being written whose goals are loaded, ``after_flush`` stores each goal's place in
``measure_goal.position``. Ticking a goal in the window, importing a plan file, the next cycle's copy
and anything written later cannot forget it, and ``Measure.goals`` reads the links back in that order.

The same hook keeps the links' row versions (``models.Tracked``): SQLAlchemy writes a many-to-many list
beside the ORM's version counter, so when a measure's goals change (one added, removed or moved), every
link it keeps gets its version raised by one and who changed it and when. A measure written for another
reason (its title typed) touches no link: nothing is written for it here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import bindparam, event, inspect, update
from sqlalchemy.orm import Session, sessionmaker

from verktoykasse.storage.models import Measure, MeasureGoal

_PENDING = "measure_goal_order"  # session.info key: the measures whose goal order is to be written


def goals_changed(measure: Measure) -> bool:
    """Whether this flush changes ``measure``'s goal links: one added or removed, or the list given in
    another order (a new list of the same goals is no change to SQLAlchemy, but is one to the user)."""
    state = inspect(measure)
    if "goals" not in state.dict:  # a list nobody loaded was not changed
        return False
    if state.attrs.goals.history.has_changes():
        return True
    before = state.committed_state.get("goals")
    return before is not None and [goal.id for goal in before] != [goal.id for goal in measure.goals]


def note_goal_order(session: Session, _context: Any = None, _instances: Any = None) -> None:
    """``before_flush``: remember the goal lists of the measures whose links this flush changes."""
    pending = session.info[_PENDING] = {}  # a new list each flush: a failed one leaves nothing behind
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Measure) and goals_changed(obj):
            pending[id(obj)] = (obj, list(obj.goals))


def write_goal_order(session: Session, _context: Any = None) -> None:
    """``after_flush``: every link of a changed list gets its place, a new version, who and when."""
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
        .where(table.c.measure_id == bindparam("m"), table.c.goal_id == bindparam("g"))
        .values(
            position=bindparam("p"),
            version=table.c.version + 1,
            changed_by=str(session.info.get("user", ""))[:100],
            changed_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
        )
    )
    session.connection().execute(statement, rows)


def keep_goal_order(sessions: sessionmaker[Session]) -> None:
    """Install the two hooks on every session ``sessions`` makes (``storage.db.open_database``)."""
    event.listen(sessions, "before_flush", note_goal_order)
    event.listen(sessions, "after_flush", write_goal_order)
