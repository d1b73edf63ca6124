"""The workspace of one plan: the step list beside the wizard's pages, with the save banner on top.

A single long-lived session serves the whole workspace, so the widgets edit the very objects they show
and every edit is one commit (through ``wizard.saver.Saver``). The plan opens at the step where the user
left it (``Plan.current_step``); pages are built when first shown.

On a shared database (issue 20) a colleague may work on the same plan: a field both changed is shown in
``wizard.conflict`` for the user to choose, and every few seconds the workspace looks whether the plan
changed elsewhere and, once the user pauses, shows it as it is now (``reload``), on the same step.
"""

from __future__ import annotations

import datetime as dt
import logging
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from verktoykasse.domain.vocabulary import STEPS, Step
from verktoykasse.storage.db import Database
from verktoykasse.storage.editing import EditConflict
from verktoykasse.storage.models import Plan
from verktoykasse.ui.tooltips import literal
from verktoykasse.ui.wizard.pages.base import StepPage
from verktoykasse.ui.wizard.saver import Saver
from verktoykasse.ui.wizard.step_list import StepList

# A text a field could not save: the row's model and id, the attribute and the text (``refused_typed``).
RefusedText = tuple[type, int, str, str]

log = logging.getLogger("verktoykasse.ui.wizard")

COMPLETENESS_PAUSE_MS = 400  # the other steps' figures follow an edit once the user pauses
OTHERS_POLL_MS = 3000  # a shared database: how often the workspace looks for colleagues' changes
IDLE_BEFORE_RELOAD_S = 2.0  # and how long the user must have paused before the page is renewed


