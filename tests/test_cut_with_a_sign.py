"""Text a user typed or reads is never cut off without a sign: where a word is too long for its room it
ends in "…", and its whole text is in the tooltip and read aloud. Tooltips show catalogue and template
text as written, even where it looks like markup."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

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


def fits(label) -> bool:
    """Every line of ``label``'s text is within its width."""
    room = label.contentsRect().width() - 2 * label.margin()
    return all(label.fontMetrics().horizontalAdvance(word) <= room for word in label.text().split())


def test_a_plan_named_by_one_long_word_shows_its_name_ending_in_an_ellipsis_and_whole_in_its_tooltip(
    start_window, answer_next_dialog, qtbot
):
    """Kari pastes one word of 200 letters as her plan's name. On a small laptop the plan page's title
    shows as much of it as fits and ends in "…"; the tooltip and a screen reader have the whole name."""
    from long_text_plan import long_text

    name = long_text("one word", 200)
    window = start_window()
    answer_next_dialog("ok", text=name)
    window.home.new_plan()
    title = window.plan_page.title
    for width in (1024, 700, 1024):
        window.resize(width, 600)
        qtbot.waitUntil(lambda width=width: window.width() == width)
        qtbot.waitUntil(lambda: fits(title))
        assert title.text().endswith("…") and name.startswith(title.text()[:-1])
        assert title.toolTip() == name and title.accessibleName() == name
        assert title.heightForWidth(title.width()) <= title.height()


def test_a_plan_named_by_a_long_sentence_shows_it_whole_on_more_lines(
    start_window, answer_next_dialog, qtbot
):
    sentence = "Inkluderingsplan for Fjordbakeriet AS, avdeling Sentrum, med sommerjobber og lærlinger "
    name = (sentence * 3)[:200]
    window = start_window()
    answer_next_dialog("ok", text=name)
    window.home.new_plan()
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024)
    title = window.plan_page.title
    assert title.text() == name and title.accessibleName() == name
    assert title.heightForWidth(title.width()) <= title.height()


@pytest.fixture
def language(request, qapp):
    from verktoykasse.i18n import apply_language, clear_translators

    apply_language(qapp, request.param)
    yield request.param
    clear_translators(qapp)


def headings_shown(header) -> dict[str, str]:
    """Each column's heading and what its header shows of it (its lines joined by spaces)."""
    model = header.model()
    return {
        model.headerData(section, header.orientation()): " ".join(header.shown_heading(section).split())
        for section in range(header.count())
    }


@pytest.mark.parametrize("language", ["nb", "en"], indirect=True)
@pytest.mark.parametrize("size", [(800, 600), (1024, 600)], ids=["800x600", "1024x600"])
def test_the_representatives_tab_shows_every_column_heading_whole(language, size, start_window, qtbot):
    """The log of meetings with the employees' representatives is a narrow table beside the meeting's
    details: its "What was discussed" heading wraps onto a second line instead of being cut off."""
    from verktoykasse.exchange.example_plan import add_example_plan
    from verktoykasse.ui.arp_window import ArpWindow

    window = start_window()
    with window.database.session() as session:
        plan_id = add_example_plan(session).id
    arp = ArpWindow(window.database, plan_id, window, tab="representatives")
    arp.show()
    arp.resize(*size)
    qtbot.waitUntil(lambda: arp.width() == size[0])
    QApplication.processEvents()
    header = arp.meetings.list.horizontalHeader()
    shown = headings_shown(header)
    assert shown == {heading: heading for heading in shown}  # every heading whole, no word cut or "…"
    assert header.height() >= header.sizeHint().height()  # as tall as its lines
    assert header.length() <= arp.meetings.list.viewport().width()  # and no column past the edge
    arp.reject()


