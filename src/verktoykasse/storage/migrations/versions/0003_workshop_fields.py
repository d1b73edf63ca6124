"""the workshop: participants' e-mail, the room's dot counts, where and when the workshop is

A participant gets an e-mail address (for the invitation's mailto: link); a gap area keeps the dot counts
the room gave each score (today and desired: "0,2,5,3,1", empty when nobody voted); the plan keeps the
workshop's place and time beside its date. All are text, empty for existing rows.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 21:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = {
    "participant": ("email",),
    "gap_area": ("current_dots", "desired_dots"),
    "plan": ("workshop_place", "workshop_time"),
}


def upgrade() -> None:
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.add_column(sa.Column(column, sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in reversed(columns):
                batch_op.drop_column(column)
