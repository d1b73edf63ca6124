"""The small set of edits the wizard makes to a plan, each committed at once so nothing typed is lost.

Generic on purpose: rows are added to a named list of their parent (``add_row(session, plan, "goals")``),
removed, moved among their siblings, and single values are set by attribute name. Every edit marks the
plan as changed (``Plan.updated_at``), so the home view lists the plan most recently worked on first.

If a commit fails (disk full, read-only folder), the session is rolled back so it stays usable and the
error goes up to the caller, which keeps the typed text and offers to try again.

The session's factory uses ``expire_on_commit=False``, so loaded lists are kept in step by hand here:
a removed row leaves its parents' lists, a moved row is sorted into place.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import RelationshipDirection, Session

from verktoykasse.storage.models import (
    Base,
    GapArea,
    Goal,
    Kpi,
    Lesson,
    Measure,
    Measurement,
    MeasureResource,
    Milestone,
    Need,
    Participant,
    Plan,
    Strength,
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


def _commit(session: Session, changed: Base | None) -> None:
    plan = plan_of(changed) if changed is not None else None
    if plan is not None and inspect(plan).persistent:
        plan.updated_at = _now()
    try:
        session.commit()
    except Exception:
        session.rollback()
        raise


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

    The row goes last (``position`` one past its siblings) unless ``position`` is given.
    """
    rel = inspect(type(parent)).relationships[collection]
    items = getattr(parent, collection)
    row = rel.mapper.class_()
    if "position" not in values and hasattr(row, "position"):
        values["position"] = max((sibling.position for sibling in items), default=-1) + 1
    for key, value in values.items():
        setattr(row, key, value)
    items.append(row)
    _link_foreign_keys(session, row, values)
    _commit(session, row)
    return row


def remove_row(session: Session, row: Base) -> None:
    """Delete ``row`` (and what it owns: a goal's KPIs, a measure's milestones) and drop it from lists."""
    parents = [(parent, rel.back_populates) for rel, parent in _many_to_one_targets(row)]
    children = [
        (child, [rel.back_populates, *[column.key for column in rel.remote_side]])
        for rel in inspect(type(row)).relationships
        if rel.direction is RelationshipDirection.ONETOMANY and rel.back_populates and not rel.cascade.delete
        for child in getattr(row, rel.key)
    ]
    plan = plan_of(row)
    session.delete(row)
    _commit(session, plan)
    # Loaded lists still hold the row, and rows that only pointed at it (a goal's gap) were set to NULL
    # by the database: reload those on their next use.
    for obj, attributes in [*((parent, [name]) for parent, name in parents), *children]:
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
    _commit(session, row)
    _sort_loaded(row)


def set_value(session: Session, obj: Base, attr: str, value: Any) -> None:
    """Set one field as the user typed it, and save."""
    if not hasattr(type(obj), attr):
        raise AttributeError(f"{type(obj).__name__} has no field {attr!r}")
    setattr(obj, attr, value)
    _link_foreign_keys(session, obj, {attr: value})
    _commit(session, obj)
    if attr == "position":
        _sort_loaded(obj)


def set_measure_goals(session: Session, measure: Measure, goal_ids: list[int] | set[int]) -> None:
    """Which goals a measure serves (goals of the same plan only), in the plan's goal order."""
    wanted = set(goal_ids)
    measure.goals = [goal for goal in measure.plan.goals if goal.id in wanted]
    _commit(session, measure)


def add_measurement(session: Session, kpi: Kpi, date: dt.date, value: float, note: str = "") -> Measurement:
    """Record one KPI value on a date (step 5); the KPI's list stays in date order."""
    measurement = Measurement(measured_on=date, value=value, note=note)
    kpi.measurements.append(measurement)
    kpi.measurements.sort(key=lambda item: (item.measured_on, item.id or 0))
    _commit(session, kpi)
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
    _commit(session, measure)
    return resource


def load_plan(session: Session, plan_id: int) -> Plan | None:
    """The plan with everything the steps show, loaded in a dozen queries instead of one per row.

    Lists are loaded lazily otherwise, one query per goal, KPI and measure: for a plan with a hundred
    measures that is a noticeable pause the first time the step list counts completeness. ``None`` when
    the plan was deleted meanwhile.
    """
    from sqlalchemy.orm import selectinload

    options = [
        selectinload(Plan.participants),
        selectinload(Plan.needs),
        selectinload(Plan.gaps).selectinload(GapArea.goals),
        selectinload(Plan.strengths),
        selectinload(Plan.goals).selectinload(Goal.kpis).selectinload(Kpi.measurements),
        selectinload(Plan.goals).selectinload(Goal.measures),
        selectinload(Plan.measures).selectinload(Measure.goals),
        selectinload(Plan.measures).selectinload(Measure.milestones),
        selectinload(Plan.measures).selectinload(Measure.planned_hires),
        selectinload(Plan.board_decisions),
        selectinload(Plan.measures)
        .selectinload(Measure.resources_used)
        .selectinload(MeasureResource.contact),
        selectinload(Plan.lessons),
    ]
    return session.scalars(select(Plan).where(Plan.id == plan_id).options(*options)).first()
