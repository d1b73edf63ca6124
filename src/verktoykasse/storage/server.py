"""A shared database on a PostgreSQL server, for a business (or an adviser) that outgrew one PC.

The local SQLite file stays the default: nobody has to install a server. A server is chosen by a URL, from
``--database-url``, ``VERKTOYKASSE_DATABASE_URL`` or *Settings → Database*, in that order
(``settings.resolve_database_url``). The URL written to ``settings.json`` never holds a password: the
password comes from the system's keyring (``keyring``), from a prompt, or from PostgreSQL's own
``PGPASSWORD`` / ``.pgpass``, and every URL shown in a message or a log is shown without it (``shown``).

TLS is used when the server offers it (libpq's ``sslmode=prefer``) and required with ``sslmode=require``
(or ``verify-full``) in the URL. Connection failures are sorted into the few a user can act on (wrong
host, server down, wrong name or password, no such database, no TLS, no rights) with a sentence each.
"""

from __future__ import annotations

import contextlib
import logging
import re
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from verktoykasse.logs import hide_passwords
from verktoykasse.settings import is_server_url

if TYPE_CHECKING:
    from sqlalchemy import URL, Engine
    from sqlalchemy.orm import Session

    from verktoykasse.paths import DataPaths
    from verktoykasse.storage.db import Database

DRIVER = "postgresql+psycopg"
KEYRING_SERVICE = "Verktøykassa database"
CONNECT_TIMEOUT_SECONDS = 8
APPLICATION_NAME = "Verktøykassa"

log = logging.getLogger("verktoykasse.storage")


class ServerProblem(StrEnum):
    BAD_URL = "bad_url"
    UNKNOWN_HOST = "unknown_host"
    DOWN = "down"
    LOGIN = "login"
    NO_DATABASE = "no_database"
    NO_TLS = "no_tls"
    NO_RIGHTS = "no_rights"
    NEWER = "newer"
    OTHER = "other"


class ServerError(Exception):
    """The server cannot be used; ``str()`` is the user's message, ``problem`` what kind of failure."""

    def __init__(self, problem: ServerProblem, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.problem = problem
        self.detail = hide_passwords(detail)

    @property
    def needs_password(self) -> bool:
        return self.problem is ServerProblem.LOGIN


def parse_url(text: str) -> URL:
    """``text`` as SQLAlchemy's URL for psycopg 3; raises ``ServerError`` (``BAD_URL``) with the reason."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    if not is_server_url(text):
        raise ServerError(ServerProblem.BAD_URL, bad_url_message(), shown(text))
    try:
        url = make_url(text.strip())
    except (ArgumentError, ValueError) as exc:
        raise ServerError(ServerProblem.BAD_URL, bad_url_message(), shown(text)) from exc
    if not url.database:
        raise ServerError(ServerProblem.BAD_URL, bad_url_message(), shown(text))
    return url.set(drivername=DRIVER)


def bad_url_message() -> str:
    return QCoreApplication.translate(
        "Server",
        "This is not a database address the program understands. Write it like "
        "postgresql://name@server.example.no/verktoykasse (add ?sslmode=require to insist on an encrypted "
        "connection).",
    )


def shown(url: URL | str) -> str:
    """The URL as it may be shown or logged: never with its password."""
    if isinstance(url, str):
        return hide_passwords(url)
    return without_secret(url).render_as_string(hide_password=False)


def without_secret(url: URL) -> URL:
    """``url`` without its password (``URL.set(password=None)`` would keep it: None there means "as is")."""
    return url._replace(password=None)


def keyring_user(url: URL) -> str:
    """The keyring entry's name: who logs in where, so two servers or two roles keep two passwords."""
    host = url.host or url.query.get("host") or "localhost"
    return f"{url.username or ''}@{host}:{url.port or 5432}/{url.database}"


def stored_password(url: URL) -> str | None:
    """The password the keyring keeps for ``url``; None when it has none or there is no keyring."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, keyring_user(url))
    except Exception as exc:  # no keyring on this system (a server without a desktop), or it is locked
        log.info("no password from the keyring: %s", type(exc).__name__)
        return None


def remember_password(url: URL, password: str) -> bool:
    """Keep ``password`` in the system's keyring; False when there is no usable keyring."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, keyring_user(url), password)
        return True
    except Exception as exc:
        log.info("the keyring did not take the password: %s", type(exc).__name__)
        return False


def forget_password(url: URL) -> None:
    with contextlib.suppress(Exception):
        import keyring

        keyring.delete_password(KEYRING_SERVICE, keyring_user(url))


def make_server_engine(url: URL, password: str | None = None) -> Engine:
    """An engine for the server. The password, when given, goes to the connection, never into a string.

    ``sslmode=prefer`` unless the URL says otherwise: encrypted whenever the server offers TLS. Idle
    connections are checked before use (``pool_pre_ping``), so a server restarted over lunch is found again.
    """
    from sqlalchemy import create_engine

    query = dict(url.query)
    query.setdefault("sslmode", "prefer")
    url = url.set(query=query)
    if password is not None:
        url = url.set(password=password)
    engine = create_engine(
        url,
        pool_pre_ping=True,
        pool_size=2,
        max_overflow=4,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS, "application_name": APPLICATION_NAME},
    )
    return engine


