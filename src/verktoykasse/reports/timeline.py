"""The timeline on paper: one bar per measure over the months, a "today" line, milestones, and each
measure's state (done, late, paused, running, planned) told three ways — colour, pattern and a word — so a
colour-blind reader and a black-and-white printer see the same thing.

Colours are from the Okabe–Ito palette (safe for the common colour-vision deficiencies); patterns differ in
kind (solid, outline, diagonal hatch, horizontal stripes, dots), not just in shade. Labels are at least
7.5 pt.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale

from verktoykasse.domain.followup import occurrences
from verktoykasse.domain.formatting import format_date
from verktoykasse.domain.status import LATE, measure_state, state_label
from verktoykasse.domain.vocabulary import MeasureStatus
from verktoykasse.reports import styles as st
from verktoykasse.reports.text import clean, markup
from verktoykasse.reports.text import fit as _fit  # chart labels cannot wrap: cut with an ellipsis
from verktoykasse.storage.models import Measure, Plan

MM = 72 / 25.4
MAX_MONTHS = 60
MONTHS_PER_CHART = 18
ROWS_PER_CHART = 22
LABEL_SIZE = 8.0  # chart labels: at least 7.5 pt on paper
ROW_HEIGHT = 15.0
TITLE_WIDTH = 70 * MM


@dataclass(frozen=True)
class Look:
    """How one state is drawn: fill colour, pattern and the colour of the pattern's lines."""

    fill: str
    pattern: str  # solid, outline, hatch, stripes, dots
    ink: str


# Okabe–Ito: blue #0072B2, vermillion #D55E00, bluish green #009E73, grey; light fills keep text readable.
LOOKS: dict[str, Look] = {
    MeasureStatus.IN_PROGRESS: Look("#0072B2", "solid", "#0072B2"),
    MeasureStatus.PLANNED: Look("#FFFFFF", "outline", "#0072B2"),
    MeasureStatus.DONE: Look("#B9E3D6", "dots", "#006B4F"),
    MeasureStatus.PAUSED: Look("#E6E6E6", "stripes", "#555555"),
    LATE: Look("#F6C9A8", "hatch", "#D55E00"),
    MeasureStatus.CANCELLED: Look("#FFFFFF", "outline", "#999999"),
}
LEGEND_ORDER = (
    MeasureStatus.DONE,
    LATE,
    MeasureStatus.PAUSED,
    MeasureStatus.IN_PROGRESS,
    MeasureStatus.PLANNED,
)


WHITE = "#FFFFFF"


@cache
def _color(value: str):
    """The reportlab colour of ``value`` ("#RRGGBB"), made once: a timeline sets thousands of colours."""
    from reportlab.lib.colors import HexColor

    return HexColor(value)


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def measure_span(measure: Measure, period_end: dt.date | None = None) -> tuple[dt.date, dt.date] | None:
    """First and last day the measure runs; None if undated.

    One with only milestones runs between them; a recurring one without a deadline runs until its own end
    or, without one, the plan's (``period_end``).
    """
    stones = [stone.due_date for stone in measure.milestones if stone.due_date]
    start = measure.start_date or (min(stones) if stones else measure.deadline)
    end = measure.deadline or (max(stones) if stones else start)
    if measure.recurrence and measure.deadline is None:
        end = measure.recurrence_end or period_end or end
    if start is None or end is None:
        return None
    return (start, end) if start <= end else (end, start)


