"""File → ARP report draft → As a Word document: the yearly equality report (redegjørelse) to edit.

The same sections as the PDF (``arp_draft.draft_sections``: what to check, the duty, part 1 with the
figures past the privacy guard, part 2, the four steps, the representatives), laid out with the action
plan's Word helpers (``reports.docx``): real Word headings (Heading 1 for a section, Heading 2 for a
year's figures and the like), real tables with a repeated, shaded header row, user text made safe for XML.
"DRAFT" stands in the title and in the header of every page, so a copy pasted into the annual report is
not mistaken for a finished one until the business removes it.

Nothing here computes a figure: every cell is the text the PDF shows, so a small number hidden there is
hidden here. ``arp_draft.write_arp_draft`` writes it, whole or not at all (``files.write_atomically``).
"""

from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING

from verktoykasse.reports.arp_draft import (
    Subheading,
    draft_byline,
    draft_footer,
    draft_sections,
    draft_title,
    missing_marker,
)

if TYPE_CHECKING:
    from verktoykasse.storage.models import Plan


def build_arp_docx(plan: Plan, today: dt.date | None = None, language: str | None = None) -> bytes:
    """The draft as a .docx in memory, in ``language`` or the plan's report language."""
    from verktoykasse.i18n import report_language
    from verktoykasse.reports.docx import _Writer
    from verktoykasse.reports.text import office_text

    today = today or dt.date.today()
    with report_language(language or getattr(plan, "report_language", "")):
        w = _Writer()
        properties = w.document.core_properties
        properties.title = office_text(draft_title(today))[:255]
        properties.author = office_text(plan.org_name)[:255]
        properties.subject = office_text(plan.name)[:255]
        header = w.document.sections[0].header.paragraphs[0]
        header.add_run(office_text(draft_footer(plan))).bold = True
        w.page_numbers(plan.org_name or plan.name)
        w.heading(draft_title(today), 0)
        who, made = draft_byline(plan, today)
        if who:
            w.muted(who)
        w.muted(made)
        marker = missing_marker() + " "
        for section in draft_sections(plan, today):
            w.heading(section.heading, 1)
            for block in section.blocks:
                if isinstance(block, Subheading):
                    w.heading(block, 2)
                elif isinstance(block, str):
                    w.paragraph(block)
                else:
                    w.table(block[0], [list(row) for row in block[1:]])
            for missing in section.missing:
                w.paragraph(missing, label=marker)
        buffer = io.BytesIO()
        w.document.save(buffer)
    return buffer.getvalue()
