"""The owner's month: open the program, see what is due under "Now", do it there, find it in the plan.

"Today" is injected (``MainWindow.clock``), so the story runs a month after the plan was written.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPushButton

from verktoykasse.storage.models import Goal, Kpi, Measure, Measurement, Milestone, Plan

D = dt.date
WRITTEN = D(2027, 2, 10)
A_MONTH_LATER = D(2027, 3, 15)


def add_bakery_plan(database) -> int:
    """A plan written in February: one monthly KPI measured in January, one measure with milestones."""
    with database.session() as session:
        plan = Plan(
            name="Bakeriet 2027",
            period_start=D(2027, 1, 1),
            period_end=D(2027, 12, 31),
            reporting_frequency="quarterly",
        )
        goal = Goal(position=0, title="Flere lærlinger")
        kpi = Kpi(position=0, name="Lærlinger", unit="personer", baseline=1, target=4, frequency="monthly")
        kpi.measurements.append(Measurement(measured_on=D(2027, 1, 31), value=2))
        goal.kpis.append(kpi)
        measure = Measure(
            position=0,
            title="Mentor for nye bakere",
            owner="Kari",
            status="in_progress",
            deadline=D(2027, 6, 30),
        )
        measure.milestones += [
            Milestone(position=0, title="Mentor valgt", due_date=D(2027, 3, 1)),
            Milestone(position=1, title="Første samtale", due_date=D(2027, 9, 1)),
        ]
        measure.goals.append(goal)
        plan.goals.append(goal)
        plan.measures.append(measure)
        session.add(plan)
        session.commit()
        return plan.id


def start(qtbot, data_dir, today: dt.date):
    """The program's window on ``data_dir`` as if it were ``today`` (``MainWindow.clock``)."""
    from verktoykasse.context import AppContext
    from verktoykasse.ui.app import create_application
    from verktoykasse.ui.main_window import MainWindow

    create_application()
    window = MainWindow(AppContext.create(data_dir))
    window.clock = lambda: today
    qtbot.addWidget(window)
    window.show()
    window.load_data()
    QApplication.processEvents()  # "Now" fills in just after the plans are listed
    return window


def now_texts(window) -> list[str]:
    panel = window.home.now
    texts = [w.text() for w in panel.findChildren(QCheckBox) + panel.findChildren(QLabel) if w.isVisible()]
    return [t for t in texts if t]


def test_a_month_later_the_owner_ticks_a_milestone_and_types_a_kpi_value_from_now(qtbot, data_dir, context):
    add_bakery_plan(context.database)
    context.close()
    window = start(qtbot, data_dir, A_MONTH_LATER)
    panel = window.home.now
    shown = "\n".join(now_texts(window))
    assert "Bakeriet 2027" in shown
    assert "Milestone “Mentor valgt” of “Mentor for nye bakere”, overdue since" in shown
    assert (
        "Time to measure “Lærlinger” (goal “Flere lærlinger”), due since" in shown
    )  # monthly, last 31 January
    assert "Første samtale" not in shown  # September: not yet
    assert "Report to the board on 01.04.2027" in shown  # quarterly from 1 January: within 30 days

    box = panel.findChild(QCheckBox, "nowMilestoneDone")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()

    value = panel.findChild(QLineEdit, "nowValue")
    assert value.accessibleName() == "Value of “Lærlinger” today"
    qtbot.keyClicks(value, "tre")
    qtbot.keyClick(value, Qt.Key.Key_Return)
    message = panel.findChild(QLabel, "nowValueMessage")
    assert message.isVisible() and "Write a number" in message.text()  # as on step 5
    value.clear()
    qtbot.keyClicks(value, "3")
    qtbot.keyClick(value, Qt.Key.Key_Return)
    assert not message.isVisible()
    assert panel.findChild(QPushButton, "nowSaveValue").text() == "Saved: 3 personer"
    window.close()

    # The next day the program starts again: both are in the plan, on steps 4 and 5.
    again = start(qtbot, data_dir, A_MONTH_LATER + dt.timedelta(days=1))
    shown = "\n".join(now_texts(again))
    assert "Mentor valgt" not in shown and "Lærlinger" not in shown
    again.open_plan(again.home.selected_plan_id())
    workspace = again.plan_page
    workspace.go_to("measures")
    measures = workspace.current_page().measures
    milestones = measures.detail.findChild(type(measures), "milestones")
    assert milestones.list.row_texts(0)[0] == "Mentor valgt"
    assert milestones.list.row_texts(0)[2] == "Done"
    workspace.go_to("evaluation")
    kpis = workspace.current_page().kpis
    measurements = kpis.detail.findChild(type(kpis), "measurements")
    assert measurements.list.row_texts(measurements.list.count() - 1) == ["15.03.2027", "3 personer"]


