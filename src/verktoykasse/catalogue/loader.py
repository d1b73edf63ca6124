"""Reading, checking and choosing the catalogue file.

The program ships ``resources/catalogue/catalogue.toml``. A user (or an advisor) can import a newer
edition; it is kept as ``catalogue/catalogue.toml`` in the data folder and used only while its edition is
newer than the shipped one, so a program update with a fresher catalogue wins automatically.

Every file a user brings is checked against ``catalogue.schema.json`` before it is used or stored: a bad
file is refused with a message that says where it is wrong, and nothing changes. The shipped file is part
of the program, checked against the schema by the tests and by ``verktoykasse check``
(``check_shipped_catalogue``): it is read without ``jsonschema`` (≈4 MiB and ≈70 ms at every start), and
checked only should it still not fit the program (then the check says where, as for a user's file).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import re
import threading
import tomllib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from verktoykasse.catalogue.model import SOURCE_BUILT_IN, SOURCE_IMPORTED, Catalogue, Entry, Figure
from verktoykasse.catalogue.rates import RateBook, constant_from_raw, rate_from_raw
from verktoykasse.files import (
    FileTooLarge,
    NotARegularFile,
    read_problem_words,
    read_regular_file,
    write_atomically,
    write_problem_words,
)
from verktoykasse.paths import resolve_data_dir, restrict_file
from verktoykasse.resources import resource_path

log = logging.getLogger("verktoykasse.catalogue")

FORMAT_VERSION = 2  # version 1 files (no rates, `checked` a bare date) are still read
IMPORTED_FOLDER = "catalogue"
IMPORTED_NAME = "catalogue.toml"
MAX_FILE_BYTES = 5 * 1024 * 1024

_cache: dict[tuple[str, int, int], Catalogue] = {}
_cache_lock = threading.Lock()


class CatalogueError(Exception):
    """A catalogue file the program will not use, with a reason the user can read."""


def shipped_path() -> Path:
    return resource_path("catalogue", "catalogue.toml")


def schema_path() -> Path:
    return resource_path("catalogue", "catalogue.schema.json")


def imported_path(data_dir: Path) -> Path:
    return Path(data_dir) / IMPORTED_FOLDER / IMPORTED_NAME


def _plain(value: Any) -> Any:
    """TOML dates become ISO strings, so the JSON Schema sees what a JSON file would hold."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


# The fields of an entry, in the words the catalogue view uses for them (``ui.catalogue.detail``).
ENTRY_FIELDS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("Catalogue", "id"),
    "name": QT_TRANSLATE_NOOP("Catalogue", "name"),
    "gloss": QT_TRANSLATE_NOOP("Catalogue", "short explanation"),
    "kind": QT_TRANSLATE_NOOP("Catalogue", "kind"),
    "status": QT_TRANSLATE_NOOP("Catalogue", "status"),
    "areas": QT_TRANSLATE_NOOP("Catalogue", "toolbox areas"),
    "target_groups": QT_TRANSLATE_NOOP("Catalogue", "target groups"),
    "provider": QT_TRANSLATE_NOOP("Catalogue", "provider"),
    "summary": QT_TRANSLATE_NOOP("Catalogue", "what it is"),
    "eligibility": QT_TRANSLATE_NOOP("Catalogue", "who can use it"),
    "how_to_apply": QT_TRANSLATE_NOOP("Catalogue", "how to apply"),
    "url": QT_TRANSLATE_NOOP("Catalogue", "web address"),
    "phone": QT_TRANSLATE_NOOP("Catalogue", "phone"),
    "email": QT_TRANSLATE_NOOP("Catalogue", "e-mail"),
    "caveat": QT_TRANSLATE_NOOP("Catalogue", "caveat"),
    "checked": QT_TRANSLATE_NOOP("Catalogue", "when it was checked"),
    "figures": QT_TRANSLATE_NOOP("Catalogue", "key figures"),
}


