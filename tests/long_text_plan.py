"""A plan whose every text a user can type is as long as the program allows, for the small-screen tests.

Names (the plan's and the other fields of kind ``name``) hold their 200 characters; every other text
holds a thousand, far more than any screen shows on a line (a plan file allows a million: the layout
of a thousand is the layout of a million, only slower to test). Two kinds of text: ordinary sentences
(Norwegian and Sami letters, "–", "€", a right-to-left phrase and emoji) and one word without a break.
"""

from __future__ import annotations

from typing import Any

from verktoykasse.domain.plan_description import CONTACT, PLAN, Table
from verktoykasse.exchange.fields import MAX_NAME

TEXT_LENGTH = 1_000
SENTENCE = (
    "Bakeriet på Ærøy skal øke lærlingplassene – fra to til fire – og bruke 12 500 € på "
    "språkopplæring for Áŋŋe, Čázet, Đuvvá, Šiellá og Ŧuomas ž; مرحبا بكم في الخطة 🎉👩🏽‍🍳. "
)
WORD = "Lærlingplassøkningsprosjektsamarbeidsavtaleforhandlingsmøtereferatčđŋšŧž€"
RTL_NAME = "خطة الشمول في مخبز الشمس 🥐 "


def long_text(kind: str, length: int, start: str = "") -> str:
    """``length`` characters of ``kind`` ("sentences" or "one word"), beginning with ``start``."""
    unit = SENTENCE if kind == "sentences" else WORD
    text = start + unit * (length // len(unit) + 1)
    return text[:length]


def _typed(table: Table, row: dict[str, Any], where: str = "") -> dict[str, Any]:
    """Every field of ``row`` and the rows below it that the user types text into, by where it is."""
    found = {
        f"{where}{field.name}": field
        for field in table.exported()
        if field.kind in ("text", "name") and not field.keys and field.name in row
    }
    for child in table.children:
        for number, item in enumerate(row.get(child.key, [])):
            found.update(_typed(child, item, f"{where}{child.key}[{number}]."))
    return found


def _fill(table: Table, row: dict[str, Any], kind: str) -> None:
    for field in table.exported():
        if field.kind in ("text", "name") and not field.keys and field.name in row:
            row[field.name] = long_text(kind, MAX_NAME if field.kind == "name" else TEXT_LENGTH)
    for child in table.children:
        for item in row.get(child.key, []):
            _fill(child, item, kind)


def typed_texts(document: dict[str, Any]) -> dict[str, str]:
    """The texts of a plan-file document the user typed (not dates, numbers or choices), by where they
    are: ``"measures[0].milestones[1].title"``."""
    found = {}
    for where in _typed(PLAN, document["plan"]):
        value: Any = document["plan"]
        for part in where.replace("]", "").split("."):
            key, _, number = part.partition("[")
            value = value[key][int(number)] if number else value[key]
        found[where] = value
    return found


def long_text_document(kind: str) -> dict[str, Any]:
    """The example plan with every text at its longest, and an own contact used by the first measure."""
    from verktoykasse.exchange.example_plan import example_document

    document = example_document()
    plan = document["plan"]
    plan["is_example"] = False  # her own plan, followed in "Now"
    contact = {field.name: "" for field in CONTACT.exported()}
    contact.update(id="contact-1", kind="actor", created_at="2026-01-05T10:00:00")
    document["contacts"] = [contact]
    plan["measures"][0]["resources"].append({"contact": "contact-1"})
    _fill(PLAN, plan, kind)
    _fill(CONTACT, contact, kind)
    if kind == "sentences":
        plan["name"] = long_text(kind, MAX_NAME, RTL_NAME)
    return document
