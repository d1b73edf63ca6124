"""The subsidy estimate against sums done by hand, one scheme at a time, with the arithmetic written out.

The owner of a bakery plans to hire; the board asks "what will it cost us after Nav's subsidies?". These
are the figures the estimate must give, from the rates in the shipped catalogue (December 2026 edition):
holiday pay 10,2 %, occupational pension 2 %, employer's contribution 14,1 % (zone I), G 130 160 kr.
"""

from __future__ import annotations

import datetime as dt

import pytest

from verktoykasse.budget.budget import MeasureCosts, plan_budget
from verktoykasse.budget.subsidy import (
    FIELD_EXTRA_COSTS,
    FIELD_JOB_PERCENT,
    FIELD_MENTOR_HOURS,
    FIELD_SCHEMES,
    FIELD_START,
    FIELD_TARGET_GROUP,
    FIELD_WAGE,
    Assumptions,
    Hire,
    estimate_hire,
    estimate_note,
)
from verktoykasse.catalogue import load_catalogue
from verktoykasse.catalogue.rates import Constants, Scheme, Variant

NO_ON_COSTS = Assumptions(holiday_pay_percent=0, pension_percent=0, contribution_percent=0)
# Nav's wage base for a wage of 30 000 kr with the catalogue's defaults, step by step:
#   holiday pay  = 30 000 × 10,2 %                     = 3 060
#   pension      = (30 000 + 3 060) × 2 %               = 661,20
#   contribution = (30 000 + 3 060 + 661,20) × 14,1 %   = 4 754,6892
#   costs        = 30 000 + 3 060 + 661,20 + 4 754,6892 = 38 475,8892
COSTS_30000 = 38_475.8892


@pytest.fixture(autouse=True)
def bokmal_numbers():
    """Messages and flags show numbers as a Norwegian reader writes them (14,1 %, kr 149 100)."""
    from PySide6.QtCore import QLocale

    from verktoykasse.i18n import locale_for

    before = QLocale()
    QLocale.setDefault(locale_for("nb"))
    yield
    QLocale.setDefault(before)


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    return load_catalogue(tmp_path_factory.mktemp("data")).rates


def test_the_wage_base_is_wage_holiday_pay_pension_and_contribution_on_all(book):
    estimate = estimate_hire(
        Hire(monthly_wage=30_000, start=dt.date(2027, 1, 1), schemes=("midlertidig_lonnstilskudd",)), book
    )
    assert estimate.months[0].cost == pytest.approx(COSTS_30000)


def test_midlertidig_lonnstilskudd_40_percent_for_6_months_then_30(book):
    estimate = estimate_hire(
        Hire(monthly_wage=30_000, start=dt.date(2027, 1, 1), schemes=("midlertidig_lonnstilskudd",)), book
    )
    # 6 × 38 475,8892 × 40 % = 92 342,13; 6 × 38 475,8892 × 30 % = 69 256,60; 12 months in all
    assert [m.percent for m in estimate.months] == [40] * 6 + [30] * 6
    assert estimate.subsidy == pytest.approx(6 * COSTS_30000 * 0.40 + 6 * COSTS_30000 * 0.30)
    assert estimate.subsidy == pytest.approx(161_598.73, abs=0.01)
    assert estimate.by_year() == {
        2027: (pytest.approx(12 * COSTS_30000), pytest.approx(161_598.73, abs=0.01))
    }
    # the contribution rate in the catalogue holds for 2026; a 2027 plan is told so
    assert any("14,1 %" in flag and "31.12.2026" in flag for flag in estimate.flags)
    assert estimate.problems == []


