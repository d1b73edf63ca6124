"""Ready-made content the user can insert into a plan, and the short guidance shown beside each step.

Written in our own words from the source documents (seeds 000–003), for the owner of a small business,
not a consultant: short, warm and plain. English source strings, marked with ``QT_TRANSLATE_NOOP`` and
translated when asked for, so the functions below always answer in the user's current language.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from verktoykasse.domain.labels import GAP_TEMPLATE_TITLES, gap_template_title
from verktoykasse.domain.vocabulary import Direction, Frequency, Step

# Fields that hold keys or ids, never shown text.
_KEYS = frozenset({"key", "direction", "frequency", "gap_key", "step", "catalogue_ids", "sdgs"})


def _translated(item, context: str, **already: str):
    """A copy of a frozen dataclass with every text field (and tuple of texts) translated."""
    changes: dict[str, object] = dict(already)
    for field in fields(item):
        value = getattr(item, field.name)
        if field.name in _KEYS or field.name in changes:
            continue
        if isinstance(value, str) and value:
            changes[field.name] = QCoreApplication.translate(context, value)
        elif isinstance(value, tuple):
            changes[field.name] = tuple(QCoreApplication.translate(context, text) for text in value)
    return replace(item, **changes)


# --- Step 2: the five typical gap areas (seed 000 §1) ------------------------------------------------


@dataclass(frozen=True)
class GapTemplate:
    key: str  # stored in GapArea.template_key
    title: str  # from ``labels.GAP_TEMPLATE_TITLES`` (context "Labels"), shared with the reports
    description: str
    current_prompt: str  # helps the user describe today
    desired_prompt: str  # helps the user describe where they want to be
    sdgs: tuple[int, ...]  # the SDGs this area usually touches


_GAP_TEMPLATES = (
    GapTemplate(
        key="diversity",
        title=GAP_TEMPLATE_TITLES["diversity"],
        description=QT_TRANSLATE_NOOP(
            "Templates", "Who works here today, and who is missing compared with the people around you?"
        ),
        current_prompt=QT_TRANSLATE_NOOP(
            "Templates",
            "For example: most of us are alike in age and background; nobody has a known disability "
            "or came to us after a long time outside work.",
        ),
        desired_prompt=QT_TRANSLATE_NOOP(
            "Templates",
            "For example: the team reflects the town we work in, and newcomers feel welcome from day one.",
        ),
        sdgs=(8, 10),
    ),
    GapTemplate(
        key="recruitment",
        title=GAP_TEMPLATE_TITLES["recruitment"],
        description=QT_TRANSLATE_NOOP(
            "Templates", "How you find, choose and take in new people: adverts, channels, interviews."
        ),
        current_prompt=QT_TRANSLATE_NOOP(
            "Templates",
            "For example: we hire through friends and family, ask for experience the job does not need, "
            "and a gap in the CV puts an applicant aside.",
        ),
        desired_prompt=QT_TRANSLATE_NOOP(
            "Templates",
            "For example: adverts ask only for what the job needs, we use Nav as a channel, and we meet "
            "candidates with a gap in the CV.",
        ),
        sdgs=(8, 10),
    ),
    GapTemplate(
        key="manager_competence",
        title=GAP_TEMPLATE_TITLES["manager_competence"],
        description=QT_TRANSLATE_NOOP(
            "Templates", "Whether those who lead people know how to adapt tasks, hours and training."
        ),
        current_prompt=QT_TRANSLATE_NOOP(
            "Templates",
            "For example: we adapt work when someone asks, but nobody has learnt how, and it depends on "
            "who is on shift.",
        ),
        desired_prompt=QT_TRANSLATE_NOOP(
            "Templates",
            "For example: every shift leader knows the basics of adapting work and where to get help.",
        ),
        sdgs=(4, 8),
    ),
    GapTemplate(
        key="external_cooperation",
        title=GAP_TEMPLATE_TITLES["external_cooperation"],
        description=QT_TRANSLATE_NOOP(
            "Templates", "Who outside the business you work with: Nav, job-training providers, non-profits."
        ),
        current_prompt=QT_TRANSLATE_NOOP(
            "Templates",
            "For example: we have no regular contact with Nav and do not know which schemes we could use.",
        ),
        desired_prompt=QT_TRANSLATE_NOOP(
            "Templates",
            "For example: we have a named contact at the local Nav office and one partner for work trials.",
        ),
        sdgs=(17, 8),
    ),
    GapTemplate(
        key="follow_up",
        title=GAP_TEMPLATE_TITLES["follow_up"],
        description=QT_TRANSLATE_NOOP(
            "Templates", "How new people are followed up after the first weeks, so that they stay."
        ),
        current_prompt=QT_TRANSLATE_NOOP(
            "Templates",
            "For example: training happens along the way, and nobody checks in after the first month.",
        ),
        desired_prompt=QT_TRANSLATE_NOOP(
            "Templates",
            "For example: each new person has a mentor, a plan for the first months and regular short talks.",
        ),
        sdgs=(8, 10),
    ),
)


def gap_templates() -> list[GapTemplate]:
    """The five gap areas every plan starts from, translated."""
    return [
        _translated(template, "Templates", title=gap_template_title(template.key))
        for template in _GAP_TEMPLATES
    ]


def gap_template(key: str) -> GapTemplate | None:
    return next((template for template in gap_templates() if template.key == key), None)


# --- Step 3: example goals with a suggested KPI (seed 000 §2) -----------------------------------------


@dataclass(frozen=True)
class GoalTemplate:
    key: str
    gap_key: str  # the gap area it usually answers
    title: str
    change: str  # clear: what changes
    relevance: str  # relevant: why it matters to the business
    measurable: str  # measurable: how progress is followed
    kpi_name: str
    kpi_unit: str
    direction: str  # Direction key
    frequency: str  # Frequency key


_GOAL_TEMPLATES = (
    GoalTemplate(
        key="inclusive_hiring",
        gap_key="recruitment",
        title=QT_TRANSLATE_NOOP("Templates", "More inclusive hiring in chosen roles"),
        change=QT_TRANSLATE_NOOP(
            "Templates", "More of the people we hire into chosen roles come from outside working life."
        ),
        relevance=QT_TRANSLATE_NOOP(
            "Templates", "We need hands, and many able people are waiting for a chance."
        ),
        measurable=QT_TRANSLATE_NOOP(
            "Templates",
            "We count each new hire and whether they came through Nav or another inclusion route.",
        ),
        kpi_name=QT_TRANSLATE_NOOP("Templates", "Share of new hires from the target groups"),
        kpi_unit=QT_TRANSLATE_NOOP("Templates", "%"),
        direction=Direction.HIGHER_IS_BETTER,
        frequency=Frequency.QUARTERLY,
    ),
    GoalTemplate(
        key="social_purchasing",
        gap_key="external_cooperation",
        title=QT_TRANSLATE_NOOP("Templates", "A social purchasing policy"),
        change=QT_TRANSLATE_NOOP(
            "Templates", "When we buy goods and services, we choose work-inclusion businesses where we can."
        ),
        relevance=QT_TRANSLATE_NOOP(
            "Templates", "Our purchases can give others a job without extra cost to us."
        ),
        measurable=QT_TRANSLATE_NOOP("Templates", "We check our supplier list once a year."),
        kpi_name=QT_TRANSLATE_NOOP("Templates", "Share of purchases from work-inclusion businesses"),
        kpi_unit=QT_TRANSLATE_NOOP("Templates", "%"),
        direction=Direction.HIGHER_IS_BETTER,
        frequency=Frequency.YEARLY,
    ),
    GoalTemplate(
        key="practice_places",
        gap_key="diversity",
        title=QT_TRANSLATE_NOOP("Templates", "Permanent places for work practice or apprentices"),
        change=QT_TRANSLATE_NOOP(
            "Templates",
            "We always have places ready for work practice or an apprentice, not just now and then.",
        ),
        relevance=QT_TRANSLATE_NOOP("Templates", "It is how we train the skilled people we will need later."),
        measurable=QT_TRANSLATE_NOOP("Templates", "We count the places in use at the end of each quarter."),
        kpi_name=QT_TRANSLATE_NOOP("Templates", "Practice and apprentice places in use"),
        kpi_unit=QT_TRANSLATE_NOOP("Templates", "places"),
        direction=Direction.HIGHER_IS_BETTER,
        frequency=Frequency.QUARTERLY,
    ),
    GoalTemplate(
        key="manager_competence",
        gap_key="manager_competence",
        title=QT_TRANSLATE_NOOP("Templates", "Managers who know how to adapt work"),
        change=QT_TRANSLATE_NOOP(
            "Templates", "Everyone who leads people knows how to adapt work and include new colleagues."
        ),
        relevance=QT_TRANSLATE_NOOP(
            "Templates", "Good adaptation keeps people at work and lowers sick leave."
        ),
        measurable=QT_TRANSLATE_NOOP("Templates", "We note who has taken the training."),
        kpi_name=QT_TRANSLATE_NOOP("Templates", "Share of managers trained in inclusion"),
        kpi_unit=QT_TRANSLATE_NOOP("Templates", "%"),
        direction=Direction.HIGHER_IS_BETTER,
        frequency=Frequency.HALF_YEARLY,
    ),
    GoalTemplate(
        key="non_profit_support",
        gap_key="external_cooperation",
        title=QT_TRANSLATE_NOOP("Templates", "Work practice together with non-profits"),
        change=QT_TRANSLATE_NOOP(
            "Templates", "We offer work practice as joint projects with non-profit organisations."
        ),
        relevance=QT_TRANSLATE_NOOP(
            "Templates", "They know the people who need a start; we have the work and the workplace."
        ),
        measurable=QT_TRANSLATE_NOOP("Templates", "We count the people who had practice with us."),
        kpi_name=QT_TRANSLATE_NOOP("Templates", "People in practice through non-profit partners"),
        kpi_unit=QT_TRANSLATE_NOOP("Templates", "people"),
        direction=Direction.HIGHER_IS_BETTER,
        frequency=Frequency.HALF_YEARLY,
    ),
)


def goal_templates() -> list[GoalTemplate]:
    """Seed 000's example goals, each with a suggested KPI, translated."""
    return [_translated(template, "Templates") for template in _GOAL_TEMPLATES]


