"""A baker opens the program for the first time: the steps speak plain words, the method's words are
explained one click away (ⓘ, Help → Glossary), Help → Getting started says what the program does, and
"tiltak" (what the business does) is never mixed up with Nav's schemes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QToolButton

from wizard_support import new_plan, on_page


@pytest.fixture
def bokmaal(qapp):
    from verktoykasse.i18n import apply_language, clear_translators

    apply_language(qapp, "nb")
    yield
    clear_translators(qapp)


def test_the_steps_have_plain_names_with_the_method_word_beneath(bokmaal, start_window, answer_next_dialog):
    window = start_window()
    ws = new_plan(window, answer_next_dialog, "Bakeriet 2027")
    lines = [ws.step_list.item(row).text() for row in range(ws.step_list.count())]
    assert lines[1].startswith("1. Hva trenger vi?\nbehovskartlegging\nMangler: ")
    assert lines[2].startswith("2. Hvor står vi – hvor vil vi?\ngapanalyse\nMangler: ")
    assert lines[3].startswith("3. Mål og måltall\nmål og KPI-er\nMangler: ")
    assert lines[4].startswith("4. Hva vi gjør\ntiltak og handlingsplan\nMangler: ")
    assert lines[5].startswith("5. Hvordan gikk det?\nevaluering og læring\nMangler: ")
    ws.go_to("gaps")
    assert on_page(ws, QLabel, "pageHeading").text() == "Hvor står vi – hvor vil vi?"
    assert on_page(ws, QLabel, "pageMethodTerm").text() == "I metoden: gapanalyse"


def test_the_i_beside_a_method_word_explains_it_in_plain_words(
    bokmaal, start_window, answer_next_dialog, qtbot
):
    window = start_window()
    ws = new_plan(window, answer_next_dialog, "Bakeriet 2027")
    ws.go_to("goals")
    ws.current_page().goals.add_row()
    ws.current_page().findChild(QPushButton, "kpisAdd").click()
    info = on_page(ws, QToolButton, "info_baseline")
    assert info.text() == "ⓘ"
    assert (
        info.accessibleName() == "Hva betyr «Utgangsverdi (verdi i dag)»? (felt: Verdi i dag (utgangsverdi))"
    )
    assert "når dere begynner" in info.accessibleDescription()
    assert on_page(ws, QToolButton, "info_target").isVisible()
    info.setFocus()
    qtbot.keyClick(info, Qt.Key.Key_Space)  # a keyboard user presses it as any button
    popup = info.popup
    assert popup is not None and popup.isVisible()
    assert popup.text().startswith("Utgangsverdi (verdi i dag): Hva måltallet er når dere begynner")
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    # The field says the same with Shift+F1 (What's This), and keeps its own name for screen readers.
    baseline = on_page(ws, QLineEdit, "kpiBaseline")
    assert baseline.whatsThis() == info.explanation
    assert baseline.accessibleName() == "Verdi i dag (utgangsverdi)"


def test_the_glossary_finds_a_word_and_keeps_our_measures_apart_from_navs_schemes(bokmaal, qtbot):
    from verktoykasse.ui.help import GlossaryDialog

    dialog = GlossaryDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    for word in ("Gapanalyse", "KPI (måltall)", "Utgangsverdi (verdi i dag)", "Målverdi", "Problemstilling"):
        assert word in text
    assert "Tiltak (det vi gjør)" in text and "Virkemiddel (hjelp fra Nav og andre)" in text
    assert "Nav kaller mange av disse «tiltak»" in text
    qtbot.keyClicks(dialog.filter, "virkemid")
    assert dialog.shown == ["Tiltak (det vi gjør)", "Virkemiddel (hjelp fra Nav og andre)"]
    dialog.filter.setText("kransekake")
    assert dialog.text.toPlainText() == "Ingen ord i ordlisten passer med «kransekake»."


def test_help_menu_has_getting_started_and_the_glossary(bokmaal, start_window, qtbot):
    from verktoykasse.ui.help import GettingStartedDialog

    window = start_window()
    actions = [action.text() for action in window.help_menu.actions() if action.text()]
    assert actions[:2] == ["&Kom i gang", "O&rdliste"]
    dialog = GettingStartedDialog(window.context.paths.root, window.plan_actions.open_example, window)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    for heading in ("Hva programmet gjør", "De fem stegene", "Se på eksempelplanen først", "Lagring"):
        assert heading in text
    assert str(window.context.paths.root) in text  # where the data is
    assert "Hvor står vi – hvor vil vi? (gapanalyse)" in text
    image = dialog.text.document().resource(
        dialog.text.document().ResourceType.ImageResource, "picture:steps"
    )
    assert image is not None and not image.isNull()  # the picture of the five steps
    assert dialog.example_button.isDefault()
    dialog.example_button.click()  # the one main action: look at the example plan
    assert window.plan_page is not None and window.plan_page.plan.is_example
    assert not dialog.isVisible()


def test_the_finished_example_plan_says_it_is_at_the_last_step_at_home(start_window):
    from verktoykasse.domain.labels import step_title

    window = start_window()
    window.plan_actions.open_example()
    window.show_home()
    details = window.home.plan_list.currentItem().text().split("\n")[1]
    assert f"Step: {step_title('evaluation')}" in details
    assert "Business profile" not in details


def test_nav_is_written_nav_in_the_words_the_owner_reads(bokmaal):
    from verktoykasse.domain.labels import gap_template_title, participant_kind_label
    from verktoykasse.domain.templates import area_measure_templates, step_guidance

    assert participant_kind_label("nav") == "Nav"
    assert "Nav" in gap_template_title("external_cooperation")
    texts = [gap_template_title("external_cooperation"), *(t.title for t in area_measure_templates())]
    texts += [tip for step in ("measures", "evaluation") for tip in step_guidance(step).tips]
    assert not [text for text in texts if "NAV" in text]
    assert QApplication.instance() is not None
