"""A user with a large system font (1.7×) and long titles: every step fits the window, nothing needs
sideways scrolling, and the plan's header does not push the window wider than the screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from verktoykasse.domain.vocabulary import STEPS
from verktoykasse.storage.editing import add_row


@pytest.fixture
def large_font(qapp) -> Iterator[None]:
    previous = qapp.font()
    font = qapp.font()
    font.setPointSizeF(font.pointSizeF() * 1.7)
    qapp.setFont(font)
    yield
    qapp.setFont(previous)


def test_with_a_large_font_every_step_fits_the_window_without_sideways_scrolling(
    large_font, start_window, qtbot
):
    window = start_window()
    with window.database.session() as session:
        from verktoykasse.exchange.example_plan import add_example_plan

        plan = add_example_plan(session)
        gap = add_row(session, plan, "gaps", title="Rutiner for oppfølging og inkludering over tid " * 4)
        add_row(session, plan, "goals", title="Nye medarbeidere blir værende", gap_id=gap.id)
        plan_id = plan.id
    window.resize(1100, 760)
    window.open_plan(plan_id)
    ws = window.plan_page
    for step in STEPS:
        ws.go_to(step)
        QApplication.processEvents()
        assert window.width() <= 1100, f"{step} made the window wider than the user left it"
        page = ws.current_page()
        needed = page.widget().minimumSizeHint().width()
        assert needed <= page.viewport().width(), f"{step} needs {needed} px, has {page.viewport().width()}"
