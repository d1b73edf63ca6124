"""Siv runs a small cleaning company in Tromsø. She has never seen the program before. With the window in
bokmål and only the keyboard, and nothing but the words on the screen to guide her, she makes a plan for
the board: the business's profile, a need, a gap, a goal with its key figure (baseline and target), two
measures with an owner, the deadline 31.12.2027, a cost in kroner and a Nav scheme from the catalogue, and
a first measurement. She opens the equality work (ARP) and says who is responsible for it. Then she saves
the action plan as a PDF for the board, an Excel workbook for the accountant and a Word file for the
board's secretary, and each of them says what she typed, as she typed it. The next morning she opens the
program again and everything is there.

Every field is found by the label she reads beside it (or, for a list or a button, by its words), reached
with Alt+the letter the label underlines, or with Tab, and filled by typing. Nothing is set behind her
back; only the operating system's own file dialog is stood in for (it is not the program's).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from verktoykasse.ui.wizard.fields import TypedField, plain
from wizard_support import norwegian_numbers, pause, with_keyboard  # noqa: F401

pytestmark = pytest.mark.usefixtures("norwegian_numbers")

NBSP = "\u00a0"

# -- what Siv types (bokmål, æøå, kroner and dates as Norwegians write them) --------------------------------
PLAN_NAME = "Inkludering i Renhold Nord 2027"
PROFILE = [
    ("Periode fra", "1.1.2027", "01.01.2027"),
    ("Periode til", "31.12.2027", "31.12.2027"),
    ("Navn på virksomheten", "Renhold Nord AS", None),
    ("Organisasjonsnummer", "974 760 673", None),
    ("Bransje", "Renhold av bygninger", None),
    ("Antall ansatte", "23", None),
    ("Kommune", "Tromsø", None),
    ("Fylke", "Troms", None),
    ("Kontaktperson", "Siv Åsheim Nilsen", None),
    ("E-post", "siv@renholdnord.no", None),
    ("Telefon", "+47 777 12 345", None),
    ("Problemstilling", "Hvordan får vi flere med hull i CV-en inn i faste stillinger hos oss?", None),
]
NEEDS = [
    ("Arbeidsgivers behov for arbeidskraft", "Vi mangler folk på kveldsskiftene i Tromsø sentrum.", None),
    ("Målgruppenes behov og ressurser", "Faste rutiner, en fadder og tid til å lære fagspråket.", None),
]
NEED = [("Beskrivelse", "Kveldsrenhold med fadder de første ukene", None)]
GAP = [
    ("Område", "Rekrutteringsprosesser", None),
    ("Nåsituasjon (i dag)", "Vi rekrutterer bare gjennom bekjente og Finn.no.", None),
    ("Ønsket situasjon", "Vi har fast samarbeid med Nav om kandidater fra målgruppen.", None),
    ("Vurdering i dag (1–5)", "2", None),
    ("Ønsket vurdering (1–5)", "4", None),
]
GOAL = [("Målet", "Øke andelen inkluderende rekrutteringer", None)]
KPI = [
    ("Navn på måltallet (KPI)", "Nyansatte fra målgruppen", None),
    ("Enhet", "personer", None),
    ("Verdi i dag (utgangsverdi)", "0", None),
    ("Målverdi", "3", None),
    ("Frist", "31.12.2027", None),
]
MEASURES = [
    [
        ("Tiltaket", "Fast samarbeid med Nav Tromsø", None),
        ("Eier", "Siv Åsheim Nilsen", None),
        ("Frist", "31.12.2027", None),
        ("Kostnad (kr)", "kr 85 000", "85 000"),
    ],
    [
        ("Tiltaket", "Fadderordning for nyansatte på kveldsskiftet", None),
        ("Eier", "Bjørn Ødegård", None),
        ("Frist", "31.12.2027", None),
        ("Kostnad (kr)", "42 500 kr", "42 500"),
    ],
]
SCHEME_SEARCH = "lønnstilskudd"
MEASUREMENT = [("Målt dato", "30.6.2027", "30.06.2027"), ("Verdi", "1", None)]
ARP_RESPONSIBLE = "Daglig leder Siv Åsheim Nilsen; styret godkjenner"


# -- finding things as Siv does: by the words on the screen ------------------------------------------------
def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard's focus is lost: typing goes nowhere"
    assert widget.isVisible(), f"the cursor is in {widget!r}, which is not on the screen"
    return widget


def on_screen(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled()


def labelled(root: QWidget, text: str) -> QWidget:
    """The one field whose label on screen reads ``text`` (without "&" and ":"); a tick box by its own
    words. A screen reader calls it the same."""
    found: list[QWidget] = []
    for label in root.findChildren(QLabel):
        if on_screen(label) and label.buddy() is not None and plain(label.text()) == text:
            found.append(label.buddy())
    for box in root.findChildren(QCheckBox):
        if on_screen(box) and plain(box.text()) == text:
            found.append(box)
    if len(found) != 1:
        seen = sorted({plain(lb.text()) for lb in root.findChildren(QLabel) if on_screen(lb) and lb.buddy()})
        raise AssertionError(f"{len(found)} fields labelled {text!r} on screen; the labels are {seen}")
    field = found[0]
    assert field.accessibleName() == text, f"{text!r} is called {field.accessibleName()!r} by a screen reader"
    return field


def button(root: QWidget, text: str) -> QAbstractButton:
    """The one button on screen that says ``text``."""
    found = [b for b in root.findChildren(QAbstractButton) if on_screen(b) and plain(b.text()) == text]
    assert len(found) == 1, f"{len(found)} buttons saying {text!r}"
    return found[0]


def by_name(root: QWidget, kind: type[QWidget], name: str) -> QWidget:
    """A list or an editor without a label of its own, by what a screen reader calls it."""
    found = [w for w in root.findChildren(kind) if on_screen(w) and w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} {kind.__name__} called {name!r}"
    return found[0]


def mnemonic_of(root: QWidget, field: QWidget) -> str | None:
    for label in root.findChildren(QLabel):
        if label.buddy() is field and on_screen(label):
            text = label.text().replace("&&", "")
            at = text.find("&")
            if at >= 0 and at + 1 < len(text):
                return text[at + 1]
    if isinstance(field, QAbstractButton):
        text = field.text().replace("&&", "")
        at = text.find("&")
        if at >= 0 and at + 1 < len(text):
            return text[at + 1]
    return None


def letter_key(letter: str) -> Qt.Key:
    return {"æ": Qt.Key.Key_AE, "ø": Qt.Key.Key_Ooblique, "å": Qt.Key.Key_Aring}.get(
        letter.lower(), Qt.Key(ord(letter.upper()))
    )


def typeable(text: str) -> bool:
    """What QTest can type key by key (it aborts on other letters; those would need a paste)."""
    return all(ord(ch) < 128 or ch in "æøåÆØÅ" for ch in text)


class Siv:
    """The user at the keyboard. ``stuck`` lists what stopped or confused her."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot = qtbot
        self.window = window
        self.stuck: list[str] = []
        self.english: list[str] = []

    @property
    def page(self) -> QWidget:
        return self.window.plan_page.current_page()

    def tab_to(self, target: QWidget, what: str, limit: int = 400) -> QWidget:
        for _ in range(limit):
            if focus() is target:
                return target
            QTest.keyClick(focus(), Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {what!r}")

    def reach(self, field: QWidget, what: str, root: QWidget) -> QWidget:
        """Alt+the underlined letter (again where two labels share it), else Tab until the cursor is there."""
        letter = mnemonic_of(root, field)
        if letter is not None and not isinstance(field, QAbstractButton):  # Alt+letter would press it
            for _ in range(4):
                QTest.keyClick(focus(), letter_key(letter), Qt.KeyboardModifier.AltModifier)
                if focus() is field:
                    return field
            self.stuck.append(f"Alt+{letter} does not reach {what!r}")
        return self.tab_to(field, what)

    def go_to(self, label: str, root: QWidget | None = None) -> QWidget:
        root = root or self.page
        return self.reach(labelled(root, label), label, root)

    def write(self, label: str, text: str, root: QWidget | None = None) -> QWidget:
        """Go to the field labelled so and type ``text`` over what is there."""
        field = self.go_to(label, root)
        QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        assert typeable(text), text
        QTest.keyClicks(field, text)
        return field

    def fill(self, fields, root: QWidget | None = None) -> None:
        for label, typed, _shown in fields:
            self.write(label, typed, root)

    def choose(self, label: str, choice: str, root: QWidget | None = None) -> None:
        """A drop-down list: Home, then Down until it shows ``choice``."""
        combo = self.go_to(label, root)
        assert isinstance(combo, QComboBox)
        QTest.keyClick(combo, Qt.Key.Key_Home)
        for _ in range(combo.count()):
            if combo.currentText() == choice:
                break
            QTest.keyClick(combo, Qt.Key.Key_Down)
        items = [combo.itemText(i) for i in range(combo.count())]
        assert combo.currentText() == choice, f"{label!r} offers {items}"

    def tick(self, label: str, root: QWidget | None = None) -> None:
        box = self.go_to(label, root)
        QTest.keyClick(box, Qt.Key.Key_Space)
        assert box.isChecked()

    def insert_row(self, list_label: str) -> None:
        """Go to the list and press Insert: a new row, the cursor in its first field."""
        table = self.go_to(list_label)
        before = table.count()
        QTest.keyClick(table, Qt.Key.Key_Insert)
        assert table.count() == before + 1, f"Insert added no row to {list_label!r}"
        assert focus() is not table and self.page.isAncestorOf(focus()), "the new row's field has no cursor"

    def press(self, text: str, root: QWidget | None = None) -> None:
        """A button by its words: Alt+its underlined letter (where another field shares the letter, Alt+it
        only goes there: again until the button has the cursor, then Space), else Tab to it and Space."""
        root = root or self.page
        target = button(root, text)
        pressed: list[bool] = []
        clicked: list[bool] = []
        target.pressed.connect(lambda: pressed.append(True))
        target.clicked.connect(lambda: clicked.append(True))  # after what the button does (a dialog)
        letter = mnemonic_of(root, target)
        if letter is not None:
            for _ in range(4):
                QTest.keyClick(focus(), letter_key(letter), Qt.KeyboardModifier.AltModifier)
                if pressed:  # the button goes down, and is clicked a moment later
                    self.qtbot.waitUntil(lambda: bool(clicked))
                    return
                if focus() is target:
                    self.stuck.append(f"Alt+{letter} does not press {text!r} at once: the letter is shared")
                    QTest.keyClick(target, Qt.Key.Key_Space)
                    return
            self.stuck.append(f"Alt+{letter} does not press {text!r}")
        self.tab_to(target, text)
        QTest.keyClick(target, Qt.Key.Key_Space)

    def previous_step(self) -> None:
        QTest.keyClick(focus(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)

    def tick_item(self, label: str, item: str) -> None:
        """An item of a list of tick boxes: the arrows to it, Space ticks it."""
        items = self.go_to(label)
        assert isinstance(items, QListWidget)
        QTest.keyClick(items, Qt.Key.Key_Home)
        for _ in range(items.count()):
            if items.currentItem() is not None and items.currentItem().text() == item:
                break
            QTest.keyClick(items, Qt.Key.Key_Down)
        QTest.keyClick(items, Qt.Key.Key_Space)
        assert items.currentItem().text() == item
        assert items.currentItem().checkState() == Qt.CheckState.Checked

    def refused(self) -> list[str]:
        """The messages beside number and date fields: what was typed and not taken."""
        pause(self.qtbot)
        return [
            f"{f.edit.accessibleName()}: {f.message.text()}"
            for f in self.page.findChildren(TypedField)
            if f.message.text()
        ]

    def tab_round(self) -> list[str]:
        """From the step list, Tab through the page and round to the step list again: the labelled fields
        on the page that Tab never reached (or, if it never came round, where it was trapped)."""
        steps = self.window.plan_page.step_list
        steps.setFocus()  # where a plan opens; her own Tabs from here
        reached: list[QWidget] = []
        for _ in range(300):
            QTest.keyClick(focus(), Qt.Key.Key_Tab)
            if focus() is steps:
                break
            reached.append(focus())
        else:
            return [f"Tab is trapped in {[w.accessibleName() for w in reached[-4:]]}"]
        fields = [
            label.buddy()
            for label in self.page.findChildren(QLabel)
            if on_screen(label) and label.buddy() is not None and on_screen(label.buddy())
        ]
        return [f"Tab skips {field.accessibleName()!r}" for field in fields if field not in reached]

    def next_step(self, heading: str) -> None:
        """Ctrl+PgDown to the next step; the page says which it is. What she leaves was all in bokmål."""
        assert self.refused() == []
        self.english += english_on_screen(self.window)
        QTest.keyClick(focus(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        headings = [plain(lb.text()) for lb in self.page.findChildren(QLabel) if on_screen(lb)]
        assert heading in headings, f"the step's page is not {heading!r}"
        assert self.page.isAncestorOf(focus()) or focus() is self.window.plan_page.step_list
        self.stuck += self.tab_round()


def menu(window, menu_letter: str, item: str) -> None:
    """Alt+the menu's letter, then the item's letter, as the keyboard opens a menu."""
    QTest.keyClick(focus(), letter_key(menu_letter), Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()
    popup = QApplication.activePopupWidget()
    assert popup is not None, f"Alt+{menu_letter} opened no menu (focus on {focus()!r})"
    actions = [a for a in popup.actions() if plain(a.text()).rstrip("…").strip() == item]
    assert len(actions) == 1, f"the menu has {[plain(a.text()) for a in popup.actions()]}"
    letter = mnemonic_of_text(actions[0].text())
    assert letter is not None, f"{item!r} has no underlined letter"
    QTest.keyClick(popup, letter_key(letter))


def mnemonic_of_text(text: str) -> str | None:
    text = text.replace("&&", "")
    at = text.find("&")
    return text[at + 1] if 0 <= at < len(text) - 1 else None


class DialogAnswer:
    """Siv's hands on the next dialog that opens (a modal one runs in its own event loop): ``act`` is done
    with it; ``failed`` keeps what went wrong there (the dialog is then closed, so the story goes on to
    fail). Used with ``with``: a dialog that may or may not come is not waited for after the block."""

    def __init__(self, act) -> None:
        self.act = act
        self.failed: list[Exception] = []
        self.seen = False
        self.waiting = True

    def __enter__(self) -> DialogAnswer:
        QTimer.singleShot(0, self.look)
        return self

    def __exit__(self, *_exc) -> None:
        self.waiting = False

    def look(self) -> None:
        if not self.waiting:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isActiveWindow():
            QTimer.singleShot(10, self.look)
            return
        self.waiting, self.seen = False, True
        try:
            self.act(dialog)
        except Exception as problem:  # any mistake ends the dialog, so the story fails and goes on
            self.failed.append(problem)
            dialog.reject()


def english_words() -> set[str]:
    """The program's English texts whose bokmål reads otherwise: on a bokmål screen, any of them is a
    message Siv was not meant to read in English."""
    from ts_files import TRANSLATIONS, read_ts

    english = set()
    for message in read_ts(TRANSLATIONS / "verktoykasse_nb.ts"):
        if not message.translations or message.numerus or "{" in message.source:
            continue
        if plain(message.translations[0]) != plain(message.source) and len(plain(message.source)) > 3:
            english.add(plain(message.source))
    return english


ENGLISH = english_words()


def english_on_screen(root: QWidget) -> list[str]:
    """The texts on screen (labels, buttons, tabs, tips, screen-reader names) that are still English."""
    seen = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        texts = [widget.accessibleName(), widget.toolTip(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        seen += [f"{type(widget).__name__}: {text!r}" for text in texts if plain(text) in ENGLISH]
    return seen


# -- reading what she gets -----------------------------------------------------------------------------------
def pdf_text(path: Path) -> str:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    return " ".join(text.replace(NBSP, " ").split())


def xlsx_text(path: Path) -> str:
    """The workbook's cells as Excel shows them: a date by its format (dd.mm.yyyy), kroner as "kr 85 000"."""
    import datetime as dt

    import openpyxl

    book = openpyxl.load_workbook(path)
    cells = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                value, shape = cell.value, cell.number_format or ""
                if value is None:
                    continue
                if isinstance(value, dt.datetime) and shape == "dd.mm.yyyy":
                    cells.append(value.strftime("%d.%m.%Y"))
                elif isinstance(value, int | float) and shape.startswith('"kr"'):
                    cells.append("kr " + f"{value:,.0f}".replace(",", " "))
                else:
                    cells.append(str(value))
    return " | ".join(cells)


def docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return " ".join(" | ".join(parts).replace(NBSP, " ").split())


@pytest.fixture
def bokmaal(qapp):
    from verktoykasse.i18n import apply_language, clear_translators

    apply_language(qapp, "nb")
    yield
    clear_translators(qapp)


@pytest.fixture
def files_saved(monkeypatch, tmp_path):
    """The operating system's save dialog, stood in for: Siv names the file; what the dialog offered (its
    title and file types) is kept to be read. Opening the saved file in its program is noted, not done."""
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    asked: list[tuple[str, str, str]] = []
    opened: list[str] = []
    names = iter(["styret.pdf", "regnskap.xlsx", "sekretaer.docx"])

    def save_dialog(_parent, title, _suggested, filters, chosen_filter, *rest):
        asked.append((title, filters, chosen_filter))
        return str(tmp_path / next(names)), chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()))
    )
    return asked, opened


def test_a_new_user_types_her_plan_by_the_labels_with_the_keyboard_and_gets_the_boards_papers(
    start_window, qtbot, bokmaal, files_saved
):
    window = with_keyboard(start_window())
    siv = Siv(qtbot, window)

    # Ctrl+N: the new plan's name, typed in the dialog's one field, and Enter.
    def name_the_plan(dialog) -> None:
        field = focus()
        assert dialog.isAncestorOf(field), "the dialog opened without the cursor in its field"
        siv.english.extend(english_on_screen(dialog))
        field = siv.write("Navn på planen", PLAN_NAME, root=dialog)
        QTest.keyClick(field, Qt.Key.Key_Return)

    with DialogAnswer(name_the_plan) as answer:
        QTest.keyClick(focus(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert answer.seen and answer.failed == []
    with_keyboard(window)
    assert focus() is window.plan_page.step_list, "the plan opens with the cursor on “where am I”"
    assert labelled(siv.page, "Navn på planen").text() == PLAN_NAME

    # The business's profile
    siv.fill(PROFILE)
    siv.choose("Arbeidsgiver", "Privat")

    # Step 1: what do we need?
    siv.next_step("Hva trenger vi?")
    siv.fill(NEEDS)
    siv.insert_row("Behov")
    siv.fill(NEED)

    # Step 2: the gap
    siv.next_step("Hvor står vi – hvor vil vi?")
    siv.insert_row("Gapområder")
    siv.fill(GAP)
    siv.choose("Prioritet", "Høy")
    assert "+2" in labelled(siv.page, "Avstand igjen (gapet)").text()

    # Step 3: the goal and its key figure
    siv.next_step("Mål og måltall")
    siv.insert_row("Mål")
    siv.fill(GOAL)
    siv.insert_row("Måltall (KPI-er) for dette målet")
    siv.fill(KPI)

    # Step 4: two measures, each with its owner, deadline, cost and a scheme from the catalogue
    siv.next_step("Hva vi gjør")
    schemes: list[str] = []  # as the catalogue names them
    for n, measure in enumerate(MEASURES):
        siv.insert_row("Tiltak")
        siv.fill(measure)
        siv.tick_item("Bidrar til målene", GOAL[0][1])
        siv.write("Søk i katalogen", SCHEME_SEARCH)
        candidates = by_name(siv.page, QListWidget, "Virkemidler og kontakter som kan legges til")
        QTest.keyClick(focus(), Qt.Key.Key_Tab)
        assert focus() is candidates, "Tab from the search does not go to what it found"
        assert candidates.count() > 0, f"nothing found for {SCHEME_SEARCH!r}"
        QTest.keyClick(candidates, Qt.Key.Key_Return)
        used = by_name(siv.page, QListWidget, "Virkemidler og kontakter tiltaket bruker")
        assert used.count() == 1, f"measure {n + 1}: Enter added no scheme"
        schemes.append(used.item(0).text().split("\n")[0])
        assert "lønnstilskudd" in schemes[-1].lower(), schemes[-1]
        assert siv.page.isAncestorOf(focus())

    # Step 5: the first measurement of the key figure
    siv.next_step("Hvordan gikk det?")
    siv.insert_row("Målinger")
    siv.fill(MEASUREMENT)
    assert siv.refused() == []
    siv.english += english_on_screen(window)
    assert siv.english == []
    assert siv.stuck == []

    # The equality work (ARP), from the profile: who is responsible for it.
    for _ in range(5):
        siv.previous_step()
    assert window.plan_page.current_step == "profile"

    def say_who_is_responsible(dialog) -> None:
        assert dialog.isAncestorOf(focus()), "the equality window opened without the cursor in it"
        siv.english.extend(english_on_screen(dialog))
        siv.write("Hvem har ansvaret", ARP_RESPONSIBLE, root=dialog)
        QTest.keyClick(focus(), Qt.Key.Key_Escape)

    siv.tick("Dokumenter likestillingsarbeidet likevel")  # 23 employees: not required, but wanted
    with DialogAnswer(say_who_is_responsible) as answer:
        siv.press("Åpne likestillingsarbeidet (ARP) …")
    assert answer.seen and answer.failed == []
    with_keyboard(window)
    # The cursor is back where it was when she pressed Alt+Å: on the tick box.
    assert focus() is labelled(siv.page, "Dokumenter likestillingsarbeidet likevel")

    # The board's papers: Ctrl+E for the PDF, then File → Excel and File → Word.
    asked, opened = files_saved

    def export_anyway(dialog) -> None:  # "Ready for the board?" says what is missing; she goes on
        assert dialog.isAncestorOf(focus()), "the question opened without the cursor in it"
        siv.english.extend(english_on_screen(dialog))
        siv.press("Eksporter PDF likevel", root=dialog)

    was_at = focus()
    with DialogAnswer(export_anyway) as answer:  # a plan that lacks nothing goes on without asking
        QTest.keyClick(focus(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert answer.failed == []
    with_keyboard(window)
    assert len(asked) == 1, "Ctrl+E saved no PDF"
    menu(window, "F", "Eksporter til Excel")
    with_keyboard(window)
    menu(window, "F", "Eksporter til Word")
    with_keyboard(window)
    assert focus() is was_at, "after saving the papers the cursor is not where it was"
    said = window.statusBar().currentMessage()
    assert said == f"Handlingsplanen er lagret i {opened[-1]}", said
    assert [filters for _title, _filters, filters in asked] == [
        "PDF på norsk bokmål (*.pdf)",
        "Excel-arbeidsbok på norsk bokmål (*.xlsx)",
        "Word-dokument på norsk bokmål (*.docx)",
    ]
    pdf, xlsx, word = (Path(path) for path in opened)
    everywhere = [
        MEASURES[0][0][1],
        MEASURES[1][0][1],
        "Siv Åsheim Nilsen",
        "Bjørn Ødegård",
        "31.12.2027",
        "kr 85 000",
        "kr 42 500",
        "kr 127 500",  # the two together: what the plan costs
        KPI[0][1],
        GAP[0][1],
        *schemes,
    ]
    board = [PLAN_NAME, "Renhold Nord AS", GOAL[0][1]]  # the accountant's workbook has no cover
    for text, kind, expected in (
        (pdf_text(pdf), "PDF", everywhere + board),
        (xlsx_text(xlsx), "Excel", everywhere),
        (docx_text(word), "Word", everywhere + board),
    ):
        missing = [typed for typed in expected if typed not in text]
        assert missing == [], f"the {kind} file lacks {missing}"
    assert "kr" in pdf_text(pdf) and "Rekrutteringsprosesser" in pdf_text(pdf)

    # She closes the program (File → Quit) and opens it again the next morning.
    menu(window, "F", "Avslutt")
    assert not window.isVisible()
    again = with_keyboard(start_window())
    siv = Siv(qtbot, again)
    QTest.keyClick(focus(), Qt.Key.Key_Return)  # the list of plans, her plan chosen: Enter opens it
    assert again.plan_page.current_step == "profile"  # where she left it
    wrong: list[str] = []

    def check(fields, where: str) -> None:
        for label, typed, shown in fields:
            field = labelled(siv.page, label)
            text = field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
            if text.replace(NBSP, " ") != (shown or typed):
                wrong.append(f"{where} / {label}: {text!r}, typed {typed!r}")

    check(PROFILE, "profile")
    assert labelled(siv.page, "Arbeidsgiver").currentText() == "Privat"
    assert labelled(siv.page, "Dokumenter likestillingsarbeidet likevel").isChecked()

    def read_who_is_responsible(dialog) -> None:
        field = labelled(dialog, "Hvem har ansvaret")
        if field.text() != ARP_RESPONSIBLE:
            wrong.append(f"ARP / Hvem har ansvaret: {field.text()!r}")
        QTest.keyClick(focus(), Qt.Key.Key_Escape)

    with DialogAnswer(read_who_is_responsible) as answer:
        siv.press("Åpne likestillingsarbeidet (ARP) …")
    assert answer.seen and answer.failed == []
    ws = again.plan_page  # the plan is shown anew after the equality window
    ws.go_to("needs")
    check(NEEDS + NEED, "needs")
    ws.go_to("gaps")
    check(GAP, "gap")
    assert labelled(siv.page, "Prioritet").currentText() == "Høy"
    ws.go_to("goals")
    check(GOAL + KPI, "goal")
    ws.go_to("measures")
    table = labelled(siv.page, "Tiltak")
    for row, measure in enumerate(MEASURES):
        table.setFocus()
        QTest.keyClick(table, Qt.Key.Key_Home)
        for _ in range(row):
            QTest.keyClick(table, Qt.Key.Key_Down)
        check(measure, f"measure {row + 1}")
        goals = labelled(siv.page, "Bidrar til målene")
        assert goals.item(0).text() == GOAL[0][1]
        assert goals.item(0).checkState() == Qt.CheckState.Checked
        used = by_name(siv.page, QListWidget, "Virkemidler og kontakter tiltaket bruker")
        assert used.count() == 1
    ws.go_to("evaluation")
    check(MEASUREMENT, "measurement")
    assert wrong == []
    assert siv.english == []
    assert siv.stuck == []
