"""measure goal order: a measure's goals keep the order the user gave them

``measure_goal`` gets ``position``, the goal's place among the measure's goals (issue 21: the links came
back from an export and import in another order). Before, a measure's goals were always shown in the
plan's goal order, so each existing link takes its goal's position: every plan shows what it showed.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 23:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("measure_goal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("position", sa.Integer(), server_default="0", nullable=False))
    op.execute(
        "UPDATE measure_goal SET position = "
        "(SELECT goal.position FROM goal WHERE goal.id = measure_goal.goal_id)"
    )


def downgrade() -> None:
    with op.batch_alter_table("measure_goal", schema=None) as batch_op:
        batch_op.drop_column("position")