# libpq's words for the failures a user can act on (the text is English whatever the client's language).
_PATTERNS: tuple[tuple[ServerProblem, str], ...] = (
    (ServerProblem.NO_TLS, r"does not support ssl|ssl was required|ssl negotiation"),
    (
        ServerProblem.LOGIN,
        r"password authentication failed|no password supplied|role .* does not exist|"
        r"authentication failed|no pg_hba\.conf entry",
    ),
    (ServerProblem.NO_DATABASE, r"database .* does not exist"),
    (
        ServerProblem.UNKNOWN_HOST,
        r"could not translate host name|failed to resolve host|name or service not known|"
        r"nodename nor servname|no such host",
    ),
    (
        ServerProblem.DOWN,
        r"connection refused|timeout expired|could not connect|no such file or directory|"
        r"server closed the connection|connection timed out|network is unreachable|the database system is",
    ),
    (ServerProblem.NO_RIGHTS, r"permission denied|must be owner"),
)


def classify_server_error(exc: BaseException) -> ServerProblem:
    text = str(getattr(exc, "orig", None) or exc).lower()
    for problem, pattern in _PATTERNS:
        if re.search(pattern, text):
            return problem
    return ServerProblem.OTHER


def server_message(problem: ServerProblem, url: URL | str, detail: str = "") -> str:
    """What went wrong with the server and what to do, in plain words, translated."""
    if isinstance(url, str):
        host, database, user, address = "", "", "", shown(url)
    else:
        host = url.host or url.query.get("host") or "localhost"
        database, user, address = url.database or "", url.username or "", shown(url)
    texts = {
        ServerProblem.BAD_URL: bad_url_message(),
        ServerProblem.UNKNOWN_HOST: QCoreApplication.translate(
            "Server",
            "The database server {host} was not found. Check the server's name in the address ({address}) "
            "and that this computer is on the right network (or VPN).",
        ),
        ServerProblem.DOWN: QCoreApplication.translate(
            "Server",
            "The database server {host} does not answer. It may be switched off or restarting, or a "
            "firewall stops the connection. Try again in a moment, or ask the person who runs the server.",
        ),
        ServerProblem.LOGIN: QCoreApplication.translate(
            "Server",
            "The server {host} did not accept the user name “{user}” with this password. Check both, or "
            "ask the person who runs the server.",
        ),
        ServerProblem.NO_DATABASE: QCoreApplication.translate(
            "Server",
            "The server {host} has no database called “{database}”. Check the name at the end of the "
            "address, or ask the person who runs the server to create it (see the README).",
        ),
        ServerProblem.NO_TLS: QCoreApplication.translate(
            "Server",
            "The server {host} does not offer an encrypted connection, and the address asks for one "
            "(sslmode=require). Ask the person who runs the server to switch on TLS.",
        ),
        ServerProblem.NO_RIGHTS: QCoreApplication.translate(
            "Server",
            "The user “{user}” may not change the database “{database}” on {host}. Ask the person who "
            "runs the server for the rights the README lists, or use a user that has them.",
        ),
        ServerProblem.NEWER: QCoreApplication.translate(
            "Server",
            "The shared database was set up by a newer version of Verktøykassa. Install that version (or "
            "a newer one) to use it; this version leaves it unchanged.",
        ),
        ServerProblem.OTHER: QCoreApplication.translate(
            "Server", "The shared database {address} could not be used ({detail})."
        ),
    }
    return texts[problem].format(
        host=host, user=user, database=database, address=address, detail=hide_passwords(detail)
    )


