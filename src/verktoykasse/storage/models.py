"""The plan and everything the five steps capture, as typed SQLAlchemy models.

A plan owns its rows; lists carry a ``position`` so the user can reorder them. Vocabulary columns hold the
stable keys of ``domain.vocabulary`` (never translated text). Own contacts are global, not per plan, so
they serve every plan. Catalogue entries live in a shipped file, not here: a measure refers to them by their
stable ``entry_id``.

The annotations are evaluated as each class is made (this module has no ``from __future__ import
annotations``): SQLAlchemy then reads ≈300 column types as objects instead of evaluating each from its
text, ≈30 ms less while the data opens at start-up. Only the relationships, which name classes defined
further down, are written as text.
"""

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from verktoykasse.domain.vocabulary import CONTACT_DEFAULT_KIND

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Tracked:
    """Who changed a row last and when, and its version, for people editing one plan at once.

    ``version`` is raised by one at every change (SQLAlchemy's version counter): a save that finds another
    version than the one it loaded was overtaken by someone else's, and ``storage.editing`` then merges or
    asks (``EditConflict``). ``changed_by``/``changed_at`` are stamped on every write
    (``storage.editing.stamp_changes``) and shown as "Endret av Kari 10.12. 14:03". Never in a plan file.
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    changed_by: Mapped[str] = mapped_column(String(100), nullable=False, default="", server_default="")
    changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}


def _text() -> Mapped[str]:
    return mapped_column(Text, default="", server_default="", nullable=False)


def _flag() -> Mapped[bool]:
    return mapped_column(Boolean, default=False, server_default="0", nullable=False)


def _position() -> Mapped[int]:
    return mapped_column(Integer, default=0, server_default="0", nullable=False)


class Plan(Tracked, Base):
    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now, nullable=False)
    current_step: Mapped[str] = mapped_column(String(20), default="profile", server_default="profile")
    previous_plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="SET NULL"))
    is_example: Mapped[bool] = _flag()
    # When the plan was moved to the bin (``storage.plans.move_to_bin``); None while it is in use.
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)

    # Profile of the business
    org_name: Mapped[str] = _text()
    org_number: Mapped[str] = _text()
    industry: Mapped[str] = _text()
    employees: Mapped[int | None] = mapped_column(Integer)
    municipality: Mapped[str] = _text()
    county: Mapped[str] = _text()
    contact_person: Mapped[str] = _text()
    contact_email: Mapped[str] = _text()
    contact_phone: Mapped[str] = _text()
    problem_statement: Mapped[str] = _text()

    # Step 1 – Behovsutforskning
    labour_need: Mapped[str] = _text()  # which tasks, competences, experience
    new_ways_of_working: Mapped[str] = _text()  # "Enkla jobb", effect contracts, new kinds of posts
    target_group_needs: Mapped[str] = _text()  # needs and resources of people outside work
    question_employer_need: Mapped[str] = _text()  # seed 003, guiding question 1
    question_outside_need: Mapped[str] = _text()  # guiding question 2
    question_other_positions: Mapped[str] = _text()  # guiding question 3
    question_seen_as_resources: Mapped[str] = _text()  # guiding question 4
    data_sources: Mapped[str] = _text()
    narrowing: Mapped[str] = _text()
    workshop_date: Mapped[dt.date | None] = mapped_column(Date)
    workshop_time: Mapped[str] = _text()  # as the owner writes it: "09.00–12.00"
    workshop_place: Mapped[str] = _text()
    workshop_summary: Mapped[str] = _text()
    employer_needs_visible: Mapped[bool] = _flag()
    target_group_needs_visible: Mapped[bool] = _flag()

    # Step 4 – roles, follow-up, competence and support (seed 000 §4 and §6)
    work_owner: Mapped[str] = _text()
    operational_responsible: Mapped[str] = _text()
    follow_up_method: Mapped[str] = _text()
    reporting_frequency: Mapped[str] = mapped_column(String(20), default="", server_default="")
    anchoring: Mapped[str] = _text()
    training_needs: Mapped[str] = _text()
    external_support: Mapped[str] = _text()
    follow_up_framework: Mapped[str] = _text()

    # Step 4 – the board's decision and the budget (issue 14)
    report_language: Mapped[str] = mapped_column(String(5), default="nb", server_default="nb")
    hourly_cost: Mapped[float | None] = mapped_column(Float)  # kr an hour, for the measures' hours
    holiday_pay_percent: Mapped[float | None] = mapped_column(Float)  # None: the catalogue's default
    pension_percent: Mapped[float | None] = mapped_column(Float)
    contribution_percent: Mapped[float | None] = mapped_column(Float)
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    approved_by: Mapped[str] = _text()

    # Step 5 – Evaluering og læring
    practice_integration: Mapped[str] = _text()  # how insight becomes daily practice
    experiences_to_share: Mapped[str] = _text()
    celebrations: Mapped[str] = _text()

    # The equality duty (ARP, ``domain.arp``)
    employer_sector: Mapped[str] = mapped_column(String(20), default="private", server_default="private")
    arp_requested: Mapped[bool] = _flag()  # a union representative or a majority of employees asked
    arp_document: Mapped[bool] = _flag()  # shows the ARP parts though the full duty does not apply
    privacy_threshold: Mapped[int | None] = mapped_column(Integer)  # None: the default (5)
    arp_principles: Mapped[str] = _text()
    arp_responsible: Mapped[str] = _text()

    participants: "Mapped[list[Participant]]" = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Participant.position"
    )
    needs: "Mapped[list[Need]]" = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Need.position"
    )
    gaps: "Mapped[list[GapArea]]" = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="GapArea.position"
    )
    strengths: "Mapped[list[Strength]]" = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Strength.position"
    )
    goals: "Mapped[list[Goal]]" = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Goal.position"
    )
    measures: "Mapped[list[Measure]]" = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Measure.position"
    )
    lessons: "Mapped[list[Lesson]]" = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Lesson.position"
    )
    board_decisions: "Mapped[list[BoardDecision]]" = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="BoardDecision.position"
    )
    arp_risks: "Mapped[list[ArpRisk]]" = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="ArpRisk.id"
    )
    arp_involvement: "Mapped[list[ArpInvolvement]]" = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="ArpInvolvement.position"
    )
    arp_years: "Mapped[list[ArpYear]]" = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="ArpYear.position"
    )


class Participant(Tracked, Base):
    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = _position()
    name: Mapped[str] = _text()
    organisation: Mapped[str] = _text()  # role or organisation, e.g. "Nav Fredrikstad"
    kind: Mapped[str] = mapped_column(String(20), default="other", server_default="other")
    in_workshop: Mapped[bool] = _flag()
    email: Mapped[str] = _text()  # for the workshop invitation's mailto: link

    plan: "Mapped[Plan]" = relationship(back_populates="participants")


class Need(Tracked, Base):
    __tablename__ = "need"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = _position()
    side: Mapped[str] = mapped_column(String(20), default="employer", server_default="employer")
    description: Mapped[str] = _text()
    resources: Mapped[str] = _text()  # competences and experience the side brings
    selected: Mapped[bool] = _flag()  # the narrowed part the work goes on with

    plan: "Mapped[Plan]" = relationship(back_populates="needs")


class GapArea(Tracked, Base):
    __tablename__ = "gap_area"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = _position()
    template_key: Mapped[str] = mapped_column(String(40), default="", server_default="")
    title: Mapped[str] = _text()
    current_situation: Mapped[str] = _text()
    desired_situation: Mapped[str] = _text()
    current_score: Mapped[int | None] = mapped_column(Integer)
    desired_score: Mapped[int | None] = mapped_column(Integer)
    # The workshop's dot votes per score 1–5 ("0,2,5,3,1"; "" when none): the scores are their median.
    current_dots: Mapped[str] = _text()
    desired_dots: Mapped[str] = _text()
    sdg4: Mapped[bool] = _flag()
    sdg8: Mapped[bool] = _flag()
    sdg10: Mapped[bool] = _flag()
    sdg17: Mapped[bool] = _flag()
    expected_effect: Mapped[int | None] = mapped_column(Integer)  # 1–5
    priority: Mapped[str] = mapped_column(String(10), default="", server_default="")
    works_well: Mapped[str] = _text()

    plan: "Mapped[Plan]" = relationship(back_populates="gaps")
    goals: "Mapped[list[Goal]]" = relationship(back_populates="gap", order_by="Goal.position")
    arp_risks: "Mapped[list[ArpRisk]]" = relationship(back_populates="gap", order_by="ArpRisk.id")


class Strength(Tracked, Base):
    """Something that already works well: to be highlighted, reinforced and celebrated (seed 001)."""

    __tablename__ = "strength"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = _position()
    description: Mapped[str] = _text()
    celebration: Mapped[str] = _text()

    plan: "Mapped[Plan]" = relationship(back_populates="strengths")


class MeasureGoal(Tracked, Base):
    """A measure serves a goal. ``position`` is the goal's place among the measure's goals, in the order
    the user gave them (the first is the one it mainly serves); ``storage.link_order`` writes it, and
    the version, who and when: the links are written through ``Measure.goals``, beside the ORM's version
    counter, so a change of a measure's links raises the version of all of them and stamps them, and
    ``storage.editing.set_measure_goals`` finds a colleague's change before overwriting it."""

    __tablename__ = "measure_goal"

    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = _position()


