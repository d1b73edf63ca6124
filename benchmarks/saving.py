"""Saving one edited field, as the wizard does on every keystroke: one attribute set and committed."""

from __future__ import annotations

import time

from benchmarks.data import optional
from benchmarks.stats import median, ms, p95
from benchmarks.table import Row

TARGET_P95 = 0.010


def measure(database, plan_id: int, edits: int) -> Row:
    from verktoykasse.storage.models import Measure, Plan

    set_value = optional("verktoykasse.storage.editing", "set_value")
    note = "storage.editing.set_value" if set_value else "plain ORM commit (storage.editing not merged yet)"
    times: list[float] = []
    with database.session() as session:
        plan = session.get(Plan, plan_id)
        # A row deep in the plan if it has one (its commit also touches the plan), else the plan itself.
        target, attribute = (
            (plan.measures[0], "description") if plan.measures else (plan, "problem_statement")
        )
        typed = "Vi tilbyr arbeidstrening i lager og kantine, med fast kontaktperson. " * 3
        for i in range(edits):
            value = typed[: 1 + i % len(typed)]
            start = time.perf_counter()
            if set_value is not None:
                set_value(session, target, attribute, value)
            else:
                setattr(target, attribute, value)
                session.commit()
            times.append(time.perf_counter() - start)
        kind = type(target).__name__ if isinstance(target, Measure | Plan) else "row"
    return Row(
        f"Save one edited field ({kind}.{attribute}, {edits} edits)",
        ms(median(times)),
        "p95 ≤ 10 ms",
        p95(times) <= TARGET_P95,
        p95=ms(p95(times)),
        note=note,
    )
