"""Export a whole plan to a JSON file and import one back, all or nothing.

The file carries its format version and the program version that wrote it. Rows that other rows refer to
get the file's own ids (``gap-1``, ``goal-1``, ``contact-1``), never database ids, and lists keep their
order (a measure's goals too: the first is the one it mainly serves), so export → import into an empty
data folder → export gives the same bytes. Catalogue entries are
referred to by their stable entry id; the user's own contacts used by measures travel along in
``contacts``.

What a plan holds, and how its lists nest, is ``domain.plan_description``: export, checks and import walk
that description, so a field described there travels without a line here.

An import reads and checks everything first — a regular file within the size limit, UTF-8, JSON, the size
of every list (``exchange.reading``), an older format brought up to today's
(``exchange.upgrades``), the JSON Schema (``exchange.schema``),
then what a schema cannot say (references between rows, real calendar dates, text SQLite can store) —
and only then writes, in one transaction. A file that fails any check raises ``PlanImportError`` with a
message for the user, and nothing in the database changes.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from verktoykasse._version import __version__
from verktoykasse.domain.lines import one_line_trimmed
from verktoykasse.domain.plan_description import (
    CONTACT,
    PLAN,
    Link,
    Table,
    editable_contact_fields,
    label_of,
)
from verktoykasse.domain.schema_words import describe_schema_error
from verktoykasse.domain.shortened import ShortenedText, row_title
from verktoykasse.exchange import fields as f
from verktoykasse.exchange.reading import PlanImportError, load_json, read_plan_bytes
from verktoykasse.exchange.schema import FORMAT_NAME, FORMAT_VERSION, plan_schema
from verktoykasse.exchange.upgrades import upgrade
from verktoykasse.files import describe_write_error, write_atomically
from verktoykasse.storage import models
from verktoykasse.storage.models import Contact, Plan

if TYPE_CHECKING:
    from verktoykasse.paths import DataPaths

# A contact in a file is the same as one in the database when everything the user edits is the same.
CONTACT_MATCH = tuple(field.name for field in editable_contact_fields())
# What a check says when a reference points at nothing, by what it should point at.
MISSING_TARGET = {
    "gap": QT_TRANSLATE_NOOP("PlanFile", "refers to a gap area that is not in the file"),
    "goal": QT_TRANSLATE_NOOP("PlanFile", "refers to a goal that is not in the file"),
    "contact": QT_TRANSLATE_NOOP("PlanFile", "refers to a contact that is not in the file"),
}
MISSING_ANYTHING = QT_TRANSLATE_NOOP("PlanFile", "refers to something that is not in the file")


class PlanExportError(OSError):
    """A plan file that could not be written (disk full, no permission); ``str()`` is for the user.

    An ``OSError`` (with the message as ``strerror``), so callers that handle write errors handle it.
    """

    def __init__(self, message: str, code: int = 0) -> None:
        super().__init__(code, message)
        self.message = message

    def __str__(self) -> str:
        return self.message


# -- export ---------------------------------------------------------------------------------------------
def _ordered(table: Table, rows: Iterable[Any]) -> list[Any]:
    """A list in its order: the user's (``position``) or the table's (a measurement's date).

    The row id breaks ties.
    """
    return sorted(rows, key=lambda r: (*(getattr(r, name) for name in table.order), r.id))


def _values(table: Table, row: Any) -> dict[str, Any]:
    return {field.name: f.to_file(field, getattr(row, field.name)) for field in table.exported()}


# The fields that name a row in a message about it, the first one filled in.
_TITLES = ("title", "name", "text", "label", "level", "who", "description")

# Where a row of a document is: the rows above it and itself, each as (its table, the row, its number).
Where = tuple[tuple[Table, dict[str, Any], int], ...]


def fit_document(document: dict[str, Any]) -> list[ShortenedText]:
    """Cut every text of ``document`` longer than a plan file holds in its field (``fields.fitted``: a
    database from 0.1.0 had no limit) and name each one cut, in plain words. The last step of making a
    document, after anonymising (which may lengthen a text: a name becomes "Person 1"), so what is
    written always imports again."""
    shortened: list[ShortenedText] = []
    for number, contact in enumerate(document[CONTACT.key], start=1):
        _fit_row(CONTACT, contact, ((CONTACT, contact, number),), shortened)
    _fit_row(PLAN, document["plan"], (), shortened)
    return shortened


def _fit_row(table: Table, row: dict[str, Any], where: Where, shortened: list[ShortenedText]) -> None:
    for field in table.exported():
        value = row.get(field.name)
        kept = f.fitted(field, value)
        if kept is not value:
            row[field.name] = kept
            shortened.append(ShortenedText(_place(where, field), len(value), len(kept)))
    for child in table.children:
        if child.one_link:
            continue
        for number, item in enumerate(row.get(child.key, ()), start=1):
            _fit_row(child, item, (*where, (child, item, number)), shortened)


def _place(where: Where, field: Any) -> str:
    """Where a field is, in plain words: "Measures “Mentorordning” → Description", "Labour need"."""
    parts = [_row_place(*place) for place in where]
    return " → ".join([*parts, label_of(field) if field.label else field.name])


def _row_place(table: Table, row: dict[str, Any], number: int) -> str:
    """A row in plain words: its list and its title ("Measures “Mentorordning”"), else its number."""
    for name in _TITLES:
        if name in table.by_name and str(row.get(name) or "").strip():
            return f"{label_of(table)} “{row_title(row[name])}”"
    return f"{label_of(table)} {number}"


class _Ids:
    """The file ids of the rows that other rows refer to (``gap-1``, ``goal-2``, ``contact-1``).

    Rows of the plan's own lists are numbered in their lists' order before anything is written; a contact
    is numbered, and written to ``contacts``, when a measure first uses it.
    """

    def __init__(self) -> None:
        self.ids: dict[tuple[str, int], str] = {}
        self.given: Counter[str] = Counter()
        self.contacts: list[dict[str, Any]] = []

    def number(self, table: Table, row: Any) -> None:
        for child in table.children:
            for item in _ordered(child, getattr(row, child.attribute)):
                if child.ref:
                    self.give(child.ref, item)
                self.number(child, item)

    def give(self, prefix: str, row: Any) -> str:
        key = (prefix, row.id)
        if key not in self.ids:
            self.given[prefix] += 1
            self.ids[key] = f"{prefix}-{self.given[prefix]}"
        return self.ids[key]

    def of(self, link: Link, target: Any) -> str | None:
        if link.to == "catalogue" or target is None:
            return target or None
        if link.to == CONTACT.ref and (CONTACT.ref, target.id) not in self.ids:
            self.contacts.append(_row_document(CONTACT, target, self))
        return self.ids.get((link.to, target.id))


def _row_document(table: Table, row: Any, ids: _Ids) -> dict[str, Any] | None:
    """One row as JSON: its id, links, fields, then its lists (None: a resource that is nothing)."""
    if table.one_link:
        for link in table.links:
            value = ids.of(link, getattr(row, link.attribute))
            if value is not None:
                return {link.key: value}
        return None
    document: dict[str, Any] = {}
    if table.ref:
        document["id"] = ids.give(table.ref, row)
    for link in table.links:
        if not link.many:
            document[link.key] = ids.of(link, getattr(row, link.attribute))
    document.update(_values(table, row))
    for link in table.links:
        if link.many:  # in the row's own order: a measure's goals as the user ordered them
            document[link.key] = [ids.of(link, target) for target in getattr(row, link.attribute)]
    for child in table.children:
        items = (_row_document(child, item, ids) for item in _ordered(child, getattr(row, child.attribute)))
        document[child.key] = [item for item in items if item is not None]
    return document


def plan_document(
    plan: Plan, anonymised: bool = False, *, shortened: list[ShortenedText] | None = None
) -> dict[str, Any]:
    """The plan as a JSON-ready dict (see the module docstring for the rules).

    A text longer than a plan file holds (stored by 0.1.0, which had no limit) is cut to what the file
    holds, so the file always imports again; each one cut is added to ``shortened`` (where it is, in
    plain words, for ``domain.shortened.plan_file_note``). The database keeps the whole text.

    ``anonymised``: for an adviser; every equality figure the privacy guard hides (``domain.arp_figures``,
    ``anonymised_values``) is left out (``null``), persons' names become placeholders and notes about
    people are left out (``exchange.anonymise``), and the file says ``"anonymised": true``.
    """
    ids = _Ids()
    ids.number(PLAN, plan)
    document = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "program_version": __version__,
        "anonymised": anonymised,
        "plan": _row_document(PLAN, plan, ids),
        CONTACT.key: ids.contacts,
    }
    if anonymised:
        from verktoykasse.domain.arp_figures import anonymised_values

        for year in document["plan"]["arp_years"]:
            values = anonymised_values(year, plan.privacy_threshold)
            for level, public in zip(year["pay_levels"], values.pop("pay_levels"), strict=True):
                level.update(public)
            year.update(values)
        from verktoykasse.exchange.anonymise import anonymise

        anonymise(document)
    cut = fit_document(document)
    if shortened is not None:
        shortened.extend(cut)
    return document


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def export_plan_file(
    session: Session,
    plan: Plan,
    path: Path | str,
    *,
    anonymised: bool = False,
    shortened: list[ShortenedText] | None = None,
) -> Path:
    """Write ``plan`` to ``path`` as JSON, through a temporary file renamed into place when complete
    (``anonymised``: small equality figures left out, see ``plan_document``). A text longer than the file
    holds is written shortened and added to ``shortened`` (``plan_document``).

    Raises ``PlanExportError`` with a message for the user when the file cannot be written.
    """
    path = Path(path)
    text = dumps(plan_document(plan, anonymised, shortened=shortened))
    try:
        return write_atomically(path, text.encode("utf-8"))
    except OSError as exc:
        raise PlanExportError(describe_write_error(exc, path), exc.errno or 0) from exc


# -- import: reading and checking -------------------------------------------------------------------------
def read_plan_file(path: Path | str) -> dict[str, Any]:
    """Read and fully check a plan file; returns the document, or raises ``PlanImportError``."""
    return parse_plan_bytes(read_plan_bytes(path))


def parse_plan_bytes(raw: bytes) -> dict[str, Any]:
    not_plan = QCoreApplication.translate(
        "PlanFile", "This file is not a Verktøykassa plan file (or it is incomplete or damaged)."
    )
    document = load_json(raw)
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise PlanImportError(not_plan)
    version = document.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise PlanImportError(
            QCoreApplication.translate(
                "PlanFile",
                "This plan file was made by a newer version of Verktøykassa ({version}). Install that "
                "version or a newer one to import it.",
            ).format(version=one_line_trimmed(str(document.get("program_version", "?")))[:40])
        )
    upgrade(document)
    _validate_schema(document)
    _check_content(document)
    return document


def _validate_schema(document: dict[str, Any]) -> None:
    import jsonschema

    validator = jsonschema.Draft202012Validator(plan_schema())
    try:
        # The best of the first errors: a file with thousands of wrong rows is not walked to its end.
        error = jsonschema.exceptions.best_match(itertools.islice(validator.iter_errors(document), 50))
    except RecursionError as exc:
        raise PlanImportError(
            QCoreApplication.translate("PlanFile", "This file is not a Verktøykassa plan file.")
        ) from exc
    if error is not None:
        where = " → ".join(str(part) for part in error.absolute_path) or "—"
        problem = describe_schema_error(error)
        raise PlanImportError(
            QCoreApplication.translate(
                "PlanFile", "The plan file has wrong content at {where}: {problem}. Nothing was imported."
            ).format(where=where, problem=problem)
        )


def _bad(where: str, problem: str) -> PlanImportError:
    return PlanImportError(
        QCoreApplication.translate(
            "PlanFile", "The plan file has wrong content at {where}: {problem}. Nothing was imported."
        ).format(where=where, problem=problem)
    )


def _check_values(row: dict[str, Any], table: Table, where: str) -> None:
    for field in table.exported():
        problem = f.content_problem(field, row[field.name])
        if problem == "characters":
            raise _bad(
                f"{where} → {field.name}",
                QCoreApplication.translate("PlanFile", "text with invalid characters"),
            )
        if problem == "date":
            raise _bad(f"{where} → {field.name}", QCoreApplication.translate("PlanFile", "not a real date"))
        if problem == "blank":
            raise _bad(f"{where} → {field.name}", QCoreApplication.translate("PlanFile", "the name is empty"))


def _check_list(table: Table, rows: list[dict[str, Any]], where: str, known: dict[str, set[str]]) -> None:
    if table.ref:
        ids = [row["id"] for row in rows]
        if len(set(ids)) != len(ids):
            raise _bad(where, QCoreApplication.translate("PlanFile", "the same id is used twice"))
        known[table.ref] = set(ids)
    if table.one_link and len({tuple(sorted(row.items())) for row in rows}) != len(rows):
        raise _bad(
            where, QCoreApplication.translate("PlanFile", "the same scheme or contact is listed twice")
        )
    for i, row in enumerate(rows):
        _check_row(table, row, f"{where} → {i}", known)


def _check_row(table: Table, row: dict[str, Any], where: str, known: dict[str, set[str]]) -> None:
    _check_values(row, table, where)
    for link in table.links:
        if link.to == "catalogue" or row.get(link.key) is None:
            continue
        targets = row[link.key] if link.many else [row[link.key]]
        if any(target not in known.get(link.to, ()) for target in targets):
            problem = QCoreApplication.translate("PlanFile", MISSING_TARGET.get(link.to, MISSING_ANYTHING))
            raise _bad(f"{where} → {link.key}", problem)
    for child in table.children:
        _check_list(child, row[child.key], f"{where} → {child.key}", known)


def _check_content(document: dict[str, Any]) -> None:
    """What the schema cannot say: unique ids, references that exist, real dates, storable text.

    Lists are checked in the description's order, so a list's ids are known before a later list refers
    to them (gaps before goals before measures); the contacts come first.
    """
    known: dict[str, set[str]] = {}
    _check_list(CONTACT, document[CONTACT.key], CONTACT.key, known)
    _check_row(PLAN, document["plan"], "plan", known)


# -- import: writing ----------------------------------------------------------------------------------------
def _columns(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    return {field.name: f.from_file(field, row[field.name]) for field in table.exported()}


def _unique_plan_name(session: Session, name: str) -> str:
    taken = {n.casefold() for n in session.scalars(select(Plan.name))}
    if name.casefold() not in taken:
        return name
    number = 2
    while True:
        suffix = f" ({number})"
        candidate = name[: f.MAX_NAME - len(suffix)] + suffix
        if candidate.casefold() not in taken:
            return candidate
        number += 1


def _find_or_make_contact(session: Session, values: dict[str, Any]) -> Contact:
    wanted = tuple(values[k] for k in CONTACT_MATCH)
    for contact in session.scalars(select(Contact).where(Contact.name == values["name"])):
        if tuple(getattr(contact, k) for k in CONTACT_MATCH) == wanted:
            return contact
    contact = Contact(**values)
    session.add(contact)
    return contact


def _build_row(
    table: Table,
    data: dict[str, Any],
    position: int,
    refs: dict[str, Any],
    later: list[tuple[Any, Link, list[str]]],
) -> Any:
    """A new row (and its lists) from checked JSON; lists of links are set ``later``, once all rows exist."""
    row = getattr(models, table.model)(**_columns(table, data))
    if table.positioned:
        row.position = position
    for link in table.links:
        if link.many:
            later.append((row, link, data[link.key]))
        elif data.get(link.key) is not None:
            value = data[link.key]
            setattr(row, link.attribute, value if link.to == "catalogue" else refs[value])
    if table.ref:
        refs[data["id"]] = row
    for child in table.children:
        items = [_build_row(child, item, i, refs, later) for i, item in enumerate(data[child.key])]
        setattr(row, child.attribute, items)
    return row


def build_plan(session: Session, document: dict[str, Any], *, example: bool = False) -> Plan:
    """Turn a checked document into new rows in ``session`` (not committed).

    An imported plan whose name is taken gets a number (``Plan (2)``). The ``example`` plan keeps its
    name, is marked as the example and is new today, as if the user had just added it.
    """
    refs: dict[str, Any] = {
        c["id"]: _find_or_make_contact(session, _columns(CONTACT, c)) for c in document[CONTACT.key]
    }
    later: list[tuple[Any, Link, list[str]]] = []
    plan = _build_row(PLAN, document["plan"], 0, refs, later)
    if example:
        plan.is_example = True
        plan.created_at = plan.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    else:
        plan.name = _unique_plan_name(session, one_line_trimmed(plan.name))
    session.add(plan)
    for row, link, targets in later:
        setattr(row, link.attribute, [refs[target] for target in targets])
    return plan


def import_plan_file(session: Session, path: Path | str, *, paths: DataPaths | None = None) -> Plan:
    """Import the plan in ``path`` as a new plan, all or nothing; raises ``PlanImportError``."""
    document = read_plan_file(path)
    return import_plan_document(session, document, paths=paths)


def _refuse_damaged(paths: DataPaths) -> None:
    """An import writes a whole plan: first the full check, so a damaged database is never written to,
    also when it is too large to be checked in full at every start."""
    from verktoykasse.storage.health import DAMAGE, UnusableDatabase, check_database, damage_message

    report = check_database(paths.database, thorough=True)
    if report.problem in DAMAGE:
        found = UnusableDatabase(report.problem, damage_message(report.problem, paths), report.detail)
        raise PlanImportError(
            QCoreApplication.translate("PlanFile", "The plan could not be saved. Nothing was imported.")
            + " "
            + str(found)
        ) from found  # the window sees the damage in the cause and offers the recovery (health.damage_in)


def import_plan_document(
    session: Session, document: dict[str, Any], *, paths: DataPaths | None = None, example: bool = False
) -> Plan:
    """Save a checked document as a new plan, all or nothing; raises ``PlanImportError``.

    ``paths`` is the data folder the session's database is in: given, a full disk or a read-only folder
    is explained with what the user can do about it.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from verktoykasse.storage.plans import begin_writing

    if paths is not None:
        _refuse_damaged(paths)
    try:
        begin_writing(session)  # the free name is chosen and taken in one transaction
        plan = build_plan(session, document, example=example)
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        from verktoykasse.storage.health import (
            DAMAGE,
            StorageProblem,
            classify_error,
            damage_message,
            problem_message,
        )

        cause = getattr(exc, "orig", exc)
        problem = classify_error(cause)
        known = (StorageProblem.DISK_FULL, StorageProblem.READ_ONLY, StorageProblem.LOCKED, *DAMAGE)
        if paths is not None and problem in known:
            why = damage_message(problem, paths) if problem in DAMAGE else problem_message(problem, paths)
            raise PlanImportError(
                QCoreApplication.translate("PlanFile", "The plan could not be saved. Nothing was imported.")
                + " "
                + why
            ) from exc
        import logging

        # The database's own words ("disk I/O error", a server's message) are for whoever helps: the log.
        logging.getLogger("verktoykasse.exchange").error("the imported plan could not be saved: %s", cause)
        raise PlanImportError(
            QCoreApplication.translate(
                "PlanFile",
                "The plan could not be saved; the details are in the log file. Nothing was imported.",
            )
        ) from exc
    except BaseException:
        session.rollback()
        raise
    return plan
