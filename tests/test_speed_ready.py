"""The data opens at start with only what opening needs, and what is found then is still said.

At start the plans are listed from the file first; the database is opened once SQLAlchemy has loaded in
the background. That last step loads nothing only a problem or a later action needs (the recovery
dialogs, the plan's whole description for the wizard and the plan file), and a nearly full disk or damage
found in that moment is still explained, with the ways out. (Checked on behaviour and on what is
imported, never timed; the figures are in the README.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dialog_script import DialogScript

SRC = Path(__file__).resolve().parents[1] / "src"

OPEN_AND_REPORT = """
import sys
from verktoykasse.context import AppContext
from verktoykasse.ui.app import create_application
from verktoykasse.ui.main_window import MainWindow

app = create_application()
window = MainWindow(AppContext.create(sys.argv[1]))
window.show()

def ready():
    later = ("verktoykasse.domain.plan_description", "verktoykasse.ui.recovery")
    print(window.database is not None, window.home.plan_names(), sorted(m for m in later if m in sys.modules))
    window.close()
    app.quit()

window.data_ready.connect(ready)
window.start_data()
app.exec()
"""


def _a_plan(database, name: str = "Sommerjobb") -> int:
    from verktoykasse.storage.plans import create_plan

    with database.session() as session:
        plan_id = create_plan(session, name).id
        session.commit()
    return plan_id


@pytest.fixture
def starting(context, database, start_window):
    """Start the window as the program does (plans listed from the file, then the data opened)."""
    _a_plan(database)
    context.close()
    return lambda: start_window(listed_first=True)


def test_opening_the_data_at_start_loads_neither_the_recovery_dialogs_nor_the_plans_description(
    context, database, data_dir
):
    _a_plan(database)
    context.close()
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", OPEN_AND_REPORT, str(data_dir)], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "True ['Sommerjobb'] []"


def test_a_nearly_full_disk_is_said_when_the_data_opens_after_the_plans_were_listed(
    starting, qtbot, monkeypatch
):
    from verktoykasse.storage import health

    monkeypatch.setattr(health, "free_bytes", lambda _root: 0)
    shown = {}
    script = DialogScript().expect("storageWarningDialog", "warningOk", lambda d: shown.update(text=d.text()))
    window = starting()
    assert window.home.plan_names() == ["Sommerjobb"]  # listed from the file, the data still opening
    qtbot.waitUntil(lambda: window.database is not None, timeout=30_000)
    assert script.done
    assert "full" in shown["text"]
    assert window.home.plan_names() == ["Sommerjobb"]


def test_damage_found_by_the_daily_backup_after_the_plans_were_listed_offers_the_ways_out(
    starting, qtbot, monkeypatch, data_dir
):
    """The day's backup checks the whole file before copying it; damage found there (after the list was
    read) stops the opening: the user is told and chooses, and nothing is written to the file."""
    from verktoykasse.storage import backup
    from verktoykasse.storage.health import StorageProblem

    def damaged(*_args, **_kwargs):
        raise backup.BackupError(StorageProblem.CORRUPT, "row 3 missing from index")

    monkeypatch.setattr(backup, "backup_if_due", damaged)
    before = (data_dir / "verktoykasse.sqlite3").read_bytes()
    shown = {}
    script = DialogScript().expect("recoveryDialog", "recoveryQuit", lambda d: shown.update(text=d.text()))
    window = starting()
    qtbot.waitUntil(lambda: script.done, timeout=30_000)
    assert "damaged" in shown["text"]
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)  # Quit closes the window
    assert window.database is None
    assert (data_dir / "verktoykasse.sqlite3").read_bytes() == before
