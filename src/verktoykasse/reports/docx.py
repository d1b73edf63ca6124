"""The action plan as a Word document the board secretary can edit and paste from.

The same sections in the same order as the PDF (cover, summary for the board, gap analysis, goals and
KPIs, measures with the budget, the timeline as a table, roles, schemes used, evaluation), from the same
content (``reports.content``, ``reports.decision``, ``reports.charts``): real Word headings (Heading 1 for
the numbered sections, Heading 2/3 inside, so the navigation pane and a table of contents work), real
tables with a repeated header row, bullet lists, and the charts as pictures. No text boxes or frames:
everything is ordinary text to edit. The measures and the timeline are on landscape pages, as in the PDF.

User text goes through ``text.office_text`` (what XML cannot hold is dropped or shown as �), and the file
is written whole or not at all (``document.write_report``, ``files.write_atomically``).
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

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
from verktoykasse.reports.content import (
    Cell,
    Money,
    Percent,
    Table,
    all_kpis,
    budget_tables,
    gaps_table,
    goal_numbers,
    hires_table,
    key_measures,
    measure_numbers,
    period_text,
    prioritised_gaps,
    schemes_used,
    used_schemes,
)
from verktoykasse.reports.text import office_text, shorten
from verktoykasse.storage.models import Plan

if TYPE_CHECKING:
    from verktoykasse.catalogue import Catalogue

SUMMARY_TEXT = 600  # as the PDF's summary: the full text is in section 2
SUMMARY_TITLE = 150
SUMMARY_GOALS = 6
SUMMARY_KPIS = 8
HEADER_FILL = "DDE6EF"
_DASH = "–"


def _t(text: str) -> str:
    """Already-marked "Report" strings (the PDF's); new ones are written out for lupdate."""
    return QCoreApplication.translate("Report", text)


def cell_value(value: Cell) -> str:
    """A content cell as the reader sees it: 31.12.2027, 1 234,5, kr 12 500, 12,5 %."""
    if value is None:
        return ""
    if isinstance(value, Money):
        return format_money(value.value)
    if isinstance(value, Percent):
        return f"{format_number(value.value)} %"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        return format_number(value)
    if isinstance(value, dt.date):
        return format_date(value)
    return office_text(value)


def _number_with_unit(value: float | None, unit: str) -> str:
    if value is None:
        return _DASH
    text = format_number(value)
    if not unit.strip():
        return text
    return f"{text} %" if unit.strip() == "%" else f"{text} {office_text(unit)}"


class _Writer:
    """A python-docx document and the few ways this report adds to it."""

    def __init__(self) -> None:
        from docx import Document
        from docx.shared import Mm, Pt

        self.document = Document()
        section = self.document.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Mm(20))
        section.top_margin, section.bottom_margin = Mm(20), Mm(22)
        self.document.styles["Normal"].font.size = Pt(10)
        # Style ids looked up once: python-docx looks a style name up through every style of the template
        # on each paragraph, which for a large plan is most of the time spent.
        self.style_ids = {style.name: style.style_id for style in self.document.styles}
        self.picture_id = 10_000  # above any id in python-docx's template
        self.width_twips = round((210 - 40) / 25.4 * 1440)

    def page_width(self, landscape: bool) -> None:
        self.width_twips = round(((297 - 40) if landscape else (210 - 40)) / 25.4 * 1440)

    def _add(self, style: str | None = None):
        paragraph = self.document.add_paragraph()
        if style is not None:
            paragraph._p.style = self.style_ids[style]
        return paragraph

    # -- text -----------------------------------------------------------------------------------------
    def heading(self, text: str, level: int = 1) -> None:
        """A real Word heading ("Title" for level 0): the navigation pane and a table of contents list it."""
        self._add("Title" if level == 0 else f"Heading {level}").add_run(office_text(text))

    def paragraph(self, text: object = "", style: str | None = None, *, label: str = "", muted: bool = False):
        from docx.shared import RGBColor

        paragraph = self._add(style)
        if label:
            paragraph.add_run(office_text(label)).bold = True
        run = paragraph.add_run(office_text(text))
        if muted:
            run.font.color.rgb = RGBColor(0x5B, 0x66, 0x72)
            run.italic = True
        return paragraph

    def muted(self, text: str) -> None:
        self.paragraph(text, muted=True)

    def labelled(self, label: str, value: object) -> None:
        """A bold label over the user's text; nothing when the user left it empty."""
        if not str(value or "").strip():
            return
        self.paragraph(label + ":").runs[0].bold = True
        self.paragraph(value)

    def bullet(self, text: object, suffix: str = "") -> None:
        paragraph = self.paragraph(text, "List Bullet")
        if suffix:
            paragraph.add_run(" " + suffix).italic = True

    def not_filled(self) -> None:
        self.muted(_t("Not filled in yet."))

    # -- tables ---------------------------------------------------------------------------------------
    def table(self, columns: list[str], rows: list[list[object]], header: bool = True) -> None:
        """A table with a shaded header row that repeats on every page; columns as wide as their text
        asks for, within the page. Made as one piece of XML: a large plan has thousands of cells, which
        python-docx would look up one by one."""
        from docx.oxml import parse_xml

        texts = [[value if isinstance(value, str) else cell_value(value) for value in row] for row in rows]  # type: ignore[arg-type]
        body = [[office_text(text) for text in row] for row in texts]
        widths = _column_widths([columns, *body] if header else body, self.width_twips)
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        parts = [
            f'<w:tbl {_NAMESPACE}><w:tblPr><w:tblStyle w:val="{self.style_ids["Table Grid"]}"/>'
            '<w:tblW w:type="auto" w:w="0"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
            f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
        ]
        if header:
            parts.append('<w:tr><w:trPr><w:tblHeader w:val="true"/></w:trPr>')
            parts += [
                _cell_xml(office_text(name), width, head=True)
                for name, width in zip(columns, widths, strict=True)
            ]
            parts.append("</w:tr>")
        for row in body:
            parts.append("<w:tr>")
            parts += [_cell_xml(text, width) for text, width in zip(row, widths, strict=True)]
            parts.append("</w:tr>")
        parts.append("</w:tbl>")
        self.document.element.body._insert_tbl(parse_xml("".join(parts)))

    def content_table(self, table: Table) -> None:
        rows: list[list[object]] = [list(row) for row in table.rows]
        if table.total_label and table.rows:
            rows.append(table.totals())
        self.table(table.columns, rows)

    def picture(self, drawing, width_mm: float) -> None:
        """The chart as a PNG picture in its own paragraph (inline: it moves with the text)."""
        from docx.oxml.shape import CT_Inline
        from docx.shared import Mm

        from verktoykasse.reports.raster import drawing_png

        part = self.document.part
        relation, image = part.get_or_add_image(io.BytesIO(drawing_png(drawing)))
        width, height = image.scaled_dimensions(Mm(width_mm), None)
        # Our own numbering: python-docx would search the whole document for the highest id each time.
        self.picture_id += 1
        inline = CT_Inline.new_pic_inline(self.picture_id, relation, image.filename, width, height)
        self._add().add_run()._r.add_drawing(inline)

    # -- pages ----------------------------------------------------------------------------------------
    def page_break(self) -> None:
        from docx.enum.text import WD_BREAK

        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def new_section(self, landscape: bool) -> None:
        from docx.enum.section import WD_ORIENT, WD_SECTION

        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        wide, narrow = (
            max(section.page_width, section.page_height),
            min(section.page_width, section.page_height),
        )
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = (wide, narrow) if landscape else (narrow, wide)
        self.page_width(landscape)


