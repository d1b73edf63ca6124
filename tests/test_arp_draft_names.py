"""The ARP report draft goes into the public annual report: where it may name people, it says so.

Part 1's figures are anonymised, but part 2 prints as typed who owns a measure and who took part in a
meeting with the representatives — often people's names. The draft's "check before use" says where, and
to write roles or get consent before publishing; what was typed is still printed, unchanged. A plan whose
owners and meetings name no one gets no such line.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from test_arp_outputs import TODAY, pdf_text, small_groups_plan, word_text
from wizard_support import pause, type_into

WARNING_EN = (
    "The draft may name people: it prints what was typed under “Owner” in “The four steps” and “Who took "
    "part” in “Involvement of the employees' representatives”. The report is made public: write roles there "
    "instead (for example “HR manager”, “union representative”), or get the consent of each person named "
    "before it is published."
)
WARNING_NB = (
    "Utkastet kan nevne personer ved navn: det viser det som er skrevet under «Eier» i «De fire stegene» og "
    "«Hvem som deltok» i «Medvirkning fra de ansattes representanter». Redegjørelsen blir offentlig: skriv "
    "roller der i stedet (for eksempel «HR-ansvarlig», «tillitsvalgt»), eller få samtykke fra hver person "
    "som er nevnt, før den publiseres."
)


def flat(text: str) -> str:
    return " ".join(text.split())


def plan_with(database, owner: str, who: str) -> int:
    """The bakery's plan with one measure's owner and one meeting's "who" as typed."""
    with database.session() as session:
        plan_id = small_groups_plan(session)
        from verktoykasse.storage.models import Plan

        plan = session.get(Plan, plan_id)
        plan.measures[0].owner = owner
        plan.arp_involvement[0].who = who
        session.commit()
    return plan_id


def drafts(database, plan_id: int) -> dict[str, str]:
    """The draft's text as a reader gets it: PDF and Word, in bokmål and English."""
    from verktoykasse.reports.arp_docx import build_arp_docx
    from verktoykasse.reports.arp_draft import build_arp_draft
    from verktoykasse.storage.editing import load_plan

    with database.session() as session:
        plan = load_plan(session, plan_id)
        texts = {}
        for language in ("nb", "en"):
            texts[f"PDF {language}"] = flat(pdf_text(build_arp_draft(plan, TODAY, language)))
            texts[f"Word {language}"] = flat(word_text(build_arp_docx(plan, TODAY, language)))
    return texts


def test_the_owner_types_who_took_part_and_the_saved_drafts_say_where_they_name_people(
    qtbot, start_window, tmp_path, monkeypatch
):
    from PySide6.QtGui import QDesktopServices

    from verktoykasse.ui.arp_window import ArpWindow

    window = start_window()
    plan_id = plan_with(window.database, owner="Kari Nordmann", who="")
    arp = ArpWindow(window.database, plan_id, window, today=TODAY, tab="representatives")
    arp.show()
    pause(qtbot)
    who = arp.meetings.detail.findChild(QLineEdit, "arpMeetingWho")
    # The field asks for roles before anything is typed, and says why when the pointer rests on it.
    assert who.placeholderText() == "Roles, not names: for example union representative, HR manager"
    assert "made public" in who.toolTip()
    type_into(qtbot, who, "Ola Hansen")
    pause(qtbot)

    answers = iter([str(tmp_path / "utkast.pdf"), str(tmp_path / "utkast.docx")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (next(answers), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    arp.save_draft("pdf")
    arp.save_draft("docx")
    arp.reject()
    arp.deleteLater()
    QApplication.processEvents()

    # The plan's report language is bokmål: so are both files.
    for text in (
        flat(pdf_text((tmp_path / "utkast.pdf").read_bytes())),
        flat(word_text((tmp_path / "utkast.docx").read_bytes())),
    ):
        assert WARNING_NB in text
        # Under "check before use", and nothing typed is changed or left out: the business decides.
        assert text.index("sjekk før bruk") < text.index(WARNING_NB) < text.index("Del 1:")
        assert "Kari Nordmann" in text and "Ola Hansen" in text


def test_in_english_the_draft_names_the_places_where_something_was_typed(database):
    texts = drafts(database, plan_with(database, owner="Kari Nordmann", who="Ola Hansen, Aisha Ali"))
    assert WARNING_EN in texts["PDF en"] and WARNING_EN in texts["Word en"]
    assert WARNING_NB in texts["PDF nb"] and WARNING_NB in texts["Word nb"]

    only_meetings = drafts(database, plan_with(database, owner="", who="Ola Hansen"))
    for language, place in (("en", "“Who took part” in “Involvement"), ("nb", "«Hvem som deltok» i")):
        for kind in ("PDF", "Word"):
            text = only_meetings[f"{kind} {language}"]
            assert place in text, (kind, language)
            assert "«Eier»" not in text and "“Owner”" not in text, (kind, language)


@pytest.mark.parametrize("owner, who", [("", ""), ("  ", "\n")])
def test_a_draft_where_no_owner_or_participant_is_typed_has_no_such_line(database, owner, who):
    for name, text in drafts(database, plan_with(database, owner=owner, who=who)).items():
        assert "may name people" not in text and "kan nevne personer" not in text, name
        assert ("check before use" in text) or ("sjekk før bruk" in text), name
