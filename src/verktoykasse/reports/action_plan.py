"""The content of the action plan, section by section, as reportlab flowables.

Order follows how a board reads: cover, a one-page summary, then the gap analysis, goals and KPIs, the
measures, the timeline, roles and follow-up, the schemes and contacts used, and the evaluation status.
Every user string goes through ``text.markup``/``text.pieces`` (escaped); headings are translated with the
"Report" context; dates, numbers and money go through ``domain.formatting``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale

from verktoykasse.domain.followup import add_months, occurrences
from verktoykasse.domain.formatting import format_date, format_money, format_number
from verktoykasse.domain.labels import frequency_label, priority_label
from verktoykasse.domain.status import (
    MEASURE_STATES,
    KpiState,
    kpi_status,
    measure_state,
    measure_status_label,
    state_label,
)
from verktoykasse.domain.vocabulary import OPEN_STATUSES, Priority
from verktoykasse.reports import styles as st
from verktoykasse.reports.charts import gap_chart, kpi_chart
from verktoykasse.reports.text import MAX_PARAGRAPH, clean, drawable, markup, needs_shaping, pieces, shorten
from verktoykasse.storage.models import Contact, GapArea, Goal, Kpi, Measure, Plan

if TYPE_CHECKING:  # the catalogue is handed in by the caller: reports do not find it themselves
    from verktoykasse.catalogue import Catalogue

log = logging.getLogger("verktoykasse.reports")

MM = 72 / 25.4
_DASH = "–"
MAX_TIMELINE_MONTHS = 60
SUMMARY_TEXT = 600  # characters of the problem statement on the one-page summary
SUMMARY_TITLE = 150
MONTHS_PER_TIMELINE_TABLE = 18
# A table cell taller than this (points) shows the beginning of its text and a reference, and the whole
# text follows below the table at full width: no row is ever taller than a page, and the board reads a
# long answer as prose instead of a column a few words wide.
MAX_CELL_HEIGHT = 170
CELL_PREVIEW = 160  # characters of such a cell's text kept in the table

_PRIORITY_ORDER = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}


# -- small builders -----------------------------------------------------------------------------------
def _p(text_markup: str, style: str = "body"):
    from verktoykasse.reports.paragraph import Paragraph  # breaks its lines once per width

    if needs_shaping(text_markup):  # Arabic, Hebrew …: joined and ordered by HarfBuzz
        return Paragraph(text_markup, st.shaped(style))
    return Paragraph(text_markup, st.styles()[style])


def _flow(value: object, style: str = "body", *, prefix: str = "", suffix: str = "", rest: str = "") -> list:
    """User text as paragraphs of at most ``text.MAX_PARAGRAPH`` characters: a 100,000-character title
    flows over pages instead of being laid out again for every page it fills. ``prefix`` (markup) opens
    the first paragraph, ``suffix`` closes the last; paragraphs after the first take ``rest``'s style."""
    parts = pieces(value) or [_DASH]
    parts[0] = prefix + parts[0]
    parts[-1] += suffix
    return [_p(parts[0], style), *(_p(part, rest or style) for part in parts[1:])]


def _user_flow(value: object, style: str = "body") -> list:
    """User text as several paragraphs, so a 5,000-character answer flows over pages."""
    return [_p(piece, style) for piece in pieces(value)]


class _Cell(NamedTuple):
    """User text for a table cell, turned into a string or paragraphs once the column width is known."""

    value: object
    style: str


def _cell(value: object, style: str = "cell") -> _Cell:
    return _Cell(value, style)


