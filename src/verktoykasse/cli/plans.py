"""``verktoykasse plans``: the plans in the data folder, one ``id<TAB>name`` a line."""

from __future__ import annotations

import argparse

from verktoykasse.context import AppContext
from verktoykasse.storage.plans import list_plans


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("plans", help="list the plans in the data folder (id and name)")
    parser.set_defaults(run=run)


def run(_args: argparse.Namespace, context: AppContext) -> int:
    with context.database.session() as session:
        for plan in list_plans(session):
            print(f"{plan.id}\t{plan.name}")
    return 0
