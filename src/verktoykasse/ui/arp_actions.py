"""File → Equality duty (ARP)… and File → ARP report draft (PDF)…, for the open plan.

The window (``ui.arp_window``) works on its own session; the plan's workspace saves what it holds first
and is built again afterwards, where the user was, so the steps show what the window wrote (a gap area
linked from the risk map, a changed employer). "Now" opens the window at the figures when they are due.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from verktoykasse.context import AppContext
    from verktoykasse.ui.shell import Shell


class ArpActions(QObject):
    """The two menu actions; enabled while a plan is open in the window."""

    def __init__(self, context: AppContext, shell: Shell, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("arpActions")
        self.context = context
        self.shell = shell
        self.parent_widget = parent
        self.window_action = QAction(self.tr("Equality dut&y (ARP)…"), parent)
        self.window_action.setObjectName("arpAction")
        self.window_action.setStatusTip(
            self.tr("Which equality duty applies, the risk map, the representatives and the figures")
        )
        self.window_action.triggered.connect(lambda: self.open_window())
        self.draft_action = QAction(self.tr("ARP report dra&ft (PDF)…"), parent)
        self.draft_action.setObjectName("arpDraftAction")
        self.draft_action.setStatusTip(self.tr("A draft of the yearly equality report, small numbers hidden"))
        self.draft_action.triggered.connect(self.export_draft)
        shell.current_plan_changed.connect(self.update_enabled)
        self.update_enabled()

    def today(self) -> dt.date:
        clock = getattr(self.parent_widget, "clock", None)  # the window's clock: tests move it
        return clock() if callable(clock) else dt.date.today()

    def update_enabled(self) -> None:
        enabled = self.shell.open_plan_id() is not None
        self.window_action.setEnabled(enabled)
        self.draft_action.setEnabled(enabled)

    def open_window(self, tab: str = "duty") -> None:
        from verktoykasse.ui.arp_window import ArpWindow

        plan_id = self.shell.open_plan_id()
        database = self.context.open_database
        if plan_id is None or database is None:
            return
        self.shell.save_typing()
        window = ArpWindow(database, plan_id, self.parent_widget, today=self.today(), tab=tab)
        self.last_window = window  # for tests: the window of the last call
        window.exec()
        window.deleteLater()
        self.shell.open_plan(plan_id)

    def export_draft(self) -> None:
        from verktoykasse.storage.editing import load_plan
        from verktoykasse.ui.arp_window import save_draft

        plan_id = self.shell.open_plan_id()
        database = self.context.open_database
        if plan_id is None or database is None:
            return
        self.shell.save_typing()
        with database.session() as session:
            plan = load_plan(session, plan_id)
            if plan is None:
                return
            path = save_draft(self.parent_widget, plan, self.today())
        if path is not None:
            self.shell.show_status(self.tr("Saved the ARP report draft to {path}").format(path=path), 8000)
