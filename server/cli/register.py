"""The consent register, for the data manager: the group, imports and lists."""

import json
from pathlib import Path

import click

from ..vocab import POST_CHANNELS, Channel, YesNo
from .common import actor, edge, read, services


@click.group()
def register():
    """Keep the consent register: pupils, staff, consent, face templates."""


def _print_plan(plan, what="pupils"):
    for problem in plan.problems:
        click.secho(f"  bad row, {problem}", fg="red", err=True)
    for note in plan.notes:
        click.echo(f"  note: {note}", err=True)
    verb = "" if plan.applied else "would be "
    click.echo(
        f"{len(plan.added)} {what} {verb}added, {len(plan.updated)} {verb}updated, "
        f"{plan.unchanged} unchanged."
    )
    for row, changes in plan.updated:
        fields = ", ".join(f"{k}: {_plain(a)} → {_plain(b)}" for k, (a, b) in changes.items())
        click.echo(f"  {getattr(row, 'upn', None) or row.ref}: {fields}")
    if plan.leavers:
        label = "removed" if plan.removed else "not in this file (leavers)"
        click.echo(f"{len(plan.leavers)} {what} {label}:")
        for leaver in plan.leavers:
            key = getattr(leaver, "upn", None) or leaver.ref
            click.echo(f"  {key}  {leaver.display}")
        if not plan.removed:
            click.echo("  Erase them (and their face templates) with --remove-leavers.")
    _print_conflicts(plan)


def _print_conflicts(plan) -> None:
    for c in getattr(plan, "accepted", []):
        click.echo(f"  accepted: {c}: set to {YesNo.of(c.file)}.")
    conflicts = getattr(plan, "conflicts", [])
    if not conflicts:
        return
    click.secho(
        f"{len(conflicts)} consent(s) recorded here since the last import that this file "
        f"would relax {'are' if plan.applied else 'would be'} kept as they are:",
        fg="yellow", err=True,
    )  # fmt: skip
    for c in conflicts:
        click.secho(f"  conflict, {c}", fg="yellow", err=True)
    click.echo(
        "  Check each with the school's consent records. To take the file's value for "
        "one, import again with --accept " + " --accept ".join(c.key for c in conflicts[:3])
        + (" …" if len(conflicts) > 3 else "") + ".", err=True,
    )  # fmt: skip


def _plain(value):
    if isinstance(value, bool):
        return YesNo.of(value)
    return value if value not in (None, "") else "(blank)"


def _refused_as_the_import_would_be(parsed, skip_bad_rows: bool) -> None:
    """A dry run ends as the import would: refused (exit 1) when it has bad rows."""
    if parsed.problems and not skip_bad_rows:
        raise click.ClickException(
            f"The import would be refused: {len(parsed.problems)} bad row(s), listed above. "
            "Fix them in the file, or add --skip-bad-rows to import the other rows."
        )


@register.command("import")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--skip-bad-rows",
    is_flag=True,
    help="Import the good rows and report the bad ones (default: all or nothing).",
)
@click.option(
    "--remove-leavers",
    is_flag=True,
    help="Erase pupils who are not in this file, with their templates.",
)
@click.option(
    "--partial",
    is_flag=True,
    help="The file holds only some pupils: nobody is treated as a leaver.",
)
@click.option("--dry-run", is_flag=True, help="Show what would change; change nothing.")
@click.option(
    "--accept",
    "accept",
    multiple=True,
    metavar="UPN:CHANNEL",
    help="Take the file's value for a consent that was changed here since the last import "
    "(listed as a conflict; kept otherwise). Once per conflict.",
)
@click.pass_context
@edge
def import_pupils(ctx, csv_file, skip_bad_rows, remove_leavers, partial, dry_run, accept):
    """Import pupils from the MIS export CSV_FILE (updates by UPN, never duplicates).

    Columns: upn, forename, surname, preferred_forename, year_group, class,
    consent_social_media, consent_website, consent_press, consent_name_with_photo,
    biometric_consent (yes/no); optional consent_date, pupil_objects_biometric.
    Usual MIS spellings ("Legal Forename", "Reg Group", "Year" …) are accepted.

    A consent changed here (admin page, set-consent, set-objection) since the last
    import is never relaxed by the file: the row is listed as a conflict and kept,
    unless confirmed with --accept UPN:CHANNEL.

    \b
    Exit codes: 0 imported (with --dry-run: would be), 1 refused (bad rows without
    --skip-bad-rows, a file that cannot be read: --dry-run says so the same way) or error.
    """
    from ..records.erasure import erase_leavers_from_reports
    from ..register.mis_import import parse_pupils

    svc = services(ctx)
    parsed = parse_pupils(read(csv_file))
    if dry_run:
        _print_plan(svc.register.plan_import(parsed, full=not partial, accept=accept))
        _refused_as_the_import_would_be(parsed, skip_bad_rows)
        return
    plan = svc.register.apply_import(
        parsed, actor(), skip_bad_rows=skip_bad_rows, remove_leavers=remove_leavers,
        full=not partial, accept=accept,
    )  # fmt: skip
    _print_plan(plan)
    for ref in plan.removed:
        click.echo(f"  erased a leaver: erasure reference {ref}")
    scrubbed = erase_leavers_from_reports(svc, plan)
    if scrubbed is not None:
        click.echo(f"  reports: {len(scrubbed.rewritten)} rewritten without the leavers, "
                   f"{len(scrubbed.deleted)} deleted.")  # fmt: skip
        for path, why in scrubbed.failed:
            click.echo(f"  could not rewrite {path}: {why}. Delete it by hand.")


