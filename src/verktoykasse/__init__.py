"""Verktøykassa: an offline toolbox for inclusive hiring in small Norwegian businesses.

Packages and what may import what (enforced by tests/test_architecture.py):

- ``domain``, ``storage``, ``catalogue``, ``reports``, ``exchange``: the core. Pure Python plus
  SQLAlchemy, reportlab and at most ``PySide6.QtCore`` (for the translation system). Never widgets.
- ``cli``: the command-line face; uses the core only.
- ``ui``: the Qt widgets; depends on the core, never the reverse.
"""

import sys
from types import ModuleType

from verktoykasse._version import __version__

# reportlab takes its settings at its first import, from a ``reportlab_settings`` module on Python's path or
# else ~/.reportlab_settings (run as code): a stray one on the user's PC would change our PDFs. This empty
# one of ours comes first, so neither is looked for, wherever reportlab is first imported (the window's idle
# warm-up, before any report module). ``reports.use_our_settings`` sets what we choose.
if "reportlab.rl_config" not in sys.modules:
    sys.modules["reportlab_settings"] = ModuleType("reportlab_settings", "verktoykasse: reportlab's defaults")

__all__ = ["__version__"]
