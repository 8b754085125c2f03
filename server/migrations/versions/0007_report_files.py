"""report_files, pupils.local_consent: where reports went; consent changed on the admin page

report_files: erasure rewrites every copy of a pupil's data the service made; it needs
to know where the reports written outside the data folder (--report, --json, --csv) are.
pupils.local_consent: consent recorded here (admin page, CLI) since the last import that
agreed with it, so that a re-import of the MIS export never relaxes it silently.

Revision ID: 0007
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_files")),
        sa.UniqueConstraint("path", name=op.f("uq_report_files_path")),
    )
    with op.batch_alter_table("pupils") as batch_op:
        batch_op.add_column(
            sa.Column("local_consent", sa.Text(), nullable=False, server_default="{}")
        )


def downgrade() -> None:
    with op.batch_alter_table("pupils") as batch_op:
        batch_op.drop_column("local_consent")
    op.drop_table("report_files")
