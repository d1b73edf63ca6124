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
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from verktoykasse._version import __version__
from verktoykasse.i18n import apply_language
from verktoykasse.logs import setup_logging
from verktoykasse.paths import DataPaths, asked_data_dir, local_log_dir, resolve_data_dir
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
ICON_LATEST_MS = 300  # the icon is given when the plans are listed, or this long after the window shows

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QIcon

log = logging.getLogger("verktoykasse.ui")


def create_application(argv: list[str] | None = None, *, icon: bool = True) -> QApplication:
    """The application, named; with its icon unless ``icon`` is False (``run_gui`` sets it once the window
    is on screen: QIcon's type and the eight sizes cost ≈3.5 ms that the first window need not wait for)."""
    from verktoykasse.ui.pyside_fixes import keep_singletons_alive

    keep_singletons_alive()  # PySide6 6.12 would otherwise abort the program after a while of use
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    if icon:
        app.setWindowIcon(application_icon())
    return app


def application_icon() -> QIcon:
    """The toolbox icon in every drawn size, so title bar, task bar and Alt+Tab each pick a sharp one."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", f"verktoykasse-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon


def run_gui(data_dir: str | Path | None = None, database_url: str | None = None) -> int:
    app = create_application(icon=False)
    opened = open_data_folder(app, data_dir)
    if opened is None:
        return 1
    paths, instead_of = opened
    report_unexpected_errors(paths)
    settings = Settings.load(paths.settings)
    apply_language(app, settings.language)

    from verktoykasse.context import AppContext
    from verktoykasse.ui.main_window import MainWindow
    from verktoykasse.ui.single_instance import SingleInstance

    guard = SingleInstance(paths)
    held_by = None
    if not guard.acquire(listen=False):  # another copy has this data folder: bring it forward, or say so
        waiting = WakeWait(app)
        answered = guard.wake_running_copy(waiting=waiting.tick)
        waiting.close()
        if answered or waiting.stopped:
            return 0
        held_by = guard.holder()  # a copy on another computer: its data is opened read-only, it is named
        if held_by is None:
            from verktoykasse.ui.dialogs import show_error

            app.setWindowIcon(application_icon())
            show_error(None, no_answer_message())
            return 0
    # Logged into the data folder, unless another computer holds it: then nothing is written there (two
    # programs appending to one log on a shared folder clash), and this PC keeps its own log.
    log_file = setup_logging(paths.root if held_by is None else local_log_dir())
    from verktoykasse.settings import resolve_database_url

    context = AppContext(
        paths=paths,
        settings=settings,
        database_url=resolve_database_url(database_url, settings),
        held_by=held_by,
        chosen_instead_of=instead_of,
    )
    window = MainWindow(context)
    window.take_over = guard.take_over  # "Try again" when another computer held the data
    window.take_over_stopped = guard.take_over_stopped  # "Take over…" when the program there stopped
    window.holder_now = guard.holder
    guard.lost.connect(window.lose_hold)  # another computer took the data over from this one
    report_unexpected_errors(paths, on_damage=window.damaged_by, log_file=log_file)
    guard.activation_requested.connect(window.bring_to_front)
    window.show()
    if os.environ.get(EXIT_AFTER_START) == "1":
        QTimer.singleShot(0, lambda: _signal_start("shown"))
        window.plans_listed.connect(lambda: _signal_start("listed"))
        window.data_ready.connect(lambda: (_signal_start("ready"), app.exit(0 if window.database else 1)))
    QTimer.singleShot(0, window.start_data)
    give_icon_when_listed(app, window.plans_listed)

    def listen() -> None:  # once, when the data is open: QtNetwork and the holder's note cost ≈20 ms
        window.data_ready.disconnect(listen)
        # From now on every write into the data file asks first whether this program still holds the folder
        # (a laptop that woke may have been taken over while it slept: ``storage.holder.Hold``).
        window.context.ask_the_hold(guard.hold)
        QTimer.singleShot(0, guard.listen)  # a copy started meanwhile asks again until then

    window.data_ready.connect(listen)

    def settled() -> None:  # once: what start-up made stays, out of the collector's way
        window.data_ready.disconnect(settled)
        settle_memory()

    window.data_ready.connect(settled)
    if os.environ.get(EXIT_AFTER_START) != "1" and held_by is None:  # a measured start asks nothing

        def warn_about_the_folder() -> None:  # once, when the data is open: a synced or network folder
            window.data_ready.disconnect(warn_about_the_folder)
            from verktoykasse.ui.synced_warning import warn_about_folder

            QTimer.singleShot(0, lambda: warn_about_folder(context, window, window))

        window.data_ready.connect(warn_about_the_folder)
    code = app.exec()
    guard.release()
    return code


def open_data_folder(app: QApplication, data_dir: str | Path | None) -> tuple[DataPaths, Path | None] | None:
    """The data folder, made if need be, and the folder asked for when the data is kept elsewhere by the
    user's choice (else None). One that cannot be made or used (a file in its place, a USB stick or network
    drive not connected, no permission) is explained in words a window user can act on, and another folder
    may be chosen (``ask_for_another_folder``), for this run or from now on (``ask_to_keep``); None when the
    user closes."""
    from verktoykasse.paths import chosen_instead_of

    chosen: Path | None = None
    while True:
        folder = chosen
        usual = asked_data_dir(data_dir)
        try:
            remembered = chosen_instead_of(usual)
            folder = folder or resolve_data_dir(data_dir)
            paths = DataPaths(folder).ensure()
        except OSError as exc:
            # Finding the folder can fail too (the old roaming folder's data cannot be moved, a moved
            # folder's note cannot be read): then the folder named is the one asked for.
            app.setWindowIcon(application_icon())
            apply_language(app)  # no settings to read: the system's language
            chosen = ask_for_another_folder(folder or usual, exc, usual)
            if chosen is None:
                return None
            continue
        if chosen is not None and chosen == usual:  # back to the usual folder: nothing to ask or keep
            _forget_choice(usual)
            return paths, None
        if chosen is not None:
            ask_to_keep(chosen, usual)
        return paths, usual if chosen is not None or remembered is not None else None


def _forget_choice(usual: Path) -> None:
    from verktoykasse.paths import remember_choice

    try:
        remember_choice(usual, None)
    except OSError as error:  # the next start asks again, no harm done
        log.warning("The data folder choice could not be forgotten: %s", error)


def ask_for_another_folder(folder: Path, exc: OSError, usual: Path) -> Path | None:
    """Say why ``folder`` cannot hold the data and offer "Choose another folder…"; the folder chosen, or
    None when the user closes. Whether it is kept from now on is asked once it works (``ask_to_keep``)."""
    from PySide6.QtCore import Qt  # not at module level: the Qt namespace costs ≈20 ms at start-up
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from verktoykasse.storage.health import data_folder_message

    text = (
        data_folder_message(folder, exc, window=True)
        + " "
        + QApplication.translate(
            "App", "Then start Verktøykassa again, or choose another folder to keep your data in."
        )
    )
    while True:
        box = QMessageBox(QMessageBox.Icon.Critical, DISPLAY_NAME, text, QMessageBox.StandardButton.NoButton)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the folder's name as it is written
        box.setObjectName("dataFolderDialog")
        box.setAccessibleName(QApplication.translate("App", "The data folder cannot be used"))
        choose = box.addButton(
            QApplication.translate("App", "Choose another folder…"), QMessageBox.ButtonRole.AcceptRole
        )
        close = box.addButton(QApplication.translate("App", "Close"), QMessageBox.ButtonRole.RejectRole)
        choose.setObjectName("dataFolderChoose")
        close.setObjectName("dataFolderClose")
        box.setDefaultButton(choose)
        box.setEscapeButton(close)
        box.exec()
        if box.clickedButton() is not choose:
            return None
        picked = QFileDialog.getExistingDirectory(
            None, QApplication.translate("App", "Choose a folder for your data"), str(Path.home())
        )
        if picked:
            return data_folder_in(Path(picked))


def ask_to_keep(chosen: Path, usual: Path) -> bool:
    """Ask whether the data stays in ``chosen`` from now on or only this time (the next start looks in
    ``usual`` again), and remember the answer (``paths.remember_choice``; shown and undone in *Settings*).
    True when it is kept from now on."""
    from PySide6.QtCore import Qt  # not at module level: the Qt namespace costs ≈20 ms at start-up
    from PySide6.QtWidgets import QMessageBox

    from verktoykasse.paths import chosen_instead_of, remember_choice

    text = QApplication.translate(
        "App",
        "Keep your data in {chosen} from now on?\n\nFrom now on: every start uses this folder, until you go "
        "back to {usual} in Tools → Settings.\nOnly this time: the next start looks in {usual} again.",
    ).format(chosen=str(chosen), usual=str(usual))
    box = QMessageBox(QMessageBox.Icon.Question, DISPLAY_NAME, text, QMessageBox.StandardButton.NoButton)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("keepFolderDialog")
    box.setAccessibleName(QApplication.translate("App", "Keep using this data folder?"))
    keep = box.addButton(QApplication.translate("App", "From &now on"), QMessageBox.ButtonRole.AcceptRole)
    once = box.addButton(QApplication.translate("App", "&Only this time"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keepFolderAlways")
    once.setObjectName("keepFolderOnce")
    box.setDefaultButton(keep)
    box.setEscapeButton(once)  # Escape commits to nothing: the next start asks for the usual folder again
    box.exec()
    kept = box.clickedButton() is keep
    try:
        if kept:
            remember_choice(usual, chosen)
        elif chosen_instead_of(usual) is not None:
            remember_choice(usual, None)  # a folder kept before could not be used: not asked for again
    except OSError as error:
        from verktoykasse.files import write_problem_reason
        from verktoykasse.ui.dialogs import show_error

        log.warning("The data folder choice could not be remembered: %s", error)
        show_error(
            None,
            QApplication.translate(
                "App",
                "Your choice could not be remembered ({reason}). This time your data is kept in {chosen}; "
                "the next start asks again.",
            ).format(reason=write_problem_reason(error), chosen=str(chosen)),
        )
        return False
    return kept


def data_folder_in(picked: Path) -> Path:
    """Where the data goes in the folder the user picked: the folder itself when it is empty or already
    holds Verktøykassa's data, else a folder of its own inside it (never mixed into e.g. Documents)."""
    try:
        if DataPaths(picked).database.is_file() or not any(picked.iterdir()):
            return picked
    except OSError:
        return picked  # cannot be looked into: trying it explains what is wrong
    return picked / DISPLAY_NAME


