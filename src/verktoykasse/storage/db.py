"""Opening the database: SQLite with its pragmas, upgraded by Alembic to the schema this version needs.

Start-up is on the hot path, so Alembic (≈100 ms of imports) is only loaded when the stored schema
revision differs from ``HEAD_REVISION``; a test keeps that constant equal to the migrations' head.
SQLAlchemy (≈0.4 s) is imported by the functions that need it, not with this module: the start-up checks
(``storage.health``) and the first list of plans (``storage.plan_list``) use what is here without it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from verktoykasse.paths import restrict_file

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from verktoykasse.storage.holder import Holder

HEAD_REVISION = "0010"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class DatabaseError(Exception):
    """A database the program cannot use, with a reason a user can read."""


class NewerDatabaseError(DatabaseError):
    """The database was written by a newer version of the program."""


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(path: Path) -> Engine:
    from sqlalchemy import URL, create_engine, event

    # URL.create, not f"sqlite:///{path}": a URL string would read "%20" in a folder name as a space.
    engine = create_engine(URL.create("sqlite", database=str(path)), future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def read_only_uri(path: Path) -> str:
    """The URI that opens ``path`` read-only, for ``sqlite3.connect(..., uri=True)``."""
    return sqlite_uri(Path(os.path.abspath(path))) + "?mode=ro"


def sqlite_uri(path: PurePath) -> str:
    """``path`` (absolute) as a ``file:`` URI SQLite reads.

    Built with ``as_uri`` so that ``#``, ``%``, ``?`` and spaces in folder names are escaped (a plain
    ``f"file:{path}"`` ends the path at a ``#``). SQLite wants an empty authority, so a Windows network
    path (``file://server/share/…``) is written ``file:////server/share/…``.
    """
    uri = path.as_uri()
    if not uri.startswith("file:///"):
        uri = "file:////" + uri.removeprefix("file://")
    return uri


def stored_revision(path: Path, uri: str = "") -> str | None:
    """The Alembic revision recorded in the file, read with plain sqlite3 (no Alembic import); through
    ``uri`` when given (``open_read_only``'s)."""
    if not path.exists():
        return None
    con = sqlite3.connect(uri or read_only_uri(path), uri=True)
    try:
        row = con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        found = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return found[0] if found else None
    finally:
        con.close()


def known_revisions() -> set[str]:
    return {p.stem.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("*.py")}


def alembic_config(engine: Engine):  # -> alembic.config.Config
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


class Database:
    """An open database: the local SQLite file, or a shared one on a server (``storage.server``).

    ``path`` is the local file; for a server database it is where that file would be, so that
    ``data_dir`` (own catalogue entries, backups) is the data folder either way. ``url`` is the server's
    address as it may be shown (never with a password), "" for the local file. ``read_only``: a server
    role that may only read (a board member who prints), or the file, held by a program on another
    computer (``held_by``, ``open_read_only``).

    A plain class, not a dataclass: the window lists the plans at start through this module's
    ``stored_revision`` before anything else needs ``dataclasses`` (≈2 ms to import).
    """

    def __init__(
        self,
        path: Path,
        engine: Engine,
        sessions: sessionmaker[Session],
        url: str = "",
        read_only: bool = False,
        held_by: Holder | None = None,
    ) -> None:
        self.path = path
        self.engine = engine
        self.sessions = sessions
        self.url = url
        self.read_only = read_only
        self.held_by = held_by
        self.writing_stopped = False  # another computer took the data folder over: nothing more is written
        self.asks_before_writing = False  # each write asks this program's hold first

    def __repr__(self) -> str:
        return f"Database(path={self.path!r}, url={self.url!r}, read_only={self.read_only!r})"

    @property
    def is_server(self) -> bool:
        return bool(self.url)

    @property
    def data_dir(self) -> Path:
        return self.path.parent

    def session(self) -> Session:
        return self.sessions()

    def stop_writing(self) -> None:
        """Write nothing more into this database, from any session or connection: a program on another
        computer took its data folder over (``storage.holder``) and writes the file now. Every statement
        but a read is refused with SQLite's own "readonly" error, which every writer already handles as a
        save that failed (never as damage). Reads go on until the database is closed."""
        if self.writing_stopped:
            return
        from sqlalchemy import event

        self.writing_stopped = True
        event.listen(self.engine, "before_cursor_execute", _refuse_writes)

    def ask_before_writing(self, refusal: Callable[[], str | None]) -> None:
        """Ask ``refusal`` before every statement that writes (``storage.holder.Hold.refusal``: whether
        this program still holds the data folder); a reason given refuses the statement with SQLite's own
        "readonly" error, a save that failed like any other (the banner, retried later, nothing lost)."""
        from sqlalchemy import event

        if self.asks_before_writing:
            return
        self.asks_before_writing = True

        def ask(_connection, _cursor, statement: str, _parameters, _context, _executemany) -> None:
            if statement.lstrip()[:9].upper().startswith(ASKED_FOR_NOTHING):  # no copy of a long query
                return
            reason = refusal()
            if reason is not None:
                raise sqlite3.OperationalError(f"attempt to write a readonly database ({reason})")

        event.listen(self.engine, "before_cursor_execute", ask)

    def close(self) -> None:
        self.engine.dispose()


# What a database whose writing stopped still runs: reads, and the transaction's own statements.
READS = ("SELECT", "PRAGMA", "SAVEPOINT", "RELEASE", "ROLLBACK", "EXPLAIN")
ASKED_FOR_NOTHING = (*READS, "BEGIN")  # what goes without asking the hold: a read needs no hold


def _refuse_writes(_connection, _cursor, statement: str, _parameters, _context, _executemany) -> None:
    if not statement.lstrip().upper().startswith(READS):
        raise sqlite3.OperationalError(
            "attempt to write a readonly database (the data folder was taken over)"
        )


def open_database(
    path: Path, *, before_migration: Callable[[Path, str | None], None] | None = None
) -> Database:
    """Open (creating if needed) and migrate the database at ``path``.

    ``before_migration(path, from_revision)`` runs before an existing database is upgraded, so the caller
    can take a backup first.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        revision = stored_revision(path)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(str(exc)) from exc
    if revision not in (None, HEAD_REVISION) and revision not in known_revisions():
        raise NewerDatabaseError(revision)
    engine = make_engine(path)
    try:
        if revision != HEAD_REVISION:
            if revision is not None and before_migration is not None:
                before_migration(path, revision)
            upgrade(engine)
        restrict_file(path)
    except BaseException:
        # The engine's pooled connections hold the file open; on Windows an open file cannot be moved
        # aside, so a failed upgrade must let go before the user is offered to set the file aside.
        engine.dispose()
        raise
    return Database(path=path, engine=engine, sessions=session_factory(engine))


class OlderDatabaseError(DatabaseError):
    """The database needs an upgrade, which a program that may only read it cannot make."""


def open_read_only(path: Path, held_by: Holder | None = None) -> Database:
    """Open the local file for reading only: nothing is ever written to it, not even an upgrade.

    For a data folder a program on another computer holds (``storage.holder``): that program writes, this
    one shows and prints. SQLite opens the file with ``mode=ro`` and refuses every write
    (``query_only`` too), so no migration, no backup and no journal is written. When the holder's write-
    ahead log lies beside the file it is read (SQLite then keeps only its shared-memory index up to date,
    never the file or the log); when there is none, nothing is being written to the file here, and it is
    opened ``immutable``: SQLite then makes no files beside it and takes no locks (a network drive's
    locking is not to be trusted, and a synced folder would copy whatever is made there). A file of
    another version raises ``NewerDatabaseError`` or ``OlderDatabaseError``; a missing or unreadable
    one ``DatabaseError``.
    """
    from sqlalchemy import create_engine, event

    uri = read_only_uri(path)
    if not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"
    try:
        revision = stored_revision(path, uri)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(str(exc)) from exc
    if revision is None:
        raise DatabaseError(f"no plans in {path}")
    if revision not in known_revisions():
        raise NewerDatabaseError(revision)
    if revision != HEAD_REVISION:
        raise OlderDatabaseError(revision)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, future=True)
    event.listen(engine, "connect", _read_only_pragmas)
    return Database(
        path=path, engine=engine, sessions=session_factory(engine), read_only=True, held_by=held_by
    )


def _read_only_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def who_am_i() -> str:
    """The name written beside every change ("Endret av kari 10.12. 14:03"): the user's login name."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no login name at all (a service account without one): the change is still kept
        return ""


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """The sessions every face works in, with the program's rules on every write, whatever the engine."""
    from sqlalchemy.orm import sessionmaker

    from verktoykasse.storage.editing import track_changes
    from verktoykasse.storage.link_order import keep_goal_order
    from verktoykasse.storage.one_line_fields import watch

    # Not expired on commit: a keystroke's commit must not make the next read reload the plan.
    sessions = sessionmaker(engine, expire_on_commit=False, info={"user": who_am_i()})
    track_changes(sessions)  # every session keeps "Last changed" of the plans it writes
    watch(sessions)  # one-line fields stay on one line, however they arrive
    keep_goal_order(sessions)  # a measure's goals keep the order they were given
    return sessions


def engine_revision(engine: Engine) -> str | None:
    """The Alembic revision recorded in the database behind ``engine`` (a server's: no file to read)."""
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
