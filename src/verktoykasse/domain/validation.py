"""The rules a plan's values must follow, with the message a user reads beside the field.

Every ``check_*`` function returns ``None`` when the value is fine (an empty, optional value is fine too)
or a short translated message saying what to change. ``plan_warnings`` runs them all over a stored plan,
so the step list and the PDF can show what still needs a look. Messages are literal
``QCoreApplication.translate("Validation", ...)`` calls so lupdate finds them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QUrl

from verktoykasse.domain.formatting import format_number, parse_number
from verktoykasse.domain.vocabulary import SCORE_MAX, SCORE_MIN, Direction, NeedSide, Step

if TYPE_CHECKING:
    from verktoykasse.storage.models import Plan

ORG_NUMBER_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
_SPACES = (" ", "\u00a0", "\u202f", "\u2009", "\t")
_ORG_SPACE = "[ \u00a0\u202f\u2009\t]"
# The number as businesses print it on letters and invoices: "Org.nr. 974 760 673", "org nr: 974760673",
# "Foretaksregisteret NO 974 760 673 MVA", "974760673MVA". The words around it are understood only when
# digits (and spaces) are left between them, so "org.nr" alone is still "must be 9 digits".
_ORG_NUMBER_AS_PRINTED = re.compile(
    rf"""{_ORG_SPACE}*
    (?:(?:foretaksregisteret
         |org(?:anisasjons|anisation|anization)?{_ORG_SPACE}*\.?{_ORG_SPACE}*(?:nr|no|nummer|number)
        )\.?{_ORG_SPACE}*:?{_ORG_SPACE}*)?
    (?:no{_ORG_SPACE}*)?
    (?P<number>[0-9][0-9 \u00a0\u202f\u2009\t]*)
    (?:mva\.?)?
    {_ORG_SPACE}*""",
    re.IGNORECASE | re.VERBOSE,
)


def org_number_digits(text: str) -> str:
    """The organisation number without the spaces people type between groups (``974 760 673``) and the
    words printed around it on letters and invoices (``Org.nr. 974 760 673``, ``NO 974 760 673 MVA``)."""
    printed = _ORG_NUMBER_AS_PRINTED.fullmatch(text)
    if printed is not None:
        text = printed["number"]
    for space in _SPACES:
        text = text.replace(space, "")
    return text.strip()


def org_number_check_digit(first_eight: str) -> int | None:
    """The MOD11 check digit for eight digits, or ``None`` when no valid number can start with them."""
    total = sum(int(digit) * weight for digit, weight in zip(first_eight, ORG_NUMBER_WEIGHTS, strict=True))
    remainder = total % 11
    if remainder == 0:
        return 0
    if remainder == 1:  # 11 - 1 = 10 is not a digit: the Brønnøysund registers never issue these
        return None
    return 11 - remainder


def check_org_number(text: str) -> str | None:
    """A Norwegian organisation number: 9 digits (spaces allowed) whose last digit is the MOD11 check digit.

    The words printed around it are understood (``org_number_digits``); the field keeps the text as typed.
    Empty is fine (the field is optional while the profile is filled in). The two messages differ so the
    user knows whether a digit is missing or a digit is wrong.
    """
    digits = org_number_digits(text)
    if not digits:
        return None
    if len(digits) != 9 or not digits.isascii() or not digits.isdigit():
        return QCoreApplication.translate("Validation", "An organisation number must be 9 digits.")
    expected = org_number_check_digit(digits[:8])
    if expected is None or expected != int(digits[8]):
        return QCoreApplication.translate(
            "Validation", "The check digit does not match — check for a typo in the organisation number."
        )
    return None


_EMAIL = re.compile(r"^[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(\.[\w-]+)*\.[^\W\d_]{2,}$")
_PHONE = re.compile(r"^\+?[0-9 ()\-]{3,30}$")


def check_phone(text: str) -> str | None:
    """Digits, spaces, brackets, dashes and perhaps a leading +; empty is fine."""
    if not text or _PHONE.match(text):
        return None
    return QCoreApplication.translate(
        "Validation", "A phone number has digits, spaces and perhaps a leading +."
    )


def check_email(text: str) -> str | None:
    if not text or _EMAIL.match(text):
        return None
    return QCoreApplication.translate(
        "Validation", "This does not look like an e-mail address (name@example.no)."
    )


def tidy_url(text: str) -> str:
    """``www.nav.no`` becomes ``https://www.nav.no``; anything but a web address stays as typed."""
    text = text.strip()
    if text and "://" not in text and "." in text and " " not in text:
        return "https://" + text
    return text


