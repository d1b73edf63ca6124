"""Plan files of older formats, brought up to today's format before they are checked and imported.

A plan file says which format it is in (``format_version``). Each change of the format adds one small
function here that turns a document of the version before into the next version, and its number in
``UPGRADES``; ``FORMAT_VERSION`` follows. ``upgrade`` runs the functions in order
(``versions.upgrade_in_order``), so a file from any older release goes through every step. The file on
disk is never changed.

An upgrade runs *before* the JSON Schema check, on whatever the file holds: it must not assume the
document is well formed (skip what is not a dict or a list; the check that follows refuses it).
Every released format has fixtures in ``tests/fixtures/plans/`` that must keep importing.

Adding an upgrade, e.g. a new text field ``budget`` on a measure (format 3)::

    def upgrade_to_3(document: dict[str, Any]) -> None:
        \"\"\"Format 3: a measure has a budget (text); older files had none.\"\"\"
        for measure in rows(document.get("plan"), "measures"):
            measure.setdefault("budget", "")

    UPGRADES = {2: upgrade_to_2, 3: upgrade_to_3}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from verktoykasse.domain.vocabulary import CONTACT_DEFAULT_KIND
from verktoykasse.versions import Upgrade, latest, upgrade_in_order

FIRST_VERSION = 1  # the format of 0.1.0


def rows(parent: Any, key: str) -> Iterator[dict[str, Any]]:
    """The rows (dicts) of the list ``parent[key]``, skipping whatever is not a row."""
    items = parent.get(key) if isinstance(parent, dict) else None
    if isinstance(items, list):
        yield from (item for item in items if isinstance(item, dict))


def upgrade_to_2(document: dict[str, Any]) -> None:
    """Format 2 (0.2): a contact's kind is one of the catalogue's kinds.

    0.1.0 gave a contact made without a kind the kind ``contact``, which no catalogue kind is; the
    database's migration 0002 turns those into ``actor`` ("Actor or contact"), and so does this.
    """
    for contact in rows(document, "contacts"):
        if contact.get("kind") == "contact":
            contact["kind"] = CONTACT_DEFAULT_KIND


def upgrade_to_3(document: dict[str, Any]) -> None:
    """Format 3 (0.2): the workshop. A participant has an e-mail address, a gap area the dots the room
    gave each score, the plan the workshop's time and place; older files had none of them (empty)."""
    plan = document.get("plan")
    if isinstance(plan, dict):
        plan.setdefault("workshop_time", "")
        plan.setdefault("workshop_place", "")
    for participant in rows(plan, "participants"):
        participant.setdefault("email", "")
    for gap in rows(plan, "gaps"):
        gap.setdefault("current_dots", "")
        gap.setdefault("desired_dots", "")


def upgrade_to_4(document: dict[str, Any]) -> None:
    """Format 4 (0.2): a measure can recur (monthly, quarterly, half-yearly, yearly, with an optional end)
    and keeps the times it was held; older files had measures that never recur and no times held."""
    for measure in rows(document.get("plan"), "measures"):
        measure.setdefault("recurrence", "")
        measure.setdefault("recurrence_end", None)
        measure.setdefault("occurrences", [])


def upgrade_to_5(document: dict[str, Any]) -> None:
    """Format 5 (0.2): the board's decision pack.

    A plan has a report language (bokmål unless it says English), an hourly cost and its own holiday pay,
    pension and employer's contribution rates (none: the catalogue's), an approval (date and by whom) and
    a list of board decisions; a measure has a list of planned hires. Older files had none of these.
    """
    plan = document.get("plan")
    if not isinstance(plan, dict):
        return
    plan.setdefault("report_language", "nb")
    for name in (
        "hourly_cost",
        "holiday_pay_percent",
        "pension_percent",
        "contribution_percent",
        "approved_on",
    ):
        plan.setdefault(name, None)
    plan.setdefault("approved_by", "")
    plan.setdefault("board_decisions", [])
    for measure in rows(plan, "measures"):
        measure.setdefault("planned_hires", [])


def upgrade_to_6(document: dict[str, Any]) -> None:
    """Format 6 (0.2): the equality duty (ARP). The plan says whether the employer is private or public,
    whether a party asked for the four steps, whether the business documents its equality work anyway,
    the threshold for small numbers and the report's texts, and holds the risk map, the representatives'
    involvement and the figures per year; older files were private employers with none of it. A file
    says whether its small figures were hidden for an adviser (``anonymised``); older files were not."""
    document.setdefault("anonymised", False)
    plan = document.get("plan")
    if isinstance(plan, dict):
        plan.setdefault("employer_sector", "private")
        plan.setdefault("arp_requested", False)
        plan.setdefault("arp_document", False)
        plan.setdefault("privacy_threshold", None)
        plan.setdefault("arp_principles", "")
        plan.setdefault("arp_responsible", "")
        for key in ("arp_risks", "arp_involvement", "arp_years"):
            plan.setdefault(key, [])


# The format version each function produces, from the one before.
UPGRADES: dict[int, Upgrade] = {
    2: upgrade_to_2,
    3: upgrade_to_3,
    4: upgrade_to_4,
    5: upgrade_to_5,
    6: upgrade_to_6,
}
FORMAT_VERSION = latest(UPGRADES, FIRST_VERSION)


def upgrade(document: dict[str, Any]) -> dict[str, Any]:
    """Bring ``document`` (changed in place, and returned) from its format version to ``FORMAT_VERSION``.

    A version that is not a whole number from ``FIRST_VERSION`` up is left for the schema to refuse;
    a newer version is the caller's to refuse with its own message.
    """
    upgrade_in_order(document, "format_version", UPGRADES, FIRST_VERSION)
    return document