def _where(path: Any, data: dict[str, Any]) -> str:
    """Say where a schema error is in words: entry number, its id, the field (in words where the catalogue
    view has a word for it)."""
    parts = list(path)
    if len(parts) >= 2 and parts[0] == "entry" and isinstance(parts[1], int):
        index = parts[1]
        entries = data.get("entry") or []
        entry_id = ""
        if index < len(entries) and isinstance(entries[index], dict):
            entry_id = str(entries[index].get("id", ""))
        rest = parts[2:]
        if rest and rest[0] in ENTRY_FIELDS:
            field = QCoreApplication.translate("Catalogue", ENTRY_FIELDS[rest[0]])
            if rest[0] == "figures" and len(rest) >= 2 and isinstance(rest[1], int):
                figure = QCoreApplication.translate("Catalogue", "key figure {number}")
                field = figure.format(number=rest[1] + 1)
        else:
            field = ".".join(str(part) for part in rest) or "-"
        return QCoreApplication.translate("Catalogue", "entry {number} ({id}), field “{field}”").format(
            number=index + 1, id=entry_id or "?", field=field
        )
    if len(parts) >= 2 and parts[0] in ("rate", "constant") and isinstance(parts[1], int):
        field = ".".join(str(part) for part in parts[2:]) or "-"
        if parts[0] == "rate":
            where = QCoreApplication.translate("Catalogue", "rate {number}, field “{field}”")
        else:
            where = QCoreApplication.translate("Catalogue", "constant {number}, field “{field}”")
        return where.format(number=parts[1] + 1, field=field)
    if parts:
        return QCoreApplication.translate("Catalogue", "field “{field}”").format(
            field=".".join(str(part) for part in parts)
        )
    return QCoreApplication.translate("Catalogue", "the file as a whole")


def validate_data(data: dict[str, Any]) -> None:
    """Check the parsed file against the schema and the rules a schema cannot say (unique ids)."""
    import jsonschema  # heavy: only when a catalogue is read

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    plain = _plain(data)
    validator = jsonschema.Draft202012Validator(schema)
    error = jsonschema.exceptions.best_match(validator.iter_errors(plain))
    if error is not None:
        version = plain.get("format_version") if isinstance(plain, dict) else None
        if version is not None and version not in (1, FORMAT_VERSION):
            raise CatalogueError(
                QCoreApplication.translate(
                    "Catalogue",
                    "The catalogue file has format version {found}; this program reads version {known}.",
                ).format(found=version, known=FORMAT_VERSION)
            )
        from verktoykasse.domain.schema_words import describe_schema_error

        log.warning("catalogue file not valid at %s: %s", list(error.absolute_path), error.message)
        raise CatalogueError(
            QCoreApplication.translate(
                "Catalogue", "The catalogue file is not valid: {where}: {problem}"
            ).format(where=_where(error.absolute_path, plain), problem=describe_schema_error(error))
        )
    seen: set[str] = set()
    for entry in plain["entry"]:
        if entry["id"] in seen:
            raise CatalogueError(
                QCoreApplication.translate(
                    "Catalogue", "The catalogue file is not valid: the id {id} is used twice."
                ).format(id=entry["id"])
            )
        seen.add(entry["id"])


def _entry(raw: dict[str, Any]) -> Entry:
    return Entry(
        id=raw["id"],
        name=raw["name"],
        gloss=raw["gloss"],
        kind=raw["kind"],
        status=raw.get("status", "current"),
        areas=tuple(raw["areas"]),
        target_groups=tuple(raw["target_groups"]),
        provider=raw["provider"],
        summary=raw["summary"],
        eligibility=raw["eligibility"],
        how_to_apply=raw["how_to_apply"],
        url=raw.get("url", ""),
        phone=raw.get("phone", ""),
        email=raw.get("email", ""),
        caveat=raw.get("caveat", ""),
        checked=raw["checked"],
        checked_against=raw.get("checked_against", ""),
        figures=tuple(
            Figure(text=f["text"], valid_for=f["valid_for"], caveat=f.get("caveat", ""))
            for f in raw.get("figures", ())
        ),
    )


class _NotFinite(ValueError):
    pass


def _finite(text: str) -> float:
    """A TOML float, refused when it is ``nan``, ``inf`` or too large to be a number (``1e999``): a rate
    or an amount like that would make every estimate "kr nan"."""
    value = float(text)
    if not math.isfinite(value):
        raise _NotFinite(text)
    return value


def _not_toml(reason: str) -> str:
    """Where the TOML parser stopped, in the user's words (its own message is English)."""
    found = re.search(r"at line (\d+), column (\d+)", reason)
    if found and "invalid date" in reason.casefold():  # 2026-02-30: the parser knows the calendar
        return QCoreApplication.translate(
            "Catalogue",
            "The catalogue file has an impossible date on line {line}, column {column}: one that is not "
            "in the calendar (such as 30 February).",
        ).format(line=found[1], column=found[2])
    if found:
        return QCoreApplication.translate(
            "Catalogue",
            "The catalogue file cannot be read as TOML: there is a mistake on line {line}, column {column}.",
        ).format(line=found[1], column=found[2])
    if "end of document" in reason:
        return QCoreApplication.translate(
            "Catalogue", "The catalogue file cannot be read as TOML: it ends in the middle of a value."
        )
    return QCoreApplication.translate("Catalogue", "The catalogue file cannot be read as TOML.")


