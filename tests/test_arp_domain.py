"""The equality duty (ARP) decided from the profile, the figures guarded for privacy, and the survey reminder.

Facts: shared/docs/ARP-FACTS.md. Every employer has the activity duty (§ 26 first paragraph); public
employers and private ones with more than 50 employees also follow the four steps and report (§ 26a);
private ones with 20–50 do so when a party asks.
"""

from __future__ import annotations

import datetime as dt

import pytest

from verktoykasse.domain.arp import Duty, duty_decision
from verktoykasse.domain.arp_figures import figures_due, last_done, year_figures, year_problems
from verktoykasse.domain.arp_privacy import (
    DEFAULT_THRESHOLD,
    Hidden,
    guard_grid,
    guard_pair,
    show,
    threshold_of,
)


@pytest.mark.parametrize(
    ("employees", "sector", "asked", "duty"),
    [
        (10, "private", False, Duty.ACTIVITY),
        (10, "private", True, Duty.ACTIVITY),  # a request does not oblige a business under 20
        (20, "private", False, Duty.ACTIVITY_UNLESS_ASKED),
        (20, "private", True, Duty.FULL),
        (50, "private", False, Duty.ACTIVITY_UNLESS_ASKED),
        (50, "private", True, Duty.FULL),
        (51, "private", False, Duty.FULL),
        (10, "public", False, Duty.FULL),
        (None, "public", False, Duty.FULL),  # a public employer's duty does not depend on its size
        (None, "private", False, Duty.UNKNOWN),
        (0, "private", False, Duty.UNKNOWN),
    ],
)
def test_the_duty_follows_the_profile(employees, sector, asked, duty):
    decision = duty_decision(employees, sector, asked)
    assert decision.duty == duty
    assert decision.summary() and decision.reason()
    if duty == Duty.FULL:
        assert "§ 26a" in decision.reference()
    else:
        assert "§ 26 first paragraph" in decision.reference()


def test_a_business_of_exactly_50_is_told_that_sources_disagree():
    assert "50 or more" in duty_decision(50).caveat()
    assert "disagree" not in duty_decision(51).caveat()
    assert "average number of employees over the accounting year" in duty_decision(51).caveat()


def test_the_threshold_is_five_unless_the_plan_says_otherwise_and_never_below_three():
    assert threshold_of(None) == DEFAULT_THRESHOLD == 5
    assert threshold_of(7) == 7
    assert threshold_of(1) == 3


def test_a_small_group_hides_itself_and_the_other_gender_that_would_give_it_back():
    women, men, total = guard_pair(3, 15, 5)
    assert (women.hidden, men.hidden, total.hidden) == (Hidden.SMALL, Hidden.REVEALS, Hidden.SHOWN)
    assert show(women, 5) == "fewer than 5" and show(men, 5) == "hidden" and show(total, 5) == "18"
    women, men, total = guard_pair(7, 9, 5)
    assert all(f.shown for f in (women, men, total))
    # No one of a gender describes no person: 0 is shown.
    assert [f.hidden for f in guard_pair(6, 0, 5)] == [Hidden.SHOWN] * 3


def test_a_table_of_levels_never_leaves_one_hidden_cell_in_a_line_that_adds_up():
    cells = [[2, 9], [8, 7], [6, 12]]
    body, rows, columns, grand = guard_grid(cells, 5)
    matrix = [[*row, total] for row, total in zip(body, rows, strict=True)] + [[*columns, grand]]
    lines = matrix + [list(column) for column in zip(*matrix, strict=True)]
    for line in lines:
        assert sum(not figure.shown for figure in line) != 1
    assert body[0][0].hidden == Hidden.SMALL


def test_a_year_of_small_groups_shows_no_derived_figure_that_gives_them_back():
    year = {
        "year": 2026,
        "women": 4,
        "men": 14,
        "temporary_women": 1,
        "temporary_men": 6,
        "part_time_women": 3,
        "part_time_men": 2,
        "leave_women": 2,
        "leave_men": 5,
        "leave_weeks_women": 31.5,
        "leave_weeks_men": 12.0,
        "involuntary_women": 1,
        "involuntary_men": 0,
        "pay_levels": [
            {"level": "Bakere", "women": 2, "men": 8, "women_pay": 43217, "men_pay": 45000},
            {"level": "Butikk", "women": 2, "men": 6, "women_pay": 39999, "men_pay": 38000},
        ],
    }
    figures = year_figures(year, None)
    employees = figures.groups[0]
    assert not employees.women.shown and not employees.men.shown and employees.total.value == 18
    assert not employees.women_share.shown
    temporary = figures.groups[1]
    assert not temporary.women_rate.shown and not temporary.men_rate.shown  # of the hidden staff counts
    assert not figures.leave_weeks_women.shown and figures.leave_weeks_men.shown
    assert all(not row.women_pay.shown and not row.ratio.shown for row in figures.pay)
    assert figures.pay_total is not None and not figures.pay_total.women_pay.shown