def check_web_address(text: str) -> str | None:
    """Only http(s) addresses with a host: anything else would not open in the browser when clicked."""
    if not text:
        return None
    url = QUrl(text)
    if url.scheme() in ("http", "https") and url.host():
        return None
    return QCoreApplication.translate("Validation", "A web address looks like https://www.example.no.")


def check_date_order(start: dt.date | None, end: dt.date | None) -> str | None:
    """A deadline (or end) must not come before the start; either may still be empty."""
    if start is None or end is None or end >= start:
        return None
    return QCoreApplication.translate("Validation", "The deadline is before the start.")


def check_milestone(
    due: dt.date | None, measure_start: dt.date | None, measure_deadline: dt.date | None
) -> str | None:
    """A milestone must fall inside its measure's period (either end of the period may be open)."""
    if due is None:
        return None
    if measure_start is not None and due < measure_start:
        return QCoreApplication.translate("Validation", "The milestone is before the measure starts.")
    if measure_deadline is not None and due > measure_deadline:
        return QCoreApplication.translate("Validation", "The milestone is after the measure's deadline.")
    return None


def check_score(value: int | float | None) -> str | None:
    """Scores (today, desired, expected effect) run from 1 to 5; empty means not scored yet."""
    if value is None or SCORE_MIN <= value <= SCORE_MAX:
        return None
    message = QCoreApplication.translate("Validation", "Give a score from {low} to {high}.")
    return message.format(low=SCORE_MIN, high=SCORE_MAX)


