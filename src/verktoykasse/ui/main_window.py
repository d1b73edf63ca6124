"""The main window: home view of plans, the plan workspace (wizard) and the catalogue, with the menus."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox, QStackedWidget, QWidget

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

        self.setWindowTitle(self.tr("Verktøykassa"))
        self.setAccessibleName(self.tr("Verktøykassa"))
        self.resize(1100, 760)

        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.home = HomeView()
        self.home.open_requested.connect(self.open_plan)
        self.pages.addWidget(self.home)
        self.setCentralWidget(self.pages)

        self._build_translated_menus()
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

        self._build_settings_menu()
        self.help_menu = menu_bar.addMenu(self.tr("&Help"))
        self.about_action = self._action("aboutAction", self.tr("&About Verktøykassa"), self.show_about)
        self.help_menu.addAction(self.about_action)

    def _build_settings_menu(self) -> None:
        from verktoykasse.ui.settings_dialog import open_settings

        self.tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.settings_action = self._action(
            "settingsAction",
            self.tr("&Settings…"),
            lambda: open_settings(self),
            QKeySequence(QKeySequence.StandardKey.Preferences),
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.tools_menu.addAction(self.settings_action)

    # -- language -------------------------------------------------------------------------------------
    def _build_translated_menus(self) -> None:
        """Build the menus, remembering what that created so ``retranslate`` can build them again."""
        menu_bar = self.menuBar()  # created before the snapshot: it stays, its menus are rebuilt
        before = set(self.children())
        self._build_menus()
        self._menu_objects = [
            child for child in self.children() if child not in before and child is not menu_bar
        ]

    def change_language(self, setting: str) -> None:
        """Use the language of ``setting`` ("" follows the system) from now on, without a restart."""
        from verktoykasse.i18n import apply_language

        apply_language(QApplication.instance(), setting)
        self.retranslate()

    def retranslate(self) -> None:
        """Build the menus and pages again in the current language, at the same plan.

        Texts are set once when a widget is built, so after a change of language the window rebuilds
        what shows them; what the user typed is already saved, and the open plan is opened again.
        Other pages in ``pages`` are asked to ``retranslate()`` themselves if they can.
        """
        open_plan_id = None
        if self.plan_page is not None and self.pages.currentWidget() is self.plan_page:
            open_plan_id = getattr(self.plan_page, "plan_id", None)
        self.setWindowTitle(self.tr("Verktøykassa"))
        self.setAccessibleName(self.tr("Verktøykassa"))

        selected = self.home.selected_plan_id()
        old_home = self.home
        self.home = HomeView()
        self.home.open_requested.connect(self.open_plan)
        self.pages.insertWidget(self.pages.indexOf(old_home), self.home)
        self.pages.removeWidget(old_home)
        old_home.setObjectName("")
        old_home.deleteLater()
        if self.database is not None:
            self.home.set_database(self.database)
            if selected is not None:
                self.home.select_plan(selected)

        # After the home view: menu actions connect to its methods when they are built.
        for menu in list(self.menuBar().actions()):
            self.menuBar().removeAction(menu)
        menus = self.menuBar().findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly)
        for old in self._menu_objects + menus:
            old.setObjectName("")  # so findChild() meets only the new ones until Qt deletes these
            old.deleteLater()
        self._build_translated_menus()

        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            if page not in (self.home, self.plan_page) and hasattr(page, "retranslate"):
                page.retranslate()
        if open_plan_id is not None:
            self.open_plan(open_plan_id)
        else:
            self.pages.setCurrentWidget(self.home)
        self.statusBar().clearMessage()

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
        self.home.refresh()
        self.pages.setCurrentWidget(self.home)
        self.home.plan_list.setFocus()

    def open_plan(self, plan_id: int) -> None:
        from verktoykasse.ui.plan_workspace import PlanWorkspace

        if self.database is None:
            return
        if self.plan_page is not None:
            self.pages.removeWidget(self.plan_page)
            self.plan_page.deleteLater()
        self.plan_page = PlanWorkspace(self.database, plan_id)
        self.plan_page.back_requested.connect(self.show_home)
        self.pages.addWidget(self.plan_page)
        self.pages.setCurrentWidget(self.plan_page)
        self.settings.last_plan_id = plan_id
        self._save_settings()

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
