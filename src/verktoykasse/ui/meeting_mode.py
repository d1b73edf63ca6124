"""Meeting mode: the step 1 workshop on the meeting room's TV or projector (seed 003).

A full-screen window, one thing at a time: a welcome slide, the four guiding questions, then each gap area
with the room's dot counts for today and for the desired future, and a last slide with the draft summary.
The facilitator types the room's answers straight into the plan; they are saved as typed, through the
same ``Saver`` and text boxes the wizard uses (its own session; the workspace is rebuilt afterwards so it
shows what the meeting wrote).

Keys, for a facilitator who never touches the mouse:
- → / ← move on and back when the slide itself has the focus; inside a text box or a number box the arrows
  belong to the box (they move the cursor, or change the count), so
- PgDn / PgUp move on and back from anywhere, including a text box (whose own paging is of no use on a
  slide this size);
- Tab moves between the fields of a slide; Ctrl+T starts or pauses the timer; Esc leaves.

Type is sized from the screen's height (a body text of 1/24 of it: ≈45 px on 1080 lines, readable from
4 m on a 55" screen), twice the system font where the screen has room; a slide that does not fit (a small
projector, a large system font) scrolls. Colours are dark on white, every pair at or
above WCAG AA (4.5:1).
"""

from __future__ import annotations

import logging
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from verktoykasse.domain.formatting import format_number
from verktoykasse.domain.lines import shortened
from verktoykasse.domain.validation import LONGEST_TEXT, text_limit_problem
from verktoykasse.domain.workshop import (
    GUIDING_QUESTIONS,
    SCORES,
    dot_median,
    format_dots,
    parse_dots,
    summary_draft,
    workshop_areas,
)
from verktoykasse.storage.db import Database
from verktoykasse.ui.wizard.fields import TextBox
from verktoykasse.ui.wizard.saver import Saver

log = logging.getLogger("verktoykasse.ui.meeting")

# Colours (contrast on white): ink 17.4:1, accent 8.9:1, muted 7.5:1, warning 7.0:1, focus ring 8.9:1.
INK = "#141b22"
ACCENT = "#1f4e79"
MUTED = "#4a5561"
WARNING = "#9c1c1c"
PAPER = "#ffffff"
MAX_DOTS = 999
DEFAULT_MINUTES = 15


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours (AA asks 4.5 for text, 3 for large text)."""

    def luminance(colour: str) -> float:
        channels = [int(colour[index : index + 2], 16) / 255 for index in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


class MeetingTextBox(TextBox):
    """The wizard's text box (saves after a pause, on focus-out and on leaving), filling the slide."""

    def _fit(self) -> None:
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.setMaximumHeight(16777215)


class Slide(QWidget):
    """One screen of the meeting; ``entered`` runs each time it is shown."""

    def __init__(self, name: str, timed: bool = False) -> None:
        super().__init__()
        self.setObjectName(name)
        self.timed = timed
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.layout_ = QVBoxLayout(self)

    def entered(self) -> None:
        pass

    def first_field(self) -> QWidget | None:
        return None


class SlideScroll(QScrollArea):
    """A slide that does not fit the screen (a small projector, a large system font) scrolls rather than
    being cut or overlapping; the keys stay the meeting's: the arrows and PgDn/PgUp move between slides,
    and Tab brings a field scrolled away into view."""

    def __init__(self, slide: Slide) -> None:
        super().__init__()
        self.setObjectName(f"{slide.objectName()}Scroll")
        self.setWidget(slide)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.ignore()  # to the meeting (``MeetingMode.keyPressEvent``), not the scroll bar