def test_midlertidig_with_reduced_work_capacity_60_then_50_for_two_years_at_half_time(book):
    hire = Hire(
        monthly_wage=30_000,
        job_percent=50,
        reduced_capacity=True,
        start=dt.date(2027, 3, 1),
        schemes=("midlertidig_lonnstilskudd",),
    )
    estimate = estimate_hire(hire, book)
    half = COSTS_30000 / 2  # 19 237,9446: the base is linear in the wage
    # 12 × 19 237,9446 × 60 % = 138 513,20; 12 × 19 237,9446 × 50 % = 115 427,67
    assert len(estimate.months) == 24
    assert estimate.subsidy == pytest.approx(12 * half * 0.6 + 12 * half * 0.5)
    assert estimate.subsidy == pytest.approx(253_940.87, abs=0.01)


def test_varig_lonnstilskudd_75_percent_capped_at_5_g_a_year(book):
    hire = Hire(monthly_wage=120_000, start=dt.date(2025, 5, 1), schemes=("varig_lonnstilskudd",))
    estimate = estimate_hire(hire, book, NO_ON_COSTS, horizon_end=dt.date(2025, 12, 31))
    # May–December 2025: 8 months × 120 000 × 75 % = 720 000, but 5 G = 5 × 130 160 = 650 800:
    # months 1–7 get 90 000 (630 000), month 8 the 20 800 left under the cap.
    assert len(estimate.months) == 8
    assert [m.subsidy for m in estimate.months] == [90_000] * 7 + [pytest.approx(20_800)]
    assert estimate.subsidy == pytest.approx(650_800)


def test_varig_lonnstilskudd_steps_down_to_67_percent_after_a_year(book):
    hire = Hire(monthly_wage=20_000, start=dt.date(2025, 5, 1), schemes=("varig_lonnstilskudd",))
    estimate = estimate_hire(hire, book, NO_ON_COSTS, horizon_end=dt.date(2026, 6, 30))
    # May 2025–June 2026 = 14 months: 12 × 15 000 (75 %) + 2 × 13 400 (67 %) = 206 800
    assert estimate.subsidy == pytest.approx(12 * 15_000 + 2 * 13_400)


def test_the_four_year_trial_for_young_people_70_60_50_35(book):
    hire = Hire(
        target_group="young",
        monthly_wage=30_000,
        start=dt.date(2026, 8, 1),
        schemes=("firearig_lonnstilskudd",),
    )
    estimate = estimate_hire(hire, book, NO_ON_COSTS)
    # 48 months: 12 × 30 000 × (70 % + 60 % + 50 % + 35 %) = 360 000 × 2,15 = 774 000
    assert len(estimate.months) == 48
    assert estimate.subsidy == pytest.approx(774_000)
    # August–December 2026: 5 × 21 000 = 105 000
    assert estimate.by_year()[2026] == (pytest.approx(150_000), pytest.approx(105_000))


def test_the_four_year_trial_does_not_apply_before_it_started_or_to_older_people(book):
    early = estimate_hire(
        Hire(
            target_group="young",
            monthly_wage=30_000,
            start=dt.date(2026, 7, 1),
            schemes=("firearig_lonnstilskudd",),
        ),
        book,
    )
    assert early.months == [] and "01.08.2026" in early.problems_for(FIELD_START)[0]
    older = estimate_hire(
        Hire(
            target_group="immigrants",
            monthly_wage=30_000,
            start=dt.date(2027, 1, 1),
            schemes=("firearig_lonnstilskudd",),
        ),
        book,
    )
    assert older.months == [] and older.problems_for(FIELD_TARGET_GROUP)


def test_summer_job_half_the_costs_of_four_weeks(book):
    hire = Hire(
        target_group="young", monthly_wage=30_000, start=dt.date(2027, 6, 15), schemes=("sommerjobb",)
    )
    estimate = estimate_hire(hire, book)
    # four weeks of a 30 000 monthly wage: 30 000 × 4 / (52 / 12) = 27 692,31;
    # costs = 27 692,31 × 1,102 × 1,02 × 1,141 = 35 516,21; 50 % = 17 758,10
    four_weeks = 30_000 * 4 / (52 / 12)
    assert estimate.months[0].cost == pytest.approx(four_weeks * 1.102 * 1.02 * 1.141)
    assert estimate.subsidy == pytest.approx(17_758.10, abs=0.01)
    # the catalogue's rates are for 2024/25 and the scheme depends on each year's budget: flagged
    assert any("Tilskudd til sommerjobb" in flag and "31.12.2025" in flag for flag in estimate.flags)


