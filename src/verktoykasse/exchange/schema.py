"""The JSON Schema of a plan file, built by walking the plan's description (``domain.plan_description``).

Every row is an object with exactly its exported fields, its links (as file ids such as ``gap-1``) and
its lists, all required; a value's schema follows from its kind. A file of an older format is upgraded
(``exchange.upgrades``) before it is checked against this.
"""

from __future__ import annotations

from typing import Any

from verktoykasse.domain.plan_description import CONTACT, PLAN, Field, Link, Table
from verktoykasse.exchange import fields as f
from verktoykasse.exchange.upgrades import FORMAT_VERSION

FORMAT_NAME = "verktoykasse-plan"
ENTRY_ID_PATTERN = "^[a-z0-9][a-z0-9-]{0,79}$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
DATETIME_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?$"

__all__ = ["ENTRY_ID_PATTERN", "FORMAT_NAME", "FORMAT_VERSION", "plan_schema"]


def field_schema(field: Field) -> dict[str, Any]:
    number = {"minimum": -f.MAX_NUMBER, "maximum": f.MAX_NUMBER}
    if field.kind == "choice":
        return {"type": "string", "enum": list(field.choices)}
    if field.kind == "key":
        return {"type": "string", "maxLength": field.max_length, "pattern": "^[a-z0-9_-]*$"}
    return {
        "text": {"type": "string", "maxLength": f.MAX_TEXT},
        "name": {"type": "string", "minLength": 1, "maxLength": f.MAX_NAME},
        "bool": {"type": "boolean"},
        "date": {"type": "string", "pattern": DATE_PATTERN},
        "date?": {"type": ["string", "null"], "pattern": DATE_PATTERN},
        "datetime": {"type": "string", "maxLength": 40, "pattern": DATETIME_PATTERN},
        "number": {"type": "number", **number},
        "number?": {"type": ["number", "null"], **number},
        "count?": {"type": ["integer", "null"], "minimum": 0, "maximum": f.MAX_COUNT},
        "score?": {"type": ["integer", "null"], "minimum": 1, "maximum": 5},
    }[field.kind]


def ref(prefix: str) -> dict[str, Any]:
    """A file id of a row of the table with ``ref`` ``prefix`` (``gap-1``), or a catalogue entry id."""
    if prefix == "catalogue":
        return {"type": "string", "pattern": ENTRY_ID_PATTERN}
    return {"type": "string", "pattern": f"^{prefix}-[1-9][0-9]{{0,5}}$"}


def link_schema(link: Link, optional: bool) -> dict[str, Any]:
    if link.many:
        return {"type": "array", "maxItems": f.MAX_ROWS, "uniqueItems": True, "items": ref(link.to)}
    return {"oneOf": [ref(link.to), {"type": "null"}]} if optional else ref(link.to)


def obj(properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": sorted(properties),
        "properties": properties,
    }


def rows(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "maxItems": f.MAX_ROWS, "items": item}


def row_schema(table: Table) -> dict[str, Any]:
    """One row of ``table`` with its lists; a row that is one of its links is one object per link."""
    if table.one_link:
        return {"oneOf": [obj({link.key: link_schema(link, False)}) for link in table.links]}
    properties: dict[str, Any] = {}
    if table.ref:
        properties["id"] = ref(table.ref)
    properties.update({link.key: link_schema(link, True) for link in table.links})
    properties.update({field.name: field_schema(field) for field in table.exported()})
    properties.update({child.key: rows(row_schema(child)) for child in table.children})
    return obj(properties)


def plan_schema() -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Verktøykassa plan",
        **obj(
            {
                "format": {"const": FORMAT_NAME},
                "format_version": {"const": FORMAT_VERSION},
                "program_version": {"type": "string", "maxLength": 40},
                "anonymised": {"type": "boolean"},
                "plan": row_schema(PLAN),
                CONTACT.key: rows(row_schema(CONTACT)),
            }
        ),
    }
