"""Every test runs headless, with its own empty data folder, and fails on Qt warnings (pyproject)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from verktoykasse.ui.pyside_fixes import keep_singletons_alive

keep_singletons_alive()  # the suite makes far more bool signals and Qt calls than PySide6 6.12 survives

# Windows' file rules (fsync, sharing violations, awkward paths, cp1252) for the modules marked so.
pytest_plugins = ["windows_rules"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["VERKTOYKASSE_DATA_DIR"] = ""  # never the developer's real data
os.environ.pop("VERKTOYKASSE_DATABASE_URL", None)  # nor a shared database the developer set


def _neutral_locale() -> None:
    """The suite runs the same under any LANG, LC_ALL or LANGUAGE the machine has (nb_NO.UTF-8 that is
    not generated, C, LANGUAGE=C …): this process and every child it starts use C.UTF-8 and English as
    the system language. A test about another system language says so itself (and sets LANG, LC_ALL and
    LANGUAGE for its child, as all three decide). Done before Qt is imported: Qt reads them once and
    warns, failing the test that is running, about a locale that is not installed or not UTF-8."""
    if sys.platform.startswith("linux"):
        os.environ["LC_ALL"] = os.environ["LANG"] = "C.UTF-8"
    for name in ("LANGUAGE", "LC_MESSAGES", "LC_CTYPE", "LC_NUMERIC", "LC_TIME"):
        os.environ.pop(name, None)


_neutral_locale()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """The windows a test opened are gone when it ends. pytest-qt closes them and asks Qt to delete them
    later (``deleteLater``), which happens only when an event loop runs, perhaps many tests later: until
    then each window, its plan, its database engine and its timers stayed alive, so later tests ran beside
    dozens of old windows (the run's memory grew to ≈800 MiB and every full garbage collection walked
    them all). Delivered here, after every fixture's own teardown, as ``QTest.qWait`` does.

    Before that, a number or date a test left unread in a plan's field is let go, as a user answers "Close
    without saving": closing the window would otherwise ask, with nobody there to answer (a test about that
    question answers it itself)."""
    if "verktoykasse.ui.wizard.saver" in sys.modules:
        _nobody_left_to_answer()
    result = yield
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return result


def _nobody_left_to_answer() -> None:
    from PySide6.QtWidgets import QApplication

    from verktoykasse.ui.wizard.saver import Saver

    if QApplication.instance() is None:
        return
    for widget in QApplication.allWidgets():
        saver = getattr(widget, "saver", None)
        if isinstance(saver, Saver):
            saver.flush()  # what waits for the pause is read now, not as the window closes
            saver.refused.clear()


_modules_settled = [0]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """When the tests before this one imported modules (SQLAlchemy, reportlab, a dialog …), what those
    made lives as long as the run: move it out of the garbage collector's way, as the program does once
    started (``ui.app.settle_memory``), or every full collection walks the same hundreds of thousands of
    module objects again. Done before a test's fixtures exist, once the test before it has let go of its
    own (pytest drops them after its teardown) and its garbage is collected: what is frozen is what
    lives on anyway, never a test's window, session or open file."""
    if len(sys.modules) == _modules_settled[0]:
        return
    import gc

    gc.collect()
    gc.freeze()
    _modules_settled[0] = len(sys.modules)


