"""recurring measures: how often a measure recurs, until when, and each time it was held

Real plans are full of measures that recur rather than end (a quarterly meeting with Nav, a yearly
evaluation meeting). A measure gets ``recurrence`` (a frequency key, "" when it does not recur) and
``recurrence_end`` (empty: until the plan's period ends), and a new table ``measure_occurrence`` keeps each
occurrence the user ticked as held, with the day it was held and a note. Existing measures do not recur.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 21:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.add_column(sa.Column("recurrence", sa.String(length=20), server_default="", nullable=False))
        batch_op.add_column(sa.Column("recurrence_end", sa.Date(), nullable=True))
    op.create_table(
        "measure_occurrence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
            name=op.f("fk_measure_occurrence_measure_id_measure"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure_occurrence")),
    )
    with op.batch_alter_table("measure_occurrence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_measure_occurrence_measure_id"), ["measure_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("measure_occurrence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measure_occurrence_measure_id"))
    op.drop_table("measure_occurrence")
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.drop_column("recurrence_end")
        batch_op.drop_column("recurrence")
