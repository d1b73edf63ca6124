"""The catalogue as the program sees it: immutable entries with their search text computed once.

Searching is a loop over precomputed strings, so a keystroke costs a few milliseconds even for ten
thousand entries and never touches the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from verktoykasse.catalogue.normalise import normalise, query_tokens
from verktoykasse.catalogue.rates import RateBook

SOURCE_BUILT_IN = "built_in"
SOURCE_IMPORTED = "imported"


@dataclass(frozen=True, slots=True)
class Figure:
    """A key figure in the words of the catalogue, with the year (or period) it holds for."""

    text: str
    valid_for: str
    caveat: str = ""


@dataclass(frozen=True, slots=True)
class Entry:
    """One scheme, wage subsidy, training offer, guide, law or contact.

    Built-in entries have a stable slug ``id``; the user's own contacts have ``contact_id`` set and an id
    of the form ``contact-<n>``.
    """

    id: str
    name: str
    gloss: str = ""
    kind: str = "actor"
    areas: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    provider: str = ""
    summary: str = ""
    eligibility: str = ""
    how_to_apply: str = ""
    url: str = ""
    phone: str = ""
    email: str = ""
    caveat: str = ""
    status: str = "current"
    checked: dt.date | None = None
    checked_against: str = ""  # the source the entry was checked against, with that source's date
    figures: tuple[Figure, ...] = ()
    contact_id: int | None = None
    search_text: str = field(default="", compare=False, repr=False)
    name_text: str = field(default="", compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.search_text:
            haystack = " ".join((self.name, self.gloss, self.provider, self.summary, self.id))
            object.__setattr__(self, "search_text", normalise(haystack))
        if not self.name_text:
            object.__setattr__(self, "name_text", normalise(f"{self.name} {self.gloss}"))

    @property
    def is_own(self) -> bool:
        return self.contact_id is not None

    def as_dict(self) -> dict[str, object]:
        """Every field, for JSON output (dates as ISO text)."""
        return {
            "id": self.id,
            "name": self.name,
            "gloss": self.gloss,
            "kind": self.kind,
            "status": self.status,
            "areas": list(self.areas),
            "target_groups": list(self.target_groups),
            "provider": self.provider,
            "summary": self.summary,
            "figures": [
                {"text": f.text, "valid_for": f.valid_for, **({"caveat": f.caveat} if f.caveat else {})}
                for f in self.figures
            ],
            "eligibility": self.eligibility,
            "how_to_apply": self.how_to_apply,
            "url": self.url,
            "phone": self.phone,
            "email": self.email,
            "caveat": self.caveat,
            "checked": self.checked.isoformat() if self.checked else None,
            "checked_against": self.checked_against,
            "own_contact": self.is_own,
        }


def filter_entries(
    entries: Iterable[Entry],
    tokens: Sequence[str] = (),
    area: str | None = None,
    target_group: str | None = None,
    kind: str | None = None,
) -> list[Entry]:
    """The entries that match every folded token and every filter, in their given order.

    Each step is one list comprehension over precomputed strings, so ten thousand entries take a few
    milliseconds. A target-group filter also keeps entries meant for everyone ("all").
    """
    pool = list(entries)
    if area:
        pool = [entry for entry in pool if area in entry.areas]
    if kind:
        pool = [entry for entry in pool if entry.kind == kind]
    if target_group:
        pool = [
            entry for entry in pool if target_group in entry.target_groups or "all" in entry.target_groups
        ]
    for token in tokens:
        pool = [entry for entry in pool if token in entry.search_text]
    return pool


def rank_by_name(matches: list[Entry], tokens: Sequence[str]) -> list[Entry]:
    """Entries whose name holds every token first, the others after; each group keeps its order."""
    if not tokens:
        return matches
    if len(tokens) == 1:
        token = tokens[0]
        by_name = [entry for entry in matches if token in entry.name_text]
        if len(by_name) == len(matches):
            return matches
        return by_name + [entry for entry in matches if token not in entry.name_text]
    flags = [all(token in entry.name_text for token in tokens) for entry in matches]
    return [e for e, flag in zip(matches, flags, strict=True) if flag] + [
        e for e, flag in zip(matches, flags, strict=True) if not flag
    ]


def search_entries(
    entries: Iterable[Entry],
    query: str = "",
    area: str | None = None,
    target_group: str | None = None,
    kind: str | None = None,
) -> list[Entry]:
    """Entries that match every word of ``query`` and every filter given; name matches first."""
    tokens = query_tokens(query)
    matches = filter_entries(entries, tokens, area=area, target_group=target_group, kind=kind)
    return rank_by_name(matches, tokens)


@dataclass(frozen=True)
class Catalogue:
    """A loaded catalogue file: its edition date, where it came from, and its entries in file order."""

    edition: dt.date
    entries: tuple[Entry, ...]
    source: str = SOURCE_BUILT_IN
    path: Path | None = None
    format_version: int = 1
    rates: RateBook = field(default_factory=RateBook, compare=False, repr=False)
    _by_id: dict[str, Entry] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({entry.id: entry for entry in self.entries})

    def get(self, entry_id: str) -> Entry | None:
        return self._by_id.get(entry_id)

    def search(
        self,
        query: str = "",
        area: str | None = None,
        target_group: str | None = None,
        kind: str | None = None,
    ) -> list[Entry]:
        return search_entries(self.entries, query, area=area, target_group=target_group, kind=kind)

    def ids(self) -> Sequence[str]:
        return [entry.id for entry in self.entries]

    def for_gap(self, template_key: str, title: str = "") -> list[Entry]:
        """Entries that may help with a gap area (``catalogue.suggest.for_gap``): output that is handed a
        catalogue (the workshop kit) asks it, without importing the catalogue package."""
        from verktoykasse.catalogue.suggest import for_gap

        return for_gap(template_key, title, self)
