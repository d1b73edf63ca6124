"""The workshop's rules: the room's score from dot counts, the mailto: link the owner clicks to invite
everyone, the invitation text, and the draft summary written from what the meeting typed."""

from __future__ import annotations

import datetime as dt
from email.utils import parseaddr
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from verktoykasse.domain.workshop import (
    GUIDING_QUESTIONS,
    MAX_MAILTO,
    dot_median,
    format_dots,
    invitation,
    mailto_url,
    parse_dots,
    summary_draft,
)
from verktoykasse.storage.models import GapArea, Participant, Plan


# -- the room's score --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("counts", "score"),
    [
        ((0, 0, 1, 0, 0), 3),  # one dot
        ((1, 1, 1, 0, 0), 2),  # odd: the middle one of 1, 2, 3
        ((0, 4, 0, 0, 3), 2),  # odd: 2 2 2 2 5 5 5 → the fourth dot
        ((3, 0, 0, 0, 4), 5),  # odd: 1 1 1 5 5 5 5 → the fourth dot is a 5
        ((1, 0, 0, 0, 1), 1),  # even, middle dots 1 and 5: the lower one
        ((0, 2, 2, 0, 0), 2),  # even tie between 2 and 3: the lower one
        ((0, 1, 2, 1, 0), 3),  # even, both middle dots are 3
        ((0, 0, 0, 0, 12), 5),
        ((5, 5, 5, 5, 5), 3),
    ],
)
def test_the_room_gets_the_score_of_its_middle_dot_and_the_lower_of_two(counts, score):
    assert dot_median(counts) == score


def test_no_dots_leave_the_score_alone_and_nonsense_counts_are_refused():
    assert dot_median((0, 0, 0, 0, 0)) is None
    with pytest.raises(ValueError):
        dot_median((1, -1, 0, 0, 0))
    with pytest.raises(ValueError):
        dot_median((1, 2, 3))


def test_dot_counts_are_stored_as_text_and_read_back():
    assert format_dots((0, 2, 5, 3, 1)) == "0,2,5,3,1"
    assert parse_dots("0,2,5,3,1") == (0, 2, 5, 3, 1)
    assert format_dots((0, 0, 0, 0, 0)) == ""
    assert parse_dots("") == (0, 0, 0, 0, 0)
    assert parse_dots("a,b") == (0, 0, 0, 0, 0)
    assert parse_dots("1,2,3") == (0, 0, 0, 0, 0)


# -- mailto: -----------------------------------------------------------------------------------------
def mailboxes(part: str) -> list[tuple[str, str]]:
    """What a mail program reads from the link: split on the literal commas, decode, parse."""
    return [parseaddr(unquote(item)) for item in part.split(",") if item]


def test_the_mailto_link_keeps_names_with_commas_quotes_and_norwegian_letters_whole():
    people = [
        ("Nordmann, Kari", "kari@example.no"),
        ('Ola "Bakern" Hansen', "ola@example.no"),
        ("Åse Ødegård", "ase@bakeri.no"),
        ("Ánde Čeavlás", "ande@example.no"),
    ]
    url = mailto_url(to=people, subject="Invitasjon: verksted", body="Hei,\nvelkommen & ta med kaffe?")
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert " " not in url and "\n" not in url and "æ" not in url
    assert mailboxes(parts.path) == people
    fields = parse_qs(parts.query)
    assert fields["subject"] == ["Invitasjon: verksted"]
    assert fields["body"] == ["Hei,\r\nvelkommen & ta med kaffe?"]  # line ends as RFC 6068 asks


def test_people_without_a_usable_address_are_never_in_the_link_and_nobody_twice():
    people = [
        ("Kari", "kari@example.no"),
        ("Per uten e-post", ""),
        ("Blank", "   "),
        ("Skrivefeil", "per.example.no"),
        ("Kari igjen", "KARI@example.no"),
    ]
    url = mailto_url(bcc=people, subject="x")
    parts = urlsplit(url)
    assert parts.path == ""
    assert [
        address for _name, address in mailboxes(parse_qs(parts.query, keep_blank_values=True)["bcc"][0])
    ] == ["kari@example.no"]
    assert "Per" not in unquote(url) and "Skrivefeil" not in unquote(url)


