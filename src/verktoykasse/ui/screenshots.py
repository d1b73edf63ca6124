"""Save a PNG of every page of the program, in bokmål, English and pseudo-translation, to look for clipped
text and untranslated strings:

    python -m verktoykasse.ui.screenshots OUTDIR [--size 1100x760]

By default at three window sizes: 1100×760, 1280×720 and 1024×600 (a 1366×768 laptop at Windows' 125 %);
each window page is checked for sideways scrolling, cut-off labels and buttons, and a window forced wider
than asked (``ui.layout_check``), listed in OUTDIR/layout-problems.txt (exit status 1 when there are any).

Works on a fresh data folder in a temporary directory with the example plan (or a new plan when the
program has none). Pages: home, every page of the plan workspace (each wizard step), every other page
of the main window (catalogue), the equality duty's (ARP) tabs, meeting mode at 1920×1080 and 1024×600,
settings and about. Pseudo
mode (``VERKTOYKASSE_PSEUDO=1``) lengthens every text by ≈40 % in brackets, so a cut-off bracket shows
where a layout clips.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

MODES = (("nb", False), ("en", False), ("nb", True))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "page"


def _open_a_plan(window) -> int:
    """The example plan: every step filled in, as the pictures should show."""
    from verktoykasse.exchange.example_plan import add_example_plan

    with window.database.session() as session:
        plan_id = add_example_plan(session).id
    window.home.refresh(select_id=plan_id)
    return plan_id


SIZES = ((1100, 760), (1280, 720), (1024, 600))  # the usual window, a 720p laptop, 1366×768 at 125 %


def take_screenshots(
    outdir: Path, width: int | None = None, height: int | None = None, problems: list[str] | None = None
) -> list[Path]:
    """Write the PNGs and return their paths; ``problems`` gets what ``ui.layout_check`` finds on each page.

    With a size, every page at that size (file names without the size); without one, at each of
    ``SIZES`` (the size in the window pages' file names), meeting mode and the dialogs once."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from verktoykasse.context import AppContext
    from verktoykasse.domain.vocabulary import Step
    from verktoykasse.i18n import PSEUDO_VARIABLE, apply_language
    from verktoykasse.paths import DataPaths
    from verktoykasse.settings import Settings
    from verktoykasse.ui.app import create_application
    from verktoykasse.ui.layout_check import layout_problems
    from verktoykasse.ui.main_window import MainWindow
    from verktoykasse.ui.settings_dialog import SettingsDialog

    app = create_application()
    outdir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    found = problems if problems is not None else []
    sizes = ((width, height),) if width and height else SIZES

    def save(widget, name: str, check: tuple[int, int] | None = None) -> None:
        """Grab ``widget``; ``check``: the window size asked for, to look for layout problems at."""
        app.processEvents()
        app.processEvents()  # what settles in a second pass (a chart that takes a line more when narrow)
        path = outdir / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(path)
        if check is not None:
            found.extend(f"{name}: {problem}" for problem in layout_problems(widget))
            if widget.width() > check[0]:
                found.append(f"{name}: the window is {widget.width()} px wide, wider than {check[0]} px")

    for language, pseudo in MODES:
        os.environ[PSEUDO_VARIABLE] = "1" if pseudo else ""
        apply_language(app, language)
        mode = f"{language}{'-pseudo' if pseudo else ''}"
        with tempfile.TemporaryDirectory() as folder:
            paths = DataPaths(Path(folder)).ensure()
            window = MainWindow(AppContext(paths=paths, settings=Settings(language=language)))
            window.show()
            window.load_data()
            plan_id = _open_a_plan(window)
            for widget_size in sizes:
                window.resize(*widget_size)
                prefix = mode if len(sizes) == 1 else f"{mode}-{widget_size[0]}x{widget_size[1]}"
                window.show_home(select_id=plan_id)
                save(window, f"{prefix}-01-home", check=widget_size)
                window.open_plan(plan_id)
                for number, step in enumerate(Step, start=1):  # one page per step, built when shown
                    window.plan_page.go_to(step)
                    save(window, f"{prefix}-02-plan-step{number}-{step}", check=widget_size)
                window.show_catalogue()  # built on first use
                for index in range(window.pages.count()):
                    page = window.pages.widget(index)
                    if page not in (window.home, window.plan_page):
                        window.pages.setCurrentWidget(page)
                        save(window, f"{prefix}-03-{_slug(page.objectName())}", check=widget_size)
                window.context.settings.guidance_seen.clear()  # every size shows the guidance whole

            from verktoykasse.ui.arp_window import TABS, ArpWindow

            arp = ArpWindow(window.database, plan_id, window)  # the equality duty's tabs, at each size
            arp.show()
            for widget_size in sizes:
                arp.resize(*widget_size)
                for index, tab in enumerate(TABS):
                    if arp.tabs.isTabVisible(index):
                        arp.tabs.setCurrentIndex(index)
                        name = f"{mode}-07-arp-{widget_size[0]}x{widget_size[1]}-{index + 1}-{tab}"
                        save(arp, name, check=widget_size)
            arp.reject()

            window.open_plan(plan_id)
            meeting = window.workshop_actions.start_meeting()  # at a TV's size and a small projector's
            for size in ((1920, 1080), (1024, 600)):
                meeting.showNormal()
                meeting.resize(*size)
                for index in (0, 1, 6, len(meeting.slides) - 1):
                    meeting.go_to(index)
                    slide = meeting.slides[index].objectName()
                    save(meeting, f"{mode}-06-meeting-{size[0]}x{size[1]}-{slide}")
            meeting.close()

            dialog = SettingsDialog(window.context.settings, window)
            dialog.show()
            save(dialog, f"{mode}-04-settings")
            dialog.close()

            def grab_about(mode: str = mode) -> None:
                box = QApplication.activeModalWidget()
                if box is None:
                    QTimer.singleShot(10, grab_about)
                    return
                save(box, f"{mode}-05-about")
                box.reject()

            QTimer.singleShot(0, grab_about)
            window.show_about()

            window.context.close()
            window.close()
            window.deleteLater()
            app.processEvents()
    os.environ[PSEUDO_VARIABLE] = ""
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m verktoykasse.ui.screenshots", description=__doc__)
    parser.add_argument("outdir", type=Path)
    parser.add_argument(
        "--size", default="", help="one window size, WIDTHxHEIGHT (default: 1100x760, 1280x720 and 1024x600)"
    )
    args = parser.parse_args(argv)
    width, height = (int(part) for part in args.size.lower().split("x")) if args.size else (None, None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problems: list[str] = []
    for path in take_screenshots(args.outdir, width, height, problems):
        print(path)
    report = args.outdir / "layout-problems.txt"
    report.write_text("".join(line + "\n" for line in problems), encoding="utf-8")
    for line in problems:
        print("LAYOUT:", line, file=sys.stderr)
    print(f"{len(problems)} layout problems (sideways scrolling, cut-off text, too wide); see {report}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
