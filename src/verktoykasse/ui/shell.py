"""The small part of the main window its helpers may use: the plan in focus, navigation, the status line.

The File-menu actions (``ui.data_actions``, ``ui.report_actions``, ``ui.workshop_actions``), the plan
actions of the home view (``ui.wizard.home_actions``), the settings dialog and the recovery dialogs get the
``AppContext`` (paths, settings, database), a parent widget for their dialogs and this interface, never the
whole window: they cannot reach into its pages, and no module imports ``ui.main_window`` but the ones that
start it.
"""

from __future__ import annotations

from typing import Any, Protocol


class Shell(Protocol):
    """Implemented by ``ui.main_window.MainWindow``."""

    # Emitted when the plan in focus may have changed: another page shown, another plan selected or opened.
    current_plan_changed: Any  # a bound Qt signal (SignalInstance)

    def current_plan_id(self) -> int | None:
        """The plan in focus: the one open in the workspace while it shows, else the one selected."""

    def open_plan_id(self) -> int | None:
        """The plan whose workspace is showing, or None (the list of plans or the catalogue shows, or the
        plan was deleted meanwhile)."""

    def open_plan(self, plan_id: int, step: str | None = None) -> None:
        """Show the plan's workspace, built anew from the database, where the user left it or at ``step``."""

    def save_typing(self) -> None:
        """Save what waits in text boxes for the user's pause, before another part reads the plan."""

    def show_home(self, select_id: int | None = None) -> None:
        """The list of plans, read again, with ``select_id`` selected if given."""

    def show_status(self, message: str, timeout_ms: int = 0) -> None: ...

    def close_data(self) -> None:
        """Close the open plan and the database (before a backup is restored in its place)."""

    def load_data(self) -> None:
        """Open the database again (with the recovery dialogs if it cannot be used)."""

    def data_damaged(self, problem: str) -> None:
        """The file turned out damaged while working (a ``StorageProblem``): nothing more is written; the
        window explains and offers to restore a backup, start empty or quit."""

    def damaged_by(self, exc: BaseException) -> bool:
        """Whether ``exc`` says the file is damaged; if so, ``data_damaged`` has been called."""

    def save_settings(self) -> str | None:
        """Write the settings file; a failure is logged and said on the status line (its sentence is
        returned), never a traceback or an error box."""

    def change_language(self, setting: str) -> None: ...
