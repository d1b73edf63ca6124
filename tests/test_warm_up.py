"""Once the window has been idle for a moment, what the next likely action needs is loaded ahead, in the
background: the reports while a plan is open, the catalogue until it is opened. Never while the user is
typing or clicking. (Behaviour only: that typing stays within a frame meanwhile is shown by
``benchmarks.warm_up``.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from verktoykasse.ui.warm_up import CATALOGUE, IDLE_SECONDS, REPORTS, WATCH_MS, WarmUp


def watching(window, clock) -> WarmUp:
    """A warm-up on ``window`` as the window makes its own, on a clock the test moves."""
    return WarmUp(
        window,
        plan_open=lambda: window.open_plan_id() is not None,
        catalogue_opened=lambda: window.catalogue_page is not None,
        data_dir=window.context.paths.root,
        clock=clock,
    )


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_nothing_is_loaded_ahead_while_the_user_types_and_the_reports_are_once_idle(start_window, qtbot):
    window = start_window()
    from verktoykasse.storage.plans import create_plan

    with window.database.session() as session:
        plan_id = create_plan(session, "Inkludering 2027").id
    window.open_plan(plan_id)
    clock = Clock()
    warm = watching(window, clock)
    name = window.plan_page.findChild(QLineEdit, "name")  # the plan's name
    name.setFocus()
    for _ in range(8):  # a word typed at a steady pace: each key a moment after the last
        clock.now += IDLE_SECONDS / 3
        qtbot.keyClick(name, Qt.Key.Key_A)
        warm.check()
        assert warm.running is None and warm.loaded == []
    clock.now += IDLE_SECONDS  # the user stops to think
    warm.check()
    assert warm.running is not None and warm.running.name == REPORTS
    qtbot.waitUntil(lambda: warm.loaded == [REPORTS], timeout=30_000)
    clock.now += IDLE_SECONDS
    warm.check()  # next: the catalogue, never opened in this session
    qtbot.waitUntil(lambda: warm.loaded == [REPORTS, CATALOGUE], timeout=30_000)
    warm.check()
    # everything is loaded: the window only watches, less often, for pauses to collect garbage in
    assert warm.timer.isActive() and warm.timer.interval() == WATCH_MS


def test_without_an_open_plan_only_the_catalogue_is_loaded_ahead(start_window, qtbot):
    window = start_window()
    clock = Clock()
    warm = watching(window, clock)
    clock.now += IDLE_SECONDS
    warm.check()
    assert warm.running is not None and warm.running.name == CATALOGUE
    qtbot.waitUntil(lambda: warm.loaded == [CATALOGUE], timeout=30_000)
    clock.now += IDLE_SECONDS
    warm.check()
    assert warm.running is None and warm.timer.isActive()  # the reports wait for a plan to be opened


def test_the_window_starts_watching_once_its_data_is_open(start_window):
    window = start_window()
    assert isinstance(window.warm_up, WarmUp) and window.warm_up.timer.isActive()


def test_a_load_in_the_background_gives_way_while_the_user_is_busy(tmp_path, monkeypatch, qtbot):
    """Between two modules the loading waits while the user types; it goes on once they pause."""
    import sys

    from verktoykasse.ui.background import BackgroundWork

    (tmp_path / "speed_module_to_load.py").write_text("LOADED = True\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    busy = [True]
    work = BackgroundWork("test", lambda: __import__("speed_module_to_load"), busy=lambda: busy[0])
    work.start()
    qtbot.wait(300)  # the user types on
    assert "speed_module_to_load" not in sys.modules and work.running
    busy[0] = False  # the user pauses
    qtbot.waitUntil(lambda: work.done, timeout=10_000)
    assert sys.modules["speed_module_to_load"].LOADED