@pytest.fixture(autouse=True)
def _locale_restored() -> Iterator[None]:
    """Each test starts in the locale the one before it started in. A test that sets bokmål's number
    formats (``QLocale.setDefault``) or clears the translators without putting the locale back would
    otherwise leave the next test with Norwegian formats and English texts: the program reads its
    language from the locale (``i18n.current_language``), so the workshop kit then wrote the invitation
    in English (test_workshop_kit failed after test_formatting, test_missing or test_plain_words)."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def _log_restored() -> Iterator[None]:
    """Each test starts with the program's logger as the one before it started with. A test that starts
    the program (the command line, ``setup_logging``) leaves its log file open on the logger, and
    ``setup_logging`` adds none while one is there: the next test's log then went to the other test's
    folder (with the suite split over processes, test_stopped_holder found no log in its data folder)."""
    import logging

    logger = logging.getLogger("verktoykasse")
    handlers, level = list(logger.handlers), logger.level
    yield
    for handler in [h for h in logger.handlers if h not in handlers]:
        logger.removeHandler(handler)
        handler.close()
    logger.setLevel(level)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("VERKTOYKASSE_DATA_DIR", str(folder))
    return folder


# -- both engines ----------------------------------------------------------------------------------------
# A module marked ``pytest.mark.both_engines`` runs each test that uses a database (``context``,
# ``database``, ``database_url``) twice: on the local SQLite file and on a PostgreSQL server
# (benchmarks/postgres_server.py). Elsewhere ``db_engine`` is "sqlite".
ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_engine" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_engines"):
        metafunc.parametrize("db_engine", ENGINES, indirect=True)


@pytest.fixture
def db_engine(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def postgres_cluster(tmp_path_factory: pytest.TempPathFactory):
    """The PostgreSQL server of this run, with a migrated template database; skipped (or, when
    ``VERKTOYKASSE_TEST_POSTGRES=required`` as in CI, failed) where there is none."""
    from benchmarks import postgres_server

    cluster = postgres_server.Cluster(os.environ.get(postgres_server.ENV_URL) or None)
    try:
        cluster.start()
        cluster.make_template(tmp_path_factory.mktemp("template-data"))
    except Exception as exc:
        cluster.stop()
        message = f"no PostgreSQL server for the tests: {exc}"
        if postgres_server.required():
            pytest.fail(message)
        pytest.skip(message)
    yield cluster
    cluster.stop()


@pytest.fixture
def server_database(request: pytest.FixtureRequest) -> Callable[..., str]:
    """Make a database on the test server; returns its URL. ``empty=True``: not even migrated."""
    cluster = request.getfixturevalue("postgres_cluster")
    made: list[str] = []

    def make(*, empty: bool = False) -> str:
        made.append(cluster.new_database(empty=empty))
        return cluster.url(made[-1])

    yield make
    for name in made:
        cluster.drop(name)


@pytest.fixture
def database_url(db_engine: str, request: pytest.FixtureRequest) -> str:
    """ "" (the local file) or the URL of a fresh, migrated database on the test server."""
    if db_engine == "sqlite":
        return ""
    return request.getfixturevalue("server_database")()


@pytest.fixture
def context(data_dir: Path, database_url: str) -> Iterator:
    from verktoykasse.context import AppContext

    ctx = AppContext.create(data_dir, database_url=database_url)
    yield ctx
    ctx.close()


@pytest.fixture
def database(context):
    return context.database


@pytest.fixture
def answer_next_dialog(qtbot) -> Callable[[str], None]:
    """Answer the next modal dialog the way a user would: click the button with this object name."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    def answer(button_name: str, text: str | None = None) -> None:
        def click() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, click)
                return
            if text is not None:
                from PySide6.QtWidgets import QLineEdit

                dialog.findChild(QLineEdit).setText(text)
            button = dialog.findChild(QPushButton, button_name)
            if button is None:  # QInputDialog/QDialogButtonBox buttons have no names: match the role
                from PySide6.QtWidgets import QDialogButtonBox

                box = dialog.findChild(QDialogButtonBox)
                role = {
                    "ok": QDialogButtonBox.StandardButton.Ok,
                    "cancel": QDialogButtonBox.StandardButton.Cancel,
                }
                button = box.button(role[button_name])
            button.click()

        QTimer.singleShot(0, click)

    return answer


@pytest.fixture
def start_window(qtbot, data_dir: Path):
    """Start the program's window on the test's data folder, data loaded; ``listed_first``: as
    ``verktoykasse`` starts it, the plans listed from the file while the data still opens (``start_data``)."""
    from verktoykasse.context import AppContext
    from verktoykasse.ui.app import create_application
    from verktoykasse.ui.main_window import MainWindow

    windows = []

    def start(*, listed_first: bool = False) -> MainWindow:
        create_application()
        window = MainWindow(AppContext.create(data_dir))
        qtbot.addWidget(window)
        window.show()
        if listed_first:
            window.start_data()
        else:
            window.load_data()
        windows.append(window)
        return window

    yield start
    for window in windows:
        window.context.close()


# -- one migrated SQLite template per run (suite speed) ---------------------------------------------------
# Alembic takes ≈0.5 s to build a new database from its nine migrations, and hundreds of tests start from
# an empty data folder. The first new database of the run is migrated by Alembic as always; every later one
# gets a page-for-page copy of it (SQLite's backup API), which is exactly what Alembic would have made.
# Upgrades of an existing file (old fixtures, a revision behind) always run the real migrations, and the
# modules about the migrations themselves (REAL_MIGRATIONS) build every database with Alembic.
REAL_MIGRATIONS = {"test_migrations", "test_storage", "test_shared_database"}


class _SqliteTemplate:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path: Path | None = None

    def upgrade(self, real_upgrade: Callable[..., None], engine, revision: str = "head") -> None:
        if revision != "head" or engine.dialect.name != "sqlite" or not _is_empty(engine):
            real_upgrade(engine, revision)
            return
        if self.path is None:
            real_upgrade(engine, revision)  # the first: Alembic itself, then kept as the template
            import sqlite3

            path = self.folder / "template.sqlite3"
            with engine.connect() as connection, sqlite3.connect(path) as copy:
                connection.connection.driver_connection.backup(copy)
            copy.close()
            self.path = path
            return
        import sqlite3

        template = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            with engine.connect() as connection:
                template.backup(connection.connection.driver_connection)
        finally:
            template.close()


def _is_empty(engine) -> bool:
    from sqlalchemy import text

    with engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar() == 0


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> _SqliteTemplate:
    return _SqliteTemplate(tmp_path_factory.mktemp("sqlite-template"))


@pytest.fixture(autouse=True)
def _new_databases_from_the_template(
    request: pytest.FixtureRequest, _sqlite_template: _SqliteTemplate, monkeypatch: pytest.MonkeyPatch
) -> None:
    if request.module.__name__.rsplit(".", 1)[-1] in REAL_MIGRATIONS:
        return
    from verktoykasse.storage import db

    real = db.upgrade
    monkeypatch.setattr(
        db, "upgrade", lambda engine, revision="head": _sqlite_template.upgrade(real, engine, revision)
    )
