"""Alembic environment: runs against the engine the program hands over (batch mode for SQLite; the same
migrations on a PostgreSQL server, see ``storage.server``)."""

from alembic import context

from verktoykasse.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        from verktoykasse.storage.db import make_engine

        url = config.get_main_option("sqlalchemy.url")
        engine = make_engine(url.removeprefix("sqlite:///"))  # type: ignore[arg-type]
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            _run_on_sqlite(connection)
        else:
            _run_on_server(connection)


# Any fixed number: the key of the lock two programs upgrading one server database at once queue on.
MIGRATION_LOCK = 2026_20


def _run_on_server(connection) -> None:
    """PostgreSQL changes its schema inside a transaction: the whole upgrade is kept or none of it.

    Two programs that start at once on an older shared database queue on an advisory lock; the second
    then finds the database upgraded and has nothing left to do.
    """
    with connection.begin():
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


def _run_on_sqlite(connection) -> None:
    # Batch mode rebuilds a table (copy, drop the old one, rename). With foreign keys on, dropping a
    # parent table deletes its children's rows through ON DELETE CASCADE: a user's measures would lose
    # their contacts. So they are off while migrating (the pragma only takes effect outside a
    # transaction), every reference is checked before the change is committed, and they are on again
    # before the connection goes back to the program.
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    connection.commit()
    try:
        with connection.begin():
            context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
            with context.begin_transaction():
                context.run_migrations()
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"the migration left rows that refer to nothing: {broken[:5]}")
    finally:
        connection.rollback()
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        render_as_batch=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
