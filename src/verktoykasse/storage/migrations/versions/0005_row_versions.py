"""a version per row, and who changed it last and when, for people editing one plan at once

With a shared database (issue 20) two people can edit the same plan. Every row the user edits gets
``version`` (raised by one at each change: a save that finds another version than it loaded was overtaken
by someone else's, and the program merges or asks, ``storage.editing``), ``changed_by`` and ``changed_at``
("Endret av Kari 10.12. 14:03"). Existing rows start at version 1, changed by nobody known, at no known
time. Nothing here is in a plan file.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 23:45:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = (
    "plan",
    "participant",
    "need",
    "gap_area",
    "strength",
    "goal",
    "kpi",
    "measure",
    "measure_occurrence",
    "milestone",
    "measure_resource",
    "measurement",
    "lesson",
    "contact",
)


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
            batch_op.add_column(
                sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False)
            )
            batch_op.add_column(sa.Column("changed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("changed_at")
            batch_op.drop_column("changed_by")
            batch_op.drop_column("version")
