"""Hatch build hook: every wheel and sdist carries the compiled translations (resources/i18n/*.qm).

The .qm files are build output (gitignored), so a wheel built from a clean checkout (``pip install .``,
``pipx install``) used to have none and the program started in English for everyone. This hook compiles
translations/*.ts with the ``lrelease`` of PySide6 — which ``[build-system] requires`` puts in the build
environment, pinned like the program's own PySide6 — and adds the results to the build. Without lrelease
the build fails with a message instead of making a wheel without bokmål.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parent
TRANSLATIONS = ROOT / "translations"
QM_DIR = ROOT / "resources" / "i18n"


def lrelease() -> str:
    """The lrelease program of the PySide6 in this environment (or a ``pyside6-lrelease`` on PATH)."""
    name = "lrelease.exe" if os.name == "nt" else "lrelease"
    try:
        import PySide6

        binary = Path(PySide6.__file__).parent / name
        if binary.is_file():
            return str(binary)
    except ImportError:
        pass
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    raise RuntimeError(
        "Cannot compile the translations: PySide6's lrelease is not in the build environment "
        "(pyproject.toml [build-system] requires PySide6-Essentials)."
    )


def compile_translations() -> list[Path]:
    """Compile every translations/*.ts into resources/i18n/<name>.qm; the compiled files."""
    QM_DIR.mkdir(parents=True, exist_ok=True)
    tool = lrelease()
    compiled = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = QM_DIR / f"{ts.stem}.qm"
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        compiled.append(qm)
    if not compiled:
        raise RuntimeError(f"No translations found in {TRANSLATIONS}")
    return compiled


class TranslationsHook(BuildHookInterface):
    """Compiles the translations before a wheel or an sdist is built and puts them inside it."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if not TRANSLATIONS.is_dir():  # a wheel built from an sdist: the sdist carries the .qm files
            return
        compiled = compile_translations()
        if self.target_name == "sdist":  # the wheel takes resources/ whole; an sdist leaves out ignored files
            for qm in compiled:
                build_data["force_include"][str(qm)] = f"resources/i18n/{qm.name}"