class SaveBanner(QFrame):
    """Shown while edits could not be saved: the text is still in the fields; Retry tries again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        from verktoykasse.ui.colours import banner_style, follow_palette

        follow_palette(self, banner_style)  # background and text set together, from the theme
        self.message = QLabel()
        self.message.setObjectName("saveBannerText")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.setObjectName("saveRetryButton")
        self.retry_button.setAccessibleName(self.tr("Retry saving"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry_button)
        self.setAccessibleName(self.tr("Saving failed"))
        self.hide()

    def show_failure(self, reason: str) -> None:
        from verktoykasse.storage.holder import UNCONFIRMED

        if UNCONFIRMED in reason:  # the folder's lock file cannot be read: a network drive gone, as a rule
            text = self.tr(
                "Could not save your last changes. Your text is still here — do not close the program. "
                "The data folder cannot be reached just now (a network drive or a synced folder that is "
                "gone?): press Retry once it is back (the next edit also tries again)."
            )
        else:
            text = self.tr(
                "Could not save your last changes. Your text is still here — do not close the program. "
                "Free some disk space or check that the data folder can be written to, then press Retry "
                "(the next edit also tries again)."
            )
        self.message.setText(text)
        self.message.setToolTip(literal(reason))  # the database's words, with the text it could not save
        self.show()


def make_read_only(page: QWidget) -> None:
    """Everything on ``page`` can still be read, selected and reached with Tab; nothing can be changed.

    Text stays selectable (read-only, not disabled, so a screen reader still reads it); choices and the
    buttons that add, remove or move rows are switched off. The ⓘ explanations keep working.
    """
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    for kind in (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox):
        for edit in page.findChildren(kind):
            edit.setReadOnly(True)
    for kind in (QComboBox, QAbstractButton):
        for control in page.findChildren(kind):
            if type(control).__name__ != "InfoButton":
                control.setEnabled(False)


class PlanWorkspace(QWidget):
    back_requested = Signal()
    finish_requested = Signal(str)  # the last step's button: "pdf", or "next_cycle" after the period
    damaged = Signal(str)  # saving found the file damaged (a ``StorageProblem``); nothing more is written
    arp_requested = Signal()  # the profile's "Open the equality work (ARP)…"
    status_message = Signal(str)  # a short note for the window's status bar

    def __init__(
        self,
        database: Database,
        plan_id: int,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        guidance_seen: list[str] | None = None,
        refused: list[RefusedText] | None = None,
    ) -> None:
        """``guidance_seen`` lists the steps whose guidance was shown before (the settings keep it): there
        the guidance opens folded to one line, and a step shown now is added to it. ``refused``: what the
        workspace this one replaces could not save (``refused_typed``), shown again in its fields."""
        super().__init__(parent)
        self.guidance_seen = guidance_seen if guidance_seen is not None else []
        self.today = today or dt.date.today()
        self.setObjectName("planWorkspace")
        self.database = database
        self.plan_id = plan_id
        self.session = database.session()
        self.saver = Saver(self.session, self)
        from verktoykasse.storage.editing import load_plan

        # Every list of the plan in a dozen queries up front, not one query per row as pages and the
        # completeness figures walk them (hundreds for a large plan); the KPIs' measurements when the
        # evaluation step is first shown.
        self.plan: Plan | None = load_plan(self.session, plan_id, measurements=False)
        for kind, row_id, attr, text in refused or []:  # before any field is made: each shows its own
            row = self.session.get(kind, row_id)
            if row is not None:
                self.saver.refused.setdefault(row, {})[attr] = text
        self.pages: dict[str, StepPage] = {}

        self.back_button = QPushButton(self.tr("← All plans"))
        self.back_button.setObjectName("backButton")
        self.back_button.setAccessibleName(self.tr("All plans"))
        self.back_button.clicked.connect(self._back)
        from verktoykasse.ui.elided import WrappedLabel

        # A long name (up to 200 characters) wraps, and a word longer than the room ends in "…" there
        # (whole in the tooltip and read aloud): the title never makes the window wider than the screen.
        self.title = WrappedLabel(tooltip_always=True)
        self.title.setObjectName("planTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self._show_title(self.plan.name if self.plan else self.tr("This plan no longer exists."))
        self.saved_label = QLabel(self.tr("Everything you type is saved at once."))
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setWordWrap(True)  # with a large font it wraps instead of widening the window
        if self.plan is not None and self.plan.is_example:
            self.saved_label.setText(
                self.tr("This is the example plan: look around freely. Start your own with File → New plan.")
            )
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)  # the room is shared with the note beside it; a long name wraps
        top.addWidget(self.saved_label, 1)
        self.saved_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.banner = SaveBanner()
        self.banner.retry_button.clicked.connect(self.retry)
        self.saver.failed.connect(self.banner.show_failure)
        self.saver.recovered.connect(self.banner.hide)
        self.saver.failed.connect(lambda _reason: self.saved_label.hide())
        self.saver.recovered.connect(self.saved_label.show)
        self.saver.damaged.connect(self.damaged)

        self.step_list = StepList()
        self.setFocusProxy(self.step_list)  # a plan opens with the keyboard on "where am I", not on Back
        self.step_list.step_chosen.connect(self.go_to)
        self.stack = QStackedWidget()
        self.stack.setObjectName("wizardPages")

        self.previous_button = QPushButton(self.tr("← &Previous step"))
        self.previous_button.setObjectName("previousStepButton")
        self.previous_button.setAccessibleName(self.tr("Previous step"))
        self.previous_button.clicked.connect(lambda: self.step_by(-1))
        self.next_button = QPushButton(self.tr("N&ext step →"))
        self.next_button.setObjectName("nextStepButton")
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.next_button.clicked.connect(self._next)
        self.next_button.installEventFilter(self)
        from verktoykasse.ui.colours import set_primary

        set_primary(self.next_button)  # the page's main action: on to the next step
        # Ctrl+PgDown / Ctrl+PgUp switch steps from anywhere in the workspace (as tabs do elsewhere).
        self.next_step_action = self._step_action("nextStepAction", self.tr("Next step"), "Ctrl+PgDown", 1)
        self.previous_step_action = self._step_action(
            "previousStepAction", self.tr("Previous step"), "Ctrl+PgUp", -1
        )
        # After a removal: "Removed “Mentor”." and Undo, for a while (Edit → Undo and Ctrl+Z do it too).
        from verktoykasse.ui.wizard.removal_undo import RemovalUndo

        self.removal_undo = RemovalUndo(self.saver, self)
        self.removal_undo.restored.connect(self._removal_undone)
        self.removal_undo.status_message.connect(self.status_message)
        self.undo_label, self.undo_button = self.removal_undo.label, self.removal_undo.button
        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addStretch(1)
        navigation.addWidget(self.undo_label)
        navigation.addWidget(self.undo_button)
        navigation.addStretch(1)
        navigation.addWidget(self.next_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.stack, 1)
        right_layout.addLayout(navigation)
        splitter = QSplitter()
        splitter.setObjectName("workspaceSplitter")
        splitter.addWidget(self.step_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 870])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

        self._completeness_timer = QTimer(self)
        self._completeness_timer.setSingleShot(True)
        self._completeness_timer.setInterval(COMPLETENESS_PAUSE_MS)
        self._completeness_timer.timeout.connect(self.update_completeness)
        self.saver.saved.connect(self._saved)
        self.saver.conflict.connect(lambda conflict: QTimer.singleShot(0, lambda: self.resolve(conflict)))
        self._last_edit = 0.0
        self.others_timer = QTimer(self)
        self.others_timer.setInterval(OTHERS_POLL_MS)
        self.others_timer.timeout.connect(self.check_for_others)
        if database.is_server:
            self.others_timer.start()
        if database.read_only:
            self.saver.read_only = True
            self.saved_label.setText(
                self.tr("Read-only: another computer has the data open (see the note at the top).")
                if database.held_by is not None
                else self.tr("Read-only: you may look at and print the plans; your user may not change them.")
            )
        self.current_step: str = ""
        if self.plan is not None:
            from verktoykasse.domain.progress import resume_step

            start = resume_step(self.plan)
            self.update_completeness()
            self.go_to(start)
        else:
            splitter.setEnabled(False)

    def _step_action(self, name: str, text: str, keys: str, delta: int) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: self.step_by(delta))
        self.addAction(action)
        return action

    # -- pages ----------------------------------------------------------------------------------------
    def _make_page(self, step: str) -> StepPage:
        from verktoykasse.ui.wizard.pages.evaluation import EvaluationPage
        from verktoykasse.ui.wizard.pages.gaps import GapsPage
        from verktoykasse.ui.wizard.pages.goals import GoalsPage
        from verktoykasse.ui.wizard.pages.measures import MeasuresPage
        from verktoykasse.ui.wizard.pages.needs import NeedsPage
        from verktoykasse.ui.wizard.pages.profile import ProfilePage

        if step == Step.MEASURES:
            return MeasuresPage(self.saver, self.plan, self.database)
        if step == Step.PROFILE:
            profile = ProfilePage(self.saver, self.plan)
            profile.duty.open_requested.connect(self.arp_requested)
            return profile
        kinds = {
            Step.PROFILE: ProfilePage,
            Step.NEEDS: NeedsPage,
            Step.GAPS: GapsPage,
            Step.GOALS: GoalsPage,
            Step.EVALUATION: EvaluationPage,
        }
        return kinds[Step(step)](self.saver, self.plan)

    def page(self, step: str) -> StepPage:
        """The page of ``step``, built on first use."""
        if step not in self.pages:
            page = self._make_page(step)
            if self.database.read_only:
                make_read_only(page)
            if step in self.guidance_seen:  # read before: one line, a click opens it again
                page.guidance_button.setChecked(False)
            self.pages[step] = page
            self.stack.addWidget(page)
            self._tab_through(page)
        return self.pages[step]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab from Next goes back to the step list, always: a list's detail built after the page (a KPI's
        measurements) is put into the focus chain later, and must not make a ring of its own there."""
        if (
            watched is self.next_button
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Tab
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.step_list.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _tab_through(self, page: StepPage) -> None:
        """Tab goes from the step list into the page's fields, and only then to Previous and Next.

        A page is built after the buttons, so Qt would put its fields last in the focus chain; the buttons
        are moved behind it. Hidden pages in the chain are skipped by Tab.
        """
        last: QWidget | None = None
        widget = page.nextInFocusChain()
        while widget is not page and page.isAncestorOf(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                last = widget
            widget = widget.nextInFocusChain()
        if last is None:
            return
        QWidget.setTabOrder(last, self.previous_button)
        QWidget.setTabOrder(self.previous_button, self.next_button)

    def go_to(self, step: str) -> None:
        """Show ``step`` and remember it as where the user is (the plan reopens there)."""
        if self.plan is None:
            return
        step = str(step)
        self.saver.flush()
        if self._completeness_timer.isActive():  # figures waiting for a pause: show them now
            self.update_completeness()
        built = step in self.pages
        page = self.page(step)
        if built and step != self.current_step:  # a page just built is fresh already
            page.refresh()
        self.current_step = step
        self.stack.setCurrentWidget(page)
        try:
            self._show_missing()
        except Exception:  # what is missing must never stop the user from working
            log.exception("what the step lacks could not be worked out")
        if step not in self.guidance_seen:
            self.guidance_seen.append(step)
        self.step_list.select(step)
        index = STEPS.index(Step(step))
        self.previous_button.setEnabled(index > 0)
        self._label_next(index == len(STEPS) - 1)
        if self.plan.current_step != step:
            self.saver.run(lambda: self._remember_step(step))

    def _remember_step(self, step: str) -> None:
        """Where the user is, kept without counting as a change: "Last changed" stays when they only look."""
        from sqlalchemy.orm.attributes import flag_modified

        self.plan.current_step = step
        flag_modified(self.plan, "updated_at")  # written as it is, so its on-update time is not applied

    def _finish(self) -> str:
        """What comes after the evaluation: the next cycle once the period has ended, else the board PDF."""
        from verktoykasse.domain.followup import period_ended

        return "next_cycle" if self.plan is not None and period_ended(self.plan, self.today) else "pdf"

    def _label_next(self, last: bool) -> None:
        """ "Next step", or on the last step what comes next: the board PDF or the next cycle."""
        if not last:
            text, name = self.tr("N&ext step →"), self.tr("Next step")
        elif self._finish() == "next_cycle":
            text, name = self.tr("Next: start the n&ext cycle…"), self.tr("Next: start the next cycle")
        else:
            text, name = (
                self.tr("Next: &export the PDF for the board…"),
                self.tr("Next: export the PDF for the board"),
            )
        self.next_button.setText(text)
        self.next_button.setAccessibleName(name)

    def _next(self) -> None:
        if self.current_step == STEPS[-1]:
            self.saver.flush()
            self.finish_requested.emit(self._finish())
        else:
            self.step_by(1)

    def show_place(self, step: str, kind: str, row_id: int, field: str = "") -> None:
        """Show ``step`` with one row selected and the keyboard on ``field`` (``ui.wizard.places``)."""
        from verktoykasse.ui.wizard.places import show_place

        self.go_to(step)
        if self.plan is not None:
            show_place(self.current_page(), kind, row_id, field)

    def step_by(self, delta: int) -> None:
        index = STEPS.index(Step(self.current_step)) + delta
        if 0 <= index < len(STEPS):
            self.go_to(STEPS[index])
            self.pages[STEPS[index]].heading.setFocus()

    def current_page(self) -> StepPage:
        return self.pages[self.current_step]

    def _show_title(self, text: str) -> None:
        """The plan's name above its steps; whole in the tooltip and read aloud, where a word too long for
        the room ends in "…"."""
        self.title.set_full_text(text)

    # -- saving ---------------------------------------------------------------------------------------
    def _saved(self, obj: object, attr: str) -> None:
        self._last_edit = time.monotonic()
        if obj is self.plan and attr == "name":
            self._show_title(self.plan.name)
        # An edit changes the figure of the step it was made on: that one at once, the others (a gap's
        # title counts for a goal too) once the user pauses, so a keystroke never walks the whole plan.
        self.update_completeness(self.current_step or None)
        self._completeness_timer.start()

    def update_completeness(self, step: str | None = None) -> None:
        """Recompute what ``step`` lacks (every step when ``None``) and show it in the step list and on
        the page in view (``domain.progress.missing``, one account for both)."""
        if self.plan is None:
            return
        try:
            from verktoykasse.domain.progress import missing

            if step is None:
                self._completeness_timer.stop()
            for each in STEPS if step is None else [step]:
                if each != self.current_step:  # that one just below, for the page too
                    self.step_list.set_step_missing(each, missing(self.plan, each))
            self._show_missing()
        except Exception:  # a progress figure must never stop the user from working
            log.exception("step completeness could not be computed")

    # -- undoing a removal ------------------------------------------------------------------------------
    def can_undo_removal(self) -> bool:
        return self.removal_undo.can_undo()

    def undo_removal(self) -> bool:
        """Put the last removed row back with its children and links; False when there is none."""
        return self.removal_undo.undo()

    def _removal_undone(self) -> None:
        for page in self.pages.values():
            page.refresh()
        self.update_completeness()

    def _show_missing(self) -> None:
        """The page in view says what its step still lacks ("Missing: …"), each item a link to it; its line
        in the step list says the same."""
        from verktoykasse.domain.progress import missing

        if self.current_step in self.pages:
            items = missing(self.plan, self.current_step)
            self.step_list.set_step_missing(self.current_step, items)
            self.pages[self.current_step].show_missing(items)

    def retry(self) -> None:
        self.saver.retry()

    # -- colleagues on a shared database ----------------------------------------------------------------
    def resolve(self, conflict: EditConflict) -> None:
        """A colleague changed the field the user just changed: show both, save the one chosen."""
        from verktoykasse.ui.wizard.conflict import ConflictDialog

        dialog = ConflictDialog(conflict, self)
        dialog.exec()
        if dialog.keep_mine and not conflict.gone:
            self.saver.set(conflict.row, conflict.attr, conflict.mine)
        else:
            self.reload()  # the page shows what the database holds now: theirs, or the row gone
        dialog.deleteLater()

    def check_for_others(self) -> bool:
        """Renew the pages when the plan changed elsewhere since it was loaded; True when it did.

        Waits while the user types (or something waits to be saved): the renewed page would move the
        cursor. The plan's "Last changed" time moves with every change of any of its rows, so one small
        query tells.
        """
        if self.plan is None or self.saver.failing or self.saver.has_unsaved:
            return False
        if time.monotonic() - self._last_edit < IDLE_BEFORE_RELOAD_S:
            return False
        from sqlalchemy import select
        from sqlalchemy.exc import SQLAlchemyError

        try:
            with self.database.session() as session:
                stamp = session.execute(select(Plan.updated_at).where(Plan.id == self.plan_id)).scalar()
            mine = self.plan.updated_at
        except SQLAlchemyError as exc:  # the server away for a moment: look again next time
            log.warning("could not look for colleagues' changes: %s", exc)
            return False
        if stamp == mine:
            return False
        self.reload()
        self.saved_label.setText(self.tr("Changes made by others are shown."))
        return True

    def reload(self) -> None:
        """Show the plan as the database holds it now, on the same step, the keyboard where it was."""
        from PySide6.QtWidgets import QApplication

        from verktoykasse.storage.editing import load_plan

        self.saver.flush()
        focused = QApplication.focusWidget()
        focus_name = focused.objectName() if focused is not None and self.isAncestorOf(focused) else ""
        step = self.current_step
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.current_step = ""
        self.session.expire_all()
        self.plan = load_plan(self.session, self.plan_id, measurements=False)
        if self.plan is None:
            self._show_title(self.tr("This plan no longer exists."))
            self.stack.setEnabled(False)
            self.others_timer.stop()
            return
        self._show_title(self.plan.name)
        self.update_completeness()
        self.go_to(step or STEPS[0])
        if focus_name:
            target = self.current_page().findChild(QWidget, focus_name)
            if target is not None:
                target.setFocus()

    def flush(self) -> None:
        """Save every text still waiting for its pause (before the window closes or the plan changes)."""
        self.saver.flush()

    def _unsaved_typed(self) -> list[str]:
        """What was typed here and could not be saved (a date or number that could not be read, a text too
        long for a plan file): it lives only in its field while the plan is open."""
        return [text for texts in self.saver.refused.values() for text in texts.values()]

    def refused_typed(self) -> list[RefusedText]:
        """What was typed here and could not be saved, by row and field, for the workspace that shows the
        same plan anew (after the equality window, at a line of "Now"): nothing is lost, nothing asked."""
        self.saver.flush()
        return [
            (type(row), row.id, attr, text)
            for row, texts in self.saver.refused.items()
            if getattr(row, "id", None) is not None
            for attr, text in texts.items()
        ]

    def _confirm_typed_lost(self, leaving: str) -> bool:
        """Ask before what could not be saved is lost; Cancel shows the first such field, where it still
        is."""
        from verktoykasse.ui.dialogs import confirm_typed_lost
        from verktoykasse.ui.wizard.fields import TextBox, TypedField

        texts = self._unsaved_typed()
        if not texts:
            return True
        plan = self.plan.name if self.plan is not None else ""
        if confirm_typed_lost(self, texts, leaving, plan):
            return True

        def refused_on(page: QWidget) -> QWidget | None:
            kinds = (TypedField, TextBox)
            return next((field for kind in kinds for field in page.findChildren(kind) if field.refused), None)

        step = next((step for step, page in self.pages.items() if refused_on(page) is not None), None)
        if step is not None:
            self.go_to(step)  # may make the page's detail anew (with the refused text): look again
            field = refused_on(self.pages[step])
            self.window().activateWindow()  # the question's window was the active one
            if field is not None:
                field.setFocus()
        return False

    def may_leave(self) -> bool:
        """Before this plan is closed for another (or opened anew, at a line of "Now"): save what waits, and
        ask before typed text that could not be saved is lost (it lives only in this workspace)."""
        self.saver.flush()
        return self._confirm_typed_lost("open")

    def may_close(self) -> bool:
        """Before the window closes: save what is waiting; if that fails, or typed text could not be saved,
        ask before text is lost."""
        from verktoykasse.ui.dialogs import confirm

        self.saver.flush()
        if not self._confirm_typed_lost("close"):
            return False
        if not self.saver.has_unsaved or self.saver.retry():
            return True

        return confirm(
            self,
            self.tr("Changes not saved"),
            self.tr(
                "Some of your latest changes could not be saved (is the disk full?). If you close now, "
                "they are lost. Close anyway?"
            ),
            self.tr("Close without saving"),
        )

    def shutdown(self) -> None:
        """Save what is waiting and end the session; the workspace is about to go away."""
        self.saver.flush()
        self._completeness_timer.stop()
        self.others_timer.stop()  # no figures from a closed session
        try:
            self.session.close()
        except Exception:
            log.exception("closing the session failed")

    def abandon(self) -> None:
        """End the session without saving anything more: the file turned out damaged (``damaged``)."""
        self.saver.stopped = True
        self._completeness_timer.stop()
        try:
            self.session.close()
        except Exception:
            log.exception("closing the session failed")

    def _back(self) -> None:
        self.saver.flush()
        self.back_requested.emit()
