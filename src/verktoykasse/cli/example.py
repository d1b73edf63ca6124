"""``verktoykasse example``: the complete example plan in the data folder (added unless it is there), printed
as ``id<TAB>name``."""

from __future__ import annotations

import argparse

from verktoykasse.cli.errors import UserError
from verktoykasse.context import AppContext


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "example", help="add the example plan (a bakery with every step filled in) to the data folder"
    )
    parser.set_defaults(run=run)


def run(_args: argparse.Namespace, context: AppContext) -> int:
    from verktoykasse.cli.output import say_columns
    from verktoykasse.domain.lines import one_line_trimmed
    from verktoykasse.exchange.example_plan import example_plan
    from verktoykasse.exchange.plan_json import PlanImportError

    try:
        with context.database.session() as session:
            plan = example_plan(session)
            say_columns(plan.id, one_line_trimmed(plan.name))
    except PlanImportError as exc:  # the shipped file is missing or damaged: reinstalling helps
        raise UserError(str(exc)) from exc
    return 0
