"""At start the plans are on screen before SQLAlchemy has loaded: read with plain sqlite3 after the same
checks, the same rows the database query gives, and what the user asks for in the moment the rest loads
waits for it, with the status bar saying so. (Checked on behaviour and on what is imported, never timed;
the figures are in the README.)"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from verktoykasse.storage.plan_list import COLUMNS, PlanSummary, read_plan_list

SRC = Path(__file__).resolve().parents[1] / "src"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def add_plans(database) -> list[int]:
    """Three plans as a user leaves them: one renamed, one in step 3 of a bakery, the example plan."""
    from verktoykasse.exchange.example_plan import add_example_plan
    from verktoykasse.storage.models import Plan
    from verktoykasse.storage.plans import create_plan, rename_plan

    with database.session() as session:
        first = create_plan(session, "Inkludering 2027").id
        bakery = create_plan(session, "Sommerjobb").id
        plan = session.get(Plan, bakery)
        plan.org_name = "Fjordbakeriet AS"
        plan.current_step = "goals"
        session.commit()
        rename_plan(session, first, "Inkludering 2027–2028")
        example = add_example_plan(session).id
        session.commit()
    return [first, bakery, example]


def test_the_list_read_from_the_file_has_the_rows_of_the_database_query(database):
    from sqlalchemy import select

    from verktoykasse.storage.models import Plan
    from verktoykasse.storage.plans import list_plans

    add_plans(database)
    with database.session() as session:
        orm = [
            PlanSummary(p.id, p.name, p.org_name, p.updated_at, p.current_step, p.is_example)
            for p in session.scalars(select(Plan).order_by(Plan.updated_at.desc(), Plan.id.desc()))
        ]
        through_the_database = list_plans(session)
    from_the_file = read_plan_list(database.path)
    assert from_the_file == orm == through_the_database
    assert [p.name for p in from_the_file][-1] == "Sommerjobb"  # the last changed first
    assert {p.org_name for p in from_the_file} >= {"Fjordbakeriet AS"}
    assert all(isinstance(p.updated_at, dt.datetime) for p in from_the_file)


def test_the_lists_columns_are_columns_of_the_plan_model():
    from verktoykasse.storage.models import Plan

    assert set(COLUMNS) <= set(Plan.__table__.columns.keys())


START_AND_REPORT = """
import sys
from verktoykasse.context import AppContext
from verktoykasse.ui.app import create_application
from verktoykasse.ui.main_window import MainWindow

app = create_application()
window = MainWindow(AppContext.create(sys.argv[1]))
window.show()
seen = {}

def listed():
    seen["sqlalchemy when listed"] = "sqlalchemy" in sys.modules
    seen["names when listed"] = window.home.plan_names()
    seen["open when listed"] = window.database is not None

def ready():
    seen["open when ready"] = window.database is not None
    seen["names when ready"] = window.home.plan_names()
    print(repr(seen))
    window.close()
    app.quit()

window.plans_listed.connect(listed)
window.data_ready.connect(ready)
window.start_data()
app.exec()
"""


def run_in_a_fresh_program(code: str, data_dir: Path, *, exit_after_start: bool = False) -> str:
    """What ``code`` printed, run in a new Python with ``data_dir`` as its argument (headless; with
    ``exit_after_start`` the program quits once its data is open, as the start-up benchmark runs it)."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    if exit_after_start:
        env["VERKTOYKASSE_EXIT_AFTER_START"] = "1"
    result = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def start_in_a_fresh_program(data_dir: Path) -> dict:
    printed = run_in_a_fresh_program(START_AND_REPORT, data_dir)
    return eval(printed.strip().splitlines()[-1])  # our own repr() of plain values


def test_the_plans_are_listed_before_sqlalchemy_is_imported(context, database, data_dir):
    add_plans(database)
    context.close()
    seen = start_in_a_fresh_program(data_dir)
    assert seen["sqlalchemy when listed"] is False
    assert seen["open when listed"] is False
    assert len(seen["names when listed"]) == 3 and "Sommerjobb" in seen["names when listed"]
    assert seen["names when listed"] == seen["names when ready"]
    assert seen["open when ready"] is True


def test_a_database_to_be_upgraded_is_opened_the_ordinary_way_first(data_dir, qtbot):
    """An older file is upgraded (with its backup) before any list is read from it."""
    from verktoykasse.context import AppContext
    from verktoykasse.ui.app import create_application
    from verktoykasse.ui.main_window import MainWindow

    data_dir.mkdir(parents=True)
    shutil.copy(FIXTURES / "db" / "v0.1.0-schema-0001.sqlite3", data_dir / "verktoykasse.sqlite3")
    create_application()
    window = MainWindow(AppContext.create(data_dir))
    qtbot.addWidget(window)
    window.show()
    try:
        window.start_data()
        assert window.database is not None  # opened at once: upgraded, not listed from the old file
        assert window.home.plan_names()
    finally:
        window.context.close()


