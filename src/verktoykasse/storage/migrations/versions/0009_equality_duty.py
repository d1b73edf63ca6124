"""equality duty (ARP): what decides it, the risk map, the representatives' involvement, the figures

The plan learns whether the employer is private or public, whether a party in the workplace asked for the
four steps, whether the business documents its equality work anyway, the threshold under which figures are
hidden (empty: 5), and the report's texts (principles, who is responsible). New tables: ``arp_risk`` (the
assessed cells of the risk map, one per ground and HR area, linked to a gap area), ``arp_involvement``
(meetings with the employees' representatives), ``arp_year`` (the equality figures of a year) with
``arp_pay_level`` (the pay survey's job levels). Existing plans are private employers, no one asked, and
they have none of the new rows. The new tables carry the row versions of 0005 (who changed a row and
when) like every table of the plan.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 22:57:25.105967
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "arp_involvement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("who", sa.Text(), server_default="", nullable=False),
        sa.Column("step", sa.String(length=20), server_default="", nullable=False),
        sa.Column("topic", sa.Text(), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_arp_involvement_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_arp_involvement")),
    )
    with op.batch_alter_table("arp_involvement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_arp_involvement_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "arp_year",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("women", sa.Integer(), nullable=True),
        sa.Column("men", sa.Integer(), nullable=True),
        sa.Column("temporary_women", sa.Integer(), nullable=True),
        sa.Column("temporary_men", sa.Integer(), nullable=True),
        sa.Column("part_time_women", sa.Integer(), nullable=True),
        sa.Column("part_time_men", sa.Integer(), nullable=True),
        sa.Column("leave_women", sa.Integer(), nullable=True),
        sa.Column("leave_men", sa.Integer(), nullable=True),
        sa.Column("leave_weeks_women", sa.Float(), nullable=True),
        sa.Column("leave_weeks_men", sa.Float(), nullable=True),
        sa.Column("involuntary_women", sa.Integer(), nullable=True),
        sa.Column("involuntary_men", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_arp_year_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_arp_year")),
    )
    with op.batch_alter_table("arp_year", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_arp_year_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "arp_pay_level",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("arp_year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("level", sa.Text(), server_default="", nullable=False),
        sa.Column("women", sa.Integer(), nullable=True),
        sa.Column("men", sa.Integer(), nullable=True),
        sa.Column("women_pay", sa.Float(), nullable=True),
        sa.Column("men_pay", sa.Float(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["arp_year_id"],
            ["arp_year.id"],
            name=op.f("fk_arp_pay_level_arp_year_id_arp_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_arp_pay_level")),
    )
    with op.batch_alter_table("arp_pay_level", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_arp_pay_level_arp_year_id"), ["arp_year_id"], unique=False)

    op.create_table(
        "arp_risk",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("gap_id", sa.Integer(), nullable=True),
        sa.Column("ground", sa.String(length=40), nullable=False),
        sa.Column("area", sa.String(length=40), nullable=False),
        sa.Column("state", sa.String(length=20), server_default="", nullable=False),
        sa.Column("cause", sa.Text(), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["gap_id"], ["gap_area.id"], name=op.f("fk_arp_risk_gap_id_gap_area"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_arp_risk_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_arp_risk")),
        sa.UniqueConstraint("plan_id", "ground", "area", name="uq_arp_risk_cell"),
    )
    with op.batch_alter_table("arp_risk", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_arp_risk_plan_id"), ["plan_id"], unique=False)

    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("employer_sector", sa.String(length=20), server_default="private", nullable=False)
        )
        batch_op.add_column(sa.Column("arp_requested", sa.Boolean(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("arp_document", sa.Boolean(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("privacy_threshold", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("arp_principles", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("arp_responsible", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.drop_column("arp_responsible")
        batch_op.drop_column("arp_principles")
        batch_op.drop_column("privacy_threshold")
        batch_op.drop_column("arp_document")
        batch_op.drop_column("arp_requested")
        batch_op.drop_column("employer_sector")

    with op.batch_alter_table("arp_risk", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_arp_risk_plan_id"))

    op.drop_table("arp_risk")
    with op.batch_alter_table("arp_pay_level", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_arp_pay_level_arp_year_id"))

    op.drop_table("arp_pay_level")
    with op.batch_alter_table("arp_year", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_arp_year_plan_id"))

    op.drop_table("arp_year")
    with op.batch_alter_table("arp_involvement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_arp_involvement_plan_id"))

    op.drop_table("arp_involvement")
