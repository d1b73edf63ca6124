"""A new user, with the keyboard only and the labels on screen as their only guide (as a screen reader user
is), types a real plan into the five steps: each field is found by the label it has on screen, reached
with Alt+its letter (or Tab), filled by typing, a list's new row made with Insert, the next step reached
with Ctrl+PgDown. Numbers and dates are typed as people in Norway write them ("kr 50 000", "12 %",
"1 234,5", "31.12.2027"). The next day the plan is opened again and every value is there as typed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
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

from verktoykasse.domain import labels as vocabulary
from verktoykasse.domain.labels import sdg_label
from verktoykasse.ui.wizard.fields import TypedField, plain
from verktoykasse.ui.wizard.row_table import RowTable
from wizard_support import norwegian_numbers, pause, with_keyboard  # noqa: F401

pytestmark = pytest.mark.usefixtures("norwegian_numbers")

NBSP = "\u00a0"


# -- finding things as the user does: by the words on screen -----------------------------------------------
class Words:
    """What an English label reads in the window's language: in bokmål, the translations of the messages
    whose source reads so (the .ts file), as a bokmål user sees them."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.table: dict[str, set[str]] = {}
        self.choices: dict[str, set[str]] = {}
        if language != "en":
            from ts_files import TRANSLATIONS, read_ts

            # A label's own message ("&Goal:") before the same word elsewhere ("Goal", a column's heading).
            as_label: dict[str, set[str]] = {}
            for message in read_ts(TRANSLATIONS / f"verktoykasse_{language}.ts"):
                if message.translations and message.finished and not message.numerus:
                    words = plain(message.source)
                    shown = plain(message.translations[0])
                    self.table.setdefault(words, set()).add(shown)
                    if message.source != words:
                        as_label.setdefault(words, set()).add(shown)
            self.choices = {words: set(shown) for words, shown in self.table.items()}  # any of them
            self.table.update(as_label)

    def choice(self, english: str) -> set[str]:
        """An item of a drop-down list (a word the program shows, or the user's own text as typed)."""
        return {english} if self.language == "en" else self.choices.get(english, {english})

    def __call__(self, english: str) -> set[str]:
        if self.language == "en":
            return {english}
        assert english in self.table, f"no translation of {english!r}"
        return self.table[english]


ENGLISH = Words("en")


def labelled(root: QWidget, text: str, words: Words = ENGLISH) -> QWidget:
    """The one field whose label on screen reads ``text`` (without its "&" and ":"); a tick box or a list
    by its own words. Its accessible name says the same, so a screen reader finds it by those words too."""
    texts = words(text)
    found: list[tuple[QWidget, str]] = []
    for label in root.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None and plain(label.text()) in texts:
            found.append((label.buddy(), plain(label.text())))
    for box in root.findChildren(QCheckBox):
        if box.isVisible() and plain(box.text()) in texts:
            found.append((box, plain(box.text())))
    assert len(found) == 1, f"{len(found)} fields labelled {texts} on screen"
    field, shown = found[0]
    assert field.accessibleName() == shown, (
        f"{shown!r} is called {field.accessibleName()!r} by a screen reader"
    )
    return field


def mnemonic_of(root: QWidget, field: QWidget) -> str | None:
    """The letter the field's label underlines (Alt+letter goes to the field), if it has one."""
    for label in root.findChildren(QLabel):
        if label.buddy() is field and label.isVisible():
            text = label.text().replace("&&", "")
            at = text.find("&")
            if at >= 0 and at + 1 < len(text) and text[at + 1].isascii() and text[at + 1].isalpha():
                return text[at + 1]
    return None


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus is lost"
    return widget


