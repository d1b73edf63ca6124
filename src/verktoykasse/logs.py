"""Where details of unexpected errors go: a log file in the data folder, never the user's screen."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from verktoykasse.paths import restrict_file

LOG_NAME = "verktoykasse.log"
MAX_BYTES = 1_000_000
BACKUPS = 2


# "postgresql://kari:secret@host/db" and "password=secret" (libpq's key=value form): the secret part.
# Compiled when first used (``re`` keeps them), not at start-up, where nothing is hidden yet.
_URL_PASSWORD = r"(\b[a-z][a-z0-9+.-]*://[^/:@\s]*):\S*@"
_KEY_PASSWORD = r"\b(password\s*=\s*)('[^']*'|\S+)"


def hide_passwords(text: str) -> str:
    """``text`` with every password in a database address taken out, for messages and logs alike."""
    hidden = re.sub(_URL_PASSWORD, r"\1@", text, flags=re.IGNORECASE)
    return re.sub(_KEY_PASSWORD, r"\1***", hidden, flags=re.IGNORECASE)


class LogFile(logging.FileHandler):
    """The log file, rotated when the program starts rather than while it runs.

    logging.handlers.RotatingFileHandler would do it as it writes, but importing logging.handlers costs
    ≈10 ms before the window can show; one session never writes a megabyte of log.
    """

    def __init__(self, path: Path) -> None:
        rotate(path)
        super().__init__(path, encoding="utf-8")

    def format(self, record: logging.LogRecord) -> str:
        """Never a database password in the log, whoever logged the address or the error around it."""
        return hide_passwords(super().format(record))

    def _open(self):
        stream = super()._open()
        restrict_file(Path(self.baseFilename))  # the user's alone (0600); renamed old logs keep their mode
        return stream


def rotate(path: Path) -> None:
    """verktoykasse.log → .log.1 → .log.2 (the oldest dropped), as RotatingFileHandler names them."""
    try:
        if not path.exists() or path.stat().st_size < MAX_BYTES:
            return
        for number in range(BACKUPS - 1, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:
        pass  # a log that cannot rotate keeps growing; never a reason not to start


def setup_logging(data_dir: Path) -> Path:
    """Log into ``data_dir`` (created if need be); the log's path, also when it could not be opened."""
    path = data_dir / LOG_NAME
    root = logging.getLogger("verktoykasse")
    if not any(isinstance(h, LogFile) for h in root.handlers):
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            handler = LogFile(path)
        except OSError:
            # A read-only data folder: no log file, and no traceback on the terminal either (logging
            # would fall back to printing warnings and their tracebacks on stderr).
            if not root.handlers:
                root.addHandler(logging.NullHandler())
            return path
        restrict_file(path)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path


def move_log(log_dir: Path) -> Path | None:
    """Go on logging into ``log_dir`` (this computer's own log folder) instead of the data folder: another
    computer took the data folder over, and two programs appending to one log in a shared folder would
    mix and clash. The log file left behind is only closed (on Windows an open file can be neither renamed
    nor removed by the other program); it is never rotated, moved or removed from here. Nothing happens
    when no log file is open (the data folder refused it at start): the new log's path, else None."""
    root = logging.getLogger("verktoykasse")
    open_logs = [h for h in root.handlers if isinstance(h, LogFile)]
    if not open_logs:
        return None
    for handler in open_logs:
        if Path(handler.baseFilename).parent == log_dir:
            return Path(handler.baseFilename)
        root.removeHandler(handler)
        handler.close()
    return setup_logging(log_dir)


def __getattr__(name: str):
    """``PrivateRotatingFileHandler``, a rotating handler whose files are all 0600, made on first use:
    logging.handlers costs ≈15 ms, which the window's start-up does not pay (it uses ``LogFile``)."""
    if name != "PrivateRotatingFileHandler":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from logging.handlers import RotatingFileHandler

    class PrivateRotatingFileHandler(RotatingFileHandler):
        """Every log file it opens, the fresh one after a rollover too, is the user's alone (0600)."""

        def _open(self):
            stream = super()._open()
            restrict_file(Path(self.baseFilename))
            return stream

    globals()[name] = PrivateRotatingFileHandler
    return PrivateRotatingFileHandler
