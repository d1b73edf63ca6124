"""a contact's kind defaults to "actor", a kind the catalogue knows

0.1.0 gave a contact made without a kind the kind "contact", which none of the catalogue's kinds is, so
the catalogue showed it under no kind and its filter could not find it. The default becomes "actor"
("Actor or contact"), and contacts that got the old default get the new one; a kind the user chose is
kept.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 20:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.alter_column(
            "kind",
            existing_type=sa.String(length=20),
            server_default="actor",
            existing_nullable=False,
        )
    op.execute("UPDATE contact SET kind = 'actor' WHERE kind = 'contact'")


def downgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.alter_column(
            "kind",
            existing_type=sa.String(length=20),
            server_default="contact",
            existing_nullable=False,
        )
