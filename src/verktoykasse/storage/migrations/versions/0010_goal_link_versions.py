"""goal link versions: a measure's goal links get a version, who changed them and when

Two people ticking goals for the same measure at once: the last save won silently, because
``measure_goal`` had no row version (issue 20). Each link row now carries ``version``, ``changed_by`` and
``changed_at`` like every other row (``storage.models.Tracked``); a change of a measure's links raises the
version of all its links and stamps them (``storage.link_order``), and a save that finds the links changed
by someone else since they were loaded shows both and lets the user choose (``storage.editing``).
Existing links start at version 1, changed by nobody known, at no known time. Nothing here is in a plan
file.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 02:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("measure_goal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False))
        batch_op.add_column(sa.Column("changed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("measure_goal", schema=None) as batch_op:
        batch_op.drop_column("changed_at")
        batch_op.drop_column("changed_by")
        batch_op.drop_column("version")