def parse_bytes(content: bytes) -> dict[str, Any]:
    try:
        text = content.decode("utf-8-sig")  # the byte-order mark Notepad writes is no part of the text
    except UnicodeDecodeError as exc:
        raise CatalogueError(
            QCoreApplication.translate("Catalogue", "The catalogue file is not UTF-8 text.")
        ) from exc
    try:
        return tomllib.loads(text, parse_float=_finite)
    except tomllib.TOMLDecodeError as exc:
        log.warning("catalogue file not TOML: %s", exc)  # the parser's own words, for whoever helps
        raise CatalogueError(_not_toml(str(exc))) from exc
    except _NotFinite as exc:
        raise CatalogueError(
            QCoreApplication.translate(
                "Catalogue", "The catalogue file holds {value} where a number belongs; that is not a number."
            ).format(value=exc)
        ) from exc
    except RecursionError as exc:
        raise CatalogueError(
            QCoreApplication.translate(
                "Catalogue", "The catalogue file is nested too deeply to be a catalogue."
            )
        ) from exc


def _checked_date(value: Any) -> dt.date:
    """A TOML date (``2026-11-22``); the schema has already made sure it looks like one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def catalogue_from_bytes(
    content: bytes, source: str = SOURCE_BUILT_IN, path: Path | None = None, *, shipped: bool = False
) -> Catalogue:
    """Parse and validate a catalogue file's bytes; raises ``CatalogueError`` with a readable reason.

    ``shipped``: the program's own file, already checked against the schema (module docstring), is checked
    again only when it cannot be read as a catalogue.
    """
    data = parse_bytes(content)
    if not shipped:
        validate_data(data)
        return _catalogue(data, source, path)
    try:
        return _catalogue(data, source, path)
    except (LookupError, TypeError, AttributeError, CatalogueError):
        validate_data(data)  # says where the file is wrong, in words
        raise


def _catalogue(data: dict[str, Any], source: str, path: Path | None) -> Catalogue:
    """The checked file's contents as a ``Catalogue``."""
    try:
        edition = _checked_date(data["edition"])
        entries = []
        for raw in data["entry"]:
            checked = raw["checked"]
            if isinstance(checked, dict):  # format 2: { on = date, against = "source" }
                raw = {**raw, "checked": checked["on"], "checked_against": checked["against"]}
            entries.append(_entry({**raw, "checked": _checked_date(raw["checked"])}))
        book = RateBook(
            rates=tuple(rate_from_raw(raw) for raw in data.get("rate", ())),
            constants=tuple(constant_from_raw(raw) for raw in data.get("constant", ())),
        )
    except ValueError as exc:  # a date that matches the pattern but does not exist, like 2026-02-30
        log.warning("catalogue file has an impossible date: %s", exc)
        raise CatalogueError(
            QCoreApplication.translate(
                "Catalogue",
                "The catalogue file has an impossible date, one that is not in the calendar (such as "
                "30 February).",
            )
        ) from exc
    return Catalogue(
        edition=edition,
        entries=tuple(entries),
        source=source,
        path=path,
        format_version=data["format_version"],
        rates=book,
    )


def _read(path: Path) -> bytes:
    """A catalogue file's bytes: an ordinary file only (never a device or a pipe), at most the limit."""
    return read_regular_file(path, MAX_FILE_BYTES)


def _unreadable(exc: OSError) -> CatalogueError:
    if isinstance(exc, FileTooLarge):
        return CatalogueError(
            QCoreApplication.translate("Catalogue", "The catalogue file is too large to be a catalogue.")
        )
    if isinstance(exc, NotARegularFile):
        return CatalogueError(
            QCoreApplication.translate(
                "Catalogue", "This is not a catalogue file: it is a folder, a device or a pipe, not a file."
            )
        )
    return CatalogueError(
        QCoreApplication.translate("Catalogue", "The catalogue file cannot be read: {reason}").format(
            reason=read_problem_words(exc)  # in words; the system's own text goes to the log
        )
    )