_NAMESPACE = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MIN_COLUMN = 700  # twips: "#" and short numbers
_XML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def _column_widths(rows: list[list[str]], total: int) -> list[int]:
    """Widths in twips that add up to ``total``: each column by the square root of its longest line (a
    long description gets more room, but a column of dates still gets enough)."""
    count = max(len(row) for row in rows)
    wants = [1.0] * count
    for row in rows:
        for column, text in enumerate(row):
            longest = max((len(line) for line in text[:400].split("\n")), default=0)
            wants[column] = max(wants[column], min(longest, 120) ** 0.5)
    scale = total / sum(wants)
    widths = [max(MIN_COLUMN, round(w * scale)) for w in wants]
    widths[widths.index(max(widths))] -= sum(widths) - total
    return widths


def _run_xml(text: str, bold: bool = False) -> str:
    """A run with Word's own line breaks and tabs."""
    pieces = []
    for number, line in enumerate(text.split("\n")):
        if number:
            pieces.append("<w:br/>")
        for index, part in enumerate(line.split("\t")):
            if index:
                pieces.append("<w:tab/>")
            if part:
                pieces.append(f'<w:t xml:space="preserve">{part.translate(_XML_ESCAPES)}</w:t>')
    properties = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f"<w:r>{properties}{''.join(pieces)}</w:r>" if pieces else ""


