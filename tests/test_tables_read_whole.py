"""A list beside its detail is wide enough to read: its values, units and statuses are shown whole, not
"…" and "Målet er…". On a small laptop (1024×600) the step-5 KPI table stood in a fifth of the page, its
"Now" column showing "…" for 33; where a table cannot have the width its short columns need beside the
detail, it goes above the detail instead."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QBoxLayout

from verktoykasse.domain.vocabulary import Step
from verktoykasse.ui.wizard.list_editor import ListEditor


def cut_cells(table) -> list[str]:
    """The cells of the short columns (all but the title) narrower than their text or badge asks for (a
    text longer than ``WIDEST_SHORT_CHARS`` wraps onto a second line within that width instead)."""
    model, header = table.rows_model, table.horizontalHeader()
    wraps_at = table.fontMetrics().averageCharWidth() * table.WIDEST_SHORT_CHARS
    stretch = {i for i, column in enumerate(model.columns) if column.stretch} or {0}
    return [
        f"{model.columns[column].title}: {model.cell(row, column)[0]!r}"
        for row in range(model.rowCount())
        for column in range(len(model.columns))
        if column not in stretch
        and header.sectionSize(column)
        < min(table.sizeHintForIndex(model.index(row, column)).width(), wraps_at)
    ]


@pytest.fixture(params=["nb", "en"])
def language(request, qapp):
    from verktoykasse.i18n import apply_language, clear_translators

    apply_language(qapp, request.param)
    yield request.param
    clear_translators(qapp)


@pytest.mark.parametrize("size", [(1024, 600), (1100, 760)])
def test_every_list_beside_its_detail_shows_its_values_and_statuses_whole(start_window, language, size):
    from verktoykasse.exchange.example_plan import add_example_plan

    window = start_window()
    with window.database.session() as session:
        plan_id = add_example_plan(session).id
    window.resize(*size)
    window.open_plan(plan_id)
    beside = []
    for step in Step:
        window.plan_page.go_to(step)
        QApplication.processEvents()
        QApplication.processEvents()
        for editor in window.plan_page.current_page().findChildren(ListEditor):
            if not editor.isVisible() or editor.box.direction() != QBoxLayout.Direction.LeftToRight:
                continue
            beside.append(editor.objectName())
            assert cut_cells(editor.list) == [], f"{step}: {editor.objectName()} cuts its cells"
    # The KPIs and their chart stand side by side on both screens, the KPIs readable.
    assert "evaluationKpis" in beside
