"""the board's decision pack: planned hires, board decisions, the budget's settings and the report language

A measure gets a list of planned hires (target group, wage, job percentage, start, Nav schemes, mentor
hours and wage, extra costs) for the subsidy estimate; a plan gets the list of what the board is asked to
decide, the approval (date, by whom), the hourly cost and its own holiday pay, pension and employer's
contribution rates (empty: the catalogue's), and the report's language (bokmål for every existing plan,
whatever the computer speaks).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 21:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("report_language", sa.String(length=5), server_default="nb", nullable=False)
        )
        batch_op.add_column(sa.Column("hourly_cost", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("holiday_pay_percent", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("pension_percent", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("contribution_percent", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("approved_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("approved_by", sa.Text(), server_default="", nullable=False))
    op.create_table(
        "planned_hire",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("label", sa.Text(), server_default="", nullable=False),
        sa.Column("target_group", sa.String(length=20), server_default="", nullable=False),
        sa.Column("reduced_capacity", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("monthly_wage", sa.Float(), nullable=True),
        sa.Column("job_percent", sa.Float(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("schemes", sa.Text(), server_default="", nullable=False),
        sa.Column("mentor_hours", sa.Float(), nullable=True),
        sa.Column("mentor_hourly_wage", sa.Float(), nullable=True),
        sa.Column("extra_costs", sa.Float(), nullable=True),
        # who changed the row last and when, and its version (migration 0005 gave every table before these)
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
            name=op.f("fk_planned_hire_measure_id_measure"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_planned_hire")),
    )
    with op.batch_alter_table("planned_hire", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_planned_hire_measure_id"), ["measure_id"], unique=False)
    op.create_table(
        "board_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("text", sa.Text(), server_default="", nullable=False),
        # who changed the row last and when, and its version (migration 0005 gave every table before these)
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_board_decision_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_decision")),
    )
    with op.batch_alter_table("board_decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_board_decision_plan_id"), ["plan_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("board_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_board_decision_plan_id"))
    op.drop_table("board_decision")
    with op.batch_alter_table("planned_hire", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_planned_hire_measure_id"))
    op.drop_table("planned_hire")
    with op.batch_alter_table("plan", schema=None) as batch_op:
        for column in (
            "approved_by",
            "approved_on",
            "contribution_percent",
            "pension_percent",
            "holiday_pay_percent",
            "hourly_cost",
            "report_language",
        ):
            batch_op.drop_column(column)