def test_each_line_opens_the_exact_place_in_the_wizard(qtbot, data_dir, context):
    add_bakery_plan(context.database)
    context.close()
    window = start(qtbot, data_dir, A_MONTH_LATER)
    lines = window.home.now.findChildren(QPushButton, "nowOpen")
    milestone_line = next(b for b in lines if "Mentor valgt" in b.accessibleName())
    milestone_line.click()
    workspace = window.plan_page
    assert window.pages.currentWidget() is workspace and workspace.current_step == "measures"
    focused = window.focusWidget() or workspace.focusWidget()
    assert focused.objectName() == "milestoneDone"  # the milestone's own "Done" box, inside its measure

    window.show_home()
    kpi_line = next(
        b for b in window.home.now.findChildren(QPushButton, "nowOpen") if "Lærlinger" in b.accessibleName()
    )
    kpi_line.click()
    assert window.plan_page.current_step == "evaluation"
    assert window.plan_page.focusWidget().objectName() == "measurementsAdd"  # ready to add this month's value


def test_a_plan_with_nothing_due_says_so_in_one_line_and_the_day_starts_with_a_quiet_notice(
    qtbot, data_dir, context
):
    add_bakery_plan(context.database)
    with context.database.session() as session:
        session.add(Plan(name="Sommerjobb"))
        session.commit()
    context.close()
    window = start(qtbot, data_dir, A_MONTH_LATER)
    nothing = [label.text() for label in window.home.now.findChildren(QLabel, "nowNothingDue")]
    assert nothing == ["Nothing due in the next 30 days."]
    notice = window.home.now.findChild(QLabel, "dueNotice")
    assert notice.isVisible() and "Today 3 thing" in notice.text()  # the milestone, the KPI, the board report
    window.close()
    again = start(qtbot, data_dir, A_MONTH_LATER)  # the same day: no second notice
    assert not again.home.now.findChild(QLabel, "dueNotice").isVisible()


def test_the_evaluation_step_ends_with_what_comes_next(
    qtbot, data_dir, context, answer_next_dialog, monkeypatch
):
    plan_id = add_bakery_plan(context.database)
    context.close()
    window = start(qtbot, data_dir, A_MONTH_LATER)
    window.open_plan(plan_id)
    window.plan_page.go_to("evaluation")
    button = window.plan_page.next_button
    assert button.isEnabled() and button.text() == "Next: &export the PDF for the board…"
    asked = []
    monkeypatch.setattr(
        window.report_actions,
        "ask_file_name",
        lambda name, language="nb": asked.append(name) or ("", language),
    )
    answer_next_dialog("exportAnywayButton")  # "Ready for the board?" comes first, then the file name
    button.click()
    assert asked and asked[0].endswith(".pdf")

    window.close()
    year_later = start(qtbot, data_dir, D(2028, 1, 20))  # the period ended on 31 December
    year_later.open_plan(plan_id)
    year_later.plan_page.go_to("evaluation")
    button = year_later.plan_page.next_button
    assert button.accessibleName() == "Next: start the next cycle"
    answer_next_dialog("ok", "Bakeriet 2028")
    button.click()
    assert year_later.plan_page.title.text() == "Bakeriet 2028"
    with year_later.database.session() as session:
        assert session.get(Plan, year_later.plan_page.plan_id).previous_plan_id == plan_id


def test_a_long_list_shows_the_most_urgent_lines_first_and_the_rest_on_request(qtbot, data_dir, context):
    with context.database.session() as session:
        plan = Plan(name="Travel plan", period_start=D(2027, 1, 1), period_end=D(2027, 12, 31))
        measure = Measure(title="Mentor", status="in_progress")
        measure.milestones += [
            Milestone(position=n, title=f"Samtale {n + 1}", due_date=D(2027, 1, 1) + dt.timedelta(days=7 * n))
            for n in range(8)
        ]
        plan.measures.append(measure)
        session.add(plan)
        session.commit()
    context.close()
    window = start(qtbot, data_dir, A_MONTH_LATER)
    panel = window.home.now
    boxes = [box.text() for box in panel.findChildren(QCheckBox, "nowMilestoneDone") if box.isVisible()]
    assert len(boxes) == 6 and "Samtale 1" in boxes[0]  # the oldest first
    show_all = panel.findChild(QPushButton, "nowShowAll")
    name = show_all.accessibleName()
    assert name.startswith("Show all 8 line") and name.endswith("of “Travel plan”")
    show_all.click()
    boxes = [box for box in panel.findChildren(QCheckBox, "nowMilestoneDone") if box.isVisible()]
    assert len(boxes) == 8


