"""Bringing a stored document (a plan file, the settings) from the version it was written in to today's.

Each change of a format adds one small function that turns version N-1 into version N, with a docstring
saying what changed; ``upgrade_in_order`` runs them one after the other, so a file from any older release
goes through every step (the pattern of Picard's ``config_upgrade``). The functions meet whatever the file
holds, before any check: they skip what does not look as expected and leave refusing it to the check.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Upgrade = Callable[[dict[str, Any]], None]


def latest(upgrades: Mapping[int, Upgrade], first: int) -> int:
    """Today's version: the last upgrade's, or ``first`` while there has been none."""
    return max(upgrades, default=first)


def upgrade_in_order(document: dict[str, Any], key: str, upgrades: Mapping[int, Upgrade], first: int) -> int:
    """Upgrade ``document`` in place from the version in ``document[key]`` to the latest; return that.

    A version that is not a whole number from ``first`` up is left as it is (for the caller's check to
    refuse); a version newer than the latest is left as it is too (for the caller to decide).
    """
    version = document.get(key)
    if not isinstance(version, int) or isinstance(version, bool) or version < first:
        return version if isinstance(version, int) else first
    for target in range(version + 1, latest(upgrades, first) + 1):
        upgrades[target](document)
        document[key] = target
    return document[key]
