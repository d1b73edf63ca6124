"""Peak memory of the whole program after walking a plan through every step of the wizard.

Run by ``python -m benchmarks`` as a fresh process: ``python -m benchmarks.walk PLAN_ID`` with
``VERKTOYKASSE_DATA_DIR`` set. Prints ``rss_kib <peak resident set size in KiB>``. POSIX only (``resource``).
"""

from __future__ import annotations

import resource
import sys


def peak_rss_kib() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS, KiB on Linux


def main(plan_id: int) -> None:
    from verktoykasse.context import AppContext
    from verktoykasse.domain.vocabulary import STEPS
    from verktoykasse.ui.app import create_application
    from verktoykasse.ui.main_window import MainWindow

    app = create_application()
    window = MainWindow(AppContext.create())
    window.show()
    window.load_data()
    app.processEvents()
    window.open_plan(plan_id)
    app.processEvents()
    for step in STEPS:
        window.plan_page.go_to(step)
        app.processEvents()
    print(f"steps {len(window.plan_page.pages)}", flush=True)
    print(f"rss_kib {peak_rss_kib()}", flush=True)
    window.close()


if __name__ == "__main__":
    main(int(sys.argv[1]))
