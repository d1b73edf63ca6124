"""Saving one field on a shared database: the same edit as ``wizard.save_in_storage``, on a local
PostgreSQL server (a throwaway cluster, ``benchmarks.postgres_server``), version check and merge included.

Without PostgreSQL's server programs on the machine the row says so instead of a time.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from benchmarks.stats import median, ms, p95
from benchmarks.table import Row, missing

SAVE_TARGET_P95 = 0.015
TYPED = "Vi tilbyr arbeidstrening i lager og kantine, med fast kontaktperson og oppfølging. " * 3
WHAT = "Save one edited field on a shared database (local PostgreSQL, {edits} edits)"


def save_on_server(edits: int) -> Row:
    from benchmarks.postgres_server import ENV_URL, Cluster
    from verktoykasse.paths import DataPaths
    from verktoykasse.storage.editing import add_row, set_value
    from verktoykasse.storage.plans import create_plan
    from verktoykasse.storage.server import open_server

    cluster = Cluster(os.environ.get(ENV_URL) or None)
    try:
        cluster.start()
    except RuntimeError as exc:
        return missing(WHAT.format(edits=edits), "p95 ≤ 15 ms", f"PostgreSQL's server programs ({exc})")
    name = ""
    try:
        name = cluster.new_database(empty=True)
        with tempfile.TemporaryDirectory(prefix="verktoykasse-bench-server-") as folder:
            database = open_server(cluster.url(name), DataPaths(Path(folder)))
            times = []
            try:
                with database.session() as session:
                    plan = create_plan(session, "Bakeriet 2027")
                    measure = add_row(session, plan, "measures", title="Arbeidstrening")
                    for i in range(edits):
                        start = time.perf_counter()
                        set_value(session, measure, "description", TYPED[: 1 + i % len(TYPED)])
                        times.append(time.perf_counter() - start)
            finally:
                database.close()
    finally:
        if name:
            cluster.drop(name)
        cluster.stop()
    return Row(
        WHAT.format(edits=edits),
        ms(median(times)),
        "p95 ≤ 15 ms",
        p95(times) <= SAVE_TARGET_P95,
        p95=ms(p95(times)),
        note="set_value: versioned UPDATE, plan's time, commit",
    )
