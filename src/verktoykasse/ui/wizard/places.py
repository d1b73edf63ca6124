"""Opening a page of the wizard at one row and one field: where a line of "Now" or of the board check
points (a milestone inside its measure, a KPI's measurements, a measure's owner, a gap's score).

A place is (row kind, row id, field): the row kinds are the tables' names as ``domain.validation`` and
``domain.followup`` use them. Nested rows are reached through their parents' lists — a milestone by
selecting its measure first, a KPI on step 3 by selecting its goal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from verktoykasse.ui.wizard.list_editor import ListEditor

if TYPE_CHECKING:
    from verktoykasse.storage.models import Plan
    from verktoykasse.ui.wizard.pages.base import StepPage

# The field a place opens on when none is named: what the user most likely came to do there.
DEFAULT_FIELD = {"milestone": "done", "measure": "status", "plan": "reporting_frequency"}


def find_row(plan: Plan, kind: str, row_id: int) -> Any:
    """The row of ``kind`` with ``row_id`` in ``plan`` (the plan itself for ``"plan"``), or None."""
    if kind == "plan":
        return plan
    candidates: list[Any] = []
    if kind == "gap_area":
        candidates = list(plan.gaps)
    elif kind == "goal":
        candidates = list(plan.goals)
    elif kind == "kpi":
        candidates = [kpi for goal in plan.goals for kpi in goal.kpis]
    elif kind == "measure":
        candidates = list(plan.measures)
    elif kind == "milestone":
        candidates = [m for measure in plan.measures for m in measure.milestones]
    return next((row for row in candidates if row.id == row_id), None)


def _chain(row: Any, kind: str, top_rows: set[int]) -> list[Any]:
    """The rows to select, outermost first: a milestone's measure, a KPI's goal (unless the page lists
    KPIs at the top, as step 5 does)."""
    if kind == "milestone":
        return [row.measure, row]
    if kind == "kpi" and id(row) not in top_rows:
        return [row.goal, row]
    return [row]


def _select(editors: list[ListEditor], row: Any) -> ListEditor | None:
    for editor in editors:
        if row in editor.rows:
            editor.reload(select=row)
            return editor
    return None


def _field_widget(scope: QWidget, field: str) -> QWidget | None:
    """The widget bound to ``field`` inside ``scope``: forms name them after the attribute
    (``measureOwner``, ``milestoneDone``, ``reportingFrequency``)."""
    wanted = field.replace("_", "").lower()
    for widget in scope.findChildren(QWidget):
        name = widget.objectName().lower()
        if name and name.endswith(wanted) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return widget
    return None


def show_place(page: StepPage, kind: str, row_id: int, field: str = "") -> QWidget | None:
    """Select the row in ``page`` and put the keyboard on ``field`` (or the row's usual field); returns
    the widget that got the focus, or None when the row is not on this page (deleted meanwhile)."""
    row = find_row(page.plan, kind, row_id)
    if row is None:
        return None
    scope: QWidget = page
    target: QWidget | None = None
    if kind != "plan":
        top_rows = {id(r) for editor in page.list_editors for r in editor.rows}
        editors = list(page.list_editors)
        editor: ListEditor | None = None
        for step_row in _chain(row, kind, top_rows):
            editor = _select(editors, step_row)
            if editor is None or editor.detail is None:
                return None
            editors = editor.detail.findChildren(ListEditor)
        assert editor is not None and editor.detail is not None
        scope = editor.detail
        if kind == "kpi" and not field:  # step 5: straight to "Add" a measurement
            nested = scope.findChildren(ListEditor)
            target = nested[0].add_button if nested else None
        target = target or editor.list
    field = field or DEFAULT_FIELD.get(kind, "")
    if field:
        target = _field_widget(scope, field) or target
    if target is None:
        return None
    page.ensureWidgetVisible(target)
    target.setFocus(Qt.FocusReason.OtherFocusReason)
    return target
