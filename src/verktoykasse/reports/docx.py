"""The action plan as a Word document the board secretary can edit and paste from.

A layout of the report content of ``reports.sections``, which the PDF lays out too: the same sections in
the same order (cover, summary for the board with the decision box, gap analysis, goals and KPIs,
measures with the budget, the timeline as a table, roles, schemes used, evaluation), saying the same.
Here they become real Word headings (Heading 1 for the numbered sections, Heading 2/3 inside, so the
navigation pane and a table of contents work), real tables with a repeated header row, lists, the charts
as pictures, and a page number in the footer (a PAGE field, which Word keeps right as the text is edited).
No text boxes or frames: everything is ordinary text to edit. The measures and the timeline are on
landscape pages, as in the PDF.

User text goes through ``text.office_text`` (what XML cannot hold is dropped or shown as �), and the file
is written whole or not at all (``document.write_report``, ``files.write_atomically``).
"""

from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from verktoykasse.reports.content import (
    Block,
    Bullets,
    Cover,
    Figure,
    Group,
    Heading,
    Labelled,
    Money,
    Numbered,
    Section,
    Table,
    Text,
    cell_value,
)
from verktoykasse.reports.decision import DecisionBox
from verktoykasse.reports.text import office_text
from verktoykasse.storage.models import Plan

if TYPE_CHECKING:
    from verktoykasse.catalogue import Catalogue

__all__ = ["build_document", "cell_value"]  # cell_value: the shared one of reports.content

HEADER_FILL = "DDE6EF"
GAP_CHART_WIDTH = 165  # mm on the page
KPI_CHART_WIDTH = 110


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
        self.width_emu = Mm(210 - 40)

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

    def bullet(self, text: object, suffix: str = "", separator: str = " ") -> None:
        paragraph = self.paragraph(text, "List Bullet")
        if suffix.strip():
            paragraph.add_run(office_text(separator + suffix)).italic = True

    # -- tables ---------------------------------------------------------------------------------------
    def table(
        self, columns: list[str], rows: list[list[object]], header: bool = True, row_labels: bool = False
    ) -> None:
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
            parts += [
                _cell_xml(text, width, bold=row_labels and column == 0)
                for column, (text, width) in enumerate(zip(row, widths, strict=True))
            ]
            parts.append("</w:tr>")
        parts.append("</w:tbl>")
        self.document.element.body._insert_tbl(parse_xml("".join(parts)))

    def content_table(self, table: Table) -> None:
        rows: list[list[object]] = [list(row) for row in table.rows_with_totals()]
        self.table(table.columns, rows, header=bool(table.columns), row_labels=table.row_labels)

    def picture(self, drawing, width_mm: float) -> None:
        """The chart as a PNG picture in its own paragraph (inline: it moves with the text)."""
        from docx.image.image import Image
        from docx.opc.constants import RELATIONSHIP_TYPE
        from docx.opc.packuri import PackURI
        from docx.oxml.shape import CT_Inline
        from docx.parts.image import ImagePart
        from docx.shared import Mm

        from verktoykasse.reports.raster import drawing_png

        # Our own numbering and image parts: python-docx would search the whole document for the highest
        # id, and hash every picture already in it to find a copy (no chart is one), for each picture.
        self.picture_id += 1
        image = Image.from_blob(drawing_png(drawing))
        part = ImagePart.from_image(image, PackURI(f"/word/media/chart{self.picture_id}.png"))
        relation = self.document.part.relate_to(part, RELATIONSHIP_TYPE.IMAGE)
        width, height = image.scaled_dimensions(Mm(width_mm), None)
        inline = CT_Inline.new_pic_inline(self.picture_id, relation, image.filename, width, height)
        self._add().add_run()._r.add_drawing(inline)

    # -- pages ----------------------------------------------------------------------------------------
    def page_numbers(self, title: str) -> None:
        """The footer of every page: the plan's name and "Page 3 of 12", the numbers as PAGE and NUMPAGES
        fields, so Word counts them again after every edit. Later sections share this footer."""
        text = QCoreApplication.translate("Report", "Page {page} of {pages}")
        before, _, rest = text.partition("{page}")
        middle, _, after = rest.partition("{pages}")
        parts = [f"{_run_xml(office_text(title))}<w:r><w:tab/></w:r>" if title.strip() else ""]
        parts += [
            _run_xml(before),
            _field_xml("PAGE"),
            _run_xml(middle),
            _field_xml("NUMPAGES"),
            _run_xml(after),
        ]
        footer = self.document.sections[0].footer.paragraphs[0]
        footer.paragraph_format.tab_stops.add_tab_stop(self.width_emu, alignment=_right_tab())
        for element in _parse_runs("".join(parts)):
            footer._p.append(element)

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


def _cell_xml(text: str, width: int, head: bool = False, bold: bool = False) -> str:
    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{HEADER_FILL}"/>' if head else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>'
        f"<w:p>{_run_xml(text, bold=head or bold)}</w:p></w:tc>"
    )


def _field_xml(instruction: str) -> str:
    """A Word field (PAGE, NUMPAGES) that Word fills in, showing 1 until it does."""
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
        f'<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _parse_runs(runs: str) -> list:
    from docx.oxml import parse_xml

    return list(parse_xml(f"<w:p {_NAMESPACE}>{runs}</w:p>"))


