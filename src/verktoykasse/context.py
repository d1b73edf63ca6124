"""The small object every face of the program (window, command line, tests) is handed.

It knows the data folder, the settings and, once asked, the open database: the local SQLite file, or a
shared database on a server when ``database_url`` is set (``--database-url``,
``VERKTOYKASSE_DATABASE_URL`` or *Settings → Database*; ``storage.server``). Passing it around instead of
module-level globals keeps tests free of monkeypatching.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from verktoykasse.paths import DataPaths, resolve_data_dir
from verktoykasse.settings import Settings

if TYPE_CHECKING:  # SQLAlchemy is imported only once the database is needed, after the window shows
    from verktoykasse.storage.db import Database
    from verktoykasse.storage.holder import Hold, Holder


class AppContext:
    """What the window and the commands work with: the data folder, the settings and the open database.

    A plain class, not a dataclass: ``dataclasses`` cost ≈4 ms before the first window (``paths``)."""

    def __init__(
        self,
        paths: DataPaths,
        settings: Settings,
        _database: Database | None = None,
        database_url: str = "",
        password: str | None = None,
        warnings: list[str] | None = None,
        held_by: Holder | None = None,
        chosen_instead_of: Path | None = None,
    ) -> None:
        self.paths = paths
        self.settings = settings
        self._database = _database
        # The shared database's address, "" for the local file. A password typed at a prompt is kept only
        # here, in memory, for this run (``password``); it is never written anywhere.
        self.database_url = database_url
        self.password = password
        # Problems that did not stop the work (a failed daily backup, a nearly full disk), for the user.
        self.warnings: list[str] = [] if warnings is None else warnings
        # A program on another computer holds the data folder (``storage.holder``): the data is opened for
        # reading only, and nothing is written into the folder (not the settings either) until it is free.
        self.held_by = held_by
        # The data folder asked for, when the user chose to keep the data in ``paths`` instead (it could not
        # be used at a start): *Settings* says so and can keep the choice, or go back to it.
        self.chosen_instead_of = chosen_instead_of
        # Another computer took the data folder over while this program held it (``ui.taken_over``):
        # nothing more is written into the folder, from the moment that is known until it is ours again.
        self.writing_stopped = False
        # This program's hold on the data folder (the window's; ``storage.holder.Hold``), asked before every
        # write into the data file: after a sleep, nothing is written before the hold is confirmed.
        self.hold: Hold | None = None

    @classmethod
    def create(cls, data_dir: str | Path | None = None, database_url: str | None = None) -> AppContext:
        from verktoykasse.settings import resolve_database_url

        paths = DataPaths(resolve_data_dir(data_dir)).ensure()
        settings = Settings.load(paths.settings)
        return cls(paths=paths, settings=settings, database_url=resolve_database_url(database_url, settings))

    @property
    def database(self) -> Database:
        if self._database is None and self.held_by is not None and not self.database_url:
            from verktoykasse.storage.db import open_read_only

            self._database = open_read_only(self.paths.database, self.held_by)
        if self._database is None and self.database_url:
            from verktoykasse.storage.server import open_server

            database = open_server(self.database_url, self.paths, self.password)
            self._database = self.reading_only_if_held(database)
        if self._database is None:
            # Checked first (a damaged file is refused untouched), backed up once a day and before upgrades.
            from verktoykasse.storage.health import open_checked

            result = open_checked(self.paths, self.settings.backups_to_keep)
            self.warnings.extend(result.warnings)
            self._database = self._asking_the_hold(result.database)
        return self._database

    @property
    def open_database(self) -> Database | None:
        """The database if it is open now, without opening it (the window opens it with its own dialogs)."""
        return self._database

    def use_database(self, database: Database | None) -> None:
        """Hold ``database``, opened by the caller (the window opens it through ``ui.recovery``)."""
        self._database = self._asking_the_hold(database) if database is not None else None

    def ask_the_hold(self, hold: Hold) -> None:
        """From now on every write into the data file asks ``hold`` first (the database open now too)."""
        self.hold = hold
        if self._database is not None:
            self._asking_the_hold(self._database)

    def _asking_the_hold(self, database: Database) -> Database:
        """``database``, asking the hold before each write when it is the folder's own file, open for
        writing (a server's database is shared by design; one held elsewhere is only read)."""
        if self.hold is not None and not database.read_only and not database.is_server:
            database.ask_before_writing(self.hold.refusal)
        return database

    def reading_only_if_held(self, database: Database) -> Database:
        """``database`` (a server's), for reading only while another computer holds the data folder."""
        if self.held_by is not None:
            database.read_only, database.held_by = True, self.held_by
        return database

    def save_settings(self) -> None:
        if self.held_by is not None or self.writing_stopped:  # another computer's folder for now: its
            return  # settings are not ours to write
        self.settings.save(self.paths.settings)

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None
