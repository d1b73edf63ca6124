"""Where the wizard embeds the catalogue's widgets (branch ``catalogue``): the resource picker of a measure
and the suggestion panel beside gap areas and measures.

The catalogue package is built in parallel; until it is merged these return ``None`` and the pages simply
leave the spot out, so the wizard works on its own.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QWidget

log = logging.getLogger("verktoykasse.ui.wizard")


def resource_picker(database: object, measure_id: int) -> QWidget | None:
    try:
        from verktoykasse.ui.catalogue.resource_picker import ResourcePicker
    except ImportError:
        return None
    return ResourcePicker(database, measure_id)


def suggestion_panel() -> QWidget | None:
    try:
        from verktoykasse.ui.catalogue.suggestions import SuggestionPanel
    except ImportError:
        return None
    return SuggestionPanel()