def _right_tab():
    from docx.enum.text import WD_TAB_ALIGNMENT

    return WD_TAB_ALIGNMENT.RIGHT


# -- laying out the report content -------------------------------------------------------------------------
def _cover(w: _Writer, cover: Cover) -> None:
    if cover.org_name.strip():
        w.paragraph(cover.org_name, "Subtitle")
    w.heading(cover.title, 0)
    w.paragraph(cover.plan_name).runs[0].bold = True
    for label, value in cover.facts:
        w.paragraph(value, label=label + ": ")
    if cover.question is not None:
        w.labelled(cover.question.label, cover.question.value)


def _decision_box(w: _Writer, box: DecisionBox) -> None:
    """The PDF's framed box as a Heading 2 and ordinary paragraphs and tables, to edit."""
    w.heading(QCoreApplication.translate("Report", "For the board's decision"), 2)
    if box.decisions:
        w.paragraph(QCoreApplication.translate("Report", "The board is asked to:")).runs[0].bold = True
        for text in box.shown_decisions():
            w.bullet(text)
        if box.more_decisions():
            w.muted(box.more_decisions())
    if box.totals is not None:
        w.paragraph(QCoreApplication.translate("Report", "Budget for the plan")).runs[0].bold = True
        w.table([], [[label, Money(value)] for label, value in box.figures()], header=False)
        w.muted(box.figures_note())
    if box.milestones:
        title = QCoreApplication.translate("Report", "Milestones in the next three months")
        w.paragraph(title).runs[0].bold = True
        columns = [
            QCoreApplication.translate("Report", "Date"),
            QCoreApplication.translate("Report", "Milestone"),
            QCoreApplication.translate("Report", "Measure"),
        ]
        w.table(columns, [list(stone) for stone in box.shown_milestones()])
        if box.more_milestones():
            w.muted(box.more_milestones())
    paragraph = w.paragraph()
    for label, value in box.approval():
        paragraph.add_run(office_text(label) + ": ").bold = True
        paragraph.add_run(office_text(value) if value.strip() else "_" * 18)
        paragraph.add_run("   ")


def _figure(w: _Writer, figure: Figure) -> None:
    from verktoykasse.reports.charts import gap_chart, kpi_chart

    if figure.kind == "gap_chart":
        w.picture(gap_chart(figure.data, 460), GAP_CHART_WIDTH)
    elif figure.kind == "kpi_charts":
        for kpi, subtitle in figure.data:  # type: ignore[attr-defined]
            w.picture(kpi_chart(kpi, 240, 150, subtitle), KPI_CHART_WIDTH)
    elif figure.table is not None:  # the timeline's bars: a table of the dated measures here
        w.content_table(figure.table)


def _block(w: _Writer, block: Block) -> None:
    if isinstance(block, Heading):
        w.heading(block.text, block.level)
    elif isinstance(block, Text):
        if block.kind == "body":
            w.paragraph(block.text)
        else:
            w.muted(block.text)
    elif isinstance(block, Labelled):
        w.labelled(block.label, block.value)
    elif isinstance(block, Table):
        w.content_table(block)
    elif isinstance(block, Numbered):
        for number, text in enumerate(block.items, start=1):
            w.paragraph(text, label=f"{number}. ")
    elif isinstance(block, Bullets):
        for text, aside in block.items:
            w.bullet(text, aside, block.separator)
    elif isinstance(block, Figure):
        _figure(w, block)
    elif isinstance(block, Group):
        for inner in block.blocks:
            _block(w, inner)
    elif isinstance(block, DecisionBox):
        _decision_box(w, block)
    else:
        raise TypeError(f"no layout for {block!r}")


def _section(w: _Writer, section: Section, landscape: bool) -> bool:
    """Lay ``section`` out after a page of ``landscape`` orientation; returns the orientation it ends on."""
    if section.landscape != landscape:
        w.new_section(landscape=section.landscape)
    elif section.new_page:
        w.page_break()
    w.heading(f"{section.number} {section.title}")
    for block in section.blocks:
        _block(w, block)
    return section.landscape


def build_document(
    plan: Plan, today: dt.date | None = None, language: str | None = None, *, catalogue: Catalogue | None
) -> bytes:
    """The action plan as a .docx in memory, in ``language`` (else the plan's report language)."""
    from verktoykasse.i18n import report_language
    from verktoykasse.reports import styles as st
    from verktoykasse.reports.sections import report_content

    st.register_fonts()  # the charts measure their labels in DejaVu Sans, as in the PDF
    with report_language(language or plan.report_language):
        report = report_content(plan, today or dt.date.today(), catalogue)
        w = _Writer()
        properties = w.document.core_properties
        properties.title = office_text(plan.name)[:255]
        properties.author = office_text(plan.org_name)[:255]
        properties.subject = QCoreApplication.translate("Report", "Action plan")
        w.page_numbers(plan.name)
        _cover(w, report.cover)
        landscape = False
        for section in report.sections:
            landscape = _section(w, section, landscape)
        buffer = io.BytesIO()
        w.document.save(buffer)
    return buffer.getvalue()
