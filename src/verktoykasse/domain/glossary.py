"""The method's words in plain language: the glossary (Help → Glossary) and the ⓘ beside a field.

The wizard speaks the owner's language ("Where are we – where do we want to be?"); the method's own terms
(gap analysis, KPI, baseline) stay where the method needs them, each explained here once. The same text
answers the ⓘ beside a field and the glossary, so the two can never disagree.

Two words are kept apart on purpose: a *measure* (in bokmål "tiltak") is something the business itself
does; a *scheme* (in bokmål "virkemiddel", what Nav itself calls "tiltak") is help from Nav or others
that a measure can use. The glossary says so under both.

English source strings, marked with ``QT_TRANSLATE_NOOP`` and translated when asked for.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "Glossary"


@dataclass(frozen=True)
class Term:
    key: str
    term: str
    explanation: str


_TERMS = (
    Term(
        "needs",
        QT_TRANSLATE_NOOP("Glossary", "Needs exploration"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The first step of the method: finding out what the business needs (people, skills, hands) "
            "and what the people you could hire need to do well at work.",
        ),
    ),
    Term(
        "problem",
        QT_TRANSLATE_NOOP("Glossary", "Problem statement"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "One or two sentences that say what the plan is meant to solve, for example: “We lack "
            "bakers, and we have never hired anyone who needed adjustments.”",
        ),
    ),
    Term(
        "gap",
        QT_TRANSLATE_NOOP("Glossary", "Gap"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The distance between how things are today and how you want them to be, in one area. You "
            "score both from 1 (weak) to 5 (strong); the difference is the gap.",
        ),
    ),
    Term(
        "gap_analysis",
        QT_TRANSLATE_NOOP("Glossary", "Gap analysis"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The second step: describe a few areas as they are today and as you want them, score both, "
            "and see where the gaps are largest. Start your work there.",
        ),
    ),
    Term(
        "score",
        QT_TRANSLATE_NOOP("Glossary", "Score (1–5)"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "1 means hardly anything is in place, 3 that some of it works, 5 that it works well and is "
            "part of how you work every day.",
        ),
    ),
    Term(
        "goal",
        QT_TRANSLATE_NOOP("Glossary", "Goal"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "What you want to have achieved, in one sentence, so that everyone can tell later whether "
            "you got there.",
        ),
    ),
    Term(
        "kpi",
        QT_TRANSLATE_NOOP("Glossary", "KPI (key figure)"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "A number you count to see whether a goal comes closer, for example “people hired from the "
            "target group” or “managers who have taken the course”. KPI is short for key performance "
            "indicator.",
        ),
    ),
    Term(
        "baseline",
        QT_TRANSLATE_NOOP("Glossary", "Baseline (value today)"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "What the key figure is when you start, so you can see the change later. Often 0.",
        ),
    ),
    Term(
        "target",
        QT_TRANSLATE_NOOP("Glossary", "Target value"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The number you want the key figure to reach by the end of the plan's period.",
        ),
    ),
    Term(
        "measure",
        QT_TRANSLATE_NOOP("Glossary", "Measure (what we do)"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Something your business does to reach a goal, with an owner and a deadline, for example "
            "“a mentor for every new employee”. Not the same as Nav's schemes: a measure can use a "
            "scheme, such as a wage subsidy.",
        ),
    ),
    Term(
        "scheme",
        QT_TRANSLATE_NOOP("Glossary", "Scheme (help from Nav and others)"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Help the business can get from outside: Nav's wage subsidies, work trials, grants, courses "
            "and advisers. Nav calls these “tiltak”; in this program they are “schemes”, so that they are "
            "not confused with the measures your business does itself. The catalogue (Ctrl+K) lists them.",
        ),
    ),
    Term(
        "action_plan",
        QT_TRANSLATE_NOOP("Glossary", "Action plan"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The measures with who does what and by when, in one document for the board and the staff. "
            "File → Export PDF makes it.",
        ),
    ),
    Term(
        "milestone",
        QT_TRANSLATE_NOOP("Glossary", "Milestone"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "A point on the way to a measure's deadline that you can tick off, such as “mentor chosen”.",
        ),
    ),
    Term(
        "evaluation",
        QT_TRANSLATE_NOOP("Glossary", "Evaluation"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Looking back: what the measures gave, what the key figures show now, and what you learned "
            "and take with you into next year's plan.",
        ),
    ),
    Term(
        "target_group",
        QT_TRANSLATE_NOOP("Glossary", "Target group"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The people the plan is meant to open doors for: people with disabilities, gaps in their CV, "
            "immigrants, and young people outside work and school.",
        ),
    ),
    Term(
        "sdg",
        QT_TRANSLATE_NOOP("Glossary", "SDG (sustainable development goal)"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The UN's 17 goals for the world. Inclusion in work serves mainly goal 8 (decent work) and "
            "goal 10 (reduced inequalities); ticking them helps if the business reports on sustainability.",
        ),
    ),
)

TERM_KEYS: tuple[str, ...] = tuple(term.key for term in _TERMS)
_BY_KEY = {term.key: term for term in _TERMS}


def term(key: str) -> Term:
    """One term in the user's language; raises ``KeyError`` for a key the glossary does not have."""
    found = _BY_KEY[key]
    return Term(
        found.key,
        QCoreApplication.translate(_CONTEXT, found.term),
        QCoreApplication.translate(_CONTEXT, found.explanation),
    )


def glossary() -> list[Term]:
    """Every term in the user's language, sorted by the term as it reads in that language."""
    return sorted((term(key) for key in TERM_KEYS), key=lambda t: t.term.casefold())
