"""File → Equality duty (ARP)…: the activity and reporting duty of the open plan, in one window.

Tabs: **The duty** (which duty applies and why, with the legal reference; the four steps mapped onto the
wizard; who is responsible, the principles, the threshold for small numbers), and — only where the ARP
parts apply (``domain.arp.shows_arp``) — **Risk map** (discrimination grounds × HR areas, each cell not
assessed / no risk found / risk with its causes and gap area), **Representatives** (the log of the
employees' representatives' involvement: a table Date | Who | Step | What was discussed) and **Figures**
(a table of years; per year, typed in, with messages beside the fields, its pay by job level as a table
whose figures are hidden as published, and the tables as they will be published: small numbers hidden by
``domain.arp_privacy``). The lists are the wizard's tables (``ListEditor`` over ``row_table``): sortable,
Insert / Delete on the keyboard, and a removal undone with Undo or Ctrl+Z (``RemovalUndo``).

Like the workshop kit, it works on its own session through the wizard's ``Saver`` and fields, so every
edit is committed as typed; the plan's workspace is built again when it closes.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from verktoykasse.domain.arp import (
    FOUR_STEPS,
    GROUNDS,
    HR_AREAS,
    INVOLVEMENT_STEPS,
    RISK_STATES,
    Ground,
    HrArea,
    RiskState,
    arp_text,
    describe_cell,
    label,
    plan_duty,
    risk_cells,
    shows_arp,
)
from verktoykasse.domain.formatting import format_date
from verktoykasse.storage.editing import add_row
from verktoykasse.ui.elided import ElidedComboBox
from verktoykasse.ui.tooltips import literal
from verktoykasse.ui.wizard.fields import FieldMessage, Form, TextBox, release_text_boxes
from verktoykasse.ui.wizard.list_editor import ListEditor
from verktoykasse.ui.wizard.pages.base import detail_form
from verktoykasse.ui.wizard.row_table import Column, first_line
from verktoykasse.ui.wizard.saver import Saver

if TYPE_CHECKING:
    from verktoykasse.storage.db import Database
    from verktoykasse.storage.models import ArpRisk, ArpYear, Plan

log = logging.getLogger("verktoykasse.ui.arp")

TABS = ("duty", "risks", "representatives", "figures")
PAY_COLUMNS = ("level", "women", "men", "women_pay", "men_pay", "ratio")  # as the report's pay table


def _scrolled(widget: QWidget) -> QScrollArea:
    """A tab's content in a scroll area: it works at large system fonts and on small screens."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the tabs to the first field, not a blank stop
    area.setWidget(widget)
    return area


def duty_text(plan: Plan) -> str:
    """The duty in plain words with why and the legal reference, as the profile and this window show it."""
    decision = plan_duty(plan)
    return "\n".join((decision.summary(), decision.reason(), decision.reference(), decision.caveat()))


