"""Writing a file so that a crash, a kill or a full disk never leaves half of it behind.

The bytes go to a temporary file in the same folder, are flushed to the disk, and only then renamed over
the target in one step; an older copy survives any failure. Settings, exported PDFs and plan files, and an
imported catalogue all go through here.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all. Raises ``OSError`` (the target is then untouched)."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
