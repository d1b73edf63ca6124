"""The program survives a long working day of typing and clicking (PySide6 6.12 loses a reference to
``True``/``False`` at every bool signal and to ``None`` at every Qt call that returns nothing; see
``verktoykasse.ui.pyside_fixes``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

A_LONG_DAY = """
from PySide6.QtCore import QObject, Signal

from verktoykasse.ui.app import create_application

app = create_application()


class Field(QObject):
    changed = Signal(bool)


field, seen = Field(), []
field.changed.connect(lambda value: seen.append(value))
for _ in range(25_000):  # a day's keystrokes and ticks, each a bool signal into Python
    field.changed.emit(True)
    field.changed.emit(False)
print(len(seen), seen.count(True))
"""


def test_fifty_thousand_bool_signals_do_not_abort_the_program():
    environment = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", A_LONG_DAY], capture_output=True, text=True, env=environment, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["50000", "25000"]


A_DAY_OF_SCREEN_UPDATES = """
from PySide6.QtWidgets import QLabel

from verktoykasse.ui.app import create_application

app = create_application()
label = QLabel()
for number in range(200_000):  # a day of texts shown: far more than None's references at start
    label.setText(str(number))
print(label.text())
"""


def test_two_hundred_thousand_screen_updates_neither_abort_nor_crash_at_exit():
    """Each ``setText`` loses a reference to ``None``; before the fix the count reached zero and Python
    aborted with "none_dealloc", at the latest when the program closed."""
    environment = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", A_DAY_OF_SCREEN_UPDATES],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "none_dealloc" not in result.stderr
    assert result.stdout.split() == ["199999"]