def test_figures_that_do_not_add_up_get_a_message_beside_the_field():
    problems = year_problems({"year": 2026, "women": 3, "part_time_women": 5, "leave_weeks_men": 10})
    assert problems["part_time_women"] == "More part-timers than women employed."
    assert "how many took leave" in problems["leave_weeks_men"]
    assert "No figures" in year_problems({"year": 2026})["women"]
    assert year_problems({"year": None})["year"] == "Type the year the figures are for."


def test_the_two_yearly_survey_is_due_two_years_after_it_was_last_done():
    years = [
        {"year": 2024, "women": 9, "men": 9, "involuntary_women": 1, "pay_levels": [{"women": 9, "men": 9}]},
        {"year": 2025, "women": 9, "men": 9, "pay_levels": []},
    ]
    assert last_done(years) == {"yearly": 2025, "pay": 2024, "involuntary": 2024}
    in_2026 = figures_due(years, dt.date(2026, 2, 1))
    assert (in_2026.report_year, in_2026.yearly_missing, in_2026.survey_due) == (2025, False, False)
    in_2027 = figures_due(years, dt.date(2027, 2, 1))
    assert (in_2027.yearly_missing, in_2027.survey_due, in_2027.survey_last) == (True, True, 2024)
    assert figures_due([], dt.date(2027, 2, 1)).survey_last is None


def test_the_calendar_reminds_of_the_figures_every_year_and_of_the_survey_every_second_year(context):
    from icalendar import Calendar

    from verktoykasse.reports.calendar import build_calendar
    from verktoykasse.storage.followup import load_plan_to_follow
    from verktoykasse.storage.models import ArpPayLevel, ArpYear
    from verktoykasse.storage.plans import create_plan

    with context.database.session() as session:
        plan = create_plan(session, "Likestilling")
        plan.employees = 60
        year = ArpYear(year=2026, women=30, men=30, involuntary_women=2, involuntary_men=1)
        year.pay_levels = [ArpPayLevel(level="Alle", women=30, men=30)]
        plan.arp_years = [year]
        session.commit()
        calendar = Calendar.from_ical(
            build_calendar([load_plan_to_follow(session, plan.id)], dt.date(2027, 3, 1))
        )
    events = {str(e["summary"]).split(": ", 1)[1]: e for e in calendar.walk("VEVENT")}
    figures = events["Equality figures for the year just ended (ARP)"]
    survey = events["Two-yearly equality survey (ARP): pay by job level and involuntary part-time"]
    # 2026 is typed: the next figures (for 2027) are asked for at the end of January 2028; the survey
    # done for 2026 is next due for 2028, in January 2029, and then every second year.
    assert figures.decoded("dtstart") == dt.date(2028, 1, 31) and figures["rrule"]["FREQ"] == ["YEARLY"]
    assert survey.decoded("dtstart") == dt.date(2029, 1, 31) and survey["rrule"]["INTERVAL"] == [2]


def test_the_next_cycle_starts_from_last_years_risk_map_and_keeps_the_figures_not_the_meetings(context):
    from safety_data import add_full_plan
    from verktoykasse.storage.editing import load_plan
    from verktoykasse.storage.next_cycle import start_next_cycle

    with context.database.session() as session:
        old = add_full_plan(session)
        new = load_plan(session, start_next_cycle(session, old.id, "Inkluderingsplan 2028").id)
        assert [(r.ground, r.area, r.state, r.gap.title if r.gap else None) for r in new.arp_risks] == [
            ("ethnicity", "recruitment", "risk", "Rekrutteringsprosesser"),
            ("gender", "harassment", "no_risk", None),
        ]
        assert new.arp_risks[0].gap in new.gaps  # the new plan's own gap area, not the old one's
        assert [(y.year, [level.level for level in y.pay_levels]) for y in new.arp_years] == [
            (2026, ["Bakere"])
        ]
        assert new.arp_involvement == []
        assert (new.employer_sector, new.arp_requested, new.privacy_threshold) == ("private", True, 4)
