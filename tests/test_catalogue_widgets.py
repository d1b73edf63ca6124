"""The two catalogue widgets the wizard embeds: suggestions for a gap or a measure, and the picker that
records which schemes and contacts a measure uses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from verktoykasse.storage.contacts import add_contact, list_measure_resources
from verktoykasse.storage.models import Measure
from verktoykasse.storage.plans import create_plan

GAP_KEYS = ("diversity", "recruitment", "manager_competence", "external_cooperation", "follow_up")


@pytest.fixture
def measure_id(database) -> int:
    with database.session() as session:
        plan = create_plan(session, "Inkludering 2027")
        measure = Measure(
            plan_id=plan.id,
            title="Mentorordning for nye medarbeidere",
            description="Hver nyansatt får en fadder de første månedene",
        )
        session.add(measure)
        session.commit()
        return measure.id


@pytest.mark.parametrize("template_key", GAP_KEYS)
def test_the_suggestion_panel_has_something_for_each_gap_area(qtbot, template_key):
    from verktoykasse.ui.catalogue.suggestions import SuggestionPanel

    panel = SuggestionPanel()
    qtbot.addWidget(panel)
    panel.show_for_gap(template_key, "")
    assert panel.list.count() > 0
    assert panel.list.currentRow() == 0
    assert panel.summary.text()


def test_the_suggestion_panel_follows_a_measure_and_opens_a_page_only_on_click(qtbot, monkeypatch):
    from verktoykasse.ui.catalogue.suggestions import SuggestionPanel

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel = SuggestionPanel()
    qtbot.addWidget(panel)
    chosen: list[str] = []
    panel.entry_chosen.connect(chosen.append)

    panel.show_for_measure("Ta inn to lærlinger", "")
    assert panel.entries()[0].id == "laerlingtilskudd"
    assert opened == []
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert [url.toString() for url in opened] == ["https://udir.no"]

    panel.list.itemActivated.emit(panel.list.item(0))
    assert chosen == ["laerlingtilskudd"]

    panel.show_for_measure("Xyzzy", "")
    assert panel.entries() == []
    assert not panel.empty.isHidden()


def test_the_picker_lists_suggestions_first_and_records_what_the_measure_uses(qtbot, database, measure_id):
    from verktoykasse.ui.catalogue.resource_picker import ResourcePicker

    with database.session() as session:
        add_contact(session, "Kari, mentor fra Fretex", organisation="Fretex")
    picker = ResourcePicker(database, measure_id)
    qtbot.addWidget(picker)
    assert picker.candidates()[0].id == "nav-mentortilskudd"
    assert picker.candidate_list.item(0).text().startswith("Suggested: ")

    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert picker.used_names() == ["Mentortilskudd"]
    assert "nav-mentortilskudd" not in [entry.id for entry in picker.candidates()]

    qtbot.keyClicks(picker.search_edit, "kari mentor")
    assert [entry.name for entry in picker.candidates()] == ["Kari, mentor fra Fretex"]
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert picker.used_names() == ["Mentortilskudd", "Kari, mentor fra Fretex"]

    with database.session() as session:
        rows = list_measure_resources(session, measure_id)
        assert [(row.catalogue_entry_id, row.contact_id is not None) for row in rows] == [
            ("nav-mentortilskudd", False),
            (None, True),
        ]

    picker.used_list.setCurrentRow(0)
    qtbot.mouseClick(picker.remove_button, Qt.MouseButton.LeftButton)
    assert picker.used_names() == ["Kari, mentor fra Fretex"]
    with database.session() as session:
        assert [row.contact_id is not None for row in list_measure_resources(session, measure_id)] == [True]


def test_adding_the_same_scheme_twice_keeps_one_row(database, measure_id):
    from verktoykasse.storage.contacts import add_measure_resource

    with database.session() as session:
        first = add_measure_resource(session, measure_id, catalogue_entry_id="ips")
        again = add_measure_resource(session, measure_id, catalogue_entry_id="ips")
        assert first.id == again.id
        assert len(list_measure_resources(session, measure_id)) == 1


def test_a_deleted_contact_disappears_from_the_measure(qtbot, database, measure_id):
    from verktoykasse.storage.contacts import add_measure_resource, delete_contact
    from verktoykasse.ui.catalogue.resource_picker import ResourcePicker

    with database.session() as session:
        contact = add_contact(session, "Nav Fredrikstad")
        add_measure_resource(session, measure_id, contact_id=contact.id)
        delete_contact(session, contact.id)
    picker = ResourcePicker(database, measure_id)
    qtbot.addWidget(picker)
    assert picker.used_names() == []


def test_the_ui_package_does_not_load_the_catalogue_at_start_up():
    import subprocess
    import sys

    code = (
        "import sys, verktoykasse.ui.main_window, verktoykasse.ui.catalogue; "
        "bad=[m for m in sys.modules if m.startswith(('verktoykasse.catalogue','jsonschema'))]; "
        "assert not bad, bad"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=None)
    assert result.returncode == 0, result.stderr


def test_the_picker_reads_the_measures_area_so_new_job_ads_get_recruitment_help_first(qtbot, database):
    """A measure "Nye stillingsannonser og intervjuguide" in the area "Rekrutteringspraksis": the words of
    the title alone suggested the sick-leave law first; the area says this is about recruiting."""
    from verktoykasse.ui.catalogue.resource_picker import ResourcePicker

    with database.session() as session:
        plan = create_plan(session, "Inkludering 2027")
        measure = Measure(
            plan_id=plan.id,
            title="Nye stillingsannonser og intervjuguide",
            area="Rekrutteringspraksis",
            description="Skrive om annonsene så de bare ber om det jobben krever, og lage en felles "
            "intervjuguide.",
        )
        session.add(measure)
        session.commit()
        measure_id = measure.id
    picker = ResourcePicker(database, measure_id)
    qtbot.addWidget(picker)
    first = [entry.id for entry in picker.candidates()[:3]]
    assert "arbeidsmiljoloven-4-6" not in first
    assert {"nav-arbeidstrening", "nav-midlertidig-lonnstilskudd"} <= set(first)
