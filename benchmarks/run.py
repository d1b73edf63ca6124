"""Run every benchmark in order and print the machine and the table.

Order matters: the start-up subprocesses run first, while this process is still idle; the in-process
benchmarks then share one offscreen QApplication; memory is measured in a fresh process at the end.
Exit code 0 when every benchmark ran (whether or not it met its target: that is for people to judge),
1 when one of them broke, and with ``--strict`` also 1 when a target was missed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from benchmarks import (
    followup,
    import_limits,
    machine,
    memory,
    office,
    pdf,
    search,
    server,
    startup,
    warm_up,
    wizard,
)
from benchmarks.data import BenchData, prepare
from benchmarks.table import Row, missing, render


def say(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="run everything once (a smoke check for CI)")
    # 25: with 15 the cold-start ratios moved by ±0.07 between quiet runs of the same code
    parser.add_argument("--runs", type=int, default=25, help="cold starts of the program and of the floor")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    return parser.parse_args(argv)


def guarded(what: str, rows: list[Row], step: Callable[[], list[Row]]) -> bool:
    """Run one benchmark; a crash becomes an ERROR row (and a traceback on stderr), never the end."""
    say(what)
    try:
        rows.extend(step())
    except Exception as exc:
        traceback.print_exc()
        rows.append(Row(what, f"{type(exc).__name__}: {exc}"[:80], "", False, error=True))
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    quick = args.quick
    runs = 1 if quick else max(1, args.runs)
    rows: list[Row] = []
    ok = True
    with tempfile.TemporaryDirectory(prefix="verktoykasse-bench-") as tmp:
        say("preparing a data folder with a few plans, the example plan and a large plan")
        data = prepare(Path(tmp) / "data")
        if hasattr(os, "sync"):  # the new files on disk first: their write-back would slow the first starts
            os.sync()
        os.environ["VERKTOYKASSE_DATA_DIR"] = str(data.data_dir)  # the catalogue and the walk look here
        large = data.large_plan_id

        starts: list[startup.StartResults] = []

        def cold_start() -> list[Row]:
            starts.append(startup.measure(data.data_dir, runs, warm_up=not quick))
            return startup.rows(starts[0])

        ok &= guarded(f"cold start, {runs} rounds interleaved with the floor", rows, cold_start)
        ok &= guarded("imports before the window shows", rows, lambda: [startup.heavy_imports(data.data_dir)])
        if data.typical_plan_id is not None:  # fresh processes too, before this one loads reportlab
            ok &= guarded(
                "the idle warm-up: the first PDF export, typing meanwhile",
                rows,
                lambda: warm_up.rows(data.data_dir, data.typical_plan_id, 1 if quick else 5),
            )

        from verktoykasse.ui.app import create_application, settle_memory

        app = create_application(["verktoykasse-bench"])
        database = _open(data)
        settle_memory()  # as the program does once started (the collector then skips start-up's objects)
        try:
            if large is None:
                rows.append(
                    missing("Open the large plan in the wizard", "≤ 150 ms", "benchmarks.sample_plans")
                )
            else:
                ok &= guarded(
                    "opening the large plan in the wizard",
                    rows,
                    lambda: wizard.open_large_plan(database, large, 1 if quick else 7),
                )
            if data.typical_plan_id is None and large is None:
                rows.append(missing("PDF export", "≤ 0.3 s / ≤ 1.5 s", "reports and sample plans"))
            else:
                ok &= guarded(
                    "PDF export",
                    rows,
                    lambda: pdf.rows(database, data.typical_plan_id, large, 1 if quick else 5),
                )
            if large is None:
                rows.append(
                    missing("Excel and Word export, large plan", "≤ 2.0 s", "benchmarks.sample_plans")
                )
            else:
                ok &= guarded(
                    "Excel and Word export", rows, lambda: office.rows(database, large, 1 if quick else 3)
                )
            ok &= guarded(
                "checking plan files, worst cases under the size cap",
                rows,
                lambda: import_limits.rows(database, large, 1 if quick else 3),
            )
            ok &= guarded(
                "catalogue search while typing", rows, lambda: search.rows(database, 1 if quick else 3)
            )
            edits = 20 if quick else 300
            ok &= guarded(
                "saving one field", rows, lambda: [wizard.save_in_storage(database, _edit_plan(data), edits)]
            )
            ok &= guarded(
                "saving one field on a shared database (PostgreSQL)",
                rows,
                lambda: [server.save_on_server(edits)],
            )
            if large is not None:
                ok &= guarded(
                    "saving one field in the wizard",
                    rows,
                    lambda: [wizard.save_in_wizard(database, large, edits)],
                )
            ok &= guarded(
                "“Now” for twenty plans, one of them large",
                rows,
                lambda: [followup.now_for_twenty_plans(Path(tmp) / "now", 1 if quick else 7)],
            )
        finally:
            database.close()
        del app

        floor_kib = starts[0].floor_rss_kib() if starts else None
        orm_floor_kib = starts[0].floor_rss_kib("rss_ready_kib") if starts else None
        if large is None or floor_kib is None:
            rows.append(missing("Peak memory after walking the large plan", "≤ 2.0×", "the large plan"))
        else:
            ok &= guarded(
                "peak memory, walking the large plan through every step",
                rows,
                lambda: memory.rows(data.data_dir, large, floor_kib, orm_floor_kib, 1 if quick else 3),
            )

    print()
    for line in machine.describe():
        print(line)
    print()
    print(render(rows))
    missed = [r for r in rows if r.passed is False and not r.error]
    if not ok:
        return 1
    return 1 if args.strict and missed else 0


def _open(data: BenchData):
    from verktoykasse.storage.db import open_database

    return open_database(data.data_dir / "verktoykasse.sqlite3")


def _edit_plan(data: BenchData) -> int:
    return data.large_plan_id or data.typical_plan_id or data.plan_ids[0]