class RiskMap(QWidget):
    """The grid of grounds × HR areas; the chosen cell's assessment, causes and gap area below it."""

    changed = Signal()

    def __init__(self, saver: Saver, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("arpRiskMap")
        self.saver, self.plan = saver, plan
        self.grounds, self.areas = list(Ground), list(HrArea)
        self.table = QTableWidget(len(self.grounds), len(self.areas))
        self.table.setObjectName("arpRiskTable")
        self.table.setAccessibleName(self.tr("Risk map"))
        self.table.setAccessibleDescription(
            self.tr("Discrimination grounds down, HR areas across. Choose a cell to assess it below.")
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        from verktoykasse.ui.elided import WrappingHeader

        self.table.setHorizontalHeader(WrappingHeader(self.table))  # "Lønns- og / arbeidsvilkår", not cut
        self.table.setVerticalHeaderLabels([label(GROUNDS, g) for g in self.grounds])
        self.table.setHorizontalHeaderLabels([label(HR_AREAS, a) for a in self.areas])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.setWordWrap(True)
        # A gap area's long name wraps onto as many lines as it needs, at every width of the window: the
        # rows follow the columns, and a column never gets narrower than a long word.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # A heading wraps between words; a column is as wide as its heading's longest word ("Forfremmelse",
        # "Tilrettelegging") up to 18 characters: a longer word ends in "…" (whole in the tooltip and in
        # the chosen cell's title below), so the grid need not scroll far sideways on a small screen.
        header = self.table.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)  # the current column's heading
        longest_word = max(
            QFontMetrics(bold).horizontalAdvance(word)
            for area in self.areas
            for word in label(HR_AREAS, area).split()
        )
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        char = self.fontMetrics().averageCharWidth()
        header.setMinimumSectionSize(max(char * 14, min(longest_word + 3 * margin, char * 18)))
        self.table.currentCellChanged.connect(lambda row, column, *_: self._show_cell(row, column))
        self.summary = QLabel()
        self.summary.setObjectName("arpRiskSummary")
        self.summary.setWordWrap(True)
        self.cell_title = QLabel()
        self.cell_title.setObjectName("arpRiskCellTitle")
        font = self.cell_title.font()
        font.setBold(True)
        self.cell_title.setFont(font)
        self.state = QComboBox()
        self.state.setObjectName("arpRiskState")
        for state in RiskState:
            self.state.addItem(label(RISK_STATES, state), str(state))
        self.gap = ElidedComboBox()
        self.gap.setObjectName("arpRiskGap")
        # A gap area's long name shows as much as fits, ending in "…"; the window does not grow to it.
        self.gap.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.gap.setMinimumContentsLength(20)
        self.detail = QWidget()
        self.detail_form = QFormLayout(self.detail)
        state_label = QLabel(self.tr("&Assessment:"))
        state_label.setBuddy(self.state)
        self.state.setAccessibleName(self.tr("Assessment"))
        gap_label = QLabel(self.tr("&Gap area where the plan works on it:"))
        gap_label.setWordWrap(True)
        gap_label.setBuddy(self.gap)
        self.gap.setAccessibleName(self.tr("Gap area where the plan works on it"))
        self.detail_form.addRow(state_label, self.state)
        self.detail_form.addRow(gap_label, self.gap)
        self.cause_box: TextBox | None = None
        self.cause_holder = QVBoxLayout()
        self.detail_form.addRow(self.cause_holder)
        self.state.currentIndexChanged.connect(self._state_chosen)
        self.gap.currentIndexChanged.connect(self._gap_chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.cell_title)
        layout.addWidget(self.detail)
        self._loading = False
        self.refresh()
        self.table.setCurrentCell(0, 0)

    def cell(self, row: int, column: int) -> ArpRisk | None:
        return risk_cells(self.plan).get((self.grounds[row], self.areas[column]))

    def refresh(self) -> None:
        """Show every cell's state again (words, not only colour)."""
        from verktoykasse.domain.arp import risk_counts

        cells = risk_cells(self.plan)
        for r, ground in enumerate(self.grounds):
            for c, area in enumerate(self.areas):
                risk = cells.get((ground, area))
                text = describe_cell(risk)
                item = self.table.item(r, c) or QTableWidgetItem()
                item.setText(text)
                item.setToolTip(literal(text))
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    f"{label(GROUNDS, ground)}, {label(HR_AREAS, area)}: {text}",
                )
                if self.table.item(r, c) is None:
                    self.table.setItem(r, c, item)
        counts = risk_counts(self.plan)
        self.summary.setText(
            self.tr("{risk} risks, {none} cells without risk, {open} not assessed yet.").format(
                risk=counts[RiskState.RISK],
                none=counts[RiskState.NO_RISK],
                open=counts[RiskState.NOT_ASSESSED],
            )
        )

    def _show_cell(self, row: int, column: int) -> None:
        if row < 0 or column < 0:
            return
        self._loading = True
        ground, area = self.grounds[row], self.areas[column]
        self.cell_title.setText(f"{label(GROUNDS, ground)} × {label(HR_AREAS, area)}")
        risk = self.cell(row, column)
        self.state.setCurrentIndex(max(0, self.state.findData(risk.state if risk is not None else "")))
        self.gap.clear()
        self.gap.addItem(self.tr("(no gap area)"), None)
        for gap in self.plan.gaps:
            self.gap.addItem(" ".join(gap.title.split()) or self.tr("(untitled)"), gap.id)
        self.gap.setCurrentIndex(max(0, self.gap.findData(risk.gap_id if risk is not None else None)))
        self.gap.setEnabled(risk is not None and risk.state == RiskState.RISK)
        if self.cause_box is not None:
            release_text_boxes(self.detail)
            self.cause_holder.removeWidget(self.cause_box.holder())
            self.cause_box.holder().deleteLater()  # the box and its message with it
            self.cause_box = None
        if risk is not None:
            self.cause_box = TextBox(self.saver, risk, "cause")
            self.cause_box.setObjectName("arpRiskCause")
            self.cause_box.setAccessibleName(self.tr("Causes found"))
            self.cause_box.setPlaceholderText(
                self.tr("Step 2: why does this risk exist? What did you find when you looked into it?")
            )
            self.cause_box.textChanged.connect(self.changed)
            self.cause_holder.addWidget(self.cause_box.holder())
        self._loading = False

    def _current(self) -> tuple[int, int]:
        return self.table.currentRow(), self.table.currentColumn()

    def _state_chosen(self, _index: int) -> None:
        if self._loading:
            return
        row, column = self._current()
        if row < 0 or column < 0:
            return
        state = self.state.currentData()
        risk = self.cell(row, column)
        if risk is None:
            if not state:
                return
            ground, area = self.grounds[row], self.areas[column]
            if (
                self.saver.run(
                    lambda: add_row(
                        self.saver.session, self.plan, "arp_risks", ground=ground, area=area, state=state
                    )
                )
                is None
            ):
                return
        else:
            self.saver.set(risk, "state", state)
        self.refresh()
        self._show_cell(row, column)
        self.changed.emit()

    def _gap_chosen(self, _index: int) -> None:
        if self._loading:
            return
        risk = self.cell(*self._current())
        if risk is not None:
            self.saver.set(risk, "gap_id", self.gap.currentData())
            self.refresh()
            self.changed.emit()


