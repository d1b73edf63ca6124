"""The activity and reporting duty (aktivitets- og redegjørelsesplikten, ARP): which duty a business has,
and the risk map of discrimination grounds against HR areas.

Facts and sources: ``shared/docs/ARP-FACTS.md`` (the law: likestillings- og diskrimineringsloven,
LOV-2017-06-16-51, §§ 26, 26a, 26b).

- **Every employer** has the activity duty (§ 26 first paragraph): work actively, purposefully and
  systematically against discrimination — at least in recruitment, pay and working conditions, promotion,
  development, adaptation, combining work and family life, and against harassment — and must be able to
  document that work when asked.
- **Public employers and private employers with more than 50 employees** must also follow the four steps
  with the employees' representatives and report each year (§ 26 second paragraph, § 26a).
- **Private employers with 20–50 employees** must do the same when a party in working life asks.
- The count is the **average number of employees over the accounting year**, as persons, not full-time
  equivalents. Sources disagree on "more than 50" (Bufdir, PwC) and "50 or more" (NHO, Grant Thornton):
  a business of exactly 50 is told so and asked to check.

The decision is made from the plan's profile (``employees``, ``employer_sector``, ``arp_requested``) by
``duty_decision``; the window, the "Now" reminders and the report draft all ask this one function.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from verktoykasse.storage.models import ArpRisk, Plan

_CONTEXT = "Arp"

SMALLEST_ON_REQUEST = 20  # private employers from 20 employees …
LARGEST_ON_REQUEST = 50  # … up to 50 follow the method when a party asks; above, always


class Sector(StrEnum):
    PRIVATE = "private"
    PUBLIC = "public"


class Duty(StrEnum):
    UNKNOWN = "unknown"  # the number of employees is missing: nothing can be decided
    ACTIVITY = "activity"  # every employer: the activity duty, documented when asked
    ACTIVITY_UNLESS_ASKED = "activity_unless_asked"  # private 20–50: the full duty once a party asks
    FULL = "full"  # the four steps with the representatives, and a yearly report


class Ground(StrEnum):
    """The discrimination grounds of the act (§ 6), as the risk map's rows."""

    GENDER = "gender"
    PREGNANCY = "pregnancy_leave"
    ETHNICITY = "ethnicity"
    RELIGION = "religion"
    DISABILITY = "disability"
    SEXUAL_ORIENTATION = "sexual_orientation"
    GENDER_IDENTITY = "gender_identity"
    AGE = "age"
    CARE = "care_duties"


class HrArea(StrEnum):
    """The HR areas the activity duty names at least (§ 26), as the risk map's columns."""

    RECRUITMENT = "recruitment"
    PAY = "pay_conditions"
    PROMOTION = "promotion"
    DEVELOPMENT = "development"
    ADAPTATION = "adaptation"
    FAMILY = "work_family"
    HARASSMENT = "harassment"


class RiskState(StrEnum):
    NOT_ASSESSED = ""
    NO_RISK = "no_risk"
    RISK = "risk"


class InvolvementStep(StrEnum):
    """Which of the four steps a meeting with the representatives was about."""

    RISKS = "risks"
    CAUSES = "causes"
    MEASURES = "measures"
    EVALUATION = "evaluation"
    REPORT = "report"


GROUNDS: dict[str, str] = {
    Ground.GENDER: QT_TRANSLATE_NOOP("Arp", "Gender"),
    Ground.PREGNANCY: QT_TRANSLATE_NOOP("Arp", "Pregnancy and leave"),
    Ground.ETHNICITY: QT_TRANSLATE_NOOP("Arp", "Ethnicity"),
    Ground.RELIGION: QT_TRANSLATE_NOOP("Arp", "Religion and belief"),
    Ground.DISABILITY: QT_TRANSLATE_NOOP("Arp", "Disability"),
    Ground.SEXUAL_ORIENTATION: QT_TRANSLATE_NOOP("Arp", "Sexual orientation"),
    Ground.GENDER_IDENTITY: QT_TRANSLATE_NOOP("Arp", "Gender identity and expression"),
    Ground.AGE: QT_TRANSLATE_NOOP("Arp", "Age"),
    Ground.CARE: QT_TRANSLATE_NOOP("Arp", "Care duties"),
}

HR_AREAS: dict[str, str] = {
    HrArea.RECRUITMENT: QT_TRANSLATE_NOOP("Arp", "Recruitment"),
    HrArea.PAY: QT_TRANSLATE_NOOP("Arp", "Pay and working conditions"),
    HrArea.PROMOTION: QT_TRANSLATE_NOOP("Arp", "Promotion"),
    HrArea.DEVELOPMENT: QT_TRANSLATE_NOOP("Arp", "Development"),
    HrArea.ADAPTATION: QT_TRANSLATE_NOOP("Arp", "Adaptation"),
    HrArea.FAMILY: QT_TRANSLATE_NOOP("Arp", "Work and family life"),
    HrArea.HARASSMENT: QT_TRANSLATE_NOOP("Arp", "Harassment"),
}