@register.command("import-staff")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--skip-bad-rows", is_flag=True, help="Import the good rows, report the bad.")
@click.option("--remove-leavers", is_flag=True, help="Remove staff who are not in this file.")
@click.option("--dry-run", is_flag=True, help="Show what would change; change nothing.")
@click.pass_context
@edge
def import_staff(ctx, csv_file, skip_bad_rows, remove_leavers, dry_run):
    """Import staff from CSV_FILE: title, forename, surname, role; optional consent_photo,
    biometric_consent and staff_id (what re-imports match on; else the name)."""
    from ..register.mis_import import parse_staff

    svc = services(ctx)
    parsed = parse_staff(read(csv_file))
    if dry_run:
        _print_plan(svc.register.plan_staff_import(parsed), "staff")
        _refused_as_the_import_would_be(parsed, skip_bad_rows)
        return
    plan = svc.register.apply_staff_import(
        parsed, actor(), skip_bad_rows=skip_bad_rows, remove_leavers=remove_leavers
    )
    _print_plan(plan, "staff")


@register.command("list")
@click.option("--search", "-s", default="", help="Words to look for in names, UPN, class.")
@click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")
@click.pass_context
@edge
def list_pupils(ctx, search, as_json):
    """List pupils with consent per channel and face templates."""
    pupils = services(ctx).register.pupils(search)
    if as_json:
        click.echo(json.dumps([p.to_dict() for p in pupils], indent=2))
        return
    if not pupils:
        click.echo("No pupils." if not search else f"No pupil matches {search!r}.")
        return
    header = f"{'UPN':13}  {'Name':28} {'Year':10} {'Class':8} SM Web Prs N+P Bio  Templates"
    click.echo(header)
    for p in pupils:
        c = p.consents
        flags = "  ".join("y " if c[ch] else "n " for ch in POST_CHANNELS)
        name = f"{p.preferred_forename or p.forename} {p.surname}"
        templates = f"{p.templates}"
        if p.enrolled_at:
            templates += f" (enrolled {p.enrolled_at:%Y-%m-%d}{', STALE' if p.stale else ''})"
        if p.template_quality:
            templates += " quality " + "/".join(t["grade"] for t in p.template_quality)
        if p.only_poor_templates:
            templates += " ONLY POOR: re-enrol"
        if p.pupil_objects_biometric:
            templates += " pupil objects"
        click.echo(
            f"{p.upn:13}  {name[:28]:28} {p.year_group[:10]:10} {p.class_name[:8]:8} "
            f"{flags}   {'y' if c[Channel.NAME_WITH_PHOTO] else 'n'}   "
            f"{'y' if c[Channel.BIOMETRIC] else 'n'}    {templates}"
        )
    click.echo(
        f"{len(pupils)} pupil(s). Templates older than a year are STALE: re-enrol. Quality per "
        "template, oldest first (good/fair/poor): ONLY POOR pupils need a clear, front-facing "
        "photo with the face at least 120 px high."
    )


@register.command("staff")
@click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")
@click.pass_context
@edge
def list_staff(ctx, as_json):
    """List staff with their photo and biometric consent."""
    staff = services(ctx).register.staff()
    if as_json:
        click.echo(json.dumps([s.to_dict() for s in staff], indent=2))
        return
    for s in staff:
        click.echo(
            f"{s.ref:30} {s.display:25} {s.role[:20]:20} photo:{YesNo.of(s.consent_photo)}"
            f" biometric:{YesNo.of(s.consent_biometric)} templates:{s.templates}"
        )
    click.echo(f"{len(staff)} staff member(s).")
