"""The board's decision pack on paper: the decision box on the summary page (what to decide, the budget
after expected subsidies, the next three months, the approval line), present only when there is something
to put in it; the budget tables; the timeline with a "today" line and each measure's state in colour,
pattern and word; text large enough to read on paper.
"""

from __future__ import annotations

import datetime as dt
import io

from test_report_pdf import TODAY, add_filled_plan, pages_text, render, squeeze
from verktoykasse.storage.models import BoardDecision, Measure, Milestone, Plan, PlannedHire


def _board_plan(session) -> int:
    """The bakery's plan with what the board needs: two decisions, an hourly cost, a hire on
    midlertidig lønnstilskudd, a milestone next month and the approval filled in after the meeting."""
    plan_id = add_filled_plan(session)
    plan = session.get(Plan, plan_id)
    plan.board_decisions += [
        BoardDecision(position=0, text="vedta handlingsplanen for 2027"),
        BoardDecision(position=1, text="sette av kr 60 000 til mentorordningen"),
    ]
    plan.hourly_cost = 500
    plan.approved_by = "Styreleder Kari Nordmann"
    measure = plan.measures[0]
    measure.planned_hires.append(
        PlannedHire(
            position=0,
            label="Pakkeriarbeider",
            target_group="cv_gaps",
            monthly_wage=30_000,
            job_percent=100,
            start_date=dt.date(2027, 1, 1),
            schemes="midlertidig_lonnstilskudd",
        )
    )
    measure.milestones.append(
        Milestone(position=5, title="Første deltaker starter", due_date=TODAY + dt.timedelta(days=20))
    )
    session.commit()
    return plan_id


def _empty_plan(session) -> int:
    plan = Plan(name="Tom plan", org_name="Fjordbakeriet AS")
    plan.measures.append(Measure(position=0, title="Kartlegge behov", status="planned"))
    session.add(plan)
    session.commit()
    return plan.id


def test_the_summary_page_asks_the_board_to_decide_with_the_budget_and_the_next_three_months(qapp, database):
    with database.session() as session:
        plan_id = _board_plan(session)
    summary = squeeze(pages_text(render(database, plan_id))[1])
    assert squeeze("For the board's decision") in summary
    assert squeeze("The board is asked to:") in summary
    assert squeeze("vedta handlingsplanen for 2027") in summary and squeeze("sette av kr 60 000") in summary
    # gross: 12 500 + 40 h × 500 + 12 × 38 475,89 = 494 210,67; subsidies 161 598,73; net 332 611,94
    assert squeeze("Gross cost kr 494 211") in summary
    assert squeeze("Expected subsidies from Nav (estimate) kr 161 599") in summary
    assert squeeze("Net cost kr 332 612") in summary
    assert squeeze("Estimate — Nav decides; the official page is the authority.") in summary
    assert (
        squeeze("Milestones in the next three months") in summary
        and squeeze("Første deltaker starter") in summary
    )
    assert (
        squeeze("Decided on") in summary
        and squeeze("Signature") in summary
        and squeeze("Styreleder Kari Nordmann") in summary
    )


def test_a_plan_with_nothing_for_the_board_prints_no_box(qapp, database):
    with database.session() as session:
        plan_id = _empty_plan(session)
    text = squeeze(" ".join(pages_text(render(database, plan_id))))
    assert squeeze("For the board's decision") not in text
    assert squeeze("Signature") not in text
    assert squeeze("Budget and expected subsidies") not in text


def test_a_box_shows_only_the_parts_it_has(qapp, database):
    with database.session() as session:
        plan_id = _empty_plan(session)
        plan = session.get(Plan, plan_id)
        plan.board_decisions.append(BoardDecision(position=0, text="godkjenne planen"))
        session.commit()
    summary = squeeze(pages_text(render(database, plan_id))[1])
    assert squeeze("For the board's decision") in summary and squeeze("godkjenne planen") in summary
    assert squeeze("Budget for the plan") not in summary
    assert squeeze("Milestones in the next three months") not in summary
    assert squeeze("Signature") in summary  # the line to sign on paper


def test_the_budget_tables_give_gross_subsidies_and_net_per_measure_and_each_hire(qapp, database):
    with database.session() as session:
        plan_id = _board_plan(session)
    text = squeeze(" ".join(pages_text(render(database, plan_id))))
    assert squeeze("Budget and expected subsidies") in text
    assert squeeze("The whole plan kr 494 211 kr 161 599 kr 332 612") in text
    assert squeeze("Pakkeriarbeider") in text and squeeze("Midlertidig lønnstilskudd") in text
    assert squeeze("Hourly cost: kr 500.") in text
    assert squeeze("nav.no/arbeidsgiver/midlertidig-lonnstilskudd") in text  # the rate's source


def test_the_timeline_has_a_today_line_and_states_in_words_with_a_legend(qapp, database):
    with database.session() as session:
        plan_id = add_filled_plan(session)
        plan = session.get(Plan, plan_id)
        plan.measures.append(
            Measure(
                position=1,
                title="Mentorordning",
                status="paused",
                start_date=dt.date(2026, 9, 1),
                deadline=dt.date(2027, 3, 1),
            )
        )
        plan.measures.append(
            Measure(
                position=2,
                title="Åpne utlysninger",
                status="in_progress",
                start_date=dt.date(2026, 6, 1),
                deadline=dt.date(2026, 10, 1),
            )
        )
        plan.measures.append(
            Measure(
                position=3,
                title="Kartlegging",
                status="done",
                start_date=dt.date(2026, 5, 1),
                deadline=dt.date(2026, 8, 1),
            )
        )
        session.commit()
    pages = pages_text(render(database, plan_id))
    timeline = next(page for page in pages if "Timeline" in page and "Today" in page)
    for word in ("Done", "Late", "Paused", "In progress", "Planned", "milestone", "Today"):
        assert squeeze(word) in squeeze(timeline), word


def _font_sizes(data: bytes) -> list[float]:
    from pypdf import PdfReader

    sizes: list[float] = []

    def visit(text, cm, tm, _font, size):
        if text.strip():  # the size as printed: the font size through the text and the page's matrices
            a = tm[0] * cm[0] + tm[1] * cm[2]
            b = tm[0] * cm[1] + tm[1] * cm[3]
            sizes.append(round(size * (a * a + b * b) ** 0.5, 2))

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def test_nothing_on_paper_is_smaller_than_7_5_pt_and_tables_are_9_pt(qapp, database):
    from verktoykasse.reports import styles as st

    with database.session() as session:
        plan_id = _board_plan(session)
    sizes = _font_sizes(render(database, plan_id))
    assert sizes and min(sizes) >= 7.5
    for name in ("cell", "cell_bold", "head_cell", "small"):
        assert st.styles()[name].fontSize >= 9, name
