"""Starting the window: the QApplication, translations, the main window, then the data.

The window is shown before the database is opened (SQLAlchemy alone costs ≈0.4 s to import), so the user
sees the program at once and the plans appear a moment later.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from verktoykasse._version import __version__
from verktoykasse.i18n import install_translators, resolve_language
from verktoykasse.logs import setup_logging
from verktoykasse.paths import DataPaths, resolve_data_dir
from verktoykasse.settings import Settings

ORGANISATION_NAME = "Verktoykassa"
APPLICATION_NAME = "Verktoykasse"
DISPLAY_NAME = "Verktøykassa"
# Set to 1 by the benchmarks and the bundle's smoke test: print "shown <t>" and "ready <t>" (t is
# time.perf_counter(), the same clock in every process) and quit once the plans are listed.
EXIT_AFTER_START = "VERKTOYKASSE_EXIT_AFTER_START"

log = logging.getLogger("verktoykasse.ui")


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    return app


def run_gui(data_dir: str | Path | None = None) -> int:
    app = create_application()
    try:
        paths = DataPaths(resolve_data_dir(data_dir)).ensure()
    except OSError as exc:
        from verktoykasse.ui.dialogs import show_error

        show_error(None, app.translate("App", "The data folder cannot be used:") + f"\n{exc}")
        return 1
    setup_logging(paths.root)
    settings = Settings.load(paths.settings)
    translators = install_translators(app, resolve_language(settings.language))

    from verktoykasse.ui.main_window import MainWindow

    window = MainWindow(paths, settings)
    window.show()
    exit_after_start = os.environ.get(EXIT_AFTER_START) == "1"
    if exit_after_start:
        QTimer.singleShot(0, lambda: _signal_start("shown"))
    QTimer.singleShot(0, window.load_data)
    if exit_after_start:
        QTimer.singleShot(0, lambda: (_signal_start("ready"), app.quit()))
    code = app.exec()
    for translator in translators:
        app.removeTranslator(translator)
    return code


def _signal_start(stage: str) -> None:
    import time

    if sys.stdout is not None:  # None in a windowed bundle on Windows
        print(f"{stage} {time.perf_counter():.6f}", flush=True)
