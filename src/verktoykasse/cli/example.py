"""``verktoykasse example``: the complete example plan in the data folder (added unless it is there), printed
as ``id<TAB>name``."""

from __future__ import annotations

import argparse

from verktoykasse.context import AppContext


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "example", help="add the example plan (a bakery with every step filled in) to the data folder"
    )
    parser.set_defaults(run=run)


def run(_args: argparse.Namespace, context: AppContext) -> int:
    from verktoykasse.exchange.example_plan import example_plan

    with context.database.session() as session:
        plan = example_plan(session)
        print(f"{plan.id}\t{plan.name}")
    return 0
