"""The command-line face: ``verktoykasse`` starts the window; ``verktoykasse COMMAND`` works without it.

Each command lives in its own module with ``register(subparsers)``; a command's function takes the parsed
arguments and an ``AppContext`` and returns the exit code. Errors a user can act on are raised as
``UserError`` and printed to stderr in plain words; anything unexpected is logged, never shown as a
traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from verktoykasse._version import __version__
from verktoykasse.cli.errors import UserError
from verktoykasse.cli.output import complain, printable, visible

if TYPE_CHECKING:
    from verktoykasse.context import AppContext

# The command modules of this package, by name. They are imported only when a command line is parsed, so
# the window (no command) never pays for them: some bring SQLAlchemy or the catalogue with them.
COMMAND_MODULES = ("plans", "example", "catalogue", "export", "import_plan", "check", "due")

log = logging.getLogger("verktoykasse.cli")


class _Parser(argparse.ArgumentParser):
    """argparse's own messages quote what was typed ("unrecognized arguments: …"): printed with control
    characters shown, as every text the program prints (``cli.output``). The subcommands' parsers are of
    this class too."""

    def _print_message(self, message: str, file=None) -> None:
        if message:
            stream = file or sys.stderr
            with contextlib.suppress(AttributeError, OSError):  # as argparse: no stream (pythonw), or closed
                stream.write(printable(visible(message, lines=True), stream))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="verktoykasse",
        description="Verktøykassa – inclusive hiring for small businesses. Without a command, "
        "the program's window opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for the database, backups and settings "
        "(default: the user's data folder, or $VERKTOYKASSE_DATA_DIR)",
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="a shared database on a PostgreSQL server, e.g. postgresql://kari@server/verktoykasse "
        "(default: $VERKTOYKASSE_DATABASE_URL, the settings, or the local file); the password comes "
        "from the system's keyring, PGPASSWORD or .pgpass, or is asked for",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"verktoykasse.cli.{name}").register(sub)
    return parser


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments when they only open the window (nothing, ``--data-dir DIR``, ``--database-url URL``),
    else None.

    Read without importing any command module, so a double-click starts the window at once; anything
    else (a command, --help, --version, a mistake) goes to the full parser, which explains errors.
    """
    if not argv:  # a double-click or the menu: no parser at all (building one costs ≈4 ms)
        return argparse.Namespace(data_dir=None, database_url=None)
    front = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    front.add_argument("--data-dir")
    front.add_argument("--database-url")
    try:
        args, rest = front.parse_known_args(list(argv))
    except (argparse.ArgumentError, SystemExit):
        return None
    return None if rest else args