WAKE_QUIET_S = 0.25  # a copy that answers sooner brings its window forward without anything else shown


class WakeWait:
    """What a second double-click shows while the copy already open does not answer at once: a small
    window saying that it is being brought to the front, with "Stop waiting" (``SingleInstance.
    wake_running_copy`` calls ``tick`` while it waits). Nothing is made when the answer comes at once."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.dialog = None
        self.stopped = False

    def tick(self, waited_s: float) -> bool:
        """Show the window once the wait is noticeable, keep it painted; False once the user stops it."""
        if waited_s >= WAKE_QUIET_S and self.dialog is None:
            self.dialog = self._make()
        if self.dialog is not None:
            self.app.processEvents()
        return not self.stopped

    def _make(self):
        from PySide6.QtWidgets import QProgressDialog, QPushButton

        self.app.setWindowIcon(application_icon())
        text = self.app.translate(
            "App", "Verktøykassa is already open on this computer. Bringing its window to the front…"
        )
        dialog = QProgressDialog()
        dialog.setObjectName("wakeWaitDialog")
        dialog.setWindowTitle(DISPLAY_NAME)
        dialog.setAccessibleName(text)
        dialog.setLabelText(text)
        dialog.setRange(0, 0)  # no end known: a busy bar
        dialog.setMinimumDuration(0)
        stop = QPushButton(self.app.translate("App", "Stop waiting"))
        stop.setObjectName("wakeWaitStop")
        stop.setAccessibleName(stop.text())
        dialog.setCancelButton(stop)
        dialog.canceled.connect(self._stop)
        dialog.show()
        return dialog

    def _stop(self) -> None:
        self.stopped = True

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self._stop)  # closing is not the user's "Stop waiting"
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def no_answer_message(platform: str = sys.platform) -> str:
    """The copy already open on this computer did not answer: what the user can do (on ``platform``)."""
    if platform == "win32":
        what_to_do = QApplication.translate(
            "App",
            "If it still does not answer, close it in Task Manager (press Ctrl+Shift+Esc, choose "
            "Verktøykassa, then End task) and start Verktøykassa again.",
        )
    else:
        what_to_do = QApplication.translate(
            "App", "If it still does not answer, close it (force it to quit if need be) and start it again."
        )
    return (
        QApplication.translate(
            "App",
            "Verktøykassa is already open on this computer, but it does not answer. It may be busy, or it "
            "may have stopped responding. Wait a minute, then start Verktøykassa again.",
        )
        + " "
        + what_to_do
    )


def give_icon_when_listed(app: QApplication, listed: SignalInstance) -> None:
    """The application's icon once the plans are listed (QIcon's type and the eight sizes cost ≈3.5 ms that
    neither the window nor the list need wait for), and at the latest ``ICON_LATEST_MS`` after the window
    shows: a message about the data (a damaged file, another computer holding it) comes before the list,
    and has the icon in its title bar too."""

    def give() -> None:
        if not icon_given:
            icon_given.append(True)
            app.setWindowIcon(application_icon())

    icon_given: list[bool] = []
    listed.connect(give)
    QTimer.singleShot(ICON_LATEST_MS, give)


def report_unexpected_errors(
    paths: DataPaths,
    on_damage: Callable[[BaseException], bool] | None = None,
    log_file: Path | None = None,
) -> None:
    """Show an error nobody foresaw in a message, with the details in the log.

    The windowed program has no console (on Windows ``sys.stderr`` is None): PySide would print the
    traceback of a failing slot to nowhere and carry on, leaving the user an empty or half-drawn window
    and no word of what happened. An error that says the database file is damaged (a read anywhere in the
    window) goes to ``on_damage`` instead, the window's ``damaged_by``: it stops writing and offers the
    recovery choices. ``log_file``: where the details are, when not the data folder's log (another
    computer holds that folder: ``run_gui``).
    """
    from verktoykasse.logs import LOG_NAME

    def report(kind: type[BaseException], value: BaseException, traceback) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, traceback)
            return
        log.error("unexpected error", exc_info=(kind, value, traceback))
        if on_damage is not None and on_damage(value):
            return
        from verktoykasse.ui.dialogs import show_error

        refused = refused_write(value, paths)
        if refused is not None:
            show_error(QApplication.activeWindow(), refused)
            return
        message = QApplication.translate(
            "App",
            "Something unexpected went wrong ({error}). If the window does not work as it should, close the "
            "program and start it again. Details are in {log}.",
        )
        details = log_file or paths.root / LOG_NAME
        show_error(QApplication.activeWindow(), message.format(error=kind.__name__, log=details))

    sys.excepthook = report


def refused_write(exc: BaseException, paths: DataPaths) -> str | None:
    """What to tell the user when ``exc`` is a write the disk or the folder refused (full, write-protected,
    in use by another program) where no save banner catches it (a new plan, a rename, a deletion from the
    list of plans): the problem in plain words, not "something unexpected". None for any other error, and
    for a write refused because another computer took the folder over (its own message follows)."""
    import sqlite3

    from verktoykasse.storage.health import StorageProblem, classify_error, problem_message
    from verktoykasse.storage.holder import taken_over_in

    cause = getattr(exc, "orig", None) or exc  # SQLAlchemy's error carries SQLite's
    if not isinstance(cause, OSError | sqlite3.Error) or taken_over_in(exc):
        return None
    problem = classify_error(cause)
    if problem not in (
        StorageProblem.DISK_FULL,
        StorageProblem.READ_ONLY,
        StorageProblem.LOCKED,
        StorageProblem.NO_ACCESS,
    ):
        return None
    return QApplication.translate(
        "App", "Your change could not be saved, and nothing was changed. {problem}"
    ).format(problem=problem_message(problem, paths))


def settle_memory() -> None:
    """Once started: what start-up made lives as long as the program, so move it out of the collector's
    way (later collections, e.g. while typing, need not scan it), let the collector run again, and leave
    its full collections to the window's idle moments (``collector``, ``ui.warm_up``)."""
    from verktoykasse.collector import settle_start_up

    settle_start_up()


def _signal_start(stage: str) -> None:
    import time

    if sys.stdout is not None:  # None in a windowed bundle on Windows
        print(f"{stage} {time.perf_counter():.6f}", flush=True)
