"""Interim plan page until the wizard lands (issue 3 replaces this module's body with the wizard)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from verktoykasse.storage.db import Database
from verktoykasse.storage.models import Plan


class PlanWorkspace(QWidget):
    back_requested = Signal()

    def __init__(self, database: Database, plan_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planWorkspace")
        self.plan_id = plan_id
        with database.session() as session:
            plan = session.get(Plan, plan_id)
            name = plan.name if plan else ""
        self.title = QLabel(name)
        self.title.setObjectName("planTitle")
        self.back_button = QPushButton(self.tr("← All plans"))
        self.back_button.setObjectName("backButton")
        self.back_button.setAccessibleName(self.tr("All plans"))
        self.back_button.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.back_button)
        layout.addWidget(self.title)
        layout.addStretch(1)
