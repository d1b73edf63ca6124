"""A throwaway PostgreSQL cluster for the tests and the benchmarks: made, used and removed in one run.

The storage, editing, migration, exchange and concurrency tests run on SQLite and on PostgreSQL (the
``db_engine`` parameter, see tests/conftest.py), and ``benchmarks.server`` times a field save on it. The
PostgreSQL server is, in this order:

- ``VERKTOYKASSE_TEST_POSTGRES_URL``: an existing server where the tests may create databases;
- otherwise a new cluster made here with ``initdb`` in a temporary folder, listening only on a Unix socket
  in that folder (no TCP port, nothing reachable from outside), with password (SCRAM) logins.
  PostgreSQL refuses to run as root, so as root the cluster belongs to the ``postgres`` user that Debian's
  package creates (or ``nobody``) and is started with ``runuser``.

``VERKTOYKASSE_TEST_POSTGRES=required`` (set by .ci/run) makes a missing server a failure instead of a
skip: CI never passes without the PostgreSQL half.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

ENV_URL = "VERKTOYKASSE_TEST_POSTGRES_URL"
ENV_REQUIRED = "VERKTOYKASSE_TEST_POSTGRES"
SUPERUSER = "verktoykasse_test"
PASSWORD = "throwaway-Ænd-pw"  # password logins, so wrong passwords can be tried; this cluster lives minutes
TEMPLATE = "verktoykasse_head"  # migrated once per run; each test's database is a copy of it


def required() -> bool:
    return os.environ.get(ENV_REQUIRED, "").lower() in ("1", "required", "yes", "true")


def postgres_bin(name: str) -> str | None:
    """A PostgreSQL server program: Debian keeps them in /usr/lib/postgresql/<version>/bin, off PATH."""
    versions = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(Path(p).parts[-3].split(".")[0])
    )
    return versions[-1] if versions else shutil.which(name)


class Cluster:
    """A running cluster; ``url(database)`` is the SQLAlchemy URL of one of its databases."""

    def __init__(self, base_url: str | None = None) -> None:
        self.folder: Path | None = None
        self._owner: str | None = None
        self._base = base_url
        self._names = itertools.count(1)
        self._admin = None

    # -- starting and stopping ---------------------------------------------------------------------------
    def start(self) -> Cluster:
        if self._base is not None:
            return self
        initdb, pg_ctl = postgres_bin("initdb"), postgres_bin("pg_ctl")
        if initdb is None or pg_ctl is None:
            raise RuntimeError("PostgreSQL's server programs (initdb, pg_ctl) are not installed")
        self.folder = Path(tempfile.mkdtemp(prefix="vk-pg-"))  # short: a socket path has ≈100 characters
        data, socket = self.folder / "data", self.folder
        if os.name == "posix" and os.geteuid() == 0:
            import pwd

            self._owner = next(u for u in ("postgres", "nobody") if _user_exists(u))
            owner = pwd.getpwnam(self._owner)
            os.chown(self.folder, owner.pw_uid, owner.pw_gid)
        secret = self.folder / "pw"
        secret.write_text(PASSWORD + "\n", encoding="utf-8")
        if self._owner is not None:
            os.chown(secret, owner.pw_uid, owner.pw_gid)
        self._run(
            initdb, "-D", str(data), "-U", SUPERUSER, "--auth=scram-sha-256", f"--pwfile={secret}",
            "-E", "UTF8", "--no-locale",
        )  # fmt: skip
        secret.unlink()
        options = f"-k {socket} -c listen_addresses='' -F -c max_connections=60 -c shared_buffers=16MB"
        self._run(pg_ctl, "-D", str(data), "-o", options, "-l", str(self.folder / "log"), "-w", "start")
        from sqlalchemy import URL

        _stop_on_termination(self)
        self._base = URL.create(
            "postgresql+psycopg", SUPERUSER, PASSWORD, database="postgres", query={"host": str(socket)}
        ).render_as_string(hide_password=False)
        return self

    def stop(self) -> None:
        if self._admin is not None:
            self._admin.dispose()
        if self.folder is None:
            return
        pg_ctl = postgres_bin("pg_ctl")
        with contextlib.suppress(Exception):
            self._run(pg_ctl, "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None

    def _run(self, *command: str | None) -> None:
        argv = [str(c) for c in command]
        if self._owner is not None:
            argv = ["runuser", "-u", self._owner, "--", *argv]
        result = subprocess.run(argv, capture_output=True, text=True, cwd=self.folder)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(argv)} failed: {result.stdout}{result.stderr}")

    # -- databases ---------------------------------------------------------------------------------------
    def url(self, database: str) -> str:
        from sqlalchemy.engine import make_url

        assert self._base is not None
        return make_url(self._base).set(database=database).render_as_string(hide_password=False)

    def _execute(self, statement: str) -> None:
        from sqlalchemy import create_engine, text

        if self._admin is None:
            self._admin = create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")
        with self._admin.connect() as connection:
            connection.execute(text(statement))

    def make_template(self, paths_root: Path) -> None:
        """The database every test copies: migrated to the head once, so a test does not wait for that."""
        from verktoykasse.paths import DataPaths
        from verktoykasse.storage.server import open_server

        self._execute(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)")
        self._execute(f"CREATE DATABASE {TEMPLATE}")
        open_server(self.url(TEMPLATE), DataPaths(paths_root)).close()

    def new_database(self, *, empty: bool = False) -> str:
        """A new database (a copy of the migrated template, or ``empty``); returns its name."""
        name = f"verktoykasse_t{os.getpid()}_{next(self._names)}"
        self._execute(f"CREATE DATABASE {name} TEMPLATE {'template0' if empty else TEMPLATE}")
        return name

    def drop(self, name: str) -> None:
        self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def execute(self, database: str, statement: str) -> None:
        """Run one statement in ``database`` as the superuser (make roles, take rights away)."""
        from sqlalchemy import create_engine, text

        engine = create_engine(self.url(database), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.execute(text(statement))
        finally:
            engine.dispose()


def _user_exists(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


def _stop_on_termination(cluster: Cluster) -> None:
    """A run ended by SIGTERM (a timeout) or an interpreter exit still stops the server and removes its
    folder: otherwise the throwaway cluster would outlive the run that made it."""
    import atexit
    import signal

    atexit.register(cluster.stop)
    if os.name == "posix" and signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:

        def interrupt(_signum: int, _frame: object) -> None:
            raise KeyboardInterrupt  # pytest then tears the session down, this cluster with it

        signal.signal(signal.SIGTERM, interrupt)
