""" "Now": what is due in each plan, done from one place — the first thing the owner sees.

Per followed plan (``domain.followup``): milestones due within 30 days or overdue, with a box to tick
them done; KPI measurements that are due, with a field to type the value right there (read in the user's
locale and checked as on step 5); measures past their deadline, with a box to mark them done; the next
board report. Every line has a button that opens the exact place in the wizard. A plan with nothing due
says so in one line.

A ticked or typed line stays where it is (saying it was saved) until the view is next refreshed, so the
keyboard focus never jumps away under the user. Each change is its own short session and commit, like
the home view's rename and delete.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from verktoykasse.domain.formatting import format_date
from verktoykasse.domain.lines import shortened
from verktoykasse.ui.tooltips import literal

if TYPE_CHECKING:
    from verktoykasse.domain.followup import DueItem, PlanAgenda
    from verktoykasse.storage.db import Database

log = logging.getLogger("verktoykasse.ui")

# The most urgent lines of a plan (overdue first, by date); "Show all" shows the rest. An owner back after
# months should see where to start, not a wall of forty lines (and "Now" stays quick for many plans).
LINES_PER_PLAN = 6
OVERDUE_COLOUR = "#a4262c"  # the red of the program's messages


class NowPanel(QScrollArea):
    """The "Now" list of the home view; ``open_place`` asks the window to open a plan at one row."""

    open_place = Signal(int, str, str, int)  # plan id, step, row kind, row id
    changed = Signal(int)  # a plan's data was changed from here (its id)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nowPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.clock: Callable[[], dt.date] = dt.date.today
        self.database: Database | None = None
        self.agendas: list[PlanAgenda] = []
        body = QWidget()
        body.setObjectName("nowBody")
        self.rows = QVBoxLayout(body)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.notice = QLabel()
        self.notice.setObjectName("dueNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "#dueNotice { background: #eef4fb; border: 1px solid #8fb3de; padding: 6px; }"
        )
        self.notice.hide()
        self.rows.addWidget(self.notice)
        self._block: QWidget | None = None  # the lines, built anew by each refresh
        self._lines = QVBoxLayout()
        self._indent = 0
        self._count = 0
        self._expanded: set[int] = set()  # plans whose every line the user asked to see
        self.rows.addStretch(1)
        self.setWidget(body)

    # -- data -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read what is due in every followed plan and show it again."""
        if self.database is None:
            return
        from verktoykasse.storage.followup import due_now

        with self.database.session() as session:
            self.agendas = due_now(session, self.clock())
        self._rebuild()

    @property
    def due_count(self) -> int:
        return sum(agenda.count for agenda in self.agendas)

    def show_notice(self, count: int) -> None:
        """The day's first start: a quiet line above the list saying how much is due (nothing pops up)."""
        if count <= 0:
            self.notice.hide()
            self._fit_height()
            return
        self.notice.setText(
            self.tr("Today %n thing(s) in your plans need you: they are listed below.", "", count)
        )
        self.notice.setAccessibleName(self.notice.text())
        self.notice.show()
        self._fit_height()

    # -- building the lines ---------------------------------------------------------------------------
    def _rebuild(self) -> None:
        """Build every line in a new, not yet shown block and put it in place of the old one in one step:
        adding lines one by one to a shown layout lays it out again each time (≈1 ms a line)."""
        if self._block is not None:
            self.rows.removeWidget(self._block)
            self._block.hide()
            self._block.deleteLater()
        self._block = QWidget()
        self._block.setObjectName("nowLines")
        self._lines = QVBoxLayout(self._block)
        self._lines.setContentsMargins(0, 0, 0, 0)
        self._indent = self.fontMetrics().averageCharWidth() * 2
        self._count = 0
        today = self.clock()
        if not self.agendas:
            empty = self.tr("Nothing to follow up yet: create a plan with goals and measures.")
            self._add(self._label(empty, "nowEmpty"))
        # Plans that need the owner first; those with nothing due follow, each in one line.
        for agenda in sorted(self.agendas, key=lambda a: not a.items):
            self._add_plan(agenda, today)
        self.rows.insertWidget(1, self._block)  # below the notice
        self._block.show()
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its lines where they are few ("Nothing to follow up yet"), so that the plans below
        get the room; a long list keeps its share of the view and scrolls."""
        body = self.widget()
        width = self.viewport().width()
        wanted = body.heightForWidth(width) if body.hasHeightForWidth() else -1
        if wanted < 0:
            wanted = body.sizeHint().height()
        self.setMaximumHeight(wanted + 2 * self.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # its lines wrap anew: as tall as they now are
            self._fit_height()

    def _add(self, widget: QWidget) -> None:
        self._lines.addWidget(widget)
        self._count += 1

    def _label(self, text: str, name: str = "") -> QLabel:
        from verktoykasse.ui.elided import WrappedLabel

        # Wraps; a plan's name of one long word ends in "…" at the edge (whole in the tooltip and read
        # aloud), never scrolled to.
        label = WrappedLabel(text)
        if name:
            label.setObjectName(name)
        return label

    def _add_plan(self, agenda: PlanAgenda, today: dt.date) -> None:
        """The plan's name, then its lines in a grid: what to do on the left, "Open in the plan" right."""
        from PySide6.QtCore import Qt  # not at module level: the Qt namespace costs ≈20 ms at start-up

        from verktoykasse.domain.followup import describe_quiet

        heading = self._label(agenda.plan_name, "nowPlanHeading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        if self._count:  # a little air between plans
            heading.setContentsMargins(0, heading.fontMetrics().height() // 2, 0, 0)
        self._add(heading)
        block = QWidget()
        block.setObjectName("nowPlanLines")
        grid = QGridLayout(block)
        grid.setContentsMargins(self._indent, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        if agenda.ended_on is not None:
            ended = self._label(describe_quiet(agenda), "nowEnded")
            self._put(grid, 0, agenda, None, ended, "evaluation", "plan", agenda.plan_id)
        elif not agenda.items:
            grid.addWidget(self._label(describe_quiet(agenda), "nowNothingDue"), 0, 0, 1, 2)
        shown = agenda.items if agenda.plan_id in self._expanded else agenda.items[:LINES_PER_PLAN]
        for row, item in enumerate(shown):
            main = self._item_widget(item, today)
            self._put(grid, row, agenda, item, main, item.step, item.row_kind, item.row_id or agenda.plan_id)
        if len(shown) < len(agenda.items):
            grid.addWidget(self._more_button(agenda), len(shown), 0, Qt.AlignmentFlag.AlignLeft)
        self._add(block)

    def _more_button(self, agenda: PlanAgenda) -> QPushButton:
        """The most urgent lines first; the rest of a long list one keypress away."""
        more = QPushButton(self.tr("Show all %n line(s) of this plan", "", agenda.count))
        more.setObjectName("nowShowAll")
        more.setAccessibleName(
            self.tr("Show all %n line(s) of “{plan}”", "", agenda.count).format(plan=agenda.plan_name)
        )

        def expand() -> None:
            self._expanded.add(agenda.plan_id)
            self._rebuild()

        more.clicked.connect(expand)
        return more

    def _item_widget(self, item: DueItem, today: dt.date) -> QWidget:
        from verktoykasse.domain.followup import DueKind, describe_item

        text = describe_item(item, today)
        # A tick box's text does not wrap: its titles are shortened (the tooltip, read aloud too, has them
        # whole), or two long titles made the line thousands of pixels wide.
        short = describe_item(
            replace(item, title=shortened(item.title, 30), context=shortened(item.context, 30)), today
        )
        if item.kind in (DueKind.MILESTONE, DueKind.LATE_MEASURE):
            box = QCheckBox(short)
            box.setToolTip(literal(text) if short != text else "")
            box.setObjectName("nowMilestoneDone" if item.kind == DueKind.MILESTONE else "nowMeasureDone")
            box.setAccessibleName(text)
            box.setAccessibleDescription(
                self.tr("Tick when the milestone is reached.")
                if item.kind == DueKind.MILESTONE
                else self.tr("Tick when the measure is done.")
            )
            box.toggled.connect(lambda checked, i=item, b=box: self._tick(i, b, checked))
            if item.overdue(today):
                palette = box.palette()  # the text says "overdue" too: the colour is not the only sign
                palette.setColor(QPalette.ColorRole.WindowText, QColor(OVERDUE_COLOUR))
                box.setPalette(palette)
            return box
        if item.kind == DueKind.MEASUREMENT:
            return self._value_field(item, text)
        if item.kind == DueKind.OCCURRENCE:
            return self._occurrence_field(item, text, today, short)
        return self._label(text, "nowBoardReport")

    def _put(
        self,
        grid: QGridLayout,
        row: int,
        agenda: PlanAgenda,
        item: DueItem | None,
        main: QWidget,
        step: str,
        kind: str,
        row_id: int,
    ) -> None:
        from PySide6.QtCore import Qt

        from verktoykasse.domain.followup import DueKind

        if self.database is not None and self.database.read_only:  # looked at, never ticked or typed in
            from verktoykasse.ui.plan_workspace import make_read_only

            make_read_only(main)
            if isinstance(main, QCheckBox):
                main.setEnabled(False)
        grid.addWidget(main, row, 0)
        button = QPushButton(self.tr("Open in the plan"))
        button.setObjectName("nowOpen")
        what = item.title if item is not None and item.title else agenda.plan_name
        button.setAccessibleName(self.tr("Open “{what}” in the plan").format(what=what))
        if item is not None and item.kind in (DueKind.ARP_FIGURES, DueKind.ARP_SURVEY):
            # The title of an equality item is only its year: say what opens (the ARP window's figures).
            button.setText(self.tr("Open the figures"))
            button.setAccessibleName(
                self.tr("Open the equality figures for {year}").format(year=item.title)
                if item.kind == DueKind.ARP_FIGURES
                else self.tr("Open the equality survey for {year}: pay and involuntary part-time").format(
                    year=item.title
                )
            )
        button.clicked.connect(lambda: self.open_place.emit(agenda.plan_id, step, kind, row_id))
        grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)

    def _value_field(self, item: DueItem, text: str) -> QWidget:
        from verktoykasse.ui.wizard.fields import FieldMessage

        box = QWidget()
        box.setObjectName("nowMeasurement")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._label(text))
        row = QHBoxLayout()
        edit = QLineEdit()
        edit.setObjectName("nowValue")
        edit.setAccessibleName(
            self.tr("Value of “{kpi}” today").format(kpi=item.title or self.tr("(untitled)"))
        )
        edit.setMaximumWidth(edit.fontMetrics().averageCharWidth() * 16)
        unit = self._label(item.unit)
        save = QPushButton(self.tr("Save value"))
        save.setObjectName("nowSaveValue")
        save.setAccessibleName(
            self.tr("Save the value of “{kpi}”").format(kpi=item.title or self.tr("(untitled)"))
        )
        message = FieldMessage("nowValueMessage", describes=edit)
        row.addWidget(edit)
        row.addWidget(unit)
        row.addWidget(save)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(message)

        def store() -> None:
            self._measure(item, edit, save, message)

        edit.returnPressed.connect(store)
        save.clicked.connect(store)
        return box

    def _occurrence_field(self, item: DueItem, text: str, today: dt.date, short: str) -> QWidget:
        """A recurring measure's occurrence: tick it as held, with a note on how it went."""
        box = QWidget()
        box.setObjectName("nowOccurrence")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        held = QCheckBox(short)
        held.setToolTip(literal(text) if short != text else "")
        held.setObjectName("nowOccurrenceHeld")
        held.setAccessibleName(text)
        held.setAccessibleDescription(self.tr("Tick when it was held; the note is saved with it."))
        if item.overdue(today):
            palette = held.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(OVERDUE_COLOUR))
            held.setPalette(palette)
        note = QLineEdit()
        note.setObjectName("nowOccurrenceNote")
        note.setPlaceholderText(self.tr("Note: how did it go? (optional)"))
        note.setAccessibleName(
            self.tr("Note on “{title}” of {date}").format(
                title=item.title or self.tr("(untitled)"), date=format_date(item.due)
            )
        )
        layout.addWidget(held)
        row = QHBoxLayout()
        row.setContentsMargins(held.fontMetrics().averageCharWidth() * 4, 0, 0, 0)
        row.addWidget(note)
        layout.addLayout(row)
        held.toggled.connect(lambda checked: self._held(item, held, note, checked))
        return box

    def _held(self, item: DueItem, box: QCheckBox, note: QLineEdit, checked: bool) -> None:
        """Record (or take back) that the occurrence was held, with the note typed beside it."""
        from verktoykasse.storage.followup import forget_held, record_held

        if self.database is None or item.row_id is None:
            return
        try:
            with self.database.session() as session:
                if checked:
                    record_held(session, item.row_id, item.due, self.clock(), note.text().strip())
                else:
                    forget_held(session, item.row_id, item.due)
        except Exception:
            log.exception("a held occurrence could not be saved")
            self._failed(box)
            return
        note.setReadOnly(checked)  # saved with the tick; take the tick back to change it
        self.changed.emit(item.plan_id)

    # -- changing -------------------------------------------------------------------------------------
    def _tick(self, item: DueItem, box: QCheckBox, checked: bool) -> None:
        """Mark the milestone (or the late measure) done, or not done again when the tick is taken back."""
        from verktoykasse.domain.followup import DueKind
        from verktoykasse.domain.vocabulary import MeasureStatus
        from verktoykasse.storage.editing import set_value
        from verktoykasse.storage.models import Measure, Milestone

        if self.database is None or item.row_id is None:
            return
        try:
            with self.database.session() as session:
                if item.kind == DueKind.MILESTONE:
                    milestone = session.get(Milestone, item.row_id)
                    if milestone is not None:
                        set_value(session, milestone, "done", checked)
                else:
                    measure = session.get(Measure, item.row_id)
                    if measure is not None:
                        status = MeasureStatus.DONE if checked else MeasureStatus.IN_PROGRESS
                        set_value(session, measure, "status", str(status))
        except Exception:
            log.exception("a tick in Now could not be saved")
            self._failed(box)
            return
        self.changed.emit(item.plan_id)

    def _measure(self, item: DueItem, edit: QLineEdit, save: QPushButton, message) -> None:
        """Record the typed value as today's measurement of the KPI, read as on step 5 (the KPI's unit, shown
        beside the field, may be typed with the value: "3 personer", "12 %")."""
        from verktoykasse.domain.formatting import format_number
        from verktoykasse.domain.validation import InvalidNumber, read_number, units_like
        from verktoykasse.storage.editing import add_measurement
        from verktoykasse.storage.models import Kpi

        try:
            value = read_number(edit.text(), units_like(item.unit))
        except InvalidNumber as exc:
            message.show_message(exc.message)
            return
        if value is None:
            message.show_message(self.tr("Type the value first."))
            return
        if self.database is None or item.row_id is None:
            return
        try:
            with self.database.session() as session:
                kpi = session.get(Kpi, item.row_id)
                if kpi is None:
                    message.show_message(self.tr("This KPI no longer exists."))
                    return
                add_measurement(session, kpi, self.clock(), value)
        except Exception:
            log.exception("a measurement typed in Now could not be saved")
            message.show_message(self.tr("Could not save the value; it is still in the field. Try again."))
            return
        message.show_message(None)
        edit.setReadOnly(True)
        save.setEnabled(False)
        saved = self.tr("Saved: {value} {unit}").format(value=format_number(value), unit=item.unit).strip()
        save.setText(saved)
        save.setAccessibleName(saved)
        edit.setAccessibleDescription(saved)
        self.changed.emit(item.plan_id)

    def _failed(self, box: QCheckBox) -> None:
        from verktoykasse.ui.dialogs import show_error

        blocked = box.blockSignals(True)
        box.setChecked(not box.isChecked())
        box.blockSignals(blocked)
        show_error(self, self.tr("Could not save the tick. Is the disk full? Please try again."))
