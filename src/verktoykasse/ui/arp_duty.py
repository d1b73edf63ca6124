"""The equality duty on the profile page: private or public, whether a party asked, and which duty that
gives, in plain words with the legal reference (``domain.arp``).

Only what applies is shown: the "a party has asked" box only for a private business of 20–50; for a
business without the full duty, one line and a box to document the work anyway; the button to the ARP
window (``ui.arp_window``) only where the ARP parts apply. Added to the profile page with one call, so the
page itself stays the wizard's.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

from verktoykasse.domain.arp import (
    LARGEST_ON_REQUEST,
    SECTORS,
    SMALLEST_ON_REQUEST,
    Duty,
    Sector,
    arp_text,
    plan_duty,
    shows_arp,
)
from verktoykasse.storage.models import Plan
from verktoykasse.ui.wizard.fields import Form


class DutySection(QObject):
    """The section's widgets and its signal; ``open_requested`` asks for the ARP window."""

    open_requested = Signal()

    def __init__(self, form: Form, plan: Plan, into: QVBoxLayout, employees_form: Form) -> None:
        super().__init__(into)
        self.plan = plan
        self.sector = form.choice(
            "employer_sector", self.tr("Emp&loyer:"), [(key, arp_text(text)) for key, text in SECTORS.items()]
        )
        self.requested = form.check(
            "arp_requested",
            self.tr("A party has as&ked for the four steps"),
        )
        self.text = QLabel()
        self.text.setObjectName("profileDutyText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        into.addWidget(self.text)
        self.requested.setToolTip(self.tr("A union representative or a majority of the employees"))
        self.document = form.check("arp_document", self.tr("Document our equality work anyway"))
        self.open_button = QPushButton(self.tr("Open the equality &work (ARP)…"))
        self.open_button.setObjectName("openArpButton")
        self.open_button.setAccessibleName(self.tr("Open the equality work (ARP)"))
        self.open_button.clicked.connect(self.open_requested)
        into.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.edited.connect(self.update)
        employees_form.edited.connect(self.update)
        self.update()

    def update(self) -> None:
        decision = plan_duty(self.plan)
        private = self.plan.employer_sector != Sector.PUBLIC
        count = decision.employees or 0
        self.requested.setVisible(private and SMALLEST_ON_REQUEST <= count <= LARGEST_ON_REQUEST)
        if decision.full or decision.duty == Duty.UNKNOWN:
            text = f"{decision.summary()} {decision.reason()} {decision.reference()}"
        else:
            text = f"{decision.summary()} ({decision.reference()})"
        if decision.borderline or decision.full:
            text += "\n" + decision.caveat()
        self.text.setText(text)
        self.text.setAccessibleName(text)
        self.document.setVisible(not decision.full and decision.duty != Duty.UNKNOWN)
        self.open_button.setVisible(shows_arp(self.plan))


def add_duty_section(page, plan: Plan, employees_form: Form) -> DutySection:
    """The section "Equality duty (ARP)" on ``page`` (the profile page), after the business."""
    from PySide6.QtCore import QCoreApplication

    into = page.section(QCoreApplication.translate("DutySection", "Equality duty (ARP)"), "dutySection")
    return DutySection(page.form(plan, into), plan, into, employees_form)
