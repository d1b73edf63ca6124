"""Starting the program pays only for what the first window shows: a user with plans sees the same window,
the same list and the same data as before, while the program leaves out what would only have cost time
(the Qt namespace's enums, ``dataclasses``, ``ctypes``). Checked on behaviour and on what is loaded,
never timed; the figures are in the README and ``benchmarks/startup.py``."""

from __future__ import annotations

from pathlib import Path

from test_plan_list_start import add_plans, run_in_a_fresh_program

# The program as a double-click starts it, reporting at each start-up marker what is loaded by then.
START_AND_LOOK = """
import json
import sys

from verktoykasse.ui import app

signal_start = app._signal_start
# Types PySide6 builds on first use, with their enums: the Qt namespace (≈25 ms), QStyle (≈10 ms, drawing
# with the style), the item views (≈4 ms, the list of plans), QIcon (≈2 ms, the window's icon).
TYPES = {"Qt": "PySide6.QtCore", "QStyle": "PySide6.QtWidgets", "QListWidget": "PySide6.QtWidgets",
         "QIcon": "PySide6.QtGui"}


def look(stage):
    signal_start(stage)
    from PySide6.QtWidgets import QApplication

    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
    built = sorted(name for name, module in TYPES.items() if name in sys.modules[module].__dict__)
    loaded = sorted(name for name in ("dataclasses", "ctypes", "sqlalchemy") if name in sys.modules)
    seen = {"built": built, "loaded": loaded, "plans": window.home.plan_names()}
    print(stage, json.dumps(seen), flush=True)


app._signal_start = look
from verktoykasse.cli import main

raise SystemExit(main(["--data-dir", sys.argv[1]]))
"""


def start_and_look(data_dir: Path) -> dict[str, dict]:
    import json

    seen = {}
    for line in run_in_a_fresh_program(START_AND_LOOK, data_dir, exit_after_start=True).splitlines():
        stage, _, rest = line.partition(" ")
        if stage in ("shown", "listed", "ready"):
            seen[stage] = json.loads(rest)
    return seen


def test_the_window_and_the_plans_show_before_what_only_costs_time_loads(context, database, data_dir):
    """Kari has three plans. The window shows without ``dataclasses``, ``ctypes``, the list's item views or
    the icon's type; the plans are listed (each drawn in two lines) without SQLAlchemy or ``dataclasses``,
    and the data opens, without PySide6 building its Qt namespace (≈25 ms) or QStyle (≈10 ms) at all."""
    add_plans(database)
    context.close()
    seen = start_and_look(data_dir)
    assert seen["shown"] == {"built": [], "loaded": [], "plans": []}  # no plans on screen yet
    assert seen["listed"]["built"] == ["QListWidget"]
    assert seen["listed"]["loaded"] == []
    assert "Sommerjobb" in seen["listed"]["plans"] and "Inkludering 2027–2028" in seen["listed"]["plans"]
    assert "Qt" not in seen["ready"]["built"] and "QStyle" not in seen["ready"]["built"]
    assert "sqlalchemy" in seen["ready"]["loaded"] and "Sommerjobb" in seen["ready"]["plans"]


def test_a_plan_name_too_long_for_the_list_is_cut_short_and_one_that_fits_is_drawn_whole(qtbot):
    """A plan named with a whole sentence ends in "…" in the list (the whole name is in its tooltip and
    read out by a screen reader); a short name is drawn as it is."""
    from PySide6.QtWidgets import QListWidget, QStyleOptionViewItem

    from verktoykasse.ui.plan_list_delegate import PlanItemDelegate

    option = QStyleOptionViewItem()
    option.textElideMode = QListWidget().textElideMode()  # as the list of plans cuts its texts: at the end
    metrics = option.fontMetrics
    short = "Inkludering 2027"
    long = "Inkluderingsplan for Fjordbakeriet AS, avdeling Sentrum, med sommerjobber og lærlinger " * 3
    width = metrics.horizontalAdvance(short) + 10
    assert PlanItemDelegate._fitted(short, metrics, option, width) == short
    cut = PlanItemDelegate._fitted(long, metrics, option, width)
    assert cut.endswith("…") and long.startswith(cut[:-1]) and metrics.horizontalAdvance(cut) <= width


