"""admin_users.session_version: log-out ends every session of that admin

The admin page's session is a signed cookie held by the browser; a copy of it would
work until it expired. Each session now carries the admin's session version, which
log-out bumps, so an old cookie is refused.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("admin_users") as batch_op:
        batch_op.add_column(
            sa.Column("session_version", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("admin_users") as batch_op:
        batch_op.drop_column("session_version")