def test_summer_job_outside_june_to_august_or_before_2021_gets_no_estimate(book):
    autumn = estimate_hire(
        Hire(target_group="young", monthly_wage=30_000, start=dt.date(2027, 9, 10), schemes=("sommerjobb",)),
        book,
    )
    assert autumn.months == [] and "1 June and 31 August" in autumn.problems_for(FIELD_START)[0]
    before = estimate_hire(
        Hire(target_group="young", monthly_wage=30_000, start=dt.date(2020, 6, 15), schemes=("sommerjobb",)),
        book,
    )
    assert before.months == [] and "01.06.2021" in before.problems_for(FIELD_START)[0]


def test_mentor_grant_covers_the_mentors_hours_and_contribution_for_six_months(book):
    hire = Hire(
        start=dt.date(2027, 1, 1), schemes=("mentortilskudd",), mentor_hours=10, mentor_hourly_wage=400
    )
    estimate = estimate_hire(hire, book)
    # 10 hours × 400 kr × 1,141 = 4 564 a month; 6 months = 27 384
    assert len(estimate.months) == 6
    assert estimate.subsidy == pytest.approx(27_384)
    assert estimate.cost == pytest.approx(27_384)


@pytest.mark.parametrize(
    ("hours", "message"),
    [
        (250, "More than 200 hours a month looks like a typing slip; this part has no estimate."),
        (-10, "Hours cannot be negative; this part has no estimate."),
        (0, "Type the mentor's hours a month, above 0, to get an estimate for this part."),
    ],
)
def test_the_mentors_hours_at_the_edges_are_explained_in_hours_not_kroner(book, hours, message):
    """250 hours a month is more than a month's working hours: a slip, said in hours (it said "kr 200")."""
    hire = Hire(
        start=dt.date(2027, 1, 1), schemes=("mentortilskudd",), mentor_hours=hours, mentor_hourly_wage=400
    )
    estimate = estimate_hire(hire, book)
    assert estimate.problems_for(FIELD_MENTOR_HOURS) == [message]
    assert estimate.subsidy == 0


def test_inclusion_grant_pays_documented_costs_up_to_its_limit(book):
    small = estimate_hire(
        Hire(start=dt.date(2027, 2, 1), schemes=("inkluderingstilskudd",), extra_costs=50_000), book
    )
    assert small.subsidy == 50_000
    large = estimate_hire(
        Hire(start=dt.date(2027, 2, 1), schemes=("inkluderingstilskudd",), extra_costs=200_000), book
    )
    # the limit from 1.1.2024 is 149 100 kr; costs above it stay the employer's
    assert (large.cost, large.subsidy) == (200_000, 149_100)
    assert "kr 149\u00a0100" in large.problems_for(FIELD_EXTRA_COSTS)[0]
    old = estimate_hire(
        Hire(start=dt.date(2023, 6, 1), schemes=("inkluderingstilskudd",), extra_costs=200_000), book
    )
    assert old.subsidy == 143_900  # the limit of 2023


def test_work_practice_costs_no_wage_and_pays_nothing(book):
    estimate = estimate_hire(Hire(start=dt.date(2027, 1, 1), schemes=("arbeidstrening",)), book)
    assert len(estimate.months) == 12
    assert (estimate.cost, estimate.subsidy) == (0, 0)
    assert estimate.problems == []  # no wage is asked for: the participant keeps their benefit


