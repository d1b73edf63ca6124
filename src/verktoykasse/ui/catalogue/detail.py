"""The detail pane for one catalogue entry or own contact.

Everything from the catalogue is shown as plain text (never rendered as HTML), the web address opens in
the browser only when the user clicks, and phone numbers and e-mail addresses can be copied.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from verktoykasse.catalogue.labels import area_label, status_label, target_group_label
from verktoykasse.catalogue.model import Entry
from verktoykasse.domain.formatting import format_date
from verktoykasse.ui.catalogue.entry_model import entry_subtitle
from verktoykasse.ui.elided import WrappedLabel

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


def plain_label(object_name: str, selectable: bool = True) -> QLabel:
    """A label that shows text exactly as written: catalogue text is never read as HTML. It wraps, and a
    word too long for it (an own contact's name of one long word) ends in "…", whole in the tooltip."""
    label = WrappedLabel()
    label.setObjectName(object_name)
    label.setOpenExternalLinks(False)
    if selectable:
        label.setTextInteractionFlags(SELECTABLE)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def is_web_address(url: str) -> bool:
    parsed = QUrl(url)
    return parsed.isValid() and parsed.scheme() in ("http", "https") and bool(parsed.host())


class EntryDetail(QScrollArea):
    """Shows one entry; ``edit_requested``/``delete_requested`` carry an own contact's id."""

    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryDetail")
        self.setAccessibleName(self.tr("Details of the chosen entry"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.entry: Entry | None = None
        # False while the data may only be read (``CatalogueView``): an own contact is shown, not offered
        # for editing or deleting, since the save could only fail.
        self.may_edit = True

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 8)

        self.title = plain_label("detailTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.gloss = plain_label("detailGloss")
        italic = self.gloss.font()
        italic.setItalic(True)
        self.gloss.setFont(italic)
        self.meta = plain_label("detailMeta")
        self.caveat = plain_label("detailCaveat")
        self.caveat.setFrameShape(QFrame.Shape.StyledPanel)
        self.caveat.setMargin(6)
        for widget in (self.title, self.gloss, self.meta, self.caveat):
            layout.addWidget(widget)

        self._sections: dict[str, tuple[QLabel, QLabel]] = {}
        for key, heading in (
            ("summary", self.tr("What it is")),
            ("figures", self.tr("Key figures")),
            ("eligibility", self.tr("Who can use it")),
            ("how_to_apply", self.tr("How to apply")),
        ):
            head = QLabel(heading)
            head.setObjectName(f"detailHeading_{key}")
            bold = head.font()
            bold.setBold(True)
            head.setFont(bold)
            text = plain_label(f"detail_{key}")
            layout.addSpacing(6)
            layout.addWidget(head)
            layout.addWidget(text)
            self._sections[key] = (head, text)

        layout.addSpacing(6)
        self.url_label = plain_label("detailUrl")
        self.open_url_button = QPushButton(self.tr("&Open web page"))
        self.open_url_button.setObjectName("openUrlButton")
        self.open_url_button.setAccessibleName(self.tr("Open the official web page in your browser"))
        self.open_url_button.clicked.connect(self.open_url)
        self.url_row = self._row(self.url_label, self.open_url_button)
        layout.addWidget(self.url_row)

        self.phone_label = plain_label("detailPhone")
        self.copy_phone_button = QPushButton(self.tr("Copy &phone"))
        self.copy_phone_button.setObjectName("copyPhoneButton")
        self.copy_phone_button.setAccessibleName(self.tr("Copy the phone number"))
        self.copy_phone_button.clicked.connect(lambda: self._copy(self.entry.phone if self.entry else ""))
        self.phone_row = self._row(self.phone_label, self.copy_phone_button)
        layout.addWidget(self.phone_row)

        self.email_label = plain_label("detailEmail")
        self.copy_email_button = QPushButton(self.tr("Copy &e-mail"))
        self.copy_email_button.setObjectName("copyEmailButton")
        self.copy_email_button.setAccessibleName(self.tr("Copy the e-mail address"))
        self.copy_email_button.clicked.connect(lambda: self._copy(self.entry.email if self.entry else ""))
        self.email_row = self._row(self.email_label, self.copy_email_button)
        layout.addWidget(self.email_row)

        self.checked = plain_label("detailChecked")
        layout.addWidget(self.checked)

        self.edit_button = QPushButton(self.tr("&Edit contact…"))
        self.edit_button.setObjectName("editContactButton")
        self.edit_button.setAccessibleName(self.tr("Edit this contact"))
        self.edit_button.clicked.connect(self._edit)
        self.delete_button = QPushButton(self.tr("&Delete contact…"))
        self.delete_button.setObjectName("deleteContactButton")
        self.delete_button.setAccessibleName(self.tr("Delete this contact"))
        self.delete_button.clicked.connect(self._delete)
        own_row = QHBoxLayout()
        own_row.addWidget(self.edit_button)
        own_row.addWidget(self.delete_button)
        own_row.addStretch(1)
        self.own_buttons = QWidget()
        self.own_buttons.setLayout(own_row)
        own_row.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.own_buttons)

        self.copied = plain_label("detailCopied", selectable=False)
        layout.addWidget(self.copied)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_entry(None)

    @staticmethod
    def _row(label: QLabel, button: QPushButton) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label, 1)
        layout.addWidget(button)
        return row

    # -- showing ------------------------------------------------------------------------------------------
    def show_entry(self, entry: Entry | None) -> None:
        if entry is not None and entry is self.entry:
            return  # typing on while the same entry stays first: nothing to lay out again
        self.entry = entry
        self.copied.clear()
        self.widget().setVisible(entry is not None)
        if entry is None:
            return
        self.title.setText(entry.name)
        self.gloss.setText(entry.gloss)
        self.gloss.setVisible(bool(entry.gloss))
        meta = [entry_subtitle(entry)]
        if entry.areas:
            meta.append(self.tr("Areas: {areas}").format(areas=", ".join(area_label(a) for a in entry.areas)))
        if entry.target_groups:
            meta.append(
                self.tr("For: {groups}").format(
                    groups=", ".join(target_group_label(g) for g in entry.target_groups)
                )
            )
        self.meta.setText("\n".join(meta))

        caveats = []
        if entry.status != "current":
            caveats.append(status_label(entry.status))
        if entry.caveat:
            caveats.append(entry.caveat)
        self.caveat.setText("⚠ " + "\n⚠ ".join(caveats) if caveats else "")
        self.caveat.setVisible(bool(caveats))

        figures = []
        for figure in entry.figures:
            line = "• " + self.tr("{figure} (valid for: {period})").format(
                figure=figure.text, period=figure.valid_for
            )
            if figure.caveat:
                line += "\n   ⚠ " + figure.caveat
            figures.append(line)
        head = self._sections["summary"][0]
        head.setText(self.tr("Role and note") if entry.is_own else self.tr("What it is"))
        self._set_section("summary", entry.summary)
        self._set_section("figures", "\n".join(figures))
        self._set_section("eligibility", entry.eligibility)
        self._set_section("how_to_apply", entry.how_to_apply)

        self.url_label.setText(self.tr("Web page: {url}").format(url=entry.url))
        self.url_row.setVisible(bool(entry.url))
        self.open_url_button.setEnabled(is_web_address(entry.url))
        self.phone_label.setText(self.tr("Phone: {phone}").format(phone=entry.phone))
        self.phone_row.setVisible(bool(entry.phone))
        self.email_label.setText(self.tr("E-mail: {email}").format(email=entry.email))
        self.email_row.setVisible(bool(entry.email))
        if entry.checked is not None and entry.checked_against:
            self.checked.setText(
                self.tr(
                    "Last checked {date} against: {source}. Figures change: the official web page is "
                    "the authority."
                ).format(date=format_date(entry.checked), source=entry.checked_against)
            )
        elif entry.checked is not None:
            self.checked.setText(
                self.tr(
                    "Last checked {date}. Figures change: the official web page is the authority."
                ).format(date=format_date(entry.checked))
            )
        else:
            self.checked.setText(self.tr("Your own contact."))
        self.own_buttons.setVisible(entry.is_own and self.may_edit)
        self.verticalScrollBar().setValue(0)

    def _set_section(self, key: str, text: str) -> None:
        head, body = self._sections[key]
        body.setText(text)
        head.setVisible(bool(text))
        body.setVisible(bool(text))

    # -- actions ------------------------------------------------------------------------------------------
    def open_url(self) -> None:
        """Open the entry's web page in the user's browser; this is the only way a page is opened."""
        if self.entry is not None and is_web_address(self.entry.url):
            QDesktopServices.openUrl(QUrl(self.entry.url))

    def _copy(self, text: str) -> None:
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        self.copied.setText(self.tr("Copied: {text}").format(text=text))

    def _edit(self) -> None:
        if self.entry is not None and self.entry.contact_id is not None:
            self.edit_requested.emit(self.entry.contact_id)

    def _delete(self) -> None:
        if self.entry is not None and self.entry.contact_id is not None:
            self.delete_requested.emit(self.entry.contact_id)