def _resolve(cell: _Cell, width: float):
    """A dash when empty, several paragraphs when long (so rows can split over pages).

    Text that surely fits on one line of the column stays a plain string: reportlab draws those
    literally (no markup) and far faster than a Paragraph, which matters for big plans.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = clean(cell.value).strip()
    if cell.style == "cell" and "\n" not in text:
        if not text:
            return _DASH
        if len(text) < 80 and drawable(text) and stringWidth(text, st.FONT, 8) <= width - 9:
            return text
    parts = pieces(text)
    if not parts:
        return _p(_DASH, cell.style)
    if len(parts) == 1:
        return _p(parts[0], cell.style)
    return [_p(part, cell.style) for part in parts]


def _head(text: str):
    return _p(markup(text), "head_cell")


def _table(
    rows: list[list[Any]],
    widths: list[float],
    header_rows: int = 1,
    extra: list | None = None,
    zebra: bool = True,
) -> list:
    """The table, followed by the full text of any cell too tall for it (see ``MAX_CELL_HEIGHT``)."""
    from reportlab.platypus import Table

    rows = [
        [
            _resolve(cell, widths[column]) if isinstance(cell, _Cell) else cell
            for column, cell in enumerate(row)
        ]
        for row in rows
    ]
    notes = _move_tall_cells(rows, widths, header_rows)
    # A row taller than a page must split inside itself; reportlab does that only with flowables in every
    # cell, which are slower, so only tables with such long text pay for it.
    tall = any(isinstance(cell, list) and len(cell) > 2 for row in rows for cell in row)
    if tall:
        rows = [
            [_p(markup(cell), "cell") if isinstance(cell, str) and cell else cell for cell in row]
            for row in rows
        ]
    table = Table(
        rows,
        colWidths=widths,
        repeatRows=header_rows,
        splitByRow=1,
        splitInRow=1 if tall else 0,
        hAlign="LEFT",
        spaceBefore=2,
        spaceAfter=8,
    )
    table.setStyle(st.table_style(header_rows, zebra=zebra, extra=extra))
    return [table, *notes]


def _paragraphs(cell: Any) -> list:
    """The paragraphs of a cell (one, a list of them), or nothing when it holds anything else."""
    from reportlab.platypus import Paragraph

    cells = cell if isinstance(cell, list) else [cell]
    return cells if cells and all(isinstance(c, Paragraph) for c in cells) else []


def _move_tall_cells(rows: list[list[Any]], widths: list[float], header_rows: int) -> list:
    """Replace each cell taller than ``MAX_CELL_HEIGHT`` by its beginning and "continued in note N below
    the table", and return the notes: a label naming the column and row, then the cell's paragraphs.

    Only cells with much text are measured, so ordinary tables cost nothing extra.
    """
    notes: list = []
    for row_index in range(header_rows, len(rows)):
        row = rows[row_index]
        for column, cell in enumerate(row):
            paragraphs = _paragraphs(cell)
            size = sum(len(p.text) + 40 * p.text.count("<br/>") for p in paragraphs)
            if size < 300:
                continue
            height = sum(p.wrap(widths[column] - 8, 1e9)[1] for p in paragraphs)
            if height <= MAX_CELL_HEIGHT:
                continue
            number = sum(1 for note in notes if note.style.name == "label") + 1
            plain = " ".join(p.getPlainText() for p in paragraphs)
            reference = QCoreApplication.translate("Report", "(continued in note {number} below the table)")
            row[column] = _p(
                f"{markup(shorten(plain, CELL_PREVIEW))} "
                f'<font color="{st.MUTED}">{markup(reference.format(number=number))}</font>',
                "cell",
            )
            header = _paragraphs(rows[header_rows - 1][column]) if header_rows else []
            label = QCoreApplication.translate("Report", "Note {number}: {column}, row {row}").format(
                number=number,
                column=" ".join(p.getPlainText() for p in header) or column + 1,
                row=row_index - header_rows + 1,
            )
            notes.append(_p(markup(label), "label"))
            for paragraph in paragraphs:  # a huge one (a 100,000-character title) as pieces that flow
                if len(paragraph.text) > 3 * MAX_PARAGRAPH:
                    notes += _flow(paragraph.getPlainText(), paragraph.style.name.removesuffix("_shaped"))
                else:
                    notes.append(paragraph)
    return notes


def _heading(number: int, text: str) -> list:
    from verktoykasse.reports.paragraph import Paragraph

    return [Paragraph(f"{number}&nbsp;&nbsp;{markup(text)}", st.styles()["h1"])]


def _not_filled() -> Any:
    return _p(markup(QCoreApplication.translate("Report", "Not filled in yet.")), "muted")


def _labelled(label: str, value: object) -> list:
    """A small grey label over the user's text; nothing at all when the user left it empty."""
    if not str(value or "").strip():
        return []
    return [_p(markup(label), "label"), *_user_flow(value)]


def _period(plan: Plan) -> str:
    if plan.period_start is None and plan.period_end is None:
        return ""
    return f"{format_date(plan.period_start)} {_DASH} {format_date(plan.period_end)}".strip(f" {_DASH}")


def _number_with_unit(value: float | None, unit: str) -> str:
    if value is None:
        return _DASH
    text = format_number(value)
    if not unit:
        return text
    return f"{text} %" if unit.strip() == "%" else f"{text} {unit}"


def _gap_size(gap: GapArea) -> int | None:
    if gap.current_score is None or gap.desired_score is None:
        return None
    return gap.desired_score - gap.current_score


def _goal_number(plan: Plan) -> dict[int, int]:
    return {goal.id: index for index, goal in enumerate(plan.goals, start=1)}


def _measure_number(plan: Plan) -> dict[int, int]:
    return {measure.id: index for index, measure in enumerate(plan.measures, start=1)}


def _all_kpis(plan: Plan) -> list[tuple[Goal, Kpi]]:
    return [(goal, kpi) for goal in plan.goals for kpi in goal.kpis]


# -- catalogue ----------------------------------------------------------------------------------------
def _entry_fields(catalogue, entry_id: str) -> tuple[str, str, list[str]]:
    """Name, provider and the ways to reach a catalogue entry (web address, phone, e-mail), so the
    board sees whom to call; the id alone when the entry is unknown."""
    entry = catalogue.get(entry_id) if catalogue is not None else None
    if entry is None:
        return entry_id, "", []
    name = getattr(entry, "name", "") or getattr(entry, "title", "") or entry_id
    provider = getattr(entry, "provider", "") or ""
    reach = [str(getattr(entry, key, "") or "") for key in ("url", "phone", "email")]
    return str(name), str(provider), [x for x in reach if x.strip()]


# -- sections -----------------------------------------------------------------------------------------
def _cover(plan: Plan, today: dt.date) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import HRFlowable, PageBreak, Spacer

    story: list = [Spacer(1, 45 * MM)]
    if plan.org_name.strip():
        story += _flow(plan.org_name, "cover_org")
        story.append(Spacer(1, 4 * MM))
    story.append(_p(markup(QCoreApplication.translate("Report", "Action plan for inclusion")), "cover_title"))
    story += _flow(plan.name, "cover_plan")
    story.append(HRFlowable(width="100%", thickness=1.2, color=colors.HexColor(st.ACCENT), spaceAfter=14))
    meta = []
    period = _period(plan)
    if period:
        meta.append((QCoreApplication.translate("Report", "Period"), period))
    meta.append((QCoreApplication.translate("Report", "Date"), format_date(today)))
    if plan.org_number.strip():
        meta.append((QCoreApplication.translate("Report", "Organisation number"), plan.org_number))
    contact = ", ".join(p for p in (plan.contact_person, plan.contact_email, plan.contact_phone) if p.strip())
    if contact:
        meta.append((QCoreApplication.translate("Report", "Contact"), contact))
    for label, value in meta:
        story += _flow(value, "cover_meta", prefix=f"<b>{markup(label)}:</b> ")
    story.append(Spacer(1, 30 * MM))
    if plan.problem_statement.strip():
        story.append(_p(markup(QCoreApplication.translate("Report", "The question we work from")), "label"))
        story.append(_p(markup(shorten(plan.problem_statement, SUMMARY_TEXT)), "body"))
    story.append(PageBreak())
    return story


def _summary(plan: Plan, width: float, height: float, today: dt.date) -> list:
    from reportlab.platypus import KeepInFrame, PageBreak

    content: list = _heading(1, QCoreApplication.translate("Report", "Summary for the board"))
    # The summary must stay one readable page, so long texts are cut here; they are in full elsewhere.
    if plan.problem_statement.strip():
        statement = shorten(plan.problem_statement, SUMMARY_TEXT)
        content.append(_p(markup(statement), "body"))
        if statement != " ".join(clean(plan.problem_statement).split()):
            content.append(
                _p(markup(QCoreApplication.translate("Report", "The full text is in section 2.")), "muted")
            )

    gaps = sorted(
        plan.gaps,
        key=lambda g: (_PRIORITY_ORDER.get(g.priority, 3), -(_gap_size(g) or 0), g.position),
    )[:5]
    content.append(_p(markup(QCoreApplication.translate("Report", "Prioritised gaps")), "h2"))
    if gaps:
        rows = [
            [
                _head(QCoreApplication.translate("Report", "Area")),
                _head(QCoreApplication.translate("Report", "Today")),
                _head(QCoreApplication.translate("Report", "Desired")),
                _head(QCoreApplication.translate("Report", "Priority")),
            ]
        ]
        for gap in gaps:
            rows.append(
                [
                    _cell(shorten(gap.title, SUMMARY_TITLE)),
                    _cell(gap.current_score),
                    _cell(gap.desired_score),
                    _cell(priority_label(gap.priority)),
                ]
            )
        content.extend(_table(rows, [width - 75 * MM, 20 * MM, 20 * MM, 35 * MM]))
    else:
        content.append(_not_filled())

    content.append(_p(markup(QCoreApplication.translate("Report", "Goals")), "h2"))
    if plan.goals:
        shown = plan.goals[:6]
        for number, goal in enumerate(shown, start=1):
            content.append(
                _p(f"<b>{number}.</b> {markup(shorten(goal.title, SUMMARY_TITLE) or _DASH)}", "body")
            )
        if len(plan.goals) > len(shown):
            more = QCoreApplication.translate("Report", "… and {count} more goals (section 3).").format(
                count=len(plan.goals) - len(shown)
            )
            content.append(_p(markup(more), "muted"))
    else:
        content.append(_not_filled())

    content.append(_p(markup(QCoreApplication.translate("Report", "Key measures")), "h2"))
    if plan.measures:
        counts = Counter(measure_state(m, today) for m in plan.measures)
        line = ", ".join(
            f"{state_label(state)}: {counts[state]}" for state in MEASURE_STATES if counts.get(state)
        )
        content.append(_p(markup(line), "muted"))
        numbers = _measure_number(plan)
        key = sorted(
            (m for m in plan.measures if m.status in OPEN_STATUSES),
            key=lambda m: (_PRIORITY_ORDER.get(m.priority, 3), m.deadline or dt.date.max, m.position),
        )[:6]
        if key:
            rows = [
                [
                    _head("#"),
                    _head(QCoreApplication.translate("Report", "Measure")),
                    _head(QCoreApplication.translate("Report", "Owner")),
                    _head(QCoreApplication.translate("Report", "Deadline")),
                    _head(QCoreApplication.translate("Report", "Status")),
                ]
            ]
            for measure in key:
                rows.append(
                    [
                        _cell(numbers[measure.id]),
                        _cell(shorten(measure.title, SUMMARY_TITLE)),
                        _cell(shorten(measure.owner, SUMMARY_TITLE)),
                        _cell(format_date(measure.deadline)),
                        _cell(measure_status_label(measure, today)),
                    ]
                )
            content.extend(_table(rows, [8 * MM, width - 101 * MM, 38 * MM, 22 * MM, 33 * MM]))
    else:
        content.append(_not_filled())

    content.append(_p(markup(QCoreApplication.translate("Report", "KPI status")), "h2"))
    kpis = _all_kpis(plan)
    if kpis:
        states = Counter(kpi_status(kpi).state for _goal, kpi in kpis)
        content.append(
            _p(
                markup(
                    QCoreApplication.translate(
                        "Report",
                        "{reached} of {total} KPIs have reached their target, {improving} are improving.",
                    ).format(
                        reached=states[KpiState.REACHED],
                        total=len(kpis),
                        improving=states[KpiState.IMPROVING],
                    )
                ),
                "muted",
            )
        )
        rows = [
            [
                _head(QCoreApplication.translate("Report", "KPI")),
                _head(QCoreApplication.translate("Report", "Baseline")),
                _head(QCoreApplication.translate("Report", "Latest")),
                _head(QCoreApplication.translate("Report", "Target")),
                _head(QCoreApplication.translate("Report", "Status")),
            ]
        ]
        for _goal, kpi in kpis[:8]:
            status = kpi_status(kpi)
            latest = status.latest.value if status.latest else None
            rows.append(
                [
                    _cell(shorten(kpi.name, SUMMARY_TITLE)),
                    _cell(_number_with_unit(kpi.baseline, kpi.unit)),
                    _cell(_number_with_unit(latest, kpi.unit)),
                    _cell(_number_with_unit(kpi.target, kpi.unit)),
                    _cell(status.label),
                ]
            )
        content.extend(_table(rows, [width - 114 * MM, 26 * MM, 26 * MM, 26 * MM, 36 * MM]))
        if len(kpis) > 8:
            more = QCoreApplication.translate("Report", "All {count} KPIs are in sections 3 and 8.").format(
                count=len(kpis)
            )
            content.append(_p(markup(more), "muted"))
    else:
        content.append(_not_filled())
    return [KeepInFrame(width, height, content, mode="shrink"), PageBreak()]


def _gap_section(plan: Plan, width: float) -> list:
    from reportlab.platypus import CondPageBreak, KeepTogether

    story: list = _heading(2, QCoreApplication.translate("Report", "Gap analysis"))
    if len(" ".join(clean(plan.problem_statement).split())) > SUMMARY_TEXT:  # cut on the cover and summary
        story.append(_p(markup(QCoreApplication.translate("Report", "The question we work from")), "label"))
        story += _user_flow(plan.problem_statement)
    if not plan.gaps:
        return [*story, _not_filled()]
    story.append(
        _p(
            markup(
                QCoreApplication.translate(
                    "Report", "Each area scored today and as desired, from 1 (weak) to 5 (strong)."
                )
            ),
            "muted",
        )
    )
    rows = [
        [
            _head(QCoreApplication.translate("Report", "Area")),
            _head(QCoreApplication.translate("Report", "Today")),
            _head(QCoreApplication.translate("Report", "Desired")),
            _head(QCoreApplication.translate("Report", "Gap")),
            _head(QCoreApplication.translate("Report", "Effect")),
            _head(QCoreApplication.translate("Report", "Priority")),
            _head(QCoreApplication.translate("Report", "UN goals")),
        ]
    ]
    for gap in plan.gaps:
        sdgs = ", ".join(
            str(n) for n, flag in ((4, gap.sdg4), (8, gap.sdg8), (10, gap.sdg10), (17, gap.sdg17)) if flag
        )
        rows.append(
            [
                _cell(gap.title),
                _cell(gap.current_score),
                _cell(gap.desired_score),
                _cell(_gap_size(gap)),
                _cell(gap.expected_effect),
                _cell(priority_label(gap.priority)),
                _cell(sdgs),
            ]
        )
    story.extend(_table(rows, [width - 116 * MM, 15 * MM, 16 * MM, 13 * MM, 16 * MM, 22 * MM, 34 * MM]))
    scored = [g for g in plan.gaps if g.current_score is not None or g.desired_score is not None]
    if scored:
        story.append(CondPageBreak(60 * MM))
        story.append(_p(markup(QCoreApplication.translate("Report", "Today and desired, per area")), "h2"))
        story.append(gap_chart(scored, width))
    for gap in plan.gaps:
        block = _flow(gap.title, "h3", rest="body")
        block += _labelled(QCoreApplication.translate("Report", "Today"), gap.current_situation)
        block += _labelled(QCoreApplication.translate("Report", "Desired situation"), gap.desired_situation)
        block += _labelled(QCoreApplication.translate("Report", "What already works well"), gap.works_well)
        story.append(KeepTogether(block[:3]) if len(block) > 3 else KeepTogether(block))
        story += block[3:]
    if plan.strengths:
        story.append(
            _p(markup(QCoreApplication.translate("Report", "What already works well, to celebrate")), "h2")
        )
        for strength in plan.strengths:
            story += _flow(strength.description, prefix="•&nbsp;")
            if strength.celebration.strip():
                story[-1] = _p(f"{story[-1].text} {_DASH} <i>{pieces(strength.celebration)[0]}</i>")
                story += [_p(f"<i>{part}</i>") for part in pieces(strength.celebration)[1:]]
    return story


def _goal_section(plan: Plan, width: float) -> list:
    from reportlab.platypus import KeepTogether

    story: list = _heading(3, QCoreApplication.translate("Report", "Goals and KPIs"))
    if not plan.goals:
        return [*story, _not_filled()]
    for number, goal in enumerate(plan.goals, start=1):
        title = QCoreApplication.translate("Report", "Goal {number}").format(number=number)
        block = _flow(goal.title, "h2", prefix=f"{markup(title)}: ", rest="body")
        if goal.gap is not None:
            block.append(
                _p(
                    markup(
                        QCoreApplication.translate("Report", "Area: {title}").format(title=goal.gap.title)
                    ),
                    "muted",
                )
            )
        block += _labelled(QCoreApplication.translate("Report", "What changes"), goal.change)
        block += _labelled(QCoreApplication.translate("Report", "Why it matters to us"), goal.relevance)
        block += _labelled(QCoreApplication.translate("Report", "How we measure it"), goal.measurable)
        if goal.kpis:
            rows = [
                [
                    _head(QCoreApplication.translate("Report", "KPI")),
                    _head(QCoreApplication.translate("Report", "Baseline")),
                    _head(QCoreApplication.translate("Report", "Target")),
                    _head(QCoreApplication.translate("Report", "Deadline")),
                    _head(QCoreApplication.translate("Report", "Latest value")),
                    _head(QCoreApplication.translate("Report", "Status")),
                ]
            ]
            for kpi in goal.kpis:
                status = kpi_status(kpi)
                latest = _DASH
                if status.latest is not None:
                    latest = (
                        f"{_number_with_unit(status.latest.value, kpi.unit)} "
                        f"({format_date(status.latest.measured_on)})"
                    )
                details = [kpi.name or _DASH]
                extra = ", ".join(
                    x
                    for x in (
                        frequency_label(kpi.frequency),
                        kpi.data_source,
                        kpi.measured_by,
                    )
                    if x
                )
                cell = [_p(markup(details[0]), "cell")]
                if extra:
                    cell.append(_p(markup(extra), "small"))
                rows.append(
                    [
                        cell,
                        _cell(_number_with_unit(kpi.baseline, kpi.unit)),
                        _cell(_number_with_unit(kpi.target, kpi.unit)),
                        _cell(format_date(kpi.deadline)),
                        _cell(latest),
                        _cell(status.label),
                    ]
                )
            # "Utgangsverdi" (baseline) needs 24 mm in bold, or the heading breaks inside the word.
            table = _table(rows, [width - 124 * MM, 25 * MM, 20 * MM, 20 * MM, 32 * MM, 27 * MM])
            if len(block) < 6:
                story.append(KeepTogether([*block, *table]))
            else:  # the heading stays with its first lines, and the table with "How we measure it"
                story += [KeepTogether(block[:2]), *block[2:-2], KeepTogether([*block[-2:], *table])]
        else:
            block.append(_p(markup(QCoreApplication.translate("Report", "No KPIs yet.")), "muted"))
            story.append(KeepTogether(block))
    return story


def _measure_section(plan: Plan, width: float, today: dt.date, catalogue: Catalogue | None) -> list:
    story: list = _heading(4, QCoreApplication.translate("Report", "Measures"))
    if not plan.measures:
        return [*story, _not_filled()]
    goals = _goal_number(plan)
    rows = [
        [
            _head("#"),
            _head(QCoreApplication.translate("Report", "Measure")),
            _head(QCoreApplication.translate("Report", "Goal")),
            _head(QCoreApplication.translate("Report", "Owner")),
            _head(QCoreApplication.translate("Report", "Start")),
            _head(QCoreApplication.translate("Report", "Deadline")),
            _head(QCoreApplication.translate("Report", "Status")),
            _head(QCoreApplication.translate("Report", "Resources")),
            _head(QCoreApplication.translate("Report", "Expected effect")),
            _head(QCoreApplication.translate("Report", "Schemes used")),
        ]
    ]
    small = f'<font size="7.2" color="{st.MUTED}">'
    for number, measure in enumerate(plan.measures, start=1):
        # One paragraph per cell where possible (lines joined with <br/>): big plans build much faster.
        description = pieces(measure.description)
        head = f"<b>{markup(measure.title or _DASH)}</b>"
        if measure.area.strip():
            head += f"<br/>{small}{markup(measure.area)}</font>"
        if description:
            head += f"<br/>{small}{description[0]}</font>"
        what = [_p(head, "cell"), *(_p(piece, "small") for piece in description[1:])]
        owner = markup(measure.owner or _DASH)
        if measure.responsible.strip() and measure.responsible != measure.owner:
            responsible = QCoreApplication.translate("Report", "Responsible: {name}").format(
                name=measure.responsible
            )
            owner += f"<br/>{small}{markup(responsible)}</font>"
        resources = []
        if measure.cost_nok is not None:
            resources.append(markup(format_money(measure.cost_nok)))
        if measure.hours is not None:
            resources.append(
                markup(
                    QCoreApplication.translate("Report", "{hours} hours").format(
                        hours=format_number(measure.hours)
                    )
                )
            )
        note = pieces(measure.resource_note)
        if note:
            resources.append(f"{small}{note[0]}</font>")
        resource_cell = [_p("<br/>".join(resources), "cell")] if resources else []
        resource_cell += [_p(piece, "small") for piece in note[1:]]
        schemes = [_scheme_name(catalogue, r.catalogue_entry_id, r.contact) for r in measure.resources_used]
        rows.append(
            [
                _cell(number),
                what,
                _cell(", ".join(str(goals[g.id]) for g in measure.goals if g.id in goals)),
                _p(owner, "cell"),
                _cell(format_date(measure.start_date)),
                _cell(format_date(measure.deadline)),
                _cell(measure_status_label(measure, today)),
                resource_cell or _cell(""),
                _cell(measure.expected_effect),
                _p("<br/>".join(markup(x) for x in schemes), "cell") if schemes else _cell(""),
            ]
        )
    fixed = [8, 12, 32, 19, 19, 19, 26, 44, 36]
    widths = [w * MM for w in fixed]
    widths.insert(1, width - sum(widths))
    story.append(
        _p(
            markup(
                QCoreApplication.translate(
                    "Report", "The Goal column refers to the goal numbers in section 3."
                )
            ),
            "muted",
        )
    )
    story.extend(_table(rows, widths))
    return story


def _scheme_name(catalogue, entry_id: str | None, contact: Contact | None) -> str:
    if contact is not None:
        return contact.name
    return _entry_fields(catalogue, entry_id or "")[0]


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _timeline_section(plan: Plan, width: float) -> list:
    from reportlab.lib import colors

    story: list = _heading(5, QCoreApplication.translate("Report", "Timeline"))
    dated = [m for m in plan.measures if m.start_date or m.deadline or any(s.due_date for s in m.milestones)]
    days = [d for m in dated for d in (m.start_date, m.deadline, *(s.due_date for s in m.milestones)) if d]
    if plan.period_start:
        days.append(plan.period_start)
    if plan.period_end:
        days.append(plan.period_end)
    if not dated or not days:
        return [
            *story,
            _p(markup(QCoreApplication.translate("Report", "No measures with dates yet.")), "muted"),
        ]
    first = _month_index(plan.period_start or min(days))
    last = _month_index(plan.period_end or max(days))
    first = min(first, _month_index(min(days)))
    last = max(last, _month_index(max(days)))
    if last - first + 1 > MAX_TIMELINE_MONTHS:
        last = first + MAX_TIMELINE_MONTHS - 1
        story.append(
            _p(
                markup(
                    QCoreApplication.translate(
                        "Report", "The timeline shows the first {count} months."
                    ).format(count=MAX_TIMELINE_MONTHS)
                ),
                "muted",
            )
        )
    story.append(
        _p(
            markup(
                QCoreApplication.translate(
                    "Report", "Shaded months: the measure runs. ◆ milestone, ✓ done, ○ recurs, ● held."
                )
            ),
            "muted",
        )
    )
    locale = QLocale()
    numbers = _measure_number(plan)
    bar = colors.HexColor(st.BAR_NOW)
    for chunk_start in range(first, last + 1, MONTHS_PER_TIMELINE_TABLE):
        months = list(range(chunk_start, min(chunk_start + MONTHS_PER_TIMELINE_TABLE, last + 1)))
        title_width = 78 * MM
        month_width = (width - title_width) / max(min(last - first + 1, MONTHS_PER_TIMELINE_TABLE), 12)
        years_row: list = [_head(QCoreApplication.translate("Report", "Measure"))] + [""] * len(months)
        month_row: list = [""]
        extra: list = [
            ("SPAN", (0, 0), (0, 1)),
            ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ("LINEBEFORE", (1, 0), (-1, -1), 0.25, colors.HexColor(st.RULE)),
            ("LEFTPADDING", (1, 0), (-1, -1), 1),
            ("FONTSIZE", (1, 2), (-1, -1), 7),
            ("RIGHTPADDING", (1, 0), (-1, -1), 1),
        ]
        for column, month in enumerate(months, start=1):
            year, month_number = divmod(month, 12)
            month_row.append(
                _p(
                    markup(locale.standaloneMonthName(month_number + 1, QLocale.FormatType.ShortFormat)),
                    "center_small",
                )
            )
            if column == 1 or month_number == 0:
                span_end = min(len(months), column + 11 - month_number)
                years_row[column] = _p(str(year), "center_small")
                if span_end > column:
                    extra.append(("SPAN", (column, 0), (span_end, 0)))
                extra.append(("LINEBEFORE", (column, 0), (column, -1), 0.8, colors.HexColor(st.MUTED)))
        rows = [years_row, month_row]
        for measure in dated:
            start, end = _measure_span(measure)
            if (end < months[0] or start > months[-1]) and not any(
                s.due_date and months[0] <= _month_index(s.due_date) <= months[-1] for s in measure.milestones
            ):
                continue
            row_index = len(rows)
            row: list = [_cell(f"{numbers[measure.id]}  {clean(measure.title).strip() or _DASH}")]
            marks: dict[int, str] = {}
            for stone in measure.milestones:
                if stone.due_date is None:
                    continue
                index = _month_index(stone.due_date)
                if months[0] <= index <= months[-1]:
                    sign = "✓" if stone.done else "◆"
                    marks[index] = sign if marks.get(index, sign) == sign else "◆"
            held = {occurrence.due_on for occurrence in measure.occurrences}
            year, month0 = divmod(months[-1], 12)  # to the last day of the last month shown
            until = (add_months(dt.date(year, month0 + 1, 1), 1) or dt.date.max) - dt.timedelta(days=1)
            for day in occurrences(measure, until, plan.period_start):
                index = _month_index(day)
                if months[0] <= index <= months[-1] and index not in marks:
                    marks[index] = "●" if day in held else "○"
            row += [marks.get(month, "") for month in months]
            first_column, last_column = (
                max(start, months[0]) - months[0] + 1,
                min(end, months[-1]) - months[0] + 1,
            )
            if first_column <= last_column:
                extra.append(("BACKGROUND", (first_column, row_index), (last_column, row_index), bar))
            rows.append(row)
        if len(rows) == 2:
            continue
        widths = [title_width] + [month_width] * len(months)
        story.extend(_table(rows, widths, header_rows=2, extra=extra, zebra=False))

    milestones = sorted(
        (
            (stone.due_date, numbers[m.id], m, stone)
            for m in plan.measures
            for stone in m.milestones
            if stone.due_date
        ),
        key=lambda item: (item[0], item[1]),
    )
    if milestones:
        story.append(_p(markup(QCoreApplication.translate("Report", "Milestones by month")), "h2"))
        rows = [
            [
                _head(QCoreApplication.translate("Report", "Month")),
                _head(QCoreApplication.translate("Report", "Date")),
                _head(QCoreApplication.translate("Report", "Milestone")),
                _head(QCoreApplication.translate("Report", "Measure")),
                _head(QCoreApplication.translate("Report", "Done")),
            ]
        ]
        for due, number, measure, stone in milestones:
            month_name = locale.standaloneMonthName(due.month, QLocale.FormatType.LongFormat)
            rows.append(
                [
                    _cell(f"{month_name} {due.year}"),
                    _cell(format_date(due)),
                    _cell(stone.title),
                    _cell(f"{number}  {measure.title}"),
                    _cell(QCoreApplication.translate("Report", "Yes") if stone.done else ""),
                ]
            )
        story.extend(_table(rows, [40 * MM, 24 * MM, width - 154 * MM, 72 * MM, 18 * MM]))
    return story


def _measure_span(measure: Measure) -> tuple[int, int]:
    """First and last month the measure runs; a measure with only milestones runs between them, a
    recurring one until its own end or the plan's."""
    stones = [stone.due_date for stone in measure.milestones if stone.due_date]
    start = measure.start_date or (min(stones) if stones else measure.deadline)
    end = measure.deadline or (max(stones) if stones else start)
    if measure.recurrence and measure.deadline is None:
        end = measure.recurrence_end or measure.plan.period_end or end
    assert start is not None and end is not None  # only dated measures reach the timeline
    first, last = _month_index(start), _month_index(end)
    return min(first, last), max(first, last)


def _roles_section(plan: Plan, width: float) -> list:
    story: list = _heading(6, QCoreApplication.translate("Report", "Roles and follow-up"))
    fields = [
        (QCoreApplication.translate("Report", "Owner of the work"), plan.work_owner),
        (QCoreApplication.translate("Report", "Operational responsible"), plan.operational_responsible),
        (QCoreApplication.translate("Report", "How progress is followed up"), plan.follow_up_method),
        (
            QCoreApplication.translate("Report", "Reporting"),
            frequency_label(plan.reporting_frequency),
        ),
        (
            QCoreApplication.translate("Report", "Anchoring in strategy and steering documents"),
            plan.anchoring,
        ),
        (QCoreApplication.translate("Report", "Training needs"), plan.training_needs),
        (QCoreApplication.translate("Report", "External advisers and support"), plan.external_support),
        (QCoreApplication.translate("Report", "Follow-up of included employees"), plan.follow_up_framework),
    ]
    filled = [(label, value) for label, value in fields if str(value).strip()]
    if filled:
        rows = [[_p(markup(label), "cell_bold"), _cell(value)] for label, value in filled]
        story.extend(_table(rows, [55 * MM, width - 55 * MM], header_rows=0))
    else:
        story.append(_not_filled())
    if plan.participants:
        story.append(_p(markup(QCoreApplication.translate("Report", "Who took part")), "h2"))
        rows = [
            [
                _head(QCoreApplication.translate("Report", "Name")),
                _head(QCoreApplication.translate("Report", "Role or organisation")),
            ]
        ]
        rows += [[_cell(p.name), _cell(p.organisation)] for p in plan.participants]
        story.extend(_table(rows, [70 * MM, width - 70 * MM]))
    return story


def _schemes_section(plan: Plan, width: float, catalogue: Catalogue | None) -> list:
    story: list = _heading(7, QCoreApplication.translate("Report", "Schemes and contacts used"))
    numbers = _measure_number(plan)
    used: dict[tuple[str, object], list[int]] = {}
    for measure in plan.measures:
        for resource in measure.resources_used:
            key = (
                ("contact", resource.contact_id)
                if resource.contact_id
                else ("entry", resource.catalogue_entry_id)
            )
            used.setdefault(key, [])
            if numbers[measure.id] not in used[key]:
                used[key].append(numbers[measure.id])
            if key[0] == "contact":
                used.setdefault(("object", resource.contact_id), [resource.contact])  # type: ignore[list-item]
    if not any(kind in ("entry", "contact") for kind, _ in used):
        return [
            *story,
            _p(
                markup(
                    QCoreApplication.translate(
                        "Report", "No schemes or contacts are linked to the measures yet."
                    )
                ),
                "muted",
            ),
        ]
    rows = [
        [
            _head(QCoreApplication.translate("Report", "Scheme or contact")),
            _head(QCoreApplication.translate("Report", "Provider or organisation")),
            _head(QCoreApplication.translate("Report", "Web address and contact")),
            _head(QCoreApplication.translate("Report", "Used by measures")),
        ]
    ]
    for (kind, ident), measures in used.items():
        if kind == "entry":
            name, provider, reach = _entry_fields(catalogue, str(ident))
        elif kind == "contact":
            contact: Contact = used[("object", ident)][0]  # type: ignore[assignment]
            name = contact.name
            provider = ", ".join(x for x in (contact.organisation, contact.role) if x.strip())
            reach = [x for x in (contact.url, contact.phone, contact.email) if x.strip()]
        else:
            continue
        rows.append(
            [
                _cell(name),
                _cell(provider),
                [_p(markup(x), "cell") for x in reach] or _cell(""),
                _cell(", ".join(str(n) for n in measures)),
            ]
        )
    story.extend(_table(rows, [width - 120 * MM, 34 * MM, 64 * MM, 22 * MM]))
    return story