def _cell_xml(text: str, width: int, head: bool = False) -> str:
    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{HEADER_FILL}"/>' if head else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>'
        f"<w:p>{_run_xml(text, bold=head)}</w:p></w:tc>"
    )


# -- sections -------------------------------------------------------------------------------------------
def _cover(w: _Writer, plan: Plan, today: dt.date) -> None:
    if plan.org_name.strip():
        w.paragraph(plan.org_name, "Subtitle")
    w.heading(_t("Action plan for inclusion"), 0)
    w.paragraph(plan.name).runs[0].bold = True
    period = period_text(plan)
    if period:
        w.paragraph(period, label=_t("Period") + ": ")
    w.paragraph(format_date(today), label=_t("Date") + ": ")
    if plan.org_number.strip():
        w.paragraph(plan.org_number, label=_t("Organisation number") + ": ")
    contact = ", ".join(p for p in (plan.contact_person, plan.contact_email, plan.contact_phone) if p.strip())
    if contact:
        w.paragraph(contact, label=_t("Contact") + ": ")
    if plan.problem_statement.strip():
        w.labelled(_t("The question we work from"), shorten(plan.problem_statement, SUMMARY_TEXT))
    w.page_break()


def _decision_box(w: _Writer, plan: Plan, budget, today: dt.date) -> None:
    from verktoykasse.budget.subsidy import estimate_note
    from verktoykasse.reports.decision import decision_box

    box = decision_box(plan, budget, today)
    if box.is_empty:
        return
    w.heading(_t("For the board's decision"), 2)
    if box.decisions:
        w.paragraph(_t("The board is asked to:")).runs[0].bold = True
        for text in box.decisions:
            w.bullet(text)
    if box.totals is not None:
        w.paragraph(_t("Budget for the plan")).runs[0].bold = True
        figures = [
            [_t("Gross cost"), Money(box.totals.gross)],
            [_t("Expected subsidies from Nav (estimate)"), Money(box.totals.subsidies)],
            [_t("Net cost"), Money(box.totals.net)],
        ]
        w.table([], figures, header=False)
        w.muted(estimate_note() + " " + _t("Details in section 4."))
    if box.milestones:
        w.paragraph(_t("Milestones in the next three months")).runs[0].bold = True
        w.table(
            [_t("Date"), _t("Milestone"), _t("Measure")],
            [[due, title, measure] for due, title, measure in box.milestones],
        )
    signed = [
        (_t("Decided on"), format_date(box.approved_on)),
        (_t("By"), box.approved_by),
        (_t("Signature"), ""),
    ]
    paragraph = w.paragraph()
    for label, value in signed:
        paragraph.add_run(office_text(label) + ": ").bold = True
        paragraph.add_run(office_text(value) if value.strip() else "_" * 18)
        paragraph.add_run("   ")