def read_catalogue(path: Path, source: str = SOURCE_BUILT_IN) -> Catalogue:
    """Read one catalogue file, cached by its path, size and modification time."""
    path = Path(path)
    try:
        info = path.stat()
        key = (f"{source}:{path.resolve()}", info.st_mtime_ns, info.st_size)
        with _cache_lock:
            cached = _cache.get(key)
        if cached is not None:
            return cached
        content = _read(path)
    except OSError as exc:
        raise _unreadable(exc) from exc
    shipped = source == SOURCE_BUILT_IN and path.resolve() == shipped_path().resolve()
    catalogue = catalogue_from_bytes(content, source=source, path=path, shipped=shipped)
    with _cache_lock:
        _cache[key] = catalogue
    return catalogue


def check_shipped_catalogue() -> None:
    """Check the shipped file against the schema as a user's file is (``verktoykasse check``): reading it
    does not (module docstring). Raises ``CatalogueError`` saying where it is wrong."""
    try:
        content = _read(shipped_path())
    except OSError as exc:
        raise _unreadable(exc) from exc
    catalogue_from_bytes(content)


def load_catalogue(data_dir: Path | str | None = None) -> Catalogue:
    """The catalogue in use: the imported edition in ``data_dir`` if it is newer, else the shipped one.

    Without ``data_dir`` the data folder is found as the program finds it (environment, then the user's
    data folder). Cached, so calling it again is cheap.
    """
    shipped = read_catalogue(shipped_path())
    folder = Path(data_dir) if data_dir else resolve_data_dir()
    candidate = imported_path(folder)
    if not candidate.is_file():
        return shipped
    try:
        imported = read_catalogue(candidate, source=SOURCE_IMPORTED)
    except CatalogueError:
        log.warning("ignoring the imported catalogue at %s: it is not valid", candidate, exc_info=True)
        return shipped
    return imported if imported.edition > shipped.edition else shipped


def catalogue_in_use(data_dir: Path) -> Catalogue | None:
    """``load_catalogue(data_dir)``, or ``None`` (logged) when not even the shipped catalogue can be read:
    for output that can do without the schemes' names (the report then shows their ids)."""
    try:
        return load_catalogue(data_dir)
    except Exception:
        log.exception("the catalogue could not be read")
        return None


def latest_edition(today: dt.date) -> dt.date:
    """The last edition date a catalogue can plausibly have: a year after ``today``. An edition dated
    later (9999-12-31) is a mistake, and would make every later catalogue look "not newer"."""
    try:
        return today.replace(year=today.year + 1)
    except ValueError:  # 29 February, or the end of the calendar
        return today + dt.timedelta(days=365) if today.year < dt.MAXYEAR else dt.date.max


def import_catalogue_file(source_file: Path, data_dir: Path, today: dt.date | None = None) -> Catalogue:
    """Check a catalogue file and, if it is valid and newer than the one in use, keep it in the data folder.

    Raises ``CatalogueError`` and changes nothing otherwise. Returns the catalogue now in use. ``today`` is
    the day by the program's clock (the real day unless a test gives one): an edition more than a year
    after it is refused (``latest_edition``).
    """
    source_file = Path(source_file)
    try:
        content = _read(source_file)
    except OSError as exc:
        raise _unreadable(exc) from exc
    new = catalogue_from_bytes(content, source=SOURCE_IMPORTED)
    from verktoykasse.domain.formatting import format_date

    today = today or dt.date.today()
    latest = latest_edition(today)
    if new.edition > latest:
        raise CatalogueError(
            QCoreApplication.translate(
                "Catalogue",
                "This catalogue's edition date, {edition}, is more than a year after today ({today}), so it "
                "cannot be right: check the date at the top of the file (edition = …). Nothing was changed.",
            ).format(edition=format_date(new.edition), today=format_date(today))
        )
    current = load_catalogue(data_dir)
    if current.edition > latest:  # one imported before this check: it no longer blocks a real edition
        current = read_catalogue(shipped_path())
    if new.edition <= current.edition:
        raise CatalogueError(
            QCoreApplication.translate(
                "Catalogue",
                "This catalogue (edition {new}) is not newer than the one in use (edition {current}). "
                "Nothing was changed.",
            ).format(new=new.edition.isoformat(), current=current.edition.isoformat())
        )
    target = imported_path(data_dir)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, content)
        restrict_file(target)
    except OSError as exc:
        raise CatalogueError(
            QCoreApplication.translate(
                "Catalogue", "The catalogue could not be saved in your data folder: {reason}"
            ).format(reason=write_problem_words(exc))  # in words; the system's own text goes to the log
        ) from exc
    return load_catalogue(data_dir)
