"""``verktoykasse plans``: the plans in the data folder, one ``id<TAB>name`` a line.

A name never holds a tab, a line break or a bidi override when printed: a name stored by an older version
with such a character in it shows it as an escape (``\\t``, ``\\u202e``; ``domain.lines.visible``), so a
script reading the list can trust that each line is one plan.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # every command module is imported to build the parser, also when the window starts
    from verktoykasse.context import AppContext


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("plans", help="list the plans in the data folder (id and name)")
    parser.set_defaults(run=run)


def run(_args: argparse.Namespace, context: AppContext) -> int:
    from verktoykasse.cli.output import say_columns
    from verktoykasse.storage.plans import list_plans

    with context.database.session() as session:
        for plan in list_plans(session):
            say_columns(plan.id, plan.name)
    return 0
