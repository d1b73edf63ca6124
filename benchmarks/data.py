"""The data the benchmarks run on: one data folder with a few plans, a typical one and a large one.

Pieces built by other parts of the program (the large-plan generator, the example plan) are looked up
when the module exists; a missing module makes its rows say "not available yet" instead of failing.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LARGE = {"goals": 30, "measures": 100, "months": 24}


def optional(module: str, attribute: str) -> Any | None:
    """``module.attribute``, or None only when the module itself does not exist (yet)."""
    try:
        found = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            return None
        raise
    return getattr(found, attribute)


@dataclass
class BenchData:
    data_dir: Path
    plan_ids: list[int]
    typical_plan_id: int | None
    large_plan_id: int | None


def prepare(data_dir: Path) -> BenchData:
    """Create the data folder the way a user's looks after a while: a few plans, Norwegian settings."""
    from verktoykasse.context import AppContext
    from verktoykasse.storage.plans import create_plan

    context = AppContext.create(data_dir)
    context.settings.language = "nb"
    context.save_settings()
    add_example_plan = optional("verktoykasse.storage.example_plan", "add_example_plan")
    add_large_plan = optional("verktoykasse.storage.sample_plans", "add_large_plan")
    try:
        with context.database.session() as session:
            plan_ids = [create_plan(session, name).id for name in ("Inkluderingsplan 2027", "Sommerjobb")]
            typical = large = None
            if add_example_plan is not None:
                typical = add_example_plan(session).id
            elif add_large_plan is not None:
                typical = add_large_plan(session, name="Typisk plan", goals=4, measures=8, months=12).id
            if add_large_plan is not None:
                large = add_large_plan(session, name="Stor plan", **LARGE).id
            session.commit()
            plan_ids += [p for p in (typical, large) if p is not None]
    finally:
        context.close()
    return BenchData(data_dir, plan_ids, typical, large)