class MeetingMode(QWidget):
    """The full-screen meeting; ``closed`` is emitted once it has saved everything and gone."""

    closed = Signal()

    def __init__(self, database: Database, plan_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("meetingMode")
        self.setWindowTitle(self.tr("Meeting mode"))
        self.setAccessibleName(self.tr("Meeting mode"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.database = database
        self.session = database.session()
        self.saver = Saver(self.session, self)
        from verktoykasse.storage.editing import load_plan

        self.plan = load_plan(self.session, plan_id)
        self._closing = False
        self._seconds_left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

        self.stack = QStackedWidget()
        self.stack.setObjectName("meetingSlides")
        self.position = QLabel()
        self.position.setObjectName("meetingPosition")
        self.clock = QLabel()
        self.clock.setObjectName("meetingTimer")
        self.clock.setAccessibleName(self.tr("Time left"))
        self.saved_note = QLabel(self.tr("Saved as you type"))
        self.saved_note.setObjectName("meetingSaved")
        self.saver.failed.connect(
            lambda _reason: self.saved_note.setText(self.tr("Not saved: is the disk full? Keep this open."))
        )
        self.saver.recovered.connect(lambda: self.saved_note.setText(self.tr("Saved as you type")))
        self.help = QLabel(self.tr("PgDn next · PgUp back · Ctrl+T timer · Esc leave"))
        self.help.setObjectName("meetingKeys")
        self.help.setWordWrap(True)  # a long translation wraps rather than running off the screen
        self.help.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        footer = QHBoxLayout()
        footer.addWidget(self.position)
        footer.addStretch(1)
        footer.addWidget(self.clock)
        footer.addStretch(1)
        footer.addWidget(self.saved_note)
        footer.addSpacing(24)
        footer.addWidget(self.help, 1)
        self.footer = footer
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The type follows the window's size: the content must never push the window bigger in turn.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.stack, 1)
        layout.addLayout(footer)

        self.slides: list[Slide] = []
        self._build_slides()
        self._style()
        for sequence, handler in (
            (QKeySequence(Qt.Key.Key_Escape), self.close),
            (QKeySequence("Ctrl+T"), self.toggle_timer),
        ):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(handler)
        self.go_to(0)

    # -- slides -----------------------------------------------------------------------------------------
    def _build_slides(self) -> None:
        self.slides.append(self._welcome())
        for number, question in enumerate(GUIDING_QUESTIONS, start=1):
            self.slides.append(self._question(number, question))
        areas = workshop_areas(self.plan)
        for number, (key, gap) in enumerate(areas, start=1):
            self.slides.append(GapSlide(self, number, len(areas), key, gap))
        self.slides.append(self._closing_slide())
        for slide in self.slides:
            self.stack.addWidget(SlideScroll(slide))
            for child in slide.findChildren(QWidget):
                if child.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    child.installEventFilter(self)

    def _label(self, text: str, role: str, name: str = "", longest: int = 0) -> QLabel:
        """``longest``: the most characters of a text the user typed that a slide shows (a small projector
        has room for a few lines in the room's large type); a longer one ends in … and the tooltip, read
        aloud too, has it whole. A word too long for the slide ends in … too: the slide never grows past
        the screen."""
        from verktoykasse.ui.elided import WrappedLabel

        label = WrappedLabel()
        label.setProperty("role", role)
        label.set_full_text(shortened(text, longest) if longest else text, whole=text)
        if name:
            label.setObjectName(name)
        return label

    def _welcome(self) -> Slide:
        from verktoykasse.domain.formatting import format_date

        slide = Slide("welcomeSlide")
        organisation = " ".join(self.plan.org_name.split())
        slide.layout_.addWidget(self._label(organisation, "muted", longest=80))
        slide.layout_.addWidget(self._label(self.tr("Workshop: needs and resources"), "title"))
        when = format_date(self.plan.workshop_date)
        if when:
            slide.layout_.addWidget(self._label(when, "body"))
        statement = self.plan.problem_statement.strip()
        if statement:
            slide.layout_.addWidget(self._label(statement, "body", longest=240))
        slide.layout_.addStretch(1)
        row = QHBoxLayout()
        self.timer_check = QCheckBox(self.tr("&Timer on each question, minutes:"))
        self.timer_check.setObjectName("timerCheck")
        self.timer_minutes = QSpinBox()
        self.timer_minutes.setObjectName("timerMinutes")
        self.timer_minutes.setAccessibleName(self.tr("Minutes per question"))
        self.timer_minutes.setRange(1, 120)
        self.timer_minutes.setValue(DEFAULT_MINUTES)
        row.addWidget(self.timer_check)
        row.addWidget(self.timer_minutes)
        row.addStretch(1)
        slide.layout_.addLayout(row)
        slide.layout_.addWidget(self._label(self.tr("Press PgDn to begin."), "muted"))
        return slide

    def _question(self, number: int, question) -> Slide:
        slide = Slide(f"questionSlide{number}", timed=True)
        count = len(GUIDING_QUESTIONS)
        slide.layout_.addWidget(
            self._label(self.tr("Question {number} of {count}").format(number=number, count=count), "muted")
        )
        slide.layout_.addWidget(self._label(question.text, "title"))
        box = MeetingTextBox(self.saver, self.plan, question.field)
        box.setObjectName(f"answer{number}")
        box.setAccessibleName(question.text)
        box.setProperty("role", "answer")
        slide.layout_.addWidget(box.holder(), 1)
        slide.first_field = lambda: box  # type: ignore[method-assign]
        return slide

    def _closing_slide(self) -> Slide:
        slide = Slide("closingSlide")
        slide.layout_.addWidget(self._label(self.tr("Thank you!"), "title"))
        self.draft_intro = self._label("", "body", "draftIntro")
        self.draft = QPlainTextEdit()  # read-only, scrolls when the meeting typed a lot
        self.draft.setObjectName("draftText")
        self.draft.setProperty("role", "draft")
        self.draft.setReadOnly(True)
        self.draft.setTabChangesFocus(True)
        self.draft.setAccessibleName(self.tr("Draft summary of the workshop"))
        self.draft_button = QPushButton(self.tr("&Add this draft below the summary you wrote"))
        self.draft_button.setObjectName("addDraftButton")
        self.draft_button.clicked.connect(self.add_draft_below)
        slide.layout_.addWidget(self.draft_intro)
        slide.layout_.addWidget(self.draft, 1)
        slide.layout_.addWidget(self.draft_button, 0, Qt.AlignmentFlag.AlignLeft)
        slide.layout_.addWidget(self._label(self.tr("Press Esc to leave meeting mode."), "muted"))
        slide.entered = self._show_draft  # type: ignore[method-assign]
        return slide

    # -- navigation -------------------------------------------------------------------------------------
    @property
    def index(self) -> int:
        return self.stack.currentIndex()

    def go_to(self, index: int) -> None:
        index = max(0, min(len(self.slides) - 1, index))
        self.saver.flush()
        slide = self.slides[index]
        self.stack.setCurrentWidget(slide.parentWidget().parentWidget())  # its SlideScroll (over a viewport)
        self.position.setText(self.tr("{number} / {count}").format(number=index + 1, count=len(self.slides)))
        slide.entered()
        self._restart_timer(slide)
        field = slide.first_field()
        (field or slide).setFocus()

    def next(self) -> None:
        self.go_to(self.index + 1)

    def previous(self) -> None:
        self.go_to(self.index - 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """PgDn/PgUp move on from inside a text or number box; the box never sees them."""
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()  # keep the box from claiming the key
                    return True
                self.next() if key == Qt.Key.Key_PageDown else self.previous()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys no field took: the slide itself has the focus, so the arrows move on too."""
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Down, Qt.Key.Key_Space):
            self.next()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up):
            self.previous()
        else:
            super().keyPressEvent(event)

    # -- timer --------------------------------------------------------------------------------------------
    def _restart_timer(self, slide: Slide) -> None:
        self._timer.stop()
        if slide.timed and self.timer_check.isChecked():
            self._seconds_left = self.timer_minutes.value() * 60
            self._timer.start()
        else:
            self._seconds_left = 0
        self._show_clock(slide.timed and self.timer_check.isChecked())

    def toggle_timer(self) -> None:
        slide = self.slides[self.index]
        if not slide.timed:
            return
        if not self.timer_check.isChecked():  # the facilitator asks for a timer here and now
            self.timer_check.setChecked(True)
            self._restart_timer(slide)
        elif self._timer.isActive():
            self._timer.stop()
            self._show_clock(True)
        elif self._seconds_left > 0:
            self._timer.start()
            self._show_clock(True)

    def _tick(self) -> None:
        self._seconds_left = max(0, self._seconds_left - 1)
        if self._seconds_left == 0:
            self._timer.stop()
        self._show_clock(True)

    def _show_clock(self, shown: bool) -> None:
        if not shown:
            self.clock.setText("")
            return
        minutes, seconds = divmod(self._seconds_left, 60)
        text = f"{minutes}:{seconds:02d}"
        if self._seconds_left == 0:
            text = self.tr("Time is up")
        elif not self._timer.isActive():
            text = self.tr("{time} (paused)").format(time=text)
        self.clock.setText(text)
        self.clock.setProperty("role", "warning" if self._seconds_left == 0 else "clock")
        self.clock.style().unpolish(self.clock)
        self.clock.style().polish(self.clock)

    # -- after the meeting --------------------------------------------------------------------------------
    def _show_draft(self) -> None:
        self.saver.flush()
        draft = summary_draft(self.plan)
        written = self.plan.workshop_summary.strip()
        self.draft.setPlainText(draft)
        self.draft_button.setVisible(bool(draft and written and draft not in self.plan.workshop_summary))
        if not draft:
            self.draft_intro.setText(self.tr("Nothing was typed in the meeting."))
        elif not written:
            self.draft_intro.setText(
                self.tr("This draft goes into step 1's summary when you leave; edit it there.")
            )
        else:
            self.draft_intro.setText(
                self.tr(
                    "Step 1 already has a summary, which is kept as you wrote it. This is a draft from today:"
                )
            )

    def add_draft_below(self) -> None:
        """The owner asked for it: the draft goes below their own summary, which stays as it was."""
        draft = summary_draft(self.plan)
        if draft and draft not in self.plan.workshop_summary:
            text = self.plan.workshop_summary.rstrip() + "\n\n" + draft
            if text_limit_problem(text):  # a summary that long would make a plan file that does not import
                self.draft_intro.setText(
                    self.tr(
                        "Your summary and this draft together are longer than one text can be (at most "
                        "{limit} characters): copy what you need from the draft into step 1 by hand."
                    ).format(limit=format_number(LONGEST_TEXT))
                )
                return
            if self.saver.set(self.plan, "workshop_summary", text):
                self.draft_button.hide()

    def _write_draft_if_empty(self) -> None:
        """Prefill step 1's summary from the meeting, only while the owner has written none."""
        if self.plan.workshop_summary.strip():
            return
        draft = summary_draft(self.plan)
        if draft and text_limit_problem(draft):  # the answers are kept each in its own field
            log.warning("the meeting's draft summary is too long to be a text (%d characters)", len(draft))
        elif draft:
            self.saver.set(self.plan, "workshop_summary", draft)

    def closeEvent(self, event) -> None:
        if not self._closing:
            self._closing = True
            self._timer.stop()
            self.saver.flush()
            try:
                self._write_draft_if_empty()
            except Exception:  # a draft must never keep the meeting's answers from being kept
                log.exception("the draft summary could not be written")
            if not self._leave_answers_too_long():
                self._closing = False
                event.ignore()
                return
            if self.saver.has_unsaved and not self.saver.stopped and not self.saver.retry():
                from verktoykasse.ui.dialogs import confirm

                leave = confirm(
                    self,
                    self.tr("Changes not saved"),
                    self.tr(
                        "Some answers could not be saved (is the disk full?). "
                        "If you leave now, they are lost. Leave anyway?"
                    ),
                    self.tr("Leave without saving"),
                )
                if not leave:
                    self._closing = False
                    event.ignore()
                    return
            try:
                self.session.close()
            except Exception:
                log.exception("closing the meeting's session failed")
            self.closed.emit()
        super().closeEvent(event)

    def _leave_answers_too_long(self) -> bool:
        """An answer too long to be saved is not lost without a question: Cancel shows it again."""
        refused = [box for box in self.findChildren(TextBox) if box.refused]
        if not refused:
            return True
        from verktoykasse.ui.dialogs import confirm

        leave = confirm(
            self,
            self.tr("Answer too long"),
            self.tr(
                "An answer is too long to be saved (the message beside it says how long it may be). "
                "If you leave now, it is lost. Leave anyway?"
            ),
            self.tr("Leave without saving"),
        )
        if not leave:
            box = refused[0]
            slide = next(each for each in self.slides if each.isAncestorOf(box))
            self.go_to(self.slides.index(slide))
            self.activateWindow()  # the question's window was the active one
            box.setFocus()
        return leave

    # -- looks ----------------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._style()

    def _style(self) -> None:
        """Type sized from the screen: body ≈ 1/24 of the height, and twice the system font where the
        screen has room for it (at most 1/20 of the height: a large system font on a small screen would
        otherwise leave room for a few words a slide); a slide that still does not fit scrolls."""
        base = QApplication.font().pointSizeF()
        base_px = max(base * 96 / 72, 12)
        height = max(self.height(), 480)
        body = max(round(height / 24), min(round(base_px * 2), round(height / 20)))
        title = round(body * 1.45)
        small = max(round(body * 0.7), min(round(base_px * 1.5), body))
        self.setStyleSheet(
            f"""
            #meetingMode, Slide, QStackedWidget, SlideScroll {{ background: {PAPER}; color: {INK}; }}
            QLabel {{ color: {INK}; font-size: {body}px; }}
            QLabel[role="title"] {{ color: {ACCENT}; font-size: {title}px; font-weight: bold; }}
            QLabel[role="muted"], #meetingKeys, #meetingPosition, #meetingSaved {{
                color: {MUTED}; font-size: {small}px; }}
            QLabel[role="small"] {{ font-size: {small}px; }}
            QLabel[role="warning"] {{ color: {WARNING}; font-size: {small}px; font-weight: bold; }}
            QLabel[role="clock"] {{ color: {INK}; font-size: {small}px; font-weight: bold; }}
            QPlainTextEdit, QSpinBox {{ color: {INK}; background: {PAPER}; font-size: {body}px;
                border: 2px solid {MUTED}; border-radius: 4px; padding-right: 0px; }}
            QPlainTextEdit[role="draft"] {{ font-size: {small}px; }}
            QSpinBox::up-button {{ subcontrol-origin: border; width: 0px; }}
            QSpinBox::down-button {{ width: 0px; }}
            QPlainTextEdit:focus, QSpinBox:focus, QPushButton:focus, QCheckBox:focus {{
                border: 4px solid {ACCENT}; }}
            QCheckBox, QPushButton {{ color: {INK}; font-size: {small}px; }}
            QCheckBox::indicator {{ width: {small}px; height: {small}px; border: 2px solid {MUTED};
                background: {PAPER}; }}
            QCheckBox::indicator:checked {{ background: {ACCENT}; }}
            QPushButton {{ background: {PAPER}; border: 2px solid {MUTED}; padding: 6px 14px; }}
            """
        )
        margin = round(height / 20)
        self.footer.setContentsMargins(margin, 0, margin, margin // 3)
        # The keys at the foot take two lines at most (a large system font on a small screen made six)
        self.help.ensurePolished()
        half = self.help.fontMetrics().horizontalAdvance(self.help.text()) // 2 + body
        self.help.setMinimumWidth(min(half, self.width() // 2))
        for slide in self.slides:
            slide.layout_.setContentsMargins(margin, margin, margin, margin // 2)
            slide.layout_.setSpacing(round(body * 0.6))
            if isinstance(slide, GapSlide):
                slide.resize_boxes(body)


class GapSlide(Slide):
    """One gap area: the room's dots per score (1–5) for today and desired; the plan gets the median."""

    def __init__(self, meeting: MeetingMode, number: int, count: int, key: str, gap: Any) -> None:
        super().__init__(f"gapSlide{number}", timed=True)
        from verktoykasse.domain.labels import gap_template_title
        from verktoykasse.domain.templates import gap_template
        from verktoykasse.domain.workshop import area_title

        self.meeting = meeting
        self.key = key
        self.gap = gap
        title = area_title(gap) if gap is not None else gap_template_title(key)
        template = gap_template(key) if key else None
        self.title = title
        self.layout_.addWidget(
            meeting._label(
                self.tr("Gap area {number} of {count}").format(number=number, count=count), "muted"
            )
        )
        self.layout_.addWidget(meeting._label(title, "title", longest=80))
        if template is not None:
            self.layout_.addWidget(meeting._label(template.description, "small"))
        grid = QGridLayout()
        grid.addWidget(meeting._label(self.tr("Dots on score"), "small"), 0, 0)
        for column, score in enumerate(SCORES, start=1):
            label = meeting._label(str(score), "title")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, 0, column)
        self.boxes: dict[str, list[QSpinBox]] = {}
        rows = (("current", self.tr("Today")), ("desired", self.tr("Desired")))
        for row, (side, side_label) in enumerate(rows, start=1):
            grid.addWidget(meeting._label(side_label, "body"), row, 0)
            counts = parse_dots(getattr(gap, f"{side}_dots") if gap is not None else "")
            boxes = []
            for column, score in enumerate(SCORES, start=1):
                box = QSpinBox()
                box.setObjectName(f"{side}Dots{score}")
                box.setRange(0, MAX_DOTS)
                box.setValue(counts[column - 1])
                box.setAlignment(Qt.AlignmentFlag.AlignCenter)
                box.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
                box.setAccessibleName(
                    self.tr("{side}: dots on score {score}").format(side=side_label, score=score)
                )
                box.valueChanged.connect(lambda _value, side=side: self._changed(side))
                grid.addWidget(box, row, column)
                boxes.append(box)
            self.boxes[side] = boxes
        self.layout_.addLayout(grid)
        self.result = meeting._label("", "body", "roomScore")
        self.layout_.addWidget(self.result)
        self.layout_.addStretch(1)
        self.layout_.addWidget(
            meeting._label(
                self.tr(
                    "Type how many dots each score got. The plan gets the score of the middle dot; "
                    "with two middle dots on different scores, the lower one."
                ),
                "small",
            )
        )
        self._show_result()

    def first_field(self) -> QWidget | None:
        return self.boxes["current"][0]

    def resize_boxes(self, body: int) -> None:
        for box in self.boxes["current"] + self.boxes["desired"]:
            box.setMinimumWidth(body * 3)
            box.setMinimumHeight(round(body * 1.8))

    def counts(self, side: str) -> tuple[int, ...]:
        return tuple(box.value() for box in self.boxes[side])

    def _ensure_gap(self):
        """A typical area the plan does not have yet is added when the room first scores it."""
        if self.gap is None:
            from verktoykasse.storage.insert_templates import add_standard_gap

            self.gap = self.meeting.saver.run(
                lambda: add_standard_gap(self.meeting.session, self.meeting.plan, self.key)
            )
        return self.gap

    def _changed(self, side: str) -> None:
        gap = self._ensure_gap()
        if gap is None or not shiboken6.isValid(self):
            return
        counts = self.counts(side)
        self.meeting.saver.set(gap, f"{side}_dots", format_dots(counts))
        median = dot_median(counts)
        if median is not None:
            self.meeting.saver.set(gap, f"{side}_score", median)
        self._show_result()

    def _show_result(self) -> None:
        parts = []
        for side, label in (("current", self.tr("today")), ("desired", self.tr("desired"))):
            counts = self.counts(side)
            median = dot_median(counts)
            if median is not None:
                parts.append(
                    self.tr("{side} {score} ({dots} dots)").format(side=label, score=median, dots=sum(counts))
                )
        if parts:
            self.result.setText(self.tr("The room's score: {scores}").format(scores=", ".join(parts)))
        elif self.gap is not None and (self.gap.current_score or self.gap.desired_score):
            self.result.setText(  # scored before the meeting: say so, the dots will replace it
                self.tr("The plan so far: today {today}, desired {desired}").format(
                    today=self.gap.current_score or "–", desired=self.gap.desired_score or "–"
                )
            )
        else:
            self.result.setText("")