class Goal(Tracked, Base):
    __tablename__ = "goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    gap_id: Mapped[int | None] = mapped_column(ForeignKey("gap_area.id", ondelete="SET NULL"), index=True)
    position: Mapped[int] = _position()
    title: Mapped[str] = _text()
    change: Mapped[str] = _text()  # clear: what changes or improves
    relevance: Mapped[str] = _text()  # relevant: to the business's needs and capacity
    measurable: Mapped[str] = _text()  # measurable: how progress is followed

    plan: "Mapped[Plan]" = relationship(back_populates="goals")
    gap: "Mapped[GapArea | None]" = relationship(back_populates="goals")
    kpis: "Mapped[list[Kpi]]" = relationship(
        back_populates="goal", cascade="all, delete-orphan", order_by="Kpi.position"
    )
    measures: "Mapped[list[Measure]]" = relationship(
        secondary="measure_goal", back_populates="goals", order_by="Measure.position"
    )


class Kpi(Tracked, Base):
    __tablename__ = "kpi"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = _position()
    name: Mapped[str] = _text()
    unit: Mapped[str] = _text()
    baseline: Mapped[float | None] = mapped_column(Float)
    target: Mapped[float | None] = mapped_column(Float)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    frequency: Mapped[str] = mapped_column(String(20), default="quarterly", server_default="quarterly")
    data_source: Mapped[str] = _text()
    measured_by: Mapped[str] = _text()
    direction: Mapped[str] = mapped_column(String(10), default="higher", server_default="higher")

    goal: "Mapped[Goal]" = relationship(back_populates="kpis")
    measurements: "Mapped[list[Measurement]]" = relationship(
        back_populates="kpi", cascade="all, delete-orphan", order_by="Measurement.measured_on"
    )

    # Whether the KPI had a measurement when ``storage.editing.load_plan`` read its plan without the
    # measurements (the wizard does, for the step list's figures): a large plan's 1,440 measurements need
    # not become objects to answer that. ``None`` when not read that way, and again once the KPI is
    # expired (a rollback, a reload), so an answer is never older than what the session holds.
    measured_when_read = None

    @property
    def measurements_read(self) -> bool:
        """Whether the list of measurements is in the session (an unread list is not in the ORM's state)."""
        return "measurements" in self.__dict__

    @property
    def measured(self) -> bool:
        """Whether the KPI has at least one measurement: its list when that is read, else the answer read
        with the plan (or the list read now)."""
        if self.measured_when_read is None or self.measurements_read:
            return bool(self.measurements)
        return self.measured_when_read


