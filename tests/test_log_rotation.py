"""The log file is rotated when the program starts (not while it runs, so logging.handlers stays out of
the start-up), keeps two old logs like before, and every file stays the user's alone."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from verktoykasse.logs import LOG_NAME, MAX_BYTES, LogFile


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_a_full_log_is_moved_aside_when_the_program_starts(tmp_path: Path):
    log = tmp_path / LOG_NAME
    for generation in ("oldest", "older", "full"):
        log.write_text(generation * (MAX_BYTES // len(generation) + 1))
        handler = LogFile(log)
        handler.emit(logging.makeLogRecord({"msg": f"after {generation}"}))
        handler.close()
    assert sorted(p.name for p in tmp_path.glob(f"{LOG_NAME}*")) == [
        LOG_NAME,
        f"{LOG_NAME}.1",
        f"{LOG_NAME}.2",
    ]
    assert "after full" in log.read_text()
    assert (tmp_path / f"{LOG_NAME}.1").read_text().startswith("full")
    assert (tmp_path / f"{LOG_NAME}.2").read_text().startswith("older")


def test_a_small_log_is_kept_and_appended_to(tmp_path: Path):
    log = tmp_path / LOG_NAME
    log.write_text("yesterday\n")
    handler = LogFile(log)
    handler.emit(logging.makeLogRecord({"msg": "today"}))
    handler.close()
    assert log.read_text().startswith("yesterday\n")
    assert not (tmp_path / f"{LOG_NAME}.1").exists()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_new_log_is_private(tmp_path: Path):
    old_umask = os.umask(0o022)
    try:
        handler = LogFile(tmp_path / LOG_NAME)
        handler.close()
    finally:
        os.umask(old_umask)
    assert _mode(tmp_path / LOG_NAME) == 0o600
