"""Two small charts drawn with QPainter (no QtCharts): the gaps (today vs desired) and a KPI over time.

Both take plain data, so they are cheap to redraw after every edit, and both describe themselves in
``accessibleDescription`` for screen readers.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from verktoykasse.domain.formatting import format_date, format_number
from verktoykasse.domain.vocabulary import SCORE_MAX
from verktoykasse.ui.tooltips import literal

# Okabe–Ito: vermillion and blue stay apart with protanopia, deuteranopia and tritanopia alike.
TODAY = QColor("#d55e00")
DESIRED = QColor("#0072b2")
GAP_BAR = QColor(86, 180, 233, 140)  # Okabe–Ito sky blue, light: the distance between them
TARGET = QColor("#2d6a4f")
BASELINE = QColor("#8d99ae")
LINE = QColor("#1d3557")


@dataclass(frozen=True)
class GapBar:
    title: str
    current: int | None
    desired: int | None

    @property
    def size(self) -> int | None:
        if self.current is None or self.desired is None:
            return None
        return self.desired - self.current


class GapChart(QWidget):
    """One row per gap area: today's score (a round mark) and the desired one (a diamond) on the 1–5
    scale, joined by a bar, with the gap's size; a legend says which is which and what the scale means.

    The two colours are from the Okabe–Ito set (told apart with every common colour blindness) and the
    marks differ in shape too. A click on a row sets a score where it lands: the mark nearer the click
    moves there (``score_chosen`` with the row, ``"current"`` or ``"desired"``, and the score); the form
    beside the chart does the same from the keyboard."""

    score_chosen = Signal(int, str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gapChart")
        self.setAccessibleName(self.tr("Gaps: today and desired"))
        self.bars: list[GapBar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._beside: bool | None = None  # the scale's meaning on the legend's line, at the last width
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_bars(self, bars: list[GapBar]) -> None:
        # The height follows the number of rows alone: ask for a new layout of the page only when that
        # changes, not at each keystroke in an area's title (which redraws the chart).
        rows_changed = len(bars) != len(self.bars)
        self.bars = bars
        parts = []
        for bar in bars:
            parts.append(
                self.tr("{title}: today {current}, desired {desired}, gap {size}").format(
                    title=bar.title or self.tr("(untitled)"),
                    current=bar.current if bar.current is not None else "–",
                    desired=bar.desired if bar.desired is not None else "–",
                    size=bar.size if bar.size is not None else "–",
                )
            )
        self.setAccessibleDescription("; ".join(parts) if parts else self.tr("No gap areas yet."))
        hint = [self.tr("Click on a row to set a score.")] if parts else []
        self.setToolTip(literal("\n".join(parts + hint)))  # a title that looks like markup shows as typed
        if rows_changed:
            self.updateGeometry()
        self.update()

    def scale_text(self) -> str:
        return self.tr("1 = hardly in place, 3 = partly, 5 = works well every day")

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def _legend_marks(self) -> list[tuple[str, str]]:
        return [("current", self.tr("Today")), ("desired", self.tr("Desired"))]

    def _marks_width(self) -> float:
        """How far the legend's marks and their words reach; the scale's meaning follows them."""
        metrics = self.fontMetrics()
        return 6.0 + sum(12 + metrics.horizontalAdvance(text) + 24 for _kind, text in self._legend_marks())

    def _scale_beside_marks(self) -> bool:
        """The scale's meaning fits on the legend's line; where it does not (a narrow window, long words)
        it gets a line of its own rather than being cut short."""
        return self._marks_width() + self.fontMetrics().horizontalAdvance(self.scale_text()) <= self.width()

    def sizeHint(self) -> QSize:
        rows = max(len(self.bars), 1) + 2  # the scale's numbers, the rows, the legend
        rows += 0 if self._scale_beside_marks() else 1
        return QSize(400, rows * self._row_height() + 8)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        beside = self._scale_beside_marks()
        if beside != self._beside:
            self._beside = beside
            self.updateGeometry()  # a line more or less for the scale's meaning

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def _geometry(self) -> tuple[float, float, float]:
        """Where score 0 would be, the width of one step of the scale, and the right end of the scale."""
        metrics = self.fontMetrics()
        label_width = min(int(self.width() * 0.4), 320)
        left = label_width + 10
        right = self.width() - metrics.horizontalAdvance("+5") - 20
        return left, (right - left) / max(SCORE_MAX, 1), right

    def score_at(self, x: float) -> int:
        left, scale, _right = self._geometry()
        return max(1, min(SCORE_MAX, round((x - left) / scale)))

    def row_at(self, y: float) -> int:
        """The bar under ``y`` (0 for the first), or -1 above or below them."""
        index = int(y // self._row_height()) - 1
        return index if 0 <= index < len(self.bars) else -1

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.row_at(event.position().y())
        left, scale, _right = self._geometry()
        if (
            index < 0
            or event.button() != Qt.MouseButton.LeftButton
            or event.position().x() < left + scale / 2
        ):
            super().mousePressEvent(event)
            return
        bar, score = self.bars[index], self.score_at(event.position().x())
        if bar.current is None:
            which = "current"
        elif bar.desired is None:
            which = "desired"
        else:  # the mark nearer the click moves (today's when both are on the same score)
            which = "current" if abs(score - bar.current) <= abs(score - bar.desired) else "desired"
        self.score_chosen.emit(index, which, score)

    @staticmethod
    def _mark(painter: QPainter, centre: QPointF, kind: str, radius: float = 6) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        if kind == "current":
            painter.setBrush(TODAY)
            painter.drawEllipse(centre, radius, radius)
        else:
            painter.setBrush(DESIRED)
            r = radius + 1
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(centre.x(), centre.y() - r),
                        QPointF(centre.x() + r, centre.y()),
                        QPointF(centre.x(), centre.y() + r),
                        QPointF(centre.x() - r, centre.y()),
                    ]
                )
            )

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        row = self._row_height()
        left, scale, right = self._geometry()
        label_width = left - 10
        text_color = self.palette().windowText().color()
        # The scale
        painter.setPen(text_color)
        painter.drawText(QRectF(0, 0, label_width, row), Qt.AlignmentFlag.AlignVCenter, self.tr("Score 1–5"))
        for score in range(1, SCORE_MAX + 1):
            x = left + score * scale
            painter.drawText(QRectF(x - 10, 0, 20, row), Qt.AlignmentFlag.AlignCenter, str(score))
        if not self.bars:
            painter.drawText(
                QRectF(0, row, self.width(), row),
                Qt.AlignmentFlag.AlignVCenter,
                self.tr("No gap areas yet."),
            )
        for index, bar in enumerate(self.bars, start=1):
            y = index * row
            title = metrics.elidedText(
                bar.title or self.tr("(untitled)"), Qt.TextElideMode.ElideRight, int(label_width)
            )
            painter.setPen(text_color)
            painter.drawText(QRectF(0, y, label_width, row), Qt.AlignmentFlag.AlignVCenter, title)
            middle = y + row / 2
            painter.setPen(QPen(BASELINE, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(left + scale, middle), QPointF(left + SCORE_MAX * scale, middle))
            if bar.current is not None and bar.desired is not None:
                x1, x2 = left + bar.current * scale, left + bar.desired * scale
                painter.fillRect(QRectF(min(x1, x2), middle - 3, abs(x2 - x1), 6), GAP_BAR)
            for value, kind in ((bar.current, "current"), (bar.desired, "desired")):
                if value is not None:
                    self._mark(painter, QPointF(left + value * scale, middle), kind)
            if bar.size is not None:
                painter.setPen(text_color)
                painter.drawText(
                    QRectF(right + 12, y, self.width() - right - 12, row),
                    Qt.AlignmentFlag.AlignVCenter,
                    f"{bar.size:+d}",
                )
        # The legend: which mark is which, and what the scale means
        y = (max(len(self.bars), 1) + 1) * row
        middle = y + row / 2
        x = 6.0
        for kind, text in self._legend_marks():
            self._mark(painter, QPointF(x, middle), kind)
            painter.setPen(text_color)
            width = metrics.horizontalAdvance(text)
            painter.drawText(QRectF(x + 12, y, width + 4, row), Qt.AlignmentFlag.AlignVCenter, text)
            x += 12 + width + 24
        if not self._scale_beside_marks():
            x, y = 6.0, y + row
        painter.drawText(
            QRectF(x, y, max(self.width() - x, 0), row),
            Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(self.scale_text(), Qt.TextElideMode.ElideRight, int(max(self.width() - x, 0))),
        )
        painter.end()


@dataclass(frozen=True)
class KpiSeries:
    name: str
    unit: str
    baseline: float | None
    target: float | None
    points: list[tuple[dt.date, float]]


class KpiChart(QWidget):
    """A KPI's measurements over time as a line, with the baseline and the target as level lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiChart")
        self.setAccessibleName(self.tr("KPI chart"))
        self.series: KpiSeries | None = None
        self.setMinimumHeight(self.fontMetrics().height() * 10)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_series(self, series: KpiSeries | None) -> None:
        self.series = series
        if series is None:
            self.setAccessibleName(self.tr("KPI chart"))
            self.setAccessibleDescription(self.tr("No KPI chosen."))
        else:
            name = series.name or self.tr("(untitled)")
            self.setAccessibleName(self.tr("KPI chart: {name}").format(name=name))
            self.setAccessibleDescription(self.describe(series))
        self.update()

    def describe(self, series: KpiSeries) -> str:
        """The chart in words, for a screen reader: "Share of new hires: baseline 0, target 10, latest 6
        (31.10.2026)", then how many measurements there are and every one of them, oldest first."""

        def value(number: float | None) -> str:
            if number is None:
                return self.tr("not set")
            return f"{format_number(number)} {series.unit}".strip()

        points = sorted(series.points)
        if points:
            day, latest = points[-1]
            latest_text = self.tr("latest {value} ({date})").format(
                value=value(latest), date=format_date(day)
            )
        else:
            latest_text = self.tr("no measurements yet")
        text = self.tr("{name}: baseline {baseline}, target {target}, {latest}").format(
            name=series.name or self.tr("(untitled)"),
            baseline=value(series.baseline),
            target=value(series.target),
            latest=latest_text,
        )
        if len(points) > 1:
            every = "; ".join(f"{format_date(d)}: {value(v)}" for d, v in points)
            text += ". " + self.tr("{count} measurements: {values}").format(count=len(points), values=every)
        return text + "."

    def sizeHint(self) -> QSize:
        return QSize(420, self.fontMetrics().height() * 11)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().windowText().color()
        painter.fillRect(self.rect(), self.palette().base())
        series = self.series
        metrics = self.fontMetrics()
        if series is None:
            painter.setPen(text_color)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Choose a KPI."))
            return
        values = [v for _d, v in series.points]
        levels = [v for v in (series.baseline, series.target) if v is not None]
        all_values = values + levels
        if not all_values:
            painter.setPen(text_color)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No baseline, target or measurements yet.")
            )
            return
        low, high = min(all_values), max(all_values)
        if high == low:
            low, high = low - 1, high + 1
        pad = (high - low) * 0.1
        low, high = low - pad, high + pad
        left = max(metrics.horizontalAdvance(format_number(v, 1)) for v in (low, high)) + 12
        top, bottom = metrics.height(), self.height() - metrics.height() * 2
        right = self.width() - 10

        def y_of(value: float) -> float:
            return bottom - (value - low) / (high - low) * (bottom - top)

        painter.setPen(QPen(BASELINE, 1))
        painter.drawLine(QPointF(left, top), QPointF(left, bottom))
        painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
        painter.setPen(text_color)
        for value in (low + pad, high - pad):
            painter.drawText(
                QRectF(0, y_of(value) - metrics.height() / 2, left - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                format_number(value, 1 if not float(value).is_integer() else 0),
            )
        for value, color, name in (
            (series.baseline, BASELINE, self.tr("Baseline")),
            (series.target, TARGET, self.tr("Target")),
        ):
            if value is None:
                continue
            y = y_of(value)
            painter.setPen(QPen(color, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(color)
            painter.drawText(  # its descenders clear of the line ("Utgangsverdi" was struck through)
                QRectF(left + 6, y - metrics.height() - 2, right - left - 12, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                f"{name} {format_number(value)}",
            )
        points = sorted(series.points)
        if not points:
            painter.setPen(text_color)
            painter.drawText(
                QRectF(left, bottom, right - left, metrics.height() * 2),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No measurements yet."),
            )
            painter.end()
            return
        first, last = points[0][0], points[-1][0]
        span = max((last - first).days, 1)

        def x_of(day: dt.date) -> float:
            if first == last:
                return (left + right) / 2
            return left + 10 + (day - first).days / span * (right - left - 20)

        painter.setPen(QPen(LINE, 2))
        for (d1, v1), (d2, v2) in itertools.pairwise(points):
            painter.drawLine(QPointF(x_of(d1), y_of(v1)), QPointF(x_of(d2), y_of(v2)))
        painter.setBrush(LINE)
        for day, value in points:
            painter.drawEllipse(QPointF(x_of(day), y_of(value)), 4, 4)
        painter.setPen(text_color)
        painter.drawText(
            QRectF(left, bottom + 2, right - left, metrics.height()),
            Qt.AlignmentFlag.AlignLeft,
            format_date(first),
        )
        if last != first:
            painter.drawText(
                QRectF(left, bottom + 2, right - left, metrics.height()),
                Qt.AlignmentFlag.AlignRight,
                format_date(last),
            )
        painter.end()