def test_the_owner_gets_the_mail_and_the_guests_are_hidden_from_each_other():
    url = mailto_url(to=[("Daglig leder", "leder@bakeri.no")], bcc=[("Kari", "kari@example.no")])
    parts = urlsplit(url)
    assert mailboxes(parts.path) == [("Daglig leder", "leder@bakeri.no")]
    assert mailboxes(parse_qs(parts.query)["bcc"][0]) == [("Kari", "kari@example.no")]


# -- the invitation ----------------------------------------------------------------------------------
def workshop_plan() -> Plan:
    plan = Plan(
        name="Inkludering 2027",
        org_name="Fjordbakeriet AS",
        problem_statement="Vi mangler folk i pakkeriet.",
        contact_person="Kari Nordmann",
        contact_email="kari@fjordbakeriet.no",
        contact_phone="",
        workshop_date=dt.date(2027, 3, 4),
        question_employer_need="Sjåfører med førerkort C",
        question_outside_need="",
        question_other_positions="Deltidsstillinger i pakkeriet",
        question_seen_as_resources="",
    )
    plan.participants = [
        Participant(name="Per", in_workshop=True),
        Participant(name="Åse", in_workshop=True),
        Participant(name="Nav", in_workshop=False),
    ]
    plan.gaps = [
        GapArea(template_key="recruitment", title="Rekruttering", current_score=2, desired_score=5),
        GapArea(template_key="diversity", title="", current_score=3, desired_score=4),
        GapArea(template_key="follow_up", title="Oppfølging"),
    ]
    return plan


def test_the_invitation_says_when_where_why_the_four_questions_and_who_invites(qapp):
    letter = invitation(workshop_plan(), place="Kantina, Storgata 1", time="09.00–12.00")
    assert "Fjordbakeriet AS" in letter.subject
    assert "04.03.2027 09.00–12.00" in letter.body
    assert "Kantina, Storgata 1" in letter.body
    assert "Vi mangler folk i pakkeriet." in letter.body
    for number, question in enumerate(GUIDING_QUESTIONS, start=1):
        assert f"{number}. {question.text}" in letter.body
    assert letter.body.rstrip().endswith("kari@fjordbakeriet.no")


def test_an_invitation_before_a_date_or_place_is_set_says_so_instead_of_leaving_gaps(qapp):
    letter = invitation(Plan(name="x", org_name="", problem_statement="", contact_person=""))
    assert letter.subject == "Invitation: workshop on inclusion"
    assert letter.body.count("(to be decided)") == 2


def test_a_long_invitation_still_fits_a_link_the_mail_program_can_open(qapp):
    letter = invitation(workshop_plan())
    url = mailto_url(bcc=[("Kari", "kari@example.no")], subject=letter.subject, body=letter.body)
    assert len(url) < MAX_MAILTO


# -- after the workshop ------------------------------------------------------------------------------
def test_the_draft_summary_holds_the_answers_and_the_rooms_scores(qapp):
    draft = summary_draft(workshop_plan())
    assert draft.startswith("Workshop 04.03.2027 – 2 took part")
    assert f"{GUIDING_QUESTIONS[0].text}\nSjåfører med førerkort C" in draft
    assert GUIDING_QUESTIONS[1].text not in draft  # unanswered questions are left out
    assert "- Rekruttering: today 2, desired 5" in draft
    assert "- Diversity at the workplace: today 3, desired 4" in draft
    assert "Oppfølging" not in draft  # not scored in the meeting
    assert "The biggest gap: Rekruttering." in draft


def test_an_empty_meeting_gives_no_draft(qapp):
    assert (
        summary_draft(
            Plan(
                name="x",
                question_employer_need="",
                question_outside_need="",
                question_other_positions="",
                question_seen_as_resources="",
            )
        )
        == ""
    )
