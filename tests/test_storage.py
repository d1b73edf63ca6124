"""The database underneath: pragmas, migrations, and plans' life cycle without a screen."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from verktoykasse.storage.db import HEAD_REVISION, MIGRATIONS_DIR, open_database, stored_revision
from verktoykasse.storage.plans import (
    PlanNameError,
    clean_name,
    create_plan,
    delete_plan,
    find_plan,
    list_plans,
)


def test_head_revision_constant_matches_the_migrations():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    assert script.get_current_head() == HEAD_REVISION


def test_a_new_database_is_migrated_to_head_with_safe_pragmas(tmp_path):
    db = open_database(tmp_path / "db.sqlite3")
    with db.engine.connect() as con:
        assert con.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert con.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert con.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    db.close()
    assert stored_revision(tmp_path / "db.sqlite3") == HEAD_REVISION


def test_schema_from_migrations_matches_the_models(tmp_path):
    """A model change without a migration would be lost on users' machines."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from verktoykasse.storage.models import Base

    db = open_database(tmp_path / "db.sqlite3")
    with db.engine.connect() as con:
        diff = compare_metadata(MigrationContext.configure(con), Base.metadata)
    db.close()
    assert diff == []


@pytest.mark.both_engines
def test_deleting_a_plan_removes_its_rows(database):
    from verktoykasse.storage.models import GapArea

    with database.session() as session:
        plan = create_plan(session, "Plan")
        plan.gaps.append(GapArea(title="Rekrutteringsprosesser"))
        session.commit()
        delete_plan(session, plan.id)
        assert list_plans(session) == []
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM gap_area")).scalar() == 0


def test_plan_names_are_cleaned_and_checked():
    assert clean_name("  Plan   for  2027 ") == "Plan for 2027"
    for bad in ("", "   ", "x" * 201):
        try:
            clean_name(bad)
        except PlanNameError:
            continue
        raise AssertionError(f"accepted {bad!r}")


@pytest.mark.both_engines
def test_plans_are_found_by_id_or_name(database):
    with database.session() as session:
        plan = create_plan(session, "Bakeriet 2027")
        assert find_plan(session, str(plan.id)).id == plan.id
        assert find_plan(session, "bakeriet 2027").id == plan.id
        assert find_plan(session, "nothing") is None
