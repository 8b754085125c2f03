"""Finding one pupil's photos in a folder: the run engine is runs/find.py."""

from pathlib import Path

import click

from .common import OUT_FILE, actor, edge, progress, services


@click.command("find")
@click.argument("upn")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--report",
    type=OUT_FILE,
    help="The HTML report (default: reports/find-DATE.html in the data folder, 0600).",
)
@click.option("--json", "json_out", type=OUT_FILE, help="Also write the list as JSON.")
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="A Dask scheduler (tcp://HOST:8786): the photos are searched by its workers, each "
    "with the face models loaded once; they need the same folders at the same paths (README, "
    '"A trust\'s archive on a cluster"). Default: here.',
)
@click.pass_context
@edge
def find_photos(ctx, upn, folder, report, json_out, scheduler):
    """List every photo and video clip in FOLDER where pupil UPN's face appears, nearest
    first (a clip with the seconds they are seen).

    Uses the pupil's enrolled face templates only (a pupil without biometric
    consent cannot be searched for). Run it before recording that biometric
    consent is withdrawn: that deletes the templates.

    \b
    Exit codes: 0 not found, 20 found, 130 stopped (Ctrl-C), 1 error.
    """
    from ..runs import find

    svc = services(ctx)
    plan = find.prepare(svc, upn, folder, scheduler=scheduler)  # says why a pupil can't be
    with progress(len(plan.photos), 0, "Searching") as bar:
        outcome = find.execute(plan, on_result=lambda _row: bar.update(1), actor=actor())
    path = find.write_reports(svc, plan, outcome, report, json_out)
    for note in outcome.notes:
        click.secho(note, fg="yellow", err=True)
    for r in outcome.results:
        if r["verdict"] == "error":
            click.echo(f"  could not read  {r['path']}: {r['error']}")
        else:
            click.echo(f"  {r['verdict']:8} {r['distance']:.2f}  {r['path']}")
    counts = outcome.counts
    click.echo(f"{find.summary(outcome)}.")
    click.echo(f"Report (it shows children's faces; delete it when done): {path}")
    if outcome.interrupted:
        ctx.exit(130)
    ctx.exit(20 if counts["match"] or counts["possible"] else 0)
