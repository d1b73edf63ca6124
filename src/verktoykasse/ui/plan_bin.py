"""The plan bin: plans deleted in the home view, kept for 30 days, to restore or to delete at once.

Opened with the home view's "Bin…" button. Restore is the main action; "Delete now…" is apart and asks
first, as it cannot be taken back.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from verktoykasse.domain.formatting import format_date
from verktoykasse.storage.db import Database
from verktoykasse.storage.plans import BIN_DAYS, binned_plans, delete_plan, empty_bin, restore_plan
from verktoykasse.ui.colours import set_primary

# Qt.ItemDataRole.UserRole as a number: the bin is emptied at every start (``empty_bin_at_start``), and
# the Qt namespace costs ≈25 ms to build.
PLAN_ID_ROLE = 256
log = logging.getLogger(__name__)


def empty_bin_at_start(database: Database | None) -> int:
    """Delete for good the plans 30 days in the bin, without waiting for the bin to be opened; how many.

    Called once the data is open and the window shows (``MainWindow._use_database``): the usual case is one
    small read. Emptying the bin must never stop the program starting, so a problem is only logged (the
    bin tries again when opened, and at the next start)."""
    if database is None:
        return 0
    try:
        with database.session() as session:
            gone = empty_bin(session)
    except Exception:
        log.exception("the plan bin could not be emptied at start")
        return 0
    if gone:
        log.info("%d plans were 30 days in the bin and are deleted for good", gone)
    return gone


class PlanBinDialog(QDialog):
    """The plans in the bin, newest first; ``restored`` lists the ids taken back out."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.restored: list[int] = []
        self.setObjectName("planBinDialog")
        self.setWindowTitle(self.tr("Plan bin"))
        self.setAccessibleName(self.tr("Plan bin"))
        about = QLabel(  # the list's label: Alt and its letter go to the plans
            self.tr("Deleted &plans are kept here for {days} days, then deleted for good.").format(
                days=BIN_DAYS
            )
        )
        about.setWordWrap(True)
        from verktoykasse.ui.elided import WrappedList

        # A plan's name of one long word ends in "…" (whole in the tooltip and read aloud), not cut.
        self.list = WrappedList()
        self.list.setObjectName("binList")
        self.list.setAccessibleName(self.tr("Plans in the bin"))
        about.setBuddy(self.list)
        self.empty = QLabel(self.tr("The bin is empty."))
        self.empty.setObjectName("binEmpty")
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("binRestoreButton")
        self.restore_button.setAccessibleName(self.tr("Restore the plan"))
        self.restore_button.clicked.connect(self.restore_selected)
        set_primary(self.restore_button)
        self.delete_button = QPushButton(self.tr("&Delete now…"))
        self.delete_button.setObjectName("binDeleteButton")
        self.delete_button.setAccessibleName(self.tr("Delete the plan now, for good"))
        self.delete_button.clicked.connect(self.delete_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setObjectName("binCloseButton")
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)  # the destructive one apart from the others
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.list.itemActivated.connect(lambda _item: self.restore_selected())
        from verktoykasse.ui.fitting import bounded_size, enter_stays_in_fields

        # Enter on a line restores that plan, once: the list lets the key go on to the dialog, where it
        # pressed "Restore" too and brought the next plan back as well
        enter_stays_in_fields(self)
        self.refresh()
        em = self.fontMetrics().averageCharWidth()
        self.resize(bounded_size(self, em * 70, self.fontMetrics().height() * 20))

    def refresh(self) -> None:
        with self.database.session() as session:
            empty_bin(session)  # what has been here for 30 days goes now
            plans = binned_plans(session)
        self.list.clear()
        for plan in plans:
            item = self.list.add_line(
                self.tr("{name}\ndeleted {deleted}, deleted for good {gone}").format(
                    name=plan.name,
                    deleted=format_date(plan.deleted_at.date()),
                    gone=format_date(plan.deleted_for_good_on()),
                )
            )
            item.setData(PLAN_ID_ROLE, plan.id)
        if plans:
            self.list.setCurrentRow(0)
        self.list.setVisible(bool(plans))
        self.empty.setVisible(not plans)
        self.restore_button.setEnabled(bool(plans))
        self.delete_button.setEnabled(bool(plans))

    def _selected(self) -> tuple[int, str] | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return int(item.data(PLAN_ID_ROLE)), self.list.full_text(self.list.row(item)).split("\n", 1)[0]

    def restore_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        with self.database.session() as session:
            restore_plan(session, chosen[0])
        self.restored.append(chosen[0])
        self.refresh()

    def delete_selected(self) -> None:
        from verktoykasse.ui.dialogs import confirm

        chosen = self._selected()
        if chosen is None:
            return
        if not confirm(
            self,
            self.tr("Delete now"),
            self.tr("Delete the plan “{name}” and everything in it for good? This cannot be undone.").format(
                name=chosen[1]
            ),
            self.tr("Delete for good"),
        ):
            return
        with self.database.session() as session:
            delete_plan(session, chosen[0])
        self.refresh()
