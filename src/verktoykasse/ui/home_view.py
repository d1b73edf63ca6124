"""The home view: the business's plans, with create, rename, open and delete (after asking)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget

    from verktoykasse.storage.db import Database
    from verktoykasse.storage.plan_list import PlanSummary
    from verktoykasse.ui.now_view import NowPanel

OTHERS_POLL_MS = 5000  # a shared database: how often the list of plans is read again

# Qt.ItemDataRole values as numbers: importing the Qt namespace costs ≈20 ms before the window shows.
PLAN_ID_ROLE = 256  # Qt.ItemDataRole.UserRole
ACCESSIBLE_TEXT_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole
TOOL_TIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole


def plan_name_refusal(reason: str) -> str:
    """What the user is told when ``storage.plans.clean_name`` refuses a plan's name (its ``reason``)."""
    if reason == "empty":
        return QCoreApplication.translate("HomeView", "The name cannot be empty.")
    return QCoreApplication.translate("HomeView", "The name is too long (at most 200 characters).")


class HomeView(QWidget):
    open_requested = Signal(int)
    open_place_requested = Signal(int, str, str, int)  # plan, step, row kind, row id (from "Now")
    selection_changed = Signal()  # another plan is selected in the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeView")
        self._database: Database | None = None
        self._others_timer = None  # a shared database: the list is read again every few seconds
        self._shown: list[tuple[int, str, dt.datetime]] = []
        # Set by the window: while it still opens the data (the plans listed from the file), an action
        # on the plans is handed there and done once the database is open (``MainWindow.start_data``).
        self.wait_for_data: Callable[[Callable[[], None]], None] | None = None

        # "Now" first: what is due in the plans, done from here (``ui.now_view``; the panel is made when
        # first needed, ``now``). ``now_clock`` is its "today".
        self._now: NowPanel | None = None
        self.now_clock: Callable[[], dt.date] = dt.date.today
        self.now_heading = QLabel(self.tr("Now"))
        self.now_heading.setObjectName("nowHeading")
        self.now_heading.setAccessibleName(self.tr("Now: what is due in your plans"))

        self.heading = QLabel(self.tr("Your plans"))
        self.heading.setObjectName("homeHeading")
        self.heading.setAccessibleName(self.tr("Your plans"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.now_heading.setFont(font)
        # Air above "Your plans" when "Now" stands just above it with one line.
        self.heading.setContentsMargins(0, self.heading.fontMetrics().height() // 2, 0, 0)

        self.intro = QLabel(
            self.tr(
                "A plan takes your business through five steps: what you need, where you are and want to "
                "be, goals, what you will do, and how it went. Everything is saved as you type. New here? "
                "Help → Getting started (F1)."
            )
        )
        self.intro.setWordWrap(True)

        self._plan_list: QListWidget | None = None  # made when the plans are known (``plan_list``)

        self.empty_label = QLabel(
            self.tr("No plans yet. Press “New plan” to start, or open the example plan to look around.")
        )
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setWordWrap(True)
        # With no plans yet, the invitation takes the place of an empty list, in a larger font (centred
        # once the data is open: the Qt namespace costs ≈20 ms before the window shows).
        self.empty_label.setMargin(self.fontMetrics().height() * 2)
        empty_font = self.empty_label.font()
        empty_font.setPointSizeF(empty_font.pointSizeF() * 1.2)
        self.empty_label.setFont(empty_font)

        self.new_button = self._button("newPlanButton", self.tr("&New plan"), self.new_plan)
        self.open_button = self._button("openPlanButton", self.tr("&Open"), self.open_selected)
        self.rename_button = self._button("renamePlanButton", self.tr("&Rename…"), self.rename_selected)
        self.delete_button = self._button("deletePlanButton", self.tr("&Delete…"), self.delete_selected)

        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.rename_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)  # the destructive one apart from the others
        self.button_row = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(self.now_heading)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label, 1)
        # Deleted plans wait 30 days in the bin, under the list (the buttons fill a small screen's row).
        # No Alt+letter: the home view's letters are all taken.
        self.bin_button = self._button("planBinButton", self.tr("Bin…"), self.open_bin)
        self.bin_button.setAccessibleName(self.tr("Plan bin: deleted plans, to restore"))
        bin_row = QHBoxLayout()
        bin_row.addStretch(1)
        bin_row.addWidget(self.bin_button)
        layout.addLayout(bin_row)
        self._show_now(False)
        # Until the plans are known (read just after the window first shows) neither the invitation nor an
        # empty list: a user with plans would see, and a screen reader would say, "No plans yet" for a
        # moment. A stretch keeps their place meanwhile, so nothing above or below moves when the plans
        # appear; the list itself is made then (its widget, delegate and the item views' enums cost ≈4 ms
        # that the first window need not wait for).
        self.empty_label.hide()
        layout.insertStretch(layout.indexOf(self.empty_label) + 1, 3)
        self._holding_place = True
        self._update_buttons()

    @property
    def plan_list(self) -> QListWidget:
        """The list of plans, made the first time it is needed (when the plans are known)."""
        if self._plan_list is None:
            self._plan_list = self._make_plan_list()
        return self._plan_list

    def _make_plan_list(self) -> QListWidget:
        from PySide6.QtWidgets import QListWidget

        from verktoykasse.ui.plan_list_delegate import PlanItemDelegate

        plan_list = QListWidget()
        plan_list.setObjectName("planList")
        plan_list.setAccessibleName(self.heading.text())  # called as the heading above it reads
        self.heading.setBuddy(plan_list)
        plan_list.setAccessibleDescription(
            self.tr("Press Enter to open a plan, F2 to rename it, Delete to delete it.")
        )
        plan_list.setItemDelegate(PlanItemDelegate(plan_list))
        plan_list.itemActivated.connect(lambda _item: self.open_selected())
        plan_list.currentItemChanged.connect(lambda *_: self._selection_changed())
        plan_list.hide()
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.empty_label) + 1, plan_list, 2)
        # Between the plan buttons and "Bin…", as if it had been made with them.
        QWidget.setTabOrder(self.delete_button, plan_list)
        QWidget.setTabOrder(plan_list, self.bin_button)
        QShortcut(QKeySequence("F2"), plan_list, self.rename_selected)
        QShortcut(QKeySequence.StandardKey.Delete, plan_list, self.delete_selected)
        return plan_list

    def _selection_changed(self) -> None:
        self._update_buttons()
        self.selection_changed.emit()

    @property
    def now(self) -> NowPanel:
        """The "Now" panel, made when first needed (once the data is open): with no plans it never shows,
        and its module and widgets cost ≈10 ms that the first window need not wait for."""
        if self._now is None:
            from verktoykasse.ui.now_view import NowPanel

            panel = NowPanel()
            panel.setAccessibleName(self.tr("What is due in your plans"))
            panel.open_place.connect(self.open_place_requested)
            panel.database = self._database
            panel.clock = lambda: self.now_clock()
            layout = self.layout()
            layout.insertWidget(layout.indexOf(self.now_heading) + 1, panel, 3)  # a child now, not a window
            panel.setVisible(not self.now_heading.isHidden())
            self._now = panel
        return self._now

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    # -- data -----------------------------------------------------------------------------------------
    def set_database(self, database: Database, *, listed: bool = False) -> None:
        """Work on ``database`` from now on; its plans are listed unless ``listed`` (read from the file at
        start-up, ``show_plans``)."""
        self._database = database
        self._watch_others(database)
        if self._now is not None:
            self._now.database = database
        # "Now" needs the ORM models (≈100 ms to import and configure): the window fills it in just after
        # the plans are listed, so start-up stays as fast as before.
        if not listed:
            self.refresh(now=False)

    def refresh(self, select_id: int | None = None, *, now: bool = True) -> None:
        """List the plans again; ``now=False`` leaves "Now" for later (at start-up, after the first list)."""
        from verktoykasse.storage.plans import list_plans

        if self._database is None:
            return
        with self._database.session() as session:
            plans = list_plans(session)
        self.show_plans(plans, select_id, now=now)

    def _watch_others(self, database: Database) -> None:
        if not database.is_server:
            if self._others_timer is not None:
                self._others_timer.stop()
            return
        if self._others_timer is None:
            from PySide6.QtCore import QTimer

            self._others_timer = QTimer(self)
            self._others_timer.setInterval(OTHERS_POLL_MS)
            self._others_timer.timeout.connect(self.check_for_others)
        self._others_timer.start()

    def check_for_others(self) -> bool:
        """On a shared database: list the plans again when a colleague added, renamed, changed or removed
        one (True then). Only while the list is on screen; a server away for a moment is asked next time."""
        from sqlalchemy.exc import SQLAlchemyError

        from verktoykasse.storage.plans import list_plans

        if self._database is None or not self.isVisible():
            return False
        try:
            with self._database.session() as session:
                plans = list_plans(session)
        except SQLAlchemyError:
            return False
        if [(p.id, p.name, p.updated_at) for p in plans] == self._shown:
            return False
        self.show_plans(plans, now=False)
        return True

    def show_plans(self, plans: list[PlanSummary], select_id: int | None = None, *, now: bool = True) -> None:
        """Show ``plans`` (``storage.plan_list``): from the database, or at start-up read from the file
        before the database is open. ``now`` fills in "Now" too (when the database is open)."""
        if self._holding_place:  # the plans are known: the list or the invitation takes the place
            self._holding_place = False
            layout = self.layout()
            layout.takeAt(layout.indexOf(self.empty_label) + 1)
        self._shown = [(p.id, p.name, p.updated_at) for p in plans]
        previous = select_id if select_id is not None else self.selected_plan_id()
        from PySide6.QtWidgets import QListWidgetItem

        from verktoykasse.ui.tooltips import literal

        self.plan_list.clear()
        for plan in plans:
            item = QListWidgetItem(self._describe(plan))
            item.setData(PLAN_ID_ROLE, plan.id)
            item.setData(ACCESSIBLE_TEXT_ROLE, self._describe(plan).replace("\n", ", "))
            # The whole text when a line is cut short, as typed.
            item.setData(TOOL_TIP_ROLE, literal(self._describe(plan)))
            self.plan_list.addItem(item)
            if plan.id == previous:
                self.plan_list.setCurrentItem(item)
        if self.plan_list.currentItem() is None and self.plan_list.count():
            self.plan_list.setCurrentRow(0)
        self._show_now(bool(plans))
        if plans and now and self._database is not None:
            self.now.refresh()
        if not plans:
            self._centre_invitation()
        self.empty_label.setVisible(not plans)
        self.plan_list.setVisible(bool(plans))
        # The keyboard lands on the list when there are plans, on "New plan" when there are none; the one
        # coloured button is what Enter does there.
        self.setFocusProxy(self.plan_list if plans else self.new_button)
        from verktoykasse.ui.colours import set_primary

        set_primary(self.open_button, bool(plans))
        set_primary(self.new_button, not plans)
        self._update_buttons()

    def _centre_invitation(self) -> None:
        """Centre the invitation that takes the place of an empty list. Only then: the Qt namespace this
        needs costs ≈25 ms, which a list of plans need not wait for."""
        from PySide6.QtCore import Qt

        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)

    def _show_now(self, shown: bool) -> None:
        """With no plans yet, the invitation to make one takes the whole view: nothing can be due."""
        self.now_heading.setVisible(shown)
        if self._now is not None:
            self._now.setVisible(shown)

    def _describe(self, plan: PlanSummary) -> str:
        # Imported with the first plan to describe: the window shows before these load (≈3 ms).
        from verktoykasse.domain.formatting import format_datetime
        from verktoykasse.domain.labels import step_title

        details = [part for part in (plan.org_name,) if part]
        details.append(self.tr("Step: {step}").format(step=step_title(plan.current_step)))
        details.append(self.tr("Last changed {when}").format(when=format_datetime(plan.updated_at)))
        return f"{plan.name}\n" + " · ".join(details)

    def plan_names(self) -> list[str]:
        if self._plan_list is None:  # the plans are not known yet
            return []
        return [self.plan_list.item(i).text().split("\n", 1)[0] for i in range(self.plan_list.count())]

    def selected_plan_id(self) -> int | None:
        item = None if self._plan_list is None else self._plan_list.currentItem()
        return None if item is None else int(item.data(PLAN_ID_ROLE))

    def select_plan(self, plan_id: int) -> None:
        if self._plan_list is None:
            return
        for row in range(self.plan_list.count()):
            if self.plan_list.item(row).data(PLAN_ID_ROLE) == plan_id:
                self.plan_list.setCurrentRow(row)
                return

    def _update_buttons(self) -> None:
        has_selection = self.selected_plan_id() is not None
        for button in (self.open_button, self.rename_button, self.delete_button):
            button.setEnabled(has_selection)

    # -- actions --------------------------------------------------------------------------------------
    def _ask_name(self, title: str, text: str = "") -> str | None:
        from verktoykasse.storage.plans import PlanNameError, clean_name
        from verktoykasse.ui.dialogs import ask_text  # dialogs load on first use, not at start-up

        while True:
            name = ask_text(self, title, self.tr("Name of the plan:"), text)
            if name is None:
                return None
            try:
                return clean_name(name)
            except PlanNameError as exc:
                text = name
                from verktoykasse.ui.dialogs import show_error

                show_error(self, plan_name_refusal(exc.reason))

    def new_plan(self) -> None:
        from verktoykasse.storage.plans import create_plan

        if self._database is None:
            self._wait_for_data(self.new_plan)
            return
        name = self._ask_name(self.tr("New plan"), self.tr("Inclusion plan"))
        if name is None:
            return
        with self._database.session() as session:
            plan_id = create_plan(session, name).id
        self.refresh(select_id=plan_id)
        self.open_requested.emit(plan_id)

    def _wait_for_data(self, action: Callable[[], None]) -> None:
        if self.wait_for_data is not None:
            self.wait_for_data(action)

    def open_selected(self) -> None:
        plan_id = self.selected_plan_id()
        if plan_id is not None:
            self.open_requested.emit(plan_id)

    def rename_selected(self) -> None:
        from verktoykasse.storage.plans import rename_plan

        plan_id = self.selected_plan_id()
        if plan_id is not None and self._database is None:
            self._wait_for_data(self.rename_selected)
        if plan_id is None or self._database is None:
            return
        current = self.plan_list.currentItem().text().split("\n", 1)[0]
        name = self._ask_name(self.tr("Rename plan"), current)
        if name is None:
            return
        with self._database.session() as session:
            rename_plan(session, plan_id, name)
        self.refresh(select_id=plan_id)

    def delete_selected(self) -> None:
        """Move the plan to the bin (kept 30 days; "Bin…" restores it)."""
        from verktoykasse.storage.plans import BIN_DAYS, move_to_bin

        plan_id = self.selected_plan_id()
        if plan_id is not None and self._database is None:
            self._wait_for_data(self.delete_selected)
        if plan_id is None or self._database is None:
            return
        from verktoykasse.domain.lines import shortened
        from verktoykasse.ui.dialogs import confirm

        # A name of one long word would run off the question's edge and hide its end: at most 80 characters
        # of it here, beside the list where it is selected whole.
        name = shortened(self.plan_list.currentItem().text().split("\n", 1)[0], 80)
        if not confirm(
            self,
            self.tr("Delete plan"),
            self.tr(
                "Delete the plan “{name}”? It goes to the bin, where it is kept for {days} days: "
                "“Bin…” brings it back."
            ).format(name=name, days=BIN_DAYS),
            self.tr("Delete"),
        ):
            return
        with self._database.session() as session:
            move_to_bin(session, plan_id)
        self.refresh()

    def open_bin(self) -> None:
        """The plan bin: restore a deleted plan, or delete it at once."""
        if self._database is None:
            self._wait_for_data(self.open_bin)
            return
        from verktoykasse.ui.plan_bin import PlanBinDialog

        dialog = PlanBinDialog(self._database, self)
        dialog.exec()
        restored = dialog.restored
        dialog.deleteLater()
        self.refresh(select_id=restored[-1] if restored else None)
