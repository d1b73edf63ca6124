"""The small set of edits the wizard makes to a plan, each committed at once so nothing typed is lost.

Generic on purpose: rows are added to a named list of their parent (``add_row(session, plan, "goals")``),
removed, moved among their siblings, and single values are set by attribute name. The window writes
through these functions too (``ui.wizard.saver.Saver``), so the tests of this module cover what users do.

Every change to a plan's rows marks the plan as changed (``Plan.updated_at``), so the home view lists the
plan most recently worked on first. That happens in one place, ``touch_changed_plans``, a ``before_flush``
hook that ``storage.db`` installs on every session: whoever writes a row, the plan's time follows.

If a commit fails (disk full, read-only folder), the session is rolled back so it stays usable and the
error goes up to the caller, which keeps the typed text and offers to try again.

No text longer than a field holds (``domain.validation.LONGEST_TEXT``, as long as a plan file holds) is
ever written, whoever writes it: ``refuse_too_long_texts`` is a ``before_flush`` hook on every session,
and ``set_value``, ``add_row`` and ``add_measurement`` ask the same question before they touch the row.
The refusal is ``TextTooLong``, a ``ValueError`` with a translated ``message`` as
``domain.validation.InvalidNumber`` has; nothing is written. A text stored longer by 0.1.0 (no limit then)
is left as it is until it is changed: only new rows and changed values are looked at.

The session's factory uses ``expire_on_commit=False`` (a keystroke's commit must not reload the plan),
so loaded lists are kept in step here: a removed row leaves its parents' lists at once, a moved row is
sorted into place. Code that shows lists never needs to filter out deleted rows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import String, bindparam, event, inspect, select, update
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import RelationshipDirection, Session, selectinload, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError

from verktoykasse.domain.validation import LONGEST_TEXT
from verktoykasse.storage.models import (
    ArpYear,
    Base,
    GapArea,
    Goal,
    Kpi,
    Lesson,
    Measure,
    MeasureGoal,
    Measurement,
    MeasureOccurrence,
    MeasureResource,
    Milestone,
    Need,
    Participant,
    Plan,
    Strength,
    Tracked,
)

# For each kind of row: the relationship to the parent whose list orders it (by ``position``).
OWNER: dict[type[Base], str] = {
    Participant: "plan",
    Need: "plan",
    GapArea: "plan",
    Strength: "plan",
    Goal: "plan",
    Measure: "plan",
    Lesson: "plan",
    Kpi: "goal",
    Milestone: "measure",
    MeasureResource: "measure",
    MeasureOccurrence: "measure",
    Measurement: "kpi",
}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def plan_of(obj: Base) -> Plan | None:
    """The plan a row belongs to, following the owners up (a milestone → its measure → the plan)."""
    while obj is not None and not isinstance(obj, Plan):
        owner = OWNER.get(type(obj))
        if owner is None:
            return None
        obj = getattr(obj, owner)
    return obj


_TOUCH_PLAN = (
    update(Plan.__table__).where(Plan.__table__.c.id == bindparam("plan")).values(updated_at=bindparam("now"))
)


def touch_changed_plans(session: Session, _flush_context: object, _instances: object) -> None:
    """``before_flush``: every saved plan whose rows are being written, added or removed gets ``updated_at``.

    A plan's own columns bump it by the column's ``onupdate`` too; a row of the plan does not touch the
    plan's row, so this does. A plan whose time is set explicitly in this flush keeps it (the workspace
    remembers the open step without counting it as a change; an import writes the file's time).
    """
    plans: set[Plan] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        plan = plan_of(obj)
        if plan is not None:
            plans.add(plan)
    now = None
    for plan in plans:
        state = inspect(plan)
        if not state.persistent or plan in session.deleted or state.attrs.updated_at.history.has_changes():
            continue
        now = now or _now()
        if session.is_modified(plan, include_collections=False):
            plan.updated_at = now  # written with the plan's own change
            continue
        # Only a row of the plan changed: the time is written beside the ORM, so the plan's row keeps its
        # version and a colleague editing the plan's own fields is not overtaken by a goal's keystroke.
        # A statement made once, on the connection: this runs at every keystroke's save, and building it
        # and passing it through the ORM's bulk update (which searches the session for plans to refresh)
        # cost more than sending it.
        session.connection().execute(_TOUCH_PLAN, {"plan": plan.id, "now": now})
        set_committed_value(plan, "updated_at", now)


def stamp_changes(session: Session, _flush_context: object, _instances: object) -> None:
    """``before_flush``: every row written gets who wrote it and when ("Endret av Kari 10.12. 14:03")."""
    who = str(session.info.get("user", ""))[:100]
    now = None
    new = session.new  # a set made on each access: asked once, or a plan of 2,000 new rows costs 2,000²
    for obj in (*new, *session.dirty):
        if isinstance(obj, Tracked) and (obj in new or session.is_modified(obj, include_collections=False)):
            now = now or _now()
            obj.changed_by = who
            obj.changed_at = now


class TextTooLong(ValueError):
    """A text longer than a field holds (``LONGEST_TEXT``): it was not written, nor anything else of the
    save. ``message`` is for the user, translated, as ``domain.validation.InvalidNumber``'s is, and names
    the field where the plan's description knows it (a save the wizard did not refuse first: the next
    cycle of a plan from 0.1.0, a script); ``row``, ``attr`` and ``length`` say which text it was."""

    def __init__(self, row: Any, attr: str, length: int) -> None:
        from PySide6.QtCore import QCoreApplication

        from verktoykasse.domain.formatting import format_number

        self.row, self.attr, self.length = row, attr, length
        field = _field_label(row, attr)
        if field:
            message = QCoreApplication.translate(
                "Editing",
                "“{field}” is too long: at most {limit} characters fit in one field, and it has {count}. "
                "Nothing was saved; shorten it and try again.",
            )
        else:
            message = QCoreApplication.translate(
                "Editing",
                "The text is too long: at most {limit} characters fit in one field, and it has {count}. "
                "Nothing was saved; shorten it and try again.",
            )
        self.message = message.format(
            field=field, limit=format_number(LONGEST_TEXT), count=format_number(length)
        )
        super().__init__(self.message)


def _field_label(row: Any, attr: str) -> str:
    """The field's name as the user reads it ("Labour need"), or "" when the plan's description has none."""
    from verktoykasse.domain.plan_description import label_of, tables

    for table in tables():
        if table.model == type(row).__name__ and attr in table.by_name and table.by_name[attr].label:
            return label_of(table.by_name[attr])
    return ""


def too_long_text(row: Any, values: dict[str, Any]) -> TextTooLong | None:
    """The refusal for the first text among ``values`` (to be written to ``row``) longer than a field
    holds, or None. The one check every write path asks (``refuse_too_long_texts``)."""
    for attr, value in values.items():
        if isinstance(value, str) and len(value) > LONGEST_TEXT:
            return TextTooLong(row, attr, len(value))
    return None


_TEXT_COLUMNS: dict[type, tuple[str, ...]] = {}


def _text_columns(cls: type) -> tuple[str, ...]:
    """The columns of a model that hold text (asked once per model)."""
    found = _TEXT_COLUMNS.get(cls)
    if found is None:
        found = tuple(
            attr.key for attr in inspect(cls).column_attrs if isinstance(attr.columns[0].type, String)
        )
        _TEXT_COLUMNS[cls] = found
    return found


def refuse_too_long_texts(session: Session, _flush_context: object, _instances: object) -> None:
    """``before_flush``: raise ``TextTooLong`` for a new row's or a changed value's text longer than a
    field holds, before anything is written (the caller's rollback then leaves the database as it was).

    Only what this flush writes is looked at: a text a 0.1.0 database holds longer stays until changed,
    and a row holding one can have its other fields saved.
    """
    for obj in session.new:
        problem = too_long_text(obj, {key: getattr(obj, key, None) for key in _text_columns(type(obj))})
        if problem is not None:
            raise problem
    for obj in session.dirty:
        state = inspect(obj)
        texts = _text_columns(type(obj))
        changed = {key: getattr(obj, key) for key in list(state.committed_state) if key in texts}
        problem = too_long_text(obj, changed)
        if problem is not None:
            raise problem


def track_changes(sessions: sessionmaker[Session]) -> None:
    """Install ``touch_changed_plans``, ``stamp_changes`` and ``refuse_too_long_texts`` on every session
    the factory makes (``storage.db.session_factory``)."""
    event.listen(sessions, "before_flush", refuse_too_long_texts)
    event.listen(sessions, "before_flush", touch_changed_plans)
    event.listen(sessions, "before_flush", stamp_changes)


# Columns the program keeps for itself: a colleague's value there is never a conflict, the newest wins.
# The order of a list is one too: two people moving rows at once both see a clean order, the last one's.
BOOKKEEPING = frozenset({"version", "changed_by", "changed_at", "updated_at", "current_step", "position"})
MERGE_ATTEMPTS = 3


class EditConflict(Exception):
    """Someone else changed the same field since this program loaded it: both values, who and when.

    Raised by the editing functions after everything else of the save was kept; the caller shows both
    (``ui.wizard.conflict``) and the user chooses: ``mine`` is saved again with ``set_value`` (the row is
    up to date now), or ``theirs`` is what the row already holds. ``gone``: the row was removed meanwhile.
    """

    def __init__(
        self,
        row: Base,
        attr: str,
        mine: Any,
        theirs: Any,
        by: str,
        at: dt.datetime | None,
        gone: bool = False,
    ) -> None:
        super().__init__(f"{type(row).__name__}.{attr} was changed by {by or 'someone else'}")
        self.row, self.attr, self.mine, self.theirs = row, attr, mine, theirs
        self.by, self.at, self.gone = by, at, gone


def _pending_changes(session: Session) -> list[tuple[Base, dict[str, tuple[Any, Any]]]]:
    """What this save changes in rows that already exist: per row, each column's (loaded, new) value."""
    found = []
    for obj in session.dirty:
        state = inspect(obj)
        changes = {}
        columns = state.mapper.column_attrs
        for key in list(state.committed_state):  # the attributes set since the row was loaded (few)
            if key not in columns:
                continue
            history = state.attrs[key].history
            if history.added or history.deleted:
                before = history.deleted[0] if history.deleted else None
                changes[key] = (before, history.added[0] if history.added else None)
        if changes:
            found.append((obj, changes))
    return found


def _apply_again(
    session: Session, changes: list[tuple[Base, dict[str, tuple[Any, Any]]]], removals: list[Base]
) -> EditConflict | None:
    """After someone else's save overtook this one: read their rows, and apply again every change of
    ours to a field they left alone. The first field both changed comes back as the conflict."""
    conflict = None
    for obj, attrs in changes:
        try:
            session.refresh(obj)
        except InvalidRequestError:  # removed by someone else meanwhile
            session.expunge(obj)
            mine = {k: after for k, (_before, after) in attrs.items() if k not in BOOKKEEPING}
            if mine and conflict is None:
                key, value = next(iter(mine.items()))
                conflict = EditConflict(obj, key, value, None, "", None, gone=True)
            continue
        for key, (before, after) in attrs.items():
            now = getattr(obj, key)
            if key in BOOKKEEPING or now in (before, after):
                setattr(obj, key, after)
            elif conflict is None:
                conflict = EditConflict(obj, key, after, now, obj.changed_by, obj.changed_at)
    for obj in removals:
        try:
            session.refresh(obj)
        except InvalidRequestError:
            session.expunge(obj)  # removed by someone else too: nothing left to do
            continue
        session.delete(obj)  # the user removed it: that stands, whoever changed it meanwhile
    return conflict


def _commit(session: Session) -> None:
    """Commit, and when someone else's save came first (another program on a shared database), merge:
    their changes are read and ours applied again where they did not touch the same field. The first field
    both changed raises ``EditConflict`` once everything else is saved; nothing is overwritten silently."""
    conflict: EditConflict | None = None
    for attempt in range(1, MERGE_ATTEMPTS + 1):
        changes, removals = _pending_changes(session), list(session.deleted)
        try:
            session.commit()
        except StaleDataError:
            session.rollback()
            if attempt == MERGE_ATTEMPTS:
                raise
            conflict = _apply_again(session, changes, removals) or conflict
            continue
        except Exception:
            session.rollback()
            raise
        break
    if conflict is not None:
        raise conflict


def _many_to_one_targets(obj: Base):
    """(relationship, related object) for each parent-like link of ``obj`` (many-to-one, many-to-many)."""
    for rel in inspect(type(obj)).relationships:
        if rel.direction is RelationshipDirection.ONETOMANY or not rel.back_populates:
            continue
        value = getattr(obj, rel.key)
        related = value if isinstance(value, list) else [value] if value is not None else []
        for parent in related:
            yield rel, parent


def _link_foreign_keys(session: Session, obj: Base, values: dict[str, Any]) -> None:
    """Turn ``gap_id=3`` into ``gap=<GapArea 3>`` so the parent's loaded list gets the row too."""
    for rel in inspect(type(obj)).relationships:
        if rel.direction is not RelationshipDirection.MANYTOONE or rel.key in values:
            continue
        columns = [column.key for column in rel.local_columns]
        if len(columns) == 1 and columns[0] in values:
            target_id = values[columns[0]]
            setattr(
                obj, rel.key, session.get(rel.mapper.class_, target_id) if target_id is not None else None
            )


def _sort_loaded(obj: Base) -> None:
    """Re-sort the parents' already loaded lists after a position changed (their order is by position)."""
    for rel, parent in _many_to_one_targets(obj):
        if rel.back_populates in inspect(parent).unloaded:
            continue
        collection = getattr(parent, rel.back_populates)
        if isinstance(collection, list):
            collection.sort(key=lambda row: (getattr(row, "position", 0), row.id or 0))


def add_row(session: Session, parent: Base, collection: str, **values: Any) -> Base:
    """Append a new row to ``parent``'s list ``collection`` (e.g. ``"goals"``, ``"kpis"``, ``"milestones"``).

    The row goes last (``position`` one past its siblings) unless ``position`` is given. A text in
    ``values`` longer than a field holds raises ``TextTooLong``; no row is added then.
    """
    rel = inspect(type(parent)).relationships[collection]
    items = getattr(parent, collection)
    row = rel.mapper.class_()
    problem = too_long_text(row, values)
    if problem is not None:
        raise problem
    if "position" not in values and hasattr(row, "position"):
        values["position"] = max((sibling.position for sibling in items), default=-1) + 1
    for key, value in values.items():
        setattr(row, key, value)
    items.append(row)
    _link_foreign_keys(session, row, values)
    _commit(session)
    return row


def remove_row(session: Session, row: Base) -> None:
    """Delete ``row`` (and what it owns: a goal's KPIs, a measure's milestones) and drop it from lists.

    Once the delete is committed, the row leaves every loaded list that held it (its plan's goals, the
    measures' goals), so what is shown next no longer has it. If the commit fails, the rollback reloads
    everything from the file, the row included.
    """
    holders = [(parent, rel.back_populates) for rel, parent in _many_to_one_targets(row)]
    children = [
        (child, [rel.back_populates, *[column.key for column in rel.remote_side]])
        for rel in inspect(type(row)).relationships
        if rel.direction is RelationshipDirection.ONETOMANY and rel.back_populates and not rel.cascade.delete
        for child in getattr(row, rel.key)
    ]
    session.delete(row)
    _commit(session)
    for parent, name in holders:
        state = inspect(parent)
        if state.persistent and name not in state.unloaded:
            set_committed_value(parent, name, [item for item in getattr(parent, name) if item is not row])
    # Rows that only pointed at it (a goal's gap) were set to NULL: read that again on next use.
    for obj, attributes in children:
        if inspect(obj).persistent:
            session.expire(obj, attributes)


def siblings(row: Base) -> list[Base]:
    """The rows sharing ``row``'s list, in their shown order."""
    owner = getattr(row, OWNER[type(row)])
    collection = inspect(type(row)).relationships[OWNER[type(row)]].back_populates
    return sorted(getattr(owner, collection), key=lambda item: (item.position, item.id or 0))


def move_row(session: Session, row: Base, delta: int) -> None:
    """Move ``row`` ``delta`` places up (negative) or down among its siblings; nothing happens at the ends."""
    ordered = siblings(row)
    index = ordered.index(row)
    target = max(0, min(len(ordered) - 1, index + delta))
    if target == index:
        return
    ordered.insert(target, ordered.pop(index))
    for position, item in enumerate(ordered):
        item.position = position
    _commit(session)
    _sort_loaded(row)


def set_value(session: Session, obj: Base, attr: str, value: Any) -> None:
    """Set one field as the user typed it, and save.

    A text longer than a field holds raises ``TextTooLong`` and leaves the row untouched (the stored value
    stays; the caller keeps what was typed).
    """
    if not hasattr(type(obj), attr):
        raise AttributeError(f"{type(obj).__name__} has no field {attr!r}")
    problem = too_long_text(obj, {attr: value})
    if problem is not None:
        raise problem
    getattr(obj, attr)  # loaded first, so a colleague's save in between is told apart from ours (_commit)
    setattr(obj, attr, value)
    _link_foreign_keys(session, obj, {attr: value})
    _commit(session)
    if attr == "position":
        _sort_loaded(obj)


def set_measure_goals(session: Session, measure: Measure, goal_ids: list[int]) -> None:
    """Which goals a measure serves, in the order given (goals of the same plan only, each once).

    The order is the user's: the first goal is the one the measure mainly serves, and the report, the
    plan file and the next cycle keep it (``storage.link_order`` stores it).

    The links are one value, as a field is: when a colleague changed them since this program loaded them
    (a shared database), and not to what the user chose, ``EditConflict`` shows both lists with who and
    when (nothing is written; "Keep mine" saves the user's with ``set_value``). The measure's row is
    locked for the check and the write, so two saves of its links cannot cross.
    """
    goals = {goal.id: goal for goal in measure.plan.goals}
    chosen = [goals[goal_id] for goal_id in dict.fromkeys(goal_ids) if goal_id in goals]
    loaded = [goal.id for goal in measure.goals]  # loaded first, so a colleague's save is told apart
    links = _goal_links_now(session, measure)
    now = [link.goal_id for link in links]
    if now != loaded:  # changed by someone else since it was loaded
        theirs = [goals.get(goal_id) or session.get(Goal, goal_id) for goal_id in now]
        set_committed_value(measure, "goals", theirs)  # what the database holds is what this save changes
        if now != [goal.id for goal in chosen]:
            session.commit()  # nothing to write: the lock goes
            newest = max(links, key=lambda link: link.changed_at or dt.datetime.min, default=None)
            by, at = (newest.changed_by, newest.changed_at) if newest is not None else ("", None)
            raise EditConflict(measure, "goals", chosen, theirs, by, at)
    measure.goals = chosen
    _commit(session)


def _goal_links_now(session: Session, measure: Measure) -> list[Any]:
    """The measure's goal links as the database holds them now (goal id, who, when), in their order.

    A write to the measure's row first (changing nothing) takes the lock a save of its links needs: the
    row's lock on PostgreSQL, the file's write lock on SQLite. A colleague's save of the same links waits
    for this one, and then sees it.
    """
    table = MeasureGoal.__table__
    session.execute(update(Measure.__table__).where(Measure.id == measure.id).values(version=Measure.version))
    query = (
        select(table.c.goal_id, table.c.changed_by, table.c.changed_at)
        .join(Goal, Goal.id == table.c.goal_id)
        .where(table.c.measure_id == measure.id)
        .order_by(table.c.position, Goal.position, Goal.id)  # as ``Measure.goals`` reads them
    )
    return list(session.execute(query))


def add_measurement(session: Session, kpi: Kpi, date: dt.date, value: float, note: str = "") -> Measurement:
    """Record one KPI value on a date (step 5); the KPI's list stays in date order. A ``note`` longer
    than a field holds raises ``TextTooLong`` and records nothing."""
    measurement = Measurement(measured_on=date, value=value, note=note)
    problem = too_long_text(measurement, {"note": note})
    if problem is not None:
        raise problem
    kpi.measurements.append(measurement)
    kpi.measurements.sort(key=lambda item: (item.measured_on, item.id or 0))
    _commit(session)
    return measurement


def add_resource(
    session: Session,
    measure: Measure,
    catalogue_entry_id: str | None = None,
    contact_id: int | None = None,
) -> MeasureResource:
    """Record that a measure uses a catalogue scheme or an own contact; adding one twice keeps one row."""
    if (catalogue_entry_id is None) == (contact_id is None):
        raise ValueError("give exactly one of catalogue_entry_id and contact_id")
    for existing in measure.resources_used:
        if existing.catalogue_entry_id == catalogue_entry_id and existing.contact_id == contact_id:
            return existing
    resource = MeasureResource(catalogue_entry_id=catalogue_entry_id, contact_id=contact_id)
    measure.resources_used.append(resource)
    _commit(session)
    return resource


def load_plan(session: Session, plan_id: int, *, measurements: bool = True) -> Plan | None:
    """The plan with everything the steps and the report show, in a dozen queries instead of one per row.

    Lists are loaded lazily otherwise, one query per goal, KPI and measure: for a plan with a hundred
    measures that is a noticeable pause the first time the step list counts completeness, and a slow
    report. The one loader for the window, the report and the command line. ``None`` when the plan was
    deleted meanwhile.

    Without ``measurements`` (the wizard) each KPI only knows whether it has any (``Kpi.measured``):
    they are most of a large plan's rows, and only the evaluation step shows them (``load_measurements``).
    With them, they are read by that same query after the rest: the plan's query is then the wizard's
    too, and SQLAlchemy compiles it once (it keeps compiled queries by engine), so the first report made
    after the wizard opened the plan does not compile twenty queries again.
    """
    options = [
        selectinload(Plan.participants),
        selectinload(Plan.needs),
        selectinload(Plan.gaps).selectinload(GapArea.goals),
        selectinload(Plan.strengths),
        selectinload(Plan.goals).selectinload(Goal.kpis),
        selectinload(Plan.goals).selectinload(Goal.measures),
        selectinload(Plan.measures).selectinload(Measure.goals),
        selectinload(Plan.measures).selectinload(Measure.milestones),
        selectinload(Plan.measures).selectinload(Measure.planned_hires),
        selectinload(Plan.board_decisions),
        selectinload(Plan.measures).selectinload(Measure.occurrences),  # the report's timeline marks them
        selectinload(Plan.measures)
        .selectinload(Measure.resources_used)
        .selectinload(MeasureResource.contact),
        selectinload(Plan.lessons),
        selectinload(Plan.arp_risks),
        selectinload(Plan.arp_involvement),
        selectinload(Plan.arp_years).selectinload(ArpYear.pay_levels),
    ]
    plan = session.scalars(select(Plan).where(Plan.id == plan_id).options(*options)).first()
    if plan is not None and measurements:
        load_measurements(session, plan)
    elif plan is not None:
        measured = set(
            session.scalars(
                select(Measurement.kpi_id).join(Kpi).join(Goal).where(Goal.plan_id == plan_id).distinct()
            )
        )
        for kpi in _kpis(plan):
            kpi.measured_when_read = kpi.id in measured
    return plan


def load_measurements(session: Session, plan: Plan) -> None:
    """Read the measurements of every KPI of ``plan`` that ``load_plan`` left without them, in one query:
    the evaluation step shows them all, and reading them KPI by KPI would be a pause on a large plan."""
    if not all(kpi.measurements_read for kpi in _kpis(plan)):
        session.scalars(
            select(Kpi).join(Goal).where(Goal.plan_id == plan.id).options(selectinload(Kpi.measurements))
        ).all()


def _kpis(plan: Plan) -> list[Kpi]:
    return [kpi for goal in plan.goals for kpi in goal.kpis]
