"""plan bin: a deleted plan is kept for 30 days, to restore

``plan.deleted_at`` is when the user deleted the plan (moved it to the bin); the home view lists only plans
without it, and the bin deletes a plan for good 30 days later (``storage.plans``). Existing plans are in
use: the column starts empty.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 23:50:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.add_column(sa.Column("deleted_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.drop_column("deleted_at")
