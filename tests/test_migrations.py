"""Every released database file upgrades to today's schema with the user's data intact.

``tests/fixtures/db`` holds one real file per released version (see docs/ARCHITECTURE.md, "Migrations").
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from safety_data import TABLES
from verktoykasse.storage import db as db_module
from verktoykasse.storage.backup import list_backups, read_contents
from verktoykasse.storage.db import HEAD_REVISION, open_database, stored_revision
from verktoykasse.storage.health import check_database, open_checked
from verktoykasse.storage.models import Plan

# Backups, restores, quarantine and plan files follow Windows' rules here (tests/windows_rules.py).
pytestmark = pytest.mark.windows_rules

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "db").glob("v*-schema-*.sqlite3"))


def test_there_is_a_fixture_of_the_first_release():
    assert any(f.name.startswith("v0.1.0-schema-0001") for f in FIXTURES)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_an_old_database_upgrades_with_every_row_kept(fixture, tmp_path):
    path = tmp_path / "verktoykasse.sqlite3"
    shutil.copy(fixture, path)
    before = sqlite3.connect(path)
    counts = {t: before.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    before.close()
    assert all(counts.values()), counts  # the fixture has rows in every table

    database = open_database(path)
    with database.session() as session:
        plan = session.query(Plan).one()
        assert plan.name == "Inkluderingsplan 2027"
        assert plan.org_name == "Bakeriet Sørensen AS"
        assert plan.workshop_date == dt.date(2027, 2, 14)
        assert [g.title for g in plan.gaps] == ["Rekrutteringsprosesser", "Språk"]
        assert plan.goals[0].gap is plan.gaps[0]
        kpi = plan.goals[0].kpis[0]
        assert [m.value for m in kpi.measurements] == [1.0, 2.5]
        measure = plan.measures[0]
        assert measure.cost_nok == 12500.5
        # 0006: every plan of before is in use, none in the bin.
        assert plan.deleted_at is None
        # 0004: measures made before could not recur, and none was held yet.
        assert [(m.recurrence, m.recurrence_end, m.occurrences) for m in plan.measures] == [
            ("", None, [])
        ] * len(plan.measures)
        assert [g.title for g in measure.goals] == [g.title for g in plan.goals]
        assert {r.catalogue_entry_id or r.contact.name for r in measure.resources_used} == {
            "nav-arbeidstrening",
            "Kari Nordmann",
        }
        # 0007: the board's decision pack starts empty, and the report is in bokmål whatever the system
        assert plan.report_language == "nb"
        assert (plan.hourly_cost, plan.approved_on, plan.approved_by) == (None, None, "")
        assert plan.board_decisions == [] and measure.planned_hires == []
        # 0003, the workshop: the new fields start empty, the scores the owner set are kept.
        assert (plan.workshop_time, plan.workshop_place) == ("", "")
        assert all(p.email == "" for p in plan.participants) and len(plan.participants) == 3
        assert [(g.current_dots, g.desired_dots) for g in plan.gaps] == [("", ""), ("", "")]
        assert [g.current_score for g in plan.gaps] == [2, 3]
        # 0005, the equality duty: a private employer nobody asked, with no risk map, meetings or figures.
        assert (plan.employer_sector, plan.arp_requested, plan.arp_document) == ("private", False, False)
        assert (plan.privacy_threshold, plan.arp_principles, plan.arp_responsible) == (None, "", "")
        assert (plan.arp_risks, plan.arp_involvement, plan.arp_years) == ([], [], [])
    database.close()
    assert stored_revision(path) == HEAD_REVISION
    after = sqlite3.connect(path)
    assert {t: after.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES} == counts
    # 0008: a measure's goals keep the order they were always shown in, the plan's goal order.
    links = "SELECT link.position, goal.position FROM measure_goal link JOIN goal ON goal.id = link.goal_id"
    assert all(link == goal for link, goal in after.execute(links))
    after.close()
    assert check_database(path, thorough=True).ok


def test_an_upgrade_is_preceded_by_a_backup_of_the_old_file(context, monkeypatch):
    shutil.copy(FIXTURES[0], context.paths.database)
    # Pretend this program is one schema newer, so the file's revision needs an upgrade.
    monkeypatch.setattr(db_module, "HEAD_REVISION", "9999")
    monkeypatch.setattr(db_module, "upgrade", lambda engine, revision="head": None)
    result = open_checked(context.paths, keep=10)
    result.database.close()
    reasons = [b.reason for b in list_backups(context.paths.backups)]
    assert "before-upgrade" in reasons
    upgrade_backup = next(b for b in list_backups(context.paths.backups) if b.reason == "before-upgrade")
    assert read_contents(upgrade_backup.path).plan_names == ["Inkluderingsplan 2027"]


def test_a_contact_with_the_old_default_kind_becomes_an_actor_and_a_chosen_kind_stays(tmp_path):
    """0.1.0 gave a contact made without a kind the kind "contact", which no catalogue kind is (0002)."""
    path = tmp_path / "verktoykasse.sqlite3"
    shutil.copy(FIXTURES[0], path)
    old = sqlite3.connect(path)
    old.execute("INSERT INTO contact (name, created_at) VALUES ('Nav Fredrikstad', '2027-01-05 10:00:00')")
    old.commit()
    assert old.execute("SELECT kind FROM contact WHERE name = 'Nav Fredrikstad'").fetchone() == ("contact",)
    old.close()

    open_database(path).close()
    upgraded = sqlite3.connect(path)
    kinds = dict(upgraded.execute("SELECT name, kind FROM contact"))
    assert kinds == {"Kari Nordmann": "mentor", "Nav Fredrikstad": "actor"}
    upgraded.execute("INSERT INTO contact (name, created_at) VALUES ('Ny', '2027-02-01 09:00:00')")
    assert upgraded.execute("SELECT kind FROM contact WHERE name = 'Ny'").fetchone() == ("actor",)
    upgraded.close()
