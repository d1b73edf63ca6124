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
"""

from __future__ import annotations

import contextlib
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLockFile, QObject, Signal

from verktoykasse.paths import DataPaths

if TYPE_CHECKING:  # QtNetwork (≈8 ms) and hashlib (≈3 ms) load when the socket is made, after the window
    from PySide6.QtNetwork import QLocalServer

    from verktoykasse.storage.holder import Holder


# A copy that finds the folder held by one on this computer asks it to come forward; the first copy listens
# only once its data is open (≈1 s after a double-click on an old PC), so the second asks again meanwhile.
WAKE_PATIENCE_S = 10.0
WAKE_RETRY_S = 0.1


def server_name(paths: DataPaths) -> str:
    import hashlib

    digest = hashlib.sha256(str(paths.root).encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return f"verktoykasse-{digest}"


class SingleInstance(QObject):
    """Hold the data folder for this copy; ``activation_requested`` fires when another copy starts."""

    activation_requested = Signal()

    def __init__(self, paths: DataPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.lock = QLockFile(str(paths.lock))
        self.lock.setStaleLockTime(0)  # only a dead process's lock is stale, never an old live one
        self.server: QLocalServer | None = None

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
        if not self.lock.tryLock(200):
            # Only a lock held by a live copy means "already open". A folder where no lock file can be
            # made (read-only, full) is not another copy: the start goes on and explains the folder.
            return self.lock.error() != QLockFile.LockError.LockFailedError
        from verktoykasse.paths import restrict_file

        restrict_file(self.paths.lock)
        if listen:
            self.listen()
        return True

    def holder(self) -> Holder | None:
        """Who holds this data folder on another computer (None when it is a copy on this one)."""
        from verktoykasse.storage.holder import read_holder

        computer = self.other_computer()
        return read_holder(self.paths.lock, computer) if computer else None

    def take_over(self) -> Holder | None:
        """Take the folder now that its holder may have closed: None when this copy holds it now, else
        who still does (another copy on this computer is named by this computer)."""
        from PySide6.QtCore import QSysInfo

        from verktoykasse.storage.holder import Holder

        if self.acquire():
            return None
        return self.holder() or Holder(QSysInfo.machineHostName())

    def listen(self) -> None:
        """Answer copies started later on this data folder (they ask this one to come to the front), and
        leave the note that tells a copy on another computer who holds it (once the data is open:
        QtNetwork and writing the note cost ≈20 ms that opening the data need not wait for)."""
        from PySide6.QtNetwork import QLocalServer

        if self.lock.isLocked():  # also when this copy took the folder over later (``take_over``)
            self._leave_note()
        if self.server is not None:
            return
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket left behind by a crashed copy
        if server.listen(self.name):
            server.newConnection.connect(self._accept)
            self.server = server

    def _leave_note(self) -> None:
        import datetime as dt

        from PySide6.QtCore import QSysInfo

        from verktoykasse.storage.db import who_am_i
        from verktoykasse.storage.holder import Holder, write_note

        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        write_note(self.paths.lock, Holder(QSysInfo.machineHostName(), who_am_i(), now))

    def _accept(self) -> None:
        """Any connection is the request: no data needs to be read, so nothing can be half-received."""
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.abort()
            socket.deleteLater()
            self.activation_requested.emit()

    def wake_running_copy(self, patience_s: float = WAKE_PATIENCE_S) -> bool:
        """Ask the copy that holds the lock to come to the front. True when it was reached.

        The first copy answers once its data is open (``listen``, called then): a copy started by a second
        double-click while the first still opens its data asks again for up to ``patience_s`` seconds. A
        copy on another computer cannot be reached at all: False at once.
        """
        import time

        from PySide6.QtNetwork import QLocalSocket

        if self.other_computer():
            return False
        pid, _host, _app = self.lock.getLockInfo()
        allow_foreground(pid)
        give_up = time.monotonic() + patience_s
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(1000):
                socket.abort()
                return True
            if time.monotonic() >= give_up:
                return False
            time.sleep(WAKE_RETRY_S)

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
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
