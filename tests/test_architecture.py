"""The layers of docs/ARCHITECTURE.md, checked on the source so they hold even for imports inside
functions: the core never imports widgets, and each package imports only the packages below it."""

from __future__ import annotations

import ast
import sys
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "verktoykasse"
# The command line is the program's entry point, so it may start the window, and nothing more of the UI.
ALLOWED = {("cli", "verktoykasse.ui.app")}
WIDGET_MODULES = ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtPrintSupport", "PySide6.QtCharts")


@cache
def parsed(path: Path) -> ast.Module:
    """Each source file parsed once for all the tests here (they only read the trees)."""
    return ast.parse(path.read_text(encoding="utf-8"))


def imported_modules(path: Path) -> set[str]:
    tree = parsed(path)
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


# The table in docs/ARCHITECTURE.md, at run time (imports for type hints only do not count). The small
# modules at the top of the package (paths, files, settings, resources…) serve every layer but the domain.
HELPERS = {"_version", "paths", "files", "resources", "settings", "logs", "i18n", "versions", "collector"}
LAYERS: dict[str, set[str]] = {
    "domain": set(),
    "storage": {"domain"} | HELPERS,
    "catalogue": {"domain", "storage"} | HELPERS,
    "budget": {"domain", "catalogue"} | HELPERS,  # the estimate reads the catalogue's dated rates
    "reports": {"domain", "storage", "budget"} | HELPERS,  # the catalogue is handed in, never looked up
    "exchange": {"domain", "storage"} | HELPERS,
    "context": {"storage"} | HELPERS,
    "cli": {"domain", "storage", "catalogue", "budget", "reports", "exchange", "context"} | HELPERS,
}


def run_time_imports(path: Path) -> set[str]:
    """Every module ``path`` imports when it runs: at the top, in functions, not under TYPE_CHECKING."""
    tree = parsed(path)
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for other in child.orelse:
                    visit(other)
                continue
            if isinstance(child, ast.Import):
                found.update(alias.name for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = package.rsplit(".", child.level - 1)[0] if child.level else ""
                module = ".".join(part for part in (base, child.module) if part)
                found.update(f"{module}.{alias.name}" for alias in child.names)
            visit(child)

    visit(tree)
    return found


def layer_of(path: Path) -> str:
    return path.relative_to(PACKAGE).with_suffix("").parts[0]


def test_each_layer_imports_only_the_layers_below_it():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        layer = layer_of(path)
        if layer not in LAYERS:
            continue
        for module in run_time_imports(path):
            parts = module.split(".")
            if parts[0] != "verktoykasse" or len(parts) < 2 or parts[1] == layer:
                continue
            if parts[1] not in LAYERS[layer] and (layer, ".".join(parts[:3])) not in ALLOWED:
                offenders.append(f"{path.relative_to(PACKAGE)}: {module}")
    assert offenders == [], "against the layer table of docs/ARCHITECTURE.md:\n" + "\n".join(offenders)


def test_the_domain_needs_nothing_but_python_and_qt_core():
    """The method itself (vocabulary, labels, formatting, validation) runs without a database or a file."""
    offenders = []
    for path in sorted((PACKAGE / "domain").rglob("*.py")):
        for module in run_time_imports(path):
            top = module.split(".")[0]
            if top in sys.stdlib_module_names or top == "__future__" or module.startswith("PySide6.QtCore"):
                continue
            if module.startswith("verktoykasse.domain"):
                continue
            offenders.append(f"{path.relative_to(PACKAGE)}: {module}")
    assert offenders == []


def test_only_the_start_of_the_program_knows_the_main_window():
    """Its helpers get the context and ``ui.shell.Shell``: none imports the window, not even for a type
    hint, so no import cycle runs through it."""
    importers = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = parsed(path)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "verktoykasse.ui.main_window":
                importers.append(str(path.relative_to(PACKAGE)))
    assert sorted(importers) == ["ui/app.py", "ui/screenshots.py"]
