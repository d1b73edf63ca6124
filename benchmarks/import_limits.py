"""Checking a plan file, worst cases: any file under the size cap is accepted or refused within 5 s.

The files are the ones an attack used (millions of tiny list items, hundreds of thousands of invalid
rows, lists of lists), grown to just under the size cap, plus the two heaviest files that are accepted:
one at the limit of values (the large plan's measures copied until the limit is nearly reached) and one
that is nearly all text. Each is read and checked as ``verktoykasse import`` does (``read_plan_file``),
from a file on disk, and timed from the call to the answer.
"""

from __future__ import annotations

import copy
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.stats import median
from benchmarks.table import Row

TARGET_SECONDS = 5.0


def _count(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + sum(_count(v) for v in value.values())
    if isinstance(value, list):
        return 1 + sum(_count(v) for v in value)
    return 1


def _filled(base: dict[str, Any], budget: int, cap: int) -> bytes:
    """Grow an envelope's goals list with ``[0,0,…]`` up to ``budget`` bytes (under the ``cap``)."""
    head = json.dumps({**base, "plan": {"goals": "@"}}).encode()
    before, after = head.split(b'"@"')
    room = min(budget, cap - 64) - len(before) - len(after) - 2
    return before + b"[" + b"0," * (room // 2) + b"0]" + after


def _at_the_limit(document: dict[str, Any], values: int) -> dict[str, Any]:
    """The plan with its rows copied, each list up to its limit, until it holds nearly ``values``."""
    from verktoykasse.exchange.reading import LIST_LIMITS

    grown = copy.deepcopy(document)
    total = _count(grown)
    for key in ("measures", "needs", "strengths", "lessons", "participants", "gaps"):
        rows = grown["plan"][key]
        if not rows:
            continue
        template = rows[-1]
        size = _count(template)
        while total + size <= values and len(rows) < LIST_LIMITS[key]:
            rows.append(copy.deepcopy(template))
            total += size
    return grown


def worst_files(document: dict[str, Any]) -> dict[str, bytes]:
    from verktoykasse.domain.plan_description import PLAN
    from verktoykasse.exchange.fields import MAX_TEXT
    from verktoykasse.exchange.plan_json import dumps
    from verktoykasse.exchange.reading import MAX_FILE_BYTES, MAX_VALUES

    envelope = {k: v for k, v in document.items() if k != "plan"}
    cap = MAX_FILE_BYTES
    nested = b'{"format": "verktoykasse-plan", "plan": {"needs": [' + b"[]," * (cap // 3 - 40) + b"[]]}}"
    invalid = (
        b'{"format": "verktoykasse-plan", "plan": {"lessons": ['
        + b'{"text": 1},' * ((cap - 100) // 12)
        + b'{"text": 1}]}}'
    )
    at_limit = _at_the_limit(document, MAX_VALUES - 100)
    text_heavy = copy.deepcopy(document)
    sentence = "Lang tekst, med komma, «sitater» og linjeskift.\n"
    full_field = (sentence * (MAX_TEXT // len(sentence) + 1))[:MAX_TEXT]
    text_fields = [field.name for field in PLAN.exported() if field.kind == "text"]
    for name in text_fields[: (cap - len(dumps(document).encode())) // (MAX_TEXT + 100_000)]:
        text_heavy["plan"][name] = full_field
    return {
        "millions of tiny list items": _filled(envelope, cap, cap),
        "lists of empty lists": nested,
        "a million invalid rows": invalid,
        "millions of empty texts": b'{"format": "verktoykasse-plan", "plan": {"needs": ['
        + b'"",' * (cap // 3 - 40)
        + b'""]}}',
        f"the most values allowed ({_count(at_limit):,} values)": dumps(at_limit).encode(),
        "nearly all text, under the cap": dumps(text_heavy).encode(),
    }


def _time(check: Callable[[], object], runs: int) -> tuple[list[float], str]:
    """The times of ``runs`` checks, and what the check answered."""
    from verktoykasse.exchange.plan_json import PlanImportError

    times = []
    answer = "accepted"
    for _ in range(runs):
        start = time.perf_counter()
        try:
            check()
        except PlanImportError:
            answer = "refused"
        times.append(time.perf_counter() - start)
    return times, answer


def rows(database, plan_id: int | None, runs: int = 1) -> list[Row]:
    from verktoykasse.exchange.plan_json import plan_document, read_plan_file
    from verktoykasse.storage.models import Plan

    if plan_id is None:
        from benchmarks.table import missing

        return [missing("Plan file checked, worst cases", f"≤ {TARGET_SECONDS:.0f} s", "the large plan")]
    with database.session() as session:
        document = plan_document(session.get(Plan, plan_id))
    result = []
    with tempfile.TemporaryDirectory(prefix="verktoykasse-bench-import-") as tmp:
        for what, raw in worst_files(document).items():
            path = Path(tmp) / "plan.json"
            path.write_bytes(raw)
            times, answer = _time(lambda path=path: read_plan_file(path), runs)
            seconds = median(times)
            result.append(
                Row(
                    f"Plan file checked, {what}",
                    f"{seconds:.2f} s",
                    f"≤ {TARGET_SECONDS:.0f} s",
                    seconds <= TARGET_SECONDS,
                    p95=f"{max(times):.2f} s",
                    note=f"{len(raw) / (1024 * 1024):.1f} MB, {answer}",
                )
            )
    return result
