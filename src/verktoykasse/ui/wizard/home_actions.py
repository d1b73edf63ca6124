"""Two plan actions in the home view: open the example plan, and start the next cycle of a plan.

Kept here (not in ``home_view``) so the wizard's work stays in its own package; the main window installs
them once. The example plan is added on first use; the next cycle copies what a new year builds on.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

if TYPE_CHECKING:
    from verktoykasse.context import AppContext
    from verktoykasse.ui.home_view import HomeView
    from verktoykasse.ui.shell import Shell

log = logging.getLogger("verktoykasse.ui.wizard")


class HomeActions(QObject):
    def __init__(self, context: AppContext, shell: Shell, home: HomeView) -> None:
        super().__init__(home)
        self.context = context
        self.shell = shell
        self.home = home  # where the buttons go, and the parent of their dialogs
        self.example_button = QPushButton(self.tr("Open e&xample plan"))
        self.example_button.setObjectName("openExamplePlanButton")
        self.example_button.setAccessibleName(self.tr("Open example plan"))
        self.example_button.setToolTip(self.tr("A filled-in plan of a small bakery, to look around in."))
        self.example_button.clicked.connect(self.open_example)
        self.next_cycle_button = QPushButton(self.tr("Start next c&ycle…"))
        self.next_cycle_button.setObjectName("startNextCycleButton")
        self.next_cycle_button.setAccessibleName(self.tr("Start next cycle"))
        self.next_cycle_button.setToolTip(
            self.tr(
                "A new plan for the next year that builds on the selected one: profile, gaps, goals, "
                "KPIs with their latest values as baseline, open measures and the lessons to carry on."
            )
        )
        self.next_cycle_button.clicked.connect(self.start_next_cycle)
        row = home.button_row  # New, Open, Rename, (room), Delete: these go before the room
        row.insertWidget(row.count() - 2, self.next_cycle_button)
        row.insertWidget(row.count() - 2, self.example_button)
        shell.current_plan_changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.next_cycle_button.setEnabled(self.shell.current_plan_id() is not None)

    def open_example(self) -> None:
        """Add the example plan if it is not there yet, then open it."""
        from verktoykasse.exchange.example_plan import example_plan
        from verktoykasse.ui.dialogs import show_error  # dialogs on use: ≈2 ms less before the window shows

        database = self.context.open_database
        if database is None:
            return
        try:
            with database.session() as session:
                plan_id = example_plan(session).id
        except Exception as exc:  # disk full, read-only folder: say so, never a traceback
            log.exception("the example plan could not be added")
            show_error(self.home, self.tr("The example plan could not be added:") + f"\n{exc}")
            return
        self.home.refresh(select_id=plan_id)
        self.shell.open_plan(plan_id)

    def start_next_cycle(self) -> None:
        from verktoykasse.storage.models import Plan
        from verktoykasse.storage.next_cycle import start_next_cycle
        from verktoykasse.ui.dialogs import ask_text, show_error

        database = self.context.open_database
        plan_id = self.shell.current_plan_id()
        if database is None or plan_id is None:
            return
        from verktoykasse.domain.lines import shortened
        from verktoykasse.storage.plans import MAX_NAME_LENGTH, PlanNameError, clean_name

        next_name = self.tr("{name} – next cycle")
        with database.session() as session:
            previous = session.get(Plan, plan_id)
            # The suggestion fits the longest name allowed: of a 200-character name, its beginning and "…".
            room = MAX_NAME_LENGTH - len(next_name.format(name=""))
            suggestion = next_name.format(name=shortened(previous.name, room) if previous else "")
        name = ask_text(self.home, self.tr("Start next cycle"), self.tr("Name of the new plan:"), suggestion)
        if name is None:
            return
        try:
            name = clean_name(name)
        except PlanNameError as exc:
            from verktoykasse.ui.home_view import plan_name_refusal

            show_error(self.home, plan_name_refusal(exc.reason))
            return
        try:
            with database.session() as session:
                new_id = start_next_cycle(session, plan_id, name).id
        except Exception as exc:
            log.exception("the next cycle could not be started")
            show_error(self.home, self.tr("The next cycle could not be started:") + f"\n{exc}")
            return
        self.home.refresh(select_id=new_id)
        self.shell.open_plan(new_id)