# --- Step 4: example measures (seed 000 §3) and area → measure pairs (seed 002) ------------------------


@dataclass(frozen=True)
class MeasureTemplate:
    key: str
    area: str
    title: str
    description: str
    catalogue_ids: tuple[str, ...] = ()  # catalogue entries that usually help


_MEASURE_TEMPLATES = (
    MeasureTemplate(
        key="review_recruitment",
        area=QT_TRANSLATE_NOOP("Templates", "Recruitment practice"),
        title=QT_TRANSLATE_NOOP("Templates", "Review how we recruit"),
        description=QT_TRANSLATE_NOOP(
            "Templates",
            "Go through the job adverts, where we post them and how we interview, so that more kinds "
            "of people can apply and get a fair chance.",
        ),
        catalogue_ids=("nav-kontaktsenter-arbeidsgiver", "idebanken"),
    ),
    MeasureTemplate(
        key="cooperation",
        area=QT_TRANSLATE_NOOP("Templates", "Cooperation with Nav"),
        title=QT_TRANSLATE_NOOP("Templates", "Start working with Nav and inclusion partners"),
        description=QT_TRANSLATE_NOOP(
            "Templates",
            "Get a named contact at the local Nav office and meet a work-inclusion business or "
            "non-profit that can send candidates and help follow them up.",
        ),
        catalogue_ids=("nav-kontaktsenter-arbeidsgiver", "nav-arbeidslivssenter", "arbeid-og-inkludering"),
    ),
    MeasureTemplate(
        key="train_managers",
        area=QT_TRANSLATE_NOOP("Templates", "Competence"),
        title=QT_TRANSLATE_NOOP("Templates", "Train managers in inclusive working life"),
        description=QT_TRANSLATE_NOOP(
            "Templates",
            "A short course for everyone who hires or leads shifts: adapting work, talking about needs, "
            "and where to get help.",
        ),
        catalogue_ids=("nav-arbeidslivssenter", "ia-avtalen"),
    ),
    MeasureTemplate(
        key="purchasing_policy",
        area=QT_TRANSLATE_NOOP("Templates", "Purchasing"),
        title=QT_TRANSLATE_NOOP("Templates", "Make an inclusive purchasing policy"),
        description=QT_TRANSLATE_NOOP(
            "Templates",
            "Write down, on one page, that we prefer suppliers who include people outside working life "
            "when price and quality are comparable.",
        ),
        catalogue_ids=("arbeid-og-inkludering",),
    ),
    MeasureTemplate(
        key="pilot_practice",
        area=QT_TRANSLATE_NOOP("Templates", "Work practice"),
        title=QT_TRANSLATE_NOOP("Templates", "Try out a work-trial place"),
        description=QT_TRANSLATE_NOOP(
            "Templates",
            "Take in one person on a work trial for a few months, with a mentor, and learn from it "
            "before doing more.",
        ),
        catalogue_ids=("nav-arbeidstrening", "nav-mentortilskudd"),
    ),
)

