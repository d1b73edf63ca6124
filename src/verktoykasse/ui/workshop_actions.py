"""File ▸ Workshop kit… and File ▸ Meeting mode: step 1's workshop for the open plan.

Both work on their own session through the wizard's ``Saver``; the plan's workspace saves what it holds
first and is built again afterwards, so the steps show what the kit or the meeting wrote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from verktoykasse.domain.vocabulary import Step

if TYPE_CHECKING:
    from verktoykasse.ui.main_window import MainWindow
    from verktoykasse.ui.meeting_mode import MeetingMode


class WorkshopActions(QObject):
    """The two menu actions; enabled while a plan is open in the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("workshopActions")
        self.window = window
        self.meeting: MeetingMode | None = None
        self.kit_action = QAction(self.tr("&Workshop kit…"), window)
        self.kit_action.setObjectName("workshopKitAction")
        self.kit_action.setStatusTip(self.tr("Invitation, worksheets and meeting mode for step 1's workshop"))
        self.kit_action.triggered.connect(self.open_kit)
        self.meeting_action = QAction(self.tr("&Meeting mode"), window)
        self.meeting_action.setObjectName("meetingModeAction")
        self.meeting_action.setShortcuts([QKeySequence("F11")])
        self.meeting_action.setStatusTip(self.tr("The workshop full screen on a TV or projector"))
        self.meeting_action.triggered.connect(self.start_meeting)
        window.pages.currentChanged.connect(self.update_enabled)
        self.update_enabled()

    def _plan_id(self) -> int | None:
        """The open plan's id, as File ▸ Export PDF… sees it; ``None`` also when the plan was deleted."""
        page = self.window.plan_page
        plan_id = self.window.report_actions._plan_id()
        return plan_id if plan_id is not None and getattr(page, "plan", None) is not None else None

    def update_enabled(self) -> None:
        enabled = self._plan_id() is not None
        self.kit_action.setEnabled(enabled)
        self.meeting_action.setEnabled(enabled)

    def _reopen(self, plan_id: int) -> None:
        """Build the workspace again from the database, on step 1, where the workshop's answers are."""
        self.window.open_plan(plan_id)
        if self.window.plan_page is not None and self.window.plan_page.plan is not None:
            self.window.plan_page.go_to(Step.NEEDS)

    def open_kit(self) -> None:
        from verktoykasse.ui.workshop_kit import WorkshopKit

        plan_id = self._plan_id()
        if plan_id is None:
            return
        self.window.plan_page.flush()
        kit = WorkshopKit(self.window.database, plan_id, self.window)
        start = kit.exec() == WorkshopKit.DialogCode.Accepted and kit.meeting_wanted
        kit.deleteLater()
        self._reopen(plan_id)
        if start:
            self.start_meeting()

    def start_meeting(self) -> MeetingMode | None:
        from verktoykasse.ui.meeting_mode import MeetingMode

        plan_id = self._plan_id()
        if plan_id is None or self.meeting is not None:
            return None
        self.window.plan_page.flush()
        self.meeting = MeetingMode(self.window.database, plan_id)
        self.meeting.closed.connect(lambda: self._meeting_closed(plan_id))
        self.meeting.showFullScreen()
        self.meeting.activateWindow()
        return self.meeting

    def _meeting_closed(self, plan_id: int) -> None:
        meeting, self.meeting = self.meeting, None
        if meeting is not None:
            meeting.deleteLater()
        self._reopen(plan_id)
