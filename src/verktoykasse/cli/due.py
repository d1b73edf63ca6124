"""``verktoykasse due [--days N] [--json]``: what is due across all plans, for a scheduled task or a
morning e-mail script. The same rules as "Now" in the window (``domain.followup``); exit code 0."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # every command module is imported to build the parser, also when the window starts
    from verktoykasse.context import AppContext

MAX_DAYS = 3660


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 0 <= value <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"give a number of days from 0 to {MAX_DAYS}")
    return value


def _day(text: str) -> dt.date:
    """A day as the program reads one everywhere (``domain.dates.parse_date``): 15.03.2027 as well as
    2027-03-15."""
    from verktoykasse.domain.dates import InvalidDate, parse_date

    try:
        day = parse_date(text)
    except InvalidDate as problem:
        raise argparse.ArgumentTypeError(problem.message) from None
    if day is None:
        raise argparse.ArgumentTypeError("give a date, for example 15.03.2027")
    return day


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "due",
        help="print what is due in all plans: milestones, KPI measurements, late measures, board reports",
    )
    parser.add_argument(
        "--days",
        type=_days,
        default=None,
        metavar="N",
        help="look N days ahead for milestones and reports (default 30)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts instead of text")
    parser.add_argument(
        "--today", type=_day, default=None, metavar="DATE", help="count from this day (DD.MM.YYYY)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: AppContext) -> int:
    from verktoykasse.cli.output import say, say_json
    from verktoykasse.domain.followup import HORIZON_DAYS, describe_item, describe_quiet
    from verktoykasse.domain.formatting import format_date
    from verktoykasse.storage.followup import due_now

    today = args.today or dt.date.today()
    days = HORIZON_DAYS if args.days is None else args.days
    with context.database.session() as session:
        agendas = due_now(session, today, days)
    if args.json:
        document = {
            "today": today.isoformat(),
            "days": days,
            "count": sum(agenda.count for agenda in agendas),
            "plans": [
                {
                    "id": agenda.plan_id,
                    "name": agenda.plan_name,
                    "period_ended_on": agenda.ended_on.isoformat() if agenda.ended_on else None,
                    "next_board_report": agenda.next_report.isoformat() if agenda.next_report else None,
                    "items": [
                        {
                            "kind": str(item.kind),
                            "due": item.due.isoformat(),
                            "overdue": item.overdue(today),
                            "title": item.title,
                            "context": item.context,
                            "row": item.row_kind,
                            "row_id": item.row_id,
                            "step": str(item.step),
                            "text": describe_item(item, today),
                        }
                        for item in agenda.items
                    ],
                }
                for agenda in agendas
            ],
        }
        say_json(json.dumps(document, ensure_ascii=True, indent=2))
        return 0
    for agenda in agendas:
        say(agenda.plan_name)  # a name stored by an older version may hold any character: shown
        if not agenda.items:
            say("  " + describe_quiet(agenda))
        for item in agenda.items:
            mark = "!" if item.overdue(today) else "-"
            say(f"  {mark} {format_date(item.due)}  {describe_item(item, today)}")
    return 0
