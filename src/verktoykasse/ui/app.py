"""Starting the window: the QApplication, translations, the main window, then the data.

The window is shown before the database is opened (SQLAlchemy alone costs ≈0.4 s to import), the plans
are listed from the file with plain sqlite3 right after, and SQLAlchemy loads while the user reads them
(``MainWindow.start_data``).

``VERKTOYKASSE_EXIT_AFTER_START=1`` makes the program quit as soon as the window is shown, the plans are
listed and the data is open (exit code 0, or 1 when the data could not be opened): the bundle's smoke test
and the start-up benchmark use it to start the real program headless and measure it without a human
closing the window.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from verktoykasse._version import __version__
from verktoykasse.i18n import apply_language
from verktoykasse.logs import setup_logging
from verktoykasse.paths import DataPaths, resolve_data_dir
from verktoykasse.resources import resource_path
from verktoykasse.settings import Settings

ORGANISATION_NAME = "Verktoykassa"
APPLICATION_NAME = "Verktoykasse"
DISPLAY_NAME = "Verktøykassa"
# Set to 1 by the benchmarks and the bundle's smoke test: print "shown <t>", "listed <t>" and "ready <t>"
# (t is time.perf_counter(), the same clock in every process) and quit once the data is open (exit code 0,
# or 1 when the data could not be opened).
EXIT_AFTER_START = "VERKTOYKASSE_EXIT_AFTER_START"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

log = logging.getLogger("verktoykasse.ui")


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(application_icon())
    return app


def application_icon() -> QIcon:
    """The toolbox icon in every drawn size, so title bar, task bar and Alt+Tab each pick a sharp one."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", f"verktoykasse-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon


def run_gui(data_dir: str | Path | None = None, database_url: str | None = None) -> int:
    app = create_application()
    try:
        paths = DataPaths(resolve_data_dir(data_dir)).ensure()
    except OSError as exc:
        from verktoykasse.storage.health import data_folder_message
        from verktoykasse.ui.dialogs import show_error

        apply_language(app)  # no settings to read: the system's language
        show_error(None, data_folder_message(resolve_data_dir(data_dir), exc))
        return 1
    setup_logging(paths.root)
    report_unexpected_errors(paths)
    settings = Settings.load(paths.settings)
    apply_language(app, settings.language)

    from verktoykasse.context import AppContext
    from verktoykasse.ui.main_window import MainWindow
    from verktoykasse.ui.single_instance import SingleInstance

    guard = SingleInstance(paths)
    if not guard.acquire(listen=False):  # another copy has this data folder: bring it forward, or say so
        if not guard.wake_running_copy():
            from verktoykasse.ui.dialogs import show_error

            show_error(
                None,
                app.translate(
                    "App",
                    "Verktøykassa is already open on this computer. Switch to its window (look in the "
                    "taskbar); only one copy can use your data at a time.",
                ),
            )
        return 0
    from verktoykasse.settings import resolve_database_url

    context = AppContext(
        paths=paths, settings=settings, database_url=resolve_database_url(database_url, settings)
    )
    window = MainWindow(context)
    guard.activation_requested.connect(window.bring_to_front)
    window.show()
    if os.environ.get(EXIT_AFTER_START) == "1":
        QTimer.singleShot(0, lambda: _signal_start("shown"))
        window.plans_listed.connect(lambda: _signal_start("listed"))
        window.data_ready.connect(lambda: (_signal_start("ready"), app.exit(0 if window.database else 1)))
    window.plans_listed.connect(guard.listen)  # once the plans are on screen: QtNetwork costs ≈10 ms
    QTimer.singleShot(0, window.start_data)

    def settled() -> None:  # once: what start-up made stays, out of the collector's way
        window.data_ready.disconnect(settled)
        settle_memory()

    window.data_ready.connect(settled)
    code = app.exec()
    guard.release()
    return code


def report_unexpected_errors(paths: DataPaths) -> None:
    """Show an error nobody foresaw in a message, with the details in the log.

    The windowed program has no console (on Windows ``sys.stderr`` is None): PySide would print the
    traceback of a failing slot to nowhere and carry on, leaving the user an empty or half-drawn window
    and no word of what happened.
    """
    from verktoykasse.logs import LOG_NAME

    def report(kind: type[BaseException], value: BaseException, traceback) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, traceback)
            return
        log.error("unexpected error", exc_info=(kind, value, traceback))
        from verktoykasse.ui.dialogs import show_error

        message = QApplication.translate(
            "App",
            "Something unexpected went wrong ({error}). If the window does not work as it should, close the "
            "program and start it again. Details are in {log}.",
        )
        details = paths.root / LOG_NAME
        show_error(QApplication.activeWindow(), message.format(error=kind.__name__, log=details))

    sys.excepthook = report


def settle_memory() -> None:
    """Once started: what start-up made lives as long as the program, so move it out of the collector's
    way (later collections, e.g. while typing, need not scan it) and let the collector run again."""
    import gc

    gc.freeze()
    gc.enable()


def _signal_start(stage: str) -> None:
    import time

    if sys.stdout is not None:  # None in a windowed bundle on Windows
        print(f"{stage} {time.perf_counter():.6f}", flush=True)
