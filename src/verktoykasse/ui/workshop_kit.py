"""File ▸ Workshop kit…: everything for step 1's workshop in one place (seed 003).

When and where (saved in the plan as typed, through the wizard's ``Saver`` and fields), the invitation to
copy, to open in the user's e-mail program or to print, the worksheets to print (blank or filled, the gap
sheet on A3 if wanted), and the button that starts meeting mode. The e-mail program is opened only when
the user clicks, with the participants who have an address (hidden from each other, as Bcc).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from verktoykasse.domain.lines import shortened
from verktoykasse.domain.workshop import MAX_MAILTO, invitation, invitees, mailto_url, without_address
from verktoykasse.ui.dialogs import show_error
from verktoykasse.ui.tooltips import literal
from verktoykasse.ui.wizard.fields import Form
from verktoykasse.ui.wizard.saver import Saver

if TYPE_CHECKING:
    from verktoykasse.catalogue import Catalogue
    from verktoykasse.storage.db import Database

log = logging.getLogger("verktoykasse.ui.workshop")


class WorkshopKit(QDialog):
    """The workshop kit of one plan; ``meeting_wanted`` after it closes: start meeting mode now."""

    def __init__(
        self, database: Database, plan_id: int, catalogue: Catalogue | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue  # names the schemes on the measures sheet
        self.setObjectName("workshopKit")
        self.setWindowTitle(self.tr("Workshop kit"))
        self.setAccessibleName(self.tr("Workshop kit"))
        self.session = database.session()
        self.saver = Saver(self.session, self)
        from verktoykasse.storage.editing import load_plan

        self.plan = load_plan(self.session, plan_id)
        self.last_folder: Path | None = None
        self.meeting_wanted = False

        when = QGroupBox(self.tr("When and where"))
        form = Form(self.saver, self.plan, QFormLayout(when))
        form.date("workshop_date", self.tr("&Date:"))
        self.time_edit = form.line("workshop_time", self.tr("&Time:"))
        self.time_edit.setPlaceholderText(self.tr("for example 09.00–12.00"))
        self.place_edit = form.line("workshop_place", self.tr("&Place:"))
        self.place_edit.setPlaceholderText(self.tr("for example the canteen, Storgata 1"))
        form.edited.connect(self.update_invitation)

        letter = QGroupBox(self.tr("&Invitation"))  # Alt and its letter go to the invitation's text
        letter_layout = QVBoxLayout(letter)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("invitationText")
        self.preview.setAccessibleName(self.tr("Invitation text"))
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.recipients = QLabel()
        self.recipients.setObjectName("invitationRecipients")
        self.recipients.setWordWrap(True)
        self.recipients.setTextFormat(Qt.TextFormat.PlainText)
        self.recipients.setMinimumWidth(1)  # the dialog never grows past the screen for a long name
        self.copy_button = QPushButton(self.tr("&Copy the text"))
        self.copy_button.setObjectName("copyInvitationButton")
        self.copy_button.clicked.connect(self.copy_invitation)
        self.mail_button = QPushButton(self.tr("Open in &e-mail program"))
        self.mail_button.setObjectName("mailInvitationButton")
        self.mail_button.clicked.connect(self.open_mail)
        self.print_invitation_button = QPushButton(self.tr("Sa&ve as PDF…"))
        self.print_invitation_button.setObjectName("invitationPdfButton")
        self.print_invitation_button.setAccessibleName(self.tr("Save the invitation as PDF"))
        self.print_invitation_button.clicked.connect(self.save_invitation)
        # Two rows: three buttons side by side made the kit wider than a small screen with a large font
        buttons = QGridLayout()
        buttons.addWidget(self.copy_button, 0, 0)
        buttons.addWidget(self.mail_button, 0, 1)
        buttons.addWidget(self.print_invitation_button, 1, 0)
        buttons.setColumnStretch(2, 1)
        letter_layout.addWidget(self.preview, 1)
        letter_layout.addWidget(self.recipients)
        letter_layout.addLayout(buttons)

        sheets = QGroupBox(self.tr("Worksheets to print"))
        sheets_layout = QVBoxLayout(sheets)
        self.filled_radio = QRadioButton(self.tr("&Filled with the plan so far"))
        self.filled_radio.setObjectName("filledWorksheets")
        self.filled_radio.setChecked(True)
        self.blank_radio = QRadioButton(self.tr("&Blank, to write on"))
        self.blank_radio.setObjectName("blankWorksheets")
        self.a3_check = QCheckBox(self.tr("Gap-scoring sheet on &A3 (for the wall)"))
        self.a3_check.setObjectName("a3Check")
        self.sheets_button = QPushButton(self.tr("Save &worksheets as PDF…"))
        self.sheets_button.setObjectName("worksheetsPdfButton")
        self.sheets_button.clicked.connect(self.save_worksheets)
        for widget in (self.filled_radio, self.blank_radio, self.a3_check, self.sheets_button):
            sheets_layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)

        self.meeting_button = QPushButton(self.tr("Start &meeting mode"))
        self.meeting_button.setObjectName("startMeetingButton")
        self.meeting_button.setToolTip(self.tr("Full screen for the TV or projector; Esc leaves"))
        self.meeting_button.clicked.connect(self._start_meeting)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.meeting_button)
        bottom.addStretch(1)
        bottom.addWidget(close)

        left = QVBoxLayout()
        left.addWidget(when)
        left.addWidget(sheets)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(letter, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        from verktoykasse.ui.fitting import bounded_size, enter_stays_in_fields

        self.resize(bounded_size(self, 1000, 640))  # a small screen: no taller or wider than it
        # The fields save as they are typed: Enter there must not save the worksheets as PDF
        enter_stays_in_fields(self)
        self.update_invitation()

    # -- the invitation ---------------------------------------------------------------------------------
    def letter(self):
        """The invitation in the plan's report language, as the printed one: it is for the guests."""
        from verktoykasse.i18n import current_language, report_language, report_language_of

        language = report_language_of(getattr(self.plan, "report_language", ""))
        if language == current_language():  # the usual case: no translators to swap on each keystroke
            return invitation(self.plan, self.plan.workshop_place, self.plan.workshop_time)
        with report_language(language):
            return invitation(self.plan, self.plan.workshop_place, self.plan.workshop_time)

    def update_invitation(self) -> None:
        letter = self.letter()
        self.preview.setPlainText(f"{letter.subject}\n\n{letter.body}")
        missing = without_address(self.plan)
        reachable = len(self.plan.participants) - len(missing)
        if not self.plan.participants:
            text = self.tr("Add the people to invite under 'Who took part' in step 1.")
        else:
            text = self.tr("E-mail: {reachable} of {count} participants have an address.").format(
                reachable=reachable, count=len(self.plan.participants)
            )
        whole = text
        if missing:  # each name at most 60 characters here; the tooltip (read aloud too) has them whole
            invite = self.tr("Invite these another way: {names}.")
            whole += " " + invite.format(names=", ".join(missing))
            text += " " + invite.format(names=", ".join(shortened(name, 60) for name in missing))
        self.recipients.setText(text)
        self.recipients.setToolTip(literal(whole) if whole != text else "")
        self.mail_button.setEnabled(reachable > 0)

    def copy_invitation(self) -> None:
        letter = self.letter()
        QGuiApplication.clipboard().setText(f"{letter.subject}\n\n{letter.body}")
        self.recipients.setText(self.tr("The invitation is copied: paste it into your e-mail or a letter."))
        self.recipients.setToolTip("")

    def mail_url(self) -> tuple[str, bool]:
        """The link for the user's e-mail program, and whether the text had to go by the clipboard."""
        letter = self.letter()
        owner = [(self.plan.contact_person, self.plan.contact_email)]
        url = mailto_url(to=owner, bcc=invitees(self.plan), subject=letter.subject, body=letter.body)
        if len(url) <= MAX_MAILTO:
            return url, False
        return mailto_url(to=owner, bcc=invitees(self.plan), subject=letter.subject), True

    def open_mail(self) -> None:
        """Only on the user's click: the e-mail program opens with the guests as Bcc, nothing is sent."""
        url, too_long = self.mail_url()
        if too_long:
            letter = self.letter()
            QGuiApplication.clipboard().setText(letter.body)
        if not QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode)):
            show_error(
                self, self.tr("No e-mail program answered. Copy the text and paste it into your e-mail.")
            )
            return
        if too_long:
            self.recipients.setText(
                self.tr("The text was too long for the e-mail link: it is copied, paste it into the e-mail.")
            )
            self.recipients.setToolTip("")

    # -- PDFs -------------------------------------------------------------------------------------------
    def _save_pdf(self, title: str, suggested: str, build) -> None:
        folder = self.last_folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self, title, str(folder / suggested), self.tr("PDF documents (*.pdf)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        from verktoykasse.files import write_atomically

        self.saver.flush()
        try:
            write_atomically(path, build())
        except OSError as error:
            from verktoykasse.files import describe_write_error

            log.warning("workshop PDF to %s failed: %s", path, error)
            show_error(self, describe_write_error(error, path))
            return
        except Exception:
            log.exception("a workshop PDF could not be made")
            show_error(self, self.tr("The PDF could not be made. Details are in the log file."))
            return
        self.last_folder = path.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_worksheets(self) -> None:
        from verktoykasse.reports.worksheets import build_worksheets, suggested_file_name

        self._save_pdf(
            self.tr("Save the worksheets as PDF"),
            suggested_file_name(self.plan.name),
            lambda: build_worksheets(
                self.plan,
                catalogue=self.catalogue,
                filled=self.filled_radio.isChecked(),
                gap_size="A3" if self.a3_check.isChecked() else "A4",
                place=self.plan.workshop_place,
                time=self.plan.workshop_time,
            ),
        )

    def save_invitation(self) -> None:
        from verktoykasse.reports.worksheets import build_invitation, suggested_file_name

        self._save_pdf(
            self.tr("Save the invitation as PDF"),
            suggested_file_name(self.plan.name, kind="invitation"),
            lambda: build_invitation(self.plan, self.plan.workshop_place, self.plan.workshop_time),
        )

    # -- closing ------------------------------------------------------------------------------------------
    def _start_meeting(self) -> None:
        self.meeting_wanted = True
        self.accept()

    def done(self, result: int) -> None:
        self.saver.close()
        super().done(result)
