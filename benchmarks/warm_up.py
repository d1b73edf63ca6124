"""What the idle warm-up (``ui.warm_up``) buys, and that it never holds up typing.

Each measurement runs in a fresh process (``python -m benchmarks.warm_up WHAT PLAN_ID`` with
``VERKTOYKASSE_DATA_DIR`` set), so reportlab and the report modules are not loaded yet, as in a session
just started:

- ``export``: the program's window with the plan open is left idle for two seconds, then the PDF is built
  as File ▸ Export PDF… builds it (``benchmarks.pdf``); then once more, warm. Printed: both times.
- ``typing``: the reports are loaded in the background (as after a pause) while a word is typed into the
  plan's first text field; each keystroke's handling is timed (sent, processed, saved for the pause).
  Printed: the times during the warm-up and the same number of keystrokes once it is done.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.stats import median, ms, p95
from benchmarks.table import Row

IDLE_SECONDS = 2.0
FIRST_EXPORT_TARGET = 1.2  # the first export after a pause, vs a warm one
FRAME_SECONDS = 0.016  # a keystroke handled within one frame at 60 Hz
KEYS = 40


def _window(plan_id: int):
    from verktoykasse.context import AppContext
    from verktoykasse.ui.app import create_application
    from verktoykasse.ui.main_window import MainWindow

    app = create_application()
    window = MainWindow(AppContext.create())
    window.show()
    window.load_data()
    window.open_plan(plan_id)
    app.processEvents()
    return app, window


def _export(window) -> float:
    from benchmarks.pdf import _build

    return _build(window.database, window.open_plan_id())[0]


def measure_export(plan_id: int) -> None:
    app, window = _window(plan_id)
    until = time.perf_counter() + IDLE_SECONDS
    while time.perf_counter() < until:  # the user reads the plan; the event loop runs
        app.processEvents()
        time.sleep(0.005)
    print(f"loaded {','.join(window.warm_up.loaded) if window.warm_up else ''}")
    print(f"first {_export(window):.6f}")
    print(f"warm {_export(window):.6f}")
    window.close()


def measure_typing(plan_id: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    from verktoykasse.ui.warm_up import REPORTS

    app, window = _window(plan_id)
    field = window.plan_page.findChild(QLineEdit)
    field.setFocus()
    warm = window.warm_up
    warm.start(REPORTS)  # as after a pause

    def keystroke() -> float:
        start = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_A)
        app.processEvents()
        return time.perf_counter() - start

    during: list[float] = []
    while warm.running is not None and warm.running.running and len(during) < 10 * KEYS:
        during.append(keystroke())
        time.sleep(0.03)  # a fast typist: ≈30 keys a second
    app.processEvents()
    after = [keystroke() for _ in range(len(during) or KEYS)]
    print("during " + " ".join(f"{t:.6f}" for t in during))
    print("after " + " ".join(f"{t:.6f}" for t in after))
    window.close()


def _run(what: str, data_dir: Path, plan_id: int) -> dict[str, list[str]]:
    env = {**os.environ, "VERKTOYKASSE_DATA_DIR": str(data_dir)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.warm_up", what, str(plan_id)],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=300,
    )
    if result.returncode != 0:
        raise RuntimeError(f"benchmarks.warm_up {what} exited {result.returncode}: {result.stderr[-800:]}")
    return {line.split(" ")[0]: line.split(" ")[1:] for line in result.stdout.splitlines() if line}


def rows(data_dir: Path, plan_id: int, runs: int) -> list[Row]:
    firsts, warms, loaded = [], [], []
    for _ in range(runs):
        found = _run("export", data_dir, plan_id)
        firsts.append(float(found["first"][0]))
        warms.append(float(found["warm"][0]))
        loaded.append(",".join(found.get("loaded", [])))
    ratio = median([first / warm for first, warm in zip(firsts, warms, strict=True)])
    during, after = [], []
    for _ in range(runs):
        found = _run("typing", data_dir, plan_id)
        during += [float(t) for t in found.get("during", [])]
        after += [float(t) for t in found.get("after", [])]
    return [
        Row(
            f"First PDF export of a session after {IDLE_SECONDS:.0f} s idle, vs a warm export",
            f"{ratio:.2f}×",
            f"≤ {FIRST_EXPORT_TARGET:.1f}×",
            ratio <= FIRST_EXPORT_TARGET,
            note=f"{ms(median(firsts))} vs {ms(median(warms))} (typical plan); "
            f"loaded ahead: {loaded[0] or 'nothing'}",
        ),
        Row(
            "Keystroke while the reports load in the background (warm-up)",
            ms(median(during)) if during else "–",
            f"p95 ≤ {FRAME_SECONDS * 1000:.0f} ms",
            bool(during) and p95(during) <= FRAME_SECONDS,
            p95=ms(p95(during)) if during else "",
            note=f"{len(during)} keystrokes during the warm-up; afterwards: median {ms(median(after))}, "
            f"p95 {ms(p95(after))}",
        ),
    ]


if __name__ == "__main__":
    {"export": measure_export, "typing": measure_typing}[sys.argv[1]](int(sys.argv[2]))
