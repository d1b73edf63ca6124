""" "Ready for the board?": what the board will miss, each with a way to its field; never blocks the PDF."""

from __future__ import annotations

import datetime as dt

from verktoykasse.domain.readiness import board_gaps
from verktoykasse.storage.models import GapArea, Goal, Kpi, Measure, Plan

D = dt.date
TODAY = D(2027, 3, 15)
NOT_SCORED = "The gap is not scored (today and desired)."
FORGOTTEN = "The goal has no KPI and no measure: the board cannot see how it is followed up."


def test_the_check_lists_what_the_board_will_miss_and_never_nags_a_qualitative_goal(qapp):
    plan = Plan(id=1, name="Bakeriet 2027", period_start=D(2027, 1, 1), period_end=D(2027, 12, 31))
    plan.org_name = plan.org_number = ""  # as a stored plan has them
    plan.gaps = [GapArea(id=1, title="Rekruttering", current_score=2)]
    counted = Goal(id=1, title="Flere lærlinger")
    counted.kpis = [Kpi(id=1, name="Lærlinger", frequency="monthly")]
    qualitative = Goal(id=2, title="Et varmere arbeidsmiljø")  # no KPI, followed up by its measure
    forgotten = Goal(id=3, title="Bedre språkopplæring")  # neither KPI nor measure
    plan.goals = [counted, qualitative, forgotten]
    plan.measures = [
        Measure(id=1, title="Mentor", owner="", status="planned", goals=[qualitative]),
        Measure(id=2, title="Avlyst", owner="", status="cancelled"),
    ]
    found = [(w.step, w.row_kind, w.row_id, w.field, w.where, w.message) for w in board_gaps(plan, TODAY)]
    assert found == [
        ("gaps", "gap_area", 1, "desired_score", "Rekruttering", NOT_SCORED),
        ("goals", "goal", 3, "kpis", "Bedre språkopplæring", FORGOTTEN),
        ("goals", "kpi", 1, "target", "Lærlinger", "The KPI has no target."),
        ("goals", "kpi", 1, "deadline", "Lærlinger", "The KPI has no deadline."),
        ("measures", "measure", 1, "owner", "Mentor", "The measure has no owner."),
        ("measures", "measure", 1, "deadline", "Mentor", "The measure has no deadline."),
        ("evaluation", "kpi", 1, "", "Lærlinger", "No measurement this period (due since 01.02.2027)."),
    ]


def test_the_example_plan_is_ready_for_its_board_on_the_day_it_was_written(qapp, database):
    from verktoykasse.exchange.example_plan import example_plan

    with database.session() as session:
        plan = example_plan(session)
        assert [w.message for w in board_gaps(plan, D(2026, 11, 5)) if w.step != "evaluation"] == []


def test_before_export_the_check_offers_to_go_on_and_a_line_opens_its_field(
    start_window, answer_next_dialog, qtbot, monkeypatch, tmp_path
):
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QApplication, QListWidget

    opened: list = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))  # no PDF viewer here

    window = start_window()
    with window.database.session() as session:
        plan = Plan(name="Bakeriet 2027")
        plan.measures.append(Measure(title="Mentor", status="planned", owner=""))
        session.add(plan)
        session.commit()
        plan_id = plan.id
    window.home.refresh()
    window.open_plan(plan_id)
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(
        window.report_actions, "ask_file_name", lambda _suggested, language="nb": (str(target), language)
    )

    answer_next_dialog("exportAnywayButton")  # the board check comes first, and lets the export go on
    window.report_actions.export_action.trigger()
    assert target.read_bytes().startswith(b"%PDF") and len(opened) == 1

    seen = []

    def go_to_owner() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, go_to_owner)
            return
        listing = dialog.findChild(QListWidget, "readinessList")
        seen.extend(listing.item(i).text() for i in range(listing.count()))
        listing.setCurrentRow(0)
        listing.itemActivated.emit(listing.currentItem())

    QTimer.singleShot(0, go_to_owner)
    window.followup_actions.readiness_action.trigger()
    assert seen == [
        "What we will do – Mentor: The measure has no owner.",
        "What we will do – Mentor: The measure has no deadline.",
    ]
    assert window.plan_page.current_step == "measures"
    assert window.focusWidget().objectName() == "measureOwner"
