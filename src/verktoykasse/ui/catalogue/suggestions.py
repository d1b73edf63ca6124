"""A panel for the wizard that shows catalogue entries fitting a gap area or a measure.

The wizard calls ``show_for_gap`` / ``show_for_measure`` when the user opens or edits a gap or a measure;
double-click or Enter on a suggestion emits ``entry_chosen`` with its stable id.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from verktoykasse.ui.catalogue.detail import is_web_address, plain_label
from verktoykasse.ui.tooltips import literal

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole


class SuggestionPanel(QWidget):
    entry_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, catalogue=None, data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionPanel")
        self._catalogue = catalogue
        self._data_dir = data_dir
        self._entries: list = []

        self.heading = QLabel(self.tr("Suggestions from the catalogue"))
        self.heading.setObjectName("suggestionHeading")
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)

        self.list = QListWidget()
        self.list.setObjectName("suggestionList")
        self.list.setAccessibleName(self.tr("Suggested schemes and contacts"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.list.itemActivated.connect(self._activated)

        self.summary = plain_label("suggestionSummary")
        self.empty = plain_label("suggestionEmpty", selectable=False)
        self.empty.setText(
            self.tr("No suggestions yet. Describe the area or the measure, or search the catalogue (Ctrl+K).")
        )
        self.open_button = QPushButton(self.tr("Open &web page"))
        self.open_button.setObjectName("suggestionOpenUrl")
        self.open_button.setAccessibleName(self.tr("Open the suggestion's official web page"))
        self.open_button.clicked.connect(self.open_url)

        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self._fill([])

    def catalogue(self):
        if self._catalogue is None:
            from verktoykasse.catalogue import load_catalogue

            self._catalogue = load_catalogue(self._data_dir)
        return self._catalogue

    def show_for_gap(self, template_key: str, title: str = "") -> None:
        from verktoykasse.catalogue.suggest import for_gap

        self._fill(for_gap(template_key or "", title or "", catalogue=self.catalogue()))

    def show_for_measure(self, title: str, description: str = "") -> None:
        from verktoykasse.catalogue.suggest import for_measure

        self._fill(for_measure(title or "", description or "", catalogue=self.catalogue()))

    def entries(self) -> list:
        return list(self._entries)

    def _fill(self, entries: list) -> None:
        from verktoykasse.ui.catalogue.entry_model import entry_subtitle

        self._entries = list(entries)
        self.list.clear()
        for entry in self._entries:
            item = QListWidgetItem(f"{entry.name}\n{entry_subtitle(entry)}")
            item.setData(ENTRY_ID_ROLE, entry.id)
            item.setToolTip(literal(entry.gloss))
            self.list.addItem(item)
        self.empty.setVisible(not self._entries)
        self.list.setVisible(bool(self._entries))
        if self._entries:
            self.list.setCurrentRow(0)
        self._show_current()

    def _current(self):
        row = self.list.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def _show_current(self) -> None:
        entry = self._current()
        if entry is None:
            self.summary.clear()
            self.open_button.setEnabled(False)
            self.summary.setVisible(False)
            self.open_button.setVisible(False)
            return
        lines = [entry.summary]
        if entry.phone:
            lines.append(self.tr("Phone: {phone}").format(phone=entry.phone))
        self.summary.setText("\n".join(line for line in lines if line))
        self.summary.setVisible(True)
        self.open_button.setVisible(True)
        self.open_button.setEnabled(is_web_address(entry.url))

    def _activated(self, item: QListWidgetItem) -> None:
        self.entry_chosen.emit(item.data(ENTRY_ID_ROLE))

    def open_url(self) -> None:
        entry = self._current()
        if entry is not None and is_web_address(entry.url):
            QDesktopServices.openUrl(QUrl(entry.url))
