"""The data the benchmarks run on: one data folder with a few plans, a typical one and a large one.

The typical plan is the example plan; the large one comes from ``benchmarks.sample_plans``.
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
    from benchmarks.sample_plans import add_large_plan
    from verktoykasse.context import AppContext
    from verktoykasse.exchange.example_plan import add_example_plan
    from verktoykasse.storage.plans import create_plan

    context = AppContext.create(data_dir)
    context.settings.language = "nb"
    context.save_settings()
    try:
        with context.database.session() as session:
            plan_ids = [create_plan(session, name).id for name in ("Inkluderingsplan 2027", "Sommerjobb")]
            typical = add_example_plan(session).id
            large = add_large_plan(session, name="Stor plan", **LARGE).id
            session.commit()
            plan_ids += [typical, large]
    finally:
        context.close()
    return BenchData(data_dir, plan_ids, typical, large)