@event.listens_for(Kpi, "expire")
def _forget_measured(kpi: Kpi | None, _attributes: object) -> None:
    if kpi is not None and kpi.measured_when_read is not None:  # None: a KPI already collected
        kpi.measured_when_read = None


class Measure(Tracked, Base):
    __tablename__ = "measure"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = _position()
    title: Mapped[str] = _text()
    description: Mapped[str] = _text()
    area: Mapped[str] = _text()  # seed 002's "area → measure": e.g. "Rekrutteringspraksis"
    priority: Mapped[str] = mapped_column(String(10), default="", server_default="")
    owner: Mapped[str] = _text()
    responsible: Mapped[str] = _text()
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    cost_nok: Mapped[float | None] = mapped_column(Float)
    hours: Mapped[float | None] = mapped_column(Float)
    resource_note: Mapped[str] = _text()
    expected_effect: Mapped[str] = _text()
    status: Mapped[str] = mapped_column(String(20), default="planned", server_default="planned")
    # A measure that recurs (a quarterly meeting with Nav) rather than ends: a frequency key, "" when it
    # does not recur, and the last day it recurs (empty: as long as the plan's period runs).
    recurrence: Mapped[str] = mapped_column(String(20), default="", server_default="")
    recurrence_end: Mapped[dt.date | None] = mapped_column(Date)
    # Step 5, per measure
    what_was_done: Mapped[str] = _text()
    outcome: Mapped[str] = _text()

    plan: "Mapped[Plan]" = relationship(back_populates="measures")
    goals: "Mapped[list[Goal]]" = relationship(
        secondary="measure_goal",
        back_populates="measures",
        order_by="(MeasureGoal.position, Goal.position, Goal.id)",
    )
    milestones: "Mapped[list[Milestone]]" = relationship(
        back_populates="measure", cascade="all, delete-orphan", order_by="Milestone.position"
    )
    resources_used: "Mapped[list[MeasureResource]]" = relationship(
        back_populates="measure", cascade="all, delete-orphan", order_by="MeasureResource.id"
    )
    planned_hires: "Mapped[list[PlannedHire]]" = relationship(
        back_populates="measure", cascade="all, delete-orphan", order_by="PlannedHire.position"
    )
    occurrences: "Mapped[list[MeasureOccurrence]]" = relationship(
        back_populates="measure", cascade="all, delete-orphan", order_by="MeasureOccurrence.due_on"
    )


