"""The JSON Schema of a plan file (format version 1), built from ``exchange.fields``."""

from __future__ import annotations

from typing import Any

from verktoykasse.exchange import fields as f

FORMAT_NAME = "verktoykasse-plan"
FORMAT_VERSION = 1
ENTRY_ID_PATTERN = "^[a-z0-9][a-z0-9-]{0,79}$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
DATETIME_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?$"


def _field(kind: str, extra: Any) -> dict[str, Any]:
    number = {"minimum": -f.MAX_NUMBER, "maximum": f.MAX_NUMBER}
    if kind == "choice":
        return {"type": "string", "enum": list(extra)}
    if kind == "key":
        return {"type": "string", "maxLength": extra, "pattern": "^[a-z0-9_-]*$"}
    return {
        "text": {"type": "string", "maxLength": f.MAX_TEXT},
        "name": {"type": "string", "minLength": 1, "maxLength": f.MAX_NAME},
        "bool": {"type": "boolean"},
        "date": {"type": "string", "pattern": DATE_PATTERN},
        "date?": {"type": ["string", "null"], "pattern": DATE_PATTERN},
        "datetime": {"type": "string", "maxLength": 40, "pattern": DATETIME_PATTERN},
        "number": {"type": "number", **number},
        "number?": {"type": ["number", "null"], **number},
        "count?": {"type": ["integer", "null"], "minimum": 0, "maximum": 10_000_000},
        "score?": {"type": ["integer", "null"], "minimum": 1, "maximum": 5},
    }[kind]


def row(fields: dict[str, tuple], **more: dict[str, Any]) -> dict[str, Any]:
    properties = {name: _field(*spec) for name, spec in fields.items()}
    properties.update(more)
    return {
        "type": "object",
        "additionalProperties": False,
        "required": sorted(properties),
        "properties": properties,
    }


def rows(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "maxItems": f.MAX_ROWS, "items": item}


def ref(prefix: str) -> dict[str, Any]:
    return {"type": "string", "pattern": f"^{prefix}-[1-9][0-9]{{0,5}}$"}


def plan_schema() -> dict[str, Any]:
    resource = {
        "oneOf": [
            {
                "type": "object",
                "additionalProperties": False,
                "required": ["catalogue_entry"],
                "properties": {"catalogue_entry": {"type": "string", "pattern": ENTRY_ID_PATTERN}},
            },
            {
                "type": "object",
                "additionalProperties": False,
                "required": ["contact"],
                "properties": {"contact": ref("contact")},
            },
        ]
    }
    kpi = row(f.KPI_FIELDS, measurements=rows(row(f.MEASUREMENT_FIELDS)))
    plan = row(
        f.PLAN_FIELDS,
        participants=rows(row(f.PARTICIPANT_FIELDS)),
        needs=rows(row(f.NEED_FIELDS)),
        gaps=rows(row(f.GAP_FIELDS, id=ref("gap"))),
        strengths=rows(row(f.STRENGTH_FIELDS)),
        goals=rows(
            row(
                f.GOAL_FIELDS,
                id=ref("goal"),
                gap={"oneOf": [ref("gap"), {"type": "null"}]},
                kpis=rows(kpi),
            )
        ),
        measures=rows(
            row(
                f.MEASURE_FIELDS,
                goals={"type": "array", "maxItems": f.MAX_ROWS, "uniqueItems": True, "items": ref("goal")},
                milestones=rows(row(f.MILESTONE_FIELDS)),
                resources=rows(resource),
            )
        ),
        lessons=rows(row(f.LESSON_FIELDS)),
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Verktøykassa plan",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "format_version", "program_version", "plan", "contacts"],
        "properties": {
            "format": {"const": FORMAT_NAME},
            "format_version": {"const": FORMAT_VERSION},
            "program_version": {"type": "string", "maxLength": 40},
            "plan": plan,
            "contacts": rows(row(f.CONTACT_FIELDS, id=ref("contact"))),
        },
    }
