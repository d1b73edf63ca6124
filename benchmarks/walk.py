"""Peak memory of the whole program after walking a plan through every step of the wizard.

Run by ``python -m benchmarks`` as a fresh process: ``python -m benchmarks.walk PLAN_ID`` with
``VERKTOYKASSE_DATA_DIR`` set. Prints ``rss_walked_kib`` (the peak resident set size in KiB after the walk)
and ``rss_kib`` (the peak once the idle warm-up has also loaded reportlab, the reports and the catalogue, as
after the user's first pause).

The garbage collector is set up as the program sets it up: off while starting, then start-up's objects
frozen (``ui.app.settle_memory``), and what the warm-up loaded settled at the pause after it
(``collector.settle``).

On the way it prints the resident set at each stage (``rss_at_<stage>_kib``: the window shown, the data
loaded with "Now", the plan opened, each step), so a change in memory can be placed without a profiler.

The peak is the process's own high-water mark (``VmHWM`` on Linux). ``getrusage``'s ``ru_maxrss`` is
not: on Linux a child started with fork and exec inherits its parent's peak, so it reported the size of
the benchmark run that started it (≈100 MiB for the floor, 234 MiB after the in-process benchmarks) rather
than the program's. It is used only where ``/proc`` is missing (macOS: bytes there, KiB here).
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path


def _status_kib(key: str) -> int | None:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return None


def peak_rss_kib() -> int:
    peak = _status_kib("VmHWM")
    if peak is not None:
        return peak
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS, KiB on Linux


def stage(name: str) -> None:
    """The resident set now (``VmRSS``; nothing where ``/proc`` is missing)."""
    resident = _status_kib("VmRSS")
    if resident is not None:
        print(f"rss_at_{name}_kib {resident}", flush=True)


def main(plan_id: int) -> None:
    import gc

    gc.disable()  # as the program starts (``cli.main``), until its data is open
    from verktoykasse.collector import settle
    from verktoykasse.context import AppContext
    from verktoykasse.domain.vocabulary import STEPS
    from verktoykasse.ui.app import create_application, settle_memory
    from verktoykasse.ui.main_window import MainWindow

    app = create_application()
    window = MainWindow(AppContext.create())
    window.show()
    app.processEvents()
    stage("window_shown")
    window.load_data()
    settle_memory()  # as the program does once its data is open (``ui.app.run_gui``)
    warm_up = window.warm_up
    if warm_up is not None:
        warm_up.timer.stop()  # walked without a pause first; the warm-up's share is measured after
    app.processEvents()
    stage("data_loaded")
    window.open_plan(plan_id)
    app.processEvents()
    stage("plan_opened")
    for step in STEPS:
        window.plan_page.go_to(step)
        app.processEvents()
        stage(f"step_{step}")
    print(f"steps {len(window.plan_page.pages)}", flush=True)
    print(f"rss_walked_kib {peak_rss_kib()}", flush=True)
    if warm_up is not None:  # then the user pauses: reportlab, the reports and the catalogue load ahead
        for what in ("reports", "catalogue"):
            warm_up.start(what)
            while warm_up.running is not None:
                app.processEvents()
                time.sleep(0.01)
            settle()  # the user still pauses: what was loaded is settled, as the window's next check does
    print(f"rss_kib {peak_rss_kib()}", flush=True)
    window.close()


if __name__ == "__main__":
    main(int(sys.argv[1]))
