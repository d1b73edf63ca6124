"""The catalogue's widgets: the catalogue view, the resource picker and suggestion panel for the wizard.

Nothing is imported here, so the main window pays for the catalogue only when it is first opened.
"""
