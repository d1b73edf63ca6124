"""What a JSON Schema error (``jsonschema``) means, in the user's words, for any file the program checks:
a plan file (``exchange``) or a catalogue file (``catalogue.loader``). The schema checker's own messages
are English and quote the file's values; these name the kind of problem only, translated (the messages
keep the translation context "PlanFile", where they were first written).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from verktoykasse.domain.formatting import format_number


def describe_schema_error(error: Any) -> str:
    """What a ``jsonschema`` error means, in words, without quoting the file's values."""
    kind = error.validator
    expected = error.validator_value
    if kind == "type":
        kinds = expected if isinstance(expected, list) else [expected]
        words = {
            "string": QCoreApplication.translate("PlanFile", "text"),
            "number": QCoreApplication.translate("PlanFile", "a number"),
            "integer": QCoreApplication.translate("PlanFile", "a whole number"),
            "boolean": QCoreApplication.translate("PlanFile", "true or false"),
            "array": QCoreApplication.translate("PlanFile", "a list"),
            "object": QCoreApplication.translate("PlanFile", "a group of fields"),
            "null": QCoreApplication.translate("PlanFile", "empty"),
        }
        wanted = QCoreApplication.translate("PlanFile", " or ").join(words.get(k, str(k)) for k in kinds)
        return QCoreApplication.translate(
            "PlanFile", "the value has the wrong kind (expected {kind})"
        ).format(kind=wanted)
    if kind == "maxLength":
        return QCoreApplication.translate(
            "PlanFile", "the text is too long (at most {limit} characters)"
        ).format(limit=format_number(expected))
    if kind == "minLength":
        return QCoreApplication.translate("PlanFile", "the text is empty")
    if kind == "maxItems":
        return QCoreApplication.translate("PlanFile", "the list is too long (at most {limit} rows)").format(
            limit=expected
        )
    if kind == "minItems":
        return QCoreApplication.translate("PlanFile", "the list has too few items (at least {limit})").format(
            limit=expected
        )
    if kind == "uniqueItems":
        return QCoreApplication.translate("PlanFile", "the same entry is listed twice")
    if kind in ("enum", "const"):
        return QCoreApplication.translate("PlanFile", "the value is not one of those allowed")
    if kind == "pattern":
        return QCoreApplication.translate("PlanFile", "the value is not in the expected form")
    if kind == "minimum":
        return QCoreApplication.translate("PlanFile", "the number is too small (at least {limit})").format(
            limit=format_number(expected)
        )
    if kind == "exclusiveMinimum":
        return QCoreApplication.translate("PlanFile", "the number is too small (more than {limit})").format(
            limit=format_number(expected)
        )
    if kind == "maximum":
        return QCoreApplication.translate("PlanFile", "the number is too large (at most {limit})").format(
            limit=format_number(expected)
        )
    if kind == "required":
        present = error.instance if isinstance(error.instance, dict) else {}
        missing = [name for name in expected if name not in present]
        return QCoreApplication.translate("PlanFile", "a field is missing ({name})").format(
            name=", ".join(missing[:3])
        )
    if kind == "additionalProperties":
        return QCoreApplication.translate("PlanFile", "there is a field that does not belong here")
    if kind in ("oneOf", "anyOf"):
        return QCoreApplication.translate("PlanFile", "the entry is neither of the kinds allowed here")
    return QCoreApplication.translate("PlanFile", "the value is not allowed here")
