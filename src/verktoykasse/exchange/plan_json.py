"""Export a whole plan to a JSON file and import one back, all or nothing.

The file carries its format version and the program version that wrote it. Rows that other rows refer to
get the file's own ids (``gap-1``, ``goal-1``, ``contact-1``), never database ids, and lists keep their
order, so export → import into an empty data folder → export gives the same bytes. Catalogue entries are
referred to by their stable entry id; the user's own contacts used by measures travel along in
``contacts``.

An import reads and checks everything first — a regular file within the size limit, UTF-8, JSON, the size
of every list (``exchange.reading``), the JSON Schema (``exchange.schema``),
then what a schema cannot say (references between rows, real calendar dates, text SQLite can store) —
and only then writes, in one transaction. A file that fails any check raises ``PlanImportError`` with a
message for the user, and nothing in the database changes.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from verktoykasse._version import __version__
from verktoykasse.domain.lines import one_line_trimmed
from verktoykasse.exchange import fields as f
from verktoykasse.exchange.reading import PlanImportError, describe_schema_error, load_json, read_plan_bytes
from verktoykasse.exchange.schema import FORMAT_NAME, FORMAT_VERSION, plan_schema
from verktoykasse.files import describe_write_error, write_atomically
from verktoykasse.storage.models import (
    Contact,
    GapArea,
    Goal,
    Kpi,
    Lesson,
    Measure,
    Measurement,
    MeasureResource,
    Milestone,
    Need,
    Participant,
    Plan,
    Strength,
)

CONTACT_MATCH = ("name", "kind", "organisation", "role", "phone", "email", "url", "note", "areas")


class PlanExportError(OSError):
    """A plan file that could not be written (disk full, no permission); ``str()`` is for the user.

    An ``OSError`` (with the message as ``strerror``), so callers that handle write errors handle it.
    """

    def __init__(self, message: str, code: int = 0) -> None:
        super().__init__(code, message)
        self.message = message

    def __str__(self) -> str:
        return self.message


def _t(text: str) -> str:
    return QCoreApplication.translate("PlanFile", text)


# -- export ---------------------------------------------------------------------------------------------
def _value(kind: str, value: Any) -> Any:
    if kind in ("date", "date?", "datetime"):
        return None if value is None else value.isoformat()
    if kind in ("number", "number?"):
        if value is None or not math.isfinite(value):
            return None if kind == "number?" else 0.0
        return float(value)
    if kind == "bool":
        return bool(value)
    if kind in ("count?", "score?"):
        return None if value is None else int(value)
    return value if value is not None else ""


def _fields(obj: Any, spec: dict[str, tuple]) -> dict[str, Any]:
    return {name: _value(kind, getattr(obj, name)) for name, (kind, _extra) in spec.items()}


def _ordered(rows: list[Any]) -> list[Any]:
    return sorted(rows, key=lambda r: (r.position, r.id))


def plan_document(plan: Plan) -> dict[str, Any]:
    """The plan as a JSON-ready dict (see the module docstring for the rules)."""
    gaps = _ordered(plan.gaps)
    gap_ids = {gap.id: f"gap-{i}" for i, gap in enumerate(gaps, 1)}
    goals = _ordered(plan.goals)
    goal_ids = {goal.id: f"goal-{i}" for i, goal in enumerate(goals, 1)}
    contact_ids: dict[int, str] = {}
    contacts: list[dict[str, Any]] = []

    def contact_ref(contact: Contact) -> str:
        if contact.id not in contact_ids:
            contact_ids[contact.id] = f"contact-{len(contact_ids) + 1}"
            contacts.append({"id": contact_ids[contact.id], **_fields(contact, f.CONTACT_FIELDS)})
        return contact_ids[contact.id]

    def kpi_doc(kpi: Kpi) -> dict[str, Any]:
        measurements = sorted(kpi.measurements, key=lambda m: (m.measured_on, m.id))
        return {
            **_fields(kpi, f.KPI_FIELDS),
            "measurements": [_fields(m, f.MEASUREMENT_FIELDS) for m in measurements],
        }

    def measure_doc(measure: Measure) -> dict[str, Any]:
        resources = []
        for resource in sorted(measure.resources_used, key=lambda r: r.id):
            if resource.contact is not None:
                resources.append({"contact": contact_ref(resource.contact)})
            elif resource.catalogue_entry_id:
                resources.append({"catalogue_entry": resource.catalogue_entry_id})
        order = {goal.id: i for i, goal in enumerate(goals)}
        return {
            **_fields(measure, f.MEASURE_FIELDS),
            "goals": [goal_ids[g.id] for g in sorted(measure.goals, key=lambda g: order.get(g.id, 0))],
            "milestones": [_fields(m, f.MILESTONE_FIELDS) for m in _ordered(measure.milestones)],
            "resources": resources,
        }

    plan_doc = {
        **_fields(plan, f.PLAN_FIELDS),
        "participants": [_fields(r, f.PARTICIPANT_FIELDS) for r in _ordered(plan.participants)],
        "needs": [_fields(r, f.NEED_FIELDS) for r in _ordered(plan.needs)],
        "gaps": [{"id": gap_ids[g.id], **_fields(g, f.GAP_FIELDS)} for g in gaps],
        "strengths": [_fields(r, f.STRENGTH_FIELDS) for r in _ordered(plan.strengths)],
        "goals": [
            {
                "id": goal_ids[g.id],
                "gap": gap_ids.get(g.gap_id) if g.gap_id is not None else None,
                **_fields(g, f.GOAL_FIELDS),
                "kpis": [kpi_doc(k) for k in _ordered(g.kpis)],
            }
            for g in goals
        ],
        "measures": [measure_doc(m) for m in _ordered(plan.measures)],
        "lessons": [_fields(r, f.LESSON_FIELDS) for r in _ordered(plan.lessons)],
    }
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "program_version": __version__,
        "plan": plan_doc,
        "contacts": contacts,
    }


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def export_plan_file(session: Session, plan: Plan, path: Path | str) -> Path:
    """Write ``plan`` to ``path`` as JSON, through a temporary file renamed into place when complete.

    Raises ``PlanExportError`` with a message for the user when the file cannot be written.
    """
    path = Path(path)
    text = dumps(plan_document(plan))
    try:
        return write_atomically(path, text.encode("utf-8"))
    except OSError as exc:
        raise PlanExportError(describe_write_error(exc, path), exc.errno or 0) from exc


# -- import: reading and checking -------------------------------------------------------------------------
def read_plan_file(path: Path | str) -> dict[str, Any]:
    """Read and fully check a plan file; returns the document, or raises ``PlanImportError``."""
    return parse_plan_bytes(read_plan_bytes(path))


def parse_plan_bytes(raw: bytes) -> dict[str, Any]:
    not_plan = _t("This file is not a Verktøykassa plan file (or it is incomplete or damaged).")
    document = load_json(raw)
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise PlanImportError(not_plan)
    version = document.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise PlanImportError(
            _t(
                "This plan file was made by a newer version of Verktøykassa ({version}). Install that "
                "version or a newer one to import it."
            ).format(version=one_line_trimmed(str(document.get("program_version", "?")))[:40])
        )
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
        raise PlanImportError(_t("This file is not a Verktøykassa plan file.")) from exc
    if error is not None:
        where = " → ".join(str(part) for part in error.absolute_path) or "—"
        problem = describe_schema_error(error)
        raise PlanImportError(
            _t("The plan file has wrong content at {where}: {problem}. Nothing was imported.").format(
                where=where, problem=problem
            )
        )


def _bad(where: str, problem: str) -> PlanImportError:
    return PlanImportError(
        _t("The plan file has wrong content at {where}: {problem}. Nothing was imported.").format(
            where=where, problem=problem
        )
    )


def _check_values(row: dict[str, Any], spec: dict[str, tuple], where: str) -> None:
    for name, (kind, _extra) in spec.items():
        value = row[name]
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise _bad(f"{where} → {name}", _t("text with invalid characters")) from exc
        if value is None:
            continue
        try:
            if kind in ("date", "date?"):
                dt.date.fromisoformat(value)
            elif kind == "datetime":
                dt.datetime.fromisoformat(value)
        except ValueError as exc:
            raise _bad(f"{where} → {name}", _t("not a real date")) from exc
        if kind == "name" and not one_line_trimmed(value):
            raise _bad(f"{where} → {name}", _t("the name is empty"))


def _check_content(document: dict[str, Any]) -> None:
    """What the schema cannot say: unique ids, references that exist, real dates, storable text."""
    plan = document["plan"]
    _check_values(plan, f.PLAN_FIELDS, "plan")

    def unique_ids(rows: list[dict[str, Any]], where: str) -> set[str]:
        ids = [r["id"] for r in rows]
        if len(set(ids)) != len(ids):
            raise _bad(where, _t("the same id is used twice"))
        return set(ids)

    contact_ids = unique_ids(document["contacts"], "contacts")
    gap_ids = unique_ids(plan["gaps"], "plan → gaps")
    goal_ids = unique_ids(plan["goals"], "plan → goals")
    for i, contact in enumerate(document["contacts"]):
        _check_values(contact, f.CONTACT_FIELDS, f"contacts → {i}")
    simple = (
        ("participants", f.PARTICIPANT_FIELDS),
        ("needs", f.NEED_FIELDS),
        ("gaps", f.GAP_FIELDS),
        ("strengths", f.STRENGTH_FIELDS),
        ("lessons", f.LESSON_FIELDS),
    )
    for key, spec in simple:
        for i, row in enumerate(plan[key]):
            _check_values(row, spec, f"plan → {key} → {i}")
    for i, goal in enumerate(plan["goals"]):
        where = f"plan → goals → {i}"
        _check_values(goal, f.GOAL_FIELDS, where)
        if goal["gap"] is not None and goal["gap"] not in gap_ids:
            raise _bad(f"{where} → gap", _t("refers to a gap area that is not in the file"))
        for j, kpi in enumerate(goal["kpis"]):
            _check_values(kpi, f.KPI_FIELDS, f"{where} → kpis → {j}")
            for k, measurement in enumerate(kpi["measurements"]):
                _check_values(measurement, f.MEASUREMENT_FIELDS, f"{where} → kpis → {j} → measurements → {k}")
    for i, measure in enumerate(plan["measures"]):
        where = f"plan → measures → {i}"
        _check_values(measure, f.MEASURE_FIELDS, where)
        for goal_ref in measure["goals"]:
            if goal_ref not in goal_ids:
                raise _bad(f"{where} → goals", _t("refers to a goal that is not in the file"))
        for j, milestone in enumerate(measure["milestones"]):
            _check_values(milestone, f.MILESTONE_FIELDS, f"{where} → milestones → {j}")
        seen = set()
        for resource in measure["resources"]:
            key = (resource.get("catalogue_entry"), resource.get("contact"))
            if key in seen:
                raise _bad(f"{where} → resources", _t("the same scheme or contact is listed twice"))
            seen.add(key)
            if "contact" in resource and resource["contact"] not in contact_ids:
                raise _bad(f"{where} → resources", _t("refers to a contact that is not in the file"))


# -- import: writing ----------------------------------------------------------------------------------------
def _columns(spec: dict[str, tuple], row: dict[str, Any]) -> dict[str, Any]:
    values = {}
    for name, (kind, _extra) in spec.items():
        value = row[name]
        if value is not None:
            if kind in ("date", "date?"):
                value = dt.date.fromisoformat(value)
            elif kind == "datetime":
                parsed = dt.datetime.fromisoformat(value)
                if parsed.tzinfo is not None:
                    parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
                value = parsed
            elif kind in ("number", "number?"):
                value = float(value)
            elif kind in ("count?", "score?"):
                value = int(value)
        values[name] = value
    return values


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


def build_plan(session: Session, document: dict[str, Any]) -> Plan:
    """Turn a checked document into new rows in ``session`` (not committed)."""
    data = document["plan"]
    contacts = {
        c["id"]: _find_or_make_contact(session, _columns(f.CONTACT_FIELDS, c)) for c in document["contacts"]
    }
    plan = Plan(**_columns(f.PLAN_FIELDS, data))
    plan.name = _unique_plan_name(session, one_line_trimmed(plan.name))
    plan.participants = [
        Participant(position=i, **_columns(f.PARTICIPANT_FIELDS, r))
        for i, r in enumerate(data["participants"])
    ]
    plan.needs = [Need(position=i, **_columns(f.NEED_FIELDS, r)) for i, r in enumerate(data["needs"])]
    gaps = {r["id"]: GapArea(position=i, **_columns(f.GAP_FIELDS, r)) for i, r in enumerate(data["gaps"])}
    plan.gaps = list(gaps.values())
    plan.strengths = [
        Strength(position=i, **_columns(f.STRENGTH_FIELDS, r)) for i, r in enumerate(data["strengths"])
    ]
    goals: dict[str, Goal] = {}
    for i, r in enumerate(data["goals"]):
        goal = Goal(position=i, gap=gaps[r["gap"]] if r["gap"] else None, **_columns(f.GOAL_FIELDS, r))
        goal.kpis = [
            Kpi(
                position=j,
                measurements=[Measurement(**_columns(f.MEASUREMENT_FIELDS, m)) for m in k["measurements"]],
                **_columns(f.KPI_FIELDS, k),
            )
            for j, k in enumerate(r["kpis"])
        ]
        goals[r["id"]] = goal
    plan.goals = list(goals.values())
    measures = []
    for i, r in enumerate(data["measures"]):
        measure = Measure(position=i, **_columns(f.MEASURE_FIELDS, r))
        measure.milestones = [
            Milestone(position=j, **_columns(f.MILESTONE_FIELDS, m)) for j, m in enumerate(r["milestones"])
        ]
        measure.resources_used = [
            MeasureResource(contact=contacts[x["contact"]])
            if "contact" in x
            else MeasureResource(catalogue_entry_id=x["catalogue_entry"])
            for x in r["resources"]
        ]
        measures.append((measure, [goals[g] for g in r["goals"]]))
    plan.measures = [m for m, _ in measures]
    plan.lessons = [Lesson(position=i, **_columns(f.LESSON_FIELDS, r)) for i, r in enumerate(data["lessons"])]
    session.add(plan)
    for measure, linked in measures:
        measure.goals = linked
    return plan


def import_plan_file(session: Session, path: Path | str) -> Plan:
    """Import the plan in ``path`` as a new plan, all or nothing; raises ``PlanImportError``."""
    document = read_plan_file(path)
    return import_plan_document(session, document)


def import_plan_document(session: Session, document: dict[str, Any]) -> Plan:
    from sqlalchemy.exc import SQLAlchemyError

    from verktoykasse.storage.plans import begin_writing

    try:
        begin_writing(session)  # the free name is chosen and taken in one transaction
        plan = build_plan(session, document)
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        from verktoykasse.storage.health import StorageProblem, classify_error, problem_message

        cause = getattr(exc, "orig", exc)
        problem = classify_error(cause)
        if problem in (StorageProblem.DISK_FULL, StorageProblem.READ_ONLY, StorageProblem.LOCKED):
            from verktoykasse.paths import DataPaths

            database = Path(session.get_bind().url.database or ".")
            raise PlanImportError(
                _t("The plan could not be saved. Nothing was imported.")
                + " "
                + problem_message(problem, DataPaths(database.parent))
            ) from exc
        raise PlanImportError(
            _t("The plan could not be saved ({reason}). Nothing was imported.").format(
                reason=str(cause)[:200]
            )
        ) from exc
    except BaseException:
        session.rollback()
        raise
    return plan