def _summary(w: _Writer, plan: Plan, today: dt.date, budget) -> None:
    w.heading("1 " + _t("Summary for the board"))
    _decision_box(w, plan, budget, today)
    if plan.problem_statement.strip():
        statement = shorten(plan.problem_statement, SUMMARY_TEXT)
        w.paragraph(statement)
        if statement != " ".join(office_text(plan.problem_statement).split()):
            w.muted(_t("The full text is in section 2."))
    w.heading(_t("Prioritised gaps"), 2)
    gaps = prioritised_gaps(plan)
    if gaps:
        w.table(
            [_t("Area"), _t("Today"), _t("Desired"), _t("Priority")],
            [
                [
                    shorten(g.title, SUMMARY_TITLE),
                    g.current_score,
                    g.desired_score,
                    priority_label(g.priority),
                ]
                for g in gaps
            ],
        )
    else:
        w.not_filled()
    w.heading(_t("Goals"), 2)
    if plan.goals:
        for number, goal in enumerate(plan.goals[:SUMMARY_GOALS], start=1):
            w.paragraph(shorten(goal.title, SUMMARY_TITLE) or _DASH, label=f"{number}. ")
        if len(plan.goals) > SUMMARY_GOALS:
            w.muted(_t("… and {count} more goals (section 3).").format(count=len(plan.goals) - SUMMARY_GOALS))
    else:
        w.not_filled()
    w.heading(_t("Key measures"), 2)
    if plan.measures:
        counts = Counter(measure_state(m, today) for m in plan.measures)
        w.muted(", ".join(f"{state_label(s)}: {counts[s]}" for s in MEASURE_STATES if counts.get(s)))
        numbers = measure_numbers(plan)
        key = key_measures(plan)
        if key:
            w.table(
                ["#", _t("Measure"), _t("Owner"), _t("Deadline"), _t("Status")],
                [
                    [
                        numbers[m.id],
                        shorten(m.title, SUMMARY_TITLE),
                        shorten(m.owner, SUMMARY_TITLE),
                        m.deadline,
                        measure_status_label(m, today),
                    ]
                    for m in key
                ],
            )
    else:
        w.not_filled()
    w.heading(_t("KPI status"), 2)
    kpis = all_kpis(plan)
    if kpis:
        states = Counter(kpi_status(kpi).state for _goal, kpi in kpis)
        w.muted(
            _t("{reached} of {total} KPIs have reached their target, {improving} are improving.").format(
                reached=states[KpiState.REACHED], total=len(kpis), improving=states[KpiState.IMPROVING]
            )
        )
        rows = []
        for _goal, kpi in kpis[:SUMMARY_KPIS]:
            status = kpi_status(kpi)
            rows.append(
                [
                    shorten(kpi.name, SUMMARY_TITLE),
                    _number_with_unit(kpi.baseline, kpi.unit),
                    _number_with_unit(status.latest.value if status.latest else None, kpi.unit),
                    _number_with_unit(kpi.target, kpi.unit),
                    status.label,
                ]
            )
        w.table([_t("KPI"), _t("Baseline"), _t("Latest"), _t("Target"), _t("Status")], rows)
        if len(kpis) > SUMMARY_KPIS:
            w.muted(_t("All {count} KPIs are in sections 3 and 8.").format(count=len(kpis)))
    else:
        w.not_filled()
    w.page_break()


def _gap_section(w: _Writer, plan: Plan) -> None:
    from verktoykasse.reports.charts import gap_chart

    w.heading("2 " + _t("Gap analysis"))
    if len(" ".join(office_text(plan.problem_statement).split())) > SUMMARY_TEXT:
        w.labelled(_t("The question we work from"), plan.problem_statement)
    if not plan.gaps:
        w.not_filled()
        return
    w.muted(_t("Each area scored today and as desired, from 1 (weak) to 5 (strong)."))
    w.content_table(gaps_table(plan))
    scored = [g for g in plan.gaps if g.current_score is not None or g.desired_score is not None]
    if scored:
        w.heading(_t("Today and desired, per area"), 2)
        w.picture(gap_chart(scored, 460), 165)
    for gap in plan.gaps:
        w.heading(gap.title or _DASH, 3)
        w.labelled(_t("Today"), gap.current_situation)
        w.labelled(_t("Desired situation"), gap.desired_situation)
        w.labelled(_t("What already works well"), gap.works_well)
    if plan.strengths:
        w.heading(_t("What already works well, to celebrate"), 2)
        for strength in plan.strengths:
            w.bullet(strength.description, office_text(strength.celebration))


def _goal_section(w: _Writer, plan: Plan) -> None:
    w.heading("3 " + _t("Goals and KPIs"))
    if not plan.goals:
        w.not_filled()
        return
    for number, goal in enumerate(plan.goals, start=1):
        w.heading(f"{_t('Goal {number}').format(number=number)}: {office_text(goal.title)}", 2)
        if goal.gap is not None:
            w.muted(_t("Area: {title}").format(title=goal.gap.title))
        w.labelled(_t("What changes"), goal.change)
        w.labelled(_t("Why it matters to us"), goal.relevance)
        w.labelled(_t("How we measure it"), goal.measurable)
        if not goal.kpis:
            w.muted(_t("No KPIs yet."))
            continue
        rows = []
        for kpi in goal.kpis:
            status = kpi_status(kpi)
            latest = _DASH
            if status.latest is not None:
                value = _number_with_unit(status.latest.value, kpi.unit)
                latest = f"{value} ({format_date(status.latest.measured_on)})"
            extra = ", ".join(
                x for x in (frequency_label(kpi.frequency), kpi.data_source, kpi.measured_by) if x
            )
            rows.append(
                [
                    f"{kpi.name or _DASH}\n{extra}" if extra else kpi.name or _DASH,
                    _number_with_unit(kpi.baseline, kpi.unit),
                    _number_with_unit(kpi.target, kpi.unit),
                    format_date(kpi.deadline),
                    latest,
                    status.label,
                ]
            )
        w.table(
            [_t("KPI"), _t("Baseline"), _t("Target"), _t("Deadline"), _t("Latest value"), _t("Status")], rows
        )


