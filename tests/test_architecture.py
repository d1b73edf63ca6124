"""The core never imports widgets; only ``verktoykasse.ui`` does. Checked on the source, so it holds even
for imports inside functions."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "verktoykasse"
# The command line is the program's entry point, so it may start the window, and nothing more of the UI.
ALLOWED = {("cli", "verktoykasse.ui.app")}
WIDGET_MODULES = ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtPrintSupport", "PySide6.QtCharts")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_only_the_ui_package_imports_widgets():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        for module in imported_modules(path):
            if (relative.parts[0], module) in ALLOWED:
                continue
            if module.startswith(WIDGET_MODULES) or module.startswith("verktoykasse.ui"):
                offenders.append(f"{relative}: {module}")
    assert offenders == []


def test_the_core_imports_without_a_display():
    import subprocess
    import sys

    code = (
        "import sys; import verktoykasse.storage.db, verktoykasse.storage.plans, verktoykasse.domain.labels; "
        "bad=[m for m in sys.modules if m.startswith(('PySide6.QtWidgets','PySide6.QtGui'))]; "
        "assert not bad, bad"
    )
    env = {"PYTHONPATH": str(PACKAGE.parent), "QT_QPA_PLATFORM": ""}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
