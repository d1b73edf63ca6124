"""The two charts of the plan, drawn with reportlab's graphics shapes so that every label is in DejaVu
Sans and reads on paper: the gap chart (today vs desired per area) and one small line chart per KPI."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QCoreApplication

from verktoykasse.domain.formatting import format_date, format_number
from verktoykasse.domain.vocabulary import SCORE_MAX, SCORE_MIN
from verktoykasse.reports import styles as st
from verktoykasse.reports.text import fit, printable
from verktoykasse.storage.models import GapArea, Kpi


def _two_lines(text: str, width: float, size: float, font: str) -> list[str]:
    """``text`` on one line, or on two when it is too long (the second cut with an ellipsis only if
    even two lines are not enough): a KPI's name is what the reader looks for on a chart."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words = " ".join(printable(text).split()).split(" ")
    first = ""
    while words and stringWidth(f"{first} {words[0]}".strip(), font, size) <= width:
        first = f"{first} {words.pop(0)}".strip()
    if not words:
        return [first]
    if not first:  # one word wider than the chart
        return [fit(text, width, size, font)]
    return [first, fit(" ".join(words), width, size, font)]


def gap_chart(gaps: list[GapArea], width: float):
    """Horizontal bars per area: today's score and the desired score on the 1–5 scale."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib import colors

    st.register_fonts()
    row_height, top, bottom = 24.0, 26.0, 22.0
    label_width = min(190.0, width * 0.38)
    plot_left, plot_right = label_width + 8, width - 10
    height = top + bottom + row_height * len(gaps)
    drawing = Drawing(width, height)
    drawing.initialFontName = st.FONT
    scale = (plot_right - plot_left) / SCORE_MAX
    ink, muted, rule = colors.HexColor(st.INK), colors.HexColor(st.MUTED), colors.HexColor(st.RULE)

    for score in range(0, SCORE_MAX + 1):
        x = plot_left + score * scale
        drawing.add(Line(x, bottom, x, height - top + 4, strokeColor=rule, strokeWidth=0.4))
        drawing.add(
            String(
                x,
                bottom - 11,
                str(score),
                fontName=st.FONT,
                fontSize=st.CHART_LABEL,
                fillColor=muted,
                textAnchor="middle",
            )
        )
    legend = (
        (QCoreApplication.translate("Report", "Today"), st.BAR_NOW),
        (QCoreApplication.translate("Report", "Desired"), st.BAR_WANTED),
    )
    x = plot_left
    for text, colour in legend:
        drawing.add(Rect(x, height - 12, 9, 7, fillColor=colors.HexColor(colour), strokeColor=None))
        drawing.add(String(x + 12, height - 11, text, fontName=st.FONT, fontSize=7.5, fillColor=ink))
        x += 24 + len(text) * 4.5
    for index, gap in enumerate(gaps):
        y = height - top - (index + 1) * row_height
        title = gap.title or QCoreApplication.translate("Report", "(untitled area)")
        drawing.add(
            String(
                0,
                y + row_height / 2 - 3,
                fit(title, label_width, 8),
                fontName=st.FONT,
                fontSize=8,
                fillColor=ink,
            )
        )
        for offset, value, colour in (
            (row_height / 2 + 1, gap.current_score, st.BAR_NOW),
            (3, gap.desired_score, st.BAR_WANTED),
        ):
            if value is None:
                continue
            length = max(min(value, SCORE_MAX), SCORE_MIN - 1) * scale
            drawing.add(
                Rect(
                    plot_left,
                    y + offset,
                    length,
                    row_height / 2 - 4,
                    fillColor=colors.HexColor(colour),
                    strokeColor=None,
                )
            )
    drawing.add(Line(plot_left, bottom, plot_left, height - top + 4, strokeColor=muted, strokeWidth=0.6))
    return drawing


# The smallest step an axis shows apart, of its largest value or at least 1 (ticks have 10 decimals).
_RESOLUTION = 1e-9


def _nice_ticks(values: list[float]) -> list[float]:
    """Round axis values that enclose ``values``: 0, 10, 20, 30 or 6, 7, 8, never 3, 17, 30.

    The step is the smallest of 1, 2, 2.5 and 5 times a power of ten that splits the range into at most
    four parts, so a board member reads whole places as whole numbers.
    """
    low, high = min(values), max(values)
    # Values closer than an axis tells apart (0.1 and 0.10000000000000002, 1e-300 and 2e-300, 10^15 and
    # 10^15 + 0.1) are one value on it; a value as small as that is 0 on it.
    size = max(1.0, abs(low), abs(high))
    if high - low < _RESOLUTION * size:  # one value: room around it, but no negative axis for a count
        pad = abs(high) * 0.5 if abs(high) >= _RESOLUTION else 1.0
        low, high = (low - pad if low < 0 or low - pad >= 0 else 0.0), high + pad
    raw = (high - low) / 4
    power = 10 ** math.floor(math.log10(raw))
    step = next(f * power for f in (1, 2, 2.5, 5, 10) if f * power >= raw * (1 - 1e-9))
    first = math.floor(low / step + 1e-9) * step
    last = math.ceil(high / step - 1e-9) * step
    count = round((last - first) / step)
    return [round(first + index * step, 10) for index in range(count + 1)]


def _tick_decimals(ticks: list[float]) -> int:
    step = ticks[1] - ticks[0]
    return 0 if float(step).is_integer() else (1 if float(step * 10).is_integer() else 2)


def kpi_chart(kpi: Kpi, width: float, height: float, subtitle: str = ""):
    """The measurements over time as a line, with the baseline and the target as dashed lines."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
    from reportlab.lib import colors

    st.register_fonts()
    ink, muted, rule = colors.HexColor(st.INK), colors.HexColor(st.MUTED), colors.HexColor(st.RULE)
    accent, good = colors.HexColor(st.ACCENT), colors.HexColor(st.GOOD)
    drawing = Drawing(width, height)
    drawing.initialFontName = st.FONT
    drawing.add(Rect(0, 0, width, height, fillColor=None, strokeColor=rule, strokeWidth=0.5))
    name = kpi.name or QCoreApplication.translate("Report", "(untitled KPI)")
    if kpi.unit:
        name = f"{name} ({kpi.unit})"
    title_lines = _two_lines(name, width - 12, 8.5, st.FONT_BOLD)
    for index, line in enumerate(title_lines):
        drawing.add(
            String(6, height - 13 - 10 * index, line, fontName=st.FONT_BOLD, fontSize=8.5, fillColor=ink)
        )
    shift = 10.0 * (len(title_lines) - 1)
    if subtitle:  # which goal the KPI belongs to
        drawing.add(
            String(
                6,
                height - 23 - shift,
                fit(subtitle, width - 12, 7),
                fontName=st.FONT,
                fontSize=st.CHART_LABEL,
                fillColor=muted,
            )
        )
        shift += 10.0
    points = sorted(kpi.measurements, key=lambda m: m.measured_on)
    # The top stays clear of the legend row, so the highest axis number does not touch it.
    left, right, bottom, top = 40.0, width - 10, 20.0, height - 40 - shift
    if not points:
        drawing.add(
            String(
                width / 2,
                height / 2 - 8,
                QCoreApplication.translate("Report", "No measurement yet"),
                fontName=st.FONT,
                fontSize=8,
                fillColor=muted,
                textAnchor="middle",
            )
        )
        return drawing
    values = [p.value for p in points]
    references = [v for v in (kpi.baseline, kpi.target) if v is not None]
    ticks = _nice_ticks(values + references)
    low, high = ticks[0], ticks[-1]
    first, last = points[0].measured_on, points[-1].measured_on
    span = max((last - first).days, 1)

    def x_of(day: dt.date) -> float:
        if first == last:
            return (left + right) / 2
        return left + (right - left) * (day - first).days / span

    def y_of(value: float) -> float:
        return bottom + (top - bottom) * (value - low) / (high - low)

    decimals = _tick_decimals(ticks)
    for value in ticks:
        y = y_of(value)
        if value != low:  # the axis line itself is drawn below
            drawing.add(Line(left, y, right, y, strokeColor=rule, strokeWidth=0.3))
        drawing.add(
            String(
                left - 3,
                y - 2.5,
                format_number(value, decimals),
                fontName=st.FONT,
                fontSize=st.CHART_LABEL,
                fillColor=muted,
                textAnchor="end",
            )
        )
    drawing.add(Line(left, bottom, right, bottom, strokeColor=muted, strokeWidth=0.5))
    drawing.add(
        String(
            left, bottom - 10, format_date(first), fontName=st.FONT, fontSize=st.CHART_LABEL, fillColor=muted
        )
    )
    if last != first:
        drawing.add(
            String(
                right,
                bottom - 10,
                format_date(last),
                fontName=st.FONT,
                fontSize=st.CHART_LABEL,
                fillColor=muted,
                textAnchor="end",
            )
        )
    legend_x = 6.0
    for value, text, colour in (
        (kpi.baseline, QCoreApplication.translate("Report", "Baseline"), muted),
        (kpi.target, QCoreApplication.translate("Report", "Target"), good),
    ):
        if value is None:
            continue
        y = y_of(value)
        drawing.add(Line(left, y, right, y, strokeColor=colour, strokeWidth=0.9, strokeDashArray=[3, 2]))
        label = f"{text} {format_number(value)}"
        drawing.add(
            Line(
                legend_x,
                height - 24 - shift,
                legend_x + 12,
                height - 24 - shift,
                strokeColor=colour,
                strokeWidth=0.9,
                strokeDashArray=[3, 2],
            )
        )
        drawing.add(
            String(
                legend_x + 15,
                height - 26.5 - shift,
                label,
                fontName=st.FONT,
                fontSize=st.CHART_LABEL,
                fillColor=ink,
            )
        )
        legend_x += 24 + len(label) * 3.8
    coordinates: list[float] = []
    for point in points:
        coordinates += [x_of(point.measured_on), y_of(point.value)]
    if len(points) > 1:
        drawing.add(PolyLine(coordinates, strokeColor=accent, strokeWidth=1.3))
    if len(points) <= 12:
        for index in range(0, len(coordinates), 2):
            drawing.add(
                Circle(coordinates[index], coordinates[index + 1], 1.6, fillColor=accent, strokeColor=None)
            )
    return drawing
