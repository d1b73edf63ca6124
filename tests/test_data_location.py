"""Where the data lives: Local AppData on Windows (not the roaming profile), moved there once, safely.

Version 0.1.0 kept it in Roaming AppData, which companies often put on a server share where SQLite's
write-ahead log does not work. The tests play a Windows user's two folders with platformdirs answering
as it does on Windows, under Windows' file rules (tests/windows_rules.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verktoykasse.context import AppContext
from verktoykasse.paths import DataPaths, default_data_dir, resolve_data_dir
from verktoykasse.storage.backup import list_backups, read_contents
from verktoykasse.storage.plans import create_plan, list_plans

pytestmark = pytest.mark.windows_rules


@pytest.fixture
def profile(tmp_path, monkeypatch) -> dict[str, Path]:
    """C:\\Users\\Åse\\AppData\\Roaming and …\\Local, as platformdirs names them on Windows."""
    import platformdirs

    folders = {
        "roaming": tmp_path / "AppData" / "Roaming" / "Verktoykassa" / "Verktoykasse",
        "local": tmp_path / "AppData" / "Local" / "Verktoykassa" / "Verktoykasse",
    }

    def user_data_dir(appname=None, appauthor=None, version=None, roaming=False, ensure_exists=False):
        return str(folders["roaming" if roaming else "local"])

    monkeypatch.setattr(platformdirs, "user_data_dir", user_data_dir)
    monkeypatch.delenv("VERKTOYKASSE_DATA_DIR", raising=False)
    return folders


def plans_in(root: Path) -> list[str]:
    context = AppContext.create(root)
    try:
        with context.database.session() as session:
            return [plan.name for plan in list_plans(session)]
    finally:
        context.close()


def make_old_data(root: Path) -> None:
    """What a 0.1.0 user has: a plan, bokmål chosen, a daily backup."""
    context = AppContext.create(root)
    context.settings.language = "nb"
    context.save_settings()
    with context.database.session() as session:
        create_plan(session, "Bakeriet 2027 – “første runde”")
    context.close()


def test_a_new_user_gets_the_data_folder_in_local_appdata(profile):
    assert default_data_dir() == profile["local"]
    assert resolve_data_dir() == profile["local"]
    assert not profile["roaming"].exists()


def test_existing_data_moves_once_from_roaming_to_local_backed_up_first(profile):
    make_old_data(profile["roaming"])

    root = resolve_data_dir()

    assert root == profile["local"]
    assert plans_in(root) == ["Bakeriet 2027 – “første runde”"]
    assert json.loads((root / "settings.json").read_text(encoding="utf-8"))["language"] == "nb"
    # The backup made before the move is in both folders, and holds the plan.
    old_backups = [b for b in list_backups(profile["roaming"] / "backups") if b.reason == "before-move"]
    assert len(old_backups) == 1
    assert read_contents(old_backups[0].path).plan_names == ["Bakeriet 2027 – “første runde”"]
    assert any(b.reason == "before-move" for b in list_backups(root / "backups"))
    # The old database is set aside, unchanged and explained, so nothing keeps using it by mistake.
    assert not DataPaths(profile["roaming"]).database.exists()
    [kept] = (profile["roaming"] / "moved-to-local").rglob("verktoykasse.sqlite3")
    assert read_contents(kept).plan_names == ["Bakeriet 2027 – “første runde”"]
    assert str(profile["local"]) in (profile["roaming"] / "moved-to-local" / "README.txt").read_text("utf-8")
    # Once only: the next start uses the new folder without touching anything.
    assert resolve_data_dir() == profile["local"]
    assert len(list((profile["roaming"] / "moved-to-local").rglob("verktoykasse.sqlite3"))) == 1


def test_data_another_program_holds_stays_where_it_is_this_time_and_moves_next_time(profile, windows_rules):
    make_old_data(profile["roaming"])
    old_database = DataPaths(profile["roaming"]).database
    with windows_rules.hold(old_database):  # a sync tool or 0.1.0 still open has the file
        assert resolve_data_dir() == profile["roaming"]
        assert plans_in(profile["roaming"]) == ["Bakeriet 2027 – “første runde”"]
    assert not DataPaths(profile["local"]).database.exists()  # no second copy to get out of step
    assert resolve_data_dir() == profile["local"]
    assert plans_in(profile["local"]) == ["Bakeriet 2027 – “første runde”"]


def test_a_folder_the_user_chose_is_used_as_it_is(profile, tmp_path):
    make_old_data(profile["roaming"])
    chosen = tmp_path / "USB-pinne"
    assert resolve_data_dir(chosen) == chosen
    assert DataPaths(profile["roaming"]).database.exists()  # nothing moved behind the user's back


def test_the_local_data_wins_when_both_folders_have_a_database(profile):
    make_old_data(profile["roaming"])
    context = AppContext.create(profile["local"])
    with context.database.session() as session:
        create_plan(session, "Ny plan")
    context.close()
    assert resolve_data_dir() == profile["local"]
    assert plans_in(profile["local"]) == ["Ny plan"]
    assert DataPaths(profile["roaming"]).database.exists()  # left alone, never overwritten
