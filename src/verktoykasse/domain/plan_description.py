"""The plan, described once: every table's fields and the tree of lists, as plain data.

This is the one place a field of the plan is written down. Everything that walks the plan reads it:

- the plan file (``exchange``): what is exported, the JSON Schema, the import's checks and writing;
- the next cycle (``storage.next_cycle``): which fields are copied into the next round;
- completeness (``domain.progress``): which fields a step asks for;
- the user's own contacts (``storage.contacts``, the contact dialog): which fields a contact has;
- ``storage.models`` is *checked* against it (``tests/test_plan_description.py``): a column added to a
  model and not here fails the suite, so no field can be silently left out of a plan file.

It is data in the domain (no SQLAlchemy), so the domain's rules can use it without importing storage.
Adding a field to the plan: one ``Field`` here, the column in ``storage/models.py``, an Alembic
migration, and (an exported field: files of the format before lack it) an upgrade in
``exchange/upgrades.py`` (docs/ARCHITECTURE.md, "Adding a field to the plan").

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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from verktoykasse.domain.arp import Ground, HrArea, InvolvementStep, RiskState, Sector
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
    ``label``: what the field is called where it is listed (a table's column, an export's heading): the
    English source text, translated where shown (``label_of``).
    """

    name: str
    kind: str = "text"
    step: Step | None = None
    label: str = ""
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
    A link with ``many`` is a list of references (``measure.goals``) in the order the user gave them; a
    single link may be empty (null).
    """

    key: str
    to: str
    attribute: str
    column: str = ""
    many: bool = False


# Columns every table of the plan (and the contacts) has for editing one plan from several PCs
# (``storage.models.Tracked``): a version per row, who changed it and when. The program's own, never in a
# plan file.
ROW_TRACKING = ("version", "changed_by", "changed_at")


@dataclass(frozen=True, slots=True)
class Table:
    """One table of the plan: its fields, its links, and the lists it owns (``children``).

    ``label`` is the list's name as shown (English source text); ``key`` is the list's name in its parent
    (and in the plan file), ``attribute`` the relationship that holds it on the parent's model when that
    is another name; ``ref`` the prefix of the file ids
    rows get when other rows refer to them (``gap-1``). ``order`` is what a list is sorted by (the row id
    breaks ties); a list ordered by ``position`` is ordered by the user. ``one_link`` marks a row that is
    exactly one of its links (a measure's resource: a catalogue entry *or* a contact). ``parent_column``
    is the foreign key to the owning row; ``internal`` are columns the program keeps for itself (never in
    a plan file). ``next_cycle`` is whether rows of this table are carried into the next round at all
    (which rows, ``storage.next_cycle`` decides) and the default of its fields' ``next_cycle``.
    """

    name: str
    model: str
    label: str
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
    def owner(self) -> str:
        """The relationship from a row to the row that owns it (``plan``, ``goal``), "" for the plan."""
        return self.parent_column.removesuffix("_id")

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

    def walk(self) -> Iterator[Table]:
        """This table and every table below it, parents first."""
        yield self
        for child in self.children:
            yield from child.walk()


def choice(values: Iterable[str], blank: bool = True) -> tuple[str, ...]:
    """The allowed keys of a choice field; ``blank`` allows "" (not chosen yet)."""
    keys = tuple(str(v) for v in values)
    return ("", *keys) if blank else keys


def _texts(step: Step | None, labels: dict[str, str], **options: object) -> tuple[Field, ...]:
    """Several text fields of one step with the same options (most of the plan is text): name → label."""
    return tuple(Field(name, "text", step, label, **options) for name, label in labels.items())  # type: ignore[arg-type]


P, N, G, K, M, E = Step.PROFILE, Step.NEEDS, Step.GAPS, Step.GOALS, Step.MEASURES, Step.EVALUATION


def _choice(
    name: str, vocabulary: type[StrEnum], step: Step | None, label: str, blank: bool = True, **options: object
) -> Field:
    return Field(name, "choice", step, label, choices=choice(vocabulary, blank), **options)  # type: ignore[arg-type]


MEASUREMENT = Table(
    "measurement",
    "Measurement",
    QT_TRANSLATE_NOOP("PlanFields", "Measurements"),
    key="measurements",
    order=("measured_on",),
    parent_column="kpi_id",
    fields=(
        Field("measured_on", "date", E, QT_TRANSLATE_NOOP("PlanFields", "Date measured")),
        Field("value", "number", E, QT_TRANSLATE_NOOP("PlanFields", "Value")),
        Field("note", "text", E, QT_TRANSLATE_NOOP("PlanFields", "Note")),
    ),
)

KPI = Table(
    "kpi",
    "Kpi",
    QT_TRANSLATE_NOOP("PlanFields", "KPIs"),
    key="kpis",
    parent_column="goal_id",
    next_cycle=True,  # the KPIs of the goals still served; the latest measurement becomes the baseline
    children=(MEASUREMENT,),
    fields=(
        *_texts(
            K,
            {"name": QT_TRANSLATE_NOOP("PlanFields", "KPI"), "unit": QT_TRANSLATE_NOOP("PlanFields", "Unit")},
            counts=PART,
        ),
        Field("baseline", "number?", K, QT_TRANSLATE_NOOP("PlanFields", "Baseline"), counts=PART),
        Field("target", "number?", K, QT_TRANSLATE_NOOP("PlanFields", "Target"), counts=PART),
        Field("deadline", "date?", K, QT_TRANSLATE_NOOP("PlanFields", "Deadline"), counts=PART),
        _choice("frequency", Frequency, K, QT_TRANSLATE_NOOP("PlanFields", "How often it is measured")),
        *_texts(
            K,
            {
                "data_source": QT_TRANSLATE_NOOP("PlanFields", "Data source"),
                "measured_by": QT_TRANSLATE_NOOP("PlanFields", "Measured by"),
            },
            counts=PART,
        ),
        _choice("direction", Direction, K, QT_TRANSLATE_NOOP("PlanFields", "Better when")),
    ),
)

GAP = Table(
    "gap_area",
    "GapArea",
    QT_TRANSLATE_NOOP("PlanFields", "Gap areas"),
    key="gaps",
    ref="gap",
    parent_column="plan_id",
    next_cycle=True,
    fields=(
        Field("template_key", "key", G, QT_TRANSLATE_NOOP("PlanFields", "Template"), max_length=40),
        *_texts(
            G,
            {
                "title": QT_TRANSLATE_NOOP("PlanFields", "Area"),
                "current_situation": QT_TRANSLATE_NOOP("PlanFields", "Today"),
                "desired_situation": QT_TRANSLATE_NOOP("PlanFields", "Desired situation"),
            },
            counts=PART,
        ),
        Field("current_score", "score?", G, QT_TRANSLATE_NOOP("PlanFields", "Score today"), counts=PART),
        Field("desired_score", "score?", G, QT_TRANSLATE_NOOP("PlanFields", "Desired score"), counts=PART),
        # The workshop's dots per score 1–5 ("0,2,5,3,1"): this round's votes, not carried into the next.
        *_texts(
            G,
            {
                "current_dots": QT_TRANSLATE_NOOP("PlanFields", "Workshop dots today"),
                "desired_dots": QT_TRANSLATE_NOOP("PlanFields", "Workshop dots desired"),
            },
            next_cycle=False,
        ),
        Field("sdg4", "bool", G, QT_TRANSLATE_NOOP("PlanFields", "UN goal 4: quality education")),
        Field("sdg8", "bool", G, QT_TRANSLATE_NOOP("PlanFields", "UN goal 8: decent work")),
        Field("sdg10", "bool", G, QT_TRANSLATE_NOOP("PlanFields", "UN goal 10: reduced inequalities")),
        Field("sdg17", "bool", G, QT_TRANSLATE_NOOP("PlanFields", "UN goal 17: partnerships")),
        Field(
            "expected_effect", "score?", G, QT_TRANSLATE_NOOP("PlanFields", "Expected effect"), counts=PART
        ),
        _choice("priority", Priority, G, QT_TRANSLATE_NOOP("PlanFields", "Priority"), counts=PART),
        Field("works_well", "text", G, QT_TRANSLATE_NOOP("PlanFields", "What already works well")),
    ),
)

GOAL = Table(
    "goal",
    "Goal",
    QT_TRANSLATE_NOOP("PlanFields", "Goals"),
    key="goals",
    ref="goal",
    parent_column="plan_id",
    next_cycle=True,  # the goals the open measures serve
    links=(Link("gap", "gap", "gap", column="gap_id"),),
    children=(KPI,),
    fields=_texts(
        K,
        {
            "title": QT_TRANSLATE_NOOP("PlanFields", "Goal"),
            "change": QT_TRANSLATE_NOOP("PlanFields", "What changes"),
            "relevance": QT_TRANSLATE_NOOP("PlanFields", "Why it matters to us"),
            "measurable": QT_TRANSLATE_NOOP("PlanFields", "How we measure it"),
        },
        counts=PART,
    ),
)

MILESTONE = Table(
    "milestone",
    "Milestone",
    QT_TRANSLATE_NOOP("PlanFields", "Milestones"),
    key="milestones",
    parent_column="measure_id",
    next_cycle=True,  # the milestones not done yet
    fields=(
        Field("title", "text", M, QT_TRANSLATE_NOOP("PlanFields", "Milestone")),
        Field("due_date", "date?", M, QT_TRANSLATE_NOOP("PlanFields", "Due")),
        Field("done", "bool", M, QT_TRANSLATE_NOOP("PlanFields", "Done")),
    ),
)

RESOURCE = Table(
    "measure_resource",
    "MeasureResource",
    QT_TRANSLATE_NOOP("PlanFields", "Schemes and contacts used"),
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

OCCURRENCE = Table(
    "measure_occurrence",
    "MeasureOccurrence",
    QT_TRANSLATE_NOOP("PlanFields", "Times it was held"),
    key="occurrences",
    order=("due_on",),
    parent_column="measure_id",
    fields=(
        Field("due_on", "date", M, QT_TRANSLATE_NOOP("PlanFields", "Due")),
        Field("held_on", "date?", M, QT_TRANSLATE_NOOP("PlanFields", "Held on")),
        Field("note", "text", M, QT_TRANSLATE_NOOP("PlanFields", "Note")),
    ),
)

# A hire a measure plans with Nav's schemes (issue 14): what the subsidy estimate reads. This round's only.
PLANNED_HIRE = Table(
    "planned_hire",
    "PlannedHire",
    QT_TRANSLATE_NOOP("PlanFields", "Planned hires"),
    key="planned_hires",
    parent_column="measure_id",
    fields=(
        Field("label", "text", M, QT_TRANSLATE_NOOP("PlanFields", "Hire")),
        Field("target_group", "key", M, QT_TRANSLATE_NOOP("PlanFields", "Target group"), max_length=20),
        Field("reduced_capacity", "bool", M, QT_TRANSLATE_NOOP("PlanFields", "Reduced work capacity")),
        Field("monthly_wage", "number?", M, QT_TRANSLATE_NOOP("PlanFields", "Monthly wage at 100 % (kr)")),
        Field("job_percent", "number?", M, QT_TRANSLATE_NOOP("PlanFields", "Job percentage")),
        Field("start_date", "date?", M, QT_TRANSLATE_NOOP("PlanFields", "Start")),
        # comma-separated keys of catalogue.rates.Scheme
        Field("schemes", "text", M, QT_TRANSLATE_NOOP("PlanFields", "Schemes")),
        Field("mentor_hours", "number?", M, QT_TRANSLATE_NOOP("PlanFields", "Mentor's hours a month")),
        Field(
            "mentor_hourly_wage", "number?", M, QT_TRANSLATE_NOOP("PlanFields", "Mentor's hourly wage (kr)")
        ),
        Field("extra_costs", "number?", M, QT_TRANSLATE_NOOP("PlanFields", "Extra adaptation costs (kr)")),
    ),
)

# What the board is asked to decide ("Styret bes om å …"); each round asks its own.
BOARD_DECISION = Table(
    "board_decision",
    "BoardDecision",
    QT_TRANSLATE_NOOP("PlanFields", "Board decisions"),
    key="board_decisions",
    parent_column="plan_id",
    fields=(Field("text", "text", M, QT_TRANSLATE_NOOP("PlanFields", "The board is asked to")),),
)

MEASURE = Table(
    "measure",
    "Measure",
    QT_TRANSLATE_NOOP("PlanFields", "Measures"),
    key="measures",
    parent_column="plan_id",
    next_cycle=True,  # the measures still open
    links=(Link("goals", "goal", "goals", many=True),),
    children=(MILESTONE, RESOURCE, OCCURRENCE, PLANNED_HIRE),
    fields=(
        *_texts(
            M,
            {
                "title": QT_TRANSLATE_NOOP("PlanFields", "Measure"),
                "description": QT_TRANSLATE_NOOP("PlanFields", "Description"),
            },
            counts=PART,
        ),
        Field("area", "text", M, QT_TRANSLATE_NOOP("PlanFields", "Area")),
        _choice("priority", Priority, M, QT_TRANSLATE_NOOP("PlanFields", "Priority")),
        *_texts(
            M,
            {
                "owner": QT_TRANSLATE_NOOP("PlanFields", "Owner"),
                "responsible": QT_TRANSLATE_NOOP("PlanFields", "Operational responsible"),
            },
            counts=PART,
        ),
        Field("start_date", "date?", M, QT_TRANSLATE_NOOP("PlanFields", "Start"), counts=PART),
        Field("deadline", "date?", M, QT_TRANSLATE_NOOP("PlanFields", "Deadline"), counts=PART),
        Field("cost_nok", "number?", M, QT_TRANSLATE_NOOP("PlanFields", "Cost (kr)"), counts="resources"),
        Field("hours", "number?", M, QT_TRANSLATE_NOOP("PlanFields", "Hours"), counts="resources"),
        Field(
            "resource_note", "text", M, QT_TRANSLATE_NOOP("PlanFields", "Other resources"), counts="resources"
        ),
        Field("expected_effect", "text", M, QT_TRANSLATE_NOOP("PlanFields", "Expected effect"), counts=PART),
        _choice("status", MeasureStatus, M, QT_TRANSLATE_NOOP("PlanFields", "Status")),
        _choice("recurrence", Frequency, M, QT_TRANSLATE_NOOP("PlanFields", "Recurs")),
        Field("recurrence_end", "date?", M, QT_TRANSLATE_NOOP("PlanFields", "Recurs until")),
        # What the evaluation said about this round; the next round writes its own.
        *_texts(
            E,
            {
                "what_was_done": QT_TRANSLATE_NOOP("PlanFields", "What was done"),
                "outcome": QT_TRANSLATE_NOOP("PlanFields", "What it gave"),
            },
            next_cycle=False,
            counts="evaluated",
        ),
    ),
)

PARTICIPANT = Table(
    "participant",
    "Participant",
    QT_TRANSLATE_NOOP("PlanFields", "Participants"),
    key="participants",
    parent_column="plan_id",
    fields=(
        *_texts(
            N,
            {
                "name": QT_TRANSLATE_NOOP("PlanFields", "Name"),
                "organisation": QT_TRANSLATE_NOOP("PlanFields", "Role or organisation"),
            },
        ),
        _choice("kind", ParticipantKind, N, QT_TRANSLATE_NOOP("PlanFields", "Kind")),
        Field("in_workshop", "bool", N, QT_TRANSLATE_NOOP("PlanFields", "In the workshop")),
        Field("email", "text", N, QT_TRANSLATE_NOOP("PlanFields", "E-mail")),  # for the invitation
    ),
)

NEED = Table(
    "need",
    "Need",
    QT_TRANSLATE_NOOP("PlanFields", "Needs"),
    key="needs",
    parent_column="plan_id",
    fields=(
        _choice("side", NeedSide, N, QT_TRANSLATE_NOOP("PlanFields", "Whose need")),
        *_texts(
            N,
            {
                "description": QT_TRANSLATE_NOOP("PlanFields", "Need"),
                "resources": QT_TRANSLATE_NOOP("PlanFields", "Competences and experience"),
            },
        ),
        Field("selected", "bool", N, QT_TRANSLATE_NOOP("PlanFields", "Chosen to work on")),
    ),
)

STRENGTH = Table(
    "strength",
    "Strength",
    QT_TRANSLATE_NOOP("PlanFields", "Strengths"),
    key="strengths",
    parent_column="plan_id",
    fields=_texts(
        G,
        {
            "description": QT_TRANSLATE_NOOP("PlanFields", "What works well"),
            "celebration": QT_TRANSLATE_NOOP("PlanFields", "How we celebrate it"),
        },
    ),
)

LESSON = Table(
    "lesson",
    "Lesson",
    QT_TRANSLATE_NOOP("PlanFields", "Lessons learnt"),
    key="lessons",
    parent_column="plan_id",
    next_cycle=True,  # every lesson learnt
    fields=(
        Field("text", "text", E, QT_TRANSLATE_NOOP("PlanFields", "Lesson")),
        Field("carry_forward", "bool", E, QT_TRANSLATE_NOOP("PlanFields", "Into the next cycle")),
    ),
)

# The activity and reporting duty (ARP, ``domain.arp``): the risk map's assessed cells, the employees'
# representatives' involvement, and the equality figures per year with the pay survey's levels.
ARP_RISK = Table(
    "arp_risk",
    "ArpRisk",
    QT_TRANSLATE_NOOP("PlanFields", "Risk map"),
    key="arp_risks",
    order=("id",),
    parent_column="plan_id",
    next_cycle=True,  # last year's map is where this year's assessment starts
    links=(Link("gap", "gap", "gap", column="gap_id"),),
    fields=(
        _choice(
            "ground", Ground, None, QT_TRANSLATE_NOOP("PlanFields", "Discrimination ground"), blank=False
        ),
        _choice("area", HrArea, None, QT_TRANSLATE_NOOP("PlanFields", "HR area"), blank=False),
        _choice("state", RiskState, None, QT_TRANSLATE_NOOP("PlanFields", "Assessment"), blank=False),
        Field("cause", "text", None, QT_TRANSLATE_NOOP("PlanFields", "Causes found")),
    ),
)

ARP_INVOLVEMENT = Table(
    "arp_involvement",
    "ArpInvolvement",
    QT_TRANSLATE_NOOP("PlanFields", "Involvement of the employees' representatives"),
    key="arp_involvement",
    parent_column="plan_id",
    fields=(
        Field("held_on", "date?", None, QT_TRANSLATE_NOOP("PlanFields", "Date")),
        Field("who", "text", None, QT_TRANSLATE_NOOP("PlanFields", "Who took part")),
        _choice("step", InvolvementStep, None, QT_TRANSLATE_NOOP("PlanFields", "Step of the work")),
        Field("topic", "text", None, QT_TRANSLATE_NOOP("PlanFields", "What was discussed")),
    ),
)

ARP_PAY_LEVEL = Table(
    "arp_pay_level",
    "ArpPayLevel",
    QT_TRANSLATE_NOOP("PlanFields", "Pay by job level"),
    key="pay_levels",
    parent_column="arp_year_id",
    next_cycle=True,
    fields=(
        Field("level", "text", None, QT_TRANSLATE_NOOP("PlanFields", "Job level")),
        Field("women", "count?", None, QT_TRANSLATE_NOOP("PlanFields", "Women")),
        Field("men", "count?", None, QT_TRANSLATE_NOOP("PlanFields", "Men")),
        Field("women_pay", "number?", None, QT_TRANSLATE_NOOP("PlanFields", "Women's average pay (kr)")),
        Field("men_pay", "number?", None, QT_TRANSLATE_NOOP("PlanFields", "Men's average pay (kr)")),
    ),
)


def _counts(labels: dict[str, str]) -> tuple[Field, ...]:
    return tuple(Field(name, "count?", None, text) for name, text in labels.items())


ARP_YEAR = Table(
    "arp_year",
    "ArpYear",
    QT_TRANSLATE_NOOP("PlanFields", "Equality figures per year"),
    key="arp_years",
    parent_column="plan_id",
    next_cycle=True,  # the years before: the two-yearly survey's last year, and the report's comparison
    children=(ARP_PAY_LEVEL,),
    fields=(
        Field("year", "count?", None, QT_TRANSLATE_NOOP("PlanFields", "Year")),
        *_counts(
            {
                "women": QT_TRANSLATE_NOOP("PlanFields", "Women employed"),
                "men": QT_TRANSLATE_NOOP("PlanFields", "Men employed"),
                "temporary_women": QT_TRANSLATE_NOOP("PlanFields", "Temporary staff, women"),
                "temporary_men": QT_TRANSLATE_NOOP("PlanFields", "Temporary staff, men"),
                "part_time_women": QT_TRANSLATE_NOOP("PlanFields", "Part-time staff, women"),
                "part_time_men": QT_TRANSLATE_NOOP("PlanFields", "Part-time staff, men"),
                "leave_women": QT_TRANSLATE_NOOP("PlanFields", "Women who took parental leave"),
                "leave_men": QT_TRANSLATE_NOOP("PlanFields", "Men who took parental leave"),
            }
        ),
        Field(
            "leave_weeks_women",
            "number?",
            None,
            QT_TRANSLATE_NOOP("PlanFields", "Average weeks of parental leave, women"),
        ),
        Field(
            "leave_weeks_men",
            "number?",
            None,
            QT_TRANSLATE_NOOP("PlanFields", "Average weeks of parental leave, men"),
        ),
        *_counts(
            {
                "involuntary_women": QT_TRANSLATE_NOOP("PlanFields", "Involuntary part-time, women"),
                "involuntary_men": QT_TRANSLATE_NOOP("PlanFields", "Involuntary part-time, men"),
            }
        ),
        Field("note", "text", None, QT_TRANSLATE_NOOP("PlanFields", "Note")),
    ),
)

PLAN = Table(
    "plan",
    "Plan",
    QT_TRANSLATE_NOOP("PlanFields", "Plan"),
    order=(),
    internal=("previous_plan_id", "deleted_at"),
    children=(
        PARTICIPANT,
        NEED,
        GAP,
        STRENGTH,
        GOAL,
        MEASURE,
        LESSON,
        BOARD_DECISION,
        ARP_RISK,
        ARP_INVOLVEMENT,
        ARP_YEAR,
    ),
    fields=(
        Field("name", "name", P, QT_TRANSLATE_NOOP("PlanFields", "Name of the plan")),
        Field("created_at", "datetime", None, QT_TRANSLATE_NOOP("PlanFields", "Created")),
        Field("updated_at", "datetime", None, QT_TRANSLATE_NOOP("PlanFields", "Last changed")),
        Field(
            "current_step",
            "choice",
            None,
            QT_TRANSLATE_NOOP("PlanFields", "Step open"),
            choices=choice(Step, blank=False),
        ),
        Field("is_example", "bool", None, QT_TRANSLATE_NOOP("PlanFields", "Example plan")),
        Field("period_start", "date?", P, QT_TRANSLATE_NOOP("PlanFields", "Period from")),
        Field("period_end", "date?", P, QT_TRANSLATE_NOOP("PlanFields", "Period to")),
        # The business: the same in the next round.
        *_texts(
            P,
            {
                "org_name": QT_TRANSLATE_NOOP("PlanFields", "Business"),
                "org_number": QT_TRANSLATE_NOOP("PlanFields", "Organisation number"),
                "industry": QT_TRANSLATE_NOOP("PlanFields", "Industry"),
            },
            next_cycle=True,
            counts=PART,
        ),
        Field(
            "employees",
            "count?",
            P,
            QT_TRANSLATE_NOOP("PlanFields", "Employees"),
            next_cycle=True,
            counts=PART,
        ),
        Field(
            "municipality",
            "text",
            P,
            QT_TRANSLATE_NOOP("PlanFields", "Municipality"),
            next_cycle=True,
            counts=PART,
        ),
        Field("county", "text", P, QT_TRANSLATE_NOOP("PlanFields", "County"), next_cycle=True),
        Field(
            "contact_person",
            "text",
            P,
            QT_TRANSLATE_NOOP("PlanFields", "Contact person"),
            next_cycle=True,
            counts=PART,
        ),
        *_texts(
            P,
            {
                "contact_email": QT_TRANSLATE_NOOP("PlanFields", "E-mail"),
                "contact_phone": QT_TRANSLATE_NOOP("PlanFields", "Phone"),
            },
            next_cycle=True,
        ),
        Field(
            "problem_statement",
            "text",
            P,
            QT_TRANSLATE_NOOP("PlanFields", "The question we work from"),
            next_cycle=True,
            counts=PART,
        ),
        # Step 1: needs exploration.
        *_texts(
            N,
            {
                "labour_need": QT_TRANSLATE_NOOP("PlanFields", "Labour need"),
                "new_ways_of_working": QT_TRANSLATE_NOOP("PlanFields", "New ways of working"),
                "target_group_needs": QT_TRANSLATE_NOOP("PlanFields", "Needs of the target group"),
                "question_employer_need": QT_TRANSLATE_NOOP("PlanFields", "What does the employer need?"),
                "question_outside_need": QT_TRANSLATE_NOOP("PlanFields", "What do people outside work need?"),
                "question_other_positions": QT_TRANSLATE_NOOP("PlanFields", "Other kinds of positions?"),
                "question_seen_as_resources": QT_TRANSLATE_NOOP("PlanFields", "Seen as resources?"),
                "data_sources": QT_TRANSLATE_NOOP("PlanFields", "Data and statistics used"),
            },
            counts=PART,
        ),
        Field("narrowing", "text", N, QT_TRANSLATE_NOOP("PlanFields", "What we narrow down to")),
        Field(
            "workshop_date", "date?", N, QT_TRANSLATE_NOOP("PlanFields", "Workshop date"), counts="workshop"
        ),
        *_texts(
            N,
            {
                "workshop_time": QT_TRANSLATE_NOOP("PlanFields", "Workshop time"),
                "workshop_place": QT_TRANSLATE_NOOP("PlanFields", "Workshop place"),
            },
        ),
        Field(
            "workshop_summary",
            "text",
            N,
            QT_TRANSLATE_NOOP("PlanFields", "Workshop summary"),
            counts="workshop",
        ),
        Field(
            "employer_needs_visible",
            "bool",
            N,
            QT_TRANSLATE_NOOP("PlanFields", "The employer's needs are visible"),
            counts="visible",
        ),
        Field(
            "target_group_needs_visible",
            "bool",
            N,
            QT_TRANSLATE_NOOP("PlanFields", "The target group's needs are visible"),
            counts="visible",
        ),
        # Step 4: roles, follow-up, competence and support: the same people in the next round.
        *_texts(
            M,
            {
                "work_owner": QT_TRANSLATE_NOOP("PlanFields", "Owner of the work"),
                "operational_responsible": QT_TRANSLATE_NOOP("PlanFields", "Operational responsible"),
                "follow_up_method": QT_TRANSLATE_NOOP("PlanFields", "How we follow up"),
            },
            next_cycle=True,
            counts="roles",
        ),
        _choice(
            "reporting_frequency",
            Frequency,
            M,
            QT_TRANSLATE_NOOP("PlanFields", "Reporting"),
            next_cycle=True,
            counts="roles",
        ),
        *_texts(
            M,
            {
                "anchoring": QT_TRANSLATE_NOOP("PlanFields", "Anchoring"),
                "training_needs": QT_TRANSLATE_NOOP("PlanFields", "Training needs"),
                "external_support": QT_TRANSLATE_NOOP("PlanFields", "External support"),
                "follow_up_framework": QT_TRANSLATE_NOOP("PlanFields", "Follow-up of new employees"),
            },
            next_cycle=True,
            counts="roles",
        ),
        # Step 4: the budget's settings and the report's language carry over; the approval is this round's.
        Field(
            "report_language",
            "choice",
            M,
            QT_TRANSLATE_NOOP("PlanFields", "Language of the printed report"),
            choices=choice(("nb", "en"), blank=False),
            next_cycle=True,
        ),
        Field(
            "hourly_cost", "number?", M, QT_TRANSLATE_NOOP("PlanFields", "Hourly cost (kr)"), next_cycle=True
        ),
        Field(
            "holiday_pay_percent",
            "number?",
            M,
            QT_TRANSLATE_NOOP("PlanFields", "Holiday pay (%)"),
            next_cycle=True,
        ),
        Field(
            "pension_percent",
            "number?",
            M,
            QT_TRANSLATE_NOOP("PlanFields", "Occupational pension (%)"),
            next_cycle=True,
        ),
        Field(
            "contribution_percent",
            "number?",
            M,
            QT_TRANSLATE_NOOP("PlanFields", "Employer's contribution (%)"),
            next_cycle=True,
        ),
        Field("approved_on", "date?", M, QT_TRANSLATE_NOOP("PlanFields", "Decided on")),
        Field("approved_by", "text", M, QT_TRANSLATE_NOOP("PlanFields", "Decided by")),
        # Step 5: evaluation and learning.
        *_texts(
            E,
            {
                "practice_integration": QT_TRANSLATE_NOOP("PlanFields", "How insight becomes daily practice"),
                "experiences_to_share": QT_TRANSLATE_NOOP("PlanFields", "Experiences to share"),
                "celebrations": QT_TRANSLATE_NOOP("PlanFields", "What we celebrate"),
            },
            counts=PART,
        ),
        # The equality duty (ARP, ``domain.arp``): what decides it, and the report's own texts.
        Field(
            "employer_sector",
            "choice",
            P,
            QT_TRANSLATE_NOOP("PlanFields", "Employer"),
            choices=choice(Sector, blank=False),
            next_cycle=True,
        ),
        Field(
            "arp_requested",
            "bool",
            P,
            QT_TRANSLATE_NOOP("PlanFields", "A party in the workplace has asked for the four steps"),
            next_cycle=True,
        ),
        Field(
            "arp_document",
            "bool",
            None,
            QT_TRANSLATE_NOOP("PlanFields", "We document our equality work"),
            next_cycle=True,
        ),
        Field(
            "privacy_threshold",
            "count?",
            None,
            QT_TRANSLATE_NOOP("PlanFields", "Hide figures of fewer persons than"),
            next_cycle=True,
        ),
        *_texts(
            None,
            {
                "arp_principles": QT_TRANSLATE_NOOP("PlanFields", "Principles, procedures and standards"),
                "arp_responsible": QT_TRANSLATE_NOOP(
                    "PlanFields", "Who is responsible for the equality work"
                ),
            },
            next_cycle=True,
        ),
    ),
)

# The user's own contacts: global, not per plan; a plan file carries those its measures use.
CONTACT = Table(
    "contact",
    "Contact",
    QT_TRANSLATE_NOOP("PlanFields", "Own contacts"),
    key="contacts",
    ref="contact",
    order=(),  # in a plan file: in the order the measures first use them
    fields=(
        Field("name", label=QT_TRANSLATE_NOOP("PlanFields", "Name")),
        Field("kind", "key", label=QT_TRANSLATE_NOOP("PlanFields", "Kind"), max_length=20),
        *_texts(
            None,
            {
                "organisation": QT_TRANSLATE_NOOP("PlanFields", "Organisation"),
                "role": QT_TRANSLATE_NOOP("PlanFields", "Role"),
                "phone": QT_TRANSLATE_NOOP("PlanFields", "Phone"),
                "email": QT_TRANSLATE_NOOP("PlanFields", "E-mail"),
                "url": QT_TRANSLATE_NOOP("PlanFields", "Web address"),
                "note": QT_TRANSLATE_NOOP("PlanFields", "Note"),
            },
        ),
        Field("areas", label=QT_TRANSLATE_NOOP("PlanFields", "Areas"), keys=True),
        Field("target_groups", label=QT_TRANSLATE_NOOP("PlanFields", "Target groups"), keys=True),
        Field("created_at", "datetime", label=QT_TRANSLATE_NOOP("PlanFields", "Created")),
    ),
)

# Tables of the database that only join two others: the two ids and the link's place in its list (a list
# of links keeps the order the user gave it), and the row's version, who and when (``ROW_TRACKING``: two
# people changing one measure's goals are told, as for a field); no fields of their own.
JOIN_TABLES = {"measure_goal": ("measure_id", "goal_id", "position", *ROW_TRACKING)}


def label_of(item: Field | Table) -> str:
    """A field's or a list's name in the user's language."""
    return QCoreApplication.translate("PlanFields", item.label)


def tables() -> tuple[Table, ...]:
    """Every described table: the plan's tree, then the contacts."""
    return (*PLAN.walk(), CONTACT)


def editable_contact_fields() -> tuple[Field, ...]:
    """What the user edits of an own contact (all but when it was made)."""
    return tuple(f for f in CONTACT.fields if f.kind != "datetime")
