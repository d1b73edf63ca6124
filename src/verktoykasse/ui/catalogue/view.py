"""The catalogue view: "what can I get help with, and whom do I call?" in a few keystrokes.

Built-in entries and the user's own contacts are searched together, as the user types, in memory (the
search text of every entry is folded once, when it is loaded). The own contacts are read from the
database only when they change.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from verktoykasse.catalogue import Catalogue, CatalogueError, Entry, import_catalogue_file, load_catalogue
from verktoykasse.catalogue.labels import (
    AREAS,
    KINDS,
    TARGET_GROUPS,
    area_label,
    kind_label,
    target_group_label,
)
from verktoykasse.catalogue.model import SOURCE_IMPORTED, filter_entries, rank_by_name
from verktoykasse.catalogue.normalise import query_tokens
from verktoykasse.catalogue.own import contact_entries
from verktoykasse.domain.formatting import format_date
from verktoykasse.ui.catalogue.contact_dialog import ContactDialog, ContactValues
from verktoykasse.ui.catalogue.detail import EntryDetail
from verktoykasse.ui.catalogue.entry_model import EntryListModel
from verktoykasse.ui.dialogs import confirm, show_error
from verktoykasse.ui.elided import ElidedComboBox

if TYPE_CHECKING:
    from verktoykasse.storage.db import Database

log = logging.getLogger("verktoykasse.ui.catalogue")

SOURCE_ALL = ""
SOURCE_BUILT_IN = "built_in"
SOURCE_OWN = "own"
# More rows than anyone reads; a cap keeps each keystroke cheap with a very large catalogue.
MAX_SHOWN = 200
# While the user types, the list follows every key and the detail pane follows when typing pauses: laying
# out a long entry is the most expensive part of a keystroke.
DETAIL_DELAY_MS = 120


class CatalogueView(QWidget):
    back_requested = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueView")
        self.database = database
        self.data_dir = Path(database.path).parent
        self.catalogue: Catalogue = load_catalogue(self.data_dir)
        self.clock: Callable[[], dt.date] = dt.date.today  # the window's clock, once it hands it in
        self._own: list[Entry] = []
        self._found: list[Entry] = []
        # The last search, so typing one more letter narrows the last matches instead of everything.
        self._last_search: tuple | None = None
        self._last_matches: list[Entry] = []

        self.back_button = QPushButton(self.tr("← &Back to plans"))
        self.back_button.setObjectName("catalogueBackButton")
        self.back_button.setAccessibleName(self.tr("Back to plans"))
        self.back_button.clicked.connect(self.back_requested.emit)

        self.heading = QLabel(self.tr("Catalogue: help, schemes and contacts"))
        self.heading.setObjectName("catalogueHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(
            True
        )  # on a small screen the heading takes two lines, not the window's width

        self.new_contact_button = QPushButton(self.tr("&New contact…"))
        self.new_contact_button.setObjectName("newContactButton")
        self.new_contact_button.setAccessibleName(self.tr("Add one of your own contacts"))
        self.new_contact_button.clicked.connect(self.add_contact)
        self.import_button = QPushButton(self.tr("I&mport catalogue file…"))
        self.import_button.setObjectName("importCatalogueButton")
        self.import_button.setAccessibleName(self.tr("Import a newer catalogue file"))
        self.import_button.clicked.connect(self.choose_catalogue_file)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        top.addWidget(self.new_contact_button)
        top.addWidget(self.import_button)
        # While the data may only be read (a role that only reads, a folder another computer holds), what
        # would write to it is not offered: a new contact, or a catalogue file kept in the data folder.
        self.new_contact_button.setVisible(not database.read_only)
        self.import_button.setVisible(not database.read_only)

        self.edition_label = QLabel()
        self.edition_label.setObjectName("catalogueEdition")
        self.edition_label.setWordWrap(True)
        self.edition_label.setTextFormat(Qt.TextFormat.PlainText)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("catalogueSearch")
        self.search_edit.setAccessibleName(self.tr("Search the catalogue"))
        self.search_edit.setPlaceholderText(self.tr("Search, e.g. lønnstilskudd, mentor, lærling…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self.refresh_results(while_typing=True))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search_edit)

        self.area_combo = self._combo("catalogueAreaFilter", self.tr("Toolbox area"), self.tr("All areas"))
        for key in AREAS:
            self.area_combo.addItem(area_label(key), key)
        self.group_combo = self._combo(
            "catalogueGroupFilter", self.tr("Target group"), self.tr("All target groups")
        )
        for key in TARGET_GROUPS:
            if key != "all":
                self.group_combo.addItem(target_group_label(key), key)
        self.kind_combo = self._combo("catalogueKindFilter", self.tr("Kind"), self.tr("All kinds"))
        for key in KINDS:
            self.kind_combo.addItem(kind_label(key), key)
        self.source_combo = self._combo(
            "catalogueSourceFilter", self.tr("Show"), self.tr("Catalogue and own contacts")
        )
        self.source_combo.addItem(self.tr("Only the built-in catalogue"), SOURCE_BUILT_IN)
        self.source_combo.addItem(self.tr("Only my own contacts"), SOURCE_OWN)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 2)
        # The four filters in a grid: four in a row on a wide window, two rows of two on a small one.
        filter_row = QGridLayout()
        filter_grid: list[tuple[QLabel, QComboBox]] = []
        for caption, combo in (
            (self.tr("&Area:"), self.area_combo),
            (self.tr("Target &group:"), self.group_combo),
            (self.tr("&Kind:"), self.kind_combo),
            (self.tr("Sho&w:"), self.source_combo),
        ):
            label = QLabel(caption)
            label.setBuddy(combo)
            filter_grid.append((label, combo))
        self._filter_row, self._filter_grid = filter_row, filter_grid
        self._filter_columns = 0
        # Per font: what each filter's longest choice needs, and what four in a row need together.
        self._choice_widths: tuple[str, list[int], int] = ("", [], 0)
        self._arrange_filters(4, [1, 1, 1, 1])  # proportioned to the choices at the first resize

        self.count_label = QLabel()
        self.count_label.setObjectName("catalogueCount")
        self.count_label.setWordWrap(True)  # with the note on a search without words, on a narrow window
        self.status_label = QLabel()
        self.status_label.setObjectName("catalogueStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)

        self.model = EntryListModel(self)
        self.result_list = QListView()
        self.result_list.setObjectName("catalogueResults")
        self.result_list.setAccessibleName(self.tr("Catalogue entries"))
        self.result_list.setModel(self.model)
        self.result_list.setUniformItemSizes(True)
        self.result_list.setAlternatingRowColors(True)
        self.result_list.setSpacing(1)
        self.result_list.selectionModel().currentChanged.connect(self._current_changed)

        self._following_typing = False
        self.detail_timer = QTimer(self)
        self.detail_timer.setObjectName("catalogueDetailTimer")
        self.detail_timer.setSingleShot(True)
        self.detail_timer.setInterval(DETAIL_DELAY_MS)
        self.detail_timer.timeout.connect(self._show_current_detail)

        self.detail = EntryDetail()
        self.detail.may_edit = not database.read_only
        self.detail.edit_requested.connect(self.edit_contact)
        self.detail.delete_requested.connect(self.delete_contact)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("catalogueSplitter")
        splitter.addWidget(self.result_list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.edition_label)
        layout.addLayout(search_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.count_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)

        # Enter or the down arrow in the search field goes on to the results, as in a launcher.
        self.search_edit.returnPressed.connect(self._go_to_results)
        self.search_edit.installEventFilter(self)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)

        self.setTabOrder(self.back_button, self.search_edit)
        self.setTabOrder(self.search_edit, self.area_combo)
        self.setTabOrder(self.area_combo, self.group_combo)
        self.setTabOrder(self.group_combo, self.kind_combo)
        self.setTabOrder(self.kind_combo, self.source_combo)
        self.setTabOrder(self.source_combo, self.result_list)
        self.setTabOrder(self.result_list, self.detail)

        self._show_edition()
        self.reload_contacts()

    def _arrange_filters(self, columns: int, widths: list[int]) -> None:
        """Lay the four filters out in ``columns`` label–box pairs per row (4, or 2 on a small window); each
        box's share of the row's width is in proportion to ``widths`` (what its longest choice needs)."""
        if columns != self._filter_columns:
            self._filter_columns = columns
            for label, combo in self._filter_grid:
                self._filter_row.removeWidget(label)
                self._filter_row.removeWidget(combo)
            for number, (label, combo) in enumerate(self._filter_grid):
                row, pair = divmod(number, columns)
                self._filter_row.addWidget(label, row, pair * 2)
                self._filter_row.addWidget(combo, row, pair * 2 + 1)
        for column in range(8):
            boxes = [column // 2 + row * columns for row in range(4 // columns)] if column % 2 else []
            share = max(widths[box] for box in boxes) if column < columns * 2 and boxes else 0
            self._filter_row.setColumnStretch(column, share)

    @staticmethod
    def _longest_choice_width(combo: QComboBox) -> int:
        """How wide ``combo`` is when its longest choice shows whole ("Katalogen og egne kontakter")."""
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        width = combo.sizeHint().width()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return width

    def _four_in_a_row_width(self, widths: list[int]) -> int:
        """How wide four in a row must be for each box to show its longest choice, as the grid itself works
        it out (labels, spacing, boxes): an estimate let the boxes come a few pixels short. Measured with
        each box's column held at that width for a moment; held longer, the grid would keep the window
        (every page of it) from being made narrower than four in a row."""
        self._arrange_filters(4, widths)
        for number, width in enumerate(widths):
            self._filter_row.setColumnMinimumWidth(number * 2 + 1, width)
        needed = self._filter_row.minimumSize().width()
        for number in range(4):
            self._filter_row.setColumnMinimumWidth(number * 2 + 1, 0)
        return needed

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Four filters in a row where each shows its longest choice whole, else two rows of two (a small
        laptop). The boxes can still shrink to twelve characters, so they never force the window wider."""
        font = self.font().key()  # the choices are fixed; a new system font size measures them again
        if self._choice_widths[0] != font:
            widths = [self._longest_choice_width(combo) for _label, combo in self._filter_grid]
            self._choice_widths = (font, widths, self._four_in_a_row_width(widths))
        _font, widths, needed = self._choice_widths
        margins = self.layout().contentsMargins() if self.layout() is not None else None
        room = self.width() - (margins.left() + margins.right() if margins is not None else 0)
        self._arrange_filters(4 if needed <= room else 2, widths)
        super().resizeEvent(event)

    def _combo(self, name: str, accessible: str, everything: str) -> QComboBox:
        combo = ElidedComboBox()  # a narrow window: a choice shortened with "…", never cut
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem(everything, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.currentIndexChanged.connect(lambda _index: self.refresh_results())
        return combo

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount() > 0
        ):
            self._go_to_results()
            return True
        return super().eventFilter(watched, event)

    def _go_to_results(self) -> None:
        if self.detail_timer.isActive():
            self._show_current_detail()
        self.result_list.setFocus()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # -- data -------------------------------------------------------------------------------------------
    def _show_edition(self) -> None:
        if self.catalogue.source == SOURCE_IMPORTED:
            which = self.tr("Catalogue edition {date} (imported file, newer than the built-in one).")
        else:
            which = self.tr("Catalogue edition {date} (built in).")
        self.edition_label.setText(
            which.format(date=format_date(self.catalogue.edition))
            + " "
            + self.tr("Figures and rules change: the official web page of each entry is the authority.")
        )

    def reload_contacts(self) -> None:
        """Read the own contacts again (after a change); the search itself never queries the database."""
        from verktoykasse.storage.contacts import list_contacts

        with self.database.session() as session:
            self._own = contact_entries(list_contacts(session))
        self.refresh_results()

    def _pool(self) -> list[Entry]:
        source = self.source_combo.currentData()
        if source == SOURCE_BUILT_IN:
            return list(self.catalogue.entries)
        if source == SOURCE_OWN:
            return list(self._own)
        return [*self._own, *self.catalogue.entries]

    def results(self) -> list[Entry]:
        """Every entry that matches the search and filters, best first (the list shows at most
        ``MAX_SHOWN`` of them)."""
        return list(self._found)

    def refresh_results(self, while_typing: bool = False) -> None:
        current = self.detail.entry.id if self.detail.entry is not None else None
        filters = (
            self.source_combo.currentData(),
            self.area_combo.currentData(),
            self.group_combo.currentData(),
            self.kind_combo.currentData(),
            id(self.catalogue),
            len(self._own),
            id(self._own),
        )
        tokens = query_tokens(self.search_edit.text())
        folded = " ".join(tokens)
        last = self._last_search
        if last is not None and last[0] == filters and folded.startswith(last[1]):
            base = self._last_matches  # one more letter: only the last matches can still match
            matches = filter_entries(base, tokens)
        else:
            matches = filter_entries(
                self._pool(), tokens, area=filters[1], target_group=filters[2], kind=filters[3]
            )
        self._last_matches = matches
        self._last_search = (filters, folded)
        found = self._found = rank_by_name(matches, tokens)

        self.model.set_entries(found[:MAX_SHOWN])
        total = len(self.catalogue.entries) + len(self._own)
        if len(found) > MAX_SHOWN:
            self.count_label.setText(
                self.tr("Showing the first {shown} of {count} matching entries: type more to narrow.").format(
                    shown=MAX_SHOWN, count=len(found)
                )
            )
        else:
            self.count_label.setText(
                self.tr("{count} of {total} entries").format(count=len(found), total=total)
            )
        if not tokens and self.search_edit.text().strip():  # only emoji or marks: said, not left to wonder
            note = self.tr("The search has no letters or digits to look for, so every entry is shown.")
            self.count_label.setText(f"{note} {self.count_label.text()}")
        row = self.model.row_of(current) if current else -1
        self.select_row(row if row >= 0 else 0, while_typing=while_typing)

    def select_row(self, row: int, while_typing: bool = False) -> None:
        if row >= self.model.rowCount():
            self.detail_timer.stop()
            self.detail.show_entry(None)
            return
        self._following_typing = while_typing
        try:
            self.result_list.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        finally:
            self._following_typing = False
        if while_typing:
            self.detail_timer.start()
        else:
            self._show_current_detail()

    def _show_current_detail(self) -> None:
        self.detail_timer.stop()
        index = self.result_list.currentIndex()
        self.detail.show_entry(self.model.entry(index.row()) if index.isValid() else None)

    def select_entry(self, entry_id: str) -> bool:
        row = self.model.row_of(entry_id)
        if row < 0:
            return False
        self.select_row(row)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._following_typing:
            return  # the detail timer shows it when typing pauses
        self.detail_timer.stop()
        self.detail.show_entry(self.model.entry(current.row()) if current.isValid() else None)

    # -- own contacts -----------------------------------------------------------------------------------
    def add_contact(self) -> None:
        dialog = ContactDialog(self)
        if dialog.exec() != ContactDialog.DialogCode.Accepted:
            return
        from verktoykasse.storage.contacts import add_contact

        values = dialog.values()
        contact_id = self._save(lambda session: add_contact(session, **vars(values)).id)
        if contact_id is not None:
            self.reload_contacts()
            self.select_entry(f"contact-{contact_id}")
            self.status_label.setText(self.tr("Contact “{name}” saved.").format(name=values.name))

    def edit_contact(self, contact_id: int) -> None:
        from verktoykasse.storage.contacts import contact_values, get_contact, update_contact

        with self.database.session() as session:
            contact = get_contact(session, contact_id)
            if contact is None:
                self.reload_contacts()
                return
            values = ContactValues(**contact_values(contact))
        dialog = ContactDialog(self, values)
        if dialog.exec() != ContactDialog.DialogCode.Accepted:
            return
        changed = dialog.values()
        if self._save(lambda session: update_contact(session, contact_id, **vars(changed)).id) is not None:
            self.reload_contacts()
            self.select_entry(f"contact-{contact_id}")
            self.status_label.setText(self.tr("Contact “{name}” saved.").format(name=changed.name))

    def delete_contact(self, contact_id: int) -> None:
        from verktoykasse.storage.contacts import delete_contact

        entry = next((e for e in self._own if e.contact_id == contact_id), None)
        name = entry.name if entry else ""
        if not confirm(
            self,
            self.tr("Delete contact"),
            self.tr("Delete the contact “{name}”? Measures that use it will no longer list it.").format(
                name=name
            ),
            self.tr("&Delete"),
        ):
            return
        if self._save(lambda session: delete_contact(session, contact_id) or True) is not None:
            self.reload_contacts()
            self.status_label.setText(self.tr("Contact “{name}” deleted.").format(name=name))

    def _save(self, change):
        """Run one change in its own session; a failed commit is reported and nothing else changes."""
        from sqlalchemy.exc import SQLAlchemyError

        try:
            with self.database.session() as session:
                return change(session)
        except SQLAlchemyError as exc:
            log.exception("contact change failed")
            show_error(
                self,
                self.tr("The contact could not be saved. Is the disk full or read-only?")
                + f"\n{exc.__class__.__name__}",
            )
            return None

    # -- importing a catalogue file ---------------------------------------------------------------------
    def choose_catalogue_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import catalogue file"),
            str(Path.home()),
            self.tr("Catalogue files (*.toml);;All files (*)"),
        )
        if path:
            self.import_from_path(Path(path))

    def import_from_path(self, path: Path) -> bool:
        """Check and import a catalogue file; a bad file gives a message and changes nothing."""
        try:
            self.catalogue = import_catalogue_file(path, self.data_dir, self.clock())
        except CatalogueError as exc:
            self.status_label.setText(self.tr("The catalogue file was not imported."))
            show_error(
                self, self.tr("The catalogue file was not imported; nothing was changed.") + f"\n\n{exc}"
            )
            return False
        self._show_edition()
        self.refresh_results()
        self.status_label.setText(
            self.tr("Catalogue edition {date} imported and now in use.").format(
                date=format_date(self.catalogue.edition)
            )
        )
        return True
