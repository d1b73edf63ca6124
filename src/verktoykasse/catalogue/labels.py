"""Translated names for the catalogue's fixed vocabularies (toolbox areas, target groups, kinds, status).

The keys are what the catalogue file and the database store; the labels are translated when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from verktoykasse.domain.labels import label

_CONTEXT = "CatalogueLabels"

# The five areas of the toolbox report behind seed 004, in the report's order.
AREAS: dict[str, str] = {
    "attitudes": QT_TRANSLATE_NOOP("CatalogueLabels", "Attitudes (holdningsarbeid)"),
    "schemes": QT_TRANSLATE_NOOP("CatalogueLabels", "Knowing the schemes (kunnskap om tiltak)"),
    "target_groups": QT_TRANSLATE_NOOP("CatalogueLabels", "Knowing the target group (kunnskap om målgruppe)"),
    "training": QT_TRANSLATE_NOOP("CatalogueLabels", "Training (opplæringstiltak)"),
    "support": QT_TRANSLATE_NOOP("CatalogueLabels", "Support and cooperation (støtte og relasjon)"),
}

TARGET_GROUPS: dict[str, str] = {
    "reduced_ability": QT_TRANSLATE_NOOP("CatalogueLabels", "Reduced functional ability"),
    "cv_gaps": QT_TRANSLATE_NOOP("CatalogueLabels", "Gaps in the CV"),
    "immigrants": QT_TRANSLATE_NOOP("CatalogueLabels", "Immigrants"),
    "young": QT_TRANSLATE_NOOP("CatalogueLabels", "Young people outside work"),
    "sick_leave": QT_TRANSLATE_NOOP("CatalogueLabels", "People on sick leave"),
    "all": QT_TRANSLATE_NOOP("CatalogueLabels", "Everyone"),
}

KINDS: dict[str, str] = {
    "scheme": QT_TRANSLATE_NOOP("CatalogueLabels", "Support scheme"),
    "wage_subsidy": QT_TRANSLATE_NOOP("CatalogueLabels", "Wage subsidy"),
    "grant": QT_TRANSLATE_NOOP("CatalogueLabels", "Grant"),
    "training": QT_TRANSLATE_NOOP("CatalogueLabels", "Training"),
    "guide": QT_TRANSLATE_NOOP("CatalogueLabels", "Guide"),
    "actor": QT_TRANSLATE_NOOP("CatalogueLabels", "Actor or contact"),
    "network": QT_TRANSLATE_NOOP("CatalogueLabels", "Network"),
    "law": QT_TRANSLATE_NOOP("CatalogueLabels", "Law or obligation"),
}

STATUSES: dict[str, str] = {
    "current": QT_TRANSLATE_NOOP("CatalogueLabels", "Current"),
    "trial": QT_TRANSLATE_NOOP("CatalogueLabels", "Trial"),
    "historical": QT_TRANSLATE_NOOP("CatalogueLabels", "Historical – no longer offered"),
}


def _label(table: dict[str, str], key: str) -> str:
    return label(table, key, _CONTEXT)


def area_label(key: str) -> str:
    return _label(AREAS, key)


def target_group_label(key: str) -> str:
    return _label(TARGET_GROUPS, key)


def kind_label(key: str) -> str:
    return _label(KINDS, key)


def status_label(key: str) -> str:
    return _label(STATUSES, key)


def area_key(text: str) -> str | None:
    """The area key for what a user typed on the command line: the key, or the start of its name."""
    from verktoykasse.catalogue.normalise import normalise

    wanted = normalise(text)
    if not wanted:
        return None
    for key, source in AREAS.items():
        names = (key, source, QCoreApplication.translate(_CONTEXT, source))
        if any(normalise(name) == wanted for name in names):
            return key
    for key, source in AREAS.items():
        names = (key, source, QCoreApplication.translate(_CONTEXT, source))
        if any(wanted in normalise(name) for name in names):
            return key
    return None
