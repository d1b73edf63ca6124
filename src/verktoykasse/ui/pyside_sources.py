"""PySide6 reads the source of every module imported after it; this makes it do so without keeping it.

For its ``from __feature__ import …`` switches, PySide6 looks at each newly imported module to see whether
it mentions "PySide6", with ``inspect.getsource``: that reads the file through ``linecache``, which keeps
every line for the rest of the run. With SQLAlchemy, the models and the wizard loaded that was 240,000
lines, ≈23 MiB of the window's memory, kept for nothing (the program never uses ``__feature__``). The
same question is answered here by reading the file's bytes, which are let go at once. Where PySide6
has no such check (another version), nothing changes.

Done when the ``verktoykasse.ui`` package is imported, before any of the window's modules (and the
settings, logging and translation modules they need) load: each module imported before it paid for
``inspect.getsource`` (tokenising the whole file), ≈10 ms of the first window's start in all.
"""

from __future__ import annotations

import sys
from types import ModuleType


def _uses_pyside(module: ModuleType, original) -> bool:
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return original(module)
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return original(module)


def read_sources_without_keeping_them() -> None:
    """Replace PySide6's source check (``shibokensupport.feature._mod_uses_pyside``) once per process."""
    import PySide6  # noqa: F401  (loads shibokensupport.feature, which installs the check)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "keeps_no_lines", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        return _uses_pyside(module, original)

    uses_pyside.keeps_no_lines = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside
