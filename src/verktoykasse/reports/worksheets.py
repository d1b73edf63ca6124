"""The workshop kit (seed 003): printable worksheets for the step 1 meeting, blank or filled with the plan.

One PDF, in the order the meeting uses it: a one-page agenda; one page per guiding question with room to
write; the gap-scoring sheet for dot-voting on a wall (landscape; A3 if asked); a goal-and-KPI sheet; a
measure-planning sheet with the catalogue's schemes for the plan's gap areas. The typography, fonts,
escaping and footer are the action plan's (``reports.styles``, ``reports.text``, the numbered canvas of
``reports.document``), and everything reads on a black-and-white printer: grey fills are light, marks
are also told in words.

"Blank" prints the frame of every sheet with room to write; "filled" also prints what the plan holds so
far (answers, scores, goals, measures), with empty rows left to write more.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table

from verktoykasse.domain.formatting import format_date, format_number
from verktoykasse.domain.labels import GAP_TEMPLATE_KEYS, gap_template_title
from verktoykasse.domain.templates import gap_template
from verktoykasse.domain.workshop import (
    GUIDING_QUESTIONS,
    SCORES,
    Invitation,
    area_title,
    invitation,
    parse_dots,
    workshop_areas,
)
from verktoykasse.reports import styles as st
from verktoykasse.reports.action_plan import _cell, _head, _p, _table, _user_flow
from verktoykasse.reports.document import LANDSCAPE_MARGINS, PORTRAIT_MARGINS, _canvas_class, page_template
from verktoykasse.reports.text import markup, shorten
from verktoykasse.storage.models import Plan

if TYPE_CHECKING:  # the catalogue is handed in by the caller: reports do not find it themselves
    from verktoykasse.catalogue import Catalogue

MM = 72 / 25.4
LINE_SPACING = 9 * MM  # room to write by hand between two rules
SUGGESTIONS_PER_AREA = 4
BLANK_ROWS = 4  # rows left empty to write in, under what the plan holds


class _WritingLines(Flowable):
    """Ruled lines filling the rest of the frame (at least ``minimum`` high), to write answers by hand."""

    def __init__(self, minimum: float = 40 * MM) -> None:
        super().__init__()
        self.minimum = minimum

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = max(self.minimum, available_height - 2)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(colors.HexColor(st.RULE))
        canvas.setLineWidth(0.6)
        y = self.height - LINE_SPACING
        while y >= 0:
            canvas.line(0, y, self.width, y)
            y -= LINE_SPACING


def _document(target, plan: Plan, gap_size: str):
    from reportlab.lib.pagesizes import A3, A4, landscape
    from reportlab.platypus import BaseDocTemplate

    doc = BaseDocTemplate(
        target,
        pagesize=A4,
        title=QCoreApplication.translate("Worksheets", "Workshop kit"),
        author=plan.org_name,
        subject=plan.name,
        creator="Verktøykassa",
        initialFontName=st.FONT,
    )
    doc.addPageTemplates(
        [
            page_template("portrait", A4, PORTRAIT_MARGINS),
            page_template("landscape", landscape(A4), LANDSCAPE_MARGINS),
            page_template("gaps", landscape(A3 if gap_size == "A3" else A4), LANDSCAPE_MARGINS),
        ]
    )
    return doc


def _frame_size(doc, template: str) -> tuple[float, float]:
    page = next(item for item in doc.pageTemplates if item.id == template)
    frame = page.frames[0]
    return frame._width, frame._height


def _title(text: str, plan: Plan) -> list:
    """The sheet's heading and, under it, whose workshop it is (so loose sheets find their way back)."""
    items = [_p(markup(text), "h1")]
    who = " · ".join(
        part for part in (" ".join(plan.org_name.split()), format_date(plan.workshop_date)) if part
    )
    if who:
        items.append(_p(markup(who), "muted"))
    return items


def _next(template: str) -> list:
    from reportlab.platypus import NextPageTemplate, PageBreak

    return [NextPageTemplate(template), PageBreak()]


# -- the sheets ---------------------------------------------------------------------------------------
def _agenda(plan: Plan, place: str, time: str, width: float, height: float) -> list:
    from reportlab.platypus import KeepInFrame

    content = _title(QCoreApplication.translate("Worksheets", "Workshop: agenda"), plan)
    when = " ".join(part for part in (format_date(plan.workshop_date), time.strip()) if part)
    facts = [
        (QCoreApplication.translate("Worksheets", "When"), when or "_" * 28),
        (QCoreApplication.translate("Worksheets", "Where"), " ".join(place.split()) or "_" * 28),
    ]
    for label, value in facts:
        content.append(_p(f"<b>{markup(label)}:</b> {markup(value)}", "cover_meta"))
    if plan.problem_statement.strip():
        content.append(_p(markup(QCoreApplication.translate("Worksheets", "What we start from")), "label"))
        content.append(_p(markup(shorten(plan.problem_statement, 500)), "body"))
    content.append(Spacer(1, 3 * MM))
    items = [
        (10, QCoreApplication.translate("Worksheets", "Welcome: why we are here, and how the day goes")),
        (10, QCoreApplication.translate("Worksheets", "A round: who we are and what we bring")),
        (60, QCoreApplication.translate("Worksheets", "The four guiding questions, about 15 minutes each")),
        (10, QCoreApplication.translate("Worksheets", "Break")),
        (
            30,
            QCoreApplication.translate(
                "Worksheets", "The gap areas: each person puts dots for today and for where we want to be"
            ),
        ),
        (
            30,
            QCoreApplication.translate(
                "Worksheets", "First ideas: goals, and measures that can close the biggest gaps"
            ),
        ),
        (10, QCoreApplication.translate("Worksheets", "Summing up: what we learnt and what happens next")),
    ]
    rows = [
        [
            _head(QCoreApplication.translate("Worksheets", "Time")),
            _head(QCoreApplication.translate("Worksheets", "Minutes")),
            _head(QCoreApplication.translate("Worksheets", "What we do")),
        ]
    ]
    rows += [["", _cell(minutes), _cell(text)] for minutes, text in items]
    content.extend(_table(rows, [28 * MM, 20 * MM, width - 48 * MM]))
    content.append(_p(markup(QCoreApplication.translate("Worksheets", "The guiding questions")), "h2"))
    for number, question in enumerate(GUIDING_QUESTIONS, start=1):
        content.append(_p(f"<b>{number}.</b> {markup(question.text)}", "body"))
    names = [" ".join(row.name.split()) for row in plan.participants if row.name.strip()]
    if names:
        content.append(_p(markup(QCoreApplication.translate("Worksheets", "Invited")), "h2"))
        content.append(_p(markup(", ".join(names)), "body"))
    # One page, always: a long problem statement or guest list is shrunk rather than spilling over.
    return [KeepInFrame(width, height - 2, content, mode="shrink")]


def _question_pages(plan: Plan, filled: bool) -> list:
    story: list = []
    for number, question in enumerate(GUIDING_QUESTIONS, start=1):
        if number > 1:
            story += _next("portrait")
        story += _title(
            QCoreApplication.translate("Worksheets", "Question {number} of {count}").format(
                number=number, count=len(GUIDING_QUESTIONS)
            ),
            plan,
        )
        story.append(_p(markup(question.text), "cover_title"))
        answer = (getattr(plan, question.field) or "").strip() if filled else ""
        if answer:
            story.append(
                _p(markup(QCoreApplication.translate("Worksheets", "What the plan says so far")), "label")
            )
            story += _user_flow(shorten(answer, 1500))
        story.append(Spacer(1, 2 * MM))
        story.append(_WritingLines())
    return story


def _areas(plan: Plan) -> list[tuple[str, str, Any]]:
    """(title, description, gap row or None) for each area the room scores (``workshop_areas``)."""
    rows = []
    for key, gap in workshop_areas(plan):
        template = gap_template(key) if key else None
        title = area_title(gap) if gap is not None else gap_template_title(key)
        rows.append((title, template.description if template else "", gap))
    return rows


def _big(name: str, size: float, **changes: Any) -> Any:
    """A larger copy of one of the report's styles, for a sheet read from across the room."""
    from reportlab.lib.styles import ParagraphStyle

    base = st.styles()[name]
    return ParagraphStyle(f"{name}-{size}", parent=base, fontSize=size, leading=size * 1.25, **changes)


def _gap_sheet(plan: Plan, filled: bool, width: float, height: float, big: bool) -> list:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.platypus import Paragraph

    story = _title(
        QCoreApplication.translate(
            "Worksheets", "Gap areas: where are we today, and where do we want to be?"
        ),
        plan,
    )
    story.append(
        _p(
            markup(
                QCoreApplication.translate(
                    "Worksheets",
                    "Put one dot per person in each row: one under Today, one under Desired "
                    "(1 = very weak, 5 = very good).",
                )
            ),
            "body",
        )
    )
    areas = _areas(plan)
    heading = _big("head_cell", 16 if big else 11)
    number = _big("head_cell", 26 if big else 16, alignment=TA_CENTER)
    title_style = _big("body", 16 if big else 11)
    description_style = _big("small", 11 if big else 8)
    label_width = (110 if big else 82) * MM
    cell = (width - label_width) / (2 * len(SCORES))
    row_height = min((48 if big else 30) * MM, (height - 52 * MM) / max(len(areas), 1))
    row_height = max(row_height, (30 if big else 18) * MM)
    rows: list[list[Any]] = [
        [
            Paragraph(markup(QCoreApplication.translate("Worksheets", "Area")), heading),
            Paragraph(markup(QCoreApplication.translate("Worksheets", "Today")), heading),
            *[""] * (len(SCORES) - 1),
            Paragraph(markup(QCoreApplication.translate("Worksheets", "Desired")), heading),
            *[""] * (len(SCORES) - 1),
        ],
        ["", *[Paragraph(str(score), number) for score in SCORES * 2]],
    ]
    extra: list = [
        ("SPAN", (1, 0), (len(SCORES), 0)),
        ("SPAN", (len(SCORES) + 1, 0), (2 * len(SCORES), 0)),
        ("SPAN", (0, 0), (0, 1)),
        ("ALIGN", (1, 0), (-1, 1), "CENTER"),
        ("GRID", (1, 1), (-1, -1), 0.6, colors.HexColor(st.RULE)),
        ("LINEAFTER", (len(SCORES), 0), (len(SCORES), -1), 1.6, colors.HexColor(st.INK)),
    ]
    marked = False
    heights: list[float] = []
    for index, (title, description, gap) in enumerate(areas, start=2):
        label = [Paragraph(f"<b>{markup(shorten(title, 120))}</b>", title_style)]
        if description:
            label.append(Paragraph(markup(description), description_style))
        scores = [""] * (2 * len(SCORES))
        if filled and gap is not None:
            for offset, score, dots in (
                (0, gap.current_score, parse_dots(gap.current_dots or "")),
                (len(SCORES), gap.desired_score, parse_dots(gap.desired_dots or "")),
            ):
                for position, count in enumerate(dots):
                    if count:
                        scores[offset + position] = _p(markup("●" * min(count, 12) + f" {count}"), "small")
                if score in SCORES:
                    column = 1 + offset + SCORES.index(score)
                    extra += [
                        ("BACKGROUND", (column, index), (column, index), colors.HexColor(st.HEADER_FILL)),
                        ("BOX", (column, index), (column, index), 2, colors.HexColor(st.INK)),
                    ]
                    marked = True
        rows.append([label, *scores])
        # The same height in every row so the wall reads evenly, taller only where a long title needs it.
        needed = sum(item.wrap(label_width - 8, height)[1] for item in label) + 12
        heights.append(max(row_height, needed))
    # Fixed row heights: room for a dot per person, the same in every row so the wall reads evenly.
    table = Table(
        rows,
        colWidths=[label_width] + [cell] * (2 * len(SCORES)),
        rowHeights=[None, None, *heights],
        repeatRows=2,
        hAlign="LEFT",
    )
    table.setStyle(st.table_style(2, zebra=False, extra=extra))
    if marked:
        story.append(
            _p(
                markup(
                    QCoreApplication.translate(
                        "Worksheets", "A thick frame marks the score the plan holds so far."
                    )
                ),
                "muted",
            )
        )
    story.append(table)
    return story


def _writing_rows(count: int, columns: int) -> list[list[Any]]:
    """Empty rows tall enough to write two lines by hand."""
    return [[Spacer(1, 14 * MM)] + [""] * (columns - 1) for _ in range(count)]


def _goal_sheet(plan: Plan, filled: bool, width: float) -> list:
    story = _title(QCoreApplication.translate("Worksheets", "Goals and how we measure them"), plan)
    story.append(
        _p(
            markup(
                QCoreApplication.translate(
                    "Worksheets",
                    "One row per goal: clear (what changes), relevant (why it matters) and measurable.",
                )
            ),
            "body",
        )
    )
    headers = [
        QCoreApplication.translate("Worksheets", "What changes"),
        QCoreApplication.translate("Worksheets", "Why it matters"),
        QCoreApplication.translate("Worksheets", "How we measure it"),
        QCoreApplication.translate("Worksheets", "Baseline"),
        QCoreApplication.translate("Worksheets", "Target"),
        QCoreApplication.translate("Worksheets", "Deadline"),
    ]
    rows: list[list[Any]] = [[_head(text) for text in headers]]
    if filled:
        for goal in plan.goals:
            kpis = goal.kpis or [None]
            for kpi in kpis:
                rows.append(
                    [
                        _cell(goal.change or goal.title),
                        _cell(goal.relevance),
                        _cell(
                            " ".join(
                                p
                                for p in ((kpi.name if kpi else ""), goal.measurable if not kpi else "")
                                if p
                            )
                        ),
                        _cell(_with_unit(kpi.baseline, kpi.unit) if kpi else ""),
                        _cell(_with_unit(kpi.target, kpi.unit) if kpi else ""),
                        _cell(format_date(kpi.deadline) if kpi else ""),
                    ]
                )
    rows += _writing_rows(BLANK_ROWS + (0 if len(rows) > 1 else 2), len(headers))
    fixed = 24 * MM
    flexible = (width - 3 * fixed) / 3
    story.extend(_table(rows, [flexible] * 3 + [fixed] * 3, zebra=False))
    return story


def _with_unit(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    return f"{format_number(value)} {unit}".strip()


def _measure_sheet(plan: Plan, filled: bool, width: float, catalogue: Catalogue | None) -> list:
    story = _title(QCoreApplication.translate("Worksheets", "Measures: who does what, and by when"), plan)
    headers = [
        QCoreApplication.translate("Worksheets", "Measure"),
        QCoreApplication.translate("Worksheets", "Owner"),
        QCoreApplication.translate("Worksheets", "Start"),
        QCoreApplication.translate("Worksheets", "Deadline"),
        QCoreApplication.translate("Worksheets", "Resources"),
        QCoreApplication.translate("Worksheets", "Expected effect"),
        QCoreApplication.translate("Worksheets", "Nav scheme that may help"),
    ]
    rows: list[list[Any]] = [[_head(text) for text in headers]]
    if filled:
        for measure in plan.measures:
            schemes = [
                _entry_name(catalogue, item.catalogue_entry_id)
                for item in measure.resources_used
                if item.catalogue_entry_id
            ]
            resources = [measure.resource_note] if measure.resource_note.strip() else []
            rows.append(
                [
                    _cell(measure.title),
                    _cell(measure.owner),
                    _cell(format_date(measure.start_date)),
                    _cell(format_date(measure.deadline)),
                    _cell(", ".join(resources)),
                    _cell(measure.expected_effect),
                    _cell(", ".join(schemes)),
                ]
            )
    rows += _writing_rows(BLANK_ROWS + (0 if len(rows) > 1 else 2), len(headers))
    dates = 22 * MM
    wide = (width - 2 * dates) / 5
    story.extend(
        _table(rows, [wide * 1.3, wide * 0.8, dates, dates, wide * 0.8, wide, wide * 1.1], zebra=False)
    )
    return story


def _entry_name(catalogue: Catalogue | None, entry_id: str) -> str:
    entry = catalogue.get(entry_id) if catalogue is not None else None
    return entry.name if entry is not None else entry_id


def _suggestions(plan: Plan, catalogue: Catalogue | None, width: float) -> list:
    """Schemes and helpers the catalogue names for each of the plan's gap areas (seed 000's five if none)."""
    if catalogue is None:
        return []
    rows: list[list[Any]] = [
        [
            _head(QCoreApplication.translate("Worksheets", "Gap area")),
            _head(QCoreApplication.translate("Worksheets", "Schemes and helpers that may fit")),
            _head(QCoreApplication.translate("Worksheets", "Who")),
        ]
    ]
    areas = [(gap.template_key, gap.title, area_title(gap)) for gap in plan.gaps] or [
        (key, "", gap_template_title(key)) for key in GAP_TEMPLATE_KEYS
    ]
    for key, title, shown in areas:
        entries = catalogue.for_gap(key, title)[:SUGGESTIONS_PER_AREA]
        if not entries:
            continue
        names = "\n".join(entry.name for entry in entries)
        providers = "\n".join(entry.provider or "–" for entry in entries)
        rows.append([_cell(shorten(shown, 120), "cell_bold"), _cell(names), _cell(providers)])
    if len(rows) == 1:
        return []
    story = _next("portrait") + _title(
        QCoreApplication.translate("Worksheets", "Schemes that may help with your gap areas"), plan
    )
    story.append(
        _p(
            markup(
                QCoreApplication.translate(
                    "Worksheets",
                    "From the catalogue in the program: look them up there for amounts, rules and "
                    "whom to call.",
                )
            ),
            "muted",
        )
    )
    story.extend(_table(rows, [width * 0.3, width * 0.42, width * 0.28]))
    return story


# -- the document -------------------------------------------------------------------------------------
def build_worksheets(
    plan: Plan, *, catalogue: Catalogue | None, language: str | None = None, **options: Any
) -> bytes:
    """The workshop kit as one PDF in memory: agenda, questions, gap sheet, goals sheet, measures sheet.

    In ``language``, else the plan's report language, like the action plan (``i18n.report_language``).
    ``filled`` (default) prints the plan so far; ``gap_size`` "A3" prints the gap-scoring sheet on A3 for
    the wall (the others stay A4); ``place`` and ``time`` go on the agenda. ``catalogue`` (the one in use,
    ``catalogue.catalogue_in_use``) names the schemes; without it they show their ids.
    """
    from verktoykasse.i18n import report_language

    with report_language(language or getattr(plan, "report_language", "")):
        return _worksheets(plan, catalogue=catalogue, **options)


def _worksheets(
    plan: Plan,
    *,
    catalogue: Catalogue | None,
    filled: bool = True,
    gap_size: str = "A4",
    place: str = "",
    time: str = "",
) -> bytes:
    from verktoykasse.reports import use_our_settings

    use_our_settings()
    st.register_fonts()
    buffer = io.BytesIO()
    doc = _document(buffer, plan, gap_size)
    portrait = _frame_size(doc, "portrait")
    landscape = _frame_size(doc, "landscape")
    gaps = _frame_size(doc, "gaps")
    story: list = _agenda(plan, place, time, *portrait)
    story += _next("portrait")
    story += _question_pages(plan, filled)
    story += _next("gaps")
    story += _gap_sheet(plan, filled, *gaps, big=gap_size == "A3")
    story += _next("landscape")
    story += _goal_sheet(plan, filled, landscape[0])
    story += _next("landscape")
    story += _measure_sheet(plan, filled, landscape[0], catalogue)
    story += _suggestions(plan, catalogue, portrait[0])
    footer = " – ".join(
        part
        for part in (QCoreApplication.translate("Worksheets", "Workshop kit"), " ".join(plan.name.split()))
        if part
    )
    page_text = QCoreApplication.translate("Report", "Page {page} of {pages}")
    doc.build(story, canvasmaker=_canvas_class(footer, page_text))
    return buffer.getvalue()


def write_worksheets(plan: Plan, path: str | os.PathLike[str], **options: Any) -> Path:
    """Build the kit and write it whole or not at all (``files.write_atomically``). Raises ``OSError``."""
    from verktoykasse.files import write_atomically

    return write_atomically(path, build_worksheets(plan, **options))


def build_invitation(plan: Plan, place: str = "", time: str = "", language: str | None = None) -> bytes:
    """The invitation as one A4 page to print or to hang up, in the kit's typography, in ``language`` or
    else the plan's report language (the words the workshop kit shows and sends)."""
    from verktoykasse.i18n import report_language

    with report_language(language or getattr(plan, "report_language", "")):
        return _invitation(plan, invitation(plan, place, time))


def _invitation(plan: Plan, letter: Invitation) -> bytes:
    from reportlab.platypus import KeepInFrame

    from verktoykasse.reports import use_our_settings

    use_our_settings()
    st.register_fonts()
    buffer = io.BytesIO()
    doc = _document(buffer, plan, "A4")
    width, height = _frame_size(doc, "portrait")
    content: list = []
    organisation = " ".join(plan.org_name.split())
    if organisation:
        content.append(_p(markup(organisation), "cover_org"))
    content.append(_p(markup(letter.subject), "h1"))
    for block in letter.body.split("\n\n"):
        lines = [line for line in block.split("\n") if line.strip()]
        if len(lines) > 1 and lines[0].endswith(":"):  # "Please bring:" heads its list
            content.append(_p(markup(lines.pop(0)), "h3"))
        content += [_p(markup(line), "body") for line in lines]
        content.append(Spacer(1, 3 * MM))
    doc.build(
        [KeepInFrame(width, height - 2, content, mode="shrink")],
        canvasmaker=_canvas_class(
            " – ".join(
                part
                for part in (QCoreApplication.translate("Worksheets", "Invitation"), organisation)
                if part
            ),
            QCoreApplication.translate("Report", "Page {page} of {pages}"),
        ),
    )
    return buffer.getvalue()


def suggested_file_name(plan_name: str, today: dt.date | None = None, kind: str = "worksheets") -> str:
    """``Verkstedhefte – <plan> – 2027-03-04.pdf`` (or ``Invitasjon – …``): the action plan's safe naming
    with the kit's own label."""
    from verktoykasse.reports.document import suggested_file_name as action_plan_name

    label = QCoreApplication.translate("Report", "Action plan")
    own = (
        QCoreApplication.translate("Worksheets", "Invitation")
        if kind == "invitation"
        else QCoreApplication.translate("Worksheets", "Workshop kit")
    )
    return action_plan_name(plan_name, today).replace(label, own, 1)
