"""Checking a folder of photos (the comms lead's batch): the run engine is runs/batch.py."""

from pathlib import Path

import click

from ..vocab import Verdict
from .common import OUT_DIR, OUT_FILE, account_option, actor, edge, progress, services


def _inside(path: Path | None, folder: Path) -> list[Path]:
    return [path] if path is not None and path.resolve().is_relative_to(folder.resolve()) else []


def _video_progress(path: str, frames: int, seconds: float, of_seconds: float) -> None:
    """A video's progress (frames decoded, seconds of video), one line a second of video."""
    total = f" of {of_seconds:.1f}" if of_seconds else ""
    click.echo(f"\n{path}: {frames} frames, {seconds:.1f}{total} s of video", err=True)


@click.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@account_option
@click.option(
    "--report",
    type=OUT_FILE,
    help="The HTML report (default: reports/batch-DATE.html in the data folder, 0600).",
)
@click.option("--json", "json_out", type=OUT_FILE, help="Also write one JSON row per photo.")
@click.option("--csv", "csv_out", type=OUT_FILE, help="Also write one CSV row per photo.")
@click.option(
    "--fix",
    "fix_dir",
    type=OUT_DIR,
    help="Write a cleaned copy (faces blurred, names covered, metadata gone) of each photo "
    "that can be made safe into this folder.",
)
@click.option(
    "--sort", "sort_dir", type=OUT_DIR, help="Copy (never move) photos into ok/, check/, blocked/."
)
@click.option("--resume", is_flag=True, help="Continue an interrupted run of this folder.")
@click.option(
    "--workers",
    default=None,
    show_default="the setting batch_workers: one per core",
    type=click.IntRange(1, 8),
    help="Photos checked at once, over the same models (loaded once). Each check already "
    "uses two cores: on a 2-core machine 2 workers were ~7% faster than 1 (bench/batch.py).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="A Dask scheduler (tcp://HOST:8786): the photos are checked by its workers, each "
    "with the models loaded once; they need the same folders at the same paths (README, "
    '"A trust\'s archive on a cluster"). Default: here.',
)
@click.pass_context
@edge
def batch(ctx, folder, account, report, json_out, csv_out, fix_dir, sort_dir, resume, workers,
          scheduler):  # fmt: skip
    """Check every photo in FOLDER (and its subfolders) as a post would be checked.

    JPEG, PNG, WebP, HEIC and GIF photos and MP4, MOV, M4V and WebM videos are
    checked (a video's people, with when they are seen); other files are listed as
    skipped; a file that cannot be read is listed with the reason and the run goes
    on. Ctrl-C stops cleanly, keeping what was done: --resume continues.

    \b
    Exit codes: 0 nothing blocked, 20 something blocked, 130 stopped (Ctrl-C),
    1 error, 2 wrong usage.
    """
    from ..runs import batch as batching
    from ..runs.copies import sort_copies

    svc = services(ctx)
    exclude = _inside(fix_dir, folder) + _inside(sort_dir, folder)
    plan = batching.prepare(svc, folder, account=account, fix_dir=fix_dir, resume=resume,
                            workers=workers or batching.worker_count(svc),
                            exclude=exclude, scheduler=scheduler)  # fmt: skip
    for note in plan.notes:
        click.echo(note, err=True)
    click.echo(
        f"{len(plan.photos)} photo(s), {len(plan.skipped)} other file(s) skipped"
        + (f", {len(plan.reused)} already checked" if plan.reused else "")
        + ".",
        err=True,
    )
    if plan.todo and not svc.faces.ready and not scheduler:
        click.echo("Loading the models…", err=True)
    with progress(len(plan.photos), len(plan.reused), "Checking") as bar:
        outcome = batching.execute(plan, on_result=lambda _row: bar.update(1), actor=actor(),
                                   on_progress=_video_progress)  # fmt: skip
    if outcome.interrupted:
        click.secho(outcome.notes[-1], fg="yellow", err=True)
    if sort_dir is not None:
        copied = sort_copies(plan.root, outcome.results, sort_dir, svc.home)
        click.echo(f"Copied into {sort_dir}: " + ", ".join(
            f"{copied[f]} {f}/" for f in ("ok", "check", "blocked")))  # fmt: skip
    path = batching.write_reports(svc, plan, outcome, report, json_out, csv_out)
    counts = outcome.counts
    colour = "red" if counts[Verdict.BLOCK] else "yellow" if counts[Verdict.WARN] else "green"
    click.secho(
        f"{batching.summary(counts)} ({outcome.checked} checked in {outcome.seconds:.0f} s, "
        f"{outcome.reused} from the earlier run).", fg=colour,
    )  # fmt: skip
    if fix_dir is not None:
        fixes = [r.get("fix") or {} for r in outcome.results]
        cannot = [r["path"] for r in outcome.results if (r.get("fix") or {}).get("status")
                  == "cannot"]  # fmt: skip
        click.echo(f"{sum(f.get('status') == 'cleaned' for f in fixes)} cleaned copies in "
                   f"{fix_dir}; {len(cannot)} cannot be made safe:")  # fmt: skip
        for rel in cannot:
            click.echo(f"  {rel}")
    click.echo(f"Report (it shows children's faces; delete it when done): {path}")
    ctx.exit(outcome.exit_code())
