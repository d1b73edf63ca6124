"""The equality duty (ARP) as the owner meets it: on the profile, which duty applies (and only what
applies); in File → Equality duty (ARP)…, the risk map, the representatives' meetings and the figures,
with messages beside figures that do not add up and small numbers hidden in what will be published."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton

from wizard_support import pause, type_into

TODAY = dt.date(2027, 3, 1)


@pytest.fixture
def bakery(start_window):
    """A bakery of 8 with one gap area, open on its profile."""
    from verktoykasse.storage.models import GapArea
    from verktoykasse.storage.plans import create_plan

    window = start_window()
    window.clock = lambda: TODAY
    with window.database.session() as session:
        plan = create_plan(session, "Inkludering 2027")
        plan.org_name = "Fjordbakeriet AS"
        plan.employees = 8
        plan.gaps.append(GapArea(title="Rekrutteringsprosesser", position=0))
        session.commit()
        plan_id = plan.id
    window.open_plan(plan_id, "profile")
    return window, plan_id


def test_a_business_of_8_sees_one_line_and_a_business_of_30_is_asked_whether_a_party_asked(qtbot, bakery):
    window, _plan_id = bakery
    page = window.plan_page.current_page()
    text = page.findChild(QLabel, "profileDutyText")
    asked = page.findChild(QCheckBox, "arpRequested")
    open_button = page.findChild(QPushButton, "openArpButton")
    assert text.text().startswith("You have the activity duty, as every employer")
    assert "§ 26 first paragraph" in text.text()
    assert not asked.isVisible() and not open_button.isVisible()

    type_into(qtbot, page.findChild(QLineEdit, "employees"), "30")
    pause(qtbot)
    assert asked.isVisible()
    assert "If a union representative or a majority of the employees asks" in text.text()
    asked.setChecked(True)
    assert "You have the activity duty and the reporting duty" in text.text() and "§ 26a" in text.text()
    assert open_button.isVisible()

    employer = page.findChild(QComboBox, "employerSector")
    employees = page.findChild(QLineEdit, "employees")
    employees.setFocus()
    employees.selectAll()
    qtbot.keyClick(employees, Qt.Key.Key_Delete)
    pause(qtbot)
    employer.setCurrentIndex(employer.findData("public"))
    assert "A public employer has the full duty whatever its size." in text.text()
    with window.database.session() as session:
        from verktoykasse.storage.models import Plan

        plan = session.query(Plan).one()
        assert (plan.employer_sector, plan.arp_requested, plan.employees) == ("public", True, None)


def run_in_arp_window(window, steps, open_it=None) -> None:
    """Open the ARP window (File → Equality duty (ARP)…, or ``open_it()``), do ``steps(arp)``, close it."""
    from PySide6.QtCore import QTimer

    from verktoykasse.ui.arp_window import ArpWindow

    done = []

    def act() -> None:
        arp = QApplication.activeModalWidget()
        if not isinstance(arp, ArpWindow):
            QTimer.singleShot(10, act)
            return
        try:
            steps(arp)
        finally:
            done.append(True)
            if arp.isVisible():
                arp.reject()

    QTimer.singleShot(0, act)
    if open_it is None:
        window.arp_actions.window_action.trigger()
    else:
        open_it()
    assert done


def test_the_owner_maps_a_risk_logs_a_meeting_and_types_the_year_with_small_groups_hidden(qtbot, bakery):
    window, plan_id = bakery
    seen: dict[str, object] = {}

    def work(arp) -> None:
        # A business of 8: only the duty until it chooses to document the work.
        assert [arp.tabs.isTabVisible(i) for i in range(4)] == [True, False, False, False]
        arp.findChild(QCheckBox, "arpDocument").setChecked(True)
        assert all(arp.tabs.isTabVisible(i) for i in range(4))

        risk_map = arp.risk_map
        risk_map.table.setCurrentCell(2, 0)  # ethnicity × recruitment
        assert risk_map.cell_title.text() == "Ethnicity × Recruitment"
        risk_map.state.setCurrentIndex(risk_map.state.findData("risk"))
        risk_map.gap.setCurrentIndex(risk_map.gap.findData(risk_map.plan.gaps[0].id))
        type_into(qtbot, risk_map.cause_box, "Vi rekrutterer bare via venner")
        pause(qtbot)
        seen["cell"] = risk_map.table.item(2, 0).text()

        arp.meetings.add_row()
        type_into(qtbot, arp.meetings.detail.findChild(QLineEdit, "arpMeetingWho"), "Tillitsvalgt Aisha")
        pause(qtbot)

        figures = arp.figures
        figures.years.add_row()
        detail = figures.years.detail
        for name, value in (("arpYearWomen", "3"), ("arpYearMen", "15"), ("arpYearPartTimeWomen", "4")):
            type_into(qtbot, detail.findChild(QLineEdit, name), value)
        pause(qtbot)
        seen["beside"] = detail.findChild(QLabel, "arpYearPartTimeWomenWarning").text()
        seen["preview"] = figures.preview.text()

    run_in_arp_window(window, work)
    assert seen["cell"] == "Risk — see gap “Rekrutteringsprosesser”"
    assert seen["beside"] == "⚠ More part-timers than women employed."
    assert "fewer than 5" in seen["preview"] and "hidden" in seen["preview"]
    assert ">15<" not in seen["preview"] and ">3<" not in seen["preview"]
    with window.database.session() as session:
        from verktoykasse.storage.editing import load_plan

        plan = load_plan(session, plan_id)
        assert plan.arp_document
        risk = plan.arp_risks[0]
        assert (risk.ground, risk.area, risk.state, risk.gap.title, risk.cause) == (
            "ethnicity",
            "recruitment",
            "risk",
            "Rekrutteringsprosesser",
            "Vi rekrutterer bare via venner",
        )
        assert [(m.held_on, m.who) for m in plan.arp_involvement] == [(TODAY, "Tillitsvalgt Aisha")]
        year = plan.arp_years[0]
        assert (year.year, year.women, year.men, year.part_time_women) == (2026, 3, 15, 4)


def test_now_reminds_of_the_figures_and_the_two_yearly_survey_and_opens_the_figures(qtbot, bakery):
    from verktoykasse.storage.models import Plan

    window, plan_id = bakery
    with window.database.session() as session:
        session.get(Plan, plan_id).employees = 60
        session.commit()
    window.show_home()
    now = window.home.now
    now.refresh()
    lines = [label.text() for label in now.findChildren(QLabel)]
    assert any(line.startswith("Equality figures for 2026 (ARP)") for line in lines)
    assert any("two-yearly equality survey for 2026 is due" in line for line in lines)
    # The buttons say what they open: the year alone ("Open “2026” in the plan") told a listener nothing.
    buttons = {
        b.accessibleName(): b.text() for b in now.findChildren(QPushButton, "nowOpen") if b.isVisible()
    }
    assert buttons == {
        "Open the equality figures for 2026": "Open the figures",
        "Open the equality survey for 2026: pay and involuntary part-time": "Open the figures",
    }
    opened = []
    button = next(
        b
        for b in now.findChildren(QPushButton, "nowOpen")
        if b.isVisible() and b.accessibleName() == "Open the equality figures for 2026"
    )
    run_in_arp_window(window, lambda arp: opened.append(arp.tabs.currentIndex()), button.click)
    assert opened == [3]
    assert window.plan_page is not None and window.plan_page.plan_id == plan_id  # back on the plan


def test_a_long_gap_name_in_the_risk_map_is_shown_whole_at_every_width_of_the_window(qtbot, bakery):
    """The cell wraps the whole name onto as many lines as it needs (no line cut off below the cell), and
    the tooltip and what a screen reader says carry it too."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from verktoykasse.storage.models import ArpRisk, GapArea, Plan

    window, plan_id = bakery
    name = "Rekrutteringsprosessene for lærlinger og deltidsansatte på nattskiftet i produksjonen"
    with window.database.session() as session:
        plan = session.get(Plan, plan_id)
        plan.employees = 60
        gap = GapArea(title=name, position=1)
        plan.gaps.append(gap)
        plan.arp_risks.append(ArpRisk(ground="gender", area="recruitment", state="risk", gap=gap))
        session.commit()
    shown = []

    def look(arp) -> None:
        table = arp.risk_map.table
        item = table.item(0, 0)  # gender × recruitment
        for width in (1000, 700, 1300):
            arp.resize(width, 700)
            QApplication.processEvents()
            option = QStyleOptionViewItem()
            option.rect = table.visualItemRect(item)
            option.font = table.font()
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            wanted = table.itemDelegate().sizeHint(option, table.indexFromItem(item)).height()
            shown.append((width, table.rowHeight(0) >= wanted))
        shown.append(item.text())
        shown.append(item.toolTip())
        shown.append(item.data(Qt.ItemDataRole.AccessibleTextRole))

    run_in_arp_window(window, look)
    assert shown[:3] == [(1000, True), (700, True), (1300, True)]
    assert shown[3] == shown[4] == f"Risk — see gap “{name}”"
    assert shown[5] == f"Gender, Recruitment: Risk — see gap “{name}”"


