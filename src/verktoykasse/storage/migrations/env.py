"""Alembic environment: runs against the engine the program hands over, in batch mode for SQLite."""

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
    with engine.begin() as connection:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


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
