"""A stray reportlab settings file on the user's PC changes nothing in our PDFs.

reportlab reads settings of its own when it is imported: a ``reportlab_settings`` module anywhere on
Python's path, else ``~/.reportlab_settings`` (run as Python code). A user whose PC has one — left by
another program, or in the folder the program is started from — gets the same action plan and ARP report
draft as everyone else, and the file's code never runs. Each export runs in a fresh process (reportlab
reads the files once, at its import), with HOME pointed at a folder of the test's own.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from test_arp_outputs import pdf_text, small_groups_plan

TODAY = dt.date(2027, 3, 1)
SOURCE = Path(__file__).resolve().parents[1] / "src"

# Values that change how reportlab makes a PDF: no compression, ASCII85 streams, a Type 1 base font,
# boxes drawn round frames and drawings, comments, fonts subset differently, errors for a table a little
# too wide, a comma to align numbers at, no shaping of our fonts (Arabic unjoined).
HOSTILE_VALUES = """
pageCompression = 0
useA85 = 1
canvas_basefontname = 'Courier'
showBoundary = 1
pdfComments = 1
pdfMultiLine = 1
ttfAsciiReadable = 0
allowTableBoundsErrors = 0
decimalSymbol = ','
unShapedFontGlob = '*'
verbose = 1
"""

# Built in a process of its own, as `verktoykasse export` would: the ARP report draft and the action plan.
EXPORT = """
import datetime as dt, sys
from pathlib import Path

folder, plan_id, out, first = sys.argv[1:]
if first == "warm-up":  # the window's idle warm-up imports reportlab before any report module
    from verktoykasse.ui.warm_up import load_reports

    load_reports()
from verktoykasse.context import AppContext
from verktoykasse.reports.arp_draft import write_arp_draft
from verktoykasse.reports.document import write_report
from verktoykasse.storage.editing import load_plan

context = AppContext.create(Path(folder))
with context.database.session() as session:
    plan = load_plan(session, int(plan_id))
    today = dt.date(2027, 3, 1)
    write_arp_draft(plan, Path(out, "arp.pdf"), today)
    write_report("pdf", plan, Path(out, "plan.pdf"), today, catalogue=None)
context.close()
"""


def export(data_dir: Path, plan_id: int, home: Path, start_in: Path, first: str = "") -> dict[str, bytes]:
    """The two PDFs as a user whose home folder is ``home`` gets them, starting the program in
    ``start_in``; ``first="warm-up"``: after the window's idle warm-up loaded reportlab."""
    out = home / "out"
    out.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith("RL_")}
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),  # where Windows looks for "~"
        PYTHONPATH=os.pathsep.join([str(SOURCE), env.get("PYTHONPATH", "")]),
        SOURCE_DATE_EPOCH="1800000000",  # the same creation date in every file: the bytes can be compared
        QT_QPA_PLATFORM="offscreen",
    )
    result = subprocess.run(
        [sys.executable, "-c", EXPORT, str(data_dir), str(plan_id), str(out), first],
        cwd=start_in,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return {name: (out / name).read_bytes() for name in ("arp.pdf", "plan.pdf")}


@pytest.fixture
def saved_plan(context) -> int:
    with context.database.session() as session:
        plan_id = small_groups_plan(session)
    context.close()
    return plan_id


@pytest.mark.parametrize(
    "where, first",
    [("home file", ""), ("module where the program starts", ""), ("home file", "warm-up")],
)
def test_a_stray_reportlab_settings_file_changes_nothing_in_our_pdfs(
    data_dir, saved_plan, tmp_path, where, first
):
    clean_home = tmp_path / "clean"
    clean_home.mkdir()
    expected = export(data_dir, saved_plan, clean_home, clean_home)

    home = tmp_path / "home"
    start_in = tmp_path / "start"
    home.mkdir()
    start_in.mkdir()
    ran = tmp_path / "the settings file ran"
    hostile = f"open({str(ran)!r}, 'w').close()\n{HOSTILE_VALUES}"
    (home / ".reportlab_settings").write_text(hostile, encoding="utf-8")
    if where == "module where the program starts":
        (start_in / "reportlab_settings.py").write_text(hostile, encoding="utf-8")
    got = export(data_dir, saved_plan, home, start_in, first)

    assert not ran.exists(), "the settings file's code ran"
    for name, pdf in expected.items():
        assert got[name] == pdf, f"{name} differs"
    text = " ".join(pdf_text(got["arp.pdf"]).split())
    assert "Fjordbakeriet AS" in text and "fewer than 9" in text
