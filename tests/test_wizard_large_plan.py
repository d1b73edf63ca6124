"""A business with a large plan (30 goals, 100 measures, two years of monthly figures) works in it as in a
small one: the plan opens with all its lists read in one go, and typing asks the database for nothing but
the save. (Counted in database reads, not timed: the figures are in the wizard-polish report.)"""

from __future__ import annotations

from contextlib import contextmanager

from benchmarks.sample_plans import add_large_plan
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import event

from wizard_support import click, on_page, type_into


@contextmanager
def counting_reads(database):
    """The SELECT statements the program sends while the block runs."""
    reads: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            reads.append(statement)

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        yield reads
    finally:
        event.remove(database.engine, "before_cursor_execute", count)


def open_large_plan(window, step: str):
    with window.database.session() as session:
        plan = add_large_plan(session)
        plan.current_step = step
        session.commit()
        plan_id = plan.id
    with counting_reads(window.database) as reads:
        window.open_plan(plan_id)
    return window.plan_page, reads


def test_a_large_plan_opens_with_its_lists_read_in_one_go(start_window):
    window = start_window()
    for step in ("measures", "evaluation", "profile"):
        ws, reads = open_large_plan(window, step)
        assert ws.current_step == step
        assert ws.step_list.text_of("goals").startswith("3. ")
        assert len(reads) < 30, f"{len(reads)} reads opening at {step}"  # not one per goal or measure (300+)
        # Every other step opens without asking the database again.
        with counting_reads(window.database) as more:
            for other in ("profile", "needs", "gaps", "goals", "measures", "evaluation"):
                ws.go_to(other)
        assert len(more) < 10, f"{len(more)} reads walking the steps"


def test_typing_in_a_large_plan_only_saves_and_the_step_list_follows(start_window, qtbot):
    window = start_window()
    ws, _reads = open_large_plan(window, "profile")
    assert ws.step_list.text_of("profile").endswith("✓ Done")
    field = on_page(ws, QLineEdit, "municipality")
    with counting_reads(window.database) as reads:
        field.setFocus()
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
        assert not ws.step_list.text_of("profile").endswith("✓ Done")  # it follows at once
        type_into(qtbot, field, "Bod")
    assert reads == []  # each keystroke is one save and nothing more
    assert ws.step_list.text_of("profile").endswith("✓ Done")

    ws.go_to("gaps")
    ws.go_to("profile")
    assert on_page(ws, QLineEdit, "municipality").text() == "Bod"


def test_the_measurements_are_read_when_the_evaluation_step_shows_them(start_window, qtbot):
    """Most of a large plan's rows are its KPIs' measurements (1,440): the wizard reads them, in one go,
    only when the evaluation step shows them. The step list knows without them which KPI is unmeasured,
    and a measurement added there counts at once."""
    from verktoykasse.storage.models import Measurement

    window = start_window()
    with window.database.session() as session:
        plan = add_large_plan(session)
        plan.current_step = "measures"
        unmeasured = plan.goals[3].kpis[1]
        unmeasured.measurements.clear()  # a KPI never measured
        session.commit()
        plan_id, unmeasured_id = plan.id, unmeasured.id
    window.open_plan(plan_id)
    ws = window.plan_page

    def measurements_read() -> int:
        return sum(isinstance(row, Measurement) for row in ws.session.identity_map.values())

    assert measurements_read() == 0
    assert "Measurements (1 of 60 KPIs)" in ws.step_list.text_of("evaluation")
    with counting_reads(window.database) as reads:
        ws.go_to("evaluation")
    assert measurements_read() == 59 * 24
    assert len(reads) <= 2, reads  # the KPIs' measurements in one query, not one per KPI
    assert "Measurements (1 of 60 KPIs)" in ws.page("evaluation").missing_label.accessibleName()

    ws.show_place("evaluation", "kpi", unmeasured_id)
    click(qtbot, ws, "measurementsAdd")
    assert "Measurements" not in ws.step_list.text_of("evaluation")
    ws.go_to("measures")
    ws.session.expire_all()  # as after a failed save: every row is read again when next asked for
    assert "Measurements" not in ws.step_list.text_of("evaluation")
    ws.update_completeness()
    assert "Measurements" not in ws.step_list.text_of("evaluation")