def server_error(exc: BaseException, url: URL) -> ServerError:
    """``exc`` (from psycopg or SQLAlchemy) as the ``ServerError`` a user can read."""
    problem = classify_server_error(exc)
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0] if str(exc).strip() else ""
    return ServerError(problem, server_message(problem, url, detail), detail)


def check_connection(url: URL, password: str | None = None) -> None:
    """Log in and ask the server one question; raises ``ServerError`` with the message to show.

    *Settings → Database*'s "Test connection" button, and the first thing done on opening.
    """
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    engine = make_server_engine(url, password)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        raise server_error(exc, url) from exc
    finally:
        engine.dispose()


def drop_nul_characters(session: Session, _context: object = None, _instances: object = None) -> None:
    """``before_flush`` on a server: PostgreSQL cannot store the NUL character (``\\x00``) in text.

    Nobody types it; it arrives only inside pasted or imported text, where it means nothing. Dropping it
    keeps every other character, where refusing would lose the whole save.
    """
    for obj in (*session.new, *session.dirty):
        for column in obj.__table__.columns:
            value = getattr(obj, column.key, None)
            if isinstance(value, str) and "\x00" in value:
                setattr(obj, column.key, value.replace("\x00", ""))


def may_write(engine: Engine) -> bool:
    """Whether the role may change plans: a read-only role (board members who print) may not."""
    from sqlalchemy import text

    with engine.connect() as connection:
        return bool(
            connection.execute(text("SELECT has_table_privilege(current_user, 'plan', 'UPDATE')")).scalar()
        )


def open_server(url_text: str, paths: DataPaths, password: str | None = None) -> Database:
    """Open (upgrading if needed) the shared database at ``url_text``; raises ``ServerError``.

    The password is the one given, else the one in the URL (typed on the command line), else the
    keyring's; with none, libpq still reads ``PGPASSWORD`` and ``.pgpass``. A database made by a newer
    version is refused untouched, as the local file is. An empty database is set up (the role needs the
    rights the README lists); a read-only role opens an up-to-date database for reading.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from verktoykasse.storage.db import (
        HEAD_REVISION,
        Database,
        engine_revision,
        known_revisions,
        session_factory,
        upgrade,
    )

    url = parse_url(url_text)
    secret = password or url.password or stored_password(url)
    url = without_secret(url)
    engine = make_server_engine(url, secret)
    try:
        revision = engine_revision(engine)
        if revision is not None and revision not in known_revisions():
            raise ServerError(ServerProblem.NEWER, server_message(ServerProblem.NEWER, url), revision)
        if revision != HEAD_REVISION:
            log.info("upgrading the shared database %s from %s", shown(url), revision)
            upgrade(engine)
        read_only = not may_write(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise server_error(exc, url) from exc
    except BaseException:
        engine.dispose()
        raise
    log.info("opened the shared database %s%s", shown(url), " (read-only)" if read_only else "")
    from sqlalchemy import event

    sessions = session_factory(engine)
    event.listen(sessions, "before_flush", drop_nul_characters)
    return Database(
        path=paths.database,
        engine=engine,
        sessions=sessions,
        url=shown(url),
        read_only=read_only,
    )
