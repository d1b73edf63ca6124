"""Python's garbage collector held off while one burst of work makes a great many short-lived objects.

Each few hundred new container objects start a collection, and a full one scans every object the program
holds: reading a 16 MB plan file of empty lists took 9 s instead of 2, and reportlab's hundreds of
thousands of objects per large PDF started ≈90 collections (≈15 % of the build). Whatever the burst
leaves in cycles goes at the next collection after it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection inside the block; afterwards the collector is as it was (also on errors,
    and left off where the caller had it off, as the program does while it starts)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