# Seed 002's public action plan, one area → one measure, retold for a small business.
_AREA_MEASURES = (
    MeasureTemplate(
        key="management_anchoring",
        area=QT_TRANSLATE_NOOP("Templates", "Management anchoring"),
        title=QT_TRANSLATE_NOOP("Templates", "Inclusion on the agenda of management talks"),
        description=QT_TRANSLATE_NOOP(
            "Templates",
            "The manager is the role model. Follow-up of this plan is part of the yearly talk with each "
            "shift leader and of the owner's own goals.",
        ),
    ),
    MeasureTemplate(
        key="competence",
        area=QT_TRANSLATE_NOOP("Templates", "Competence"),
        title=QT_TRANSLATE_NOOP("Templates", "Diversity and inclusion in the training plan"),
        description=QT_TRANSLATE_NOOP(
            "Templates",
            "Put inclusion in the business's training plan, and let those who hire take a short free "
            "course on diversity and recruitment.",
        ),
        catalogue_ids=("nav-arbeidslivssenter", "idebanken"),
    ),
    MeasureTemplate(
        key="recruitment_practice",
        area=QT_TRANSLATE_NOOP("Templates", "Recruitment practice"),
        title=QT_TRANSLATE_NOOP("Templates", "Recruitment routines that welcome diversity"),
        description=QT_TRANSLATE_NOOP(
            "Templates",
            "The owner and whoever hires agree on how we describe the job, word the advert, choose "
            "where to post it, and pick and interview candidates.",
        ),
        catalogue_ids=("nav-kontaktsenter-arbeidsgiver",),
    ),
    MeasureTemplate(
        key="trial_places",
        area=QT_TRANSLATE_NOOP("Templates", "Trainee and work-trial places"),
        title=QT_TRANSLATE_NOOP("Templates", "Consider a trainee place for each vacancy"),
        description=QT_TRANSLATE_NOOP(
            "Templates",
            "Early in the year, look at each expected vacancy and ask whether it could be a work trial "
            "or a trainee place for someone with reduced functional ability or a gap in the CV.",
        ),
        catalogue_ids=("nav-arbeidstrening", "nav-midlertidig-lonnstilskudd"),
    ),
    MeasureTemplate(
        key="nav_cooperation",
        area=QT_TRANSLATE_NOOP("Templates", "Cooperation with Nav"),
        title=QT_TRANSLATE_NOOP("Templates", "A standing contact with the local Nav office"),
        description=QT_TRANSLATE_NOOP(
            "Templates",
            "Talk with Nav before advertising a job, to get more applicants from the target groups and "
            "to arrange short work placements.",
        ),
        catalogue_ids=("nav-kontaktsenter-arbeidsgiver",),
    ),
    MeasureTemplate(
        key="board_follow_up",
        area=QT_TRANSLATE_NOOP("Templates", "Follow-up by the board"),
        title=QT_TRANSLATE_NOOP("Templates", "The plan at the first board meeting of the year"),
        description=QT_TRANSLATE_NOOP(
            "Templates",
            "Agree at the first board meeting how this plan is followed up during the year and when it "
            "is reported back.",
        ),
    ),
)


