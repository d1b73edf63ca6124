"""Where details of unexpected errors go: a log file in the data folder, never the user's screen."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from verktoykasse.paths import restrict_file

LOG_NAME = "verktoykasse.log"


def setup_logging(data_dir: Path) -> Path:
    path = data_dir / LOG_NAME
    root = logging.getLogger("verktoykasse")
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        try:
            handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
        except OSError:
            return path
        restrict_file(path)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path