RISK_STATES: dict[str, str] = {
    RiskState.NOT_ASSESSED: QT_TRANSLATE_NOOP("Arp", "Not assessed"),
    RiskState.NO_RISK: QT_TRANSLATE_NOOP("Arp", "No risk found"),
    RiskState.RISK: QT_TRANSLATE_NOOP("Arp", "Risk"),
}

SECTORS: dict[str, str] = {
    Sector.PRIVATE: QT_TRANSLATE_NOOP("Arp", "Private"),
    Sector.PUBLIC: QT_TRANSLATE_NOOP("Arp", "Public"),
}

INVOLVEMENT_STEPS: dict[str, str] = {
    InvolvementStep.RISKS: QT_TRANSLATE_NOOP("Arp", "1. Finding risks"),
    InvolvementStep.CAUSES: QT_TRANSLATE_NOOP("Arp", "2. Analysing causes"),
    InvolvementStep.MEASURES: QT_TRANSLATE_NOOP("Arp", "3. Measures"),
    InvolvementStep.EVALUATION: QT_TRANSLATE_NOOP("Arp", "4. Evaluating results"),
    InvolvementStep.REPORT: QT_TRANSLATE_NOOP("Arp", "The yearly report"),
}

# The four steps of § 26, and where the plan already holds each (the wizard's steps).
FOUR_STEPS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("Arp", "1. Find risks of discrimination and obstacles to equality"),
        QT_TRANSLATE_NOOP("Arp", "Needs exploration and gap analysis, and the risk map"),
    ),
    (
        QT_TRANSLATE_NOOP("Arp", "2. Analyse the causes of the risks found"),
        QT_TRANSLATE_NOOP("Arp", "Gap analysis (today and desired), and the causes in the risk map"),
    ),
    (
        QT_TRANSLATE_NOOP("Arp", "3. Put measures in place"),
        QT_TRANSLATE_NOOP("Arp", "Goals, KPIs and measures"),
    ),
    (
        QT_TRANSLATE_NOOP("Arp", "4. Evaluate the results"),
        QT_TRANSLATE_NOOP("Arp", "Evaluation and learning"),
    ),
)


def arp_text(text: str) -> str:
    """A text marked with ``QT_TRANSLATE_NOOP("Arp", …)`` here, in the user's language."""
    return QCoreApplication.translate("Arp", text)


def label(table: dict[str, str], key: str) -> str:
    """A key's label in the user's language; an unknown key (a newer version's) is shown as it is."""
    return QCoreApplication.translate("Arp", table[key]) if key in table else key


@dataclass(frozen=True)
class DutyDecision:
    """Which duty a business has, from its profile. ``full``: the four steps and the yearly report."""

    duty: Duty
    employees: int | None
    public: bool
    requested: bool

    @property
    def full(self) -> bool:
        return self.duty == Duty.FULL

    @property
    def borderline(self) -> bool:
        """Exactly 50: sources disagree whether "more than 50" or "50 or more" decides."""
        return not self.public and self.employees == LARGEST_ON_REQUEST

    def summary(self) -> str:
        """The duty in one line, for the profile and the report draft."""
        if self.duty == Duty.UNKNOWN:
            return QCoreApplication.translate(
                "Arp", "Which equality duty applies cannot be said yet: type the number of employees."
            )
        if self.duty == Duty.FULL:
            return QCoreApplication.translate(
                "Arp",
                "You have the activity duty and the reporting duty: follow the four steps together with "
                "the employees' representatives, and report on the work every year.",
            )
        if self.duty == Duty.ACTIVITY_UNLESS_ASKED:
            return QCoreApplication.translate(
                "Arp",
                "You have the activity duty. If a union representative or a majority of the employees "
                "asks, you must also follow the four steps and report every year.",
            )
        return QCoreApplication.translate(
            "Arp",
            "You have the activity duty, as every employer: work actively against discrimination and be "
            "able to document the work when asked. The four steps and the yearly report are not required.",
        )

    def reason(self) -> str:
        """Why, in plain words: the facts of the profile that decided it."""
        if self.duty == Duty.UNKNOWN:
            return QCoreApplication.translate("Arp", "The number of employees is missing (or 0).")
        if self.public:
            return QCoreApplication.translate("Arp", "A public employer has the full duty whatever its size.")
        count = self.employees or 0
        if count > LARGEST_ON_REQUEST:
            return QCoreApplication.translate(
                "Arp", "A private employer with more than 50 employees (on average over the year)."
            )
        if count >= SMALLEST_ON_REQUEST:
            if self.requested:
                return QCoreApplication.translate(
                    "Arp", "A private employer with 20–50 employees, and a party in the workplace has asked."
                )
            return QCoreApplication.translate(
                "Arp", "A private employer with 20–50 employees, and no party in the workplace has asked."
            )
        return QCoreApplication.translate("Arp", "A private employer with fewer than 20 employees.")

    def reference(self) -> str:
        """The legal reference for the duty, to check."""
        if self.full:
            return QCoreApplication.translate(
                "Arp",
                "The Equality and Anti-Discrimination Act (LOV-2017-06-16-51) § 26 first and second "
                "paragraphs and § 26a (Bufdir: the activity and reporting duty).",
            )
        return QCoreApplication.translate(
            "Arp", "The Equality and Anti-Discrimination Act (LOV-2017-06-16-51) § 26 first paragraph."
        )

    def caveat(self) -> str:
        """What the business must check itself (the count, and exactly 50)."""
        text = QCoreApplication.translate(
            "Arp",
            "Count the average number of employees over the accounting year, as persons, not full-time "
            "equivalents.",
        )
        if self.borderline:
            text += " " + QCoreApplication.translate(
                "Arp",
                "Sources disagree for exactly 50 employees: Bufdir says “more than 50”, NHO “50 or more”. "
                "Check with Bufdir or your employer organisation.",
            )
        return text


