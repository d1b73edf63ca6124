"""The settings file says its version, and a settings file of an older release still loads."""

from __future__ import annotations

import json

from verktoykasse.settings import SETTINGS_UPGRADES, SETTINGS_VERSION, Settings


def test_settings_of_0_1_0_without_a_version_load_and_are_saved_with_one(tmp_path):
    path = tmp_path / "settings.json"
    released = {  # what 0.1.0 wrote
        "language": "nb",
        "backups_to_keep": 25,
        "last_plan_id": 3,
        "window_geometry": "01d9d0cb",
        "window_state": "000000ff",
    }
    path.write_text(json.dumps(released, indent=2), encoding="utf-8")

    settings = Settings.load(path)
    assert settings == Settings(**released)

    settings.save(path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    new_in_0_2 = {"due_notice_day": "", "database_url": "", "guidance_seen": []}  # at their defaults
    assert saved == {"version": SETTINGS_VERSION, **released, **new_in_0_2}
    assert Settings.load(path) == settings


def test_settings_from_a_newer_version_keep_what_this_version_knows(tmp_path):
    path = tmp_path / "settings.json"
    newer = {"version": SETTINGS_VERSION + 1, "language": "en", "backups_to_keep": 5, "theme": "dark"}
    path.write_text(json.dumps(newer), encoding="utf-8")
    assert Settings.load(path) == Settings(language="en", backups_to_keep=5)


def test_every_settings_version_has_one_documented_upgrade():
    assert sorted(SETTINGS_UPGRADES) == list(range(1, SETTINGS_VERSION + 1))
    assert all(step.__doc__ for step in SETTINGS_UPGRADES.values())


def test_settings_saved_again_by_notepad_with_a_byte_order_mark_are_kept(tmp_path):
    """Opened in Notepad to type the shared database's address, and saved with a byte-order mark: every
    setting was dropped as unreadable, and the next save wrote the defaults over them."""
    path = tmp_path / "settings.json"
    typed = {"version": SETTINGS_VERSION, "language": "en", "database_url": "postgresql://kari@server/vk"}
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(typed).encode("utf-8"))
    settings = Settings.load(path)
    assert (settings.language, settings.database_url) == ("en", "postgresql://kari@server/vk")
