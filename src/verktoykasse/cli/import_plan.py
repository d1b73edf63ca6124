"""``verktoykasse import FILE``: add the plan in a plan file (JSON) as a new plan, all or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from verktoykasse.cli.errors import UserError
from verktoykasse.context import AppContext


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "import",
        help="import a plan file (.json, made with 'export --json' or File → Export plan…) as a new plan",
    )
    parser.add_argument("file", metavar="FILE", help="the plan file to import")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: AppContext) -> int:
    from verktoykasse.cli.output import say
    from verktoykasse.domain.lines import one_line_trimmed
    from verktoykasse.exchange.plan_json import PlanImportError, import_plan_document, read_plan_file

    path = Path(args.file)
    try:
        document = read_plan_file(path)  # read and checked once, before the database is even opened
        with context.database.session() as session:
            plan = import_plan_document(session, document, paths=context.paths)
            message = QCoreApplication.translate("Cli", "Imported the plan “{name}” (id {id}).")
            say(message.format(name=one_line_trimmed(plan.name), id=plan.id))
    except PlanImportError as exc:
        raise UserError(str(exc)) from exc
    return 0