def _evaluation_section(plan: Plan, width: float) -> list:
    from reportlab.platypus import Table

    story: list = _heading(8, QCoreApplication.translate("Report", "Evaluation status"))
    gap = 6 * MM
    chart_width, chart_height = (width - gap) / 2, 55 * MM
    charts = []
    for number, goal in enumerate(plan.goals, start=1):
        title = QCoreApplication.translate("Report", "Goal {number}").format(number=number)
        subtitle = f"{title}: {goal.title}" if goal.title.strip() else title
        charts += [kpi_chart(kpi, chart_width, chart_height, subtitle) for kpi in goal.kpis]
    if charts:
        story.append(
            _p(
                markup(
                    QCoreApplication.translate(
                        "Report", "Each KPI's measurements against its baseline and target."
                    )
                ),
                "muted",
            )
        )
        grid = [
            charts[index : index + 2] + [""] * (2 - len(charts[index : index + 2]))
            for index in range(0, len(charts), 2)
        ]
        table = Table(grid, colWidths=[chart_width + gap / 2] * 2, hAlign="LEFT", splitByRow=1)
        table.setStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.FONT, 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), gap / 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        story.append(table)
    if not any(goal.kpis for goal in plan.goals):
        story.append(_p(markup(QCoreApplication.translate("Report", "No KPIs yet.")), "muted"))

    evaluated = [m for m in plan.measures if m.what_was_done.strip() or m.outcome.strip()]
    if evaluated:
        numbers = _measure_number(plan)
        story.append(_p(markup(QCoreApplication.translate("Report", "What the measures gave")), "h2"))
        rows = [
            [
                _head("#"),
                _head(QCoreApplication.translate("Report", "Measure")),
                _head(QCoreApplication.translate("Report", "What was done")),
                _head(QCoreApplication.translate("Report", "What it gave")),
            ]
        ]
        for measure in evaluated:
            rows.append(
                [
                    _cell(numbers[measure.id]),
                    _cell(measure.title),
                    _cell(measure.what_was_done),
                    _cell(measure.outcome),
                ]
            )
        third = (width - 8 * MM) / 3
        story.extend(_table(rows, [8 * MM, third * 0.8, third * 1.1, third * 1.1]))
    if plan.lessons:
        story.append(_p(markup(QCoreApplication.translate("Report", "What we learnt")), "h2"))
        # Outside the f-string: lupdate does not look inside one, and the words would stay English.
        next_cycle = markup(QCoreApplication.translate("Report", "into the next cycle"))
        for lesson in plan.lessons:
            suffix = f" <i>({next_cycle})</i>" if lesson.carry_forward else ""
            story += _flow(lesson.text, prefix="•&nbsp;", suffix=suffix)
    story += _labelled(
        QCoreApplication.translate("Report", "How insight becomes daily practice"), plan.practice_integration
    )
    story += _labelled(
        QCoreApplication.translate("Report", "Experiences to share with others"), plan.experiences_to_share
    )
    story += _labelled(QCoreApplication.translate("Report", "What we celebrate"), plan.celebrations)
    return story


def story(plan: Plan, doc, today: dt.date, catalogue: Catalogue | None) -> list:
    """All flowables of the document, switching to landscape for the wide measures and timeline tables.

    ``catalogue`` names the schemes the measures use; without it (it could not be read) they show their ids.
    """
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak

    from verktoykasse.reports.document import LANDSCAPE_MARGINS, PORTRAIT_MARGINS

    portrait_width = A4[0] - PORTRAIT_MARGINS[0] - PORTRAIT_MARGINS[2]
    portrait_height = A4[1] - PORTRAIT_MARGINS[1] - PORTRAIT_MARGINS[3]
    landscape_width = landscape(A4)[0] - LANDSCAPE_MARGINS[0] - LANDSCAPE_MARGINS[2]
    content: list = []
    content += _cover(plan, today)
    content += _summary(plan, portrait_width, portrait_height, today)
    content += _gap_section(plan, portrait_width)
    content += [CondPageBreak(110 * MM)]
    content += _goal_section(plan, portrait_width)
    content += [NextPageTemplate("landscape"), PageBreak()]
    content += _measure_section(plan, landscape_width, today, catalogue)
    content += [CondPageBreak(80 * MM)]
    content += _timeline_section(plan, landscape_width)
    content += [NextPageTemplate("portrait"), PageBreak()]
    content += _roles_section(plan, portrait_width)
    content += _schemes_section(plan, portrait_width, catalogue)
    content += [PageBreak()]
    content += _evaluation_section(plan, portrait_width)
    return content
