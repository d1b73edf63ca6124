"""The schemes and contacts a measure uses: the list, adding from the catalogue (suggestions first) and
removing. Each change is saved at once as a ``MeasureResource`` row."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from verktoykasse.catalogue.model import Entry, search_entries
from verktoykasse.ui.catalogue.detail import plain_label
from verktoykasse.ui.catalogue.entry_model import entry_subtitle
from verktoykasse.ui.elided import WrappedList

if TYPE_CHECKING:
    from verktoykasse.storage.db import Database

log = logging.getLogger("verktoykasse.ui.catalogue")

ROW_ROLE = Qt.ItemDataRole.UserRole
MAX_CANDIDATES = 200


class ResourcePicker(QWidget):
    def __init__(self, database: Database, measure_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resourcePicker")
        self.database = database
        self.measure_id = measure_id
        self._catalogue = None
        self._own: list[Entry] = []
        self._suggested: list[Entry] = []
        self._candidates: list[Entry] = []
        self._used_keys: set[tuple[str | None, int | None]] = set()

        used_label = QLabel(self.tr("Schemes and contacts this measure &uses:"))
        # An own contact's name of one long word ends in "…" (whole in the tooltip), never cut at the edge.
        self.used_list = WrappedList()
        self.used_list.setObjectName("usedResources")
        self.used_list.setAccessibleName(self.tr("Schemes and contacts this measure uses"))
        self.used_list.setAlternatingRowColors(True)
        used_label.setBuddy(self.used_list)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("removeResourceButton")
        self.remove_button.setAccessibleName(self.tr("Remove the chosen scheme or contact from this measure"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.used_list.currentItemChanged.connect(lambda *_: self._update_buttons())

        find_label = QLabel(self.tr("Find in the &catalogue:"))
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("resourceSearch")
        # Called what its label says (a screen reader user finds it by that); what it is for in words.
        self.search_edit.setAccessibleName(find_label.text().replace("&", "").rstrip(":"))
        self.search_edit.setAccessibleDescription(self.tr("Find a scheme or contact to add"))
        self.search_edit.setPlaceholderText(self.tr("Suggestions are listed first"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self._fill_candidates())
        find_label.setBuddy(self.search_edit)
        self.candidate_list = WrappedList()
        self.candidate_list.setObjectName("resourceCandidates")
        self.candidate_list.setAccessibleName(self.tr("Schemes and contacts that can be added"))
        self.candidate_list.setAlternatingRowColors(True)
        self.candidate_list.itemActivated.connect(lambda _item: self.add_selected())
        self.candidate_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_button = QPushButton(self.tr("&Add to measure"))
        self.add_button.setObjectName("addResourceButton")
        # Called by its words on screen (voice control says them); what it does is its description.
        self.add_button.setAccessibleName(self.add_button.text().replace("&", ""))
        self.add_button.setAccessibleDescription(self.tr("Add the chosen scheme or contact to this measure"))
        self.add_button.clicked.connect(self.add_selected)

        self.message = plain_label("resourceMessage", selectable=False)
        self.message.hide()

        used_buttons = QHBoxLayout()
        used_buttons.addStretch(1)
        used_buttons.addWidget(self.remove_button)
        add_buttons = QHBoxLayout()
        add_buttons.addStretch(1)
        add_buttons.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(used_label)
        layout.addWidget(self.used_list, 1)
        layout.addLayout(used_buttons)
        layout.addWidget(find_label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.candidate_list, 2)
        layout.addLayout(add_buttons)
        layout.addWidget(self.message)
        self.refresh()

    # -- data -------------------------------------------------------------------------------------------
    def catalogue(self):
        if self._catalogue is None:
            from verktoykasse.catalogue import load_catalogue

            self._catalogue = load_catalogue(Path(self.database.path).parent)
        return self._catalogue

    def refresh(self) -> None:
        """Read the measure, its resources and the own contacts again (call after the measure's text
        changes, so the suggestions follow it)."""
        from verktoykasse.catalogue.own import contact_entries
        from verktoykasse.catalogue.suggest import for_measure
        from verktoykasse.storage.contacts import list_contacts, list_measure_resources
        from verktoykasse.storage.models import Measure

        catalogue = self.catalogue()
        with self.database.session() as session:
            measure = session.get(Measure, self.measure_id)
            # The measure's area ("Rekrutteringspraksis") says as much about what helps as its title.
            title, description = (
                (f"{measure.title} {measure.area}", measure.description) if measure else ("", "")
            )
            self._own = contact_entries(list_contacts(session))
            used = [
                (row.id, row.catalogue_entry_id, row.contact_id)
                for row in list_measure_resources(session, self.measure_id)
            ]
        self._suggested = for_measure(title, description, catalogue=catalogue)
        own_by_id = {entry.contact_id: entry for entry in self._own}

        self.used_list.clear()
        self._used_keys = set()
        for row_id, entry_id, contact_id in used:
            self._used_keys.add((entry_id, contact_id))
            if entry_id is not None:
                entry = catalogue.get(entry_id)
                text = (
                    f"{entry.name}\n{entry_subtitle(entry)}"
                    if entry
                    else self.tr("Catalogue entry no longer in the catalogue ({id})").format(id=entry_id)
                )
            else:
                entry = own_by_id.get(contact_id)
                text = f"{entry.name}\n{entry_subtitle(entry)}" if entry else self.tr("Deleted contact")
            item = self.used_list.add_line(text)
            item.setData(ROW_ROLE, row_id)
        self._fill_candidates()

    def used_names(self) -> list[str]:
        return [self.used_list.full_text(i).split("\n")[0] for i in range(self.used_list.count())]

    def candidates(self) -> list[Entry]:
        return list(self._candidates)

    def _fill_candidates(self) -> None:
        query = self.search_edit.text()
        pool = [*self._own, *self.catalogue().entries]
        found = search_entries(pool, query)
        suggested_ids = {entry.id for entry in self._suggested}
        first = search_entries(self._suggested, query)
        rest = [entry for entry in found if entry.id not in suggested_ids and entry.status != "historical"]
        chosen = [
            e for e in [*first, *rest] if (None if e.is_own else e.id, e.contact_id) not in self._used_keys
        ]
        self._candidates = chosen[:MAX_CANDIDATES]
        self.candidate_list.clear()
        for entry in self._candidates:
            prefix = self.tr("Suggested: ") if entry.id in suggested_ids else ""
            self.candidate_list.add_line(f"{prefix}{entry.name}\n{entry_subtitle(entry)}")
        if self._candidates:
            self.candidate_list.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.candidate_list.currentRow() >= 0)
        self.remove_button.setEnabled(self.used_list.currentItem() is not None)

    # -- changes ----------------------------------------------------------------------------------------
    def add_selected(self) -> None:
        row = self.candidate_list.currentRow()
        if not 0 <= row < len(self._candidates):
            return
        self.add_entry(self._candidates[row])

    def add_entry(self, entry: Entry) -> None:
        from verktoykasse.storage.contacts import add_measure_resource

        if entry.is_own:
            self._save(
                lambda session: add_measure_resource(session, self.measure_id, contact_id=entry.contact_id)
            )
        else:
            self._save(
                lambda session: add_measure_resource(session, self.measure_id, catalogue_entry_id=entry.id)
            )

    def add_entry_id(self, entry_id: str) -> None:
        """Add a catalogue entry by its id (for example one chosen in a ``SuggestionPanel``)."""
        entry = self.catalogue().get(entry_id)
        if entry is not None:
            self.add_entry(entry)

    def remove_selected(self) -> None:
        from verktoykasse.storage.contacts import remove_measure_resource

        item = self.used_list.currentItem()
        if item is None:
            return
        row_id = item.data(ROW_ROLE)
        self._save(lambda session: remove_measure_resource(session, row_id))

    def _save(self, change) -> None:
        from sqlalchemy.exc import SQLAlchemyError

        try:
            with self.database.session() as session:
                change(session)
        except SQLAlchemyError:
            log.exception("measure resource change failed")
            self.message.setText(
                self.tr("The change could not be saved. Is the disk full or read-only? Try again.")
            )
            self.message.show()
            return
        self.message.hide()
        self.refresh()
