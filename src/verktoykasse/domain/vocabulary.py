"""The fixed vocabularies of the method, stored in the database by their stable English keys.

Labels shown to users are translated where they are shown (``labels`` in the UI and the reports), so the
database never holds language-dependent text for these.
"""

from __future__ import annotations

from enum import StrEnum


class Step(StrEnum):
    PROFILE = "profile"
    NEEDS = "needs"
    GAPS = "gaps"
    GOALS = "goals"
    MEASURES = "measures"
    EVALUATION = "evaluation"


STEPS: tuple[Step, ...] = tuple(Step)


class ParticipantKind(StrEnum):
    MANAGER = "manager"
    EMPLOYEE = "employee"
    TARGET_GROUP = "target_group"
    NAV = "nav"
    ORGANISATION = "organisation"
    OTHER = "other"


class NeedSide(StrEnum):
    EMPLOYER = "employer"
    TARGET_GROUP = "target_group"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Direction(StrEnum):
    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"


class Frequency(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"


class MeasureStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    PAUSED = "paused"
    CANCELLED = "cancelled"


OPEN_STATUSES = frozenset({MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS, MeasureStatus.PAUSED})

SDGS: tuple[int, ...] = (4, 8, 10, 17)

SCORE_MIN = 1
SCORE_MAX = 5

# What a new own contact is unless the user says otherwise: one of the catalogue's kinds ("Actor or
# contact"). A vocabulary key, so the models (the column's default) need not load the plan's whole
# description (``plan_description``) while the database opens.
CONTACT_DEFAULT_KIND = "actor"
