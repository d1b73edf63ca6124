"""``verktoykasse export PLAN --pdf FILE | --xlsx FILE | --docx FILE | --json FILE | --worksheets FILE |
--ics FILE | --arp FILE``: the action plan as a PDF, the plan's tables as an Excel workbook, the action plan
as a Word document, the plan as JSON (``--anonymised``: for an adviser, no names, no small equality
figures), the workshop kit's worksheets, the plan's dates as a calendar file, or the draft of the yearly
equality report (ARP; a Word document when FILE ends in .docx, else a PDF), without opening the window,
e.g. for an advisor preparing a board meeting or a workshop from a script."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from verktoykasse.cli.errors import UserError
from verktoykasse.context import AppContext


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export", help="write a plan's action plan as a PDF (--pdf) or the whole plan as JSON (--json)"
    )
    parser.add_argument("plan", metavar="PLAN", help="the plan's id or exact name (see 'verktoykasse plans')")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--pdf", metavar="FILE", help="write the board-ready action plan as a PDF")
    target.add_argument(
        "--xlsx",
        metavar="FILE",
        help="write the plan's measures, KPIs, measurements, gaps and budget as Excel",
    )
    target.add_argument(
        "--docx",
        metavar="FILE",
        help="write the action plan as a Word document to edit (headings, tables, charts)",
    )
    target.add_argument("--json", metavar="FILE", help="write the whole plan as a JSON file")
    target.add_argument(
        "--worksheets", metavar="FILE", help="write the workshop kit: agenda and worksheets as a PDF"
    )
    target.add_argument(
        "--ics",
        metavar="FILE",
        help="write milestones, deadlines, measurements and board reports as a calendar file (iCalendar)",
    )
    target.add_argument(
        "--arp",
        metavar="FILE",
        help="write the draft of the yearly equality report (ARP), small figures hidden: a Word document "
        "to edit when FILE ends in .docx, else a PDF",
    )
    parser.add_argument(
        "--anonymised",
        action="store_true",
        help="with --json: for an adviser: persons' names become placeholders (Person 1, Representative 1), "
        "e-mail addresses, phone numbers and notes about people are left out, and every equality figure "
        "that describes fewer persons than the plan's threshold",
    )
    parser.add_argument(
        "--blank", action="store_true", help="with --worksheets: empty sheets, without the plan's answers"
    )
    parser.add_argument("--a3", action="store_true", help="with --worksheets: the gap-scoring sheet on A3")
    parser.add_argument(
        "--lang",
        choices=("nb", "en"),
        help="the report's language (PDF, Excel, Word, ARP draft): nb (bokmål) or en (English); default: "
        "the plan's",
    )
    parser.set_defaults(run=run)


def _check_target(path: Path) -> None:
    try:
        is_folder, in_folder = path.is_dir(), path.parent.is_dir()
    except OSError as error:  # a name the system cannot even look up (too long for the disk)
        raise _write_failed(path, OSError(error.errno, error.strerror, str(path))) from None
    if is_folder:
        message = QCoreApplication.translate("Cli", "{path} is a folder; give a file name.")
        raise UserError(message.format(path=path))
    if not in_folder:
        message = QCoreApplication.translate("Cli", "the folder {folder} does not exist.")
        raise UserError(message.format(folder=path.parent))
    from verktoykasse.files import check_write_target

    try:
        check_write_target(path)  # before the work: a read-only file, a device or a link to nothing
    except OSError as error:
        raise _write_failed(path, error) from None


def _write_failed(path: Path, error: OSError) -> UserError:
    """The one sentence saying why (``files.describe_write_error``), said once: a plan file's own error
    already carries it."""
    from verktoykasse.exchange.plan_json import PlanExportError
    from verktoykasse.files import describe_write_error

    if isinstance(error, PlanExportError):
        return UserError(str(error))
    return UserError(describe_write_error(error, path))


def _say_written(path: Path) -> None:
    """Print where the file went: on any console, an escape character in the name shown, not obeyed."""
    from verktoykasse.cli.output import say

    say(str(path))


def _say_shortened(note: str) -> None:
    """After the file is written: which texts it holds shortened (``domain.shortened``), on standard
    error, as a warning is; the exit code stays 0, for the file is there and opens."""
    if note:
        from verktoykasse.cli.output import complain

        complain(note)


def _write(target: str, write: Callable[[Path], object]) -> int:
    """Write a file where the user asked (checked first), say where it went; a failure in plain words."""
    path = Path(target).expanduser().absolute()
    _check_target(path)
    try:
        write(path)
    except OSError as error:
        raise _write_failed(path, error) from None
    _say_written(path)
    return 0


def run(args: argparse.Namespace, context: AppContext) -> int:
    with context.database.session() as session:
        from verktoykasse.domain.lines import one_line_trimmed
        from verktoykasse.storage.plans import AmbiguousPlanName, find_plan  # SQLAlchemy: not at start-up

        try:
            plan = find_plan(session, args.plan)
        except AmbiguousPlanName as exc:
            message = QCoreApplication.translate(
                "Cli",
                "several plans are called “{plan}” (ids {ids}). Give the id of the one you mean, "
                "e.g. 'verktoykasse export {first} …'.",
            )
            ids = ", ".join(str(i) for i in exc.ids)
            name = one_line_trimmed(exc.name)
            raise UserError(message.format(plan=name, ids=ids, first=exc.ids[0])) from None
        if plan is None:
            message = QCoreApplication.translate(
                "Cli", "there is no plan called “{plan}”. 'verktoykasse plans' lists the plans."
            )
            raise UserError(message.format(plan=one_line_trimmed(args.plan)))
        if any(x is not None for x in (args.pdf, args.worksheets, args.xlsx, args.docx)):
            from verktoykasse.catalogue import catalogue_in_use
            from verktoykasse.reports.document import write_report
            from verktoykasse.storage.editing import load_plan

            path = Path(args.pdf or args.worksheets or args.xlsx or args.docx).expanduser().absolute()
            _check_target(path)
            full = load_plan(session, plan.id)
            assert full is not None
            catalogue = catalogue_in_use(context.paths.root)  # names the schemes the measures use
            shortened: list = []  # texts longer than an Excel cell holds
            try:
                if args.worksheets is not None:
                    from verktoykasse.reports.worksheets import write_worksheets

                    write_worksheets(
                        full,
                        path,
                        catalogue=catalogue,
                        filled=not args.blank,
                        gap_size="A3" if args.a3 else "A4",
                    )
                else:
                    kind = "xlsx" if args.xlsx is not None else "docx" if args.docx is not None else "pdf"
                    write_report(
                        kind, full, path, language=args.lang, catalogue=catalogue, shortened=shortened
                    )
            except OSError as error:
                raise _write_failed(path, error) from None
            _say_written(path)
            from verktoykasse.domain.shortened import spreadsheet_note

            _say_shortened(spreadsheet_note(shortened))
            return 0
        if args.arp is not None:
            from verktoykasse.reports.arp_draft import write_arp_draft
            from verktoykasse.storage.editing import load_plan

            full = load_plan(session, plan.id)
            assert full is not None
            return _write(args.arp, lambda path: write_arp_draft(full, path, language=args.lang))
        if args.ics is not None:
            from verktoykasse.reports.calendar import write_calendar
            from verktoykasse.storage.followup import load_plan_to_follow

            dated = load_plan_to_follow(session, plan.id)
            assert dated is not None
            return _write(args.ics, lambda path: write_calendar(dated, path))
        from verktoykasse.exchange.plan_json import export_plan_file

        shortened = []  # texts longer than a plan file holds (a database from 0.1.0)
        code = _write(
            args.json,
            lambda path: export_plan_file(
                session, plan, path, anonymised=args.anonymised, shortened=shortened
            ),
        )
        from verktoykasse.domain.shortened import plan_file_note

        _say_shortened(plan_file_note(shortened))
        return code
