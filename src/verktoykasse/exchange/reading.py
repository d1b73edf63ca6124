"""Reading a plan file before it is checked: only a regular file, only so much, refused fast when too big.

A plan file is read with ``files.read_regular_file`` (devices, pipes and FIFOs are refused without
being opened; at most ``MAX_FILE_BYTES`` plus one byte is read). Before the slow, thorough checks (the
JSON Schema, references between rows) the parsed document's lists are measured: a list longer than its
limit in ``LIST_LIMITS``, or a document with more than ``MAX_VALUES`` values in all, is refused at once.
The limits are generous (the largest plan we test with, 30 goals and 100 measures followed for two
years, holds about 10 000 values) and stated in the README; they keep any file under the size cap
accepted or refused within seconds (``benchmarks/import_limits.py`` measures the worst cases).

Messages are for the user, in words: a refusal never quotes raw values from the file.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from verktoykasse.collector import paused
from verktoykasse.domain.formatting import format_number
from verktoykasse.files import FileTooLarge, NotARegularFile, read_regular_file

MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_VALUES = 60_000  # every value in the file: each field, each row, each list
# The most rows one list may hold, by its key in the file. A list under any other key: DEFAULT_LIST_LIMIT.
LIST_LIMITS: dict[str, int] = {
    "participants": 500,
    "needs": 1_000,
    "gaps": 500,
    "strengths": 1_000,
    "goals": 500,  # the plan's goals, and the goals one measure is linked to
    "kpis": 100,  # in one goal
    "measurements": 1_000,  # of one indicator
    "measures": 2_000,
    "milestones": 200,  # in one measure
    "resources": 200,  # used by one measure
    "occurrences": 500,  # times one recurring measure was held (monthly for 40 years)
    "lessons": 1_000,
    "contacts": 2_000,
    "planned_hires": 200,  # in one measure
    "board_decisions": 200,  # what the board is asked to decide
    "arp_risks": 63,  # one per cell of the risk map: 9 grounds × 7 HR areas
    "arp_involvement": 1_000,
    "arp_years": 100,
    "pay_levels": 200,  # job levels in one year's pay survey
}
DEFAULT_LIST_LIMIT = 1_000


class PlanImportError(Exception):
    """A plan file that cannot be imported; ``str()`` is the message for the user (translated)."""


def read_plan_bytes(path: Path | str) -> bytes:
    """The bytes of the plan file at ``path``, or ``PlanImportError`` saying why it cannot be read."""
    try:
        return read_regular_file(path, MAX_FILE_BYTES)
    except NotARegularFile as exc:
        raise PlanImportError(
            QCoreApplication.translate(
                "PlanFile",
                "{file} is not a plan file: it is a folder, a device or a pipe, not an ordinary file. "
                "Nothing was imported.",
            ).format(file=str(path))
        ) from exc
    except FileTooLarge as exc:
        raise PlanImportError(
            QCoreApplication.translate(
                "PlanFile",
                "The file is too large to be a plan (more than {limit} MB; plans are far smaller). "
                "Nothing was imported.",
            ).format(limit=MAX_FILE_BYTES // (1024 * 1024))
        ) from exc
    except OSError as exc:
        from verktoykasse.files import read_problem_words

        raise PlanImportError(
            QCoreApplication.translate("PlanFile", "The file {file} could not be read: {reason}").format(
                file=str(path), reason=read_problem_words(exc)
            )
        ) from exc


def not_a_plan() -> PlanImportError:
    return PlanImportError(
        QCoreApplication.translate(
            "PlanFile", "This file is not a Verktøykassa plan file (or it is incomplete or damaged)."
        )
    )


def too_many_values() -> PlanImportError:
    return PlanImportError(
        QCoreApplication.translate(
            "PlanFile",
            "The plan file holds far more than a plan can (more than {limit} values). Nothing was imported.",
        ).format(limit=format_number(MAX_VALUES))
    )


def load_json(raw: bytes) -> Any:
    """Parse ``raw`` as strict JSON (no NaN, no repeated keys) and measure its lists (``check_sizes``)."""
    # Every list and object is a value, so a file with more "[" and "{" than values allowed is refused
    # before parsing: counting bytes takes milliseconds, building millions of lists takes seconds. (Text
    # can hold these characters too; a plan whose text holds a hundred thousand of them is no plan.)
    if raw.count(b"[") + raw.count(b"{") > MAX_VALUES:
        raise too_many_values()
    # UTF-8, with or without the byte-order mark Notepad writes; UTF-16 only with its mark (Notepad's
    # "Unicode"): a plan file opened and saved again in an editor still imports.
    utf16 = raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    try:
        text = raw.decode("utf-16" if utf16 else "utf-8-sig")
    except UnicodeDecodeError as exc:
        raise not_a_plan() from exc

    def refuse_constant(name: str) -> Any:
        raise ValueError(name)

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            raise ValueError("duplicate key")
        return result

    # Without the garbage collector while parsing: millions of new lists would otherwise start a
    # collection again and again (a 16 MB file of empty lists took 9 s instead of 2).
    try:
        with paused():
            document = json.loads(text, parse_constant=refuse_constant, object_pairs_hook=no_duplicates)
    except (RecursionError, ValueError) as exc:
        raise not_a_plan() from exc
    check_sizes(document)
    return document


def _list_name(key: str) -> str:
    names = {
        "participants": QCoreApplication.translate("PlanFile", "participants"),
        "needs": QCoreApplication.translate("PlanFile", "needs"),
        "gaps": QCoreApplication.translate("PlanFile", "gap areas"),
        "strengths": QCoreApplication.translate("PlanFile", "strengths"),
        "goals": QCoreApplication.translate("PlanFile", "goals"),
        "kpis": QCoreApplication.translate("PlanFile", "indicators"),
        "measurements": QCoreApplication.translate("PlanFile", "measurements"),
        "measures": QCoreApplication.translate("PlanFile", "measures"),
        "milestones": QCoreApplication.translate("PlanFile", "milestones"),
        "resources": QCoreApplication.translate("PlanFile", "resources"),
        "lessons": QCoreApplication.translate("PlanFile", "lessons"),
        "contacts": QCoreApplication.translate("PlanFile", "contacts"),
    }
    return names.get(key, QCoreApplication.translate("PlanFile", "rows"))


def check_sizes(document: Any) -> None:
    """Refuse a document with a list longer than its limit or more than ``MAX_VALUES`` values in all.

    Walks without recursion and stops at the first excess, so even millions of rows are refused at once.
    """
    stack: list[tuple[str, Any]] = [("", document)]
    values = 0
    while stack:
        key, value = stack.pop()
        values += 1
        if values > MAX_VALUES:
            raise too_many_values()
        if isinstance(value, list):
            limit = LIST_LIMITS.get(key, DEFAULT_LIST_LIMIT)
            if len(value) > limit:
                raise PlanImportError(
                    QCoreApplication.translate(
                        "PlanFile",
                        "The plan file lists too many {what}: {count}, where a plan may have at most "
                        "{limit}. Nothing was imported.",
                    ).format(
                        what=_list_name(key), count=format_number(len(value)), limit=format_number(limit)
                    )
                )
            stack.extend((key, item) for item in value)
        elif isinstance(value, dict):
            stack.extend(value.items())
