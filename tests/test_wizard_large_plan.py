"""A business with a large plan (30 goals, 100 measures, two years of monthly figures) works in it as in a
small one: the plan opens with all its lists read in one go, and typing asks the database for nothing but
the save. (Counted in database reads, not timed: the figures are in the wizard-polish report.)"""

from __future__ import annotations

from contextlib import contextmanager

from benchmarks.sample_plans import add_large_plan
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import event

from wizard_support import on_page, type_into


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