def draw_pattern(canvas, pattern: str, x: float, y: float, width: float, height: float, ink: str) -> None:
    """Fill a box with a pattern (clipped to it), so states differ without colour too."""
    if pattern in ("solid", "outline") or width <= 0:
        return
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(x, y, width, height)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setStrokeColor(_color(ink))
    canvas.setFillColor(_color(ink))
    canvas.setLineWidth(0.7)
    if pattern == "hatch":
        step = 3.2
        offset = -height
        while offset < width:
            canvas.line(x + offset, y, x + offset + height, y + height)
            offset += step
    elif pattern == "stripes":
        for row in range(1, int(height // 2.6) + 1):
            canvas.line(x, y + row * 2.6, x + width, y + row * 2.6)
    elif pattern == "dots":
        # One path of many small circles, filled once: the large plan's timeline has thousands of dots,
        # and drawing each as a shape of its own (its arcs computed anew) was a tenth of its PDF's build.
        (start_x, start_y), curves = _dot_curves(0.55)
        dots = canvas.beginPath()
        row_y = y + 1.6
        while row_y < y + height:
            dot_x = x + 1.6
            while dot_x < x + width:
                dots.moveTo(dot_x + start_x, row_y + start_y)
                for x1, y1, x2, y2, x3, y3 in curves:
                    dots.curveTo(dot_x + x1, row_y + y1, dot_x + x2, row_y + y2, dot_x + x3, row_y + y3)
                dot_x += 3.0
            row_y += 3.0
        canvas.drawPath(dots, stroke=0, fill=1)
    canvas.restoreState()


@cache
def _dot_curves(radius: float) -> tuple[tuple[float, float], tuple[tuple[float, ...], ...]]:
    """A circle of ``radius`` around (0, 0) as reportlab draws one: its start and four Bézier curves."""
    from reportlab.pdfgen.pdfgeom import bezierArc

    curves = bezierArc(-radius, -radius, radius, radius, 0, 360)
    return (curves[0][0], curves[0][1]), tuple(tuple(curve[2:]) for curve in curves)


def _draw_bar(canvas, look: Look, x: float, y: float, width: float, height: float) -> None:
    canvas.saveState()
    canvas.setFillColor(_color(look.fill))
    canvas.setStrokeColor(_color(look.ink))
    canvas.setLineWidth(0.9 if look.pattern == "outline" else 0.6)
    canvas.rect(x, y, width, height, stroke=1, fill=1)
    canvas.restoreState()
    draw_pattern(canvas, look.pattern, x, y, width, height, look.ink)


@dataclass(frozen=True)
class Row:
    number: int
    title: str
    state: str
    span: tuple[dt.date, dt.date]
    milestones: tuple[tuple[dt.date, bool], ...]
    times: tuple[tuple[dt.date, bool], ...] = ()  # a recurring measure's dates, and whether each was held


def _chart_class():
    from reportlab.platypus import Flowable

    class TimelineChart(Flowable):
        """Months across, measures down; the bar's look says the state, a red dashed line says today."""

        def __init__(self, rows: list[Row], first: int, last: int, width: float, today: dt.date) -> None:
            super().__init__()
            self.rows, self.first, self.last, self.today = rows, first, last, today
            self.width = width
            self.header = 36.0
            self.height = self.header + ROW_HEIGHT * len(rows) + 4

        def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
            return self.width, self.height

        def _x(self, day: dt.date, end_of_day: bool = False) -> float:
            months = self.last - self.first + 1
            month_width = (self.width - TITLE_WIDTH) / months
            days = calendar.monthrange(day.year, day.month)[1]
            fraction = (day.day - (0 if end_of_day else 1)) / days
            return TITLE_WIDTH + (_month_index(day) - self.first + fraction) * month_width

        def draw(self) -> None:
            canvas = self.canv
            months = self.last - self.first + 1
            month_width = (self.width - TITLE_WIDTH) / months
            top = self.height
            ink, muted, rule = _color(st.INK), _color(st.MUTED), _color(st.RULE)
            locale = QLocale()
            canvas.setFont(st.FONT, LABEL_SIZE)
            # header: years and months
            for column in range(months):
                year, month = divmod(self.first + column, 12)
                x = TITLE_WIDTH + column * month_width
                canvas.setStrokeColor(muted if month == 0 or column == 0 else rule)
                canvas.setLineWidth(0.8 if month == 0 or column == 0 else 0.25)
                canvas.line(x, 2, x, top - 13)
                if month == 0 or column == 0:
                    canvas.setFillColor(ink)
                    canvas.setFont(st.FONT_BOLD, LABEL_SIZE)
                    canvas.drawString(x + 2, top - 20, str(year))
                name = locale.standaloneMonthName(month + 1, QLocale.FormatType.ShortFormat).rstrip(".")
                canvas.setFont(st.FONT, LABEL_SIZE)
                canvas.setFillColor(muted)
                canvas.drawCentredString(
                    x + month_width / 2, top - 32, _fit(name, month_width - 1, LABEL_SIZE)
                )
            canvas.setStrokeColor(_color(st.ACCENT))
            canvas.setLineWidth(0.8)
            canvas.line(0, top - self.header + 1, self.width, top - self.header + 1)
            # rows
            for index, row in enumerate(self.rows):
                y = top - self.header - (index + 1) * ROW_HEIGHT
                if index % 2:
                    canvas.setFillColor(_color(st.ZEBRA_FILL))
                    canvas.rect(0, y, self.width, ROW_HEIGHT, stroke=0, fill=1)
                canvas.setFillColor(ink)
                canvas.setFont(st.FONT, LABEL_SIZE)
                label = f"{row.number}  {row.title}"
                state = state_label(row.state)
                state_width = canvas.stringWidth(state, st.FONT_BOLD, LABEL_SIZE)
                canvas.drawString(2, y + 4.5, _fit(label, TITLE_WIDTH - state_width - 10, LABEL_SIZE))
                canvas.setFont(st.FONT_BOLD, LABEL_SIZE)
                canvas.setFillColor(_color(LOOKS[row.state].ink if row.state in LOOKS else st.MUTED))
                canvas.drawRightString(TITLE_WIDTH - 4, y + 4.5, state)
                start, end = row.span
                first_day = dt.date(self.first // 12, self.first % 12 + 1, 1)
                last_index_day = dt.date(self.last // 12, self.last % 12 + 1, 1)
                if end >= first_day and _month_index(start) <= self.last:
                    x0 = self._x(max(start, first_day))
                    x1 = self._x(min(end, _last_day(last_index_day)), end_of_day=True)
                    _draw_bar(
                        canvas,
                        LOOKS.get(row.state, LOOKS[MeasureStatus.PLANNED]),
                        x0,
                        y + 3,
                        max(x1 - x0, 2),
                        ROW_HEIGHT - 6,
                    )
                for due, held in row.times:
                    if self.first <= _month_index(due) <= self.last:
                        _ring(canvas, self._x(due) + 0.5, y + ROW_HEIGHT / 2, held)
                for due, done in row.milestones:
                    if not (self.first <= _month_index(due) <= self.last):
                        continue
                    _diamond(canvas, self._x(due) + 0.5, y + ROW_HEIGHT / 2, done)
            # today
            if self.first <= _month_index(self.today) <= self.last:
                x = self._x(self.today)
                canvas.saveState()
                canvas.setStrokeColor(_color("#CC0000"))
                canvas.setLineWidth(1.2)
                canvas.setDash(3, 2)
                canvas.line(x, 0, x, top - 11)
                canvas.restoreState()
                canvas.setFillColor(_color("#CC0000"))
                canvas.setFont(st.FONT_BOLD, LABEL_SIZE)
                canvas.drawCentredString(x, top - 8, today_label())

    return TimelineChart


def _last_day(first_of_month: dt.date) -> dt.date:
    return first_of_month.replace(day=calendar.monthrange(first_of_month.year, first_of_month.month)[1])


def _diamond(canvas, x: float, y: float, done: bool) -> None:
    size = 3.6
    canvas.saveState()
    canvas.setFillColor(_color(WHITE))  # a white rim, so the mark stands out on a dark bar too
    rim = canvas.beginPath()
    rim.moveTo(x, y + size + 1.2)
    rim.lineTo(x + size + 1.2, y)
    rim.lineTo(x, y - size - 1.2)
    rim.lineTo(x - size - 1.2, y)
    rim.close()
    canvas.drawPath(rim, stroke=0, fill=1)
    canvas.setStrokeColor(_color(st.INK))
    canvas.setFillColor(_color(WHITE) if done else _color(st.INK))
    canvas.setLineWidth(0.8)
    path = canvas.beginPath()
    path.moveTo(x, y + size)
    path.lineTo(x + size, y)
    path.lineTo(x, y - size)
    path.lineTo(x - size, y)
    path.close()
    canvas.drawPath(path, stroke=1, fill=1)
    if done:  # a tick inside: done without relying on the fill
        canvas.setLineWidth(0.7)
        canvas.line(x - 1.5, y, x - 0.4, y - 1.3)
        canvas.line(x - 0.4, y - 1.3, x + 1.7, y + 1.4)
    canvas.restoreState()


def _ring(canvas, x: float, y: float, held: bool) -> None:
    """A time a recurring measure falls on: an open ring, filled once it was held (shape, not colour)."""
    canvas.saveState()
    canvas.setFillColor(_color(WHITE))  # a white rim, as the diamond has
    canvas.circle(x, y, 3.6, stroke=0, fill=1)
    canvas.setStrokeColor(_color(st.INK))
    canvas.setFillColor(_color(st.INK) if held else _color(WHITE))
    canvas.setLineWidth(0.8)
    canvas.circle(x, y, 2.6, stroke=1, fill=1)
    canvas.restoreState()


def today_label() -> str:
    return QCoreApplication.translate("Report", "Today")


def _legend_class():
    from reportlab.platypus import Flowable

    class Legend(Flowable):
        """Swatches with the state's pattern and its word, plus the milestone, recurrence and today marks."""

        def __init__(self, width: float, recurring: bool) -> None:
            super().__init__()
            self.width, self.height, self.recurring = width, 16.0, recurring

        def wrap(self, _w: float, _h: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            canvas = self.canv
            x = 0.0
            canvas.setFont(st.FONT, LABEL_SIZE)
            for state in LEGEND_ORDER:
                _draw_bar(canvas, LOOKS[state], x, 4, 18, 8)
                canvas.setFillColor(_color(st.INK))
                label = state_label(state)
                canvas.drawString(x + 22, 5, label)
                x += 30 + canvas.stringWidth(label, st.FONT, LABEL_SIZE)
            _diamond(canvas, x + 4, 8, False)
            canvas.setFillColor(_color(st.INK))
            text = QCoreApplication.translate("Report", "milestone")
            canvas.drawString(x + 11, 5, text)
            x += 22 + canvas.stringWidth(text, st.FONT, LABEL_SIZE)
            _diamond(canvas, x + 4, 8, True)
            text = QCoreApplication.translate("Report", "milestone done")
            canvas.setFillColor(_color(st.INK))
            canvas.drawString(x + 11, 5, text)
            x += 22 + canvas.stringWidth(text, st.FONT, LABEL_SIZE)
            if self.recurring:
                for held, text in (
                    (False, QCoreApplication.translate("Report", "recurs")),
                    (True, QCoreApplication.translate("Report", "held")),
                ):
                    _ring(canvas, x + 4, 8, held)
                    canvas.setFillColor(_color(st.INK))
                    canvas.drawString(x + 11, 5, text)
                    x += 22 + canvas.stringWidth(text, st.FONT, LABEL_SIZE)
            canvas.saveState()
            canvas.setStrokeColor(_color("#CC0000"))
            canvas.setLineWidth(1.2)
            canvas.setDash(3, 2)
            canvas.line(x + 4, 1, x + 4, 15)
            canvas.restoreState()
            canvas.setFillColor(_color(st.INK))
            canvas.drawString(x + 9, 5, today_label())

    return Legend


def timeline_rows(plan: Plan, today: dt.date) -> list[Row]:
    """The dated measures in plan order, with their state as the board should read it today."""
    rows = []
    for number, measure in enumerate(plan.measures, start=1):
        span = measure_span(measure, plan.period_end)
        if span is None:
            continue
        stones = tuple((s.due_date, s.done) for s in measure.milestones if s.due_date)
        held = {occurrence.due_on for occurrence in measure.occurrences}
        times = tuple((day, day in held) for day in occurrences(measure, span[1], plan.period_start))
        title = clean(measure.title).strip() or "–"
        rows.append(Row(number, title, measure_state(measure, today), span, stones, times))
    return rows


def timeline_charts(plan: Plan, width: float, today: dt.date) -> list:
    """The charts (one per 18 months and 22 measures) and their legend; [] when nothing is dated."""
    from reportlab.platypus import Paragraph

    rows = timeline_rows(plan, today)
    if not rows:
        return []
    days = [d for row in rows for d in row.span] + [d for row in rows for d, _ in row.milestones]
    days += [d for d in (plan.period_start, plan.period_end) if d]
    first, last = _month_index(min(days)), _month_index(max(days))
    flowables: list = []
    if last - first + 1 > MAX_MONTHS:
        last = first + MAX_MONTHS - 1
        flowables.append(
            Paragraph(
                markup(
                    QCoreApplication.translate(
                        "Report", "The timeline shows the first {count} months."
                    ).format(count=MAX_MONTHS)
                ),
                st.styles()["muted"],
            )
        )
    flowables.append(_legend_class()(width, any(row.times for row in rows)))
    chart = _chart_class()
    for chunk_start in range(first, last + 1, MONTHS_PER_CHART):
        chunk_end = min(chunk_start + MONTHS_PER_CHART - 1, last)
        shown = [
            row
            for row in rows
            if (_month_index(row.span[0]) <= chunk_end and _month_index(row.span[1]) >= chunk_start)
            or any(chunk_start <= _month_index(d) <= chunk_end for d, _ in row.milestones)
        ]
        for offset in range(0, len(shown), ROWS_PER_CHART):
            flowables.append(
                chart(shown[offset : offset + ROWS_PER_CHART], chunk_start, chunk_end, width, today)
            )
    flowables.append(
        Paragraph(
            markup(
                QCoreApplication.translate("Report", "Status as of {date}.").format(date=format_date(today))
            ),
            st.styles()["muted"],
        )
    )
    return flowables
