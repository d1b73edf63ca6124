"""The plan, described once: every table's fields and the tree of lists, as plain data.

This is the one place a field of the plan is written down. Everything that walks the plan reads it:

- the plan file (``exchange``): what is exported, the JSON Schema, the import's checks and writing;
- the next cycle (``storage.next_cycle``): which fields are copied into the next round;
- completeness (``domain.progress``): which fields a step asks for;
- the user's own contacts (``storage.contacts``, the contact dialog): which fields a contact has;
- ``storage.models`` is *checked* against it (``tests/test_plan_description.py``): a column added to a
  model and not here fails the suite, so no field can be silently left out of a plan file.

It is data in the domain (no SQLAlchemy), so the domain's rules can use it without importing storage.
Adding a field to the plan: one ``Field`` here, the column in ``storage/models.py`` and an Alembic
migration; if it changes the plan file, an upgrade in ``exchange/upgrades.py`` (docs/ARCHITECTURE.md,
"Adding a field to the plan").

A field's ``kind`` says what values it holds, in the database and in the plan file:

========== ===================================== ============================
kind       value                                 column
========== ===================================== ============================
text       text, ``""`` when empty               ``Text`` not null
name       text that may not be blank (≤ 200)    ``String(200)`` not null
bool       ``True``/``False``                    ``Boolean`` not null
date       a date                                ``Date`` not null
date?      a date or nothing                     ``Date`` null
datetime   a date and time (UTC, naive)          ``DateTime`` not null
number     a number                              ``Float`` not null
number?    a number or nothing                   ``Float`` null
count?     a whole number ≥ 0 or nothing         ``Integer`` null
score?     1–5 or nothing                        ``Integer`` null
choice     one of ``choices`` (a vocabulary key) ``String``
key        a short lowercase key (≤ max_length)  ``String(max_length)``
========== ===================================== ============================
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from verktoykasse.domain.vocabulary import (
    Direction,
    Frequency,
    MeasureStatus,
    NeedSide,
    ParticipantKind,
    Priority,
    Step,
)

KINDS = frozenset(
    {
        "text",
        "name",
        "bool",
        "date",
        "date?",
        "datetime",
        "number",
        "number?",
        "count?",
        "score?",
        "choice",
        "key",
    }
)
# Completeness: a field that ``counts`` is one part of its step on its own (``PART``), or shares a part
# with the other fields of the same name; ``domain.progress`` says how each shared part is scored.
PART = "part"


@dataclass(frozen=True, slots=True)
class Field:
    """One value of a row: what it holds, on which step the user fills it, and where it travels.

    ``next_cycle``: copied into the next round's plan (``None``: as its table says).
    ``exported``: written to and read from plan files.
    ``counts``: which part of its step's completeness it is ("" when it is optional).
    ``keys``: text holding comma-separated vocabulary keys (a contact's areas and target groups).
    """

    name: str
    kind: str = "text"
    step: Step | None = None
    choices: tuple[str, ...] = ()
    max_length: int = 0
    next_cycle: bool | None = None
    exported: bool = True
    counts: str = ""
    keys: bool = False

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"{self.name}: unknown kind {self.kind!r}")
        if (self.kind == "choice") != bool(self.choices):
            raise ValueError(f"{self.name}: a choice, and only a choice, has choices")


@dataclass(frozen=True, slots=True)
class Link:
    """A reference from a row to another row, written in the plan file as that row's file id.

    ``to`` is the ``ref`` of the table referred to (``"gap"``, ``"goal"``, ``"contact"``), or
    ``"catalogue"`` for a catalogue entry's stable id. ``attribute`` is the model's relationship (or, for
    the catalogue, the column holding the entry id); ``column`` is the foreign-key column, if any.
    A link with ``many`` is a list of references (``measure.goals``); a single link may be empty (null).
    """

    key: str
    to: str
    attribute: str
    column: str = ""
    many: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    """One table of the plan: its fields, its links, and the lists it owns (``children``).

    ``key`` is the list's name in its parent (and in the plan file), ``attribute`` the relationship that
    holds it on the parent's model when that is another name; ``ref`` the prefix of the file ids
    rows get when other rows refer to them (``gap-1``). ``order`` is what a list is sorted by (the row id
    breaks ties); a list ordered by ``position`` is ordered by the user. ``one_link`` marks a row that is
    exactly one of its links (a measure's resource: a catalogue entry *or* a contact). ``parent_column``
    is the foreign key to the owning row; ``internal`` are columns the program keeps for itself (never in
    a plan file). ``next_cycle`` is whether rows of this table are carried into the next round at all
    (which rows, ``storage.next_cycle`` decides) and the default of its fields' ``next_cycle``.
    """

    name: str
    model: str
    fields: tuple[Field, ...]
    key: str = ""
    attribute_name: str = ""
    ref: str = ""
    links: tuple[Link, ...] = ()
    children: tuple[Table, ...] = ()
    order: tuple[str, ...] = ("position",)
    parent_column: str = ""
    internal: tuple[str, ...] = ()
    next_cycle: bool = False
    one_link: bool = False
    by_name: dict[str, Field] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {f.name: f for f in self.fields})
        if len(self.by_name) != len(self.fields):
            raise ValueError(f"{self.name}: a field is described twice")

    @property
    def attribute(self) -> str:
        return self.attribute_name or self.key

    @property
    def positioned(self) -> bool:
        return self.order == ("position",)

    def exported(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.exported)

    def copied(self) -> tuple[str, ...]:
        """The fields copied into the next cycle."""
        return tuple(
            f.name for f in self.fields if (self.next_cycle if f.next_cycle is None else f.next_cycle)
        )

    def on_step(self, step: Step) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.step == step)

    def child(self, key: str) -> Table:
        return next(c for c in self.children if c.key == key)

    def walk(self) -> Iterator[Table]:
        """This table and every table below it, parents first."""
        yield self
        for child in self.children:
            yield from child.walk()


def choice(values: Iterable[str], blank: bool = True) -> tuple[str, ...]:
    """The allowed keys of a choice field; ``blank`` allows "" (not chosen yet)."""
    keys = tuple(str(v) for v in values)
    return ("", *keys) if blank else keys


def _fields(step: Step | None, *names: str, **options: object) -> tuple[Field, ...]:
    """Several text fields of one step with the same options (most of the plan is text)."""
    return tuple(Field(name, step=step, **options) for name in names)  # type: ignore[arg-type]


P, N, G, K, M, E = Step.PROFILE, Step.NEEDS, Step.GAPS, Step.GOALS, Step.MEASURES, Step.EVALUATION


def _choice(name: str, vocabulary: type[StrEnum], step: Step | None, **options: object) -> Field:
    return Field(name, "choice", step, choices=choice(vocabulary), **options)  # type: ignore[arg-type]


MEASUREMENT = Table(
    "measurement",
    "Measurement",
    key="measurements",
    order=("measured_on",),
    parent_column="kpi_id",
    fields=(
        Field("measured_on", "date", E),
        Field("value", "number", E),
        Field("note", step=E),
    ),
)

KPI = Table(
    "kpi",
    "Kpi",
    key="kpis",
    parent_column="goal_id",
    next_cycle=True,  # the KPIs of the goals still served; the latest measurement becomes the baseline
    children=(MEASUREMENT,),
    fields=(
        *_fields(K, "name", "unit", counts=PART),
        Field("baseline", "number?", K, counts=PART),
        Field("target", "number?", K, counts=PART),
        Field("deadline", "date?", K, counts=PART),
        _choice("frequency", Frequency, K),
        *_fields(K, "data_source", "measured_by", counts=PART),
        _choice("direction", Direction, K),
    ),
)

GAP = Table(
    "gap_area",
    "GapArea",
    key="gaps",
    ref="gap",
    parent_column="plan_id",
    next_cycle=True,
    fields=(
        Field("template_key", "key", G, max_length=40),
        *_fields(G, "title", "current_situation", "desired_situation", counts=PART),
        Field("current_score", "score?", G, counts=PART),
        Field("desired_score", "score?", G, counts=PART),
        Field("sdg4", "bool", G),
        Field("sdg8", "bool", G),
        Field("sdg10", "bool", G),
        Field("sdg17", "bool", G),
        Field("expected_effect", "score?", G, counts=PART),
        _choice("priority", Priority, G, counts=PART),
        Field("works_well", step=G),
    ),
)

GOAL = Table(
    "goal",
    "Goal",
    key="goals",
    ref="goal",
    parent_column="plan_id",
    next_cycle=True,  # the goals the open measures serve
    links=(Link("gap", "gap", "gap", column="gap_id"),),
    children=(KPI,),
    fields=_fields(K, "title", "change", "relevance", "measurable", counts=PART),
)

MILESTONE = Table(
    "milestone",
    "Milestone",
    key="milestones",
    parent_column="measure_id",
    next_cycle=True,  # the milestones not done yet
    fields=(Field("title", step=M), Field("due_date", "date?", M), Field("done", "bool", M)),
)

RESOURCE = Table(
    "measure_resource",
    "MeasureResource",
    key="resources",
    attribute_name="resources_used",
    order=("id",),
    parent_column="measure_id",
    next_cycle=True,
    one_link=True,
    links=(
        Link("catalogue_entry", "catalogue", "catalogue_entry_id", column="catalogue_entry_id"),
        Link("contact", "contact", "contact", column="contact_id"),
    ),
    fields=(),
)

MEASURE = Table(
    "measure",
    "Measure",
    key="measures",
    parent_column="plan_id",
    next_cycle=True,  # the measures still open
    links=(Link("goals", "goal", "goals", many=True),),
    children=(MILESTONE, RESOURCE),
    fields=(
        *_fields(M, "title", "description", counts=PART),
        Field("area", step=M),
        _choice("priority", Priority, M),
        *_fields(M, "owner", "responsible", counts=PART),
        Field("start_date", "date?", M, counts=PART),
        Field("deadline", "date?", M, counts=PART),
        Field("cost_nok", "number?", M, counts="resources"),
        Field("hours", "number?", M, counts="resources"),
        Field("resource_note", step=M, counts="resources"),
        Field("expected_effect", step=M, counts=PART),
        _choice("status", MeasureStatus, M),
        # What the evaluation said about this round; the next round writes its own.
        *_fields(E, "what_was_done", "outcome", next_cycle=False, counts="evaluated"),
    ),
)

PARTICIPANT = Table(
    "participant",
    "Participant",
    key="participants",
    parent_column="plan_id",
    fields=(
        *_fields(N, "name", "organisation"),
        _choice("kind", ParticipantKind, N),
        Field("in_workshop", "bool", N),
    ),
)

NEED = Table(
    "need",
    "Need",
    key="needs",
    parent_column="plan_id",
    fields=(
        _choice("side", NeedSide, N),
        *_fields(N, "description", "resources"),
        Field("selected", "bool", N),
    ),
)

STRENGTH = Table(
    "strength",
    "Strength",
    key="strengths",
    parent_column="plan_id",
    fields=_fields(G, "description", "celebration"),
)

LESSON = Table(
    "lesson",
    "Lesson",
    key="lessons",
    parent_column="plan_id",
    next_cycle=True,  # every lesson learnt
    fields=(Field("text", step=E), Field("carry_forward", "bool", E)),
)

PLAN = Table(
    "plan",
    "Plan",
    order=(),
    internal=("previous_plan_id",),
    children=(PARTICIPANT, NEED, GAP, STRENGTH, GOAL, MEASURE, LESSON),
    fields=(
        Field("name", "name", P),
        Field("created_at", "datetime"),
        Field("updated_at", "datetime"),
        Field("current_step", "choice", choices=choice(Step, blank=False)),
        Field("is_example", "bool"),
        Field("period_start", "date?", P),
        Field("period_end", "date?", P),
        # The business: the same in the next round.
        *_fields(P, "org_name", "org_number", "industry", next_cycle=True, counts=PART),
        Field("employees", "count?", P, next_cycle=True, counts=PART),
        Field("municipality", step=P, next_cycle=True, counts=PART),
        *_fields(P, "county", next_cycle=True),
        Field("contact_person", step=P, next_cycle=True, counts=PART),
        *_fields(P, "contact_email", "contact_phone", next_cycle=True),
        Field("problem_statement", step=P, next_cycle=True, counts=PART),
        # Step 1: needs exploration.
        *_fields(
            N,
            "labour_need",
            "new_ways_of_working",
            "target_group_needs",
            "question_employer_need",
            "question_outside_need",
            "question_other_positions",
            "question_seen_as_resources",
            "data_sources",
            counts=PART,
        ),
        Field("narrowing", step=N),
        Field("workshop_date", "date?", N, counts="workshop"),
        Field("workshop_summary", step=N, counts="workshop"),
        Field("employer_needs_visible", "bool", N, counts="visible"),
        Field("target_group_needs_visible", "bool", N, counts="visible"),
        # Step 4: roles, follow-up, competence and support: the same people in the next round.
        *_fields(
            M, "work_owner", "operational_responsible", "follow_up_method", next_cycle=True, counts="roles"
        ),
        _choice("reporting_frequency", Frequency, M, next_cycle=True, counts="roles"),
        *_fields(
            M,
            "anchoring",
            "training_needs",
            "external_support",
            "follow_up_framework",
            next_cycle=True,
            counts="roles",
        ),
        # Step 5: evaluation and learning.
        *_fields(E, "practice_integration", "experiences_to_share", "celebrations", counts=PART),
    ),
)

# The user's own contacts: global, not per plan; a plan file carries those its measures use.
CONTACT = Table(
    "contact",
    "Contact",
    key="contacts",
    ref="contact",
    order=(),  # in a plan file: in the order the measures first use them
    fields=(
        Field("name"),
        Field("kind", "key", max_length=20),
        *_fields(None, "organisation", "role", "phone", "email", "url", "note"),
        Field("areas", keys=True),
        Field("target_groups", keys=True),
        Field("created_at", "datetime"),
    ),
)

# What a new contact is unless the user says otherwise: one of the catalogue's kinds ("Actor or contact").
CONTACT_DEFAULT_KIND = "actor"

# Tables of the database that only join two others; they have no fields of their own.
JOIN_TABLES = {"measure_goal": ("measure_id", "goal_id")}


def tables() -> tuple[Table, ...]:
    """Every described table: the plan's tree, then the contacts."""
    return (*PLAN.walk(), CONTACT)


def editable_contact_fields() -> tuple[Field, ...]:
    """What the user edits of an own contact (all but when it was made)."""
    return tuple(f for f in CONTACT.fields if f.kind != "datetime")
