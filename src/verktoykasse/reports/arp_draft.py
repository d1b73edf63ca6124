"""File → ARP report draft: the yearly report on equality (redegjørelse, likestillings- og
diskrimineringsloven § 26a) drafted from the plan, ready to go into the annual report (årsberetning).

Bufdir's two parts (``shared/docs/ARP-FACTS.md``): **part 1**, the state of gender equality in
anonymised form — the figures of ``domain.arp_figures``, guarded by ``domain.arp_privacy`` (no figure
here is shown past the guard); **part 2**, the work for equality — principles and procedures, the four
steps with the plan's risks, causes, measures and results, and the employees' representatives'
involvement. It says on every page that it is a draft, and first of all what the business must check and
what is still missing: a missing figure is marked as missing, never made up. Part 2 prints who owns a
measure and who took part in a meeting as typed, often people's names: the check says where, and to use
roles or get consent before publishing (``_names_warning``); nothing typed is changed or left out.

The PDF speaks the plan's report language (``i18n.report_language``), like the action plan. The Word
version (``reports.arp_docx``) lays out the same sections from ``draft_sections``, with the same title,
byline and draft mark (``draft_title``, ``draft_byline``, ``draft_footer``), so the two never differ in
what they say or hide.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from verktoykasse.domain.arp import (
    FOUR_STEPS,
    GROUNDS,
    HR_AREAS,
    INVOLVEMENT_STEPS,
    RiskState,
    arp_text,
    label,
    plan_duty,
    risk_counts,
    risks,
)
from verktoykasse.domain.arp_figures import (
    YearFigures,
    figures_due,
    last_done,
    sorted_years,
    year_figures,
)
from verktoykasse.domain.arp_privacy import Figure, show, threshold_of
from verktoykasse.domain.formatting import format_date, format_money, format_number

if TYPE_CHECKING:
    from verktoykasse.storage.models import Plan

MM = 72 / 25.4
YEARS_SHOWN = 2  # the report year and the one before, to compare


Table = list[list[str]]  # rows of cell texts, the head row first


class Subheading(str):
    """A block of a section that heads what follows it (a year's figures, the principles)."""


@dataclass
class DraftSection:
    """One section of the draft: a heading, then paragraphs (text) and tables in order, then what the
    business has not filled in yet (``missing``, each marked "Missing:")."""

    heading: str
    blocks: list[str | Table] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        return [block for block in self.blocks if isinstance(block, str)]

    @property
    def tables(self) -> list[Table]:
        return [block for block in self.blocks if not isinstance(block, str)]


def _percent(figure: Figure, threshold: int) -> str:
    return show(figure, threshold, lambda value: format_number(round(value, 1)) + " %")


def _weeks(figure: Figure, threshold: int) -> str:
    return show(figure, threshold, lambda value: format_number(round(value, 1)))


def _money(figure: Figure, threshold: int) -> str:
    return show(figure, threshold, format_money)


def pay_headings() -> list[str]:
    """The pay table's headings, the same in the draft and in the window's table of job levels."""
    return [
        QCoreApplication.translate("ArpDraft", "Job level"),
        QCoreApplication.translate("ArpDraft", "Women"),
        QCoreApplication.translate("ArpDraft", "Men"),
        QCoreApplication.translate("ArpDraft", "Women's average pay"),
        QCoreApplication.translate("ArpDraft", "Men's average pay"),
        QCoreApplication.translate("ArpDraft", "Women's pay as a share of men's"),
    ]


def figure_tables(figures: YearFigures) -> list[Table]:
    """The tables of one year's figures as every output shows them (cell texts, the head row first)."""
    limit = figures.threshold
    count = lambda figure: show(figure, limit)  # noqa: E731 - one line per column below
    groups = [
        [
            QCoreApplication.translate("ArpDraft", "Group"),
            QCoreApplication.translate("ArpDraft", "Women"),
            QCoreApplication.translate("ArpDraft", "Men"),
            QCoreApplication.translate("ArpDraft", "Total"),
            QCoreApplication.translate("ArpDraft", "Share of women"),
            QCoreApplication.translate("ArpDraft", "Of women"),
            QCoreApplication.translate("ArpDraft", "Of men"),
        ],
    ]
    for index, row in enumerate(figures.groups):
        rates = ("", "") if index == 0 else (_percent(row.women_rate, limit), _percent(row.men_rate, limit))
        groups.append(
            [
                row.label,
                count(row.women),
                count(row.men),
                count(row.total),
                _percent(row.women_share, limit),
                *rates,
            ]
        )
    leave = [
        [
            QCoreApplication.translate("ArpDraft", "Parental leave"),
            QCoreApplication.translate("ArpDraft", "Women"),
            QCoreApplication.translate("ArpDraft", "Men"),
        ],
        [
            QCoreApplication.translate("ArpDraft", "Average weeks taken"),
            _weeks(figures.leave_weeks_women, limit),
            _weeks(figures.leave_weeks_men, limit),
        ],
    ]
    tables = [groups, leave]
    survey = [
        [
            QCoreApplication.translate("ArpDraft", "Every second year"),
            QCoreApplication.translate("ArpDraft", "Women"),
            QCoreApplication.translate("ArpDraft", "Men"),
            QCoreApplication.translate("ArpDraft", "Total"),
            QCoreApplication.translate("ArpDraft", "Of women part-time"),
            QCoreApplication.translate("ArpDraft", "Of men part-time"),
        ]
    ]
    for row in figures.survey:
        survey.append(
            [
                row.label,
                count(row.women),
                count(row.men),
                count(row.total),
                _percent(row.women_rate, limit),
                _percent(row.men_rate, limit),
            ]
        )
    tables.append(survey)
    if figures.pay:
        pay = [pay_headings()]
        rows = [*figures.pay, *([figures.pay_total] if figures.pay_total else [])]
        for row in rows:
            pay.append(
                [
                    row.level or QCoreApplication.translate("ArpDraft", "(level without a name)"),
                    count(row.women),
                    count(row.men),
                    _money(row.women_pay, limit),
                    _money(row.men_pay, limit),
                    _percent(row.ratio, limit),
                ]
            )
        tables.append(pay)
    return tables


def draft_sections(plan: Plan, today: dt.date) -> list[DraftSection]:
    """The draft's sections in the current language: what to check, the duty, part 1, part 2."""
    decision = plan_duty(plan)
    limit = threshold_of(plan.privacy_threshold)
    years = [row for row in sorted_years(plan.arp_years) if row.year is not None]
    due = figures_due(plan.arp_years, today)
    done = last_done(plan.arp_years)
    counts = risk_counts(plan)
    found = risks(plan)

    # Part 1: the figures.
    part1 = DraftSection(QCoreApplication.translate("ArpDraft", "Part 1: The state of gender equality"))
    part1.blocks.append(
        QCoreApplication.translate(
            "ArpDraft",
            "The figures are shown in anonymised form. A figure "
            "that describes fewer than {threshold} persons "
            "is shown as “fewer than {threshold}”, and a figure that would reveal it (the other gender of a "
            "small group, a share, an average) as “hidden”. This "
            "threshold is the program's rule, not the law's: "
            "check that no person can be recognised.",
        ).format(threshold=limit)
    )
    if not years:
        part1.missing.append(
            QCoreApplication.translate("ArpDraft", "No figures have been typed for any year.")
        )
    if due.yearly_missing:
        part1.missing.append(
            QCoreApplication.translate("ArpDraft", "The figures for {year} are missing.").format(
                year=due.report_year
            )
        )
    if due.survey_due:
        if due.survey_last is None:
            part1.missing.append(
                QCoreApplication.translate(
                    "ArpDraft",
                    "Pay by job level and involuntary part-time have "
                    "not been surveyed (at least every second year).",
                )
            )
        else:
            part1.missing.append(
                QCoreApplication.translate(
                    "ArpDraft",
                    "Pay by job level and involuntary part-time were "
                    "last surveyed for {year}: survey them again.",
                ).format(year=due.survey_last)
            )
    for row in years[:YEARS_SHOWN]:
        figures = year_figures(row, limit, plan.arp_years)
        part1.blocks.append(
            Subheading(QCoreApplication.translate("ArpDraft", "Figures for {year}").format(year=row.year))
        )
        if figures.missing:
            part1.missing.append(
                QCoreApplication.translate("ArpDraft", "{year}: not typed: {groups}.").format(
                    year=row.year, groups=", ".join(figures.missing)
                )
            )
        for problem in figures.problems.values():
            part1.missing.append(
                QCoreApplication.translate("ArpDraft", "{year}: {problem}").format(
                    year=row.year, problem=problem
                )
            )
        part1.blocks += figure_tables(figures)
    if done["pay"] is not None or done["involuntary"] is not None:
        part1.blocks.append(
            QCoreApplication.translate(
                "ArpDraft",
                "Pay by job level last surveyed for: {pay}. Involuntary part-time last surveyed for: {part}.",
            ).format(
                pay=done["pay"] or QCoreApplication.translate("ArpDraft", "never"),
                part=done["involuntary"] or QCoreApplication.translate("ArpDraft", "never"),
            )
        )

    # Part 2: the work.
    part2 = DraftSection(
        QCoreApplication.translate("ArpDraft", "Part 2: Our work for equality and against discrimination")
    )
    if plan.arp_principles.strip():
        part2.blocks += [
            Subheading(QCoreApplication.translate("ArpDraft", "Principles, procedures and standards")),
            plan.arp_principles.strip(),
        ]
    else:
        part2.missing.append(
            QCoreApplication.translate(
                "ArpDraft", "Describe the principles, procedures and standards for equality."
            )
        )
    if plan.arp_responsible.strip():
        part2.blocks += [
            Subheading(QCoreApplication.translate("ArpDraft", "Who is responsible")),
            plan.arp_responsible.strip(),
        ]
    else:
        part2.missing.append(
            QCoreApplication.translate(
                "ArpDraft", "Name who is responsible for the equality work (in a limited company: the board)."
            )
        )
    part2.blocks.append(
        QCoreApplication.translate(
            "ArpDraft",
            "We work in the four steps of the activity duty, together with the employees' representatives. "
            "The steps are part of our plan “{plan}”:",
        ).format(plan=" ".join(plan.name.split()))
    )
    part2.blocks.append(
        [
            [
                QCoreApplication.translate("ArpDraft", "Step"),
                QCoreApplication.translate("ArpDraft", "Where in the plan"),
            ],
            *([arp_text(a), arp_text(b)] for a, b in FOUR_STEPS),
        ]
    )

    steps = DraftSection(QCoreApplication.translate("ArpDraft", "The four steps"))
    steps.blocks.append(
        QCoreApplication.translate(
            "ArpDraft",
            "1. Risks found. Of {cells} cells of the risk map, {risk} "
            "show a risk, {none} no risk, {open} are not assessed.",
        ).format(
            cells=sum(counts.values()),
            risk=counts[RiskState.RISK],
            none=counts[RiskState.NO_RISK],
            open=counts[RiskState.NOT_ASSESSED],
        )
    )
    if counts[RiskState.NOT_ASSESSED]:
        steps.missing.append(
            QCoreApplication.translate("ArpDraft", "{count} cells of the risk map are not assessed.").format(
                count=counts[RiskState.NOT_ASSESSED]
            )
        )
    if found:
        table = [
            [
                QCoreApplication.translate("ArpDraft", "Ground"),
                QCoreApplication.translate("ArpDraft", "HR area"),
                QCoreApplication.translate("ArpDraft", "Causes found (step 2)"),
                QCoreApplication.translate("ArpDraft", "Gap area in the plan"),
            ]
        ]
        for risk in found:
            gap = " ".join(risk.gap.title.split()) if risk.gap is not None else ""
            table.append(
                [
                    label(GROUNDS, risk.ground),
                    label(HR_AREAS, risk.area),
                    risk.cause.strip() or "–",
                    gap or "–",
                ]
            )
            if not risk.cause.strip():
                steps.missing.append(
                    QCoreApplication.translate(
                        "ArpDraft", "The causes of the risk “{ground} – {area}” are not described."
                    ).format(ground=label(GROUNDS, risk.ground), area=label(HR_AREAS, risk.area))
                )
        steps.blocks.append(table)
    gap_ids = {risk.gap_id for risk in found if risk.gap_id is not None}
    measures = [m for m in plan.measures if any(goal.gap_id in gap_ids for goal in m.goals)]
    steps.blocks.append(
        QCoreApplication.translate("ArpDraft", "3. Measures against the risks found, and 4. their results:")
    )
    if measures:
        table = [
            [
                QCoreApplication.translate("ArpDraft", "Measure"),
                QCoreApplication.translate("ArpDraft", "Owner"),
                QCoreApplication.translate("ArpDraft", "Deadline"),
                QCoreApplication.translate("ArpDraft", "What was done"),
                QCoreApplication.translate("ArpDraft", "What it gave"),
            ]
        ]
        for measure in measures:
            table.append(
                [
                    measure.title.strip() or QCoreApplication.translate("ArpDraft", "(untitled)"),
                    measure.owner.strip() or "–",
                    format_date(measure.deadline) or "–",
                    measure.what_was_done.strip() or "–",
                    measure.outcome.strip() or "–",
                ]
            )
        steps.blocks.append(table)
    elif found:
        steps.missing.append(
            QCoreApplication.translate("ArpDraft", "No measure serves a goal of a gap area with a risk.")
        )
    else:
        steps.blocks.append(
            QCoreApplication.translate(
                "ArpDraft", "No risk has been found yet, so no measure is linked to one."
            )
        )

    involvement = DraftSection(
        QCoreApplication.translate("ArpDraft", "Involvement of the employees' representatives")
    )
    meetings = sorted(plan.arp_involvement, key=lambda m: (m.held_on is None, m.held_on or dt.date.min))
    if meetings:
        table = [
            [
                QCoreApplication.translate("ArpDraft", "Date"),
                QCoreApplication.translate("ArpDraft", "Who took part"),
                QCoreApplication.translate("ArpDraft", "Step"),
                QCoreApplication.translate("ArpDraft", "What was discussed"),
            ]
        ]
        for meeting in meetings:
            table.append(
                [
                    format_date(meeting.held_on) or "–",
                    meeting.who.strip() or "–",
                    label(INVOLVEMENT_STEPS, meeting.step) if meeting.step else "–",
                    meeting.topic.strip() or "–",
                ]
            )
        involvement.blocks.append(table)
    else:
        involvement.missing.append(
            QCoreApplication.translate(
                "ArpDraft",
                "No meeting with the employees' representatives is "
                "recorded: the law requires the work to be done with them.",
            )
        )

    duty = DraftSection(QCoreApplication.translate("ArpDraft", "Which duty applies"))
    duty.blocks += [decision.summary(), decision.reason(), decision.reference(), decision.caveat()]
    if not decision.full:
        duty.blocks.append(
            QCoreApplication.translate(
                "ArpDraft",
                "This business is not required to report; the draft "
                "documents its work, which it must be able to do when asked.",
            )
        )

    check = DraftSection(QCoreApplication.translate("ArpDraft", "This is a draft: check before use"))
    check.blocks += [
        QCoreApplication.translate(
            "ArpDraft", "Check that the number of employees and the duty below are right."
        ),
        QCoreApplication.translate(
            "ArpDraft", "Check every figure against the payroll and personnel system."
        ),
        QCoreApplication.translate(
            "ArpDraft",
            "Check that no person can be recognised from the "
            "figures or the text, also where a figure is hidden.",
        ),
        *_names_warning(steps.heading, involvement.heading, measures, meetings),
        QCoreApplication.translate(
            "ArpDraft", "Let the employees' representatives read the report before it is published."
        ),
        QCoreApplication.translate(
            "ArpDraft",
            "The report goes into the annual report (årsberetning) or another "
            "public document; in a limited company the board approves it.",
        ),
    ]
    everything_missing = [*duty.missing, *part1.missing, *part2.missing, *steps.missing, *involvement.missing]
    if everything_missing:
        check.blocks.append(QCoreApplication.translate("ArpDraft", "Still missing:"))
        check.missing = everything_missing
    return [check, duty, part1, part2, steps, involvement]


def _names_warning(steps: str, involvement: str, measures: list, meetings: list) -> list[str]:
    """What to check where the draft prints, as typed, who owns a measure or took part in a meeting: often
    a person's name, in a report that is made public. Nothing is changed or left out (the business decides
    and edits); the draft says where to look. Empty where neither is filled in."""
    where = QCoreApplication.translate("ArpDraft", "“{column}” in “{section}”")
    places = []
    if any(measure.owner.strip() for measure in measures):
        places.append(where.format(column=QCoreApplication.translate("ArpDraft", "Owner"), section=steps))
    if any(meeting.who.strip() for meeting in meetings):
        column = QCoreApplication.translate("ArpDraft", "Who took part")
        places.append(where.format(column=column, section=involvement))
    if not places:
        return []
    both = QCoreApplication.translate("ArpDraft", "{first} and {second}")
    return [
        QCoreApplication.translate(
            "ArpDraft",
            "The draft may name people: it prints what was typed under {places}. The report is made "
            "public: write roles there instead (for example “HR manager”, “union representative”), or get "
            "the consent of each person named before it is published.",
        ).format(places=both.format(first=places[0], second=places[1]) if len(places) == 2 else places[0])
    ]


def draft_title(today: dt.date) -> str:
    """The title of the draft (PDF and Word): it reports on the year before ``today``."""
    return QCoreApplication.translate(
        "ArpDraft", "DRAFT – Report on equality and non-discrimination {year}"
    ).format(year=today.year - 1)


def draft_byline(plan: Plan, today: dt.date) -> tuple[str, str]:
    """Under the title: the business (name · organisation number, or "") and where the draft came from."""
    who = " · ".join(part for part in (" ".join(plan.org_name.split()), plan.org_number.strip()) if part)
    made = QCoreApplication.translate("ArpDraft", "Made by Verktøykassa on {date}, from the plan “{plan}”.")
    return who, made.format(date=format_date(today), plan=" ".join(plan.name.split()))


def draft_footer(plan: Plan) -> str:
    """On every page (the PDF's footer, the Word file's header): it is a draft, of which plan."""
    return QCoreApplication.translate("ArpDraft", "DRAFT – {plan}").format(plan=" ".join(plan.name.split()))


def missing_marker() -> str:
    """The bold word before each thing the business has not filled in yet."""
    return QCoreApplication.translate("ArpDraft", "Missing:")


def _story(plan: Plan, today: dt.date, width: float) -> list:
    from reportlab.platypus import Spacer

    from verktoykasse.reports.action_plan import _cell, _flow, _head, _p, _table
    from verktoykasse.reports.text import markup

    story: list = [_p(markup(draft_title(today)), "h1")]
    who, made = draft_byline(plan, today)
    if who:
        story += _flow(who, "muted")
    story.append(_p(markup(made), "muted"))
    story.append(Spacer(1, 4 * MM))
    for section in draft_sections(plan, today):
        story.append(_p(markup(section.heading), "h2"))
        for block in section.blocks:
            if isinstance(block, Subheading):
                story.append(_p(markup(block), "h3"))
                continue
            if isinstance(block, str):
                story += _flow(block)
                continue
            table = block
            columns = len(table[0])
            first = width * (0.26 if columns > 3 else 0.5)
            widths = [first] + [(width - first) / (columns - 1)] * (columns - 1)
            rows = [[_head(text) for text in table[0]], *([_cell(text) for text in row] for row in table[1:])]
            story += _table(rows, widths)
        marker = missing_marker()
        for missing in section.missing:
            story += _flow(missing, "body", prefix=f"<b>{markup(marker)}</b> ")
    return story


def build_arp_draft(plan: Plan, today: dt.date | None = None, language: str | None = None) -> bytes:
    """The draft as a PDF, in ``language`` or the plan's report language (bokmål unless it says English)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate

    from verktoykasse.i18n import report_language
    from verktoykasse.reports import styles as st
    from verktoykasse.reports import use_our_settings
    from verktoykasse.reports.document import PORTRAIT_MARGINS, _canvas_class, page_template

    use_our_settings()
    st.register_fonts()
    today = today or dt.date.today()
    buffer = io.BytesIO()
    with report_language(language or getattr(plan, "report_language", "")):
        doc = BaseDocTemplate(
            buffer,
            pagesize=A4,
            title=draft_title(today),
            author=plan.org_name,
            subject=plan.name,
            creator="Verktøykassa",
            initialFontName=st.FONT,
        )
        doc.addPageTemplates([page_template("portrait", A4, PORTRAIT_MARGINS)])
        width = A4[0] - PORTRAIT_MARGINS[0] - PORTRAIT_MARGINS[2]
        doc.build(
            _story(plan, today, width),
            canvasmaker=_canvas_class(
                draft_footer(plan), QCoreApplication.translate("ArpDraft", "Page {page} of {pages}")
            ),
        )
    return buffer.getvalue()


def draft_kind(path: str | os.PathLike[str]) -> str:
    """ "docx" for a file name ending in .docx (a Word document to edit), else "pdf"."""
    return "docx" if Path(path).suffix.lower() == ".docx" else "pdf"


def write_arp_draft(
    plan: Plan,
    path: str | os.PathLike[str],
    today: dt.date | None = None,
    language: str | None = None,
    kind: str | None = None,
) -> Path:
    """Build the draft as a PDF or a Word document (``kind``, else by the file name: ``draft_kind``) and
    write it whole or not at all. Raises ``OSError``."""
    from verktoykasse.files import write_atomically

    if (kind or draft_kind(path)) == "docx":
        from verktoykasse.reports.arp_docx import build_arp_docx

        return write_atomically(path, build_arp_docx(plan, today, language))
    return write_atomically(path, build_arp_draft(plan, today, language))


def suggested_file_name(plan_name: str, today: dt.date | None = None, suffix: str = ".pdf") -> str:
    """``ARP-utkast – <plan> – 2026-11-22.pdf`` (or ``.docx``), safe on every system."""
    from verktoykasse.files import safe_file_stem

    name = safe_file_stem(plan_name)
    day = (today or dt.date.today()).isoformat()
    parts = (
        [QCoreApplication.translate("ArpDraft", "ARP report draft"), name, day]
        if name
        else [QCoreApplication.translate("ArpDraft", "ARP report draft"), day]
    )
    return " – ".join(parts) + suffix
