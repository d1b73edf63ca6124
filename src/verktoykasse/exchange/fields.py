"""How a field of the plan is written in a plan file, read back, and checked: by its kind.

Which fields exist, and which travel in a plan file, is ``domain.plan_description``; this module only
knows the kinds (``text``, ``date?``, ``score?`` …), so the export, the JSON Schema (``exchange.schema``)
and the import's own checks (``exchange.plan_json``) treat every field of one kind alike and cannot drift
apart. Database ids, foreign keys and positions never appear in a file.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from verktoykasse.domain.lines import one_line_trimmed, shows_nothing
from verktoykasse.domain.plan_description import Field
from verktoykasse.domain.validation import LARGEST_COUNT, LARGEST_NUMBER, LONGEST_TEXT

MAX_TEXT = LONGEST_TEXT  # characters in one text field: what a field accepts typed
MAX_NAME = 200
MAX_ROWS = 5_000  # rows in one list
MAX_NUMBER = LARGEST_NUMBER  # what a field accepts typed
MAX_COUNT = LARGEST_COUNT

DATES = ("date", "date?")
NUMBERS = ("number", "number?")
WHOLE_NUMBERS = ("count?", "score?")


def to_file(field: Field, value: Any) -> Any:
    """The JSON value of a database value (dates as ISO text, a non-finite number as nothing)."""
    kind = field.kind
    if kind in (*DATES, "datetime"):
        return None if value is None else value.isoformat()
    if kind in NUMBERS:
        if value is None or not math.isfinite(value):
            return None if kind == "number?" else 0.0
        return float(value)
    if kind == "bool":
        return bool(value)
    if kind in WHOLE_NUMBERS:
        return None if value is None else int(value)
    return value if value is not None else ""


def from_file(field: Field, value: Any) -> Any:
    """The database value of a checked JSON value; a time with a zone becomes UTC without one."""
    if value is None:
        return None
    kind = field.kind
    if kind in DATES:
        return dt.date.fromisoformat(value)
    if kind == "datetime":
        parsed = dt.datetime.fromisoformat(value)
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
        return parsed
    if kind in NUMBERS:
        return float(value)
    if kind in WHOLE_NUMBERS:
        return int(value)
    return value


def content_problem(field: Field, value: Any) -> str | None:
    """What the JSON Schema cannot say about a value: ``"characters"``, ``"date"``, ``"blank"`` or None.

    Text SQLite cannot store (a lone surrogate), a date that is not in the calendar (30 February), a
    name of only spaces (or of characters a one-line field drops, ``domain.lines``).
    """
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "characters"
    if value is None:
        return None
    try:
        if field.kind in DATES:
            dt.date.fromisoformat(value)
        elif field.kind == "datetime":
            dt.datetime.fromisoformat(value)
    except ValueError:
        return "date"
    if field.kind == "name" and shows_nothing(one_line_trimmed(value)):  # spaces, controls, zero-width only
        return "blank"
    return None


def file_limit(field: Field) -> int | None:
    """How many characters a plan file holds in ``field`` (the JSON Schema's ``maxLength``), or None."""
    if field.kind == "text":
        return MAX_TEXT
    if field.kind == "name":
        return MAX_NAME
    return field.max_length or None


def fitted(field: Field, value: Any) -> Any:
    """``value`` as a plan file holds it: a text longer than the field's ``file_limit`` cut to it (a
    database from 0.1.0, which had no limit, may hold one), anything else as it is."""
    limit = file_limit(field)
    if isinstance(value, str) and limit is not None and len(value) > limit:
        return value[:limit]
    return value
