"""What opening the database and a plan needs, loaded ahead (the window runs it in a background thread).

At start the window lists the plans with plain ``sqlite3`` (``storage.plan_list``) and meanwhile, while
the user reads the list, this imports SQLAlchemy, the models and the storage modules and configures the
mappers, and the SQLite dialect: ≈0.5 s that the list no longer waits for. Nothing here touches the
database.
"""

from __future__ import annotations

import importlib

# The storage modules opening the database and the first plan import, SQLAlchemy with them.
MODULES = (
    "sqlalchemy.orm",
    "verktoykasse.storage.models",
    "verktoykasse.storage.editing",
    "verktoykasse.storage.one_line_fields",
    "verktoykasse.storage.backup",
    "verktoykasse.storage.plans",
    "sqlalchemy.dialects.sqlite",  # the engine's (≈15 ms): here, not in the window's thread when it opens
)


def load_storage() -> None:
    """Import the storage modules and configure the models' mappers (what the first query would do)."""
    for name in MODULES:
        importlib.import_module(name)
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
