"""Find files shipped with the program (catalogue, fonts, translations, icons).

In a wheel or the PyInstaller bundle the top-level ``resources/`` folder is packaged as
``verktoykasse/_resources``; in a source checkout it is read where it stands. This module is the one place
that knows both, so no other code looks at ``sys._MEIPASS`` or the repository layout.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    # The package's own folder, as importlib.resources.files() would give (≈4 ms of imports at start-up).
    packaged = Path(__file__).resolve().parent / "_resources"
    if packaged.is_dir():
        return packaged
    source_tree = Path(__file__).resolve().parents[2] / "resources"
    if source_tree.is_dir():
        return source_tree
    raise FileNotFoundError("The program's resources folder is missing; reinstall the program.")


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
