"""The wizard with the large plan: opening it, and saving one edited field the way the wizard does.

Opening is timed from creating ``PlanWorkspace(database, plan_id)`` until Qt has laid it out and painted
it (``processEvents``), each time in a fresh workspace with its own session, as the window does when the
user opens a plan. The plan opens at the step where the user left it: at the profile (a form) and at the
measures (the 100 measures' table, fitted to its width, and the first measure's detail), a row each. The
first opening also imports the wizard's modules; it is reported beside the median.
"""

from __future__ import annotations

import time

from benchmarks.data import optional
from benchmarks.stats import median, ms, p95
from benchmarks.table import Row
from benchmarks.widgets import discard

OPEN_TARGET = 0.150
SAVE_TARGET_P95 = 0.010
TYPED = "Vi tilbyr arbeidstrening i lager og kantine, med fast kontaktperson og oppfølging. " * 3


def _open(database, plan_id: int):
    from PySide6.QtWidgets import QApplication

    from verktoykasse.ui.plan_workspace import PlanWorkspace

    start = time.perf_counter()
    workspace = PlanWorkspace(database, plan_id)
    workspace.resize(1100, 700)
    workspace.show()
    QApplication.processEvents()
    return workspace, time.perf_counter() - start


def _close(workspace) -> None:
    """Save and end the workspace's session as going back to the plans does, then close and delete it
    (``widgets.discard``: not left alive for the next run to pay for)."""
    workspace.shutdown()
    discard(workspace)


def _leave_at(database, plan_id: int, step: str) -> str:
    """Set the step the plan reopens at, as the user leaving it there does; the step it had."""
    from verktoykasse.storage.models import Plan

    with database.session() as session:
        plan = session.get(Plan, plan_id)
        before, plan.current_step = plan.current_step, step
        session.commit()
    return before


def open_large_plan(database, plan_id: int, runs: int) -> list[Row]:
    """Opening at the profile step, and at the measures step (where a user of a large plan often is)."""
    rows = []
    before = _leave_at(database, plan_id, "profile")
    try:
        for step, what in (
            ("profile", "Open the large plan in the wizard (30 goals, 100 measures, 24 months)"),
            ("measures", "Open the large plan in the wizard at the measures step (its 100 measures' table)"),
        ):
            _leave_at(database, plan_id, step)
            workspace, first = _open(database, plan_id)
            _close(workspace)
            times = []
            for _ in range(runs):
                workspace, elapsed = _open(database, plan_id)
                _close(workspace)
                times.append(elapsed)
            rows.append(
                Row(
                    what,
                    ms(median(times)),
                    f"≤ {OPEN_TARGET * 1000:.0f} ms",
                    median(times) <= OPEN_TARGET,
                    p95=ms(p95(times)),
                    note=f"first opening{', with imports' if step == 'profile' else ''}: {ms(first)}",
                )
            )
    finally:
        _leave_at(database, plan_id, before)
    return rows


def save_in_wizard(database, plan_id: int, edits: int) -> Row:
    """Typing into a measure of the open large plan: ``Saver.set`` commits and the step list recounts."""
    from PySide6.QtWidgets import QApplication

    workspace, _ = _open(database, plan_id)
    try:
        measure = workspace.plan.measures[0]
        times = []
        for i in range(edits):
            value = TYPED[: 1 + i % len(TYPED)]
            start = time.perf_counter()
            workspace.saver.set(measure, "description", value)
            QApplication.processEvents()
            times.append(time.perf_counter() - start)
    finally:
        _close(workspace)
    return Row(
        f"Save one edited field in the wizard (large plan, {edits} edits)",
        ms(median(times)),
        "p95 ≤ 10 ms",
        p95(times) <= SAVE_TARGET_P95,
        p95=ms(p95(times)),
        note="Saver.set: commit, then the step list's completeness",
    )


def save_in_storage(database, plan_id: int, edits: int) -> Row:
    """The same edit through ``storage.editing.set_value`` alone: the database's share of it."""
    from verktoykasse.storage.models import Plan

    set_value = optional("verktoykasse.storage.editing", "set_value")
    times = []
    with database.session() as session:
        plan = session.get(Plan, plan_id)
        target, attribute = (
            (plan.measures[0], "description") if plan.measures else (plan, "problem_statement")
        )
        for i in range(edits):
            value = TYPED[: 1 + i % len(TYPED)]
            start = time.perf_counter()
            if set_value is not None:
                set_value(session, target, attribute, value)
            else:
                setattr(target, attribute, value)
                session.commit()
            times.append(time.perf_counter() - start)
    return Row(
        f"Save one edited field, storage only ({edits} edits)",
        ms(median(times)),
        "p95 ≤ 10 ms",
        p95(times) <= SAVE_TARGET_P95,
        p95=ms(p95(times)),
        note="storage.editing.set_value" if set_value else "plain ORM commit",
    )
