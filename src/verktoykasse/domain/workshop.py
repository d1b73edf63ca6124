"""The step 1 workshop (seed 003): its four guiding questions, the room's dot votes on the gap areas,
the invitation and its ``mailto:`` link, and the draft summary written from what the meeting typed.

Pure functions over the plan, shared by the worksheets, the invitation dialog, meeting mode and the
command line, so every face asks the same questions in the same words.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl

from verktoykasse.domain.vocabulary import SCORE_MAX, SCORE_MIN

if TYPE_CHECKING:
    from verktoykasse.storage.models import GapArea, Plan

_CONTEXT = "Workshop"


@dataclass(frozen=True)
class GuidingQuestion:
    """One of seed 003's four questions and the plan field that keeps the answer."""

    field: str
    source: str  # English source text, translated where shown

    @property
    def text(self) -> str:
        return QCoreApplication.translate(_CONTEXT, self.source)


GUIDING_QUESTIONS: tuple[GuidingQuestion, ...] = (
    GuidingQuestion(
        "question_employer_need",
        QT_TRANSLATE_NOOP(
            "Workshop", "Which needs for labour does the employer have? Which competences and experience?"
        ),
    ),
    GuidingQuestion(
        "question_outside_need",
        QT_TRANSLATE_NOOP(
            "Workshop", "Which needs do the people outside work have, and what do they know and bring?"
        ),
    ),
    GuidingQuestion(
        "question_other_positions",
        QT_TRANSLATE_NOOP("Workshop", "Have we considered other kinds of positions and competences?"),
    ),
    GuidingQuestion(
        "question_seen_as_resources",
        QT_TRANSLATE_NOOP(
            "Workshop", "How can those outside working life be seen as resources for our work?"
        ),
    ),
)

SCORES: tuple[int, ...] = tuple(range(SCORE_MIN, SCORE_MAX + 1))


# -- dot voting --------------------------------------------------------------------------------------
def dot_median(counts: Sequence[int]) -> int | None:
    """The room's score from dot counts: ``counts[0]`` dots on score 1, … ``counts[4]`` on score 5.

    The rule, as the facilitator can explain it to the room: line every dot up from the lowest score to
    the highest; the score of the middle dot is the room's. With an even number of dots there are two
    middle dots; when they sit on different scores the LOWER one counts (the lower median). Scores are
    whole numbers in the plan, and rounding the room's view up would claim more agreement than there was:
    at least half of the dots are on that score or below it, and at least half on it or above.
    No dots at all gives ``None`` (the score is left as it was). Negative counts are a mistake.
    """
    if len(counts) != len(SCORES):
        raise ValueError(f"expected {len(SCORES)} counts, got {len(counts)}")
    if any(count < 0 for count in counts):
        raise ValueError("a dot count cannot be negative")
    total = sum(counts)
    if total == 0:
        return None
    middle = (total - 1) // 2  # the lower middle dot's place (0-based) in the line of dots
    seen = 0
    for score, count in zip(SCORES, counts, strict=True):
        seen += count
        if seen > middle:
            return score
    raise AssertionError("unreachable")  # pragma: no cover


def format_dots(counts: Sequence[int]) -> str:
    """Dot counts as they are stored: ``"0,2,5,3,1"``; ``""`` when nobody voted."""
    return ",".join(str(int(count)) for count in counts) if any(counts) else ""


def parse_dots(text: str) -> tuple[int, ...]:
    """Stored dot counts back as five numbers (all zero for ``""`` or anything unreadable)."""
    try:
        counts = tuple(int(part) for part in text.split(","))
    except ValueError:
        return (0,) * len(SCORES)
    if len(counts) != len(SCORES) or any(count < 0 for count in counts):
        return (0,) * len(SCORES)
    return counts


# -- the mailto: link --------------------------------------------------------------------------------
# Longer links are cut by Windows (ShellExecute ≈2 kB) or refused by some mail programs: then the link
# carries the addresses and subject only, and the text goes to the clipboard.
MAX_MAILTO = 2000

# RFC 5322 "specials": a display name holding one of these must be quoted.
_SPECIALS = set('()<>[]:;@\\,."')


