"""File ▸ Ready for the board?… and File ▸ Export calendar (.ics)… for the open plan.

"Ready for the board?" lists what the board will miss (``domain.readiness``); each line opens its field
in the wizard. It also runs before *Export PDF…*, where it offers to export anyway: it never blocks.
The calendar export writes the plan's dates as an .ics file (``reports.calendar``).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from verktoykasse.ui.dialogs import show_error

if TYPE_CHECKING:
    from verktoykasse.domain.validation import PlanWarning

log = logging.getLogger("verktoykasse.ui")

PLACE_ROLE = 256  # Qt.ItemDataRole.UserRole


class ReadinessDialog(QDialog):
    """The list of what the board will miss; Enter on a line opens its field (``chosen``)."""

    def __init__(self, plan_name: str, gaps: list[PlanWarning], before_export: bool, parent: QWidget) -> None:
        from verktoykasse.domain.labels import step_title

        super().__init__(parent)
        self.setObjectName("readinessDialog")
        title = self.tr("Ready for the board?")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.chosen: PlanWarning | None = None
        self.export_anyway = False
        layout = QVBoxLayout(self)
        if gaps:
            text = self.tr(
                "The board will miss %n thing(s) in “{plan}”. Press Enter on a line to go to its field.",
                "",
                len(gaps),
            ).format(plan=plan_name)
        else:
            text = self.tr("“{plan}” has everything the board needs.").format(plan=plan_name)
        from verktoykasse.ui.elided import WrappedLabel, WrappedList

        # A plan name or a title of one long word never widens the dialog past the screen, nor is it cut
        # at the edge: it ends in "…", whole in the tooltip and read aloud.
        intro = WrappedLabel(text, tooltip_always=True)
        intro.setObjectName("readinessIntro")
        layout.addWidget(intro)
        self.list = WrappedList()
        self.list.setObjectName("readinessList")
        self.list.setAccessibleName(self.tr("What the board will miss"))
        for number, gap in enumerate(gaps):
            item = self.list.add_line(f"{step_title(gap.step)} – {gap.where}: {gap.message}")
            item.setData(PLACE_ROLE, number)
        self.list.setVisible(bool(gaps))
        self.list.itemActivated.connect(lambda item: self._choose(gaps[int(item.data(PLACE_ROLE))]))
        if gaps:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox()
        if before_export:
            export = QPushButton(self.tr("&Export PDF anyway") if gaps else self.tr("&Export PDF"))
            export.setObjectName("exportAnywayButton")
            export.setAccessibleName(export.text().replace("&", ""))
            export.clicked.connect(self._export)
            buttons.addButton(export, QDialogButtonBox.ButtonRole.AcceptRole)
            export.setDefault(not gaps)
        if gaps:
            go = QPushButton(self.tr("&Go to the field"))
            go.setObjectName("goToFieldButton")
            go.setAccessibleName(self.tr("Go to the field"))
            go.clicked.connect(lambda: self._choose_current(gaps))
            buttons.addButton(go, QDialogButtonBox.ButtonRole.ActionRole)
        close = QPushButton(self.tr("&Close"))
        close.setObjectName("readinessCloseButton")
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        (self.list if gaps else close).setFocus()
        from verktoykasse.ui.fitting import bounded_size, enter_stays_in_fields

        enter_stays_in_fields(self)  # Enter on a line goes to its field, and presses no button as well

        metrics = self.fontMetrics()  # within a small screen, with a large font too
        self.resize(
            bounded_size(self, metrics.averageCharWidth() * 90, metrics.height() * (14 if gaps else 6))
        )

    def _choose(self, gap: PlanWarning) -> None:
        self.chosen = gap
        self.accept()

    def _choose_current(self, gaps: list[PlanWarning]) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._choose(gaps[int(item.data(PLACE_ROLE))])

    def _export(self) -> None:
        self.export_anyway = True
        self.accept()


class FollowUpActions(QObject):
    """The two menu actions; enabled while a plan is open in the window."""

    def __init__(self, window: Any, today: Callable[[], dt.date] = dt.date.today) -> None:
        """``window`` is the main window (its open plan page, database and ``open_plan_at``)."""
        super().__init__(window)
        self.setObjectName("followUpActions")
        self.window = window
        self.today = today
        self.last_folder: Path | None = None
        self.readiness_action = QAction(self.tr("Rea&dy for the board?…"), window)
        self.readiness_action.setObjectName("readinessAction")
        self.readiness_action.setStatusTip(self.tr("See what the board will miss in the action plan"))
        self.readiness_action.triggered.connect(lambda: self.check_ready(before_export=False))
        self.calendar_action = QAction(self.tr("Export ca&lendar (.ics)…"), window)
        self.calendar_action.setObjectName("exportCalendarAction")
        self.calendar_action.setStatusTip(
            self.tr("Save milestones, deadlines, measurements and board reports for Outlook, Google or Apple")
        )
        self.calendar_action.triggered.connect(self.export_calendar)
        window.pages.currentChanged.connect(self.update_enabled)
        self.update_enabled()

    def _plan_id(self) -> int | None:
        return self.window.open_plan_id()  # the window's one answer to "which plan is open"

    def update_enabled(self) -> None:
        enabled = self._plan_id() is not None
        self.readiness_action.setEnabled(enabled)
        self.calendar_action.setEnabled(enabled)

    # -- ready for the board? ------------------------------------------------------------------------
    def check_ready(self, before_export: bool) -> bool:
        """Show what the board will miss; True when the export should go on (always, unless the user
        chose to go to a field or closed the list). Before an export, a plan that lacks nothing goes on
        without a dialog."""
        from verktoykasse.domain.readiness import board_gaps
        from verktoykasse.storage.editing import load_plan

        plan_id = self._plan_id()
        if plan_id is None or self.window.database is None:
            return before_export
        self.window.save_typing()
        with self.window.database.session() as session:
            plan = load_plan(session, plan_id)
            if plan is None:
                return before_export
            gaps, name = board_gaps(plan, self.today()), plan.name
        if before_export and not gaps:
            return True
        dialog = ReadinessDialog(name, gaps, before_export, self.window)
        dialog.exec()
        if dialog.chosen is not None:
            gap = dialog.chosen
            self.window.open_plan_at(plan_id, str(gap.step), gap.row_kind, gap.row_id or plan_id, gap.field)
            return False
        return dialog.export_anyway

    # -- calendar -------------------------------------------------------------------------------------
    def export_calendar(self) -> None:
        from verktoykasse.reports.calendar import write_calendar
        from verktoykasse.reports.document import suggested_file_name
        from verktoykasse.storage.followup import load_plan_to_follow

        plan_id = self._plan_id()
        if plan_id is None or self.window.database is None:
            return
        self.window.save_typing()
        with self.window.database.session() as session:
            plan = load_plan_to_follow(session, plan_id)
            if plan is None:
                return
            suggested = Path(suggested_file_name(plan.name)).with_suffix(".ics").name
            folder = self.last_folder or Path(
                QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                or Path.home()
            )
            chosen, _filter = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export the plan's dates as a calendar"),
                str(folder / suggested),
                self.tr("Calendar files (*.ics)"),
            )
            if not chosen:
                return
            path = Path(chosen)
            if path.suffix.lower() != ".ics":
                path = path.with_name(path.name + ".ics")
            try:
                write_calendar(plan, path, self.today())
            except OSError as exc:
                from verktoykasse.files import describe_write_error

                log.exception("the calendar could not be written")
                show_error(self.window, describe_write_error(exc, path))
                return
        self.last_folder = path.parent
        self.window.statusBar().showMessage(
            self.tr(
                "Calendar saved to {path}. Import it in Outlook, Google Calendar or Apple Calendar."
            ).format(path=path),
            10000,
        )