@pytest.fixture
def window_starting(qtbot, context, database, data_dir):
    """The window just after it listed the plans from the file; the database is still opening."""
    from verktoykasse.ui.app import create_application
    from verktoykasse.ui.main_window import MainWindow

    ids = add_plans(database)
    context.close()
    create_application()
    from verktoykasse.context import AppContext

    window = MainWindow(AppContext.create(data_dir))
    qtbot.addWidget(window)
    window.show()
    window.start_data()
    yield window, ids
    window.context.close()


def test_opening_a_plan_before_the_data_is_open_waits_and_says_so(window_starting, qtbot):
    window, ids = window_starting
    assert window.database is None and len(window.home.plan_names()) == 3
    window.home.select_plan(ids[1])
    window.home.open_selected()  # Enter on "Sommerjobb" at once
    assert "as soon as your data is ready" in window.statusBar().currentMessage()
    assert window.pages.currentWidget() is window.home
    qtbot.waitUntil(lambda: window.plan_page is not None, timeout=30_000)
    assert window.pages.currentWidget() is window.plan_page
    assert window.plan_page.plan_id == ids[1]
    assert window.database is not None


def test_deleting_before_the_data_is_open_asks_once_it_is(window_starting, qtbot, answer_next_dialog):
    window, ids = window_starting
    window.home.select_plan(ids[0])
    window.home.delete_selected()
    assert "still opening" in window.statusBar().currentMessage()
    answer_next_dialog("confirmYes")
    qtbot.waitUntil(lambda: window.database is not None, timeout=30_000)
    qtbot.waitUntil(lambda: len(window.home.plan_names()) == 2, timeout=10_000)
    assert "Inkludering 2027–2028" not in window.home.plan_names()


AS_A_USER_STARTS_IT = """
import sys
from PySide6.QtWidgets import QApplication
from verktoykasse.ui import app

marks = []


def mark(stage):
    marks.append(stage)
    if stage == "ready":
        icon = QApplication.instance().windowIcon()
        print(marks, len(icon.availableSizes()) >= 3)


app._signal_start = mark
from verktoykasse.cli import main

raise SystemExit(main(["--data-dir", sys.argv[1]]))
"""


def test_the_program_shows_its_window_then_the_plans_then_opens_the_data_with_its_icon(
    context, database, data_dir
):
    add_plans(database)
    context.close()
    printed = run_in_a_fresh_program(AS_A_USER_STARTS_IT, data_dir, exit_after_start=True)
    assert printed.strip().splitlines()[-1] == "['shown', 'listed', 'ready'] True"


def test_closing_the_window_while_the_data_still_loads_ends_quietly(
    context, database, data_dir, qtbot, monkeypatch, caplog
):
    """The user closes the program in the moment after the plans are listed: the window is gone before
    SQLAlchemy has loaded in the background. When the loading ends, nothing is opened for the gone window
    and no error comes from the loading thread (it once raised "Signal source has been deleted")."""
    import threading

    import shiboken6

    from verktoykasse.context import AppContext
    from verktoykasse.storage import preload
    from verktoykasse.ui.app import create_application
    from verktoykasse.ui.main_window import MainWindow

    add_plans(database)
    context.close()
    still_loading = threading.Event()
    real_load = preload.load_storage

    def slow_load() -> None:  # held until the window is gone, as on a slow computer
        still_loading.wait(timeout=60)
        real_load()

    monkeypatch.setattr(preload, "load_storage", slow_load)
    thread_errors: list[BaseException] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: thread_errors.append(args.exc_value))
    create_application()
    window = MainWindow(AppContext.create(data_dir))
    window.show()
    window.start_data()
    qtbot.waitUntil(lambda: window._loading is not None and window._loading.running, timeout=10_000)
    loading = window._loading
    assert len(window.home.plan_names()) == 3  # the plans are on screen, the data not yet open

    window.close()
    window.context.close()
    shiboken6.delete(window)  # the window and the loading's own object are gone
    caplog.set_level("DEBUG", logger="verktoykasse.ui")
    still_loading.set()
    qtbot.waitUntil(lambda: "storage loaded ahead after its window closed" in caplog.text, timeout=60_000)

    assert loading.done and not loading.running
    assert thread_errors == []
