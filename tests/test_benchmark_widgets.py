"""A benchmark's widget is gone when its run ends, as the program's event loop would delete it: the runs
after it do not pay for it in the collector (``benchmarks.widgets.discard``, used by the wizard's and the
catalogue search's benchmarks)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def alive(kind: type) -> list:
    return [widget for widget in QApplication.allWidgets() if isinstance(widget, kind)]


def test_the_catalogue_search_benchmark_leaves_no_catalogue_view_behind(qapp, database):
    from benchmarks import search

    from verktoykasse.ui.catalogue.view import CatalogueView

    assert alive(CatalogueView) == []
    rows = search.rows(database, rounds=1)
    assert [row.what for row in rows][-1] == "Catalogue search per keystroke, 10,000 entries"
    assert alive(CatalogueView) == []


def test_the_wizard_benchmark_leaves_no_workspace_behind(qapp, database):
    from benchmarks import wizard

    from verktoykasse.storage.plans import create_plan
    from verktoykasse.ui.plan_workspace import PlanWorkspace

    with database.session() as session:
        plan_id = create_plan(session, "Inkludering 2027").id
    rows = wizard.open_large_plan(database, plan_id, runs=2)
    assert len(rows) == 2
    assert alive(PlanWorkspace) == []
