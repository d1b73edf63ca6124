"""The window appears before anything heavy is loaded: SQLAlchemy comes after the window is shown, and
reportlab, jsonschema, alembic, the catalogue and the reports only when the user first needs them.

Checked on what is imported, not on time, so it holds on any machine (the figures are in the README)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
LATER = (
    "sqlalchemy",
    "reportlab",
    "jsonschema",
    "alembic",
    "PIL",
    "verktoykasse.catalogue",
    "verktoykasse.reports",
)


def test_starting_the_window_loads_nothing_heavy_before_it_shows(tmp_path: Path):
    code = (
        "import sys\n"
        "from verktoykasse.cli import window_arguments\n"
        "from verktoykasse.ui.app import create_application\n"
        "from verktoykasse.ui.main_window import MainWindow\n"
        "from verktoykasse.context import AppContext\n"
        "assert window_arguments([]) is not None\n"
        "app = create_application()\n"
        "MainWindow(AppContext.create(sys.argv[1])).show()\n"
        f"later = {LATER!r}\n"
        "print(sorted({m.split('.')[0] if not m.startswith('verktoykasse') else m for m in sys.modules "
        "if any(m == x or m.startswith(x + '.') for x in later)}))\n"  # not the empty reportlab_settings
    )
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "data")], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_sources_of_loaded_modules_are_not_kept_in_memory(tmp_path: Path):
    """PySide6 reads every module imported after it (for its ``__feature__`` switches); the window answers
    its question without leaving the source lines in ``linecache`` (≈23 MiB with SQLAlchemy loaded), from
    the first of the program's modules on (the settings, logging and translations load before the app)."""
    code = (
        "import linecache, sys\n"
        "from verktoykasse.ui.app import create_application\n"
        "app = create_application()\n"
        "import sqlalchemy.orm\n"
        "import verktoykasse.ui.main_window\n"
        "kept = sum(len(entry[2]) for entry in linecache.cache.values() if len(entry) > 2)\n"
        "ours = [name for name in linecache.cache if 'verktoykasse' in name]\n"
        "feature = sys.modules['shibokensupport.feature'].pyside_feature_dict\n"
        "print(kept < 50_000, ours == [], feature['sqlalchemy.orm'], feature['verktoykasse.i18n'],"
        " feature['verktoykasse.ui.home_view'])\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    # Not the 100,000s of lines of SQLAlchemy and the program; SQLAlchemy is still known not to use
    # PySide6 (-1), the translations and the window to use it (0).
    assert result.stdout.split() == ["True", "True", "-1", "0", "0"]
