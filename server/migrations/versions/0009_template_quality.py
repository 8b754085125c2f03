"""face_templates: the enrolment face's size, sharpness and turn (template quality)

Revision ID: 0009
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable: templates enrolled before were not measured (shown as "poor" to the admin).
    with op.batch_alter_table("face_templates") as batch_op:
        batch_op.add_column(sa.Column("face_px", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("sharpness", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("turn", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("face_templates") as batch_op:
        batch_op.drop_column("turn")
        batch_op.drop_column("sharpness")
        batch_op.drop_column("face_px")
