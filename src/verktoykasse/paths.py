"""One place decides where the user's files live.

The data folder comes, in this order, from ``--data-dir``, the ``VERKTOYKASSE_DATA_DIR`` environment
variable, or the platform's user data folder (platformdirs; on Windows the local one, ``%LOCALAPPDATA%``,
where version 0.1.0 used the roaming one: see ``storage.relocate``). Everything the program writes — database,
backups, settings — lives below it, so a USB stick with ``--data-dir`` is a complete portable install and a
test only has to point at a temporary folder.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import NamedTuple

APP_NAME = "Verktoykasse"
APP_AUTHOR = "Verktoykassa"
ENV_DATA_DIR = "VERKTOYKASSE_DATA_DIR"


def default_data_dir() -> Path:
    """The user's data folder. On Windows in Local AppData, never the roaming profile: companies often
    redirect Roaming to a server share, where SQLite's write-ahead log does not work."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def local_log_dir() -> Path:
    """This computer's own folder for the log, for a session that may not write into its data folder
    (another computer holds it): two programs appending to one log on a shared folder would mix and
    clash. On Windows in Local AppData (``…\\Verktoykassa\\Verktoykasse\\Logs``)."""
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def roaming_data_dir() -> Path:
    """Where version 0.1.0 kept the data: Roaming AppData on Windows; elsewhere ``default_data_dir``."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=True))


def _named_data_dir(cli_value: str | os.PathLike[str] | None) -> Path | None:
    """The folder ``--data-dir`` or the environment names, if one does."""
    named = cli_value or os.environ.get(ENV_DATA_DIR)
    return Path(named).expanduser().resolve() if named else None


def asked_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The data folder as asked for, before a moved folder's note is followed or 0.1.0's roaming data is
    moved: what a message names when finding the data folder itself fails."""
    return _named_data_dir(cli_value) or default_data_dir()


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    named = _named_data_dir(cli_value)
    instead = chosen_instead_of(named or default_data_dir())
    if instead is not None:  # the user chose to keep the data elsewhere, once this folder could not be used
        return followed(instead)
    if named is not None:
        return followed(named)
    local, roaming = default_data_dir(), roaming_data_dir()
    if roaming != local and DataPaths(roaming).database.is_file():  # only on Windows, after 0.1.0
        from verktoykasse.storage.relocate import move_to_local

        return move_to_local(roaming, local)
    return local


# This computer's record of the folders the user chose to use from now on instead of the one asked for
# (which could not be used at a start: a USB stick or network drive away): {"instead_of": {asked: chosen}}.
# Outside every data folder, beside the user's config folder (on Windows and macOS that folder is the usual
# data folder itself), as the folder asked for may be the one that cannot be used.
CHOICE_FILE = f"{APP_NAME}-data-folder.json"


def choice_file() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)).parent / CHOICE_FILE


def _choices() -> dict[str, str]:
    import json

    try:
        raw = json.loads(choice_file().read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):  # none yet, or unreadable: the folder asked for is used
        return {}
    chosen = raw.get("instead_of") if isinstance(raw, dict) else None
    if not isinstance(chosen, dict):
        return {}
    return {key: value for key, value in chosen.items() if isinstance(value, str) and value.strip()}


def chosen_instead_of(asked: Path) -> Path | None:
    """The folder the user chose to use from now on instead of ``asked``, if they chose one."""
    chosen = _choices().get(str(asked))
    return Path(chosen) if chosen else None


def remember_choice(asked: Path, chosen: Path | None) -> None:
    """Use ``chosen`` from now on instead of ``asked``; None goes back to ``asked`` at the next start.
    Raises ``OSError`` when the record cannot be written."""
    import json

    from verktoykasse.files import write_atomically

    choices = _choices()
    if chosen is None:
        if choices.pop(str(asked), None) is None:
            return
    else:
        choices[str(asked)] = str(chosen)
    path = choice_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {"version": 1, "instead_of": choices}
    write_atomically(path, json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8"))


# Left in a data folder whose data was moved out of a synced or network folder (``ui.synced_warning``):
# a later start that still names the old folder (a shortcut with --data-dir) finds the data.
MOVED_POINTER = "moved-to.txt"


def leave_pointer(old_root: Path, new_root: Path) -> None:
    """Write where the data of ``old_root`` went, for ``followed``."""
    (old_root / MOVED_POINTER).write_text(str(new_root) + "\n", encoding="utf-8")


def followed(root: Path) -> Path:
    """``root``, or the folder its data was moved to when it holds no database any more."""
    pointer = root / MOVED_POINTER
    try:
        if pointer.is_file() and not DataPaths(root).database.exists():
            target = pointer.read_text(encoding="utf-8-sig").strip()  # a byte-order mark: saved by Notepad
            if target and "\x00" not in target:
                return Path(target)
    except (OSError, ValueError):  # not UTF-8 (UnicodeDecodeError)
        pass  # an unreadable note: the folder named is used, and explains itself
    return root


class DataPaths(NamedTuple):
    """The files inside one data folder; fixed once made, equal to another for the same folder.

    A named tuple rather than a frozen dataclass: ``dataclasses`` (and the code it writes for each class)
    cost ≈4 ms before the first window, for this class, the settings and the context alone.
    """

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "verktoykasse.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def quarantine(self) -> Path:
        """Where a database that could not be opened is set aside, never deleted."""
        return self.root / "damaged"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def lock(self) -> Path:
        return self.root / "verktoykasse.lock"

    def ensure(self) -> DataPaths:
        """Create the folder, readable by the user only (0700) where the platform has such modes."""
        self.root.mkdir(parents=True, exist_ok=True)
        _restrict(self.root, stat.S_IRWXU)
        return self


def restrict_file(path: Path) -> None:
    """Make a file the user's alone (0600)."""
    _restrict(path, stat.S_IRUSR | stat.S_IWUSR)


def _restrict(path: Path, mode: int) -> None:
    if os.name != "posix":
        return
    # A folder on a FAT-formatted USB stick has no modes; that is not an error for the user.
    with contextlib.suppress(OSError):
        os.chmod(path, mode)
