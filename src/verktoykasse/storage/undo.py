"""Undoing the removal of a row: the row comes back with everything that went with it.

Before a row is removed, ``snapshot`` reads from the database every row the removal takes along (what
the foreign keys delete by ``ON DELETE CASCADE``: a measure's milestones and its links to goals and to
schemes, a goal's KPIs and their measurements) and every link the removal empties (``ON DELETE SET
NULL``: the goals that pointed at a removed gap area). ``restore`` writes them back with their own ids,
parents first, so the links point where they did. It works from the table descriptions alone, so a new
table or column is covered without a word here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from verktoykasse.storage.models import Base


@dataclass
class RemovedRows:
    """What one removal took: the rows (by table, in the order to write them back) and emptied links."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    emptied: list[tuple[str, dict[str, Any], str, Any]] = field(
        default_factory=list
    )  # table, key, column, was

    def count(self) -> int:
        return sum(len(rows) for rows in self.rows.values())


def _key(table: Table, row: dict[str, Any]) -> tuple:
    return tuple(row[column.name] for column in table.primary_key.columns)


def snapshot(session: Session, row: Base) -> RemovedRows:
    """Read what removing ``row`` will take along (call before the removal, after saving what waits)."""
    tables = Base.metadata.tables
    start: Table = row.__table__
    removed = RemovedRows()
    seen: dict[str, set[tuple]] = {}

    def collect(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        known = seen.setdefault(table.name, set())
        new = [r for r in rows if _key(table, r) not in known]
        known.update(_key(table, r) for r in new)
        removed.rows.setdefault(table.name, []).extend(new)
        return new

    first = session.execute(select(start).where(start.c.id == row.id)).mappings().all()
    queue: list[tuple[Table, list[Any]]] = [
        (start, [r["id"] for r in collect(start, [dict(r) for r in first])])
    ]
    while queue:
        parent, ids = queue.pop(0)
        if not ids:
            continue
        for table in tables.values():
            for foreign in table.foreign_keys:
                if foreign.column.table is not parent:
                    continue
                column = foreign.parent
                if foreign.ondelete == "CASCADE":
                    found = session.execute(select(table).where(column.in_(ids))).mappings().all()
                    new = collect(table, [dict(r) for r in found])
                    if "id" in table.c and new:
                        queue.append((table, [r["id"] for r in new]))
                elif foreign.ondelete == "SET NULL":
                    keys = list(table.primary_key.columns)
                    found = session.execute(select(*keys, column).where(column.in_(ids))).mappings().all()
                    for item in found:
                        key = {k.name: item[k.name] for k in keys}
                        removed.emptied.append((table.name, key, column.name, item[column.name]))
    return removed


def can_restore(session: Session, removed: RemovedRows) -> bool:
    """Whether every removed row's id is still free (a row added since may have taken one)."""
    tables = Base.metadata.tables
    for name, rows in removed.rows.items():
        table = tables[name]
        keys = [_key(table, row) for row in rows]
        if not keys:
            continue
        columns = list(table.primary_key.columns)
        if len(columns) == 1:
            taken = session.execute(select(columns[0]).where(columns[0].in_([k[0] for k in keys]))).first()
            if taken is not None:
                return False
        else:
            for key in keys:
                condition = [column == value for column, value in zip(columns, key, strict=True)]
                if session.execute(select(*columns).where(*condition)).first() is not None:
                    return False
    return True


def restore(session: Session, removed: RemovedRows) -> None:
    """Write the removed rows back as they were, parents before children, and fill the emptied links."""
    for table in Base.metadata.sorted_tables:  # parents first
        rows = removed.rows.get(table.name)
        if rows:
            session.execute(insert(table), rows)
    tables = Base.metadata.tables
    for name, key, column, value in removed.emptied:
        table = tables[name]
        condition = [table.c[k] == v for k, v in key.items()]
        session.execute(update(table).where(*condition).values({column: value}))
    session.commit()
    session.expire_all()  # every loaded list reads the rows again