def test_settings_compare_save_and_load_as_before(tmp_path: Path):
    """The settings are a plain class now: the same values compare equal, are saved with every field in
    order, and come back the same; a list in them is not shared with what was saved."""
    import json

    from verktoykasse.paths import DataPaths
    from verktoykasse.settings import Settings

    settings = Settings(language="en", backups_to_keep=5, guidance_seen=["needs"])
    assert settings == Settings(language="en", backups_to_keep=5, guidance_seen=["needs"])
    assert settings != Settings()
    assert "language='en'" in repr(settings)
    path = tmp_path / "settings.json"
    settings.save(path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert list(saved) == [
        "version",
        "language",
        "backups_to_keep",
        "last_plan_id",
        "window_geometry",
        "window_state",
        "due_notice_day",
        "database_url",
        "guidance_seen",
    ]
    again = Settings.load(path)
    assert again == settings
    values = settings.values()
    values["guidance_seen"].append("goals")
    assert settings.guidance_seen == ["needs"]
    assert DataPaths(tmp_path) == DataPaths(tmp_path) and DataPaths(tmp_path).settings == path


def test_a_misspelt_setting_is_refused_at_once_and_never_written_to_the_file(tmp_path: Path):
    """A program change that misspells a setting fails where it is made, instead of quietly writing an
    unknown name into the user's settings file while the real setting stays as it was."""
    import json

    import pytest

    from verktoykasse.settings import Settings

    settings = Settings(language="nb")
    with pytest.raises(AttributeError):
        settings.langauge = "en"  # type: ignore[attr-defined]
    settings.save(tmp_path / "settings.json")
    saved = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert "langauge" not in saved and saved["language"] == "nb"


def _window_on(data_dir: Path, qtbot):
    from verktoykasse.context import AppContext
    from verktoykasse.ui.app import create_application
    from verktoykasse.ui.main_window import MainWindow

    create_application()
    window = MainWindow(AppContext.create(data_dir))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_no_plans_yet_is_never_shown_or_said_to_a_user_who_has_plans(context, database, data_dir, qtbot):
    """Kari has three plans. The first frame, before they are read, neither invites her to make her first
    plan (a screen reader would say it) nor shows an empty list; then her plans appear, and only them."""
    add_plans(database)
    context.close()
    window = _window_on(data_dir, qtbot)
    home = window.home
    assert not home.empty_label.isVisible() and not home.plan_list.isVisible()
    window.start_data()
    assert home.plan_list.isVisible() and not home.empty_label.isVisible()
    assert len(home.plan_names()) == 3
    qtbot.waitUntil(lambda: window.database is not None)
    assert home.plan_list.isVisible() and not home.empty_label.isVisible()
    window.context.close()


def test_a_user_without_plans_is_invited_to_make_one_as_soon_as_that_is_known(context, data_dir, qtbot):
    context.close()  # a new data folder: the database exists, no plans in it
    window = _window_on(data_dir, qtbot)
    home = window.home
    assert not home.empty_label.isVisible()
    window.start_data()
    assert home.empty_label.isVisible() and not home.plan_list.isVisible()
    assert "New plan" in home.empty_label.text()
    qtbot.waitUntil(lambda: window.database is not None)
    assert home.empty_label.isVisible()
    window.context.close()


def test_the_file_menu_offers_everything_even_when_opened_before_the_data_is(context, data_dir, qtbot):
    """The File menu's exports, workshop and backup items are made once the data is open; opened before,
    the menu makes them then, with their letters and shortcuts."""
    context.close()
    window = _window_on(data_dir, qtbot)
    assert window.quit_action in window.file_menu.actions()
    window.file_menu.aboutToShow.emit()  # as Alt+F does
    offered = window.file_menu.actions()
    assert window.report_actions.export_action in offered and window.report_actions.print_action in offered
    assert window.data_actions.backup_action in offered and window.workshop_actions.kit_action in offered
    assert window.report_actions.export_action.text() == "&Export PDF…"
    assert window.report_actions.export_action.shortcuts()[0].toString() == "Ctrl+E"
    window.start_data()
    qtbot.waitUntil(lambda: window.database is not None)
    assert window.file_menu.actions().count(window.report_actions.print_action) == 1  # made once
    assert len(window.file_menu.actions()) == len(offered)
    window.context.close()