@pytest.mark.parametrize(
    ("changes", "field", "subsidy"),
    [
        ({"monthly_wage": 0}, FIELD_WAGE, 0),
        ({"monthly_wage": -30_000}, FIELD_WAGE, 0),
        ({"monthly_wage": 10_000_000}, FIELD_WAGE, 0),
        ({"job_percent": 150}, FIELD_JOB_PERCENT, 161_598.73),  # capped at 100 %
        ({"job_percent": 0}, FIELD_JOB_PERCENT, 0),
        ({"schemes": ()}, FIELD_SCHEMES, 0),
        ({"start": None}, FIELD_START, 0),
        ({"start": dt.date(2021, 3, 1)}, None, 161_598.73),  # before the catalogue's period: flagged
    ],
)
def test_bad_input_gives_a_message_beside_its_field_and_a_defined_estimate(book, changes, field, subsidy):
    values = {"monthly_wage": 30_000, "start": dt.date(2027, 1, 1), "schemes": ("midlertidig_lonnstilskudd",)}
    estimate = estimate_hire(Hire(**{**values, **changes}), book)
    assert estimate.subsidy == pytest.approx(subsidy, abs=0.01)
    assert estimate.subsidy <= estimate.cost or estimate.cost == 0
    if field is None:
        assert any("hold from 01.01.2023" in flag for flag in estimate.flags)
    else:
        assert estimate.problems_for(field), estimate.problems


def test_two_wage_subsidies_at_once_use_the_first_and_say_so(book):
    hire = Hire(
        monthly_wage=30_000,
        start=dt.date(2027, 1, 1),
        schemes=("midlertidig_lonnstilskudd", "varig_lonnstilskudd"),
    )
    estimate = estimate_hire(hire, book)
    assert {m.scheme for m in estimate.months} == {Scheme.MIDLERTIDIG}
    assert "Midlertidig lønnstilskudd" in estimate.problems_for(FIELD_SCHEMES)[0]


def test_the_budget_adds_cost_hours_and_hires_and_subtracts_the_subsidies(book):
    measure = MeasureCosts(
        title="Ansette to på lønnstilskudd",
        cost=48_000,
        hours=100,
        when=dt.date(2027, 1, 10),
        hires=(Hire(monthly_wage=30_000, start=dt.date(2027, 1, 1), schemes=("midlertidig_lonnstilskudd",)),),
    )
    budget = plan_budget([measure], book, hourly_cost=500)
    # own: 48 000 + 100 h × 500 = 98 000; hire: 12 × 38 475,8892 = 461 710,67 → gross 559 710,67
    # subsidies 161 598,73 → net 398 111,94
    total = budget.total
    assert total.gross == pytest.approx(98_000 + 12 * COSTS_30000)
    assert total.subsidies == pytest.approx(161_598.73, abs=0.01)
    assert total.net == pytest.approx(398_111.94, abs=0.01)
    assert list(budget.by_year()) == [2027]


def test_without_an_hourly_cost_the_hours_are_left_out_and_the_budget_says_so(book):
    budget = plan_budget([MeasureCosts(title="Kurs", cost=10_000, hours=40, when=dt.date(2027, 3, 1))], book)
    assert budget.total.gross == 10_000
    assert budget.notes and "hourly cost" in budget.notes[0]


def test_a_net_cost_is_never_negative(book):
    budget = plan_budget(
        [
            MeasureCosts(
                title="Mentor",
                hires=(
                    Hire(
                        start=dt.date(2027, 1, 1),
                        schemes=("mentortilskudd",),
                        mentor_hours=10,
                        mentor_hourly_wage=400,
                    ),
                ),
            )
        ],
        book,
    )
    assert budget.total.net == 0 and budget.total.subsidies == budget.total.gross


def test_every_rate_the_estimate_uses_is_in_the_shipped_catalogue_with_a_valid_for(book):
    for scheme in Scheme:
        for variant in Variant:
            rates = book.rates_for(scheme, variant)
            assert rates, (scheme, variant)
            assert all(rate.valid_for.start and rate.source for rate in rates)
    for constant in Constants:
        found = book.constants_for(constant)
        assert found and all(c.valid_for.start and c.source for c in found), constant


def test_every_figure_carries_the_estimate_note():
    assert estimate_note() == "Estimate — Nav decides; the official page is the authority."
