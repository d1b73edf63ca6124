"""Where the wizard embeds the catalogue's widgets (from ``ui.catalogue``): the resource picker of a measure
and the suggestion panel beside gap areas and measures. Imported on first use so opening a plan does not
load the catalogue before a page needs it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from verktoykasse.storage.db import Database
    from verktoykasse.ui.catalogue.suggestions import SuggestionPanel


def resource_picker(database: Database | None, measure_id: int) -> QWidget | None:
    if database is None:
        return None
    from verktoykasse.ui.catalogue.resource_picker import ResourcePicker

    return ResourcePicker(database, measure_id)


def suggestion_panel() -> SuggestionPanel:
    from verktoykasse.ui.catalogue.suggestions import SuggestionPanel

    return SuggestionPanel()
