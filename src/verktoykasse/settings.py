"""The user's settings, kept as a small JSON file inside the data folder.

Inside the data folder (not the platform's config folder) so that a portable install carries its settings
along and every test gets its own. Written atomically, so a crash never leaves half a file.

The file says its ``version``; an older file (0.1.0 wrote none) is upgraded as it is read, one small
function per version (``SETTINGS_UPGRADES``, run by ``versions.upgrade_in_order``), like plan files.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from verktoykasse.files import write_atomically
from verktoykasse.logs import hide_passwords
from verktoykasse.paths import restrict_file
from verktoykasse.versions import Upgrade, latest, upgrade_in_order

UNVERSIONED = 0  # the settings of 0.1.0, which wrote no version


def _upgrade_to_1(raw: dict[str, object]) -> None:
    """Settings 1 (0.2): the file says its version. 0.1.0 wrote none; its values mean the same (the
    settings new in 0.2, like the day of the last "things are due" notice, start at their defaults)."""


SETTINGS_UPGRADES: dict[int, Upgrade] = {1: _upgrade_to_1}
SETTINGS_VERSION = latest(SETTINGS_UPGRADES, UNVERSIONED)


class Settings:
    """What the user chose, and where the window was. A plain class, not a dataclass: ``dataclasses`` cost
    ≈4 ms before the first window (``paths``). Its fields are ``__slots__``, in order: a misspelt setting
    (``settings.langauge = …``) fails at once instead of being written to the file as a new one."""

    __slots__ = (  # noqa: RUF023  the order the file is written in, not sorted
        "language",
        "backups_to_keep",
        "last_plan_id",
        "window_geometry",
        "window_state",
        "due_notice_day",
        "database_url",
        "guidance_seen",
    )

    def __init__(
        self,
        language: str = "",  # "" follows the system; otherwise "nb" or "en"
        backups_to_keep: int = 10,
        last_plan_id: int | None = None,
        window_geometry: str = "",  # hex of QMainWindow.saveGeometry()
        window_state: str = "",
        # ISO date of the last "n things are due" notice: once a day, not per start
        due_notice_day: str = "",
        # A shared database's address (storage.server); "" is the local file. Never with a password: that
        # is kept by the system's keyring, or asked for.
        database_url: str = "",
        # Steps whose guidance the user has read once: there it opens folded to one line (small screens).
        guidance_seen: list[str] | None = None,
    ) -> None:
        self.language = language
        self.backups_to_keep = backups_to_keep
        self.last_plan_id = last_plan_id
        self.window_geometry = window_geometry
        self.window_state = window_state
        self.due_notice_day = due_notice_day
        self.database_url = database_url
        self.guidance_seen: list[str] = [] if guidance_seen is None else guidance_seen

    def values(self) -> dict[str, object]:
        """Every setting by name, in order; lists copied (what is saved, or compared)."""
        return {name: _copied(getattr(self, name)) for name in self.__slots__}

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.values() == other.values()

    __hash__ = None  # type: ignore[assignment]  # changeable, so not a dictionary key

    def __repr__(self) -> str:
        return f"Settings({', '.join(f'{name}={value!r}' for name, value in self.values().items())})"

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            raw = json.loads(path.read_text(encoding="utf-8-sig"))  # Notepad may add a byte-order mark
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        raw.setdefault("version", UNVERSIONED)
        upgrade_in_order(raw, "version", SETTINGS_UPGRADES, UNVERSIONED)
        values = {}
        for name, default in cls().values().items():
            if name in raw and _fits(raw[name], default, name):
                values[name] = raw[name]
        settings = cls(**values)
        settings.database_url = without_password(settings.database_url)  # one typed into the file by hand
        return settings

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        document = {"version": SETTINGS_VERSION, **self.values()}
        document["database_url"] = without_password(self.database_url)
        write_atomically(path, json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8"))
        restrict_file(path)


def _copied(value: object) -> object:
    return list(value) if isinstance(value, list) else value


def _fits(value: object, default: object, name: str) -> bool:
    """A hand-edited or older settings file never crashes the start: values of the wrong type are dropped."""
    if name == "last_plan_id":
        return value is None or (isinstance(value, int) and not isinstance(value, bool))
    return type(value) is type(default)


ENV_DATABASE_URL = "VERKTOYKASSE_DATABASE_URL"
SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def is_server_url(text: str) -> bool:
    return text.strip().lower().startswith(tuple(f"{scheme}:" for scheme in SERVER_SCHEMES))


def without_password(text: str) -> str:
    """What may be stored: a server's address as typed, its password removed ("" for anything else)."""
    return hide_passwords(text.strip()) if is_server_url(text) else ""


def resolve_database_url(cli_value: str | None, settings: Settings) -> str:
    """The shared database to use, "" for the local file: ``--database-url``, then
    ``VERKTOYKASSE_DATABASE_URL``, then *Settings → Database*."""
    for value in (cli_value, os.environ.get(ENV_DATABASE_URL), settings.database_url):
        if value and value.strip():
            return value.strip()
    return ""
