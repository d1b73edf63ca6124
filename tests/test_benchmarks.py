"""The benchmark suite still runs from end to end. It asserts that the table is printed, never a timing:
figures are for people to read (README, "Speed"), and a busy CI machine must not fail a build."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def this_runs_server(request: pytest.FixtureRequest) -> str | None:
    """The URL of the PostgreSQL server the shared-database tests of this run use, for the benchmark of a
    save on a shared database: it then makes and drops its database there instead of making, starting and
    removing a cluster of its own (seconds). None where this run has no server: the benchmark then tries
    to make one itself, as on a developer's machine."""
    from benchmarks.postgres_server import Cluster

    try:
        cluster: Cluster = request.getfixturevalue("postgres_cluster")
    except pytest.skip.Exception:
        return None
    return cluster.url("postgres")


@pytest.mark.slow
def test_the_quick_benchmark_run_prints_the_table_with_the_machine(request: pytest.FixtureRequest):
    from benchmarks.postgres_server import ENV_URL

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("VERKTOYKASSE_DATA_DIR", None)
    server = this_runs_server(request)
    if server is not None:
        env[ENV_URL] = server
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "CPU:" in result.stdout
    assert "Python" in result.stdout and "Qt" in result.stdout
    for row in (
        "Cold start",
        "Heavy imports",
        "First PDF export of a session after 2 s idle",
        "Keystroke while the reports load in the background",
        "Open the large plan in the wizard",
        "PDF export, typical plan",
        "PDF export, large plan",
        "Catalogue search per keystroke, 10,000 entries",
        "Plan file checked, millions of tiny list items",
        "Save one edited field",
        "Peak memory, large plan walked",
        "Peak memory, the same after the idle warm-up",
        "“Now” for 20 plans, one of them large",
    ):
        assert row in result.stdout
    assert "ERROR" not in result.stdout
