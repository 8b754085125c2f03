"""report_files, pupils.local_consent: where reports went; consent changed on the admin page

report_files: erasure rewrites every copy of a pupil's data the service made; it needs
to know where the reports written outside the data folder (--report, --json, --csv) are.
pupils.local_consent: consent recorded here (admin page, CLI) since the last import that
agreed with it, so that a re-import of the MIS export never relaxes it silently.

Revision ID: 0007
Revises: 0005
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
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
    _mark_consent_changed_since_the_last_import(op.get_bind())


def _mark_consent_changed_since_the_last_import(conn) -> None:
    """Withdrawals recorded before this migration must survive the next import too: the
    audit log has them (consent.changed is only ever written for a change made here, an
    import writes pupil.updated). Each one newer than the last import is marked."""
    last_import = conn.execute(
        sa.text("SELECT max(at) FROM audit_log WHERE action = 'register.import'")
    ).scalar()
    query = (
        "SELECT subject, at, actor, detail FROM audit_log "
        "WHERE action = 'consent.changed' AND subject IS NOT NULL"
        + (" AND at > :since" if last_import is not None else "")
        + " ORDER BY id"
    )
    marks: dict[str, dict] = {}
    for upn, at, actor, detail in conn.execute(sa.text(query), {"since": last_import}):
        detail = json.loads(detail or "{}")
        channel, new = detail.get("channel"), detail.get("new")
        if not channel or new not in ("yes", "no"):
            continue
        field = channel if channel == "pupil_objects_biometric" else f"consent_{channel}"
        stamp = at.isoformat() if hasattr(at, "isoformat") else str(at)
        marks.setdefault(upn, {})[field] = {"value": new == "yes", "at": stamp, "by": actor}
    for upn, local in marks.items():
        conn.execute(
            sa.text("UPDATE pupils SET local_consent = :local WHERE upn = :upn"),
            {"local": json.dumps(local, sort_keys=True), "upn": upn},
        )


def downgrade() -> None:
    with op.batch_alter_table("pupils") as batch_op:
        batch_op.drop_column("local_consent")
    op.drop_table("report_files")