def usable_address(address: str) -> bool:
    """An address a mail program can send to (a participant without one is never in the link)."""
    from verktoykasse.domain.validation import check_email

    address = address.strip()
    return bool(address) and check_email(address) is None


def mailbox(name: str, address: str) -> str:
    """``Kari Nordmann <kari@x.no>``; a name with a comma, quote or dot is quoted (``"Nordmann, Kari"``)."""
    name = " ".join(name.split())
    address = address.strip()
    if not name:
        return address
    if any(char in _SPECIALS for char in name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{address}>"


def _encode(text: str) -> str:
    """Percent-encoded UTF-8 (RFC 6068): commas, quotes, spaces, æøå and line ends all encoded."""
    text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return bytes(QUrl.toPercentEncoding(text, b"@").data()).decode("ascii")


def mailto_url(
    to: Iterable[tuple[str, str]] = (),
    bcc: Iterable[tuple[str, str]] = (),
    subject: str = "",
    body: str = "",
) -> str:
    """A ``mailto:`` link (RFC 6068) for (name, address) pairs; pairs without a usable address are left out.

    Each mailbox is encoded whole, so a comma inside a name (``"Nordmann, Kari"``) is ``%2C`` and never
    splits it, while the commas between mailboxes stay literal. The same address twice is sent once.
    """
    seen: set[str] = set()

    def mailboxes(pairs: Iterable[tuple[str, str]]) -> list[str]:
        result = []
        for name, address in pairs:
            key = address.strip().casefold()
            if usable_address(address) and key not in seen:
                seen.add(key)
                result.append(_encode(mailbox(name, address)))
        return result

    url = "mailto:" + ",".join(mailboxes(to))
    fields = []
    hidden = mailboxes(bcc)
    if hidden:
        fields.append("bcc=" + ",".join(hidden))
    if subject:
        fields.append("subject=" + _encode(subject))
    if body:
        fields.append("body=" + _encode(body))
    return url + ("?" + "&".join(fields) if fields else "")


# -- the invitation ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Invitation:
    subject: str
    body: str


def _one_line(value: str | None) -> str:
    return " ".join((value or "").split())


def invitation(plan: Plan, place: str = "", time: str = "") -> Invitation:
    """The invitation in plain words, filled from the plan: when, where, why, the four questions, what to
    bring, and who invites. Parts the plan does not know yet are left for the owner to write in."""
    from verktoykasse.domain.formatting import format_date

    organisation = _one_line(plan.org_name)
    when = format_date(plan.workshop_date)
    subject = (
        QCoreApplication.translate("Workshop", "Invitation: workshop on inclusion at {organisation}").format(
            organisation=organisation
        )
        if organisation
        else QCoreApplication.translate("Workshop", "Invitation: workshop on inclusion")
    )
    missing = QCoreApplication.translate("Workshop", "(to be decided)")
    lines = [
        QCoreApplication.translate("Workshop", "Hello,"),
        "",
        QCoreApplication.translate(
            "Workshop",
            "We invite you to a workshop where we explore together how more people can get a job with us: "
            "what we need, and what people who stand outside working life need and can bring.",
        ),
        "",
        QCoreApplication.translate("Workshop", "When: {date}").format(
            date=" ".join(p for p in (when, time.strip()) if p) or missing
        ),
        QCoreApplication.translate("Workshop", "Where: {place}").format(place=_one_line(place) or missing),
    ]
    statement = (plan.problem_statement or "").strip()
    if statement:
        lines += ["", QCoreApplication.translate("Workshop", "What we start from:"), statement]
    lines += ["", QCoreApplication.translate("Workshop", "We will talk about four questions:")]
    lines += [f"{number}. {question.text}" for number, question in enumerate(GUIDING_QUESTIONS, start=1)]
    lines += [
        "",
        QCoreApplication.translate("Workshop", "Please bring:"),
        "- " + QCoreApplication.translate("Workshop", "your own experience: there are no wrong answers"),
        "- "
        + QCoreApplication.translate(
            "Workshop", "an example of a task at work that could be done in a new way"
        ),
        "- " + QCoreApplication.translate("Workshop", "questions you would like answered"),
        "",
        QCoreApplication.translate(
            "Workshop",
            "Let us know if you need anything to take part (an interpreter, step-free access, a quiet room).",
        ),
        "",
        QCoreApplication.translate("Workshop", "Welcome!"),
    ]
    signature = [
        _one_line(part)
        for part in (plan.contact_person, organisation, plan.contact_phone, plan.contact_email)
        if _one_line(part)
    ]
    if signature:
        lines += ["", *signature]
    return Invitation(subject, "\n".join(lines))


def invitees(plan: Plan) -> list[tuple[str, str]]:
    """(name, address) of every participant, in the list's order; the address may be empty."""
    return [(row.name, row.email or "") for row in plan.participants]


def without_address(plan: Plan) -> list[str]:
    """Names of participants the e-mail cannot reach (no address, or one that cannot be used)."""
    return [
        name or QCoreApplication.translate("Workshop", "(no name)")
        for name, address in invitees(plan)
        if not usable_address(address)
    ]


# -- the gap areas the room scores -------------------------------------------------------------------
def workshop_areas(plan: Plan) -> list[tuple[str, GapArea | None]]:
    """(template key, the plan's row or ``None``) for each area the room scores, in order.

    Seed 000's five typical areas always come first (the plan's row for each, or ``None`` while the plan
    has none: the row is added when the room first scores it), then the plan's own areas.
    """
    from verktoykasse.domain.labels import GAP_TEMPLATE_KEYS

    by_template: dict[str, GapArea] = {}
    for gap in plan.gaps:
        if gap.template_key in GAP_TEMPLATE_KEYS:
            by_template.setdefault(gap.template_key, gap)
    areas: list[tuple[str, GapArea | None]] = [(key, by_template.get(key)) for key in GAP_TEMPLATE_KEYS]
    listed = {id(gap) for _key, gap in areas if gap is not None}
    areas += [(gap.template_key, gap) for gap in plan.gaps if id(gap) not in listed]
    return areas


# -- after the workshop ------------------------------------------------------------------------------
def area_title(gap: GapArea) -> str:
    """The gap area's own title, or its template's when the owner left it empty."""
    from verktoykasse.domain.labels import gap_template_title

    return _one_line(gap.title) or gap_template_title(gap.template_key or "")


def _scored(gap: GapArea) -> str:
    title = area_title(gap)
    today = "–" if gap.current_score is None else str(gap.current_score)
    desired = "–" if gap.desired_score is None else str(gap.desired_score)
    return QCoreApplication.translate("Workshop", "{area}: today {today}, desired {desired}").format(
        area=title, today=today, desired=desired
    )


def summary_draft(plan: Plan) -> str:
    """A draft of step 1's summary of insights, from the answers and scores typed in the meeting.

    Only a draft: the owner edits it, and it is written into the plan only while the summary is empty
    (or when the owner asks for it), never over what they wrote.
    """
    from verktoykasse.domain.formatting import format_date

    parts: list[str] = []
    came = [row for row in plan.participants if row.in_workshop]
    heading = (
        QCoreApplication.translate("Workshop", "Workshop {date}")
        .format(date=format_date(plan.workshop_date))
        .strip()
    )
    if came:
        heading += " – " + QCoreApplication.translate("Workshop", "{count} took part").format(count=len(came))
    parts.append(heading)
    for question in GUIDING_QUESTIONS:
        answer = (getattr(plan, question.field) or "").strip()
        if answer:
            parts.append(f"{question.text}\n{answer}")
    scored = [gap for gap in plan.gaps if gap.current_score is not None or gap.desired_score is not None]
    if scored:
        lines = [QCoreApplication.translate("Workshop", "How the room scored the gap areas (1–5):")]
        lines += [f"- {_scored(gap)}" for gap in scored]
        biggest = max(
            (gap for gap in scored if gap.current_score is not None and gap.desired_score is not None),
            key=lambda gap: gap.desired_score - gap.current_score,
            default=None,
        )
        if biggest is not None and biggest.desired_score > biggest.current_score:
            lines.append(
                QCoreApplication.translate("Workshop", "The biggest gap: {area}.").format(
                    area=area_title(biggest)
                )
            )
        parts.append("\n".join(lines))
    if len(parts) == 1:
        return ""
    return "\n\n".join(parts)