class InvalidNumber(ValueError):
    """Text that is not a number; ``message`` is translated and shows the form the user's locale uses."""

    def __init__(self, message: str, *, general: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.general = general  # "Write a number, for example …", not a word about this text in particular


# Units a field's label names, as people type them beside the number ("kr 50 000", "50 000,-", "12 %").
MONEY_UNITS = ("kr", "kr.", "nok", "kroner", ",-")
PERCENT_UNITS = ("%", "prosent", "percent")
HOUR_UNITS = ("t", "timer", "time", "h", "hours", "hour")


def units_like(unit: str | None) -> tuple[str, ...]:
    """The ways to type a KPI's own unit beside its value: the unit as written, and "%" where it is
    "prosent" (or the other way round), "kr" where it is "kroner"."""
    unit = (unit or "").strip()  # a row not yet written has no unit at all
    key = _unit_key(unit)
    found: tuple[str, ...] = (unit,) if key else ()
    for family in (MONEY_UNITS, PERCENT_UNITS):
        if key in {_unit_key(each) for each in family}:
            found += family
    return found


# The signs typed before a number: plus, minus, and the minus a word processor writes (U+2212) or puts in
# for a hyphen (an en dash).
_SIGNS = "+-\u2212\u2013"
_NUMBER_AND_UNIT = re.compile(
    r"\s*(?:(?P<before>[^\W\d_]+\.?|[%€$£])\s*)?"  # "kr 50 000", "NOK 500" (and "€ 500": refused, named)
    r"(?P<number>[+\-\u2212\u2013]?\s*[\d.,][\d\s.,]*?)"
    r"(?:\s*(?P<after>[^\W\d_]+\.?|[%€$£]|,\s*[-\u2013\u2014]))?\s*"  # "50 000 kr", "12 %", "50 000,-"
)
# What a number is written with once its sign is read: digits, spaces between groups of three, points and
# commas, perhaps a power of ten ("1e6"). Not "∞", "NaN", "0x10" or "1_000", which Python would read.
_NUMBER_BODY = re.compile(r"[\d\s.,]*\d[\d\s.,]*(?:[eE][+-]?\d+)?")
# Spaces part the digits before the decimal sign in groups of three: "1 234 567,50" (any space, the
# no-break and the narrow no-break one included, as a word processor or a bank's web page writes them).
_LEADING_DIGITS = re.compile(r"[\d\s]+")
_SPACE_GROUPS = re.compile(r"\d{1,3}(?:\s\d{3})+")
_POINT_GROUPS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?")


# The largest number any field holds, plus or minus: a plan file holds no larger (``exchange.fields``), so
# what is typed always travels in one, and sums of such numbers still print.
LARGEST_NUMBER = 1e15
# The largest whole number (a count of persons, employees): as large as a plan file holds.
LARGEST_COUNT = 10_000_000
# The longest text one field holds, in characters: as long as a plan file holds (``exchange.fields``), so
# whatever is saved imports again. A whole book fits; a hostile file does not.
LONGEST_TEXT = 1_000_000


def limit_problem(value: float, *, whole: bool = False) -> str | None:
    """What is wrong with a number past what a field holds (a plan file holds no larger), or None. A
    ``whole`` number below 0 is left to the field's own message (a count, a year, a score)."""
    if abs(value) > LARGEST_NUMBER:  # the words say LARGEST_NUMBER: change them with it
        message = QCoreApplication.translate(
            "Validation",
            "This number is too large: the field holds numbers up to a million billion ({highest}), "
            "plus or minus.",
        )
        return message.format(highest=format_number(LARGEST_NUMBER))
    if whole and value > LARGEST_COUNT:  # the words say LARGEST_COUNT: change them with it
        message = QCoreApplication.translate(
            "Validation",
            "This number is too large: the field holds whole numbers up to ten million ({highest}).",
        )
        return message.format(highest=format_number(LARGEST_COUNT))
    return None


def text_limit_problem(text: str) -> str | None:
    """What is wrong with a text longer than a field holds (a plan file holds no longer), or None."""
    if len(text) <= LONGEST_TEXT:
        return None
    message = QCoreApplication.translate(
        "Validation",
        "The text is too long: at most {limit} characters fit here, and it has {count}. "
        "It is not saved until it is shorter; what you typed stays in the box.",
    )
    return message.format(limit=format_number(LONGEST_TEXT), count=format_number(len(text)))


def _not_a_number() -> InvalidNumber:
    message = QCoreApplication.translate("Validation", "Write a number, for example {example}.")
    return InvalidNumber(message.format(example=format_number(1234.5)), general=True)


def _unit_key(unit: str) -> str:
    return re.sub(r"\s+", "", unit).casefold().rstrip(".").replace("\u2013", "-").replace("\u2014", "-")


def _read_plain(text: str, *, thousands: bool = False) -> float | None:
    """A number without a unit, read in the user's locale (its decimal sign: a comma in Norway).

    A point between groups of three (50.000, 1.250.000) is a thousands point where the decimal sign is a
    comma, but "50.000" alone could be fifty as well: the user says which, unless ``thousands`` (kroner:
    nobody writes øre with three decimals; a count has no decimals). A number written the other way
    (1,234.50 where the comma is the decimal sign) is never read as 1,234: the message shows the form the
    locale expects. Spaces part the digits in groups of three; "12 34" may be two numbers and is asked
    about.
    """
    body = text.strip()
    negative = body[:1] in _SIGNS and body[:1] != "+"
    if body[:1] in _SIGNS:
        body = body[1:].lstrip()
    if not _NUMBER_BODY.fullmatch(body):
        raise _not_a_number()
    compact = re.sub(r"\s", "", body)
    if compact != body:
        _check_space_groups(body, compact)
    _refuse_the_other_form(compact, thousands=thousands)
    if QLocale().decimalPoint() == "," and _POINT_GROUPS.fullmatch(compact):
        if thousands or compact.count(".") > 1 or "," in compact:
            return _signed(_parse(compact.replace(".", "")), negative)
        big, small = _parse(compact.replace(".", "")), _parse(compact)
        message = QCoreApplication.translate(
            "Validation", "Is it {big} or {small}? Write {big} for the first, or {comma} for the second."
        )
        raise InvalidNumber(
            message.format(
                big=format_number(_signed(big, negative)),
                small=format_number(_signed(small, negative)),
                comma=("-" if negative else "") + compact.replace(".", ","),
            )
        )
    return _signed(_parse(compact), negative)


def _parse(compact: str) -> float:
    try:
        value = parse_number(compact)
    except ValueError:
        raise _not_a_number() from None
    if value is None:
        raise _not_a_number()
    return value


def _signed(value: float, negative: bool) -> float:
    return (-value or 0.0) if negative else value


def _check_space_groups(body: str, compact: str) -> None:
    """ "1 234 567,50" is one number; in "12 34" or "1 234,5 6" the spaces do not part groups of three, and
    it may be two numbers (or a slip): asked about, not read as 1234."""
    leading = _LEADING_DIGITS.match(body)
    rest = body[leading.end() :] if leading is not None else body
    if leading is not None and _SPACE_GROUPS.fullmatch(leading[0].rstrip()) and not re.search(r"\s", rest):
        return
    try:
        example = format_number(_parse(compact))
    except InvalidNumber:
        raise _not_a_number() from None
    message = QCoreApplication.translate(
        "Validation",
        "Is “{typed}” one number? Write it as {example}: a space goes only between groups of three digits.",
    )
    raise InvalidNumber(message.format(typed=body, example=example))


def _refuse_the_other_form(compact: str, *, thousands: bool) -> None:
    """1,234.50 or 1,234,567 where the comma is the decimal sign (in Norway), 1.234,50 where it is the
    point: written the other way round, and never read as 1,234 or 1.234. "1,234" alone is a decimal
    number in Norway, but not in kroner or a count (nobody writes øre with three decimals): there it is
    refused too. The message shows the number in the form this locale expects."""
    decimal = QLocale().decimalPoint()
    if decimal not in ",.":
        return
    other = "." if decimal == "," else ","
    grouped = rf"\d{{1,3}}(?:{re.escape(decimal)}\d{{3}})"
    if not (
        re.fullmatch(rf"{grouped}+{re.escape(other)}\d+", compact)
        or re.fullmatch(rf"{grouped}{{2,}}", compact)
        or (thousands and re.fullmatch(grouped, compact))
    ):
        return
    value = float(compact.replace(decimal, "").replace(other, "."))
    decimals = len(compact) - compact.index(other) - 1 if other in compact else 0
    if decimal == ",":
        message = QCoreApplication.translate(
            "Validation",
            "Here the decimal sign is a comma, and a space parts the thousands: write {example}.",
        )
    else:
        message = QCoreApplication.translate(
            "Validation",
            "Here the decimal sign is a point, and a comma parts the thousands: write {example}.",
        )
    raise InvalidNumber(message.format(example=format_number(value, decimals)))


def read_number(text: str, units: tuple[str, ...] = (), *, whole: bool = False) -> float | None:
    """The number the user typed (``1 234,5`` in Norwegian, ``1234.5`` also works); ``None`` when empty.

    ``units`` are what the field's label names (``MONEY_UNITS`` for "Cost (kr)", …): typed before or after
    the number they are understood ("kr 50 000", "50 000 kr", "12 %"). Any other word beside a number is
    refused with a message naming it, so nothing is read as something the user did not mean. In a
    ``whole`` number (a count, a score) "1.200" is twelve hundred, as it is in kroner.

    The decimal sign is the locale's (a comma in both of the program's languages: ``i18n.locale_for``).
    Read: spaces of any kind between groups of three (``1 234 567,50``), the Norwegian thousands point
    (``1.234,50``), a minus as a hyphen, U+2212 or an en dash, a power of ten (``1e6``). Refused, each with
    its own message (the table is ``tests/test_values_typed.py``): the other form (``1,234.50``, and
    ``1,234`` in kroner or a count), spaces that do not part groups of three (``12 34``: one number or
    two?), ``0,5`` without its sign in a percent field (half a percent, or a half?), hours written as on
    a clock in an hours field (``7:30``; ``7.30`` may be 7,3 hours), ``50.000`` where it
    may be fifty, a number past the limit (the message says it in words), and anything else (``∞``,
    ``NaN``, ``0x10``, ``1_000``, a paragraph). Empty or only spaces: ``None``, the field is emptied.
    """
    value = _read_with_units(text, units, whole=whole)
    problem = None if value is None else limit_problem(value, whole=whole)
    if problem:
        raise InvalidNumber(problem)
    return value


# No number a field holds, with its unit and spaces, is longer: a longer text (a paragraph pasted by
# mistake) is refused before any pattern looks at it, so reading never slows down however much is pasted.
_LONGEST = 100
_ONLY_DIGITS = re.compile(r"[+\-\u2212\u2013]?[\d\s]+")


# Characters a web page or a word processor leaves in copied text that nobody sees (zero-width spaces and
# joiners, a word joiner, a byte order mark, a soft hyphen): dropped, as the dates module does.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def _read_with_units(text: str, units: tuple[str, ...], *, whole: bool) -> float | None:
    text = _INVISIBLE.sub("", text).strip()
    if not text:
        return None
    if len(text) > _LONGEST:
        if _ONLY_DIGITS.fullmatch(text):  # a number with more digits than any field holds
            raise InvalidNumber(limit_problem(float("inf")) or "")
        raise _not_a_number()
    known = {_unit_key(each) for each in units if each.strip()}
    thousands = whole or "kr" in known
    _ask_about_minutes(text, known)
    found = _NUMBER_AND_UNIT.fullmatch(text)
    if found is None or (found["before"] is None and found["after"] is None):
        value = _read_plain(text, thousands=thousands)
        _ask_about_a_fraction(value, known, typed_unit=False)
        return value
    value = _read_plain(found["number"], thousands=thousands)
    for unit in (found["before"], found["after"]):  # both only as in "kr 50 000,-"
        if unit is not None and _unit_key(unit) not in known:
            message = QCoreApplication.translate(
                "Validation", "Write only the number here, without “{unit}”, for example {example}."
            )
            raise InvalidNumber(message.format(unit=unit.strip(), example=format_number(value)))
    return value


_HOUR_KEYS = frozenset(HOUR_UNITS)
# Hours written as on a clock: "7:30", "7.30" (and "7.30 timer").
_CLOCK_HOURS = re.compile(r"(\d{1,3})([:.])([0-5]\d)(?:\s*([^\W\d_]+\.?))?")


def _ask_about_minutes(text: str, known: set[str]) -> None:
    """In an hours field, "7:30" is seven and a half hours written as on a clock: the message shows 7,5.
    "7.30" may be that or 7,3 hours (the point is a decimal sign too): asked about, not guessed."""
    if not known & _HOUR_KEYS:
        return
    found = _CLOCK_HOURS.fullmatch(text)
    if found is None or (found[4] is not None and _unit_key(found[4]) not in known):
        return
    if found[2] == "." and QLocale().decimalPoint() != ",":
        return  # where the point is the decimal sign, 7.30 is 7,3 hours
    hours, minutes = int(found[1]), int(found[3])
    fraction = format_number(round(hours + minutes / 60, 2))
    if found[2] == ":":
        message = QCoreApplication.translate(
            "Validation", "Write the hours as a number: {fraction} for {hours} hours and {minutes} minutes."
        )
        raise InvalidNumber(message.format(fraction=fraction, hours=hours, minutes=minutes))
    message = QCoreApplication.translate(
        "Validation",
        "Is it {decimal} hours, or {hours} hours and {minutes} minutes? "
        "Write {decimal} for the first, or {fraction} for the second.",
    )
    decimal = format_number(float(f"{hours}.{found[3]}"))
    raise InvalidNumber(message.format(decimal=decimal, hours=hours, minutes=minutes, fraction=fraction))


def _ask_about_a_fraction(value: float | None, known: set[str], typed_unit: bool) -> None:
    """ "0,5" in a percent field: half a percent, or a half (50 %, a half-time job)? Not guessed unless the
    percent sign is typed with it ("0,5 %")."""
    if value is None or typed_unit or "%" not in known or not 0 < abs(value) < 1:
        return
    message = QCoreApplication.translate(
        "Validation", "Is it {small} % or {big} %? Write {small} % for the first, or {big} for the second."
    )
    raise InvalidNumber(message.format(small=format_number(value), big=format_number(round(value * 100, 9))))


@dataclass(frozen=True)
class PlanWarning:
    """One problem in a stored plan: in which step, what is wrong, and on which row.

    ``row_kind`` is the table's name (``"plan"``, ``"gap_area"``, ``"kpi"``, ``"measure"``,
    ``"milestone"``, ``"need"``), ``row_id`` its id, ``field`` the attribute concerned (empty when the
    warning is about the row as a whole) and ``where`` a short readable name of the row (a measure's title)
    so a list or the PDF can say "Mentor for new bakers: The deadline is before the start."
    """

    step: Step
    message: str
    row_kind: str
    row_id: int | None
    field: str = ""
    where: str = ""


def _untitled() -> str:
    return QCoreApplication.translate("Validation", "(untitled)")


def _name(text: str) -> str:
    return text.strip() or _untitled()


def _kpi_target_message(direction: str) -> str:
    if direction == Direction.LOWER_IS_BETTER:
        return QCoreApplication.translate(
            "Validation", "The target is higher than the baseline, but lower is better."
        )
    return QCoreApplication.translate(
        "Validation", "The target is lower than the baseline, but higher is better."
    )


def plan_warnings(plan: Plan) -> list[PlanWarning]:
    """Everything in ``plan`` a user should look at again, in the order of the steps.

    Only rows that exist are checked: an empty step is incomplete (see ``domain.progress``), not wrong.
    """
    found: list[PlanWarning] = []

    def add(step: Step, message: str | None, kind: str, row_id: int | None, field: str, where: str) -> None:
        if message:
            found.append(PlanWarning(step, message, kind, row_id, field, where))

    plan_name = _name(plan.org_name or plan.name)
    add(Step.PROFILE, check_org_number(plan.org_number), "plan", plan.id, "org_number", plan_name)
    add(
        Step.PROFILE,
        check_date_order(plan.period_start, plan.period_end),
        "plan",
        plan.id,
        "period_end",
        plan_name,
    )
    if plan.employees is not None and plan.employees < 0:
        add(
            Step.PROFILE,
            QCoreApplication.translate("Validation", "The number of employees cannot be negative."),
            "plan",
            plan.id,
            "employees",
            plan_name,
        )

    if plan.needs:
        sides = {need.side for need in plan.needs if need.description.strip()}
        if NeedSide.EMPLOYER not in sides:
            add(
                Step.NEEDS,
                QCoreApplication.translate("Validation", "The employer's need is not written down yet."),
                "plan",
                plan.id,
                "needs",
                plan_name,
            )
        if NeedSide.TARGET_GROUP not in sides:
            add(
                Step.NEEDS,
                QCoreApplication.translate("Validation", "The target group's need is not written down yet."),
                "plan",
                plan.id,
                "needs",
                plan_name,
            )

    for gap in plan.gaps:
        where = _name(gap.title)
        for field in ("current_score", "desired_score", "expected_effect"):
            add(Step.GAPS, check_score(getattr(gap, field)), "gap_area", gap.id, field, where)
        if (
            gap.current_score is not None
            and gap.desired_score is not None
            and gap.desired_score < gap.current_score
        ):
            add(
                Step.GAPS,
                QCoreApplication.translate("Validation", "The desired situation scores lower than today."),
                "gap_area",
                gap.id,
                "desired_score",
                where,
            )

    for goal in plan.goals:
        where = _name(goal.title)
        if not goal.kpis:
            add(
                Step.GOALS,
                QCoreApplication.translate(
                    "Validation", "This goal has no KPI yet, so progress cannot be followed."
                ),
                "goal",
                goal.id,
                "kpis",
                where,
            )
        for kpi in goal.kpis:
            kpi_where = _name(kpi.name)
            if kpi.baseline is not None and kpi.target is not None:
                worse = (
                    kpi.target < kpi.baseline
                    if kpi.direction != Direction.LOWER_IS_BETTER
                    else kpi.target > kpi.baseline
                )
                if worse:
                    add(Step.GOALS, _kpi_target_message(kpi.direction), "kpi", kpi.id, "target", kpi_where)
            if kpi.target is None:
                add(
                    Step.GOALS,
                    QCoreApplication.translate("Validation", "The KPI has no target."),
                    "kpi",
                    kpi.id,
                    "target",
                    kpi_where,
                )

    for measure in plan.measures:
        where = _name(measure.title)
        add(
            Step.MEASURES,
            check_date_order(measure.start_date, measure.deadline),
            "measure",
            measure.id,
            "deadline",
            where,
        )
        if not measure.owner.strip():
            add(
                Step.MEASURES,
                QCoreApplication.translate("Validation", "The measure has no owner."),
                "measure",
                measure.id,
                "owner",
                where,
            )
        if measure.deadline is None:
            add(
                Step.MEASURES,
                QCoreApplication.translate("Validation", "The measure has no deadline."),
                "measure",
                measure.id,
                "deadline",
                where,
            )
        if (measure.cost_nok is not None and measure.cost_nok < 0) or (
            measure.hours is not None and measure.hours < 0
        ):
            add(
                Step.MEASURES,
                QCoreApplication.translate("Validation", "Costs and hours cannot be negative."),
                "measure",
                measure.id,
                "cost_nok",
                where,
            )
        for milestone in measure.milestones:
            message = check_milestone(milestone.due_date, measure.start_date, measure.deadline)
            add(
                Step.MEASURES,
                message,
                "milestone",
                milestone.id,
                "due_date",
                f"{where}: {_name(milestone.title)}",
            )
    return found
