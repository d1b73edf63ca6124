"""The user's own contacts (their Nav office, a mentor, a partner) and the resources a measure uses.

Each change commits at once, like every other edit in the program. Area and target-group keys are the
catalogue's vocabularies, stored comma-separated in the ``contact`` table.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from verktoykasse.domain.plan_description import editable_contact_fields
from verktoykasse.domain.vocabulary import CONTACT_DEFAULT_KIND
from verktoykasse.storage.models import Contact, Measure, MeasureResource

EDITABLE = {field.name: field for field in editable_contact_fields()}


def join_keys(keys: Iterable[str]) -> str:
    return ",".join(key for key in dict.fromkeys(k.strip() for k in keys) if key)


def split_keys(text: str) -> tuple[str, ...]:
    return tuple(key for key in (part.strip() for part in text.split(",")) if key)


def list_contacts(session: Session) -> list[Contact]:
    return list(session.scalars(select(Contact).order_by(Contact.name, Contact.id)))


def get_contact(session: Session, contact_id: int) -> Contact | None:
    return session.get(Contact, contact_id)


def contact_values(contact: Contact) -> dict[str, object]:
    """What the user edits of ``contact``, with lists of keys as lists (what ``update_contact`` takes)."""
    return {
        name: list(split_keys(getattr(contact, name))) if field.keys else getattr(contact, name)
        for name, field in EDITABLE.items()
    }


def _apply(contact: Contact, values: dict[str, object]) -> None:
    for name, value in values.items():
        field = EDITABLE.get(name)
        if field is None:
            raise TypeError(f"a contact has no field {name!r}")
        if field.keys:
            setattr(contact, name, join_keys(value) if not isinstance(value, str) else value)
        else:
            setattr(contact, name, "" if value is None else str(value).strip())
    if not contact.name:
        raise ValueError("a contact needs a name")


def add_contact(session: Session, name: str, **values: object) -> Contact:
    """Add a contact; ``areas`` and ``target_groups`` may be lists of keys."""
    contact = Contact(name="", kind=CONTACT_DEFAULT_KIND)
    _apply(contact, {"name": name, **values})
    session.add(contact)
    session.commit()
    return contact


def update_contact(session: Session, contact_id: int, **values: object) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise LookupError(contact_id)
    _apply(contact, values)
    session.commit()
    return contact


def delete_contact(session: Session, contact_id: int) -> None:
    """Delete a contact; measures that used it lose the link (the database cascades)."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        return
    session.delete(contact)
    session.commit()


# -- the schemes and contacts a measure uses ---------------------------------------------------------


def list_measure_resources(session: Session, measure_id: int) -> list[MeasureResource]:
    return list(
        session.scalars(
            select(MeasureResource)
            .where(MeasureResource.measure_id == measure_id)
            .order_by(MeasureResource.id)
        )
    )


def add_measure_resource(
    session: Session, measure_id: int, *, catalogue_entry_id: str | None = None, contact_id: int | None = None
) -> MeasureResource:
    """Record that a measure uses a catalogue entry or an own contact; adding it twice keeps one row."""
    if (catalogue_entry_id is None) == (contact_id is None):
        raise ValueError("give either a catalogue entry or a contact")
    if session.get(Measure, measure_id) is None:
        raise LookupError(measure_id)
    for existing in list_measure_resources(session, measure_id):
        if existing.catalogue_entry_id == catalogue_entry_id and existing.contact_id == contact_id:
            return existing
    row = MeasureResource(measure_id=measure_id, catalogue_entry_id=catalogue_entry_id, contact_id=contact_id)
    session.add(row)
    session.commit()
    return row


def remove_measure_resource(session: Session, resource_id: int) -> None:
    row = session.get(MeasureResource, resource_id)
    if row is None:
        return
    session.delete(row)
    session.commit()
