"""Text a user typed or reads is never cut off without a sign: where a word is too long for its room it
ends in "…", and its whole text is in the tooltip and read aloud. Tooltips show catalogue and template
text as written, even where it looks like markup."""

from __future__ import annotations

import dataclasses

from test_home_view import as_a_tooltip_shows

MARKUP = "Tilskudd <b>for</b> lærlinger & lærekandidater, lønn < 500 000 kr"


def test_a_catalogue_suggestion_whose_text_looks_like_markup_shows_it_as_written_in_its_tooltip(qtbot):
    from verktoykasse.catalogue import load_catalogue
    from verktoykasse.ui.catalogue.suggestions import SuggestionPanel

    catalogue = load_catalogue()
    entries = tuple(
        dataclasses.replace(entry, gloss=MARKUP) if entry.id == "laerlingtilskudd" else entry
        for entry in catalogue.entries
    )
    panel = SuggestionPanel(catalogue=dataclasses.replace(catalogue, entries=entries, _by_id={}))
    qtbot.addWidget(panel)
    panel.show_for_measure("Ta inn to lærlinger", "")
    assert panel.entries()[0].id == "laerlingtilskudd"
    assert as_a_tooltip_shows(panel.list.item(0).toolTip()) == MARKUP


def test_a_ready_made_measure_whose_description_looks_like_markup_shows_it_as_written(qtbot, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from verktoykasse.domain import templates
    from verktoykasse.ui.wizard.templates_menu import template_button

    example = templates.MeasureTemplate(key="x", area="Rekruttering", title="Lærling", description=MARKUP)
    monkeypatch.setattr(templates, "measure_templates", lambda: [example])
    page = QWidget()
    qtbot.addWidget(page)
    button = template_button(page, "measureTemplates", "From an example", "measures", lambda _t: None)
    (action,) = button.menu().actions()
    assert action.text() == "Lærling"
    assert as_a_tooltip_shows(action.toolTip()) == MARKUP


def test_the_gap_charts_tooltip_shows_a_title_that_looks_like_markup_as_typed(qtbot):
    from verktoykasse.ui.wizard.charts import GapBar, GapChart

    chart = GapChart()
    qtbot.addWidget(chart)
    chart.set_bars([GapBar("<b>Lager</b> & kantine", 2, 4)])
    assert as_a_tooltip_shows(chart.toolTip()).startswith("<b>Lager</b> & kantine: today 2, desired 4, gap 2")
