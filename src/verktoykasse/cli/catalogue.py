"""``verktoykasse catalogue [QUERY] [--area AREA] [--json]``: search the catalogue without the window.

The same search as the catalogue view: built-in entries and the user's own contacts, forgiving of case
and of æøå ("lonnstilskudd" finds "Lønnstilskudd").
"""

from __future__ import annotations

import argparse
import json

from PySide6.QtCore import QCoreApplication

from verktoykasse.cli.errors import UserError
from verktoykasse.context import AppContext


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "catalogue",
        help="search the catalogue of schemes, subsidies and contacts",
        description="Search the built-in catalogue and your own contacts. Without a query, every entry "
        "is listed. The official web page of each entry is the authority; figures change.",
    )
    parser.add_argument("query", nargs="*", metavar="QUERY", help="words to search for (æøå optional)")
    parser.add_argument(
        "--area",
        metavar="AREA",
        help="toolbox area: attitudes, schemes, target_groups, training, support "
        "(or its Norwegian name, e.g. opplæringstiltak)",
    )
    parser.add_argument(
        "--target-group",
        metavar="GROUP",
        choices=("reduced_ability", "cv_gaps", "immigrants", "young", "sick_leave", "all"),
        help="reduced_ability, cv_gaps, immigrants, young, sick_leave or all",
    )
    parser.add_argument(
        "--kind",
        metavar="KIND",
        choices=("scheme", "wage_subsidy", "grant", "training", "guide", "actor", "network", "law"),
        help="scheme, wage_subsidy, grant, training, guide, actor, network or law",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON list with every field")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: AppContext) -> int:
    from verktoykasse.catalogue import CatalogueError, load_catalogue, search_entries
    from verktoykasse.catalogue.labels import area_key
    from verktoykasse.catalogue.normalise import query_tokens
    from verktoykasse.catalogue.own import contact_entries
    from verktoykasse.cli.output import say, say_json
    from verktoykasse.domain.formatting import format_date
    from verktoykasse.storage.contacts import list_contacts

    area = None
    if args.area:
        area = area_key(args.area)
        if area is None:
            raise UserError(
                QCoreApplication.translate(
                    "Cli", "unknown area {area}; use attitudes, schemes, target_groups, training or support."
                ).format(area=args.area)
            )
    try:
        catalogue = load_catalogue(context.paths.root)
    except CatalogueError as exc:
        raise UserError(str(exc)) from exc
    with context.database.session() as session:
        own = contact_entries(list_contacts(session))
    query = " ".join(args.query)
    found = search_entries(
        [*catalogue.entries, *own],
        query,
        area=area,
        target_group=args.target_group,
        kind=args.kind,
    )
    if args.json:
        # An own contact's note may hold any character: JSON's own escapes for those a terminal obeys.
        say_json(json.dumps([entry.as_dict() for entry in found], ensure_ascii=False, indent=2))
        return 0
    for entry in found:
        say(_text(entry), lines=True)
        say("")
    if query.strip() and not query_tokens(query):  # only emoji or marks: every entry, and why
        say(
            QCoreApplication.translate(
                "Cli", "The search has no letters or digits to look for, so every entry is listed."
            )
        )
    note = QCoreApplication.translate(
        "Cli",
        "{count} of {total} entries. Catalogue edition {edition}; "
        "figures change – the official page is the authority.",
    )
    say(
        note.format(
            count=len(found), total=len(catalogue.entries) + len(own), edition=format_date(catalogue.edition)
        )
    )
    return 0


def _text(entry) -> str:
    """The entry in four lines at most. An own contact's text is the user's (or a plan file's): each part
    is one line without control characters, so a note cannot write a line of its own, move the cursor or
    clear the terminal (``domain.lines``)."""
    from verktoykasse.catalogue.labels import kind_label
    from verktoykasse.domain.lines import one_line_trimmed as line

    title = f"{entry.name} ({entry.gloss})" if entry.gloss else entry.name
    lines = [f"{entry.id}  {line(title)}"]
    kind = kind_label(entry.kind) if not entry.is_own else QCoreApplication.translate("Cli", "Own contact")
    lines.append("  " + " · ".join(line(part) for part in (kind, entry.provider) if part))
    if entry.summary:
        first = entry.summary.split(". ")[0].rstrip(".")
        lines.append(f"  {line(first)}.")
    contact = " · ".join(line(part) for part in (entry.url, entry.phone, entry.email) if part)
    if contact:
        lines.append(f"  {contact}")
    return "\n".join(lines)
