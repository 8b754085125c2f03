"""produced_fixes: the corrected photos Clearpost made, by hash, with what it blurred

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "produced_fixes",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("blurred", sa.Text(), nullable=False),
        sa.Column("covered", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_produced_fixes")),
    )
    with op.batch_alter_table("produced_fixes") as batch_op:
        batch_op.create_index(batch_op.f("ix_produced_fixes_created_at"), ["created_at"])


def downgrade() -> None:
    op.drop_table("produced_fixes")
