"""The fields shown and typed on one line, kept free of line breaks, controls and bidi overrides.

Whichever way a value arrives — typed in the window, given on the command line, read from a plan file —
it is cleaned by ``domain.lines.one_line`` when the session writes it (a ``before_flush`` hook on every
session of ``storage.db.open_database``), so no path into the database can skip the rule.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from verktoykasse.domain.lines import one_line

# Table → the columns that the window shows in a one-line field (a QLineEdit) and lists show on one line.
ONE_LINE_FIELDS: dict[str, tuple[str, ...]] = {
    "plan": (
        "name",
        "org_name",
        "org_number",
        "industry",
        "municipality",
        "county",
        "contact_person",
        "contact_email",
        "contact_phone",
        "work_owner",
        "operational_responsible",
        "workshop_time",
        "workshop_place",
        "approved_by",
        "arp_responsible",
    ),
    "participant": ("name", "organisation", "email"),
    "gap_area": ("title",),
    "goal": ("title",),
    "kpi": ("name", "unit", "data_source", "measured_by"),
    "measure": ("title", "area", "owner", "responsible"),
    "milestone": ("title",),
    "planned_hire": ("label",),
    "board_decision": ("text",),
    "measurement": ("note",),
    "arp_involvement": ("who",),
    "arp_pay_level": ("level",),
    "contact": ("name", "organisation", "role", "phone", "email", "url"),
}


def clean_one_line_fields(session: Session, _context: Any = None, _instances: Any = None) -> None:
    for obj in (*session.new, *session.dirty):
        for name in ONE_LINE_FIELDS.get(getattr(obj, "__tablename__", ""), ()):
            value = getattr(obj, name, None)
            if isinstance(value, str):
                cleaned = one_line(value)
                if cleaned != value:
                    setattr(obj, name, cleaned)


def watch(sessions: sessionmaker[Session]) -> None:
    """Clean the one-line fields of everything the sessions made by ``sessions`` write."""
    event.listen(sessions, "before_flush", clean_one_line_fields)
