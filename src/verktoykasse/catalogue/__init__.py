"""The built-in catalogue of schemes, wage subsidies, training offers, guides and contacts.

``load_catalogue()`` returns the catalogue in use (cached); ``Catalogue.search`` finds entries by words
and filters; ``catalogue.suggest`` proposes entries for a gap area or a measure. No widgets here.
"""

from __future__ import annotations

from verktoykasse.catalogue.loader import (
    CatalogueError,
    catalogue_in_use,
    import_catalogue_file,
    load_catalogue,
)
from verktoykasse.catalogue.model import Catalogue, Entry, Figure, search_entries

__all__ = [
    "Catalogue",
    "CatalogueError",
    "Entry",
    "Figure",
    "catalogue_in_use",
    "import_catalogue_file",
    "load_catalogue",
    "search_entries",
]