def _measure_section(w: _Writer, plan: Plan, today: dt.date, catalogue: Catalogue | None, budget) -> None:
    w.heading("4 " + _t("Measures"))
    if not plan.measures:
        w.not_filled()
    else:
        goals = goal_numbers(plan)
        w.muted(_t("The Goal column refers to the goal numbers in section 3."))
        rows = []
        for number, measure in enumerate(plan.measures, start=1):
            what = "\n".join(
                x for x in (measure.title or _DASH, measure.area, measure.description) if x.strip()
            )
            owner = measure.owner or _DASH
            if measure.responsible.strip() and measure.responsible != measure.owner:
                owner += "\n" + _t("Responsible: {name}").format(name=measure.responsible)
            resources = []
            if measure.cost_nok is not None:
                resources.append(format_money(measure.cost_nok))
            if measure.hours is not None:
                resources.append(_t("{hours} hours").format(hours=format_number(measure.hours)))
            if measure.resource_note.strip():
                resources.append(measure.resource_note)
            rows.append(
                [
                    str(number),
                    what,
                    ", ".join(str(goals[g.id]) for g in measure.goals if g.id in goals),
                    owner,
                    format_date(measure.start_date),
                    format_date(measure.deadline),
                    measure_status_label(measure, today),
                    "\n".join(resources),
                    measure.expected_effect,
                    "\n".join(schemes_used(measure, catalogue)),
                ]
            )
        w.table(
            [
                "#",
                _t("Measure"),
                _t("Goal"),
                _t("Owner"),
                _t("Start"),
                _t("Deadline"),
                _t("Status"),
                _t("Resources"),
                _t("Expected effect"),
                _t("Schemes used"),
            ],
            rows,
        )
    tables = budget_tables(plan, budget)
    if tables:
        from verktoykasse.budget.subsidy import estimate_note
        from verktoykasse.reports.budget_tables import estimate_basis

        w.heading(_t("Budget and expected subsidies"), 2)
        w.muted(
            _t("Gross cost: each measure's cost, its hours at the hourly cost and its hires' costs.")
            + " "
            + _t("Expected subsidies: what Nav's schemes may pay back.")
        )
        w.muted(estimate_note())
        for note in budget.notes:
            w.muted(note)
        for table in tables:
            w.content_table(table)
        hires = hires_table(budget)
        if hires.rows:
            w.heading(hires.title, 3)
            w.content_table(hires)
        basis = estimate_basis(budget)
        if basis:
            w.heading(_t("What the estimate is based on"), 3)
            for line in basis:
                w.muted(line)


def _timeline_section(w: _Writer, plan: Plan, today: dt.date) -> None:
    w.heading("5 " + _t("Timeline"))
    numbers = measure_numbers(plan)
    dated = [m for m in plan.measures if m.start_date or m.deadline or any(s.due_date for s in m.milestones)]
    if not dated:
        w.muted(_t("No measures with dates yet."))
        return
    w.table(
        ["#", _t("Measure"), _t("Start"), _t("Deadline"), _t("Status")],
        [[numbers[m.id], m.title, m.start_date, m.deadline, measure_status_label(m, today)] for m in dated],
    )
    stones = sorted(
        ((s.due_date, numbers[m.id], m, s) for m in plan.measures for s in m.milestones if s.due_date),
        key=lambda item: (item[0], item[1]),
    )
    if stones:
        locale = QLocale()
        w.heading(_t("Milestones by month"), 2)
        w.table(
            [_t("Month"), _t("Date"), _t("Milestone"), _t("Measure"), _t("Done")],
            [
                [
                    f"{locale.standaloneMonthName(due.month, QLocale.FormatType.LongFormat)} {due.year}",
                    due,
                    stone.title,
                    f"{number}  {measure.title}",
                    _t("Yes") if stone.done else "",
                ]
                for due, number, measure, stone in stones
            ],
        )


