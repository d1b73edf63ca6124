"""Python's garbage collector kept out of the user's way: its full collections while the user pauses.

A full (oldest-generation) collection walks every object the program holds that is not frozen. Left to
itself, Python starts one whenever enough objects have survived the younger collections, and that is
while the user works: in the real program on the large plan, 75–230 ms each time, about every third
time another plan was opened, walking reportlab's and the catalogue's objects (loaded ahead by
``ui.warm_up``) and the closed plans' ORM objects. Those hold each other in cycles (a goal's measures
point back at the goal: ≈19 000 objects for the large plan) and so go only in a full collection.

So, once the program has started (``settle_start_up``):
- what start-up made lives as long as the program: frozen (``gc.freeze``), later collections skip it;
- what the idle warm-up loads (modules, fonts, the catalogue) lives as long too: collected once and frozen
  (``settle``) at the window's next idle moment;
- the window does the full collections while the user pauses (``collect_at_idle``), when there can be
  something to free: a closed large plan's data then goes in ≈20–120 ms (most of it freeing that data),
  a second or so after the last keystroke, click or long piece of work (``ui.warm_up``);
- Python's own rule stays as the backstop for a user who never pauses, at ``FULL_AFTER`` middle-generation
  collections instead of 10, so that a burst of work (the large plan opened, then exported: ≈12 of them)
  does not meet it. Opening the large plan 20 times without a pause then has a full collection every
  seventh time (≈200–340 ms), and memory levels off ≈18 MiB higher than Python's default; with a
  pause between the openings it stays flat.

Young collections stay as Python makes them: they take well under a millisecond to a few.

``paused`` holds even those off while one burst of work makes a great many short-lived objects: reading a
16 MB plan file of empty lists took 9 s instead of 2, and reportlab's hundreds of thousands of objects per
large PDF started ≈90 collections (≈15 % of the build). Whatever the burst leaves in cycles goes at the
next collection after it.

None of this is done in a process that never settled (the tests, the command line): freezing a test's
window would keep its cycles for the rest of the run.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# Python starts a full collection after 10 middle-generation ones (if enough survived them). Opening the
# large plan makes ≈3–5 of those, exporting its PDF ≈7: the window's idle collection comes first.
FULL_AFTER = 20


class _State:
    settled = False  # set once by ``settle_start_up``: the window manages the collector from then on


def settle_start_up() -> None:
    """Once the program has started and its data is open: what start-up made lives as long as the program,
    so move it out of the collector's way, let the collector run again, and leave the full collections to
    the window's idle moments (``collect_at_idle``), with Python's rule, less often, as the backstop."""
    young, middle, _full = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(young, middle, FULL_AFTER)
    gc.enable()
    _State.settled = True


def settle() -> None:
    """What was just loaded to stay (modules, fonts, the catalogue): collect what is garbage now, then
    freeze the rest, so later collections need not walk it again.

    Frozen objects are still freed when nothing refers to them any more; only cycles among them would
    stay. When a plan is open meanwhile (the reports are loaded ahead while one is), its objects are
    frozen too and its cycles stay once it is closed: ≈20 000 objects (a few MiB) for the large plan, at
    most twice a session (once per load ahead).
    """
    if not _State.settled:
        return
    gc.collect()
    gc.freeze()


def collect_at_idle() -> bool:
    """A full collection, while the user pauses, when one can find something: when objects have moved on
    from the young generations since the last one (opening a plan, an export). True when it collected."""
    if not _State.settled or not gc.isenabled() or gc.get_count()[2] == 0:
        return False
    gc.collect()
    return True


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
