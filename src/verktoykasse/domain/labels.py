"""Translated labels for the stable vocabulary keys, shared by the window and the reports.

Marked with ``QT_TRANSLATE_NOOP`` so lupdate finds them, translated when shown (the language can change
while the program runs). Each table maps a key of ``domain.vocabulary`` to its English source text; the
small functions below return the text in the user's language, or the key itself for a value this version
does not know (a database written by a newer version must still show something).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from verktoykasse.domain.vocabulary import (
    Direction,
    Frequency,
    MeasureStatus,
    NeedSide,
    ParticipantKind,
    Priority,
    Step,
)

_CONTEXT = "Labels"

# The steps in the owner's words; the method's own term follows as a subtitle (``STEP_METHOD_TERMS``).
STEP_TITLES: dict[str, str] = {
    Step.PROFILE: QT_TRANSLATE_NOOP("Labels", "Business profile"),
    Step.NEEDS: QT_TRANSLATE_NOOP("Labels", "What do we need?"),
    Step.GAPS: QT_TRANSLATE_NOOP("Labels", "Where are we – where do we want to be?"),
    Step.GOALS: QT_TRANSLATE_NOOP("Labels", "Goals and targets"),
    Step.MEASURES: QT_TRANSLATE_NOOP("Labels", "What we will do"),
    Step.EVALUATION: QT_TRANSLATE_NOOP("Labels", "How did it go?"),
}

STEP_METHOD_TERMS: dict[str, str] = {
    Step.NEEDS: QT_TRANSLATE_NOOP("Labels", "needs exploration"),
    Step.GAPS: QT_TRANSLATE_NOOP("Labels", "gap analysis"),
    Step.GOALS: QT_TRANSLATE_NOOP("Labels", "goals and KPIs"),
    Step.MEASURES: QT_TRANSLATE_NOOP("Labels", "measures and action plan"),
    Step.EVALUATION: QT_TRANSLATE_NOOP("Labels", "evaluation and learning"),
}

PARTICIPANT_KINDS: dict[str, str] = {
    ParticipantKind.MANAGER: QT_TRANSLATE_NOOP("Labels", "Manager"),
    ParticipantKind.EMPLOYEE: QT_TRANSLATE_NOOP("Labels", "Employee"),
    ParticipantKind.TARGET_GROUP: QT_TRANSLATE_NOOP("Labels", "Person from the target group"),
    ParticipantKind.NAV: QT_TRANSLATE_NOOP("Labels", "Nav"),
    ParticipantKind.ORGANISATION: QT_TRANSLATE_NOOP("Labels", "Organisation"),
    ParticipantKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

NEED_SIDES: dict[str, str] = {
    NeedSide.EMPLOYER: QT_TRANSLATE_NOOP("Labels", "The employer's need"),
    NeedSide.TARGET_GROUP: QT_TRANSLATE_NOOP("Labels", "The target group's need"),
}

PRIORITIES: dict[str, str] = {
    Priority.HIGH: QT_TRANSLATE_NOOP("Labels", "High"),
    Priority.MEDIUM: QT_TRANSLATE_NOOP("Labels", "Medium"),
    Priority.LOW: QT_TRANSLATE_NOOP("Labels", "Low"),
}

DIRECTIONS: dict[str, str] = {
    Direction.HIGHER_IS_BETTER: QT_TRANSLATE_NOOP("Labels", "Higher is better"),
    Direction.LOWER_IS_BETTER: QT_TRANSLATE_NOOP("Labels", "Lower is better"),
}

FREQUENCIES: dict[str, str] = {
    Frequency.MONTHLY: QT_TRANSLATE_NOOP("Labels", "Monthly"),
    Frequency.QUARTERLY: QT_TRANSLATE_NOOP("Labels", "Quarterly"),
    Frequency.HALF_YEARLY: QT_TRANSLATE_NOOP("Labels", "Every six months"),
    Frequency.YEARLY: QT_TRANSLATE_NOOP("Labels", "Yearly"),
}

MEASURE_STATUSES: dict[str, str] = {
    MeasureStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    MeasureStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    MeasureStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
    MeasureStatus.PAUSED: QT_TRANSLATE_NOOP("Labels", "Paused"),
    MeasureStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

# The UN Sustainable Development Goals the method names (seed 000 §1), keyed by their number.
SDG_NAMES: dict[int, str] = {
    4: QT_TRANSLATE_NOOP("Labels", "Quality education"),
    8: QT_TRANSLATE_NOOP("Labels", "Decent work and economic growth"),
    10: QT_TRANSLATE_NOOP("Labels", "Reduced inequalities"),
    17: QT_TRANSLATE_NOOP("Labels", "Partnerships for the goals"),
}

# The five typical gap areas of seed 000 §1; the keys are stored in ``GapArea.template_key``.
GAP_TEMPLATE_TITLES: dict[str, str] = {
    "diversity": QT_TRANSLATE_NOOP("Labels", "Diversity at the workplace"),
    "recruitment": QT_TRANSLATE_NOOP("Labels", "Recruitment processes"),
    "manager_competence": QT_TRANSLATE_NOOP("Labels", "Managers' competence in adapting work"),
    "external_cooperation": QT_TRANSLATE_NOOP(
        "Labels", "Cooperation with Nav, job-training providers and non-profits"
    ),
    "follow_up": QT_TRANSLATE_NOOP("Labels", "Routines for follow-up and inclusion over time"),
}

GAP_TEMPLATE_KEYS: tuple[str, ...] = tuple(GAP_TEMPLATE_TITLES)


def label(table: dict[str, str], key: str, context: str = _CONTEXT) -> str:
    """The translated label for ``key``, or the key itself for a value this version does not know.

    ``context`` is the one the table was marked with (``QT_TRANSLATE_NOOP``): the catalogue's own tables
    use theirs."""
    source = table.get(key)
    return QCoreApplication.translate(context, source) if source else key


def step_title(step: str) -> str:
    return label(STEP_TITLES, step)


def step_method_term(step: str) -> str:
    """The method's name for a step ("gap analysis"), shown under the plain title; "" for the profile."""
    return label(STEP_METHOD_TERMS, step) if step in STEP_METHOD_TERMS else ""


def participant_kind_label(kind: str) -> str:
    return label(PARTICIPANT_KINDS, kind)


def need_side_label(side: str) -> str:
    return label(NEED_SIDES, side)


def priority_label(priority: str) -> str:
    """``""`` (not yet prioritised) stays empty rather than showing a key."""
    return label(PRIORITIES, priority) if priority else ""


def direction_label(direction: str) -> str:
    return label(DIRECTIONS, direction)


def frequency_label(frequency: str) -> str:
    return label(FREQUENCIES, frequency) if frequency else ""


def status_label(status: str) -> str:
    return label(MEASURE_STATUSES, status)


def sdg_name(number: int) -> str:
    """``"Decent work and economic growth"`` for 8, translated; ``"SDG n"`` for a number we do not list."""
    source = SDG_NAMES.get(number)
    if source is None:
        return QCoreApplication.translate("Labels", "SDG {number}").format(number=number)
    return QCoreApplication.translate(_CONTEXT, source)


def sdg_label(number: int) -> str:
    """The goal with its number, as the gap step and the PDF show it: ``"8 Decent work and …"``."""
    return f"{number} {sdg_name(number)}"


def gap_template_title(key: str) -> str:
    return label(GAP_TEMPLATE_TITLES, key)
