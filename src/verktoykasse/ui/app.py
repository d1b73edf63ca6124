"""Starting the window: the QApplication, translations, the main window, then the data.

The window is shown before the database is opened (SQLAlchemy alone costs ≈0.4 s to import), so the user
sees the program at once and the plans appear a moment later.
"""

from __future__ import annotations

import logging
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
    from verktoykasse.ui.single_instance import SingleInstance

    guard = SingleInstance(paths)
    if not guard.acquire():  # another copy has this data folder: bring it forward, or say so
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
        for translator in translators:
            app.removeTranslator(translator)
        return 0
    window = MainWindow(paths, settings)
    guard.activation_requested.connect(window.bring_to_front)
    window.show()
    QTimer.singleShot(0, window.load_data)
    code = app.exec()
    guard.release()
    for translator in translators:
        app.removeTranslator(translator)
    return code
