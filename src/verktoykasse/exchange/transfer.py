"""Every plan at once, between databases: a backup of a shared database as plan files, and the move of all
plans from the local file to a shared database and back.

Both go through the plan-file format (``exchange.plan_json``), the one complete description of a plan, so
what arrives is what an export and an import would carry: every list, link and own contact.

- ``back_up_as_plan_files``: *File → Back up now* on a shared database writes every plan as an importable
  plan file into a new folder in ``backups/`` — a user never depends on IT to get their plans back.
- ``copy_every_plan``: *File → Move to shared database…* / *Move to this computer…* copies every plan and
  every own contact in one transaction, checks that each copy says exactly what its original says, and
  only then commits: all or nothing. The source is left as it was. A plan holding a text longer than a
  field holds (stored by 0.1.0) is not moved at all: the move says which text to shorten first, where a
  plan file carries it cut.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from verktoykasse.domain.plan_description import CONTACT
from verktoykasse.domain.shortened import ShortenedText, listed
from verktoykasse.exchange.plan_json import (
    _columns,
    _find_or_make_contact,
    _values,
    build_plan,
    dumps,
    export_plan_file,
    plan_document,
)
from verktoykasse.files import safe_file_stem
from verktoykasse.storage.models import Contact, Plan

SERVER_BACKUPS = "plan-files"  # the folder in backups/ that a shared database's backups go into


class TransferError(Exception):
    """The plans could not be copied; nothing was changed in the target. ``str()`` is the user's message."""


def back_up_as_plan_files(session: Session, backups: Path, now: dt.datetime | None = None) -> Path:
    """Write every plan in ``session``'s database as a plan file into a new folder below ``backups``.

    Returns the folder (named by the time, never an existing one). Raises ``PlanExportError`` when a
    file cannot be written; the files already written stay (each is complete on its own).
    """
    from verktoykasse.storage.health import new_folder

    folder = new_folder(backups / SERVER_BACKUPS, now)
    for plan in session.scalars(select(Plan).order_by(Plan.id)):
        export_plan_file(session, plan, folder / f"{plan.id:04d} {safe_file_stem(plan.name)}.json")
    return folder


def _comparable(document: dict[str, Any], name: str) -> str:
    """A plan document as text to compare an original with its copy: the name may have got a number in
    the target, and a server drops the NUL character (``storage.server.drop_nul_characters``)."""
    plan = dict(document["plan"])
    plan["name"] = name
    return dumps({"plan": plan, CONTACT.key: document[CONTACT.key]}).replace("\\u0000", "")


def copy_every_plan(source: Session, target: Session) -> int:
    """Copy every plan and own contact of ``source`` into ``target``, checked, all or nothing.

    Plans whose names are taken in the target get a number, as an import does; the example plan stays the
    example. Returns how many plans were copied. Raises ``TransferError`` (target unchanged).
    """
    from sqlalchemy.exc import SQLAlchemyError

    from verktoykasse.storage.plans import begin_writing

    originals = []
    for plan in source.scalars(select(Plan).order_by(Plan.id)):
        shortened: list[ShortenedText] = []
        originals.append((plan, plan_document(plan, shortened=shortened)))
        if shortened:  # a text stored by 0.1.0, longer than a field holds: never moved cut
            raise TransferError(
                QCoreApplication.translate(
                    "Transfer",
                    "The plan “{name}” holds texts longer than a field holds: {texts}. Shorten them in the "
                    "plan first. Nothing was moved.",
                ).format(name=plan.name, texts=listed(shortened))
            )
    contacts = [_values(CONTACT, contact) for contact in source.scalars(select(Contact).order_by(Contact.id))]
    try:
        begin_writing(target)
        copies = []
        for plan, document in originals:
            copy = build_plan(target, document, example=plan.is_example)
            copy.current_step = plan.current_step
            copy.created_at, copy.updated_at = plan.created_at, plan.updated_at
            copy.deleted_at = plan.deleted_at  # a plan in the bin stays in the bin
            copies.append(copy)
        for values in contacts:  # the own contacts no plan uses yet: they serve every plan
            _find_or_make_contact(target, _columns(CONTACT, values))
        target.flush()
        by_old_id = {plan.id: copy for (plan, _document), copy in zip(originals, copies, strict=True)}
        for plan, _document in originals:  # "the previous round" of a plan made with Start next cycle
            if plan.previous_plan_id in by_old_id:
                by_old_id[plan.id].previous_plan_id = by_old_id[plan.previous_plan_id].id
        target.flush()
        for (plan, document), copy in zip(originals, copies, strict=True):
            if _comparable(plan_document(copy), "") != _comparable(document, ""):
                raise TransferError(
                    QCoreApplication.translate(
                        "Transfer",
                        "The copy of the plan “{name}” did not match the original. Nothing was moved.",
                    ).format(name=plan.name)
                )
        target.commit()
    except TransferError:
        target.rollback()
        raise
    except SQLAlchemyError as exc:
        target.rollback()
        raise TransferError(
            QCoreApplication.translate(
                "Transfer", "The plans could not be copied ({reason}). Nothing was moved."
            ).format(reason=str(getattr(exc, "orig", None) or exc).splitlines()[0])
        ) from exc
    return len(originals)
