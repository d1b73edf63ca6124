"""One copy of the program per data folder.

Two windows writing the same database would each overwrite what the other shows, so the first copy
holds a lock file (``QLockFile`` at ``paths.lock``; a crashed copy's stale lock is taken over) and listens
on a local socket (a named pipe or a Unix socket only this user can open — never a network connection).
A second copy asks the first to come to the front and quits (the first listens once its data is open,
so a second copy started meanwhile asks again for a few seconds); if the first does not answer, the second
tells the user the program is already open. On Windows only the process the user just started may take
the foreground, and a background process that calls ``activateWindow()`` only flashes its taskbar button:
so before it signals, the second copy hands its right to the first (``AllowSetForegroundWindow`` with the
first copy's process id, read from the lock file). The command line needs no lock: SQLite's WAL mode and busy
timeout let it work beside the window.

A copy on another computer (the folder is synced or on a network drive) can be neither woken nor reached:
``holder`` says who it is (the note the holding copy leaves beside its lock, ``storage.holder``), the
second program opens the data read-only (``ui.read_only``), and ``take_over`` tries the lock again.

Qt's lock cannot tell whether a copy on another computer still runs (``staleLockTime`` 0: only a dead
process on this computer is stale), so a crash there would leave this folder read-only everywhere else for
good. The holding copy therefore refreshes its note every minute (a heartbeat, written in a thread of its
own so a slow network drive never holds up the window; a write that fails is simply tried again next
minute), and when the note shows no sign of life for long (``storage.holder.STOPPED_AFTER``) and, as the
clocks of two computers can differ, this copy watched it for a few minutes without a new heartbeat
(``storage.holder.Watch``: ``holder`` judges every holder it reads; however old the note, it is always
watched first), the user may take the folder over
(``take_over_stopped``: the other computer's lock file is removed and the lock taken here). A copy that
finds, at its heartbeat, that another computer took its folder over stops writing its note, says so
(``lost``) and never removes the other computer's lock or note when it closes. A laptop that wakes may be
typed on before its next heartbeat: every write into the data file asks ``hold`` first
(``storage.holder.Hold``), which reads the lock file again when the last confirmation is more than two
heartbeats old by this computer's clocks (it slept), and refuses the write once the folder was taken over.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLockFile, QObject, Signal

from verktoykasse.paths import DataPaths

if TYPE_CHECKING:  # QtNetwork (≈8 ms) and hashlib (≈3 ms) load when the socket is made, after the window
    import datetime as dt

    from PySide6.QtCore import QTimer
    from PySide6.QtNetwork import QLocalServer

    from verktoykasse.storage.holder import Hold, Holder, Watch


# A copy that finds the folder held by one on this computer asks it to come forward; the first copy listens
# only once its data is open (≈1 s after a double-click on an old PC), so the second asks again meanwhile.
WAKE_PATIENCE_S = 10.0
WAKE_RETRY_S = 0.1
ANSWER = b"1"  # what the first copy says back: "here, coming forward"


def server_name(paths: DataPaths) -> str:
    import hashlib

    digest = hashlib.sha256(str(paths.root).encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return f"verktoykasse-{digest}"


class SingleInstance(QObject):
    """Hold the data folder for this copy; ``activation_requested`` fires when another copy starts."""

    activation_requested = Signal()
    # Another computer took this folder over (its copy found this one stopped): who holds it now.
    lost = Signal(object)
    _found_lost = Signal(object)  # found by a write: ``lost`` once that write is over (queued)

    def __init__(self, paths: DataPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.lock = self._new_lock()
        self.server: QLocalServer | None = None
        self._since: dt.datetime | None = None  # when this copy took the folder (its note says so)
        self._heartbeat: QTimer | None = None
        self._beating: threading.Thread | None = None
        self._note_guard = threading.Lock()  # no heartbeat writes the note once ``release`` began
        self._released = False
        self._lost = False
        self._watch: Watch | None = None  # what this copy has seen of the holder's heartbeat (``holder``)
        self._hold: Hold | None = None  # asked before each write into the data file (``hold``)
        self._watching_state = False  # the application coming to the front starts a heartbeat

    def _new_lock(self) -> QLockFile:
        lock = QLockFile(str(self.paths.lock))
        lock.setStaleLockTime(0)  # only a dead process's lock is stale, never an old live one
        return lock

    @property
    def name(self) -> str:
        return server_name(self.paths)

    def other_computer(self) -> str:
        """The name of the computer whose copy holds this data folder, when it is not this one ("" else).

        A data folder shared between PCs (a synced folder, a network drive) is locked by a copy on another
        computer, which this one can neither wake nor reach: the user is told which computer it is.
        """
        from PySide6.QtCore import QSysInfo

        info = self.lock.getLockInfo()
        parts = info if isinstance(info, tuple) else ()
        host = next((p for p in parts[-2:-1] if isinstance(p, str)), "")
        return host if host and host != QSysInfo.machineHostName() else ""

    def acquire(self, listen: bool = True) -> bool:
        """Take the lock and (unless ``listen`` is False) start listening; False when another copy holds
        this data folder. The program passes False and calls ``listen()`` once its data is open."""
        self._forget_a_lost_lock()
        if not self.lock.tryLock(200):
            # Only a lock held by a live copy means "already open". A folder where no lock file can be
            # made (read-only, full) is not another copy: the start goes on and explains the folder.
            return self.lock.error() != QLockFile.LockError.LockFailedError
        from verktoykasse.paths import restrict_file

        restrict_file(self.paths.lock)
        self._since = None  # a new hold: its note gets a new start time
        self._released = self._lost = False
        if self._hold is not None:
            self._hold.taken()
        if listen:
            self.listen()
        return True

    def holder(self) -> Holder | None:
        """Who holds this data folder on another computer (None when it is a copy on this one)."""
        from verktoykasse.storage.holder import read_holder

        computer = self.other_computer()
        return self.watched(read_holder(self.paths.lock, computer)) if computer else None

    def watched(self, holder: Holder) -> Holder:
        """``holder`` judged by what this copy has seen of its heartbeat (its ``life``): the clocks of two
        computers can differ, so a silent one is only said to have stopped once watched for a while (on a
        network drive, which does not lag as a synced folder does, a shorter while for one silent since
        long ago; a folder of unknown kind is watched as a synced one)."""
        if self._watch is None:
            from verktoykasse.storage.holder import Watch
            from verktoykasse.storage.synced import folder_risk

            risk = folder_risk(self.paths.root)
            self._watch = Watch(network_drive=risk is not None and risk.kind == "network")
        return self._watch.look(holder)

    def take_over(self) -> Holder | None:
        """Take the folder now that its holder may have closed: None when this copy holds it now, else
        who still does (another copy on this computer is named by this computer)."""
        from PySide6.QtCore import QSysInfo

        from verktoykasse.storage.holder import Holder

        if self.acquire():
            return None
        return self.holder() or Holder(QSysInfo.machineHostName())

    def take_over_stopped(self) -> Holder | None:
        """Take the folder from a copy on another computer that seems to have stopped (the user confirmed
        it): its lock file is removed and the lock taken here, with a fresh note. None when this copy holds
        the folder now; else who still does (the other copy gave a sign of life meanwhile, or its lock
        file could not be removed). A copy on this computer, or one that still gives signs of life, is
        never taken over, nor one whose clock may only differ from this computer's (not yet watched long
        enough: ``storage.holder.Watch``)."""
        holder = self.take_over()
        if holder is None or not self.other_computer() or not holder.seems_stopped():
            return holder
        if not self.lock.removeStaleLockFile():
            return self.holder() or holder
        from verktoykasse.storage.holder import remove_note

        remove_note(self.paths.lock)  # the stopped copy's: a fresh one is written once the lock is ours
        return self.take_over()

    def listen(self) -> None:
        """Answer copies started later on this data folder (they ask this one to come to the front), and
        leave the note that tells a copy on another computer who holds it (once the data is open:
        QtNetwork and writing the note cost ≈20 ms that opening the data need not wait for)."""
        from PySide6.QtNetwork import QLocalServer

        if self.lock.isLocked():  # also when this copy took the folder over later (``take_over``)
            self._leave_note()
            if not self._lost:
                self.hold.taken()
            self._start_heartbeat()
        if self.server is not None:
            return
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket left behind by a crashed copy
        if server.listen(self.name):
            server.newConnection.connect(self._accept)
            self.server = server

    def _leave_note(self) -> None:
        from PySide6.QtCore import QSysInfo

        from verktoykasse.storage.db import who_am_i
        from verktoykasse.storage.holder import Holder, utc_now, write_note

        now = utc_now()
        if self._since is None:
            self._since = now
        with self._note_guard:
            if not self._released and not self._lost:
                write_note(self.paths.lock, Holder(QSysInfo.machineHostName(), who_am_i(), self._since, now))

    # -- the hold, asked before each write -------------------------------------------------------------
    @property
    def hold(self) -> Hold:
        """This copy's hold on the folder, for every write into the data file to ask first (made when
        first asked: ``storage.holder`` need not load before the window shows)."""
        if self._hold is None:
            from verktoykasse.storage.holder import Hold

            self._hold = Hold(self._confirm_hold)
            self._hold.lost = self._lost
        return self._hold

    def _confirm_hold(self) -> bool | None:
        """Read the lock file before a write (``storage.holder.Hold``): True while it names this copy (a
        sign of life is written at once, for a program on another computer that watches), False once it
        names another computer's (taken over: ``lost`` follows), None when it cannot be read."""
        from PySide6.QtCore import QSysInfo

        from verktoykasse.storage.holder import lock_owner

        if self._lost:
            return False
        if self._released:
            return None
        if not self.lock.isLocked():  # no lock file could be made here (``acquire``): none to confirm
            return True
        owner = lock_owner(self.paths.lock)
        if owner is None:
            return None
        if owner == (os.getpid(), QSysInfo.machineHostName()):
            with contextlib.suppress(Exception):  # the note is for others: never a reason not to write
                self._leave_note()
            return True
        self._taken_over(owner, later=True)  # never inside the write being refused
        return False

    def _taken_over(self, owner: tuple[int, str], later: bool = False) -> None:
        """The lock file names ``owner``, another computer's copy: write nothing more, and say so (``lost``,
        once; ``later``: once the write that found it is over)."""
        from PySide6.QtCore import QSysInfo

        from verktoykasse.storage.holder import Holder, read_holder

        with self._note_guard:
            if self._released or self._lost:
                return
            self._lost = True
        if self._hold is not None:
            self._hold.lost = True
        here, computer = QSysInfo.machineHostName(), owner[1]
        holder = self.watched(read_holder(self.paths.lock, computer)) if computer != here else Holder(here)
        if later:  # queued, connected only now: importing ``Qt`` at start-up would build its namespace
            from PySide6.QtCore import Qt

            self._found_lost.connect(self.lost, Qt.ConnectionType.QueuedConnection)
            self._found_lost.emit(holder)
        else:
            self.lost.emit(holder)

    def _on_application_state(self, state: object) -> None:
        """The window comes to the front (as after a wake): a hold not confirmed lately is read at once, in
        the heartbeat's thread, rather than at the first write. Told by its name: importing ``Qt`` here would
        build the Qt namespace (≈20 ms) as the window first shows, which start-up leaves out."""
        active = getattr(state, "name", "") == "ApplicationActive"
        if active and self._hold is not None and self._hold.due():
            self._beat_in_background()

    # -- the heartbeat ---------------------------------------------------------------------------------
    def _start_heartbeat(self) -> None:
        """Refresh the note every minute while this copy holds the folder (a coarse timer: no wake-ups)."""
        if self._heartbeat is not None:
            return
        from PySide6.QtCore import Qt, QTimer

        from verktoykasse.storage.holder import HEARTBEAT_S

        timer = QTimer(self)
        timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        timer.setInterval(HEARTBEAT_S * 1000)
        timer.timeout.connect(self._beat_in_background)
        timer.start()
        self._heartbeat = timer
        from PySide6.QtGui import QGuiApplication

        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            application.applicationStateChanged.connect(self._on_application_state)
            self._watching_state = True

    def _beat_in_background(self) -> None:
        """One heartbeat in a thread of its own: a network drive that hangs never holds up the window, and
        a beat still hanging is not joined by another."""
        if self._beating is not None and self._beating.is_alive():
            return
        self._beating = threading.Thread(target=self.beat, name="holder-heartbeat", daemon=True)
        self._beating.start()

    def beat(self) -> None:
        """Say this copy still runs: refresh the note while the lock file still names this process. When
        it names another computer's copy (which took the folder over), stop and emit ``lost`` (no write
        goes into the data file from then on: ``hold``). A lock file that cannot be read just now (gone,
        being synced) is left alone, and so is the note; the hold is not confirmed then, so after two such
        heartbeats the next write reads the lock file first."""
        from PySide6.QtCore import QSysInfo

        from verktoykasse.storage.holder import lock_owner

        if self._released or self._lost or not self.lock.isLocked():
            return
        owner = lock_owner(self.paths.lock)
        if owner is None:
            return
        if owner == (os.getpid(), QSysInfo.machineHostName()):
            if self._hold is not None:
                self._hold.confirmed()
            with contextlib.suppress(Exception):  # a heartbeat never fails the program
                self._leave_note()
            return
        self._taken_over(owner)

    def _forget_a_lost_lock(self) -> None:
        """Once another computer's copy took the folder over, its lock file and note are its own: Qt would
        remove the file by its name on unlocking, so the lock this copy held is forgotten, not unlocked."""
        if not self._lost or not self.lock.isLocked():
            return
        import shiboken6

        shiboken6.Shiboken.invalidate(self.lock)  # its destructor never runs: nothing is unlocked
        self.lock = self._new_lock()

    def has_lost_the_folder(self) -> bool:
        """Whether a copy on another computer took this folder over while this one held it."""
        return self._lost

    def _accept(self) -> None:
        """Any connection is the request: no data needs to be read, so nothing can be half-received. The
        answer (one byte, then the connection closed) tells the asking copy that this one is alive."""
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.disconnected.connect(socket.deleteLater)
            socket.write(ANSWER)
            socket.flush()
            socket.disconnectFromServer()  # once the answer is written
            self.activation_requested.emit()

    def wake_running_copy(
        self, patience_s: float | None = None, waiting: Callable[[float], bool] | None = None
    ) -> bool:
        """Ask the copy that holds the lock to come to the front. True when it answered.

        The first copy answers once its data is open (``listen``, called then): a copy started by a second
        double-click while the first still opens its data asks again for up to ``patience_s`` seconds
        (``WAKE_PATIENCE_S`` unless given). A
        copy that takes the request but never answers (it hangs) is not counted as reached, and neither is
        one that never listens. While no answer has come, ``waiting`` is called every ``WAKE_RETRY_S``
        with the seconds waited so far (the program shows that it is waiting, and keeps its window
        painted); it returns False when the user stops waiting. A copy on another computer cannot be
        reached at all: False at once.
        """
        import time

        from PySide6.QtNetwork import QLocalSocket

        if self.other_computer():
            return False
        info = self.lock.getLockInfo()
        if isinstance(info, tuple) and info and isinstance(info[0], int):
            allow_foreground(info[0])
        patience = WAKE_PATIENCE_S if patience_s is None else patience_s
        start = time.monotonic()
        retry_ms = int(WAKE_RETRY_S * 1000)

        def go_on() -> bool:  # still waiting: False once the patience or the user's is at an end
            waited = time.monotonic() - start
            return waited < patience and (waiting is None or waiting(waited))

        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(retry_ms):
                while True:
                    # The answer, or the connection closed by a copy of an earlier version (its answer).
                    if socket.bytesAvailable() or socket.waitForReadyRead(retry_ms):
                        socket.abort()
                        return True
                    if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                        return True
                    if not go_on():
                        socket.abort()
                        return False
            socket.abort()
            if not go_on():
                return False
            time.sleep(WAKE_RETRY_S)

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self._heartbeat is not None:
            self._heartbeat.stop()
            self._heartbeat = None
        if self._watching_state:
            from PySide6.QtGui import QGuiApplication

            self._watching_state = False
            with contextlib.suppress(RuntimeError, TypeError):
                QGuiApplication.instance().applicationStateChanged.disconnect(self._on_application_state)
        with self._note_guard:
            self._released = True  # a heartbeat still under way writes nothing now
        self._forget_a_lost_lock()
        if self.lock.isLocked():  # never the note of a copy that holds it elsewhere
            from verktoykasse.storage.holder import remove_note

            remove_note(self.paths.lock)
        self.lock.unlock()


def user32() -> Any | None:
    """Windows' window manager library, or None on other systems (where nothing needs allowing)."""
    if sys.platform != "win32":
        return None
    import ctypes

    return ctypes.WinDLL("user32", use_last_error=True)


def allow_foreground(pid: int) -> None:
    """Let process ``pid`` bring its window to the front (Windows); nothing happens elsewhere.

    Windows gives the foreground only to the process the user started last, which is this second copy;
    ``AllowSetForegroundWindow`` passes that right on to the first copy, so its ``activateWindow()``
    raises the window instead of flashing the taskbar. A failure only means a flashing button, never a
    reason not to signal.
    """
    library = user32()
    if library is None or pid <= 0:
        return
    with contextlib.suppress(OSError, AttributeError):
        library.AllowSetForegroundWindow(int(pid))
