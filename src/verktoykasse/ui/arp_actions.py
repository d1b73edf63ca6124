"""File → Equality duty (ARP)… and File → ARP report draft → As PDF… / As a Word document to edit…, for
the open plan.

The window (``ui.arp_window``) works on its own session; the plan's workspace saves what it holds first
and is built again afterwards, where the user was, so the steps show what the window wrote (a gap area
linked from the risk map, a changed employer). "Now" opens the window at the figures when they are due.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from verktoykasse.context import AppContext
    from verktoykasse.ui.shell import Shell


def draft_menu(parent: QWidget, save: Callable[[str], object]) -> QMenu:
    """The two ways to get the draft, for the File menu and the window's button: a PDF to read, print and
    send, or a Word document to edit and paste into the annual report. ``save(kind)`` does it."""
    menu = QMenu(QCoreApplication.translate("ArpActions", "ARP report dra&ft"), parent)
    menu.setObjectName("arpDraftMenu")
    pdf = menu.addAction(QCoreApplication.translate("ArpActions", "As &PDF…"))
    pdf.setObjectName("arpDraftPdfAction")
    pdf.setStatusTip(
        QCoreApplication.translate(
            "ArpActions", "The draft as a PDF to read, print and send, small numbers hidden"
        )
    )
    pdf.triggered.connect(lambda: save("pdf"))
    word = menu.addAction(QCoreApplication.translate("ArpActions", "As a &Word document to edit…"))
    word.setObjectName("arpDraftWordAction")
    word.setStatusTip(
        QCoreApplication.translate(
            "ArpActions",
            "The draft as a Word document to edit and paste into the annual report, small numbers hidden",
        )
    )
    word.triggered.connect(lambda: save("docx"))
    return menu


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
        # A submenu: As PDF… and As a Word document to edit… (``draft_menu``). An action of our own holds
        # it, not the menu's own: after a change of language the old menu may go before this object does.
        self.draft_menu = draft_menu(parent, self.export_draft)
        self.draft_action = QAction(self.draft_menu.title(), parent)
        self.draft_action.setMenu(self.draft_menu)
        self.draft_action.setObjectName("arpDraftAction")
        self.draft_action.setStatusTip(self.tr("A draft of the yearly equality report, small numbers hidden"))
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

    def export_draft(self, kind: str = "pdf") -> None:
        """The draft as a PDF or (``kind`` "docx") a Word document, where the user chooses."""
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
            path = save_draft(self.parent_widget, plan, self.today(), kind)
        if path is not None:
            self.shell.show_status(self.tr("Saved the ARP report draft to {path}").format(path=path), 8000)