def duty_decision(
    employees: int | None, sector: str = Sector.PRIVATE, requested: bool = False
) -> DutyDecision:
    """Which duty a business with ``employees`` (average over the year) has.

    Public: the full duty. Private: more than 50, the full duty; 20–50, the full duty when a party has
    asked (``requested``), else the activity duty with that possibility; fewer than 20, the activity duty.
    No count (or 0) decides nothing, except for a public employer, whose duty does not depend on it.
    """
    public = sector == Sector.PUBLIC
    count = employees if employees is not None and employees > 0 else None
    if public:
        duty = Duty.FULL
    elif count is None:
        duty = Duty.UNKNOWN
    elif count > LARGEST_ON_REQUEST:
        duty = Duty.FULL
    elif count >= SMALLEST_ON_REQUEST:
        duty = Duty.FULL if requested else Duty.ACTIVITY_UNLESS_ASKED
    else:
        duty = Duty.ACTIVITY
    return DutyDecision(duty, count, public, requested)


def plan_duty(plan: Plan) -> DutyDecision:
    return duty_decision(plan.employees, plan.employer_sector or Sector.PRIVATE, bool(plan.arp_requested))


def shows_arp(plan: Plan) -> bool:
    """Whether the plan shows the ARP parts (risk map, representatives, figures, report draft): when the
    full duty applies, or when the business chose to document its work anyway (``arp_document``)."""
    return plan_duty(plan).full or bool(plan.arp_document)


def risk_cells(plan: Plan) -> dict[tuple[str, str], ArpRisk]:
    """The assessed cells of the risk map by (ground, area); a cell without a row is not assessed."""
    return {(risk.ground, risk.area): risk for risk in plan.arp_risks}


def describe_cell(risk: ArpRisk | None) -> str:
    """A cell of the risk map in words: "Not assessed", "No risk found", "Risk — see gap “…”"."""
    if risk is None or risk.state not in (RiskState.NO_RISK, RiskState.RISK):
        return label(RISK_STATES, RiskState.NOT_ASSESSED)
    if risk.state == RiskState.NO_RISK:
        return label(RISK_STATES, RiskState.NO_RISK)
    if risk.gap is not None:
        title = " ".join(risk.gap.title.split()) or QCoreApplication.translate("Arp", "(untitled)")
        return QCoreApplication.translate("Arp", "Risk — see gap “{gap}”").format(gap=title)
    return QCoreApplication.translate("Arp", "Risk — no gap linked yet")


def risk_counts(plan: Plan) -> dict[str, int]:
    """How many cells of the map are not assessed, without risk, and with a risk."""
    cells = risk_cells(plan)
    counts = {state.value: 0 for state in RiskState}
    for ground in Ground:
        for area in HrArea:
            risk = cells.get((ground, area))
            state = risk.state if risk is not None and risk.state in set(RiskState) else ""
            counts[state] += 1
    return counts


def risks(plan: Plan) -> list[ArpRisk]:
    """The cells marked as a risk, in the map's order (ground, then area)."""
    grounds, areas = list(Ground), list(HrArea)
    found = [
        r for r in plan.arp_risks if r.state == RiskState.RISK and r.ground in grounds and r.area in areas
    ]
    return sorted(found, key=lambda r: (grounds.index(Ground(r.ground)), areas.index(HrArea(r.area))))