@pytest.mark.parametrize("language", ["nb", "en"], indirect=True)
def test_the_risk_maps_headings_wrap_and_a_word_too_long_for_its_column_ends_in_an_ellipsis(
    language, start_window, qtbot
):
    from verktoykasse.exchange.example_plan import add_example_plan
    from verktoykasse.ui.arp_window import ArpWindow

    window = start_window()
    with window.database.session() as session:
        plan_id = add_example_plan(session).id
    arp = ArpWindow(window.database, plan_id, window, tab="risks")
    arp.show()
    arp.resize(800, 600)
    qtbot.waitUntil(lambda: arp.width() == 800)
    QApplication.processEvents()
    header = arp.risk_map.table.horizontalHeader()
    for heading, seen in headings_shown(header).items():
        words, seen_words = heading.split(), seen.split()
        assert len(seen_words) == len(words)
        for word, seen_word in zip(words, seen_words, strict=True):
            assert seen_word == word or (seen_word.endswith("…") and word.startswith(seen_word[:-1]))
    assert header.height() >= header.sizeHint().height()
    shortened = [section for section in range(header.count()) if "…" in header.shown_heading(section)]
    for section in shortened:  # resting the mouse on a shortened heading shows it whole
        heading = header.model().headerData(section, header.orientation())
        at = QPoint(header.sectionViewportPosition(section) + 5, header.height() // 2)
        QApplication.sendEvent(
            header.viewport(), QHelpEvent(QEvent.Type.ToolTip, at, header.viewport().mapToGlobal(at))
        )
        assert QToolTip.text() == heading
    arp.reject()


def test_ready_for_the_board_shortens_a_title_of_one_long_word_with_an_ellipsis_and_keeps_it_whole(
    start_window,
):
    """Kari's plan, every text one long word: "Ready for the board?" on a small laptop names the plan
    and each missing thing; a word too long for the dialog ends in "…" where it is cut, and each line's
    tooltip and what a screen reader says have the whole line."""
    from PySide6.QtWidgets import QLabel

    from test_long_texts_small_screens import SMALL, karis_window, while_open

    window, (plan_id,) = karis_window(start_window, "one word")
    window.resize(*SMALL)
    window.open_plan(plan_id)
    seen: dict[str, object] = {}

    def look(dialog) -> None:
        dialog.resize(min(dialog.width(), SMALL[0]), min(dialog.height(), SMALL[1]))
        QApplication.processEvents()
        intro = dialog.findChild(QLabel, "readinessIntro")
        seen["intro"] = (intro.text(), intro.toolTip(), intro.accessibleName(), fits(intro))
        lines = dialog.list
        room = lines.viewport().width()
        seen["lines"] = [
            (
                lines.item(row).text(),
                lines.item(row).toolTip(),
                lines.item(row).data(Qt.ItemDataRole.AccessibleTextRole),
                max(lines.fontMetrics().horizontalAdvance(word) for word in lines.item(row).text().split()),
            )
            for row in range(lines.count())
        ]
        seen["room"] = room

    while_open(lambda: window.followup_actions.check_ready(False), look)
    name = window.plan_page.title.full_text
    shown, tooltip, said, within = seen["intro"]
    assert "…" in shown and tooltip == said and name in said and within
    cut = [line for line in seen["lines"] if "…" in line[0] and "…" not in line[1]]
    assert cut, "a title of one long word is shortened"
    for text, tooltip, said, widest in seen["lines"]:
        assert tooltip == said and len(said) >= len(text) and widest <= seen["room"]


def choices_cut(combo) -> list[str]:
    """The choices of ``combo`` wider than the room it gives a choice's text (cut off, no "…")."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    option.initFrom(combo)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    metrics = combo.fontMetrics()
    texts = [combo.itemText(index) for index in range(combo.count())]
    return [text for text in texts if metrics.horizontalAdvance(text) > field.width() - 2]


@pytest.mark.parametrize("language", ["nb", "en"], indirect=True)
def test_the_catalogues_filters_show_every_choice_whole_at_every_width_of_a_laptop(
    language, start_window, qtbot
):
    """Kari narrows the catalogue with its four boxes (Area, Target group, Kind, Show) on a small laptop
    and on wider windows: whether they stand four in a row or two rows of two, every choice is whole,
    and the window can be made small again."""
    from PySide6.QtWidgets import QComboBox

    window = start_window()
    window.show_catalogue()
    view = window.pages.currentWidget()
    boxes = [view.findChild(QComboBox, name) for name in ("catalogueAreaFilter", "catalogueSourceFilter")]
    boxes += [view.findChild(QComboBox, name) for name in ("catalogueGroupFilter", "catalogueKindFilter")]
    cut: dict[int, list[str]] = {}
    for width in [1024, *range(1060, 1400, 8), 1024]:  # wide, then a small laptop again
        window.resize(width, 600)
        qtbot.waitUntil(lambda width=width: window.width() == width)
        QApplication.processEvents()
        found = [text for box in boxes for text in choices_cut(box)]
        if found:
            cut[width] = found
    assert cut == {}


WORD = "Lærlingplassøkningsprosjektsamarbeidsavtaleforhandlingsmøtereferat"


def test_a_box_whose_choice_is_wider_than_itself_has_the_whole_choice_in_its_tooltip(qtbot):
    """A goal's gap area box on a narrow page: the chosen title ends in "…" and its tooltip has it whole;
    a choice that fits has no tooltip."""
    from PySide6.QtWidgets import QComboBox

    from verktoykasse.ui.elided import ElidedComboBox

    box = ElidedComboBox()
    qtbot.addWidget(box)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(10)
    box.addItem("(no gap chosen)")
    box.addItem(f"<b>{WORD}</b>")
    box.resize(160, box.sizeHint().height())
    box.show()
    assert box.toolTip() == ""
    box.setCurrentIndex(1)
    assert as_a_tooltip_shows(box.toolTip()) == f"<b>{WORD}</b>"
    box.resize(2000, box.height())
    assert box.toolTip() == ""


def test_the_layout_check_names_text_cut_at_an_edge_without_a_sign_and_not_text_ending_in_an_ellipsis(qtbot):
    """``ui.layout_check`` (the screenshot tool's report and the small-screen tests) finds a wrapping
    label or list with a word wider than itself, a box whose choice is cut and a column heading cut at
    its edge; the same texts shown with "…" (``ui.elided``) are not reported."""
    from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QTableWidget, QVBoxLayout, QWidget

    from verktoykasse.ui.elided import ElidedComboBox, WrappedLabel, WrappedList, WrappingHeader
    from verktoykasse.ui.layout_check import layout_problems

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    plain = QLabel(f"Plan {WORD}")
    plain.setWordWrap(True)
    plain.setMinimumWidth(1)
    boxes = [QComboBox(), ElidedComboBox()]
    tables = [QTableWidget(1, 2), QTableWidget(1, 2)]
    tables[1].setHorizontalHeader(WrappingHeader(tables[1]))
    lists = [QListWidget(), WrappedList()]
    lists[0].setWordWrap(True)
    lists[0].addItem(f"Egen kontakt · {WORD}")
    lists[1].add_line(f"Egen kontakt · {WORD}")
    for widget, name in zip(
        [plain, WrappedLabel(f"Plan {WORD}"), *boxes, *tables, *lists],
        [
            "cutLabel",
            "elidedLabel",
            "cutBox",
            "elidedBox",
            "cutTable",
            "wrappingTable",
            "cutList",
            "elidedList",
        ],
        strict=True,
    ):
        widget.setObjectName(name)
        layout.addWidget(widget)
    for box in boxes:
        box.addItem(WORD)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(5)
    for table in tables:
        table.setHorizontalHeaderLabels(["What was discussed", "Who"])
        table.setColumnWidth(0, 60)
    window.resize(300, 500)
    window.show()
    qtbot.waitExposed(window)
    found = " ".join(layout_problems(window))
    assert "cutLabel: the word" in found and "cutBox: its choice" in found
    assert "cutTable: the heading “What was discussed” is cut off" in found
    assert "cutList: the word" in found
    assert "elided" not in found and "wrappingTable" not in found


def test_the_save_banners_tooltip_shows_the_databases_reason_as_written(qtbot):
    """The reason an edit could not be saved quotes the text being saved, "<b>Lager</b> & kantine"."""
    from verktoykasse.ui.plan_workspace import SaveBanner

    banner = SaveBanner()
    qtbot.addWidget(banner)
    reason = "(sqlite3.OperationalError) disk I/O error [parameters: ('<b>Lager</b> & kantine', 7)]"
    banner.show_failure(reason)
    assert as_a_tooltip_shows(banner.message.toolTip()) == reason


def test_copying_a_shortened_web_address_in_the_catalogue_copies_it_whole(qtbot):
    """Kari reads about a scheme in a narrow catalogue pane: its long web address ends in "…". She selects
    the line and copies it (Ctrl+C, or Copy in the menu of a right click) to paste in her e-mail: the
    whole address is pasted, not the shortened one. Part of the line copies as that part."""
    from PySide6.QtGui import QGuiApplication, QKeySequence

    from verktoykasse.catalogue import load_catalogue
    from verktoykasse.ui.catalogue.detail import EntryDetail

    url = (
        "https://www.nav.no/arbeidsgiver/" + "inkluderingstilskudd-og-tilretteleggingstilskudd-" * 3 + "2027"
    )
    entry = dataclasses.replace(load_catalogue().entries[0], url=url)
    detail = EntryDetail()
    qtbot.addWidget(detail)
    detail.resize(420, 600)
    detail.show()
    detail.show_entry(entry)
    label = detail.url_label
    qtbot.waitUntil(lambda: label.text().endswith("…"))
    whole = f"Web page: {url}"
    assert label.accessibleName() == whole

    label.setFocus()
    qtbot.keyClick(label, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
    assert label.selectedText() == label.text()  # what shows is shortened …
    QGuiApplication.clipboard().clear()
    qtbot.keySequence(label, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == whole  # … what is copied is whole

    QGuiApplication.clipboard().clear()
    menu = label.context_menu()
    copy = next(action for action in menu.actions() if action.shortcut() == QKeySequence.StandardKey.Copy)
    assert copy.isEnabled()
    copy.trigger()
    assert QGuiApplication.clipboard().text() == whole

    label.setSelection(0, len("Web page"))
    qtbot.keySequence(label, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == "Web page"
    start = len("Web page: ")
    label.setSelection(start, 5)  # letters she sees copy as they are
    qtbot.keySequence(label, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == "https"
    label.setSelection(start + 8, len(label.text()) - start - 8)  # up to the "…": the rest of the address
    qtbot.keySequence(label, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == url[8:]