class MeasureOccurrence(Tracked, Base):
    """One time a recurring measure was held: the date it was due, the day it was held, and a note."""

    __tablename__ = "measure_occurrence"

    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), index=True)
    due_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = _text()

    measure: "Mapped[Measure]" = relationship(back_populates="occurrences")


class Milestone(Tracked, Base):
    __tablename__ = "milestone"

    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = _position()
    title: Mapped[str] = _text()
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    done: Mapped[bool] = _flag()

    measure: "Mapped[Measure]" = relationship(back_populates="milestones")


class PlannedHire(Tracked, Base):
    """A hire a measure plans, with the Nav schemes it uses: what the subsidy estimate reads."""

    __tablename__ = "planned_hire"

    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = _position()
    label: Mapped[str] = _text()  # a role ("Lagermedarbeider"), not a person's name
    target_group: Mapped[str] = mapped_column(String(20), default="", server_default="")
    reduced_capacity: Mapped[bool] = _flag()  # Nav has assessed nedsatt arbeidsevne
    monthly_wage: Mapped[float | None] = mapped_column(Float)  # kr a month at 100 %
    job_percent: Mapped[float | None] = mapped_column(Float)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    schemes: Mapped[str] = _text()  # comma-separated keys of budget.subsidy's schemes
    mentor_hours: Mapped[float | None] = mapped_column(Float)  # a month
    mentor_hourly_wage: Mapped[float | None] = mapped_column(Float)
    extra_costs: Mapped[float | None] = mapped_column(Float)  # documented extra costs (inkluderingstilskudd)

    measure: "Mapped[Measure]" = relationship(back_populates="planned_hires")


class BoardDecision(Tracked, Base):
    """One thing the board is asked to decide ("Styret bes om å …"), written on the roles step."""

    __tablename__ = "board_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = _position()
    text: Mapped[str] = _text()

    plan: "Mapped[Plan]" = relationship(back_populates="board_decisions")


class MeasureResource(Tracked, Base):
    """A catalogue entry (by its stable id) or an own contact that a measure uses."""

    __tablename__ = "measure_resource"
    __table_args__ = (
        UniqueConstraint("measure_id", "catalogue_entry_id", "contact_id", name="uq_measure_resource"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), index=True)
    catalogue_entry_id: Mapped[str | None] = mapped_column(String(80))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))

    measure: "Mapped[Measure]" = relationship(back_populates="resources_used")
    contact: "Mapped[Contact | None]" = relationship()


class Measurement(Tracked, Base):
    __tablename__ = "measurement"

    id: Mapped[int] = mapped_column(primary_key=True)
    kpi_id: Mapped[int] = mapped_column(ForeignKey("kpi.id", ondelete="CASCADE"), index=True)
    measured_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    value: Mapped[float] = mapped_column(Float, nullable=False)
    note: Mapped[str] = _text()

    kpi: "Mapped[Kpi]" = relationship(back_populates="measurements")


