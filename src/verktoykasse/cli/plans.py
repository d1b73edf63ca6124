"""``verktoykasse plans``: the plans in the data folder, one ``id<TAB>name`` a line.

A name never holds a tab, a line break or a bidi override when printed (``domain.lines``), so a script
reading the list can trust that each line is one plan.
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
    from verktoykasse.domain.lines import one_line_trimmed
    from verktoykasse.storage.plans import list_plans

    with context.database.session() as session:
        for plan in list_plans(session):
            # Cleaned again on the way out: a name stored by an older version may still hold a tab.
            print(f"{plan.id}\t{one_line_trimmed(plan.name)}")
    return 0
