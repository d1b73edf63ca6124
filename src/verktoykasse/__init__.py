"""Verktøykassa: an offline toolbox for inclusive hiring in small Norwegian businesses.

Packages and what may import what (enforced by tests/test_architecture.py):

- ``domain``, ``storage``, ``catalogue``, ``reports``, ``exchange``: the core. Pure Python plus
  SQLAlchemy, reportlab and at most ``PySide6.QtCore`` (for the translation system). Never widgets.
- ``cli``: the command-line face; uses the core only.
- ``ui``: the Qt widgets; depends on the core, never the reverse.
"""

from verktoykasse._version import __version__

__all__ = ["__version__"]
