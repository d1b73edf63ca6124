"""Translated labels for the stable vocabulary keys, shared by the window and the reports.

Marked with ``QT_TRANSLATE_NOOP`` so lupdate finds them, translated when shown (the language can change
while the program runs).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from verktoykasse.domain.vocabulary import Step

_CONTEXT = "Labels"

STEP_TITLES: dict[str, str] = {
    Step.PROFILE: QT_TRANSLATE_NOOP("Labels", "Business profile"),
    Step.NEEDS: QT_TRANSLATE_NOOP("Labels", "Needs exploration"),
    Step.GAPS: QT_TRANSLATE_NOOP("Labels", "Gap analysis"),
    Step.GOALS: QT_TRANSLATE_NOOP("Labels", "Goals and KPIs"),
    Step.MEASURES: QT_TRANSLATE_NOOP("Labels", "Measures and action plan"),
    Step.EVALUATION: QT_TRANSLATE_NOOP("Labels", "Evaluation and learning"),
}


def label(table: dict[str, str], key: str) -> str:
    """The translated label for ``key``, or the key itself for a value this version does not know."""
    source = table.get(key)
    return QCoreApplication.translate(_CONTEXT, source) if source else key


def step_title(step: str) -> str:
    return label(STEP_TITLES, step)
