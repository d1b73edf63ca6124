"""``verktoykasse check``: is everything the program ships present, and does it load?

Support asks a user to run this when the program misbehaves after an install; CI runs it against the
built bundle, where a data file the spec forgot shows up as a failed line and a non-zero exit code.
It touches nothing in the user's data folder: the migrations run against a throw-away database.

Each check prints one line, ``ok``, ``FAIL`` or ``skip`` with what was looked at. A part that does not
exist in this build (the catalogue package, compiled translations before the translation work lands) is a
``skip``; ``--strict`` turns those into failures, for a release build that must have everything.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from verktoykasse._version import __version__
from verktoykasse.context import AppContext
from verktoykasse.reports.styles import FONT_FILES
from verktoykasse.resources import resource_path, resources_root

FONTS = tuple(FONT_FILES.values())  # DejaVu Sans, and Noto Emoji and Symbols for what it lacks
ICON = "verktoykasse.png"
# A string the main window always shows, with the context lupdate files it under.
KNOWN_STRING = ("MainWindow", "&File")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class CheckFailed(Exception):
    """A shipped part is missing or does not load; the message says which and why."""


class Skipped(Exception):
    """The part is not in this build at all (not an error unless ``--strict``)."""


@dataclass
class Result:
    status: str  # "ok", "FAIL" or "skip"
    name: str
    detail: str


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "check", help="check that every file the program ships is present and loads (for support)"
    )
    parser.add_argument(
        "--strict", action="store_true", help="count parts missing from this build as failures"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: AppContext) -> int:
    from verktoykasse.cli.output import say

    frozen = getattr(sys, "frozen", False)
    say(
        QCoreApplication.translate("Check", "Verktøykassa {version} ({kind})").format(
            version=__version__,
            kind=QCoreApplication.translate("Check", "installed program")
            if frozen
            else QCoreApplication.translate("Check", "from source"),
        )
    )
    try:
        root = str(resources_root())
    except FileNotFoundError as exc:
        root = str(exc)
    say(QCoreApplication.translate("Check", "Shipped files: {folder}").format(folder=root))
    say(QCoreApplication.translate("Check", "Data folder: {folder}").format(folder=context.paths.root))

    checks: list[tuple[str, Callable[[], str]]] = [
        (QCoreApplication.translate("Check", "database migrations"), check_migrations),
        (QCoreApplication.translate("Check", "fonts"), check_fonts),
        (QCoreApplication.translate("Check", "translations"), check_translations),
        (QCoreApplication.translate("Check", "catalogue"), check_catalogue),
        (QCoreApplication.translate("Check", "example plan"), check_example_plan),
        (QCoreApplication.translate("Check", "icon"), check_icon),
    ]
    results = [_attempt(name, check) for name, check in checks]
    for result in results:
        say(f"  {result.status:<4}  {result.name}: {result.detail}")
    failed = [r for r in results if r.status == "FAIL" or (args.strict and r.status == "skip")]
    if failed:
        say(
            QCoreApplication.translate(
                "Check", "%n check(s) failed. Reinstalling the program usually helps.", "", len(failed)
            )
        )
        return 1
    say(QCoreApplication.translate("Check", "Everything the program needs is in place."))
    return 0


def _attempt(name: str, check: Callable[[], str]) -> Result:
    try:
        return Result("ok", name, check())
    except Skipped as exc:
        return Result("skip", name, str(exc))
    except CheckFailed as exc:
        return Result("FAIL", name, str(exc))
    except Exception as exc:  # a broken part must become a report line, never a traceback
        return Result("FAIL", name, f"{type(exc).__name__}: {exc}")


def _require_file(path: Path) -> Path:
    if not path.is_file():
        raise CheckFailed(QCoreApplication.translate("Check", "missing: {path}").format(path=path))
    return path


def check_migrations() -> str:
    """Upgrade a throw-away database to the newest schema: Alembic loads env.py and versions by path."""
    from verktoykasse.storage.db import HEAD_REVISION, MIGRATIONS_DIR, open_database, stored_revision

    _require_file(MIGRATIONS_DIR / "env.py")
    versions = sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("*.py"))
    if not versions:
        raise CheckFailed(
            QCoreApplication.translate("Check", "no migrations in {path}").format(path=MIGRATIONS_DIR)
        )
    with tempfile.TemporaryDirectory(prefix="verktoykasse-check-") as folder:
        path = Path(folder) / "check.sqlite3"
        database = open_database(path)
        database.close()
        revision = stored_revision(path)
    if revision != HEAD_REVISION:
        raise CheckFailed(
            QCoreApplication.translate("Check", "upgrade stopped at {found}, expected {head}").format(
                found=revision, head=HEAD_REVISION
            )
        )
    return QCoreApplication.translate(
        "Check", "%n migration(s) upgrade a new database to {head}", "", len(versions)
    ).format(head=HEAD_REVISION)


def check_fonts() -> str:
    """The PDF needs these fonts for æøå and Sámi letters; reportlab must be able to read them."""
    from reportlab.pdfbase.ttfonts import TTFont

    for name in FONTS:
        TTFont(f"VerktoykasseCheck-{name}", str(_require_file(resource_path("fonts", name))))
    return QCoreApplication.translate("Check", "{names} load in reportlab").format(names=", ".join(FONTS))


def check_translations() -> str:
    """The bokmål catalogue loads and translates a string the window always shows."""
    folder = resource_path("i18n")
    compiled = sorted(folder.glob("*.qm")) if folder.is_dir() else []
    if not compiled:
        raise Skipped(
            QCoreApplication.translate("Check", "this build ships no compiled translations ({path})").format(
                path=folder
            )
        )
    qm = _require_file(folder / "verktoykasse_nb.qm")
    translator = QTranslator()
    if not translator.load(str(qm)) or translator.isEmpty():
        raise CheckFailed(QCoreApplication.translate("Check", "cannot load {path}").format(path=qm))
    context, source = KNOWN_STRING
    translated = translator.translate(context, source)
    if not translated or translated == source:
        raise CheckFailed(
            QCoreApplication.translate("Check", "{path} does not translate “{text}”").format(
                path=qm.name, text=source
            )
        )
    return QCoreApplication.translate("Check", "{files} load; bokmål: “{source}” → “{translated}”").format(
        files=", ".join(p.name for p in compiled), source=source, translated=translated
    )


def check_catalogue() -> str:
    """The built-in catalogue of support schemes loads and validates (once that package exists): the
    program itself reads the shipped file without the schema check (``catalogue.loader``)."""
    if importlib.util.find_spec("verktoykasse.catalogue") is None:
        raise Skipped(QCoreApplication.translate("Check", "the catalogue is not part of this build"))
    from verktoykasse.catalogue import load_catalogue  # type: ignore[attr-defined]
    from verktoykasse.catalogue.loader import check_shipped_catalogue

    check_shipped_catalogue()
    catalogue = load_catalogue()
    entries = list(catalogue.entries)
    if not entries:
        raise CheckFailed(QCoreApplication.translate("Check", "the catalogue has no entries"))
    if catalogue.get("nav-arbeidstrening") is None:
        raise CheckFailed(QCoreApplication.translate("Check", "the entry nav-arbeidstrening is missing"))
    return QCoreApplication.translate("Check", "{count} entries, edition {edition}").format(
        count=len(entries), edition=catalogue.edition
    )


def check_example_plan() -> str:
    """The example plan is a shipped plan file: it must be there and pass every check of an import."""
    from verktoykasse.exchange.example_plan import EXAMPLE_FILE, example_document
    from verktoykasse.exchange.plan_json import PlanImportError

    _require_file(resource_path(*EXAMPLE_FILE))
    try:
        document = example_document()
    except PlanImportError as exc:
        raise CheckFailed(str(exc)) from exc
    return QCoreApplication.translate("Check", "“{name}” is a complete plan file (format {version})").format(
        name=document["plan"]["name"], version=document["format_version"]
    )


def check_icon() -> str:
    path = _require_file(resource_path("icons", ICON))
    if not path.read_bytes().startswith(PNG_SIGNATURE):
        raise CheckFailed(QCoreApplication.translate("Check", "{path} is not a PNG image").format(path=path))
    return path.name
