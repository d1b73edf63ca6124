"""Save a PNG of every page of the program, in bokmål, English and pseudo-translation, to look for clipped
text and untranslated strings:

    python -m verktoykasse.ui.screenshots OUTDIR [--size 1100x760]

Works on a fresh data folder in a temporary directory with the example plan (or a new plan when the
program has none). Pages: home, every page of the plan workspace (each wizard step), every other page
of the main window (catalogue), meeting mode at 1920×1080 and 1024×600, settings and about. Pseudo
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


def take_screenshots(outdir: Path, width: int = 1100, height: int = 760) -> list[Path]:
    """Write the PNGs and return their paths."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from verktoykasse.context import AppContext
    from verktoykasse.i18n import PSEUDO_VARIABLE, apply_language
    from verktoykasse.paths import DataPaths
    from verktoykasse.settings import Settings
    from verktoykasse.ui.app import create_application
    from verktoykasse.ui.main_window import MainWindow
    from verktoykasse.ui.settings_dialog import SettingsDialog

    app = create_application()
    outdir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def save(widget, name: str) -> None:
        app.processEvents()
        path = outdir / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    for language, pseudo in MODES:
        os.environ[PSEUDO_VARIABLE] = "1" if pseudo else ""
        apply_language(app, language)
        mode = f"{language}{'-pseudo' if pseudo else ''}"
        with tempfile.TemporaryDirectory() as folder:
            paths = DataPaths(Path(folder)).ensure()
            window = MainWindow(AppContext(paths=paths, settings=Settings(language=language)))
            window.resize(width, height)
            window.show()
            window.load_data()
            plan_id = _open_a_plan(window)
            save(window, f"{mode}-01-home")

            window.open_plan(plan_id)
            from verktoykasse.domain.vocabulary import Step

            for number, step in enumerate(Step, start=1):  # one page per step, built when shown
                window.plan_page.go_to(step)
                save(window, f"{mode}-02-plan-step{number}-{step}")

            meeting = window.workshop_actions.start_meeting()  # at a TV's size and a small projector's
            for size in ((1920, 1080), (1024, 600)):
                meeting.showNormal()
                meeting.resize(*size)
                for index in (0, 1, 6, len(meeting.slides) - 1):
                    meeting.go_to(index)
                    slide = meeting.slides[index].objectName()
                    save(meeting, f"{mode}-06-meeting-{size[0]}x{size[1]}-{slide}")
            meeting.close()

            window.show_catalogue()  # built on first use
            for index in range(window.pages.count()):
                page = window.pages.widget(index)
                if page not in (window.home, window.plan_page):
                    window.pages.setCurrentWidget(page)
                    save(window, f"{mode}-03-{_slug(page.objectName())}")

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
    parser.add_argument("--size", default="1100x760", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    width, height = (int(part) for part in args.size.lower().split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in take_screenshots(args.outdir, width, height):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
