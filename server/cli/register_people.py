"""The consent register, one person at a time: enrol, consent, objection, erasure."""

import sys
from pathlib import Path

import click

from ..errors import ClearpostError
from ..vocab import StaffConsent, YesNo
from .common import CHANNELS, YES_NO, actor, edge, read, services
from .register import register


def _report_photos(results) -> None:
    for result in results:
        colour = "green" if result.enrolled else "red"
        click.secho(f"  {result}", fg=colour)


@register.command()
@click.argument("upn")
@click.argument(
    "photos", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.pass_context
@edge
def enrol(ctx, upn, photos):
    """Enrol face PHOTOS of pupil UPN (one face per photo; only the template is kept)."""
    from ..register.enrol import enrol_photos

    svc = services(ctx)
    results = enrol_photos(
        svc.register, svc.faces, upn, [(p.name, read(p)) for p in photos], actor()
    )
    _report_photos(results)
    done = sum(r.enrolled for r in results)
    click.echo(f"{done} of {len(results)} photo(s) enrolled for {upn.upper()}.")
    if not done:
        sys.exit(1)


@register.command("enrol-folder")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.pass_context
@edge
def enrol_folder(ctx, folder):
    """Enrol a MIS photo export: FOLDER/<UPN>/*.jpg or FOLDER/<UPN>.jpg.

    \b
    Exit codes: 0 every photo enrolled, 1 when any photo was refused (no such pupil,
    no consent, no face or several faces: each is listed) or an error.
    """
    from ..register.enrol import enrol_photos, folder_photos

    svc = services(ctx)
    by_upn, skipped = folder_photos(folder)
    enrolled = refused = 0
    for upn, paths in by_upn.items():
        try:
            results = enrol_photos(
                svc.register, svc.faces, upn, [(p.name, read(p)) for p in paths], actor()
            )
        except ClearpostError as exc:  # no such pupil, or no consent: say so, go on
            click.secho(f"{upn}: {exc}", fg="red")
            refused += len(paths)
            continue
        click.echo(f"{upn}:")
        _report_photos(results)
        enrolled += sum(r.enrolled for r in results)
        refused += sum(not r.enrolled for r in results)
    for name in skipped:
        click.echo(f"skipped {name}")
    click.echo(f"{enrolled} photo(s) enrolled, {refused} refused, {len(skipped)} skipped.")
    if refused:
        click.secho(f"{refused} photo(s) were refused: see the reasons above.", fg="red", err=True)
        ctx.exit(1)


@register.command("enrol-staff")
@click.argument("ref")
@click.argument(
    "photos", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.pass_context
@edge
def enrol_staff(ctx, ref, photos):
    """Enrol face PHOTOS of staff member REF (see `clearpost register staff`)."""
    from ..register.enrol import enrol_staff_photos

    svc = services(ctx)
    results = enrol_staff_photos(
        svc.register, svc.faces, ref, [(p.name, read(p)) for p in photos], actor()
    )
    _report_photos(results)


@register.command("set-consent")
@click.argument("upn")
@click.argument("channel", type=CHANNELS)
@click.argument("value", type=YES_NO)
@click.pass_context
@edge
def set_consent(ctx, upn, channel, value):
    """Record consent for pupil UPN on CHANNEL. Biometric 'no' deletes their templates."""
    svc = services(ctx)
    before = svc.register.pupil(upn)
    view = svc.register.set_consent(upn, channel, value.lower() == YesNo.YES, actor())
    click.echo(f"{view.upn} {view.display}: {channel} consent is now {value.lower()}.")
    if before.templates and not view.templates:
        click.echo(f"  {before.templates} face template(s) deleted.")


@register.command("set-objection")
@click.argument("upn")
@click.argument("value", type=YES_NO)
@click.pass_context
@edge
def set_objection(ctx, upn, value):
    """Record that pupil UPN objects (yes) to biometric processing; 'yes' deletes templates."""
    svc = services(ctx)
    view = svc.register.set_objection(upn, value.lower() == YesNo.YES, actor())
    click.echo(f"{view.upn}: pupil objects to biometric processing: {value.lower()}.")


@register.command("set-staff-consent")
@click.argument("ref")
@click.argument("channel", type=click.Choice([c.value for c in StaffConsent]))
@click.argument("value", type=YES_NO)
@click.pass_context
@edge
def set_staff_consent(ctx, ref, channel, value):
    """Record a staff member's consent to appear in photos, or to biometric processing."""
    svc = services(ctx)
    view = svc.register.set_staff_consent(ref, channel, value.lower() == YesNo.YES, actor())
    click.echo(f"{view.display}: {channel} consent is now {value.lower()}.")


@register.command()
@click.argument("upn")
@click.option("--yes", "confirmed", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
@edge
def forget(ctx, upn, confirmed):
    """Erase pupil UPN everywhere: the record, face templates, their UPN and name in the
    audit log, and their photos and name in every batch/find report Clearpost wrote.

    \b
    Exit codes: 0 erased, 1 error (or a report that could not be rewritten: it is named).
    """
    from ..records.erasure import erase_pupil

    svc = services(ctx)
    pupil = svc.register.pupil(upn)
    if not confirmed:
        click.confirm(
            f"Erase {pupil.upn} {pupil.display} and {pupil.templates} face template(s)? "
            "This cannot be undone",
            abort=True,
        )
    erasure = erase_pupil(svc, upn, actor())
    click.echo(
        f"Erased. Erasure reference {erasure.ref} (recorded in the audit log, without the UPN)."
    )
    for line in erasure.lines():
        click.echo(line)
    if erasure.reports.failed:
        ctx.exit(1)


@register.command()
@click.pass_context
@edge
def compact(ctx):
    """Rewrite the database file so that deleted rows leave no bytes behind (erasure does
    this itself; run it if an erasure said the database was busy)."""
    from ..register.forget import ERASED_TABLES

    services(ctx).db.compact(ERASED_TABLES)
    click.echo("Compacted.")


@register.command("forget-staff")
@click.argument("ref")
@click.option("--yes", "confirmed", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
@edge
def forget_staff(ctx, ref, confirmed):
    """Erase staff member REF, their face templates, and their rows in the reports."""
    from ..records.erasure import erase_staff

    svc = services(ctx)
    if not confirmed:
        click.confirm(f"Erase staff member {ref!r}? This cannot be undone", abort=True)
    scrubbed = erase_staff(svc, ref, actor())
    click.echo(f"Erased. Reports: {len(scrubbed.rewritten)} rewritten without them, "
               f"{len(scrubbed.deleted)} deleted.")  # fmt: skip
    for path, why in scrubbed.failed:
        click.echo(f"  could not rewrite {path}: {why}. Delete it by hand.")
    if scrubbed.failed:
        ctx.exit(1)
