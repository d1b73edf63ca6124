"""The Qt widgets: the only package that imports QtWidgets and QtGui;
it depends on the core, never the reverse."""