@dataclass
class User:
    """The user at the keyboard; ``not_by_alt`` notes a field its Alt+letter did not reach."""

    qtbot: object
    window: object
    not_by_alt: list[str]
    words: Words = ENGLISH

    @property
    def page(self) -> QWidget:
        return self.window.plan_page.current_page()

    def reach(self, text: str, root: QWidget | None = None) -> QWidget:
        """Go to the field labelled ``text``: Alt+its letter (pressed again where two labels share it), or
        Tab until the cursor is there, as a user without a letter does."""
        root = root or self.page
        field = labelled(root, text, self.words)
        letter = mnemonic_of(root, field)
        if letter is not None and not isinstance(field, QAbstractButton):  # Alt+letter would tick a box
            for _ in range(4):
                QTest.keyClick(focus(), Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
                if focus() is field:
                    return field
            self.not_by_alt.append(text)
        for _ in range(600):
            if focus() is field:
                return field
            QTest.keyClick(focus(), Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {text!r}")

    def type(self, label: str, text: str, root: QWidget | None = None) -> QWidget:
        """Go to the field and type ``text`` over what is in it."""
        field = self.reach(label, root)
        QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all, type over
        if all(ord(ch) < 128 or ch in "æøåÆØÅ" for ch in text):
            QTest.keyClicks(field, text)
        else:  # keyClicks aborts on other letters (STACK-NOTES): typed as a paste would
            field.insert(text) if isinstance(field, QLineEdit) else field.insertPlainText(text)
        return field

    def choose(self, label: str, choice: str) -> None:
        """A drop-down list: its first letters typed, then the arrow keys, until it shows ``choice``."""
        combo = self.reach(label)
        assert isinstance(combo, QComboBox)
        choices = self.words.choice(choice)
        first = sorted(choices)[0].split(" ")[0]  # a space would open the list
        if all(ord(ch) < 128 or ch in "æøåÆØÅ" for ch in first):
            QTest.keyClicks(combo, first)
        if combo.currentText() not in choices:
            QTest.keyClick(combo, Qt.Key.Key_Home)
            for _ in range(combo.count()):
                if combo.currentText() in choices:
                    break
                QTest.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentText() in choices

    def tick(self, label: str) -> None:
        box = self.reach(label)
        QTest.keyClick(box, Qt.Key.Key_Space)
        assert box.isChecked()

    def tick_item(self, label: str, item: str) -> None:
        """An item of a list of tick boxes (a measure's goals): arrows to it, Space ticks it."""
        items = self.reach(label)
        assert isinstance(items, QListWidget)  # the goals' own titles: the user's words
        QTest.keyClick(items, Qt.Key.Key_Home)
        for _ in range(items.count()):
            if items.currentItem() is not None and items.currentItem().text() == item:
                break
            QTest.keyClick(items, Qt.Key.Key_Down)
        QTest.keyClick(items, Qt.Key.Key_Space)
        assert items.currentItem().text() == item
        assert items.currentItem().checkState() == Qt.CheckState.Checked

    def insert_row(self, list_label: str) -> None:
        """Go to the list and press Insert: a new row, with the cursor in its first field."""
        table = self.reach(list_label)
        assert isinstance(table, RowTable)
        before = table.count()
        QTest.keyClick(table, Qt.Key.Key_Insert)
        assert table.count() == before + 1
        assert focus() is not table  # in the new row's first field

    def pick_row(self, list_label: str, row: int) -> None:
        table = self.reach(list_label)
        QTest.keyClick(table, Qt.Key.Key_Home)
        for _ in range(row):
            QTest.keyClick(table, Qt.Key.Key_Down)
        assert table.currentRow() == row

    def find(self, label: str) -> QWidget:
        """The field labelled so on the page, without going there."""
        return labelled(self.page, label, self.words)

    def no_messages(self) -> None:
        """Nothing typed was refused: no number or date field says anything."""
        pause(self.qtbot)
        said = [f"{f.edit.accessibleName()}: {f.message.text()}" for f in self.page.findChildren(TypedField)]
        assert [each for each in said if not each.endswith(": ")] == []

    def next_step(self, step: str) -> None:
        self.no_messages()
        QTest.keyClick(focus(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        assert self.window.plan_page.current_step == step


# -- the plan, as a bakery's owner writes it --------------------------------------------------------------
# (label, typed, shown when the plan is opened again: a number in the locale's own form, the unit the
# label names left out; a date with its zeros)
PROFILE = [
    ("Period from", "1.1.2027", "01.01.2027"),
    ("Period to", "31.12.2027", "31.12.2027"),
    ("Name of the business", "Bakeriet på hjørnet AS", None),
    ("Organisation number", "974 760 673", None),
    ("Industry", "Bakeri og konditori", None),
    ("Number of employees", "14", None),
    ("Municipality", "Fredrikstad", None),
    ("County", "Østfold", None),
    ("Contact person", "Máret Čoavddáš-Ŋuolláš", None),
    ("E-mail", "post@bakeriet.no", None),
    ("Phone", "+47 912 34 567", None),
    (
        "Problem statement",
        "Vi trenger flere faste bakere – og vil gi folk utenfor arbeidslivet en vei inn.",
        None,
    ),
]
NEEDS = [
    ("The employer's need for labour", "Bakere som kan starte kl. 04, og én til i butikken.", None),
    ("New ways of organising work", "«Enkla jobb»: oppvask og pakking som egen stilling.", None),
    ("Target groups' needs and resources", "Faste rutiner, en mentor og tid til å lære språket.", None),
    ("Workshop date", "15.3.2027", "15.03.2027"),
    ("Summary of insights", "Vi kan dele opp bakerjobben i mindre oppgaver.", None),
    ("Data and statistics used", "Nav: ledige stillinger i Østfold 2026.", None),
    ("Narrowing — the part we work on", "Rekruttering av lærlinger.", None),
    ("Have we considered other kinds of positions and competences?", "Ja: pakking og oppvask.", None),
]
PARTICIPANT = [
    ("Name", "Ola Hansen", None),
    ("Role or organisation", "Nav Fredrikstad", None),
    ("E-mail (for the invitation)", "ola.hansen@nav.no", None),
]
NEED = [
    ("Description", "Lærlingplass med mentor.", None),
    ("Competences and experience they bring", "Bakerfag fra Syria.", None),
]
GAP = [
    ("Area", "Rekruttering", None),
    ("Today (current situation)", "Vi rekrutterer bare gjennom bekjente.", None),
    ("Desired situation", "Vi har fast samarbeid med Nav om lærlinger.", None),
    ("Score today (1–5)", "2", None),
    ("Desired score (1–5)", "4", None),
    ("Expected effect of closing it (1–5)", "4", None),
    ("What works well here", "Gode erfaringer med sommervikarer.", None),
]
STRENGTH = [
    ("What works well", "Alle får en fast fadder.", None),
    ("How we celebrate it", "Kake hver fredag.", None),
]
GOAL = [
    ("Goal", "To nye ansatte fra målgruppen", None),
    ("Clear — what changes or improves", "Flere fra målgruppen får fast jobb.", None),
    ("Relevant — to our needs and capacity", "Vi mangler bakere.", None),
    ("Measurable — how progress is followed", "Antall nyansatte fra målgruppen.", None),
]
KPI_PEOPLE = [
    ("Key figure (KPI) name", "Nyansatte fra målgruppen", None),
    ("Unit", "personer", None),
    ("Value today (baseline)", "0", None),
    ("Target value", "2 personer", "2"),  # the KPI's own unit beside the number
    ("Deadline", "31.12.2027", None),
    ("Data source", "Lønnssystemet", None),
    ("Measured by", "Daglig leder", None),
]
KPI_SHARE = [
    ("Key figure (KPI) name", "Andel ansatte med tilrettelegging", None),
    ("Unit", "%", None),
    ("Value today (baseline)", "12 %", "12"),
    ("Target value", "12,5 %", "12,5"),
    ("Deadline", "31.12.2027", None),
]
MEASURE = [
    ("Measure", "Mentorordning for nye bakere", None),
    ("Area", "Rekruttering", None),
    ("What it is", "En erfaren baker følger hver nyansatt de første tre månedene.", None),
    ("Owner", "Daglig leder", None),
    ("Operational responsible", "Kari Nordmann", None),
    ("Start", "1.2.2027", "01.02.2027"),
    ("Deadline", "31.12.2027", None),
    ("Cost (kr)", "kr 50 000", "50 000"),
    ("Hours", "1 234,5", None),
    ("Other resource needs", "Fri fra vakt for mentoren to timer i uka.", None),
    ("Expected effect", "To lærlinger som blir.", None),
]
MILESTONE = [("Milestone", "Første lærling har startet", None), ("Due", "1.6.2027", "01.06.2027")]
HIRE = [
    ("Who (a role, not a name)", "Bakerlærling", None),
    ("Monthly wage at 100 % (kr)", "32 000 kr", "32 000"),
    ("Job percentage", "80 %", "80"),
    ("Starts in the job", "1.3.2027", "01.03.2027"),
    ("Mentor's hours a month", "10", None),
    ("Mentor's hourly wage (kr)", "kr 450", "450"),
    ("Extra adaptation costs (kr)", "12 000,-", "12 000"),
]
BUDGET = [
    ("Hourly cost for the measures' hours (kr)", "kr 550", "550"),
    ("Holiday pay (%)", "12 %", "12"),
    ("Occupational pension (%)", "2 %", "2"),
    ("Employer's contribution (%)", "14,1 %", "14,1"),
]
ROLES = [
    ("Who owns the work", "Ledergruppen", None),
    ("Operational responsibility", "Kari Nordmann", None),
    ("How progress is followed up and reported", "Status på hvert ledermøte.", None),
    ("Where the plan is anchored", "Strategien for 2027.", None),
    ("Decided on", "31.12.2027", None),
    ("Decided by", "Styret", None),
    ("Need for training and awareness", "Kurs i tilrettelegging for mellomledere.", None),
    ("External partners and advisors", "Nav Fredrikstad, Fontenehuset.", None),
    ("Framework for following up included employees", "Samtale hver fjortende dag.", None),
]
DECISION = [("The board is asked to …", "godkjenne planen og budsjettet", None)]
MEASUREMENT = [
    ("Measured on", "30.6.2027", "30.06.2027"),
    ("Value", "1,5", None),
    ("Note", "Én lærling i halv stilling.", None),
]
EVALUATED = [("What was done", "Mentor fra første dag.", None), ("What it gave", "Lærlingen ble.", None)]
LESSON = [("Lesson", "Mentor fra dag én virker.", None)]
PRACTICE = [
    ("How insight becomes daily practice", "Fadderordningen blir fast rutine.", None),
    ("Experiences to share with others", "Vi forteller om det i Bakeriforeningen.", None),
    ("What we celebrate", "Første svennebrev.", None),
]

SDG_8 = f"Relevant to SDG {sdg_label(8)}"


def fill(user: User, fields) -> None:
    for label, typed, _shown in fields:
        user.type(label, typed)


def shown(field: QWidget) -> str:
    if isinstance(field, QPlainTextEdit):
        return field.toPlainText()
    if isinstance(field, QComboBox):
        return field.currentText()
    return field.text().replace(NBSP, " ")


def check(user: User, fields, where: str) -> list[str]:
    """What did not come back as typed (the field's label and what it shows)."""
    wrong = []
    for label, typed, again in fields:
        field = user.find(label)
        if shown(field) != (again or typed):
            wrong.append(f"{where} / {label}: {shown(field)!r}, typed {typed!r}")
    return wrong


@pytest.fixture(params=["en", "nb"])
def language(request, qapp):
    """The window in English, and in bokmål as most users have it."""
    from verktoykasse.i18n import apply_language, clear_translators

    apply_language(qapp, request.param)
    yield request.param
    clear_translators(qapp)


def test_a_new_user_types_a_whole_plan_by_the_labels_and_finds_it_all_again(start_window, qtbot, language):
    words = Words(language)
    words.table[SDG_8] = {
        QCoreApplication.translate("GapsPage", "Relevant to SDG {label}").format(label=sdg_label(8))
    }
    gap_choice = QCoreApplication.translate("GoalsPage", "{title} (priority: {priority})").format(
        title="Rekruttering", priority=vocabulary.label(vocabulary.PRIORITIES, "high").lower()
    )
    window = with_keyboard(start_window())
    user = User(qtbot, window, [], words)

    # Ctrl+N: the new plan's name in the dialog, by its label, and Enter.
    def name_the_plan() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isActiveWindow():  # still opening
            QTimer.singleShot(10, name_the_plan)
            return
        try:
            field = user.type("Name of the plan", "Inkludering på bakeriet 2027", root=dialog)
            QTest.keyClick(field, Qt.Key.Key_Return)
        except AssertionError as problem:
            failed.append(problem)
            dialog.reject()

    failed: list[AssertionError] = []

    QTimer.singleShot(0, name_the_plan)
    QTest.keyClick(focus(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert failed == []
    with_keyboard(window)  # offscreen, nothing gives the window the keyboard back as a desktop does
    ws = window.plan_page
    assert ws.current_step == "profile"
    assert user.find("Name of the plan").text() == "Inkludering på bakeriet 2027"

    # The profile
    fill(user, PROFILE)
    user.choose("Employer", "Private")

    # Step 1: needs
    user.next_step("needs")
    fill(user, NEEDS)
    user.insert_row("Participants")
    fill(user, PARTICIPANT)
    user.choose("Kind", "Nav")
    user.tick("Took part in the workshop")
    user.insert_row("Needs")
    user.choose("Whose need", "The target group's need")
    fill(user, NEED)
    user.tick("Selected — the part we work on")
    user.tick("The employer's needs are visible")
    user.tick("The target group's needs are visible")

    # Step 2: gaps
    user.next_step("gaps")
    user.insert_row("Gap areas")
    fill(user, GAP)
    user.tick(SDG_8)
    user.choose("Priority", "High")
    assert user.find("Distance to go (the gap)").text() == "+2"
    user.insert_row("Strengths")
    fill(user, STRENGTH)

    # Step 3: goals and their KPIs
    user.next_step("goals")
    user.insert_row("Goals")
    fill(user, GOAL)
    user.choose("For the gap", gap_choice)
    user.insert_row("Key figures (KPIs) of this goal")
    fill(user, KPI_PEOPLE)
    user.choose("Measured how often", "Yearly")
    user.insert_row("Key figures (KPIs) of this goal")
    fill(user, KPI_SHARE)
    user.choose("Direction", "Higher is better")

    # Step 4: a measure, its milestone and planned hire, the budget, roles and the board
    user.next_step("measures")
    user.insert_row("Measures")
    fill(user, MEASURE)
    user.tick_item("Serves the goals", "To nye ansatte fra målgruppen")
    user.choose("Priority", "High")
    user.choose("Status", "In progress")
    user.insert_row("Milestones of this measure")
    fill(user, MILESTONE)
    user.insert_row("Planned hires with Nav schemes")
    fill(user, HIRE)
    fill(user, BUDGET)
    fill(user, ROLES)
    user.choose("Reported how often", "Quarterly")
    user.insert_row("What the board is asked to decide")
    fill(user, DECISION)

    # Step 5: a measurement, the measure's result, a lesson
    user.next_step("evaluation")
    user.pick_row("KPIs", 0)
    user.insert_row("Measurements")
    fill(user, MEASUREMENT)
    user.pick_row("Measures", 0)
    user.choose("Status", "Done")
    fill(user, EVALUATED)
    user.insert_row("Lessons")
    fill(user, LESSON)
    user.tick("Take into the next cycle")
    fill(user, PRACTICE)
    user.no_messages()
    assert user.not_by_alt == []
    window.close()

    # The next day: every value as typed
    again = with_keyboard(start_window())
    again.home.open_selected()
    user = User(qtbot, again, [], words)
    ws = again.plan_page
    wrong: list[str] = []
    ws.go_to("profile")
    wrong += check(user, PROFILE, "profile")
    assert user.find("Employer").currentText() in words.choice("Private")
    ws.go_to("needs")
    wrong += check(user, NEEDS, "needs")
    wrong += check(user, PARTICIPANT, "participant")
    assert user.find("Kind").currentText() in words.choice("Nav")
    assert user.find("Took part in the workshop").isChecked()
    assert user.find("Whose need").currentText() in words.choice("The target group's need")
    wrong += check(user, NEED, "need")
    ws.go_to("gaps")
    wrong += check(user, GAP, "gap")
    assert user.find(SDG_8).isChecked()
    assert user.find("Priority").currentText() in words.choice("High")
    wrong += check(user, STRENGTH, "strength")
    ws.go_to("goals")
    wrong += check(user, GOAL, "goal")
    assert user.find("For the gap").currentText() == gap_choice
    wrong += check(user, KPI_PEOPLE, "first KPI")
    user.pick_row("Key figures (KPIs) of this goal", 1)
    wrong += check(user, KPI_SHARE, "second KPI")
    ws.go_to("measures")
    wrong += check(user, MEASURE, "measure")
    goals = user.find("Serves the goals")
    assert goals.item(0).checkState() == Qt.CheckState.Checked
    wrong += check(user, MILESTONE, "milestone")
    wrong += check(user, HIRE, "hire")
    wrong += check(user, BUDGET, "budget")
    wrong += check(user, ROLES, "roles")
    wrong += check(user, DECISION, "board")
    ws.go_to("evaluation")
    wrong += check(user, MEASUREMENT, "measurement")
    wrong += check(user, EVALUATED, "evaluated measure")
    wrong += check(user, LESSON, "lesson")
    wrong += check(user, PRACTICE, "practice")
    assert wrong == []

    plan = ws.plan  # and stored as the numbers the user meant
    measure = plan.measures[0]
    assert (measure.cost_nok, measure.hours, measure.start_date) == (50000.0, 1234.5, dt.date(2027, 2, 1))
    hire = measure.planned_hires[0]
    assert (hire.monthly_wage, hire.job_percent, hire.extra_costs) == (32000.0, 80.0, 12000.0)
    assert (plan.holiday_pay_percent, plan.contribution_percent) == (12.0, 14.1)
    share = plan.goals[0].kpis[1]
    assert (share.baseline, share.target) == (12.0, 12.5)
    assert plan.goals[0].kpis[0].measurements[0].value == 1.5


def message_of(field: QWidget) -> str:
    """The message beside a number or date field, as a screen reader says it with the field."""
    return field.accessibleDescription() if isinstance(field.parentWidget(), TypedField) else ""


def test_what_cannot_be_read_stays_as_typed_with_its_message_after_leaving_the_step(
    start_window, answer_next_dialog, qtbot
):
    from wizard_support import new_plan

    window = start_window()
    new_plan(window, answer_next_dialog)
    user = User(qtbot, with_keyboard(window), [])
    employees = user.type("Number of employees", "12 %")
    user.type("Period from", "1.1.2027")  # leaving the field reads it
    assert message_of(employees) == "Write only the number here, without “%”, for example 12."

    window.plan_page.go_to("goals")
    user.insert_row("Goals")
    user.insert_row("Key figures (KPIs) of this goal")
    target = user.type("Target value", "50.000")
    deadline = user.type("Deadline", "31.13.2027")
    user.type("Data source", "Lønnssystemet")
    pause(qtbot)
    assert (
        message_of(target)
        == f"Is it 50{NBSP}000 or 50? Write 50{NBSP}000 for the first, or 50,000 for the second."
    )
    assert "31.13.2027" not in message_of(deadline) and message_of(deadline)

    # Away to another step and back: the detail is made anew, with what was typed and its message.
    window.plan_page.go_to("measures")
    window.plan_page.go_to("goals")
    target, deadline = labelled(user.page, "Target value"), labelled(user.page, "Deadline")
    assert (target.text(), deadline.text()) == ("50.000", "31.13.2027")
    assert message_of(target).startswith("Is it 50")
    assert message_of(deadline)
    kpi = window.plan_page.plan.goals[0].kpis[0]
    assert (kpi.target, kpi.deadline) == (None, None)  # nothing guessed was stored
    window.plan_page.go_to("profile")
    assert labelled(user.page, "Number of employees").text() == "12 %"
    assert window.plan_page.plan.employees is None

    # Said plainly, it is stored, and shown so from then on.
    window.plan_page.go_to("goals")
    user.type("Target value", "50 000")
    user.type("Deadline", "31.12.2027")
    user.type("Data source", "Lønnssystemet og Nav")
    pause(qtbot)
    window.plan_page.go_to("measures")
    window.plan_page.go_to("goals")
    assert labelled(user.page, "Target value").text() == f"50{NBSP}000"
    assert message_of(labelled(user.page, "Target value")) == ""
    assert (kpi.target, kpi.deadline) == (50000.0, dt.date(2027, 12, 31))


def test_a_removed_rows_unread_text_does_not_come_back_in_a_new_row(start_window, answer_next_dialog, qtbot):
    """The row's own text, not its place: a new milestone (perhaps given the removed one's number in the
    database) starts empty, without the text the removed one could not read."""
    from wizard_support import new_plan

    window = start_window()
    new_plan(window, answer_next_dialog)
    user = User(qtbot, with_keyboard(window), [])
    window.plan_page.go_to("measures")
    user.insert_row("Measures")
    user.insert_row("Milestones of this measure")
    due = user.type("Due", "31.02.2027")
    user.type("Milestone", "Første samtale")
    assert message_of(due)

    answer_next_dialog("confirmYes")
    table = user.reach("Milestones of this measure")
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert table.count() == 0
    with_keyboard(window)  # offscreen, the question's end gives the window no keyboard back by itself
    user.insert_row("Milestones of this measure")
    due = user.find("Due")
    assert (due.text(), message_of(due)) == ("", "")
