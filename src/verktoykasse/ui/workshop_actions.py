"""File ▸ Workshop kit… and File ▸ Meeting mode: step 1's workshop for the open plan.

Both work on their own session through the wizard's ``Saver``; the plan's workspace saves what it holds
first and is built again afterwards, so the steps show what the kit or the meeting wrote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from verktoykasse.domain.vocabulary import Step

if TYPE_CHECKING:
    from verktoykasse.context import AppContext
    from verktoykasse.ui.meeting_mode import MeetingMode
    from verktoykasse.ui.shell import Shell


class WorkshopActions(QObject):
    """The two menu actions; enabled while a plan is open in the window."""

    def __init__(self, context: AppContext, shell: Shell, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("workshopActions")
        self.context = context
        self.shell = shell
        self.parent_widget = parent  # for the kit's dialog and the actions
        self.meeting: MeetingMode | None = None
        self.kit_action = QAction(self.tr("&Workshop kit…"), parent)
        self.kit_action.setObjectName("workshopKitAction")
        self.kit_action.setStatusTip(self.tr("Invitation, worksheets and meeting mode for step 1's workshop"))
        self.kit_action.triggered.connect(self.open_kit)
        self.meeting_action = QAction(self.tr("&Meeting mode"), parent)
        self.meeting_action.setObjectName("meetingModeAction")
        self.meeting_action.setShortcuts([QKeySequence("F11")])
        self.meeting_action.setStatusTip(self.tr("The workshop full screen on a TV or projector"))
        self.meeting_action.triggered.connect(self.start_meeting)
        shell.current_plan_changed.connect(self.update_enabled)
        self.update_enabled()

    def update_enabled(self) -> None:
        enabled = self.shell.open_plan_id() is not None
        self.kit_action.setEnabled(enabled)
        self.meeting_action.setEnabled(enabled)

    def _reopen(self, plan_id: int) -> None:
        """Build the workspace again from the database, on step 1, where the workshop's answers are."""
        self.shell.open_plan(plan_id, Step.NEEDS)

    def open_kit(self) -> None:
        from verktoykasse.catalogue import catalogue_in_use
        from verktoykasse.ui.workshop_kit import WorkshopKit

        plan_id = self.shell.open_plan_id()
        database = self.context.open_database
        if plan_id is None or database is None:
            return
        self.shell.save_typing()
        kit = WorkshopKit(database, plan_id, catalogue_in_use(self.context.paths.root), self.parent_widget)
        kit.saver.damaged.connect(lambda problem: (self.shell.data_damaged(problem), kit.reject()))
        start = kit.exec() == WorkshopKit.DialogCode.Accepted and kit.meeting_wanted
        kit.deleteLater()
        self._reopen(plan_id)
        if start:
            self.start_meeting()

    def start_meeting(self) -> MeetingMode | None:
        from verktoykasse.ui.meeting_mode import MeetingMode

        plan_id = self.shell.open_plan_id()
        database = self.context.open_database
        if plan_id is None or database is None or self.meeting is not None:
            return None
        self.shell.save_typing()
        self.meeting = MeetingMode(database, plan_id)
        self.meeting.closed.connect(lambda: self._meeting_closed(plan_id))
        self.meeting.saver.damaged.connect(self._meeting_damaged)
        self.meeting.showFullScreen()
        self.meeting.activateWindow()
        return self.meeting

    def _meeting_damaged(self, problem: str) -> None:
        """Saving an answer found the file damaged: nothing more is written; the meeting ends so the
        window can offer the ways out."""
        self.shell.data_damaged(problem)
        if self.meeting is not None:
            self.meeting.close()

    def _meeting_closed(self, plan_id: int) -> None:
        meeting, self.meeting = self.meeting, None
        if meeting is not None:
            meeting.deleteLater()
        self._reopen(plan_id)
