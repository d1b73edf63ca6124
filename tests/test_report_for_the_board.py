"""The action plan as a board member reads it on paper, found by reading the example plan's PDF page by
page: every word of the program in the reader's language, whom to call for each scheme, charts with
round numbers on their axes, and tables whose headings are whole words."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from ts_files import ROOT, read_ts

REPORTS = ROOT / "src" / "verktoykasse" / "reports"


def test_every_word_the_report_prints_around_the_users_text_is_offered_to_the_translators(tmp_path):
    """A lesson carried into the next cycle said "(into the next cycle)" in English in the bokmål PDF:
    the call sat inside an f-string, where lupdate does not look, so it never reached the translators."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    sources = sorted(REPORTS.glob("*.py"))
    ts = tmp_path / "report.ts"
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *map(str, sources), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    offered = {message.source for message in read_ts(ts) if message.context == "Report"}
    call = re.compile(r"""translate\(\s*["']Report["'],\s*(?:"([^"]+)"|'([^']+)')""")
    in_code = {
        double or single
        for source in sources
        for double, single in call.findall(source.read_text(encoding="utf-8"))
    }
    assert "into the next cycle" in in_code
    assert in_code <= offered, sorted(in_code - offered)
