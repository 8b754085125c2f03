"""false_positive_reports: "this is wrong" reports from the extension

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "false_positive_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reporter", sa.String(length=120), nullable=False),
        sa.Column("rule", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("site", sa.String(length=120), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_false_positive_reports")),
    )
    with op.batch_alter_table("false_positive_reports") as batch_op:
        batch_op.create_index(batch_op.f("ix_false_positive_reports_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_false_positive_reports_rule"), ["rule"], unique=False)


def downgrade() -> None:
    op.drop_table("false_positive_reports")
