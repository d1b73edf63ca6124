"""The A4 document around the plan's content: page templates (portrait, and landscape for the wide
tables), the footer with the plan's name and "Page 3 of 9", and writing the file without leaving a
half-written PDF behind."""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from verktoykasse.collector import paused
from verktoykasse.reports import styles as st
from verktoykasse.reports.text import fit
from verktoykasse.storage.models import Plan

if TYPE_CHECKING:
    from verktoykasse.catalogue import Catalogue

MM = 72 / 25.4
PORTRAIT_MARGINS = (22 * MM, 20 * MM, 22 * MM, 24 * MM)  # left, top, right, bottom
LANDSCAPE_MARGINS = (16 * MM, 16 * MM, 16 * MM, 20 * MM)


def _canvas_class(footer_text: str, page_text: str):
    """A canvas that holds its pages back until the end, so every footer can say how many there are."""
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    # The plan's name, fitted to the room beside "Page N of M": the room changes only with the page's
    # orientation and the number's width, so a 1,700-page plan with a 100,000-character name (pasted by
    # mistake) fits it a handful of times, not once per page.
    fitted: dict[float, str] = {}

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _footer(self, number: int, total: int) -> None:
            width, _height = self._pagesize
            left, _top, right, bottom = PORTRAIT_MARGINS if width < _height else LANDSCAPE_MARGINS
            y = bottom * 0.5
            self.saveState()
            self.setStrokeColor(colors.HexColor(st.RULE))
            self.setLineWidth(0.5)
            self.line(left, y + 10, width - right, y + 10)
            self.setFont(st.FONT, 7.5)
            self.setFillColor(colors.HexColor(st.MUTED))
            numbering = page_text.format(page=number, pages=total)
            room = width - left - right - stringWidth(numbering, st.FONT, 7.5) - 20
            if room not in fitted:
                fitted[room] = fit(footer_text, room, 7.5, st.FONT)
            self.drawString(left, y, fitted[room])
            self.drawRightString(width - right, y, numbering)
            self.restoreState()

    return NumberedCanvas


def page_template(
    name: str,
    size: tuple[float, float],
    margins: tuple[float, float, float, float],
    frame_id: str | None = None,
):
    """A page of ``size`` with one frame inside ``margins`` (left, top, right, bottom) and no padding:
    the action plan and the workshop kit lay out their pages the same way."""
    from reportlab.platypus import Frame, PageTemplate

    left, top, right, bottom = margins
    frame = Frame(
        left,
        bottom,
        size[0] - left - right,
        size[1] - top - bottom,
        id=frame_id or name,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    return PageTemplate(id=name, frames=[frame], pagesize=size)


def _document(target, plan: Plan):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import BaseDocTemplate

    doc = BaseDocTemplate(
        target,
        pagesize=A4,
        title=plan.name,
        author=plan.org_name,
        subject=QCoreApplication.translate("Report", "Action plan"),
        creator="Verktøykassa",
        initialFontName=st.FONT,  # no stray Helvetica, which lacks the Sami letters
    )
    doc.addPageTemplates(
        [
            page_template("portrait", A4, PORTRAIT_MARGINS, frame_id="p"),
            page_template("landscape", landscape(A4), LANDSCAPE_MARGINS, frame_id="l"),
        ]
    )
    return doc


def build_action_plan(
    plan: Plan, today: dt.date | None = None, language: str | None = None, *, catalogue: Catalogue | None
) -> bytes:
    """The plan as a finished PDF, in memory (≈0.1 s for a small plan, under a second for a huge one).

    In ``language``, else the plan's report language (bokmål unless the plan says English): texts, month
    names, numbers and dates; never the system's or the window's language (``i18n.report_language``).
    ``catalogue`` is the one in use in the user's data folder (``catalogue.catalogue_in_use``): it names
    the schemes the measures use.
    """
    from verktoykasse.i18n import report_language
    from verktoykasse.reports import use_our_settings
    from verktoykasse.reports.action_plan import story

    use_our_settings()
    st.register_fonts()
    buffer = io.BytesIO()
    from verktoykasse.reports.paragraph import forget_parsed

    # Without the garbage collector while building (``collector``): reportlab makes hundreds of thousands
    # of short-lived objects; what the build leaves in cycles (≈26,000 objects) goes at the next collection.
    try:
        with paused(), report_language(language or plan.report_language):
            doc = _document(buffer, plan)
            page_text = QCoreApplication.translate("Report", "Page {page} of {pages}")
            doc.build(
                story(plan, doc, today or dt.date.today(), catalogue),
                canvasmaker=_canvas_class(plan.name, page_text),
            )
    finally:
        forget_parsed()
    return buffer.getvalue()


def build_report(
    kind: str,
    plan: Plan,
    today: dt.date | None = None,
    language: str | None = None,
    *,
    catalogue,
    shortened: list | None = None,
) -> bytes:
    """The plan as a ``kind`` file in memory: "pdf" (``build_action_plan``), "docx" (``reports.docx``,
    the same sections to edit in Word) or "xlsx" (``reports.xlsx``, the tables as a workbook).

    The PDF and the Word document hold every text whole; a workbook cuts a text longer than a cell holds
    and adds it to ``shortened`` (``domain.shortened.ShortenedText``)."""
    if kind == "xlsx":
        from verktoykasse.reports.xlsx import build_workbook

        return build_workbook(plan, today, language, catalogue=catalogue, shortened=shortened)
    if kind == "docx":
        from verktoykasse.reports.docx import build_document as build
    else:
        build = build_action_plan
    return build(plan, today, language, catalogue=catalogue)


def write_report(
    kind: str,
    plan: Plan,
    path: str | os.PathLike[str],
    today: dt.date | None = None,
    language: str | None = None,
    *,
    catalogue: Catalogue | None,
    shortened: list | None = None,
) -> Path:
    """Build the ``kind`` file and write it to ``path`` whole or not at all (``files.write_atomically``);
    texts a workbook cuts are added to ``shortened`` (``build_report``).

    Raises ``OSError``."""
    from verktoykasse.files import write_atomically

    data = build_report(kind, plan, today, language, catalogue=catalogue, shortened=shortened)
    return write_atomically(path, data)


def write_action_plan(
    plan: Plan,
    path: str | os.PathLike[str],
    today: dt.date | None = None,
    language: str | None = None,
    *,
    catalogue: Catalogue | None,
) -> Path:
    """The PDF, written whole or not at all. Raises ``OSError``."""
    return write_report("pdf", plan, path, today, language, catalogue=catalogue)


def suggested_file_name(plan_name: str, today: dt.date | None = None, suffix: str = ".pdf") -> str:
    """``Handlingsplan – <plan> – 2026-11-22.pdf`` (or ``.xlsx``, ``.docx``), safe on Windows, macOS and
    Linux."""
    from verktoykasse.files import safe_file_stem

    label = QCoreApplication.translate("Report", "Action plan")
    name = safe_file_stem(plan_name)
    day = (today or dt.date.today()).isoformat()
    parts = [label, name, day] if name else [label, day]
    return " – ".join(parts) + suffix
