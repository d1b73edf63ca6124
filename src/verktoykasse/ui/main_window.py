"""The main window: home view of plans, the plan workspace (wizard) and the catalogue, with the menus.

It holds the ``AppContext`` (paths, settings, database) and works out "which plan is in focus" for its
helpers, which get the context and the small ``ui.shell.Shell`` interface, never the window itself.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStackedWidget, QWidget

from verktoykasse._version import __version__
from verktoykasse.ui.home_view import HomeView

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent  # its QEvent enums cost ≈3 ms before the window shows

    from verktoykasse.context import AppContext
    from verktoykasse.storage.db import Database
    from verktoykasse.storage.holder import Holder
    from verktoykasse.ui.background import BackgroundWork
    from verktoykasse.ui.read_only import HeldBanner
    from verktoykasse.ui.warm_up import WarmUp

log = logging.getLogger("verktoykasse.ui")


class MainWindow(QMainWindow):
    """Implements ``ui.shell.Shell`` for the helpers it builds."""

    current_plan_changed = Signal()
    # At start: the plans are on screen (read with plain sqlite3 when possible, ``start_data``) ...
    plans_listed = Signal()
    # ... and the database is open (or could not be opened: then ``database`` is None).
    data_ready = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.context = context
        self.plan_page: QWidget | None = None
        self.catalogue_page: QWidget | None = None
        self._page_before_catalogue: QWidget | None = None
        self._file_extras_built = False
        self._loading: BackgroundWork | None = None  # SQLAlchemy loading in the background (start_data)
        self._waiting: list[Callable[[], None]] = []  # what the user asked for meanwhile, done once open
        self._listed = False  # plans_listed was emitted
        self._closed = False
        self.warm_up: WarmUp | None = None  # once the data is open
        self.clock: Callable[[], dt.date] = dt.date.today  # "today" for what is due (tests inject a day)
        self._damage: str | None = None  # the file turned out damaged while working; recovery is due
        self._closing_told = False  # closing: the user was told the settings could not be saved
        # Another computer holds the data folder (``context.held_by``): the banner says who, and "Try again"
        # calls this to take the folder over (``ui.single_instance``; None once this program holds it).
        self.take_over: Callable[[], Holder | None] | None = None
        # ... "Take over…" calls this when the holder seems to have stopped (after the user confirmed), and
        # this says who holds the folder now (read again every minute while the banner shows).
        self.take_over_stopped: Callable[[], Holder | None] | None = None
        self.holder_now: Callable[[], Holder | None] | None = None
        self.held_banner: HeldBanner | None = None
        self._holder_check: QTimer | None = None
        # Another computer took the folder over: the savers stopped then (``ui.taken_over``), whose unsaved
        # text is kept once no dialog is open any more (a dialog's saver outlives its closed dialog here).
        self._stopped_savers: list = []

        self.setWindowTitle(self.tr("Verktøykassa"))
        self.setAccessibleName(self.tr("Verktøykassa"))
        self.resize(1100, 760)

        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.pages.currentChanged.connect(lambda _index: self.current_plan_changed.emit())
        self.home = self._make_home()
        self.pages.addWidget(self.home)
        self.setCentralWidget(self.pages)

        self._build_translated_menus()
        self._install_plan_actions()
        self._restore_geometry()
        self.statusBar().showMessage(self.tr("Opening your data…"))

    @property
    def database(self) -> Database | None:
        """The open database; None until ``load_data`` opened it, and after ``close_data``."""
        return self.context.open_database

    def _make_home(self) -> HomeView:
        home = HomeView()
        home.open_requested.connect(self.open_plan)
        home.open_place_requested.connect(self.open_plan_at)
        home.now_clock = lambda: self.clock()
        home.wait_for_data = self._when_data_open
        home.selection_changed.connect(self.current_plan_changed)
        return home

    # -- the plan in focus (``ui.shell.Shell``) -------------------------------------------------------
    def open_plan_id(self) -> int | None:
        page = self.plan_page
        if page is None or self.database is None or self.pages.currentWidget() is not page:
            return None
        return page.plan_id if page.plan is not None else None  # None too when the plan was deleted

    def save_typing(self) -> None:
        if self.plan_page is not None:
            self.plan_page.flush()

    def current_plan_id(self) -> int | None:
        open_id = self.open_plan_id()
        return open_id if open_id is not None else self.home.selected_plan_id()

    def show_status(self, message: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(message, timeout_ms)

    # -- menus ----------------------------------------------------------------------------------------
    def _action(
        self, name: str, text: str, slot, shortcut: QKeySequence | QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(self)  # not QAction(text, self): ruling out its icon overload builds QIcon (≈2 ms)
        action.setText(text)
        action.setObjectName(name)
        if shortcut is not None:
            # setShortcuts, not setShortcut: resolving setShortcut's overloads makes PySide6 build the whole
            # Qt namespace (≈20 ms, ~100 enums) before the window can show. A standard key also gets every
            # binding the platform has for it.
            standard = isinstance(shortcut, QKeySequence.StandardKey)
            action.setShortcuts(shortcut if standard else [shortcut])
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu(self.tr("&File"))
        self.new_plan_action = self._action(
            "newPlanAction", self.tr("&New plan…"), self.home.new_plan, QKeySequence.StandardKey.New
        )
        self.home_action = self._action(
            "homeAction", self.tr("&All plans"), lambda: self.show_home(), QKeySequence("Ctrl+Shift+H")
        )
        self.quit_action = self._action(
            "quitAction", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        self.file_menu.addAction(self.new_plan_action)
        self.file_menu.addAction(self.home_action)
        self._file_extras_anchor = self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.file_menu.aboutToShow.connect(self._add_file_extras)  # opened before the data is: built now
        # Alt+I / Alt+D: no label on any page takes that letter, or the menu would stop opening
        # (tests/test_mnemonics.py checks every view in both languages).
        self.edit_menu = menu_bar.addMenu(self.tr("Ed&it"))
        self.undo_action = self._action(
            "undoAction", self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(
            "redoAction", self.tr("&Redo"), self.redo, QKeySequence.StandardKey.Redo
        )
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self._build_catalogue_menus(menu_bar)
        if self._file_extras_built:  # rebuilt in another language: at once, the window is already shown
            self._add_report_actions()
            self._add_data_actions()

        self._build_settings_menu()
        self.help_menu = menu_bar.addMenu(self.tr("&Help"))
        self.getting_started_action = self._action(
            "gettingStartedAction",
            self.tr("&Getting started"),
            self.show_getting_started,
            QKeySequence.StandardKey.HelpContents,
        )
        self.glossary_action = self._action("glossaryAction", self.tr("G&lossary"), self.show_glossary)
        self.help_menu.addAction(self.getting_started_action)
        self.help_menu.addAction(self.glossary_action)
        self.help_menu.addSeparator()
        self.about_action = self._action("aboutAction", self.tr("&About Verktøykassa"), self.show_about)
        self.help_menu.addAction(self.about_action)

    def _add_file_extras(self) -> None:
        """Export PDF…/Print… and the plan-file and backup actions in the File menu, once.

        Made once the data is open (none of them can do anything before), or when the File menu is
        opened before that: their modules and widgets cost ≈15 ms that neither the first paint, the list
        nor opening the data need wait for.
        """
        if self._file_extras_built:
            return
        before = set(self.children())
        self._add_report_actions()
        self._add_workshop_actions()
        self._add_arp_actions()
        self._add_data_actions()
        self._file_extras_built = True
        self._menu_objects += [child for child in self.children() if child not in before]
        if self._read_only():  # made after ``show_read_only``: what would write is not offered here either
            self.show_read_only()

    def _add_data_actions(self) -> None:
        """Export/import a plan and back up/restore, above Import catalogue file… (``ui.data_actions``)."""
        from verktoykasse.ui.data_actions import DataActions

        self.data_actions = DataActions(self.context, self, self)
        self.data_actions.add_to_menu(self.file_menu, before=self.import_catalogue_action)

    def _add_report_actions(self) -> None:
        from verktoykasse.ui.followup_actions import FollowUpActions
        from verktoykasse.ui.report_actions import ReportActions

        self.report_actions = ReportActions(self.context, self, self)
        self.followup_actions = FollowUpActions(self, lambda: self.clock())
        self.file_menu.insertSeparator(self._file_extras_anchor)
        self.file_menu.insertAction(self._file_extras_anchor, self.followup_actions.readiness_action)
        self.file_menu.insertAction(self._file_extras_anchor, self.report_actions.export_action)
        self.file_menu.insertAction(self._file_extras_anchor, self.report_actions.docx_action)
        self.file_menu.insertAction(self._file_extras_anchor, self.report_actions.xlsx_action)
        self.file_menu.insertAction(self._file_extras_anchor, self.report_actions.print_action)
        self.file_menu.insertAction(self._file_extras_anchor, self.followup_actions.calendar_action)

    def _add_workshop_actions(self) -> None:
        """File → Workshop kit… and Meeting mode, for step 1's workshop (``ui.workshop_actions``)."""
        from verktoykasse.ui.workshop_actions import WorkshopActions

        self.workshop_actions = WorkshopActions(self.context, self, self)
        self.file_menu.insertAction(self._file_extras_anchor, self.workshop_actions.kit_action)
        self.file_menu.insertAction(self._file_extras_anchor, self.workshop_actions.meeting_action)

    def _add_arp_actions(self) -> None:
        """File → Equality duty (ARP)… and ARP report draft ▸ PDF or Word (``ui.arp_actions``)."""
        from verktoykasse.ui.arp_actions import ArpActions

        self.arp_actions = ArpActions(self.context, self, self)
        self.file_menu.insertAction(self._file_extras_anchor, self.arp_actions.window_action)
        self.file_menu.insertAction(self._file_extras_anchor, self.arp_actions.draft_action)

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

    def _build_settings_menu(self) -> None:
        self.tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.settings_action = self._action(
            "settingsAction",
            self.tr("&Settings…"),
            self.open_settings,
            QKeySequence.StandardKey.Preferences,
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.tools_menu.addAction(self.settings_action)

    def open_settings(self) -> None:
        # Imported when first opened: the dialog's module costs ≈15 ms, too much before the window shows.
        from verktoykasse.ui.settings_dialog import open_settings

        open_settings(self.context, self, self)

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
        from PySide6.QtCore import Qt  # not at module level: the Qt namespace costs ≈20 ms at start-up

        open_plan_id = self.open_plan_id()
        self.setWindowTitle(self.tr("Verktøykassa"))
        self.setAccessibleName(self.tr("Verktøykassa"))

        selected = self.home.selected_plan_id()
        old_home = self.home
        self.home = self._make_home()
        self.pages.insertWidget(self.pages.indexOf(old_home), self.home)
        self.pages.removeWidget(old_home)
        old_home.setObjectName("")
        old_home.deleteLater()
        self.plan_actions.deleteLater()
        self._install_plan_actions()
        if self.catalogue_page is not None:  # built again, in the new language, when next shown
            self.pages.removeWidget(self.catalogue_page)
            self.catalogue_page.deleteLater()
            self.catalogue_page = None
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
        if self.held_banner is not None or (self.database is not None and self.database.read_only):
            self.show_read_only()  # the rebuilt menus and buttons, and the banner in the new language
        self.statusBar().clearMessage()

    # -- data -----------------------------------------------------------------------------------------
    def start_data(self) -> None:
        """Show the plans at once, then open the database while the user reads them (at start).

        The file gets the same checks as in ``load_data`` first (a damaged file is never read). When it is
        the local SQLite file and already has this version's schema, its plans are listed with plain
        ``sqlite3`` (``storage.plan_list``), and SQLAlchemy, the models and the database load meanwhile,
        the imports in a background thread (``storage.preload``) so the window keeps answering; what the
        user asks for in that moment (open a plan, new, rename, delete) waits for it, and the status bar
        says so. Otherwise (a new or older file, a shared database, a problem to explain) ``load_data``
        does it all at once.
        """
        listed = self._list_from_file()
        if listed is None:
            self.load_data()
            return
        warnings, plans = listed
        self.home.show_plans(plans, now=False)
        last = self.context.settings.last_plan_id
        if last is not None:
            self.home.select_plan(last)
        from verktoykasse.storage.preload import load_storage
        from verktoykasse.ui.background import BackgroundWork

        self._loading = BackgroundWork("storage", load_storage, self)
        self._loading.finished.connect(lambda: self._open_after_listing(warnings))
        QTimer.singleShot(0, self._after_listing)  # once the list is painted

    def _list_from_file(self) -> tuple[list[str], list] | None:
        """The start-up checks' warnings and the plans, read without SQLAlchemy; None where that cannot be."""
        import sqlite3

        from verktoykasse.storage.db import HEAD_REVISION, stored_revision
        from verktoykasse.storage.health import UnusableDatabase, check_before_opening
        from verktoykasse.storage.plan_list import read_plan_list

        if self.context.database_url or self.context.held_by is not None:
            return None  # a shared database (the ORM path alone reaches it), or a file only to be read
        path = self.context.paths.database
        try:
            warnings = check_before_opening(self.context.paths)
            if stored_revision(path) != HEAD_REVISION:  # new, or to be upgraded (with a backup) first
                return None
            return warnings, read_plan_list(path)
        except (UnusableDatabase, sqlite3.Error, OSError):
            return None  # load_data checks again and explains, with the ways out

    def _after_listing(self) -> None:
        self._say_listed()
        if self._loading is not None:
            self._loading.start()

    def _open_after_listing(self, warnings: list[str]) -> None:
        """SQLAlchemy is loaded: open the checked database and do what the user asked for meanwhile.

        The recovery dialogs' module is imported only when there is something to explain: a normal start
        does not wait for it."""
        from verktoykasse.storage.health import UnusableDatabase, open_after_check

        self._loading = None
        if self._closed:  # the user closed the window before the data was open: nothing to open
            return
        try:
            result = open_after_check(self.context.paths, self.context.settings.backups_to_keep, warnings)
        except UnusableDatabase:
            from verktoykasse.ui.recovery import open_data

            self._use_database(open_data(self.context, self))  # explained, with the ways out (listed again)
            return
        if result.warnings:
            from verktoykasse.ui.recovery import show_warnings

            show_warnings(self, result.warnings)
        self._use_database(result.database, listed=True)

    def _when_data_open(self, action: Callable[[], None], message: str = "") -> None:
        """Do ``action`` once the database is open, saying so in the status bar (while ``start_data``
        loads it); nothing when no data is being opened."""
        if self._loading is None:
            return
        self._waiting.append(action)
        self.statusBar().showMessage(message or self.tr("One moment: your data is still opening…"))

    def load_data(self) -> None:
        """Open the database after the window is on screen; called from the event loop and after a restore.

        The data is checked first, backed up once a day and before upgrades; a file that cannot be used is
        explained with choices (``ui.recovery``), never overwritten.
        """
        from verktoykasse.ui.recovery import open_data

        self._use_database(open_data(self.context, self))

    def _use_database(self, database: Database | None, *, listed: bool = False) -> None:
        """Show the opened database's plans (unless ``listed`` from the file already), then "Now", and do
        what the user asked for while it opened."""
        self.context.use_database(database)
        waiting, self._waiting = self._waiting, []
        if self.database is None:
            self.statusBar().showMessage(self.tr("Your data could not be opened."))
        else:
            self.home.set_database(self.database, listed=listed)
            self.statusBar().showMessage(self.tr("Ready. Everything you type is saved at once."), 5000)
            last = self.context.settings.last_plan_id
            if last is not None and not listed:
                self.home.select_plan(last)
            QTimer.singleShot(0, self._show_now)
        self.show_read_only()
        self._say_listed()
        self.data_ready.emit()
        self._add_file_extras()
        if self.database is not None:
            self._start_warm_up()  # for the idle moments to come: nothing of it is needed to be ready
            # Housekeeping, not part of opening: the data is ready without it (≈5 ms, the first ORM query),
            # but what the user asked for meanwhile (e.g. the bin) still comes after it.
            self._empty_plan_bin()  # one small read, mostly
            for action in waiting:
                action()

    def _start_warm_up(self) -> None:
        """From now on, load ahead what the next likely action needs whenever the window is idle."""
        from verktoykasse.ui.warm_up import WarmUp

        if self.warm_up is None:
            self.warm_up = WarmUp(
                self,
                plan_open=lambda: self.open_plan_id() is not None,
                catalogue_opened=lambda: self.catalogue_page is not None,
                data_dir=self.context.paths.root,
            )

    def _empty_plan_bin(self) -> None:
        """Plans 30 days in the bin go at start too, not only when the bin is opened (``ui.plan_bin``)."""
        from verktoykasse.ui.plan_bin import empty_bin_at_start

        empty_bin_at_start(self.database)

    def _say_listed(self) -> None:
        if not self._listed:
            self._listed = True
            self.plans_listed.emit()

    def _show_now(self) -> None:
        """Fill in "Now" once the plans are listed; on the day's first start, a quiet line there says how
        many things are due (never a dialog)."""
        if self.database is None or not self.home.now.isVisibleTo(self.home):
            return  # no plans yet: nothing can be due
        self.home.now.refresh()
        today = self.clock().isoformat()
        if self.context.settings.due_notice_day == today:
            return
        self.home.now.show_notice(self.home.now.due_count)
        self.context.settings.due_notice_day = today
        self.save_settings()

    def close_data(self) -> None:
        """Close the plan page and the database, e.g. before a backup is restored in its place."""
        self.show_home()
        if self.plan_page is not None:
            self.plan_page.shutdown()  # what is waiting to be saved is saved first
        self._drop_pages_and_database()

    def data_damaged(self, problem: str) -> None:
        """The database turned out damaged while working (a save, a read): stop writing, then explain and
        offer what the start offers — restore a backup or start empty, the damaged file set aside first,
        or quit (``ui.recovery.recover_from_damage``).

        Called from deep inside a save or a read, so the pages are taken down from the event loop, not
        here; until then every saver is stopped and ``open_plan`` opens nothing.
        """
        if self._damage is not None:
            return
        if self.context.held_by is not None:  # the holder's file, not ours to repair: read again later
            log.warning("the held data could not be read: %s", problem)
            self.statusBar().showMessage(
                self.tr(
                    "The data could not be read just now (the other computer may be saving). Press Try again."
                )
            )
            return
        self._damage = problem
        if self.plan_page is not None:
            self.plan_page.saver.stopped = True
        QTimer.singleShot(0, self._recover_from_damage)

    def damaged_by(self, exc: BaseException) -> bool:
        """Whether ``exc`` says the file is damaged; if so, the recovery has begun (``data_damaged``)."""
        from verktoykasse.storage.health import damage_in

        problem = damage_in(exc)
        if problem is None:
            return False
        self.data_damaged(str(problem))
        return True

    def _recover_from_damage(self) -> None:
        from verktoykasse.storage.health import StorageProblem
        from verktoykasse.ui.recovery import recover_from_damage

        problem = StorageProblem(self._damage)
        log.error("the database is damaged (%s): writing stopped, recovery offered", problem)
        self.pages.setCurrentWidget(self.home)
        if self.plan_page is not None:
            self.plan_page.abandon()  # nothing waiting is saved into a damaged file
        self._drop_pages_and_database()
        self.statusBar().showMessage(self.tr("Your data file is damaged. Nothing more is saved to it."))
        if recover_from_damage(self.context, self, problem):
            self._damage = None
            self.load_data()
        else:  # still damaged: what still reads the old file (the list of plans) asks nothing more
            QTimer.singleShot(0, self.close)

    def _drop_pages_and_database(self) -> None:
        for page in (self.plan_page, self.catalogue_page):
            if page is not None:
                self.pages.removeWidget(page)
                page.deleteLater()
        self.plan_page = self.catalogue_page = self._page_before_catalogue = None
        self.context.close()
        self.current_plan_changed.emit()

    # -- reading only: a role that may only read, or a data folder another computer holds -------------------
    def writing_controls(self) -> list:
        """The buttons and menu entries that change plans or the data folder, hidden while reading only."""
        controls = [
            self.new_plan_action,
            self.home.new_button,
            self.home.rename_button,
            self.home.delete_button,
            self.home.bin_button,
            self.plan_actions.example_button,
            self.plan_actions.next_cycle_button,
            self.import_catalogue_action,
        ]
        for owner, names in (
            ("data_actions", ("backup_action", "restore_action", "import_action", "move_action")),
            ("workshop_actions", ("meeting_action",)),
            ("arp_actions", ("window_action",)),
        ):
            if hasattr(self, owner):
                controls += [getattr(getattr(self, owner), name) for name in names]
        return controls

    def _read_only(self) -> bool:
        database = self.database
        return self.context.held_by is not None or (database is not None and database.read_only)

    def show_read_only(self) -> None:
        """Show what the open database allows: while it may only be read, nothing that would change it is
        offered; when another computer holds the data, the banner says who, with "Try again"."""
        read_only = self._read_only()
        for control in self.writing_controls():
            control.setVisible(not read_only)
        if self.context.held_by is not None:
            self._held_banner().show_holder(self.context.held_by)
            self._check_holder_regularly(True)
        elif self.held_banner is not None:
            self.held_banner.hide()
            self._check_holder_regularly(False)

    def _check_holder_regularly(self, on: bool) -> None:
        """While another computer holds the data, read every minute who holds it: the banner then offers
        "Take over…" once the program there has stopped giving signs of life (and no longer once it gives
        them again). Each reading is also what the holder's watch sees (``SingleInstance.holder``)."""
        if not on:
            if self._holder_check is not None:
                self._holder_check.stop()
            return
        if self._holder_check is None:
            from PySide6.QtCore import Qt

            from verktoykasse.storage.holder import HEARTBEAT_S

            self._holder_check = QTimer(self)
            self._holder_check.setTimerType(Qt.TimerType.VeryCoarseTimer)
            self._holder_check.setInterval(HEARTBEAT_S * 1000)
            self._holder_check.timeout.connect(self.check_holder)
        if not self._holder_check.isActive():
            self._holder_check.start()

    def check_holder(self) -> None:
        """Read who holds the data now, and show it when that (or whether it seems stopped) changed."""
        if self.holder_now is None or self.context.held_by is None or self.held_banner is None:
            return
        holder = self.holder_now()
        if holder is None:  # no longer another computer's (closed, or on its way): "Try again" says
            return
        self.context.held_by = holder
        if self.held_banner.shown != self.held_banner.says(holder):  # not at every heartbeat: only news
            self.held_banner.show_holder(holder)

    def _held_banner(self) -> HeldBanner:
        """Made when first needed, above the pages: a normal start never pays for it."""
        if self.held_banner is None:
            from PySide6.QtWidgets import QVBoxLayout

            from verktoykasse.ui.read_only import HeldBanner

            self.held_banner = HeldBanner()
            self.held_banner.try_again.connect(self.try_editing)
            self.held_banner.take_over.connect(self.take_over_from_stopped)
            frame = QWidget()
            layout = QVBoxLayout(frame)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.held_banner)
            layout.addWidget(self.takeCentralWidget(), 1)  # the pages
            self.setCentralWidget(frame)
        return self.held_banner

    def try_editing(self) -> None:
        """The banner's "Try again": once the other computer has let go, the data is opened for editing as
        at a normal start (checked, backed up, upgraded if need be), at the plan that was open."""
        if self.take_over is None:
            return
        holder = self.take_over()
        if holder is not None:
            self.context.held_by = holder
            self.show_read_only()
            still = self.tr("The data is still open on {computer}.")
            self.show_status(still.format(computer=holder.computer))
            return
        self._reopen(None)
        if self.database is not None:
            self.show_status(self.tr("The data is open for editing on this computer now."), 10000)

    def take_over_from_stopped(self) -> None:
        """The banner's "Take over…": Verktøykassa on the holding computer seems to have stopped. Once the
        user confirmed the risk, its lock is removed and the data opened for editing here, unless it
        gave a sign of life meanwhile or must be watched again (then it stays read-only here, and the banner
        says so)."""
        held = self.context.held_by
        if self.take_over_stopped is None or held is None:
            return
        from verktoykasse.ui.dialogs import confirm
        from verktoykasse.ui.read_only import take_over_question

        if not confirm(self, self.tr("Take over the data?"), take_over_question(held), self.tr("Take over")):
            return
        holder = self.take_over_stopped()
        if holder is not None:
            self.context.held_by = holder
            self.show_read_only()
            from verktoykasse.storage.holder import Life

            life = holder.judged()
            if life is Life.STOPPED:
                text = self.tr("The data could not be taken over from {computer}. Try again in a moment.")
            elif life is Life.CHECKING:  # a new holder, or this PC slept: watched again before a takeover
                text = self.tr(
                    "Verktøykassa on {computer} may still be running, so the data stays read-only here while "
                    "this computer checks for a few minutes."
                )
            else:
                text = self.tr(
                    "Verktøykassa on {computer} has just given a sign of life, so the data stays read-only "
                    "here. Close the program there first."
                )
            self.show_status(text.format(computer=holder.computer))
            return
        self._reopen(None)
        if self.database is not None:
            text = self.tr("You have taken over the data from {computer}. You can change the plans here now.")
            self.show_status(text.format(computer=held.computer), 15000)

    def lose_hold(self, holder: Holder) -> None:
        """Verktøykassa on another computer took this data folder over (this program seemed to it to have
        stopped: a PC asleep, a network drive gone for a while) and writes the data file now: nothing more
        is written into it from here (``ui.taken_over``), at once, even while a dialog is open (the plan's
        and every open window's savers stop; meeting mode ends). Once no dialog is open, what was typed and
        not yet saved is kept in a file of its own, the data is opened again read-only at the same plan,
        and the user is told, with where the text is kept."""
        from verktoykasse.ui import taken_over

        if self.context.held_by is not None or self.context.database_url:
            return
        plan_saver = self.plan_page.saver if self.plan_page is not None else None
        for saver in taken_over.savers_at_work(plan_saver):
            if saver not in self._stopped_savers:
                self._stopped_savers.append(saver)
        taken_over.stop_writing(self.context, self._stopped_savers)
        meeting = getattr(getattr(self, "workshop_actions", None), "meeting", None)
        if meeting is not None and QApplication.activeModalWidget() in (None, meeting):
            meeting.close()  # meeting mode ends (nothing more is saved): its answers are kept with the rest
        if QApplication.activeModalWidget() is not None:  # a dialog at work (a save, a question): after it
            QTimer.singleShot(1000, lambda: self.lose_hold(holder))
            return
        kept = self._keep_typed_text(holder)
        self._reopen(holder)
        from verktoykasse.ui.dialogs import tell_then

        text = self.tr(
            "Verktøykassa on {computer} has taken over your data, because this program seemed to have "
            "stopped. You can still look at the plans here, but not change them. To change them here "
            "again, close the program on {computer} and press Try again."
        ).format(computer=holder.computer)
        from PySide6.QtCore import Qt

        told = tell_then(self, text + (" " + kept if kept else ""), lambda: None)
        # the text kept may be in the message itself (no file could be written): to be copied from there
        told.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def _keep_typed_text(self, holder: Holder) -> str:
        """Keep what was typed into the open plan and not saved (the data was taken over, nothing more is
        written into it) in a file of its own; what to tell the user about it ("" when nothing waited)."""
        from verktoykasse.ui import taken_over

        page = self.plan_page
        savers, self._stopped_savers = self._stopped_savers, []
        for saver in savers:  # the text boxes waiting for their pause: remembered, not written
            with contextlib.suppress(RuntimeError):  # a closed dialog's boxes are gone (flushed as it closed)
                saver.flush()
        unsaved = [value for saver in savers for value in saver.unsaved()]
        if not unsaved:
            return ""
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        plan = page.plan if page is not None else None
        text = taken_over.kept_text(unsaved, plan.name if plan is not None else "", holder, now)
        path = taken_over.keep_typed_text(text, now)
        log.warning(
            "the data was taken over by %s: %d unsaved values kept in %s", holder.computer, len(unsaved), path
        )
        return taken_over.kept_message(path, text)

    def _reopen(self, held_by: Holder | None) -> None:
        """Close the data and open it again, for editing (``held_by`` None) or read-only, at the plan that
        was open."""
        open_id = self.open_plan_id()
        self.close_data()
        self.context.held_by = held_by
        if held_by is None:  # the folder is this program's (again): its writes are its own
            self.context.writing_stopped = False
        self.load_data()
        if open_id is not None and self.database is not None:
            self.open_plan(open_id)

    def bring_to_front(self) -> None:
        """Another copy of the program was started on this data folder: show this one instead."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # -- navigation -----------------------------------------------------------------------------------
    def show_home(self, select_id: int | None = None) -> None:
        if self.plan_page is not None:
            self.plan_page.flush()
        self.home.refresh(select_id=select_id)
        self.pages.setCurrentWidget(self.home)
        self.home.setFocus()  # the list of plans, or "New plan" when there are none

    def open_plan(self, plan_id: int, step: str | None = None) -> None:
        """Show the plan's workspace (built anew), where the user left it or at ``step``."""
        from verktoykasse.ui.plan_workspace import PlanWorkspace

        if self._damage is not None:  # the file turned out damaged: the recovery comes first
            return
        if self.database is None:
            self._when_data_open(
                lambda: self.open_plan(plan_id, step),
                self.tr("Opening the plan as soon as your data is ready…"),
            )
            return
        # The same plan shown anew (after the equality window, at a line of "Now"): what its fields could
        # not save goes with it, shown again in the same fields; only another plan loses it, and asks first.
        same = self.plan_page is not None and self.plan_page.plan_id == plan_id
        if self.plan_page is not None and not same and not self.plan_page.may_leave():
            self.pages.setCurrentWidget(self.plan_page)  # back to the text, which stays in its box
            return
        refused = self.plan_page.refused_typed() if same else []
        # The same plan shown anew (after the equality window, opened from the profile or the menu): the
        # keyboard goes back to the field it was in, not to the step list at the top.
        focused, shown = self.focusWidget(), None
        if step is None and self.plan_page is not None and self.plan_page.plan_id == plan_id:
            shown = self.plan_page.pages.get(self.plan_page.current_step)
        inside = shown is not None and focused is not None and shown.isAncestorOf(focused)
        focus_name = focused.objectName() if inside else ""
        if self.plan_page is not None:
            self.plan_page.shutdown()
            self.pages.removeWidget(self.plan_page)
            self.plan_page.deleteLater()
            self.plan_page = None
        try:
            self.plan_page = PlanWorkspace(
                self.database,
                plan_id,
                today=self.clock(),
                guidance_seen=self.context.settings.guidance_seen,
                refused=refused,
            )
        except Exception as exc:  # SQLAlchemy's errors (imported after the window shows)
            if not self.damaged_by(exc):
                raise
            return
        self.plan_page.damaged.connect(self.data_damaged)
        self.plan_page.back_requested.connect(self.show_home)
        self.plan_page.finish_requested.connect(self.finish_plan)
        self.plan_page.arp_requested.connect(lambda: self.arp_actions.open_window())
        self.plan_page.status_message.connect(lambda text: self.show_status(text, 8000))
        self.pages.addWidget(self.plan_page)
        self.pages.setCurrentWidget(self.plan_page)
        if step is not None and self.plan_page.plan is not None:
            self.plan_page.go_to(step)
        self.plan_page.setFocus()
        page = self.plan_page.pages.get(self.plan_page.current_step)
        if focus_name and page is not None:
            target = page.findChild(QWidget, focus_name)
            if target is not None and target.isVisibleTo(page) and target.isEnabled():
                target.setFocus()
                page.ensureWidgetVisible(target)
        self.context.settings.last_plan_id = plan_id
        self.save_settings()
        self.current_plan_changed.emit()  # the same page index as the plan opened before: no signal

    def open_plan_at(self, plan_id: int, step: str, kind: str, row_id: int, field: str = "") -> None:
        """Open the plan at one row and field (a line of "Now" or of "Ready for the board?")."""
        if self.database is None:
            self._when_data_open(
                lambda: self.open_plan_at(plan_id, step, kind, row_id, field),
                self.tr("Opening the plan as soon as your data is ready…"),
            )
            return
        self.open_plan(plan_id)
        from verktoykasse.domain.followup import ARP_PLACE

        if kind == ARP_PLACE:  # the equality figures: the ARP window, not a page of the wizard
            self.arp_actions.open_window("figures")
            return
        if self.plan_page is not None:
            self.plan_page.show_place(step, kind, row_id, field)

    def finish_plan(self, what: str) -> None:
        """The evaluation step's last button: the board PDF, or the next cycle once the period has ended."""
        if self.plan_page is None:
            return
        if what == "next_cycle":
            plan_id = self.plan_page.plan_id
            self.show_home()
            self.home.select_plan(plan_id)
            self.plan_actions.start_next_cycle()
        elif hasattr(self, "report_actions"):
            self.report_actions.export_pdf()

    def _install_plan_actions(self) -> None:
        """The home view's "Open example plan" and "Start next cycle…" (issue 3, ``ui.wizard``)."""
        from verktoykasse.ui.wizard.home_actions import HomeActions

        self.plan_actions = HomeActions(self.context, self, self.home)

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
            self.catalogue_page.clock = lambda: self.clock()
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
        if self.context.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromHex(self.context.settings.window_geometry.encode("ascii")))
        if self.context.settings.window_state:
            self.restoreState(QByteArray.fromHex(self.context.settings.window_state.encode("ascii")))

    def save_settings(self) -> str | None:
        """Write the settings file; on failure the reason in a sentence (also on the status line), else None.

        No traceback (nothing is wrong in the code) and, with a read-only data folder, nothing on the
        terminal either (``logs.setup_logging`` then has no file and drops what is logged).
        """
        try:
            self.context.save_settings()
        except OSError as exc:
            from verktoykasse.storage.health import data_folder_message

            log.warning("settings could not be saved: %s", exc)
            reason = (
                self.tr("Your settings (language, window size, the plan you had open) could not be saved.")
                + " "
                + data_folder_message(self.context.paths.root, exc, window=True)
            )
            self.statusBar().showMessage(reason, 15000)
            return reason
        return None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.plan_page is not None and not self.plan_page.may_close():
            event.ignore()  # the user keeps the window to save their text first
            return
        self.context.settings.window_geometry = bytes(self.saveGeometry().toHex()).decode("ascii")
        self.context.settings.window_state = bytes(self.saveState().toHex()).decode("ascii")
        if not self._closing_told:
            reason = self.save_settings()
            if reason is not None:
                # Said before the window goes, in a box that blocks only this window (never a nested event
                # loop inside a close); OK closes it for good.
                from verktoykasse.ui.dialogs import tell_then

                event.ignore()
                self._closing_told = True
                tell_then(self, reason + " " + self.tr("The window closes when you press OK."), self.close)
                return
        if self.plan_page is not None:
            self.plan_page.shutdown()  # text boxes waiting for their pause are saved first
        self.context.close()
        self._closed = True
        super().closeEvent(event)

    def undo(self) -> None:
        """Edit → Undo: in a text field, its own last change (saved like typing); elsewhere in a plan, the
        last removed row comes back with its children and links."""
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit) and focused.isUndoAvailable():
            before = focused.text()
            focused.undo()
            if focused.text() != before:
                focused.textEdited.emit(focused.text())  # saved like typing
            return
        if isinstance(focused, QPlainTextEdit) and focused.document().isUndoAvailable():
            focused.undo()
            return
        in_plan = self.plan_page is not None and self.pages.currentWidget() is self.plan_page
        if not (in_plan and self.plan_page.undo_removal()):
            self.show_status(self.tr("Nothing to undo."), 4000)

    def redo(self) -> None:
        """Edit → Redo: the text field's own last undone change comes back (and is saved like typing)."""
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit) and focused.isRedoAvailable():
            focused.redo()
            focused.textEdited.emit(focused.text())
        elif isinstance(focused, QPlainTextEdit) and focused.document().isRedoAvailable():
            focused.redo()
        else:
            self.show_status(self.tr("Nothing to redo."), 4000)

    def show_getting_started(self) -> None:
        """Help → Getting started (F1): what the program does, with a way into the example plan."""
        from verktoykasse.ui.help import GettingStartedDialog

        dialog = GettingStartedDialog(self.context.paths.root, self.plan_actions.open_example, self)
        dialog.exec()
        dialog.deleteLater()

    def show_glossary(self) -> None:
        """Help → Glossary: the method's words in plain language."""
        from verktoykasse.ui.help import GlossaryDialog

        dialog = GlossaryDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def show_about(self) -> None:
        # Imported here: building the Qt namespace and QMessageBox's enums costs ≈25 ms at start-up.
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

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
            + f"\n{self.context.paths.root}"
        )
        box.exec()
