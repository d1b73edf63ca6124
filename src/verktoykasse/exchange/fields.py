"""Which fields of each table travel in a plan file, and of what kind.

One table drives the export, the JSON Schema and the import's own checks, so they cannot drift apart.
Database ids, foreign keys and positions never appear: rows that are referred to get the file's own ids
(``gap-1``, ``goal-2``, ``contact-1``) and the order of a list is its order in the file.
"""

from __future__ import annotations

from verktoykasse.domain.vocabulary import (
    Direction,
    Frequency,
    MeasureStatus,
    NeedSide,
    ParticipantKind,
    Priority,
    Step,
)

MAX_TEXT = 1_000_000  # characters in one text field; a whole book fits, a hostile file does not
MAX_NAME = 200
MAX_ROWS = 5_000  # rows in one list
MAX_NUMBER = 1e15


def choice(values) -> tuple[str, tuple[str, ...]]:
    return ("choice", ("", *(str(v) for v in values)))


TEXT = ("text", None)
NAME = ("name", None)
BOOL = ("bool", None)
DATE = ("date", None)  # required date
OPT_DATE = ("date?", None)
DATETIME = ("datetime", None)
OPT_NUMBER = ("number?", None)
NUMBER = ("number", None)
OPT_COUNT = ("count?", None)
OPT_SCORE = ("score?", None)
KEY = ("key", 40)  # a short lowercase key, e.g. a gap template key
SLUG = ("key", 20)


def text_fields(*names: str) -> dict[str, tuple]:
    return {name: TEXT for name in names}


PLAN_FIELDS: dict[str, tuple] = {
    "name": NAME,
    "created_at": DATETIME,
    "updated_at": DATETIME,
    "current_step": ("choice", tuple(str(s) for s in Step)),
    "is_example": BOOL,
    "period_start": OPT_DATE,
    "period_end": OPT_DATE,
    **text_fields("org_name", "org_number", "industry"),
    "employees": OPT_COUNT,
    **text_fields(
        "municipality",
        "county",
        "contact_person",
        "contact_email",
        "contact_phone",
        "problem_statement",
        "labour_need",
        "new_ways_of_working",
        "target_group_needs",
        "question_employer_need",
        "question_outside_need",
        "question_other_positions",
        "question_seen_as_resources",
        "data_sources",
        "narrowing",
    ),
    "workshop_date": OPT_DATE,
    "workshop_summary": TEXT,
    "employer_needs_visible": BOOL,
    "target_group_needs_visible": BOOL,
    **text_fields("work_owner", "operational_responsible", "follow_up_method"),
    "reporting_frequency": choice(Frequency),
    **text_fields(
        "anchoring",
        "training_needs",
        "external_support",
        "follow_up_framework",
        "practice_integration",
        "experiences_to_share",
        "celebrations",
    ),
}

PARTICIPANT_FIELDS = {
    **text_fields("name", "organisation"),
    "kind": choice(ParticipantKind),
    "in_workshop": BOOL,
}
NEED_FIELDS = {"side": choice(NeedSide), **text_fields("description", "resources"), "selected": BOOL}
GAP_FIELDS = {
    "template_key": KEY,
    **text_fields("title", "current_situation", "desired_situation"),
    "current_score": OPT_SCORE,
    "desired_score": OPT_SCORE,
    "sdg4": BOOL,
    "sdg8": BOOL,
    "sdg10": BOOL,
    "sdg17": BOOL,
    "expected_effect": OPT_SCORE,
    "priority": choice(Priority),
    "works_well": TEXT,
}
STRENGTH_FIELDS = text_fields("description", "celebration")
GOAL_FIELDS = text_fields("title", "change", "relevance", "measurable")
KPI_FIELDS = {
    **text_fields("name", "unit"),
    "baseline": OPT_NUMBER,
    "target": OPT_NUMBER,
    "deadline": OPT_DATE,
    "frequency": choice(Frequency),
    **text_fields("data_source", "measured_by"),
    "direction": choice(Direction),
}
MEASUREMENT_FIELDS = {"measured_on": DATE, "value": NUMBER, "note": TEXT}
MEASURE_FIELDS = {
    **text_fields("title", "description", "area"),
    "priority": choice(Priority),
    **text_fields("owner", "responsible"),
    "start_date": OPT_DATE,
    "deadline": OPT_DATE,
    "cost_nok": OPT_NUMBER,
    "hours": OPT_NUMBER,
    **text_fields("resource_note", "expected_effect"),
    "status": choice(MeasureStatus),
    **text_fields("what_was_done", "outcome"),
}
MILESTONE_FIELDS = {"title": TEXT, "due_date": OPT_DATE, "done": BOOL}
LESSON_FIELDS = {"text": TEXT, "carry_forward": BOOL}
CONTACT_FIELDS = {
    "name": TEXT,
    "kind": SLUG,
    **text_fields("organisation", "role", "phone", "email", "url", "note", "areas", "target_groups"),
    "created_at": DATETIME,
}