class FiguresEditor(QWidget):
    """The years' figures: a table of years (Year | Status | Job levels), the chosen year's fields with
    messages beside them, its pay levels (a table whose figures are guarded as published), and the year as
    it will be published."""

    def __init__(self, saver: Saver, plan: Plan, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("arpFigures")
        self.saver, self.plan, self.today = saver, plan, today
        self.status = QLabel()
        self.status.setObjectName("arpFiguresStatus")
        self.status.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setObjectName("arpFiguresPreview")
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setWordWrap(True)
        self.preview.setMinimumWidth(1)  # a job level of one long word: cut at the edge, not scrolled to
        self.preview.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.preview.setAccessibleName(self.tr("The year as it will be published"))
        self.years = ListEditor(
            saver,
            "arpYears",
            self.tr("Years"),
            rows=lambda: plan.arp_years,
            describe=self._year_text,
            add=self._add_year,
            build_detail=self._year_detail,
            empty_text=self.tr("No year yet: add the year just ended and type its figures."),
            movable=False,
            sort_key=lambda row: (row.year is None, -(row.year or 0), row.id or 0),
            columns=[
                Column(self.tr("Year"), self._year_text, sort_key=lambda row: row.year),
                Column(
                    self.tr("Status"),
                    self._year_status,
                    badge=lambda row: "late" if self._year_has_problems(row) else "done",
                    stretch=True,
                ),
                Column(
                    self.tr("Job levels"),
                    lambda row: str(len(row.pay_levels)) if row.pay_levels else "",
                    sort_key=lambda row: len(row.pay_levels) or None,
                ),
            ],
        )
        self.years.current_changed.connect(lambda _row: self.update_preview())
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.years)
        heading = QLabel(self.tr("As it will be published (small numbers hidden)"))
        heading.setObjectName("arpFiguresPreviewHeading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(self.preview)
        self.update_status()
        self.update_preview()

    def _year_text(self, row: ArpYear) -> str:
        return str(row.year) if row.year is not None else self.tr("(year not typed)")

    def _year_has_problems(self, row: ArpYear) -> bool:
        from verktoykasse.domain.arp_figures import year_problems

        return bool(year_problems(row, self.plan.arp_years))

    def _year_status(self, row: ArpYear) -> str:
        return self.tr("check the figures") if self._year_has_problems(row) else self.tr("figures typed")

    def _pay_lines(self, year: ArpYear) -> tuple[list[list[str]], list[Any]]:
        """The year's pay table as the report draft prints it (the text of each level's line) and its
        guarded figures, computed once per state of what they depend on: a table asks for each cell many
        times while it paints and fits its columns."""
        from verktoykasse.domain.arp_figures import year_figures
        from verktoykasse.reports.arp_draft import figure_tables

        key = (
            year.id,
            self.plan.privacy_threshold,
            year.women,
            year.men,  # the levels' totals are hidden where the gender balance is
            tuple((lvl.level, lvl.women, lvl.men, lvl.women_pay, lvl.men_pay) for lvl in year.pay_levels),
        )
        cached = getattr(self, "_pay_cache", None)
        if cached is None or cached[0] != key:
            figures = year_figures(year, self.plan.privacy_threshold, self.plan.arp_years)
            lines = figure_tables(figures)[-1][1:] if figures.pay else []
            cached = self._pay_cache = (key, lines, list(figures.pay))
        return cached[1], cached[2]

    def _level_cells(self, year: ArpYear, level: Any) -> list[str]:
        """The job level's line of the pay table exactly as the report draft prints it: the counts, pays
        and share that ``domain.arp_privacy`` hides ("fewer than 5", "hidden") are hidden here too."""
        lines, _figures = self._pay_lines(year)
        if level not in year.pay_levels or not lines:
            return [""] * len(PAY_COLUMNS)
        return lines[year.pay_levels.index(level)]

    def _level_figure(self, year: ArpYear, level: Any, name: str) -> float | None:
        """What a pay column sorts by: the value only where it is shown, so the order of the rows never
        gives away a hidden figure (hidden and empty ones come last)."""
        _lines, figures = self._pay_lines(year)
        if level not in year.pay_levels or not figures:
            return None
        return getattr(figures[year.pay_levels.index(level)], name).public_value

    def _level_columns(self, year: ArpYear) -> list[Column]:
        from verktoykasse.reports.arp_draft import pay_headings

        # The draft's headings for the level and the counts; shorter ones for the pay, so that all six
        # columns can be read beside the year's form on a 1024-px screen.
        titles = [
            *pay_headings()[:3],
            self.tr("Women's pay"),
            self.tr("Men's pay"),
            self.tr("Women's % of men's"),
        ]
        columns = []
        for number, (name, title) in enumerate(zip(PAY_COLUMNS, titles, strict=True)):

            def text(level: Any, number: int = number) -> str:
                return self._level_cells(year, level)[number]

            def key(level: Any, name: str = name) -> Any:
                if name == "level":
                    return " ".join(level.level.split())
                return self._level_figure(year, level, name)

            columns.append(Column(title, text, sort_key=key, stretch=name == "level"))
        return columns

    def _add_year(self) -> ArpYear:
        taken = {row.year for row in self.plan.arp_years}
        year = self.today.year - 1
        while year in taken:
            year -= 1
        return add_row(self.saver.session, self.plan, "arp_years", year=year)

    @staticmethod
    def _warning(field: Any) -> FieldMessage:
        """A second message under a number field for figures that do not add up with the others: the
        field's own message says what cannot be read, this one what does not fit (the value is kept)."""
        warning = FieldMessage(field.edit.objectName() + "Warning", describes=field.edit)
        field.layout().addWidget(warning)
        return warning

    def _year_detail(self, row: ArpYear) -> QWidget:
        from verktoykasse.domain.plan_description import ARP_YEAR, label_of

        panel, form = detail_form(self.saver, row, "arpYear")
        self.warnings: dict[str, FieldMessage] = {}
        self.current_year = row
        labels = {f.name: label_of(f) for f in ARP_YEAR.fields}
        year = form.number("year", self.tr("&Year:"), whole=True, check=self._year_problem)
        year.edit.setText("" if row.year is None else str(row.year))  # 2026, not "2 026"
        self.warnings["year"] = self._warning(year)
        groups = (
            (
                self.tr("Every year"),
                (
                    "women",
                    "men",
                    "temporary_women",
                    "temporary_men",
                    "part_time_women",
                    "part_time_men",
                    "leave_women",
                    "leave_men",
                    "leave_weeks_women",
                    "leave_weeks_men",
                ),
            ),
            (self.tr("At least every second year"), ("involuntary_women", "involuntary_men")),
        )
        for title, names in groups:
            heading = QLabel(title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            form.layout.addRow(heading)
            for name in names:
                whole = not name.startswith("leave_weeks")
                check = self._not_negative if whole else self._weeks_not_negative
                field = form.number(name, labels[name] + ":", whole=whole, check=check)
                self.warnings[name] = self._warning(field)
        form.text("note", self.tr("No&te:"))
        levels = ListEditor(
            self.saver,
            "arpPayLevels",
            self.tr("Pay by job level (at least every second year)"),
            rows=lambda: row.pay_levels,
            describe=lambda level: " ".join(level.level.split()) or self.tr("(level without a name)"),
            add=lambda: add_row(self.saver.session, row, "pay_levels"),
            columns=self._level_columns(row),
            build_detail=self._level_detail,
            empty_text=self.tr(
                "No job levels yet: add one per level (for example operators, office, managers)."
            ),
            side_by_side=False,
        )
        levels.changed.connect(self.update_preview)
        self.levels = levels
        panel.layout().addWidget(levels)
        form.edited.connect(self._edited)
        self._show_problems()
        return panel

    def _level_detail(self, level: Any) -> QWidget:
        from verktoykasse.domain.arp_figures import level_problems

        panel, form = detail_form(self.saver, level, "arpPayLevel")
        form.line("level", self.tr("&Job level:"))
        fields = {
            "women": form.number("women", self.tr("&Women:"), whole=True, check=self._not_negative),
            "men": form.number("men", self.tr("M&en:"), whole=True, check=self._not_negative),
            "women_pay": form.number("women_pay", self.tr("Women's a&verage monthly pay (kr):")),
            "men_pay": form.number("men_pay", self.tr("Men's avera&ge monthly pay (kr):")),
        }
        warnings = {name: self._warning(field) for name, field in fields.items()}

        def show() -> None:
            problems = level_problems(level)
            for name, warning in warnings.items():
                warning.show_message(problems.get(name))
            self.update_preview()

        form.edited.connect(show)
        show()
        return panel

    def _not_negative(self, value: float) -> str | None:
        return self.tr("A number of persons cannot be negative.") if value < 0 else None

    def _weeks_not_negative(self, value: float) -> str | None:
        return self.tr("Weeks of leave cannot be negative.") if value < 0 else None

    def _year_problem(self, value: float) -> str | None:
        from verktoykasse.domain.arp_figures import FIRST_YEAR, LAST_YEAR

        if FIRST_YEAR <= value <= LAST_YEAR:
            return None
        return self.tr("A year between {first} and {last}, please.").format(first=FIRST_YEAR, last=LAST_YEAR)

    def _edited(self) -> None:
        self._show_problems()
        self.years.refresh_labels()
        self.update_status()
        self.update_preview()

    def _show_problems(self) -> None:
        from verktoykasse.domain.arp_figures import year_problems

        row = getattr(self, "current_year", None)
        if row is None:
            return
        problems = year_problems(row, self.plan.arp_years)
        for name, warning in self.warnings.items():
            warning.show_message(problems.get(name))

    def update_status(self) -> None:
        from verktoykasse.domain.arp_figures import figures_due, last_done

        done = last_done(self.plan.arp_years)
        due = figures_due(self.plan.arp_years, self.today)
        never = self.tr("never")
        parts = [
            self.tr(
                "Last typed: gender balance {yearly}, pay by job level {pay}, involuntary part-time {part}."
            ).format(
                yearly=done["yearly"] or never, pay=done["pay"] or never, part=done["involuntary"] or never
            )
        ]
        if due.yearly_missing:
            parts.append(self.tr("The figures for {year} are due.").format(year=due.report_year))
        if due.survey_due:
            parts.append(
                self.tr("The two-yearly survey (pay by job level and involuntary part-time) is due.")
            )
        else:
            parts.append(
                self.tr("The next two-yearly survey is for {year}.").format(year=due.next_survey_year)
            )
        self.status.setText(" ".join(parts))

    def update_preview(self) -> None:
        """The chosen year's tables exactly as the report draft prints them (``reports.arp_draft``)."""
        from html import escape

        from verktoykasse.domain.arp_figures import year_figures
        from verktoykasse.reports.arp_draft import figure_tables

        levels = getattr(self, "levels", None)  # a level's figures hide and show others' (the guard)
        if levels is not None and shiboken6.isValid(levels):
            levels.refresh_labels()
        years = getattr(self, "years", None)  # None while the list builds its first detail
        row = years.current() if years is not None else None
        if row is None:
            self.preview.setText("")
            return
        figures = year_figures(row, self.plan.privacy_threshold, self.plan.arp_years)
        html = []
        for table in figure_tables(figures):
            head = "".join(f"<th align='left'>{escape(cell)}</th>" for cell in table[0])
            body = "".join(
                "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row_cells) + "</tr>"
                for row_cells in table[1:]
            )
            html.append(
                f"<table cellspacing='0' cellpadding='3' border='1'><tr>{head}</tr>{body}</table><br/>"
            )
        self.preview.setText("".join(html))


def _save(parent: QWidget, title: str, suggested: str, file_filter: str, suffix: str, write) -> Path | None:
    """Ask where, write with ``write(path)`` (whole or not at all), say so, open a draft; ``None`` if not."""
    from PySide6.QtCore import QStandardPaths, QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    from verktoykasse.files import describe_write_error
    from verktoykasse.ui.dialogs import show_error

    folder = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
    )
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(folder / suggested), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    try:
        write(path)
    except OSError as error:
        log.warning("ARP export to %s failed: %s", path, error)
        show_error(parent, describe_write_error(error, path))
        return None
    except Exception:
        log.exception("an ARP file could not be made")
        show_error(
            parent,
            QCoreApplication.translate(
                "ArpWindow", "The file could not be made. Details are in the log file."
            ),
        )
        return None
    if suffix in (".pdf", ".docx"):  # the draft, to read or edit at once; not the plan file
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


def save_draft(parent: QWidget, plan: Plan, today: dt.date, kind: str = "pdf") -> Path | None:
    """File → ARP report draft → As PDF… or As a Word document…: the draft in the plan's report language
    (``kind`` "pdf" or "docx"; the same content, ``reports.arp_draft.draft_sections``)."""
    from verktoykasse.reports.arp_draft import suggested_file_name, write_arp_draft

    suffix = ".docx" if kind == "docx" else ".pdf"
    if kind == "docx":
        title = QCoreApplication.translate("ArpWindow", "Save the ARP report draft as a Word document")
        file_filter = QCoreApplication.translate("ArpWindow", "Word documents (*.docx)")
    else:
        title = QCoreApplication.translate("ArpWindow", "Save the ARP report draft as PDF")
        file_filter = QCoreApplication.translate("ArpWindow", "PDF documents (*.pdf)")
    return _save(
        parent,
        title,
        suggested_file_name(plan.name, today, suffix),
        file_filter,
        suffix,
        lambda path: write_arp_draft(plan, path, today, kind=kind),
    )


def save_anonymised(parent: QWidget, session: Any, plan: Plan) -> Path | None:
    """The plan file for an adviser, marked as anonymised: no names of persons, no notes about people, no
    small equality figures (``exchange.anonymise``)."""
    from verktoykasse.exchange.plan_json import export_plan_file
    from verktoykasse.files import safe_file_stem

    stem = safe_file_stem(plan.name) or "plan"
    name = QCoreApplication.translate("ArpWindow", "{plan} – anonymised.json").format(plan=stem)
    shortened: list = []  # texts longer than a plan file holds (a database from 0.1.0), cut to fit
    saved = _save(
        parent,
        QCoreApplication.translate("ArpWindow", "Export the plan for an adviser (anonymised)"),
        name,
        QCoreApplication.translate("ArpWindow", "Plan files (*.json)"),
        ".json",
        lambda path: export_plan_file(session, plan, path, anonymised=True, shortened=shortened),
    )
    if saved is not None and shortened:  # said as the plan file's own export says it
        from verktoykasse.domain.shortened import plan_file_note
        from verktoykasse.ui.dialogs import tell_then

        tell_then(parent, plan_file_note(shortened), lambda: None)
    return saved


class ArpWindow(QDialog):
    """The equality duty of one plan (see the module docstring)."""

    def __init__(
        self,
        database: Database,
        plan_id: int,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        tab: str = "duty",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("arpWindow")
        self.setWindowTitle(self.tr("Equality duty (ARP)"))
        self.today = today or dt.date.today()
        self.session = database.session()
        self.saver = Saver(self.session, self)
        from verktoykasse.storage.editing import load_plan

        self.plan = load_plan(self.session, plan_id)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("arpTabs")
        self.tabs.addTab(_scrolled(self._duty_tab()), self.tr("The d&uty"))
        self.risk_map = RiskMap(self.saver, self.plan)
        self.tabs.addTab(_scrolled(self.risk_map), self.tr("&Risk map"))
        self.meetings = ListEditor(
            self.saver,
            "arpMeetings",
            self.tr("Meetings with the employees' representatives"),
            rows=lambda: self.plan.arp_involvement,
            describe=self._describe_meeting,
            add=lambda: add_row(self.session, self.plan, "arp_involvement", held_on=self.today),
            columns=[
                Column(self.tr("Date"), self._meeting_date, sort_key=lambda meeting: meeting.held_on),
                Column(self.tr("Who"), self._meeting_who, stretch=True),
                Column(self.tr("Step"), self._meeting_step, sort_key=self._meeting_step_order),
                Column(
                    self.tr("What was discussed"), lambda meeting: first_line(meeting.topic), stretch=True
                ),
            ],
            build_detail=self._meeting_detail,
            empty_text=self.tr(
                "No meetings yet. The law asks you to do the four steps together with the employees' "
                "representatives: note each meeting here (date, who, what was discussed)."
            ),
        )
        self.tabs.addTab(_scrolled(self.meetings), self.tr("Re&presentatives"))
        self.figures = FiguresEditor(self.saver, self.plan, self.today)
        self.tabs.addTab(_scrolled(self.figures), self.tr("&Figures"))

        self.draft_button = QPushButton(self.tr("Save the report dr&aft…"))
        self.draft_button.setObjectName("arpDraftButton")
        self.draft_button.setAccessibleName(self.tr("Save the report draft as PDF or Word"))
        from verktoykasse.ui.arp_actions import draft_menu

        self.draft_button.setMenu(draft_menu(self, self.save_draft))
        self.anonymised_button = QPushButton(self.tr("Export for an adviser (anon&ymised)…"))
        self.anonymised_button.setObjectName("arpAnonymisedButton")
        self.anonymised_button.setAccessibleName(self.tr("Export for an adviser (anonymised)"))
        self.anonymised_button.setToolTip(
            self.tr(
                "The plan file without persons' names (they become “Person 1”, “Representative 1” …), "
                "e-mail addresses, phone numbers and notes about people, and without equality figures of "
                "fewer persons than the threshold. Check the free text yourself: a person described "
                "without a name cannot be found by the program."
            )
        )
        self.anonymised_button.clicked.connect(self.save_anonymised)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        # A removed meeting, year or job level: "Removed …" and Undo for a while, and Ctrl+Z (the main
        # window's Edit → Undo cannot be reached while this window is open), as in the plan's lists.
        from verktoykasse.ui.wizard.removal_undo import RemovalUndo

        self.removal_undo = RemovalUndo(self.saver, self)
        self.removal_undo.restored.connect(self._removal_undone)
        self.undo_note = QLabel()
        self.undo_note.setObjectName("arpUndoNote")
        self.undo_note.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_note.setWordWrap(True)
        self.removal_undo.status_message.connect(self.undo_note.setText)
        self.removal_undo.label.setWordWrap(True)
        undo_action = QAction(self.tr("Undo"), self)
        undo_action.setObjectName("arpUndoAction")
        undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        undo_action.triggered.connect(self.undo)
        self.addAction(undo_action)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.removal_undo.label, 1)
        undo_row.addWidget(self.removal_undo.button)
        undo_row.addWidget(self.undo_note, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.draft_button)
        bottom.addWidget(self.anonymised_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(undo_row)
        layout.addLayout(bottom)
        from verktoykasse.ui.fitting import bounded_size

        # a 1024×600 laptop: never larger than the screen, its title bar and frame included
        self.resize(bounded_size(self, 1000, 700))
        self.update_parts()
        if tab in TABS and self.tabs.isTabVisible(TABS.index(tab)):
            self.tabs.setCurrentIndex(TABS.index(tab))

    # -- the duty -------------------------------------------------------------------------------------
    def _duty_tab(self) -> QWidget:
        from verktoykasse.domain.arp_privacy import DEFAULT_THRESHOLD, threshold_message

        page = QWidget()
        layout = QVBoxLayout(page)
        self.duty_label = QLabel()
        self.duty_label.setObjectName("arpDutyText")
        self.duty_label.setWordWrap(True)
        self.duty_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.duty_label)
        box = QGroupBox(self.tr("Your equality work"))
        form = Form(self.saver, self.plan, QFormLayout(box))
        self.document_check = form.check(
            "arp_document", self.tr("Document our equality work here (risk map, representatives, figures)")
        )
        form.line("arp_responsible", self.tr("&Who is responsible:"))
        form.text(
            "arp_principles",
            self.tr("Principles, procedures and &standards:"),
            self.tr("How you recruit, set pay, develop people, adapt work and prevent harassment."),
        )
        threshold = form.number(
            "privacy_threshold",
            self.tr("Hide figures of fewer pers&ons than:"),
            whole=True,
            check=threshold_message,
        )
        threshold.edit.setPlaceholderText(str(DEFAULT_THRESHOLD))  # empty: the default
        form.edited.connect(self.update_parts)
        layout.addWidget(box)
        steps = QGroupBox(self.tr("The four steps, and where they are in your plan"))
        steps_layout = QFormLayout(steps)
        for step, place in FOUR_STEPS:
            where = QLabel(arp_text(place))
            where.setWordWrap(True)
            steps_layout.addRow(QLabel(arp_text(step)), where)
        layout.addWidget(steps)
        layout.addStretch(1)
        return page

    def update_parts(self) -> None:
        """Show the ARP tabs only where they apply; a business under the duty sees only the duty tab."""
        decision = plan_duty(self.plan)
        self.duty_label.setText(duty_text(self.plan))
        self.document_check.setVisible(not decision.full)
        shown = shows_arp(self.plan)
        for index in range(1, len(TABS)):
            self.tabs.setTabVisible(index, shown)
        self.draft_button.setEnabled(shown)
        self.anonymised_button.setEnabled(shown)
        self.figures.update_preview()

    # -- the representatives ----------------------------------------------------------------------------
    def _describe_meeting(self, meeting: Any) -> str:
        """The meeting's name where one is needed ("Remove “the meeting of 01.03.2027”?")."""
        return self.tr("the meeting of {date}").format(date=self._meeting_date(meeting))

    def _meeting_date(self, meeting: Any) -> str:
        return format_date(meeting.held_on) or self.tr("(no date)")

    def _meeting_who(self, meeting: Any) -> str:
        return " ".join(meeting.who.split()) or self.tr("(who?)")

    @staticmethod
    def _meeting_step(meeting: Any) -> str:
        return arp_text(INVOLVEMENT_STEPS[meeting.step]) if meeting.step in INVOLVEMENT_STEPS else ""

    @staticmethod
    def _meeting_step_order(meeting: Any) -> int | None:
        """The steps in the law's order, not the alphabet's; meetings without a step last."""
        steps = list(INVOLVEMENT_STEPS)
        return steps.index(meeting.step) if meeting.step in steps else None

    def _meeting_detail(self, meeting: Any) -> QWidget:
        panel, form = detail_form(self.saver, meeting, "arpMeeting")
        form.date("held_on", self.tr("&Date:"))
        who = form.line("who", self.tr("&Who took part:"))
        # The report draft prints it as typed, in a public report: roles, not names (as it warns).
        who.setPlaceholderText(self.tr("Roles, not names: for example union representative, HR manager"))
        who.setToolTip(
            self.tr("The report draft is made public: write roles, or get the consent of each person named.")
        )
        form.choice(
            "step",
            self.tr("&Step of the work:"),
            [(key, arp_text(text)) for key, text in INVOLVEMENT_STEPS.items()],
            empty=self.tr("(not said)"),
        )
        form.text("topic", self.tr("What was &discussed:"))
        return panel

    # -- undoing a removal -------------------------------------------------------------------------------
    def undo(self) -> bool:
        """Ctrl+Z outside a text field (a field undoes its own typing): the last removed row comes back."""
        self.undo_note.clear()
        if self.removal_undo.undo():
            return True
        if not self.undo_note.text():
            self.undo_note.setText(self.tr("Nothing to undo."))
        return False

    def _removal_undone(self) -> None:
        """The lists read their rows again: the removed meeting, year or job level is back in its place."""
        self.meetings.reload()
        self.figures.years.reload()
        self.figures.update_status()
        self.figures.update_preview()

    # -- files ------------------------------------------------------------------------------------------
    def save_draft(self, kind: str = "pdf") -> Path | None:
        self.saver.flush()
        return save_draft(self, self.plan, self.today, kind)

    def save_anonymised(self) -> Path | None:
        self.saver.flush()
        return save_anonymised(self, self.session, self.plan)

    # -- closing ----------------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        if not self._may_close():
            return
        self.saver.close()
        super().done(result)

    def _may_close(self) -> bool:
        """A text too long to be saved (a risk's causes) lives only in its box: closing asks first, and
        Cancel shows the box again, on its tab."""
        self.saver.flush()
        refused = [box for box in self.findChildren(TextBox) if box.refused]
        if not refused:
            return True
        from verktoykasse.ui.dialogs import confirm_typed_lost

        close = confirm_typed_lost(self, [box.text() for box in refused], "close")
        if not close:
            box = refused[0]
            for index in range(self.tabs.count()):
                if self.tabs.widget(index).isAncestorOf(box):
                    self.tabs.setCurrentIndex(index)
            self.activateWindow()  # the question's window was the active one
            box.setFocus()
        return close
