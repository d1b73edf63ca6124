"""Python's garbage collector stays out of the user's way, and a long session's memory stays bounded.

Once the program runs (``ui.app.settle_memory``), what the idle warm-up loads ahead is moved out of the
collector's way, and the full collections, which free a closed plan's objects (they refer to each other in
cycles), are done while the user pauses, never while they type. (How long a collection takes is shown by
``benchmarks``, not here.)
"""

from __future__ import annotations

import gc
import sys
import weakref

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLineEdit

from test_warm_up import Clock
from verktoykasse import collector
from verktoykasse.ui.warm_up import IDLE_SECONDS, REPORTS


@pytest.fixture
def as_the_program(monkeypatch: pytest.MonkeyPatch):
    """The collector managed as the started program manages it (``collector.settle_start_up``), without
    freezing the whole test run at the start; the thresholds are put back afterwards."""
    thresholds = gc.get_threshold()
    monkeypatch.setattr(collector._State, "settled", True)
    gc.set_threshold(thresholds[0], thresholds[1], collector.FULL_AFTER)
    yield
    gc.set_threshold(*thresholds)


def _example_plan(window) -> int:
    from verktoykasse.exchange.example_plan import add_example_plan

    with window.database.session() as session:
        plan_id = add_example_plan(session).id
        session.commit()
    return plan_id


def _open(window, plan_id: int):
    """Open a plan as the user does; the plan shown before is gone as the event loop would delete it.
    A weak reference to the plan's data (its goals and measures refer back to it: a cycle)."""
    window.open_plan(plan_id)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    plan = weakref.ref(window.plan_page.plan)
    gc.collect(1)  # as after a while of work: what the plan holds has moved on to the oldest generation
    return plan


def _warmed_up(window, qtbot, clock: Clock):
    """The window's own warm-up, on a clock the test moves: while the user pauses, it loads the reports
    and the catalogue ahead, one at a time, each settled at the next pause."""
    warm = window.warm_up
    warm.timer.stop()
    warm.clock = clock
    warm.last_input = clock.now
    while warm.wanted() is not None:
        clock.now += IDLE_SECONDS
        warm.check()
        assert warm.running is not None
        qtbot.waitUntil(lambda: warm.running is None, timeout=30_000)
    assert REPORTS in warm.loaded and warm.settle_due
    return warm


def test_what_the_warm_up_loaded_is_out_of_the_collectors_way_once_the_user_pauses(
    start_window, qtbot, as_the_program, data_dir, monkeypatch
):
    from verktoykasse.catalogue import load_catalogue, loader

    monkeypatch.setattr(loader, "_cache", {})  # a session just started: the catalogue not read yet
    window = start_window()
    _open(window, _example_plan(window))
    clock = Clock()
    warm = _warmed_up(window, qtbot, clock)
    catalogue = load_catalogue(data_dir)  # the one loaded ahead, kept for when the user opens it
    assert any(held is catalogue for held in gc.get_objects())  # loaded last, not settled yet

    clock.now += IDLE_SECONDS  # the user still reads
    warm.check()

    assert not any(held is catalogue for held in gc.get_objects())  # frozen: collections skip it
    assert load_catalogue(data_dir) is catalogue  # and still there when the user opens the catalogue
    assert "reportlab.platypus" in sys.modules  # as the reports for the first PDF


def _a_plan_closed_after_the_warm_up(start_window, qtbot):
    """Two plans; the warm-up done and settled while the first is open; the second opened, then the first
    again: the second's data is garbage now, in cycles. Returns the window, the test clock, the warm-up
    and a weak reference to the closed plan."""
    window = start_window()
    first, second = _example_plan(window), _example_plan(window)
    _open(window, first)
    clock = Clock()
    warm = _warmed_up(window, qtbot, clock)
    clock.now += IDLE_SECONDS
    warm.check()  # what was loaded is settled
    closed = _open(window, second)
    _open(window, first)
    return window, clock, warm, closed


def test_a_closed_plans_data_is_freed_while_the_user_pauses_not_while_they_type(
    start_window, qtbot, as_the_program
):
    window, clock, warm, closed = _a_plan_closed_after_the_warm_up(start_window, qtbot)
    gc.collect(1)  # the young collections of a while of work do not free it

    window.plan_page.go_to("profile")
    name = window.plan_page.findChild(QLineEdit, "name")  # the plan's name
    name.setFocus()
    for _ in range(5):  # the user types on: nothing but young collections meanwhile
        clock.now += IDLE_SECONDS / 3
        qtbot.keyClick(name, Qt.Key.Key_A)
        warm.check()
    assert closed() is not None

    clock.now += IDLE_SECONDS  # the user pauses
    warm.check()
    assert closed() is None


def test_a_long_session_of_opening_and_closing_plans_keeps_no_closed_plan(
    start_window, qtbot, as_the_program
):
    """Twenty times another plan opened, with the pauses a user makes: the closed plans' data does not pile
    up. Only the plan that was open while the reports were loaded ahead may stay (it was frozen with
    them), once per session."""
    window = start_window()
    plans = [_example_plan(window), _example_plan(window)]
    opened = [_open(window, plans[0])]
    clock = Clock()
    warm = _warmed_up(window, qtbot, clock)
    for turn in range(1, 21):
        clock.now += IDLE_SECONDS
        warm.check()  # the user reads what they opened
        opened.append(_open(window, plans[turn % 2]))

    clock.now += IDLE_SECONDS
    warm.check()
    still_held = [plan for plan in opened[:-1] if plan() is not None]
    assert len(still_held) <= 1
    assert opened[-1]() is window.plan_page.plan


def test_work_the_user_waited_for_is_no_pause(start_window, qtbot, as_the_program):
    """Opening a large plan can hold the window up for longer than the pause the collector waits for;
    the user then goes on at once. Nothing is collected (or loaded) the moment the plan is on screen."""
    import time

    _window, clock, warm, closed = _a_plan_closed_after_the_warm_up(start_window, qtbot)

    clock.now += IDLE_SECONDS  # the opening took this long; no key was pressed meanwhile
    warm._ticked = time.monotonic() - 2 * IDLE_SECONDS  # the timer's tick comes late, after it
    warm._tick()
    assert closed() is not None

    clock.now += IDLE_SECONDS  # now the user pauses
    warm._ticked = time.monotonic()
    warm._tick()
    assert closed() is None
