"""A list model over catalogue entries: replacing the list is one reset, so a keystroke stays cheap even
with thousands of entries (no widget per row, no database query)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from verktoykasse.catalogue.labels import kind_label, status_label
from verktoykasse.catalogue.model import Entry
from verktoykasse.ui.tooltips import literal

ENTRY_ROLE = Qt.ItemDataRole.UserRole
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def entry_subtitle(entry: Entry) -> str:
    """The second line of a row: what it is and who offers it."""
    if entry.is_own:
        kind = QCoreApplication.translate("CatalogueView", "Own contact")
    else:
        kind = kind_label(entry.kind)
        if entry.status != "current":
            kind += f" ({status_label(entry.status)})"
    return " · ".join(part for part in (kind, entry.provider) if part)


class EntryListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []

    def set_entries(self, entries: Sequence[Entry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[Entry]:
        return self._entries

    def entry(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry_id: str) -> int:
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{entry.name}\n{entry_subtitle(entry)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{entry.name}, {entry_subtitle(entry)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(entry.gloss) if entry.gloss else None
        if role == ENTRY_ROLE:
            return entry
        if role == ENTRY_ID_ROLE:
            return entry.id
        return None