class Lesson(Tracked, Base):
    __tablename__ = "lesson"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = _position()
    text: Mapped[str] = _text()
    carry_forward: Mapped[bool] = _flag()  # goes into the next cycle

    plan: "Mapped[Plan]" = relationship(back_populates="lessons")


class ArpRisk(Tracked, Base):
    """One assessed cell of the risk map: a discrimination ground in an HR area, with what was found.

    A cell without a row is not assessed. A risk points to the gap area where the plan works on it.
    """

    __tablename__ = "arp_risk"
    __table_args__ = (UniqueConstraint("plan_id", "ground", "area", name="uq_arp_risk_cell"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    gap_id: Mapped[int | None] = mapped_column(ForeignKey("gap_area.id", ondelete="SET NULL"))
    ground: Mapped[str] = mapped_column(String(40), nullable=False)
    area: Mapped[str] = mapped_column(String(40), nullable=False)
    state: Mapped[str] = mapped_column(String(20), default="", server_default="")
    cause: Mapped[str] = _text()

    plan: "Mapped[Plan]" = relationship(back_populates="arp_risks")
    gap: "Mapped[GapArea | None]" = relationship(back_populates="arp_risks")


class ArpInvolvement(Tracked, Base):
    """A meeting with the employees' representatives on the equality work (the law requires it)."""

    __tablename__ = "arp_involvement"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = _position()
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    who: Mapped[str] = _text()
    step: Mapped[str] = mapped_column(String(20), default="", server_default="")
    topic: Mapped[str] = _text()

    plan: "Mapped[Plan]" = relationship(back_populates="arp_involvement")


class ArpYear(Tracked, Base):
    """The equality figures of one year, typed by the user (persons; weeks of leave as an average)."""

    __tablename__ = "arp_year"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = _position()
    year: Mapped[int | None] = mapped_column(Integer)
    women: Mapped[int | None] = mapped_column(Integer)
    men: Mapped[int | None] = mapped_column(Integer)
    temporary_women: Mapped[int | None] = mapped_column(Integer)
    temporary_men: Mapped[int | None] = mapped_column(Integer)
    part_time_women: Mapped[int | None] = mapped_column(Integer)
    part_time_men: Mapped[int | None] = mapped_column(Integer)
    leave_women: Mapped[int | None] = mapped_column(Integer)
    leave_men: Mapped[int | None] = mapped_column(Integer)
    leave_weeks_women: Mapped[float | None] = mapped_column(Float)
    leave_weeks_men: Mapped[float | None] = mapped_column(Float)
    involuntary_women: Mapped[int | None] = mapped_column(Integer)
    involuntary_men: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = _text()

    plan: "Mapped[Plan]" = relationship(back_populates="arp_years")
    pay_levels: "Mapped[list[ArpPayLevel]]" = relationship(
        back_populates="arp_year", cascade="all, delete-orphan", order_by="ArpPayLevel.position"
    )


class ArpPayLevel(Tracked, Base):
    """One job level of a year's pay survey: how many women and men, and their average pay."""

    __tablename__ = "arp_pay_level"

    id: Mapped[int] = mapped_column(primary_key=True)
    arp_year_id: Mapped[int] = mapped_column(ForeignKey("arp_year.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = _position()
    level: Mapped[str] = _text()
    women: Mapped[int | None] = mapped_column(Integer)
    men: Mapped[int | None] = mapped_column(Integer)
    women_pay: Mapped[float | None] = mapped_column(Float)
    men_pay: Mapped[float | None] = mapped_column(Float)

    arp_year: "Mapped[ArpYear]" = relationship(back_populates="pay_levels")


class Contact(Tracked, Base):
    """The user's own contacts (local Nav office, a mentor), shown beside the built-in catalogue."""

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    kind: Mapped[str] = mapped_column(
        String(20), default=CONTACT_DEFAULT_KIND, server_default=CONTACT_DEFAULT_KIND
    )
    organisation: Mapped[str] = _text()
    role: Mapped[str] = _text()
    phone: Mapped[str] = _text()
    email: Mapped[str] = _text()
    url: Mapped[str] = _text()
    note: Mapped[str] = _text()
    areas: Mapped[str] = _text()  # comma-separated toolbox area keys
    target_groups: Mapped[str] = _text()  # comma-separated target group keys
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, nullable=False)