def measure_templates() -> list[MeasureTemplate]:
    """Seed 000's example measures, translated."""
    return [_translated(template, "Templates") for template in _MEASURE_TEMPLATES]


def area_measure_templates() -> list[MeasureTemplate]:
    """Seed 002's area → measure pairs, adapted to a small business, translated."""
    return [_translated(template, "Templates") for template in _AREA_MEASURES]


# --- Guidance beside each step -------------------------------------------------------------------------


@dataclass(frozen=True)
class StepGuidance:
    step: str
    what: str  # what the step is
    why: str  # why it matters
    tips: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()  # questions to ask yourself (step 1: seed 003's guiding questions)


_GUIDANCE = {
    Step.PROFILE: StepGuidance(
        step=Step.PROFILE,
        what=QT_TRANSLATE_NOOP(
            "Guidance", "A few facts about your business, and the question the whole plan starts from."
        ),
        why=QT_TRANSLATE_NOOP(
            "Guidance",
            "Writing the main question down keeps the work on track. It can be simple, for example: "
            "“How can we find the bakers we need among people who stand outside working life?”",
        ),
    ),
    Step.NEEDS: StepGuidance(
        step=Step.NEEDS,
        what=QT_TRANSLATE_NOOP(
            "Guidance",
            "Find out what your business needs in people and skills, and what people outside working "
            "life need to get a job with you.",
        ),
        why=QT_TRANSLATE_NOOP(
            "Guidance",
            "Good measures start from real needs on both sides. Those who do the work every day often "
            "know best, so bring in everyone affected.",
        ),
        tips=(
            QT_TRANSLATE_NOOP(
                "Guidance",
                "Invite staff, someone from the target group, your Nav contact and perhaps a local "
                "organisation to a short workshop. Afterwards, write down what you learnt.",
            ),
            QT_TRANSLATE_NOOP(
                "Guidance",
                "If the need is big and tangled, pick one important part to work on. One concrete "
                "improvement beats something large you cannot handle.",
            ),
            QT_TRANSLATE_NOOP(
                "Guidance",
                "Be open to new ways of organising the work. In Sweden, “Enkla jobb” gathers simple tasks "
                "into a job of their own, so skilled staff get time for skilled work. With an effect "
                "contract, the payment follows the results achieved.",
            ),
            QT_TRANSLATE_NOOP(
                "Guidance",
                "Before you go on, check that both your needs and the target group's needs are written down.",
            ),
        ),
        questions=(
            QT_TRANSLATE_NOOP(
                "Guidance", "What does the business need in people? Which skills and experience are needed?"
            ),
            QT_TRANSLATE_NOOP(
                "Guidance",
                "What do people outside working life need to get a job, and what skills and experience "
                "do they bring?",
            ),
            QT_TRANSLATE_NOOP(
                "Guidance",
                "Could other kinds of jobs, or tasks split in a new way, do the work just as well?",
            ),
            QT_TRANSLATE_NOOP(
                "Guidance",
                "How can people who stand outside working life today be seen as a resource for the "
                "tasks we have?",
            ),
        ),
    ),
    Step.GAPS: StepGuidance(
        step=Step.GAPS,
        what=QT_TRANSLATE_NOOP(
            "Guidance",
            "For each area, describe how things are today and how you want them to be, and give both a "
            "score from 1 to 5. The difference is the gap.",
        ),
        why=QT_TRANSLATE_NOOP(
            "Guidance",
            "Seeing the gaps side by side shows where a measure will do the most good. Start with the "
            "gaps that give the biggest effect.",
        ),
        tips=(
            QT_TRANSLATE_NOOP(
                "Guidance",
                "Mark which UN Sustainable Development Goals an area touches: 8 decent work, 10 reduced "
                "inequalities, 4 quality education, 17 partnerships.",
            ),
            QT_TRANSLATE_NOOP(
                "Guidance",
                "Write down what already works well, too. Good results deserve to be noticed, "
                "strengthened and celebrated.",
            ),
        ),
    ),
    Step.GOALS: StepGuidance(
        step=Step.GOALS,
        what=QT_TRANSLATE_NOOP(
            "Guidance", "Set goals for the gaps you chose, and a few simple numbers that show progress."
        ),
        why=QT_TRANSLATE_NOOP(
            "Guidance",
            "A good goal is clear (what changes?), relevant (does it fit our needs and capacity?) and "
            "measurable (can we follow it over time?).",
        ),
        tips=(
            QT_TRANSLATE_NOOP(
                "Guidance",
                "Pick simple indicators that show whether the gap grows or shrinks, and that help you "
                "decide what to do next.",
            ),
            QT_TRANSLATE_NOOP(
                "Guidance",
                "For each number, write where it comes from, who measures it and how often, so it "
                "actually gets done.",
            ),
        ),
    ),
    Step.MEASURES: StepGuidance(
        step=Step.MEASURES,
        what=QT_TRANSLATE_NOOP(
            "Guidance",
            "Choose what you will do to reach the goals, who owns each measure, and when it is done.",
        ),
        why=QT_TRANSLATE_NOOP(
            "Guidance",
            "Measures bridge the gap between today and where you want to be. Realistic measures that fit "
            "into how you already work are the ones that happen.",
        ),
        tips=(
            QT_TRANSLATE_NOOP(
                "Guidance",
                "Look through the catalogue first: Nav schemes, wage subsidies and partners can carry "
                "much of the load. Good partnerships are for the long run.",
            ),
            QT_TRANSLATE_NOOP(
                "Guidance",
                "Make it clear who owns the work, who does it day to day, and how progress is followed "
                "up and reported.",
            ),
            QT_TRANSLATE_NOOP(
                "Guidance",
                "Anchor the plan where decisions are made: in the management group, at the board, and in "
                "the business's plans.",
            ),
            QT_TRANSLATE_NOOP(
                "Guidance",
                "Think about support: training, outside advisors, and how new colleagues will be "
                "followed up.",
            ),
        ),
    ),
    Step.EVALUATION: StepGuidance(
        step=Step.EVALUATION,
        what=QT_TRANSLATE_NOOP(
            "Guidance", "Look at what the measures gave, note the numbers, and write down what you learnt."
        ),
        why=QT_TRANSLATE_NOOP(
            "Guidance",
            "The most important part is turning what you learnt into daily practice, through training "
            "and everyday leadership.",
        ),
        tips=(
            QT_TRANSLATE_NOOP(
                "Guidance",
                "Share your experiences with other businesses and partners. Good stories change attitudes.",
            ),
            QT_TRANSLATE_NOOP(
                "Guidance", "Celebrate what went well, together with those who made it happen."
            ),
            QT_TRANSLATE_NOOP(
                "Guidance",
                "When the year is over, start the next round: open measures and lessons come along.",
            ),
        ),
    ),
}


def step_guidance(step: str) -> StepGuidance:
    """What the step is, why it matters, tips and questions, translated."""
    return _translated(_GUIDANCE[Step(step)], "Guidance")
