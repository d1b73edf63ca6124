"""Add or edit one of the user's own contacts (their Nav office, a mentor, a partner organisation).

Bad input gets a message beside the field and the dialog stays open with everything typed kept.
"""

from __future__ import annotations

from dataclasses import field, make_dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from verktoykasse.catalogue.labels import (
    AREAS,
    KINDS,
    TARGET_GROUPS,
    area_label,
    kind_label,
    target_group_label,
)
from verktoykasse.domain.plan_description import editable_contact_fields
from verktoykasse.domain.validation import (
    check_email,
    check_phone,
    check_web_address,
    text_limit_problem,
    tidy_url,
)
from verktoykasse.domain.vocabulary import CONTACT_DEFAULT_KIND

# What the dialog edits: one attribute per editable field of a contact (``domain.plan_description``),
# lists of keys as lists; a new contact is an "Actor or contact".
ContactValues = make_dataclass(
    "ContactValues",
    [
        (f.name, list[str], field(default_factory=list))
        if f.keys
        else (f.name, str, field(default=CONTACT_DEFAULT_KIND if f.name == "kind" else ""))
        for f in editable_contact_fields()
    ],
)


class ContactDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, values: ContactValues | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        editing = values is not None
        title = self.tr("Edit contact") if editing else self.tr("New contact")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        values = values or ContactValues()

        form = QFormLayout()
        self.name_edit = self._line("contactName", self.tr("&Name:"), self.tr("Name"), values.name, form)
        self.name_error = self._error("contactNameError", form)
        self.organisation_edit = self._line(
            "contactOrganisation",
            self.tr("&Organisation:"),
            self.tr("Organisation"),
            values.organisation,
            form,
        )
        self.role_edit = self._line("contactRole", self.tr("&Role:"), self.tr("Role"), values.role, form)
        self.phone_edit = self._line("contactPhone", self.tr("&Phone:"), self.tr("Phone"), values.phone, form)
        self.phone_error = self._error("contactPhoneError", form)
        self.email_edit = self._line(
            "contactEmail", self.tr("&E-mail:"), self.tr("E-mail"), values.email, form
        )
        self.email_error = self._error("contactEmailError", form)
        self.url_edit = self._line(
            "contactUrl", self.tr("&Web address:"), self.tr("Web address"), values.url, form
        )
        self.url_error = self._error("contactUrlError", form)

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("contactKind")
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for key in KINDS:
            self.kind_combo.addItem(kind_label(key), key)
        index = self.kind_combo.findData(values.kind)
        self.kind_combo.setCurrentIndex(index if index >= 0 else self.kind_combo.findData("actor"))
        kind_label_widget = QLabel(self.tr("&Kind:"))
        kind_label_widget.setBuddy(self.kind_combo)
        form.addRow(kind_label_widget, self.kind_combo)

        self.note_edit = QPlainTextEdit(values.note)
        self.note_edit.setObjectName("contactNote")
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        note_label = QLabel(self.tr("No&te:"))
        note_label.setBuddy(self.note_edit)
        form.addRow(note_label, self.note_edit)
        self.note_error = self._error("contactNoteError", form)

        self.area_boxes = self._checks(
            self.tr("Toolbox areas"), "contactArea", AREAS, area_label, values.areas, columns=1
        )
        self.group_boxes = self._checks(
            self.tr("Target groups"), "contactGroup", TARGET_GROUPS, target_group_label, values.target_groups
        )

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("contactButtons")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("contactSave")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("contactCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        from verktoykasse.ui.fitting import fit_on_screen, scrolling

        # The fields scroll on a small screen or with a large font; Save and Cancel stay in reach.
        content = QWidget()
        content.setObjectName("contactContent")
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(form)
        inner.addWidget(self.area_boxes[0])
        inner.addWidget(self.group_boxes[0])
        inner.addStretch(1)
        self.scroll = scrolling(content, "contactScroll")
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons)
        fit_on_screen(self, content, buttons)
        self.name_edit.setFocus()  # the first field

    def _line(self, name: str, label: str, accessible: str, text: str, form: QFormLayout) -> QLineEdit:
        from verktoykasse.ui.wizard.fields import FieldMessage, paste_cut

        edit = QLineEdit(text)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        caption = QLabel(label)
        caption.setBuddy(edit)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(edit)
        cut = FieldMessage(name + "Cut", describes=edit)  # a paste Qt shortened, said beside the field
        layout.addWidget(cut)
        holder.setFocusProxy(edit)
        edit.textEdited.connect(lambda typed: cut.show_message(paste_cut(edit, typed)))
        form.addRow(caption, holder)
        return edit

    def _error(self, name: str, form: QFormLayout) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.hide()
        form.addRow("", label)
        return label

    def _checks(
        self, title, prefix, table, label_of, chosen, columns=2
    ) -> tuple[QGroupBox, dict[str, QCheckBox]]:
        box = QGroupBox(title)
        box.setObjectName(prefix + "Group")
        grid = QGridLayout(box)
        boxes: dict[str, QCheckBox] = {}
        for index, key in enumerate(table):
            check = QCheckBox(label_of(key))
            check.setObjectName(f"{prefix}_{key}")
            check.setAccessibleName(label_of(key))
            check.setChecked(key in chosen)
            grid.addWidget(check, index // columns, index % columns)
            boxes[key] = check
        return box, boxes

    # -- reading and checking -------------------------------------------------------------------------
    def values(self) -> ContactValues:
        return ContactValues(
            name=self.name_edit.text().strip(),
            kind=self.kind_combo.currentData(),
            organisation=self.organisation_edit.text().strip(),
            role=self.role_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            email=self.email_edit.text().strip(),
            url=tidy_url(self.url_edit.text()),
            note=self.note_edit.toPlainText().strip(),
            areas=[key for key, check in self.area_boxes[1].items() if check.isChecked()],
            target_groups=[key for key, check in self.group_boxes[1].items() if check.isChecked()],
        )

    def problems(self) -> dict[QLabel, str]:
        values = self.values()
        found: dict[QLabel, str] = {}
        if not values.name:
            found[self.name_error] = self.tr("Please give the contact a name.")
        for label, message in (
            (self.phone_error, check_phone(values.phone)),
            (self.email_error, check_email(values.email)),
            (self.url_error, check_web_address(values.url)),
            (self.note_error, text_limit_problem(values.note)),
        ):
            if message:
                found[label] = message
        return found

    def accept(self) -> None:
        found = self.problems()
        for label in (self.name_error, self.phone_error, self.email_error, self.url_error, self.note_error):
            label.setText("⚠ " + found[label] if label in found else "")
            label.setVisible(label in found)
        if found:
            first = next(iter(found))
            edit = {
                self.name_error: self.name_edit,
                self.phone_error: self.phone_edit,
                self.email_error: self.email_edit,
                self.url_error: self.url_edit,
                self.note_error: self.note_edit,
            }[first]
            edit.setFocus()
            self.scroll.ensureWidgetVisible(first)
            self.scroll.ensureWidgetVisible(edit)
            return
        super().accept()
