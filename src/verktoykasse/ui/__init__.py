"""The Qt widgets: the only package that imports QtWidgets and QtGui;
it depends on the core, never the reverse.

Importing the package first makes PySide6 look at each module imported later without keeping its source
(``pyside_sources``), before any of the window's modules load."""

from verktoykasse.ui.pyside_sources import read_sources_without_keeping_them

read_sources_without_keeping_them()
