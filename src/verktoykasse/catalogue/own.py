"""The user's own contacts shown as catalogue entries, so one search and one set of filters finds both."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from verktoykasse.catalogue.labels import KINDS
from verktoykasse.catalogue.model import Entry

OWN_PREFIX = "contact-"


class ContactLike(Protocol):
    id: int
    name: str
    kind: str
    organisation: str
    role: str
    phone: str
    email: str
    url: str
    note: str
    areas: str
    target_groups: str


def _keys(text: str) -> tuple[str, ...]:
    return tuple(key for key in (part.strip() for part in (text or "").split(",")) if key)


def contact_entry(contact: ContactLike) -> Entry:
    """One own contact as an entry: organisation as provider, role and note as summary."""
    summary = "\n".join(part for part in (contact.role, contact.note) if part)
    return Entry(
        id=f"{OWN_PREFIX}{contact.id}",
        name=contact.name,
        kind=contact.kind if contact.kind in KINDS else "actor",
        areas=_keys(contact.areas),
        target_groups=_keys(contact.target_groups) or ("all",),
        provider=contact.organisation,
        summary=summary,
        url=contact.url,
        phone=contact.phone,
        email=contact.email,
        contact_id=contact.id,
    )


def contact_entries(contacts: Iterable[ContactLike]) -> list[Entry]:
    return [contact_entry(contact) for contact in contacts]