def test_the_kpis_unit_may_be_typed_with_the_value_in_now_as_on_step_5(qtbot, data_dir, context):
    """“12 %” for a KPI in % and “3 personer” for a KPI in personer are read as on step 5; another word
    beside the number is refused with a message naming it, and the text stays in the field."""
    add_bakery_plan(context.database)
    with context.database.session() as session:
        goal = session.query(Goal).one()
        share = Kpi(position=1, name="Andel deltid", unit="%", baseline=30, target=10, frequency="monthly")
        share.measurements.append(Measurement(measured_on=D(2027, 1, 31), value=25))
        goal.kpis.append(share)
        session.commit()
    context.close()
    window = start(qtbot, data_dir, A_MONTH_LATER)
    panel = window.home.now

    def field(kpi: str) -> tuple[QLineEdit, QLabel, QPushButton]:
        edit = next(e for e in panel.findChildren(QLineEdit, "nowValue") if kpi in e.accessibleName())
        box = edit.parentWidget()
        return edit, box.findChild(QLabel, "nowValueMessage"), box.findChild(QPushButton, "nowSaveValue")

    share_edit, share_message, share_save = field("Andel deltid")
    qtbot.keyClicks(share_edit, "12 timer")
    qtbot.keyClick(share_edit, Qt.Key.Key_Return)
    assert share_message.isVisible() and "without “timer”" in share_message.text()
    assert share_edit.text() == "12 timer"  # nothing typed is lost
    share_edit.clear()
    qtbot.keyClicks(share_edit, "12 %")
    qtbot.keyClick(share_edit, Qt.Key.Key_Return)
    assert not share_message.isVisible()
    assert share_save.text() == "Saved: 12 %"

    people_edit, people_message, people_save = field("Lærlinger")
    qtbot.keyClicks(people_edit, "3 personer")
    qtbot.keyClick(people_edit, Qt.Key.Key_Return)
    assert not people_message.isVisible()
    assert people_save.text() == "Saved: 3 personer"
    window.close()

    with context.database.session() as session:
        values = {kpi.name: kpi.measurements[-1].value for kpi in session.query(Kpi)}
    assert values == {"Lærlinger": 3, "Andel deltid": 12}


def test_with_little_due_the_plans_get_the_room_and_a_long_list_keeps_its_share_and_scrolls(
    qtbot, data_dir, context
):
    """On a 1024×600 laptop "Now" with one line took half the view, an empty box above the plans; it is as
    tall as its lines, and a long list of due lines takes its share and scrolls."""
    add_bakery_plan(context.database)
    context.close()
    window = start(qtbot, data_dir, D(2027, 1, 2))  # nothing due in the next 30 days
    window.resize(1024, 600)
    QApplication.processEvents()
    panel, plans = window.home.now, window.home.plan_list
    body = panel.widget()
    assert panel.height() <= body.heightForWidth(panel.viewport().width()) + 2 * panel.frameWidth()
    assert plans.height() > panel.height() * 3
    assert not panel.verticalScrollBar().isVisible()

    panel.clock = lambda: A_MONTH_LATER  # a month later: the milestone, the KPI and the board report
    with window.database.session() as session:
        for n in range(5):  # and more plans with lines due
            plan = Plan(name=f"Plan {n}", period_start=D(2027, 1, 1), period_end=D(2027, 12, 31))
            measure = Measure(title="Mentor", status="in_progress")
            measure.milestones += [
                Milestone(position=m, title=f"Samtale {m}", due_date=D(2027, 3, 1 + m)) for m in range(6)
            ]
            plan.measures.append(measure)
            session.add(plan)
        session.commit()
    panel.refresh()
    QApplication.processEvents()
    assert panel.verticalScrollBar().isVisible()  # the rest is a scroll away
    assert panel.height() >= window.home.height() // 4
    assert plans.height() >= plans.sizeHintForRow(0) * 2  # and at least two plans stay in view