def _roles_section(w: _Writer, plan: Plan) -> None:
    w.heading("6 " + _t("Roles and follow-up"))
    fields = [
        (_t("Owner of the work"), plan.work_owner),
        (_t("Operational responsible"), plan.operational_responsible),
        (_t("How progress is followed up"), plan.follow_up_method),
        (_t("Reporting"), frequency_label(plan.reporting_frequency)),
        (_t("Anchoring in strategy and steering documents"), plan.anchoring),
        (_t("Training needs"), plan.training_needs),
        (_t("External advisers and support"), plan.external_support),
        (_t("Follow-up of included employees"), plan.follow_up_framework),
    ]
    filled = [[label, value] for label, value in fields if str(value).strip()]
    if filled:
        w.table([], filled, header=False)
    else:
        w.not_filled()
    decisions = [d.text for d in plan.board_decisions if d.text.strip()]
    if decisions:
        w.heading(_t("The board is asked to:"), 2)
        for text in decisions:
            w.paragraph(text, "List Number")
    if plan.participants:
        w.heading(_t("Who took part"), 2)
        w.table(
            [_t("Name"), _t("Role or organisation")], [[p.name, p.organisation] for p in plan.participants]
        )


def _schemes_section(w: _Writer, plan: Plan, catalogue: Catalogue | None) -> None:
    w.heading("7 " + _t("Schemes and contacts used"))
    used = used_schemes(plan, catalogue)
    if not used:
        w.muted(_t("No schemes or contacts are linked to the measures yet."))
        return
    w.table(
        [
            _t("Scheme or contact"),
            _t("Provider or organisation"),
            _t("Web address and contact"),
            _t("Used by measures"),
        ],
        [
            [name, provider, "\n".join(reach), ", ".join(map(str, numbers))]
            for name, provider, reach, numbers in used
        ],
    )


def _evaluation_section(w: _Writer, plan: Plan) -> None:
    from verktoykasse.reports.charts import kpi_chart

    w.heading("8 " + _t("Evaluation status"))
    charts = [(goal, number, kpi) for number, goal in enumerate(plan.goals, start=1) for kpi in goal.kpis]
    if charts:
        w.muted(_t("Each KPI's measurements against its baseline and target."))
        for goal, number, kpi in charts:
            title = _t("Goal {number}").format(number=number)
            subtitle = f"{title}: {goal.title}" if goal.title.strip() else title
            w.picture(kpi_chart(kpi, 240, 150, subtitle), 110)
    else:
        w.muted(_t("No KPIs yet."))
    evaluated = [m for m in plan.measures if m.what_was_done.strip() or m.outcome.strip()]
    if evaluated:
        numbers = measure_numbers(plan)
        w.heading(_t("What the measures gave"), 2)
        w.table(
            ["#", _t("Measure"), _t("What was done"), _t("What it gave")],
            [[numbers[m.id], m.title, m.what_was_done, m.outcome] for m in evaluated],
        )
    if plan.lessons:
        w.heading(_t("What we learnt"), 2)
        next_cycle = "(" + _t("into the next cycle") + ")"
        for lesson in plan.lessons:
            w.bullet(lesson.text, next_cycle if lesson.carry_forward else "")
    w.labelled(_t("How insight becomes daily practice"), plan.practice_integration)
    w.labelled(_t("Experiences to share with others"), plan.experiences_to_share)
    w.labelled(_t("What we celebrate"), plan.celebrations)


def build_document(
    plan: Plan, today: dt.date | None = None, language: str | None = None, *, catalogue: Catalogue | None
) -> bytes:
    """The action plan as a .docx in memory, in ``language`` (else the plan's report language)."""
    from verktoykasse.i18n import report_language
    from verktoykasse.reports import styles as st
    from verktoykasse.reports.budget_tables import plan_budget

    today = today or dt.date.today()
    st.register_fonts()  # the charts measure their labels in DejaVu Sans, as in the PDF
    with report_language(language or plan.report_language):
        budget = plan_budget(plan, catalogue)
        w = _Writer()
        properties = w.document.core_properties
        properties.title = office_text(plan.name)[:255]
        properties.author = office_text(plan.org_name)[:255]
        properties.subject = _t("Action plan")
        _cover(w, plan, today)
        _summary(w, plan, today, budget)
        _gap_section(w, plan)
        _goal_section(w, plan)
        w.new_section(landscape=True)
        _measure_section(w, plan, today, catalogue, budget)
        _timeline_section(w, plan, today)
        w.new_section(landscape=False)
        _roles_section(w, plan)
        _schemes_section(w, plan, catalogue)
        w.page_break()
        _evaluation_section(w, plan)
        buffer = io.BytesIO()
        w.document.save(buffer)
    return buffer.getvalue()