def test_a_year_typed_with_a_digit_too_many_is_explained_beside_it_and_not_stored(qtbot, bakery):
    """20266 for 2026 is refused in words about a year (not about persons), and the year stays 2026; so
    are negative weeks of parental leave, in words about weeks."""
    window, plan_id = bakery
    seen: list[str] = []

    def work(arp) -> None:
        arp.findChild(QCheckBox, "arpDocument").setChecked(True)
        arp.figures.years.add_row()
        detail = arp.figures.years.detail
        for typed in ("20266", "-2026"):
            type_into(qtbot, detail.findChild(QLineEdit, "arpYearYear"), typed)
            pause(qtbot)
            seen.append(detail.findChild(QLabel, "arpYearYearMessage").text())
        type_into(qtbot, detail.findChild(QLineEdit, "arpYearLeaveWeeksWomen"), "-4,5")
        pause(qtbot)
        seen.append(detail.findChild(QLabel, "arpYearLeaveWeeksWomenMessage").text())

    run_in_arp_window(window, work)
    assert seen == ["⚠ A year between 1900 and 2100, please."] * 2 + ["⚠ Weeks of leave cannot be negative."]
    with window.database.session() as session:
        from verktoykasse.storage.editing import load_plan

        assert [row.year for row in load_plan(session, plan_id).arp_years] == [2026]
