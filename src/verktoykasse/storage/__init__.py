"""Storage: SQLAlchemy models, the SQLite engine with its pragmas, Alembic migrations, backups."""
