"""Deleting a plan moves it to a bin: gone from the list, kept 30 days, restored with everything in it;
after 30 days (or "Delete now…") it is gone for good."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from verktoykasse.storage.editing import add_row
from verktoykasse.storage.plans import (
    BIN_DAYS,
    binned_plans,
    create_plan,
    empty_bin,
    find_plan,
    list_plans,
    move_to_bin,
    restore_plan,
)
from wizard_support import new_plan


def test_a_deleted_plan_waits_in_the_bin_and_comes_back_whole(start_window, answer_next_dialog, qtbot):
    window = start_window()
    ws = new_plan(window, answer_next_dialog, "Bakeriet 2027")
    ws.saver.run(lambda: add_row(ws.session, ws.plan, "measures", title="Mentor"))
    plan_id = ws.plan_id
    window.show_home(select_id=plan_id)
    answer_next_dialog("confirmYes")  # "Delete the plan …? It goes to the bin, … 30 days"
    window.home.delete_selected()
    assert "Bakeriet 2027" not in window.home.plan_names()

    def restore_in_the_bin() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "planBinDialog":
            QTimer.singleShot(10, restore_in_the_bin)
            return
        assert dialog.list.count() == 1
        assert dialog.list.item(0).text().startswith("Bakeriet 2027\ndeleted ")
        assert dialog.restore_button.isDefault()  # the main action; "Delete now…" is apart
        dialog.restore_button.click()
        assert dialog.empty.isVisible()
        dialog.reject()

    QTimer.singleShot(0, restore_in_the_bin)
    window.home.bin_button.click()
    assert "Bakeriet 2027" in window.home.plan_names()
    assert window.home.selected_plan_id() == plan_id
    window.open_plan(plan_id)
    assert [m.title for m in window.plan_page.plan.measures] == ["Mentor"]


def test_after_thirty_days_the_bin_deletes_the_plan_for_good(database):
    now = dt.datetime(2027, 3, 1, 12, 0)
    with database.session() as session:
        old = create_plan(session, "Gammel plan").id
        recent = create_plan(session, "Ny plan").id
        move_to_bin(session, old, now - dt.timedelta(days=BIN_DAYS, minutes=1))
        move_to_bin(session, recent, now - dt.timedelta(days=2))
        assert list_plans(session) == []
        assert [p.name for p in binned_plans(session)] == ["Ny plan", "Gammel plan"]
        assert binned_plans(session)[0].deleted_for_good_on() == dt.date(2027, 3, 29)
        assert find_plan(session, "Ny plan") is None and find_plan(session, str(recent)) is None  # CLI
        assert empty_bin(session, now) == 1
        assert [p.name for p in binned_plans(session)] == ["Ny plan"]
        restore_plan(session, recent)
        assert [p.name for p in list_plans(session)] == ["Ny plan"]


def test_delete_now_in_the_bin_asks_and_deletes_for_good(start_window, answer_next_dialog, qtbot):
    from verktoykasse.ui.plan_bin import PlanBinDialog

    window = start_window()
    with window.database.session() as session:
        plan_id = create_plan(session, "Feil plan").id
        move_to_bin(session, plan_id)
    dialog = PlanBinDialog(window.database, window)
    qtbot.addWidget(dialog)
    answer_next_dialog("confirmNo")
    dialog.delete_button.click()
    assert dialog.list.count() == 1  # "Cancel" keeps it
    answer_next_dialog("confirmYes")
    dialog.delete_button.click()
    assert dialog.list.count() == 0
    with window.database.session() as session:
        assert binned_plans(session) == [] and list_plans(session) == []


def test_a_plan_thirty_days_in_the_bin_is_gone_at_the_next_start_without_opening_the_bin(start_window, qtbot):
    """Kari deleted two plans, one a month ago: the next time she starts the program, that one is deleted
    for good (as the bin promised), the other still waits to be restored."""
    from verktoykasse.ui.plan_bin import empty_bin_at_start

    window = start_window()
    long_ago = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=BIN_DAYS, hours=1)
    with window.database.session() as session:
        old = create_plan(session, "Gammel plan").id
        recent = create_plan(session, "Ny plan").id
        move_to_bin(session, recent)
        move_to_bin(session, old, long_ago)  # as the clock said then
        assert [p.name for p in binned_plans(session)] == ["Ny plan", "Gammel plan"]
    window.close()
    window.context.close()

    again = start_window()

    def only_the_recent_one_is_left() -> None:
        with again.database.session() as session:
            assert [p.name for p in binned_plans(session)] == ["Ny plan"]

    qtbot.waitUntil(only_the_recent_one_is_left)
    assert "Gammel plan" not in again.home.plan_names() and "Ny plan" not in again.home.plan_names()
    assert empty_bin_at_start(again.database) == 0  # nothing more to do: a read, no write
    assert empty_bin_at_start(None) == 0  # no data open (it could not be opened): nothing to empty


def test_a_bin_that_cannot_be_emptied_never_stops_the_start(start_window, monkeypatch, caplog):
    import verktoykasse.ui.plan_bin as plan_bin

    window = start_window()

    def broken(_session, _now=None):
        raise OSError("disk gone")

    monkeypatch.setattr(plan_bin, "empty_bin", broken)
    assert plan_bin.empty_bin_at_start(window.database) == 0
    assert "could not be emptied" in caplog.text
