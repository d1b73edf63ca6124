"""The gap chart explains itself: a legend (today / desired) and the scale's meaning, marks a colour-blind
user can tell apart (colour and shape), and a click on a row sets a score."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from verktoykasse.ui.wizard.charts import DESIRED, TODAY, GapChart
from wizard_support import on_page


def chart_on_gaps(start_window):
    window = start_window()
    window.plan_actions.open_example()
    ws = window.plan_page
    ws.go_to("gaps")
    QApplication.processEvents()
    return ws, ws.current_page().findChild(GapChart, "gapChart")


def point_for(chart: GapChart, row: int, score: int) -> QPoint:
    left, scale, _right = chart._geometry()
    return QPoint(int(left + score * scale), int((row + 1.5) * chart._row_height()))


def test_a_click_on_a_row_moves_the_nearer_mark_and_the_form_shows_it(start_window, qtbot):
    ws, chart = chart_on_gaps(start_window)
    gap = ws.current_page().gaps.rows[0]
    current, desired = gap.current_score, gap.desired_score
    assert (current, desired) == (2, 4)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=point_for(chart, 0, 5))  # nearer desired
    assert (gap.current_score, gap.desired_score) == (2, 5)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=point_for(chart, 0, 1))  # nearer today
    assert (gap.current_score, gap.desired_score) == (1, 5)
    assert ws.current_page().gaps.current() is gap
    assert on_page(ws, QLineEdit, "gapCurrentScore").text() == "1"
    assert on_page(ws, QLineEdit, "gapDesiredScore").text() == "5"
    assert "today 1, desired 5, gap 4" in chart.accessibleDescription()
    with ws.database.session() as session:  # saved, as anything typed
        from verktoykasse.storage.models import GapArea

        assert session.get(GapArea, gap.id).current_score == 1


def test_the_chart_has_a_legend_and_says_what_the_scale_means(start_window):
    _ws, chart = chart_on_gaps(start_window)
    assert chart.scale_text() == "1 = hardly in place, 3 = partly, 5 = works well every day"
    image = chart.grab().toImage()
    legend_y = int((len(chart.bars) + 1.5) * chart._row_height())
    colours = {image.pixelColor(x, legend_y).name() for x in range(0, 120)}
    assert TODAY.name() in colours and DESIRED.name() in colours  # both marks drawn in the legend
    assert chart.sizeHint().height() >= (len(chart.bars) + 2) * chart._row_height()


def test_today_and_desired_differ_in_lightness_not_only_in_hue():
    """Okabe–Ito vermillion and blue: apart for every common colour blindness, and in grey too."""
    from verktoykasse.ui.colours import luminance

    assert abs(luminance(TODAY) - luminance(DESIRED)) > 0.05
    assert TODAY.name() == "#d55e00" and DESIRED.name() == "#0072b2"


def test_in_a_narrow_window_the_scales_meaning_gets_a_line_of_its_own_not_cut_short(qtbot):
    """1024×600, or pseudo mode's longer words: "1 = hardly in place, …" no longer fits beside the
    legend; it moves to a line below it, whole, and the chart grows by that line."""
    from verktoykasse.ui.wizard.charts import GapBar

    chart = GapChart()
    qtbot.addWidget(chart)
    chart.set_bars([GapBar("Rekruttering", 2, 4), GapBar("Mangfold", 3, 5)])
    chart.resize(1200, chart.sizeHint().height())
    wide = chart.sizeHint().height()
    assert chart._scale_beside_marks()
    chart.resize(int(chart._marks_width()) + 100, wide)  # room for the marks, not for the scale's meaning
    assert not chart._scale_beside_marks()
    assert chart.sizeHint().height() == wide + chart._row_height()
    chart.grab()  # it paints there without a complaint
