"""What "anonymised" means in a plan file for an adviser (``plan_document(plan, anonymised=True)``).

The file carries the plan's work — gaps, goals, KPIs, measures, the risk map, the equality figures — but
no person it can name and no figure of a small group:

- **Figures**: every equality figure the privacy guard hides is left out (``null``;
  ``domain.arp_figures.anonymised_values``).
- **Who** (``PERSON_FIELDS``): a name typed where the plan asks who — the contact person, the owner of
  the work, who approved the plan, who is responsible for equality, a measure's owner and responsible,
  who measures a KPI, the participants, who took part in a meeting with the employees' representatives,
  the user's own contacts — becomes a placeholder: "Person 1", "Participant 2", "Representative 1",
  "Contact 1". The same text gets the same placeholder everywhere, so the adviser still sees that one
  person owns three measures. A value that is only a role ("Daglig leder", "Styret ved styreleder",
  ``ROLE_WORDS``) names no one and stays.
- **How to reach a person** (``CONTACT_DETAILS``): e-mail addresses and phone numbers are emptied.
- **Notes about people** (``LEFT_OUT``): text that by its nature records what happened to or was said by
  someone — the workshop summary, a measurement's or a held meeting's note, what was discussed with the
  representatives, a year's note on the figures, a contact's note — is replaced by a marker saying it was
  left out.
- **Every other text** (the plan's name, descriptions, causes, lessons …) stays, with every name found
  above (the whole name, and each capitalised part of it: "Kari" of "Kari Nordmann") replaced by its
  placeholder wherever it stands.
- **The business itself** (``BUSINESS_FIELDS``: its name, organisation number, industry and where it is)
  is not anonymised: the adviser knows whom they help. Nor is a participant marked as Nav or as an
  organisation (``ORGANISATION_KINDS``): "Nav Fredrikstad" is no person.

What a user wrote about a person without naming them in a "who" field cannot be found by a program: the
export button's tooltip and the README say so. The file says ``"anonymised": true``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from verktoykasse.domain.plan_description import CONTACT, PLAN, Table
from verktoykasse.domain.vocabulary import ParticipantKind

PERSON = QT_TRANSLATE_NOOP("PlanFile", "Person {number}")
PARTICIPANT = QT_TRANSLATE_NOOP("PlanFile", "Participant {number}")
REPRESENTATIVE = QT_TRANSLATE_NOOP("PlanFile", "Representative {number}")
CONTACT_PERSON = QT_TRANSLATE_NOOP("PlanFile", "Contact {number}")

# (table name, field name) → the placeholder a name typed there becomes.
PERSON_FIELDS: dict[tuple[str, str], str] = {
    ("plan", "contact_person"): PERSON,
    ("plan", "work_owner"): PERSON,
    ("plan", "operational_responsible"): PERSON,
    ("plan", "approved_by"): PERSON,
    ("plan", "arp_responsible"): PERSON,
    ("participant", "name"): PARTICIPANT,
    ("measure", "owner"): PERSON,
    ("measure", "responsible"): PERSON,
    ("kpi", "measured_by"): PERSON,
    ("arp_involvement", "who"): REPRESENTATIVE,
    ("contact", "name"): CONTACT_PERSON,
}
CONTACT_DETAILS = {
    ("plan", "contact_email"),
    ("plan", "contact_phone"),
    ("participant", "email"),
    ("contact", "phone"),
    ("contact", "email"),
}
LEFT_OUT = {
    ("plan", "workshop_summary"),
    ("measurement", "note"),
    ("measure_occurrence", "note"),
    ("arp_involvement", "topic"),
    ("arp_year", "note"),
    ("contact", "note"),
}
BUSINESS_FIELDS = {
    ("plan", "org_name"),
    ("plan", "org_number"),
    ("plan", "industry"),
    ("plan", "municipality"),
    ("plan", "county"),
}
ORGANISATION_KINDS = {ParticipantKind.NAV, ParticipantKind.ORGANISATION}  # participants that are no person
LEFT_OUT_MARK = QT_TRANSLATE_NOOP("PlanFile", "(left out: this plan file is anonymised)")

# Words of a role, not of a name (bokmål, nynorsk and English): a "who" made only of these names no one.
# fmt: off
ROLE_WORDS = frozenset((
    "alle", "ansatte", "ansattes", "and", "arbeidsleder", "arbeidsmiljøutvalget", "avdelingsleder",
    "avdelingsledere", "board", "butikksjef", "ceo", "chair", "daglig", "dagleg", "de", "director", "eier",
    "eieren", "eierne", "employees", "fadder", "general", "hms", "hr", "hr-ansvarlig", "hr-leder",
    "hovedverneombud", "leder", "ledere", "ledelsen", "ledergruppen", "manager", "managers", "managing",
    "mentor", "og", "of", "owner", "personalansvarlig", "personalleder", "produksjonsleder",
    "representative", "representatives", "safety", "styreleder", "styret", "styrets", "the", "tillitsvalgt",
    "tillitsvalgte", "union", "ved", "verneombud", "verneombudet"
))
# fmt: on
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _rows(document: dict[str, Any]) -> Iterator[tuple[Table, dict[str, Any]]]:
    """Every row of the file with its table: the plan, every row of every list, the contacts."""

    def walk(table: Table, row: dict[str, Any]) -> Iterator[tuple[Table, dict[str, Any]]]:
        yield table, row
        for child in table.children:
            for item in row.get(child.key) or []:
                yield from walk(child, item)

    yield from walk(PLAN, document["plan"])
    for contact in document.get(CONTACT.key) or []:
        yield CONTACT, contact


def is_role(text: str) -> bool:
    """Whether ``text`` is only a role ("Daglig leder", "Styret ved styreleder"): it names no one."""
    words = _WORD.findall(text.lower())
    return bool(words) and all(word in ROLE_WORDS for word in words)


def _name_parts(name: str) -> list[str]:
    """The whole name and each capitalised word of it that is not a role word ("Kari", "Nordmann"); none
    of fewer than two letters (an owner typed as "X" or "–" is not looked for in every text)."""
    parts = [name] if sum(c.isalpha() for c in name) > 1 else []
    words = _WORD.findall(name)
    if len(words) > 1:
        parts += [w for w in words if w[0].isupper() and len(w) > 1 and w.lower() not in ROLE_WORDS]
    return parts


class _Names:
    """The names found in the "who" fields, each with its placeholder, and a pattern that finds them."""

    def __init__(self) -> None:
        self.placeholders: dict[str, str] = {}  # the name on one line, lowercased → its placeholder
        self.names: list[str] = []  # as typed (on one line): its capitals tell a name's parts
        self.counts: dict[str, int] = {}

    def placeholder(self, value: str, kind: str) -> str:
        name = " ".join(value.split())
        key = name.lower()
        if key not in self.placeholders:
            self.counts[kind] = self.counts.get(kind, 0) + 1
            text = QCoreApplication.translate("PlanFile", kind).format(number=self.counts[kind])
            self.placeholders[key] = text
            self.names.append(name)
        return self.placeholders[key]

    def replacer(self) -> Callable[[str], str] | None:
        """What replaces every name and name part (longest first) in a text, or None without names."""
        found: dict[str, str] = {}
        for name in self.names:
            for part in _name_parts(name):
                found.setdefault(part.lower(), self.placeholders[name.lower()])
        if not found:
            return None
        alternatives = sorted(found, key=len, reverse=True)
        body = "|".join(r"\s+".join(map(re.escape, part.split())) for part in alternatives)
        pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)

        def placeholder(match: re.Match[str]) -> str:
            text = " ".join(match.group().split()).lower()
            if text in found:
                return found[text]
            # A letter whose lower case is two (İ): the part it matched, found the slow way.
            return next(v for k, v in found.items() if re.fullmatch(re.escape(k), text, re.IGNORECASE))

        return lambda text: pattern.sub(placeholder, text)


def anonymise(document: dict[str, Any]) -> None:
    """Make a plan file's document (``plan_document``) anonymised as the module docstring says, in place."""
    names = _Names()
    rows = list(_rows(document))
    for table, row in rows:  # the "who" fields first: the names to look for everywhere else
        for field in table.exported():
            kind = PERSON_FIELDS.get((table.name, field.name))
            value = row.get(field.name)
            if kind is None or not isinstance(value, str) or not value.strip() or is_role(value):
                continue
            if table.name == "participant" and row.get("kind") in ORGANISATION_KINDS:
                continue  # "Nav Fredrikstad", the local union: an organisation, not a person
            row[field.name] = names.placeholder(value, kind)
    replace = names.replacer()
    mark = QCoreApplication.translate("PlanFile", LEFT_OUT_MARK)
    for table, row in rows:
        for field in table.exported():
            where = (table.name, field.name)
            value = row.get(field.name)
            if field.kind not in ("text", "name") or not isinstance(value, str) or where in PERSON_FIELDS:
                continue
            if where in CONTACT_DETAILS:
                row[field.name] = ""
            elif where in LEFT_OUT:
                row[field.name] = mark if value.strip() else value
            elif where not in BUSINESS_FIELDS and replace is not None:
                # A placeholder may be longer than the name: a text grown past what a plan file holds is
                # cut after this, and named for the user (``plan_json.fit_document``).
                row[field.name] = replace(value)