def use_utf8_output() -> None:
    """Print UTF-8 whatever the system's code page, however the program was installed.

    On Windows output redirected to a file or a pipe (``verktoykasse plans > plans.txt``) is otherwise
    cp1252, and a plan called “Sámi čđŋ” or an arrow → in a message ends the command with a
    UnicodeEncodeError. A console already speaks UTF-16 to Python, and a windowed program has no streams
    at all (``None``); both are left as they are.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None or (stream.encoding or "").lower().replace("-", "") == "utf8":
            continue
        with contextlib.suppress(ValueError, OSError):
            reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    use_utf8_output()
    window = window_arguments(sys.argv[1:] if argv is None else argv)
    if window is not None:
        import gc

        # Nothing made while starting is garbage: collecting it cost ≈5 % of the start-up. run_gui turns
        # the collector on again once the plans are listed.
        gc.disable()
        from verktoykasse.ui.app import run_gui

        return run_gui(window.data_dir, window.database_url)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from verktoykasse.ui.app import run_gui

        return run_gui(args.data_dir, args.database_url)
    return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from verktoykasse.context import AppContext
    from verktoykasse.i18n import install_translators, resolve_language
    from verktoykasse.logs import setup_logging
    from verktoykasse.paths import asked_data_dir, resolve_data_dir
    from verktoykasse.storage.db import DatabaseError, NewerDatabaseError
    from verktoykasse.storage.health import REPLACEABLE, UnusableDatabase
    from verktoykasse.storage.server import ServerError

    folder = None
    try:
        folder = resolve_data_dir(args.data_dir)
        context = AppContext.create(folder, args.database_url)
    except OSError as exc:
        from verktoykasse.storage.health import data_folder_message

        # Finding the folder can fail too (0.1.0's roaming data cannot be moved): then the one asked for.
        named = folder if folder is not None else asked_data_dir(args.data_dir)
        app = QCoreApplication.instance() or QCoreApplication(["verktoykasse"])
        translators = install_translators(app, resolve_language())  # no settings: the system's language
        complain(data_folder_message(named, exc))
        for translator in translators:
            app.removeTranslator(translator)
        return 1
    setup_logging(context.paths.root)
    app = QCoreApplication.instance() or QCoreApplication(["verktoykasse"])
    translators = install_translators(app, resolve_language(context.settings.language))
    try:
        if context.database_url:
            open_server_asking(context)
        code = int(args.run(args, context) or 0)
        sys.stdout.flush()  # a reader that stopped early (| head) shows here, inside this try
        return code
    except UserError as exc:
        complain(str(exc))
        return exc.exit_code
    except UnusableDatabase as exc:  # damaged, newer, locked, read-only: the file is left untouched
        complain(str(exc))
        if exc.problem in REPLACEABLE:  # what to do: the window offers the way out, and where backups are
            advice = QCoreApplication.translate(
                "Cli",
                "Start the program's window (verktoykasse without a command): it offers to restore a "
                "backup or to start afresh, and keeps the damaged file aside. The backups are in {folder}.",
            )
            complain(advice.format(folder=context.paths.backups))
        return 1
    except ServerError as exc:  # wrong host, server down, wrong password …: said plainly, no traceback
        complain(str(exc))
        return 1
    except NewerDatabaseError:
        complain(
            QCoreApplication.translate(
                "Cli", "the database was written by a newer version of the program; please upgrade."
            )
        )
        return 1
    except DatabaseError as exc:
        message = QCoreApplication.translate("Cli", "the database cannot be opened: {reason}")
        complain(message.format(reason=exc))
        return 1
    except OSError as exc:
        if not reader_went_away(exc):
            return unexpected_failure(exc, args.command, context)
        # `verktoykasse catalogue | head` (or `| more` on Windows): the reader has what it wanted.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 0
    except Exception as exc:
        from verktoykasse.storage.health import damage_in, damage_message

        damage = damage_in(exc)
        if damage is not None:  # found while working: the command stops, nothing more is written
            log.error("command %s found damage: %s", args.command, exc)
            complain(damage_message(damage, context.paths))
            return 1
        editing = sys.modules.get("verktoykasse.storage.editing")  # loaded if it raised its refusal
        if editing is not None and isinstance(exc, editing.TextTooLong):  # bad input: nothing was written
            log.warning("command %s refused a text: %s", args.command, exc)
            complain(exc.message)
            return 1
        return unexpected_failure(exc, args.command, context)
    finally:
        for warning in context.warnings:
            complain(warning)
        for translator in translators:
            app.removeTranslator(translator)
        context.close()


def open_server_asking(context: AppContext, tries: int = 3) -> None:
    """Open the shared database; at a terminal, ask for the password the server wants (not echoed, kept
    for this run only). Without a terminal (a script, a scheduled task) the error is the answer."""
    import getpass

    from PySide6.QtCore import QCoreApplication

    from verktoykasse.storage.server import ServerError

    for attempt in range(tries):
        try:
            context.database  # noqa: B018 - opening is the point
            return
        except ServerError as exc:
            if not exc.needs_password or attempt == tries - 1 or not (sys.stdin and sys.stdin.isatty()):
                raise
            if context.password is not None:
                complain(str(exc))
            prompt = QCoreApplication.translate("Cli", "Password for the shared database: ")
            context.password = getpass.getpass(prompt)


def reader_went_away(exc: OSError) -> bool:
    """Did the program reading our output close the pipe? ``BrokenPipeError`` on POSIX; on Windows
    writing to a closed pipe raises ``OSError`` EINVAL, which other mistakes raise too, so there it
    counts only when standard output itself still cannot be flushed."""
    if isinstance(exc, BrokenPipeError):
        return True
    if exc.errno != errno.EINVAL or sys.stdout is None:
        return False
    try:
        sys.stdout.flush()
    except OSError:
        return True
    return False


def unexpected_failure(exc: BaseException, command: str, context: AppContext) -> int:
    """Anything unforeseen: the details go to the log, the user gets one line that says where."""
    from PySide6.QtCore import QCoreApplication

    log.error("command %s failed", command, exc_info=exc)
    message = QCoreApplication.translate("Cli", "something went wrong ({error}). Details are in {log}.")
    details = context.paths.root / "verktoykasse.log"
    complain(message.format(error=type(exc).__name__, log=details))
    return 70
