"""The main window: home view of plans, the plan workspace (wizard) and the catalogue, with the menus."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from verktoykasse._version import __version__
from verktoykasse.paths import DataPaths
from verktoykasse.settings import Settings
from verktoykasse.ui.home_view import HomeView

if TYPE_CHECKING:
    from verktoykasse.storage.db import Database

log = logging.getLogger("verktoykasse.ui")


class MainWindow(QMainWindow):
    def __init__(self, paths: DataPaths, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.paths = paths
        self.settings = settings
        self.database: Database | None = None
        self.plan_page: QWidget | None = None
        self.catalogue_page: QWidget | None = None
        self._page_before_catalogue: QWidget | None = None

        self.setWindowTitle(self.tr("Verktøykassa"))
        self.setAccessibleName(self.tr("Verktøykassa"))
        self.resize(1100, 760)

        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.home = HomeView()
        self.home.open_requested.connect(self.open_plan)
        self.pages.addWidget(self.home)
        self.setCentralWidget(self.pages)

        self._build_menus()
        self._install_plan_actions()
        self._restore_geometry()
        self.statusBar().showMessage(self.tr("Opening your data…"))

    # -- menus ----------------------------------------------------------------------------------------
    def _action(self, name: str, text: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu(self.tr("&File"))
        self.new_plan_action = self._action(
            "newPlanAction", self.tr("&New plan…"), self.home.new_plan, QKeySequence.StandardKey.New
        )
        self.home_action = self._action(
            "homeAction", self.tr("&All plans"), self.show_home, QKeySequence("Ctrl+Shift+H")
        )
        self.quit_action = self._action(
            "quitAction", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        self.file_menu.addAction(self.new_plan_action)
        self.file_menu.addAction(self.home_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self._build_catalogue_menus(menu_bar)

        self.help_menu = menu_bar.addMenu(self.tr("&Help"))
        self.about_action = self._action("aboutAction", self.tr("&About Verktøykassa"), self.show_about)
        self.help_menu.addAction(self.about_action)

    def _build_catalogue_menus(self, menu_bar) -> None:
        """View → Catalogue (Ctrl+K) and back; File → Import catalogue file…"""
        self.view_menu = menu_bar.addMenu(self.tr("&View"))
        self.catalogue_action = self._action(
            "catalogueAction", self.tr("&Catalogue"), self.show_catalogue, QKeySequence("Ctrl+K")
        )
        self.plans_action = self._action("plansAction", self.tr("&Plans"), self.leave_catalogue)
        self.view_menu.addAction(self.catalogue_action)
        self.view_menu.addAction(self.plans_action)
        self.import_catalogue_action = self._action(
            "importCatalogueAction", self.tr("Import &catalogue file…"), self.import_catalogue_file
        )
        self.file_menu.insertAction(self.quit_action, self.import_catalogue_action)
        self.file_menu.insertSeparator(self.quit_action)

    # -- data -----------------------------------------------------------------------------------------
    def load_data(self) -> None:
        """Open the database after the window is on screen; called once from the event loop."""
        from verktoykasse.storage.db import DatabaseError, open_database

        try:
            self.database = open_database(self.paths.database)
        except DatabaseError as exc:
            log.exception("database could not be opened")
            from verktoykasse.ui.dialogs import show_error

            show_error(self, self.tr("Your data could not be opened:") + f"\n{exc}")
            self.statusBar().showMessage(self.tr("Your data could not be opened."))
            return
        self.home.set_database(self.database)
        self.statusBar().showMessage(self.tr("Ready. Everything you type is saved at once."), 5000)
        last = self.settings.last_plan_id
        if last is not None:
            self.home.select_plan(last)

    # -- navigation -----------------------------------------------------------------------------------
    def show_home(self) -> None:
        if self.plan_page is not None:
            self.plan_page.flush()
        self.home.refresh()
        self.pages.setCurrentWidget(self.home)
        self.home.plan_list.setFocus()

    def open_plan(self, plan_id: int) -> None:
        from verktoykasse.ui.plan_workspace import PlanWorkspace

        if self.database is None:
            return
        if self.plan_page is not None:
            self.plan_page.shutdown()
            self.pages.removeWidget(self.plan_page)
            self.plan_page.deleteLater()
        self.plan_page = PlanWorkspace(self.database, plan_id)
        self.plan_page.back_requested.connect(self.show_home)
        self.pages.addWidget(self.plan_page)
        self.pages.setCurrentWidget(self.plan_page)
        self.settings.last_plan_id = plan_id
        self._save_settings()

    def _install_plan_actions(self) -> None:
        """The home view's "Open example plan" and "Start next cycle…" (issue 3, ``ui.wizard``)."""
        from verktoykasse.ui.wizard.home_actions import HomeActions

        self.plan_actions = HomeActions(self)

    def show_catalogue(self) -> None:
        """Show the catalogue beside the plans; built on first use so start-up does not pay for it."""
        if self.database is None:
            self.statusBar().showMessage(self.tr("Your data is not open yet."), 5000)
            return
        if self.catalogue_page is None:
            from verktoykasse.catalogue import CatalogueError
            from verktoykasse.ui.catalogue.view import CatalogueView

            try:
                self.catalogue_page = CatalogueView(self.database)
            except CatalogueError as exc:
                log.exception("the catalogue could not be read")
                from verktoykasse.ui.dialogs import show_error

                show_error(
                    self,
                    self.tr("The catalogue could not be read; please reinstall the program.") + f"\n{exc}",
                )
                return
            self.catalogue_page.back_requested.connect(self.leave_catalogue)
            self.pages.addWidget(self.catalogue_page)
        current = self.pages.currentWidget()
        if current is not self.catalogue_page:
            self._page_before_catalogue = current
        self.pages.setCurrentWidget(self.catalogue_page)
        self.catalogue_page.focus_search()

    def leave_catalogue(self) -> None:
        """Back to where the user was: the open plan, or the list of plans."""
        previous = self._page_before_catalogue
        if previous is not None and previous is self.plan_page:
            self.pages.setCurrentWidget(previous)
        else:
            self.show_home()

    def import_catalogue_file(self) -> None:
        self.show_catalogue()
        if self.catalogue_page is not None:
            self.catalogue_page.choose_catalogue_file()

    # -- window state ---------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromHex(self.settings.window_geometry.encode("ascii")))
        if self.settings.window_state:
            self.restoreState(QByteArray.fromHex(self.settings.window_state.encode("ascii")))

    def _save_settings(self) -> None:
        try:
            self.settings.save(self.paths.settings)
        except OSError:
            log.exception("settings could not be saved")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.plan_page is not None and not self.plan_page.may_close():
            event.ignore()  # the user keeps the window to save their text first
            return
        if self.plan_page is not None:
            self.plan_page.shutdown()  # text boxes waiting for their pause are saved first
        self.settings.window_geometry = bytes(self.saveGeometry().toHex()).decode("ascii")
        self.settings.window_state = bytes(self.saveState().toHex()).decode("ascii")
        self._save_settings()
        if self.database is not None:
            self.database.close()
        super().closeEvent(event)

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("aboutDialog")
        box.setWindowTitle(self.tr("About Verktøykassa"))
        box.setAccessibleName(self.tr("About Verktøykassa"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("Verktøykassa {version}").format(version=__version__)
            + "\n\n"
            + self.tr(
                "Helps small businesses include more people in work: needs, gaps, goals, measures and "
                "evaluation, with a catalogue of support schemes and helpers. Works fully offline."
            )
            + "\n\n"
            + self.tr("Your data is kept in:")
            + f"\n{self.paths.root}"
        )
        box.exec()
