"""For the admin: admin users, the audit log, retention, subject access, backup."""

import json
import sys
from pathlib import Path

import click

from ..errors import ClearpostError
from ..serving.people_names import printable
from .common import actor, edge, read, services


@click.group()
def admin():
    """Manage the admin page's users."""


@admin.command("set-password")
@click.option("--user", default="admin", show_default=True, help="Admin user name.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@click.pass_context
@edge
def set_password(ctx, user, password_stdin):
    """Set (or reset) the password of an admin of the /admin page."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = click.prompt("New password", hide_input=True, confirmation_prompt=True)
    services(ctx).register.set_admin_password(user, password, actor())
    click.echo(f"Password set for {user}. Log in at /admin.")


@click.command("retention")
@click.option(
    "--apply/--dry-run", "do_apply", default=False, show_default=True,
    help="Delete what is past its retention period, or (the default) only list it.",
)  # fmt: skip
@click.pass_context
@edge
def retention_command(ctx, do_apply):
    """Delete reports, batch resume state, audit log entries and "this is wrong" reports
    kept longer than the settings allow (settings.json: retention_days; defaults 90, 90,
    365 and 365 days).

    \b
    The running service does this itself when it starts and once a day; this command
    shows what is due (--dry-run, the default) or deletes it now (--apply). Files are
    overwritten with zeros before they are deleted.
    Exit codes: 0 done, 1 error (or a file that could not be deleted: it is named).
    """
    from ..records.retention import apply, due

    svc = services(ctx)
    expired = apply(svc, actor()) if do_apply else due(svc)
    for line in expired.lines():
        click.echo(line)
    if not do_apply:
        click.echo("Dry run: nothing was deleted. Run with --apply to delete these.")
    if expired.failed:
        ctx.exit(1)


@click.command("export")
@click.argument("upn")
@click.option(
    "--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="Write the answer to this file (readable by you alone) instead of printing it.",
)  # fmt: skip
@click.pass_context
@edge
def export_command(ctx, upn, out):
    """Everything Clearpost holds about pupil UPN, as JSON: the answer to a subject access
    request (UK GDPR Art. 15).

    \b
    The register row, the consent history, the audit entries that name the pupil, every
    report (path and rows) they appear in, and how many face templates are kept, when
    enrolled and of what quality (never the templates themselves). The export is
    recorded in the audit log.
    """
    from ..records.subject_access import export_json, export_pupil
    from ..runs.reports import write_private

    svc = services(ctx)
    answer = export_pupil(svc, upn, actor())
    text = export_json(answer)
    if out is None:
        click.echo(text, nl=False)
        return
    try:
        write_private(out, text)
    except OSError as exc:
        raise click.ClickException(
            f"Cannot write {out}: {exc.strerror}. Give a file in a folder you can write."
        ) from exc
    click.echo(f"Wrote the subject access export of {answer['pupil']['upn']} to {out}.")


@click.command()
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 100000))
@click.option("--action", default=None, help="Only this action, e.g. consent.changed.")
@click.option("--subject", default=None, help="Only entries about this UPN or staff ref.")
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of a table.")
@click.pass_context
@edge
def audit(ctx, limit, action, subject, as_json):
    """Show the audit log, newest first: who changed what, and when."""
    entries = services(ctx).register.audit(limit=limit, action=action, subject=subject)
    for e in entries:
        if as_json:
            click.echo(json.dumps(e.to_dict()))
        else:
            # Control characters escaped: one entry is one line, and cannot drive the terminal.
            click.echo(
                f"{e.at:%Y-%m-%d %H:%M:%S}  {printable(e.actor):18} {printable(e.action):22} "
                f"{printable(e.subject or ''):14} {printable(e.summary)}"
            )
    if not entries and not as_json:
        click.echo("No entries.")


# -- backup and restore -------------------------------------------------------------


def _passphrase(passphrase_file: Path | None, ask: bool, confirm: bool) -> str | None:
    if passphrase_file is not None:
        value = read(passphrase_file).decode("utf-8").strip("\r\n")
    elif ask:
        value = click.prompt("Passphrase", hide_input=True, confirmation_prompt=confirm)
    else:
        return None
    if len(value) < 10:
        raise ClearpostError("The passphrase must have at least 10 characters.")
    return value


PASSPHRASE_FILE = click.option(
    "--passphrase-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read the passphrase from this file (for scheduled backups) instead of asking.",
)


@click.command("backup")
@click.argument("file", type=click.Path(dir_okay=False, writable=True, path_type=Path))
@click.option(
    "--no-key",
    is_flag=True,
    help="Leave the template key out (keep it elsewhere: without it the face templates "
    "cannot be read).",
)
@click.option("--encrypt", is_flag=True, help="Encrypt the file with a passphrase (asked).")
@PASSPHRASE_FILE
@click.pass_context
@edge
def backup_command(ctx, file, no_key, encrypt, passphrase_file):
    """Write one consistent backup FILE: the register, settings and the template key.

    Safe while the service runs (SQLite's online backup API: nothing sitting in the
    write-ahead log is lost). The file holds children's names, consent and, with the
    key, readable face templates: encrypt it (--encrypt) when it leaves this machine.
    With PostgreSQL it says how to use pg_dump instead.

    \b
    Exit codes: 0 written, 1 error.
    """
    from ..records.backup import backup

    passphrase = _passphrase(passphrase_file, encrypt, confirm=True)
    manifest = backup(services(ctx), file, include_key=not no_key, passphrase=passphrase)
    counts = manifest["counts"]
    click.echo(
        f"Backed up {counts['pupils']} pupils, {counts['staff']} staff, "
        f"{counts['face_templates']} face templates (schema {manifest['schema']}) to {file}"
        + (", encrypted" if passphrase else "")
        + ("" if not no_key else "; the template key is NOT in it")
        + "."
    )
    if not passphrase and not no_key:
        click.secho(
            "It holds the template key unencrypted: keep it as safe as the register.",
            fg="yellow", err=True,
        )  # fmt: skip


@click.command("restore")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace a register that already holds pupils.")
@PASSPHRASE_FILE
@edge
def restore_command(file, force, passphrase_file):
    """Restore a backup FILE into the data folder (stop the service first).

    The file is checked before anything is replaced: the database passes SQLite's
    integrity check, its schema is one this version knows (an older one is brought up
    to date), and the template key (the backup's, else this folder's) decrypts every
    face template. Then the register, settings.json and template.key are replaced.

    \b
    Exit codes: 0 restored, 1 refused or error (nothing was changed).
    """
    from ..config.paths import data_home, ensure_home
    from ..records.backup import is_encrypted, restore
    from ..services import Services

    home = ensure_home(data_home())
    passphrase = _passphrase(passphrase_file, is_encrypted(file), confirm=False)
    manifest = restore(home, file, passphrase=passphrase, force=force)
    svc = Services(home)  # brings an older schema up to date
    try:
        counts = svc.register.counts()
    finally:
        svc.close()
    click.echo(
        f"Restored the backup of {manifest['created_at'][:19].replace('T', ' ')} UTC into "
        f"{home}: {counts['pupils']} pupils, {counts['staff']} staff, {counts['templates']} "
        "face templates. Start the service again."
    )
