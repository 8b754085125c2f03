"""Checking one post from the command line, as the browser extension would."""

import json
from pathlib import Path

import click

from ..errors import ClearpostError
from ..vocab import Severity, Verdict
from .common import account_option, actor, edge, read, services

EXIT_ALLOW, EXIT_WARN, EXIT_BLOCK = 0, 10, 20

# A verdict's or a finding's severity, in colour.
COLOURS = {Verdict.ALLOW: "green", Severity.WARN: "yellow", Severity.BLOCK: "red",
           Severity.INFO: None}  # fmt: skip
EXIT_CODES = {Verdict.ALLOW: EXIT_ALLOW, Verdict.WARN: EXIT_WARN, Verdict.BLOCK: EXIT_BLOCK}


@click.command()
@click.option("--text", "-t", default=None, help="The post's text.")
@click.option(
    "--text-file",
    "-f",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read the post's text from a file ('-' is not accepted: use --text).",
)
@click.argument("images", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--quiet", "-q", is_flag=True, help="No progress lines while a video is checked.")
@account_option
@click.option("--site", default=None, help="Where it will be posted (x.com, facebook.com, …).")
@click.option("--json", "as_json", is_flag=True, help="Print the service's JSON answer.")
@click.pass_context
@edge
def check(ctx, text, text_file, images, account, site, as_json, quiet):
    """Check a post's text and IMAGES (photos, or MP4/MOV/M4V/WebM videos) as the
    browser extension would. A video's progress (frames, seconds) goes to stderr.

    \b
    Exit codes: 0 allow, 10 warn, 20 block, 1 error, 2 wrong usage.
    """
    from ..checks.post import CheckRequest

    if text is not None and text_file is not None:
        raise click.UsageError("Give --text or --text-file, not both.")
    if text_file is not None:
        raw = read(text_file)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            # Never a lossy decode: a name spelt with a byte that did not decode is missed.
            raise ClearpostError(
                f"{text_file} is not UTF-8 text (byte 0x{raw[exc.start]:02x} at byte "
                f"{exc.start}): save it as UTF-8 and check again."
            ) from None
    # The checker applies the API's limits (text length, valid Unicode, number of images)
    # and refuses what it cannot check (not an image, a video): exit 1, never an allow.
    request = CheckRequest(
        text=text or "", images=[read(p) for p in images], account=account, site=site
    )
    names = [p.name for p in images]
    result = services(ctx).checker.check(
        request, actor(), progress=None if quiet else _video_progress(names)
    )
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        _print_check(result)
    ctx.exit(EXIT_CODES[result["verdict"]])


def _video_progress(names: list[str]):
    """Progress of each video, on stderr: frames decoded, seconds of video done."""

    def show(index, frames, seconds, of_seconds):
        total = f" of {of_seconds:.1f}" if of_seconds else ""
        click.echo(f"{names[index]}: {frames} frames, {seconds:.1f}{total} s of video", err=True)

    return show


def _print_check(result: dict) -> None:
    verdict = result["verdict"]
    click.secho(f"{verdict.upper()}", fg=COLOURS[verdict], bold=True)
    for clip in result.get("videos", []):
        click.echo(
            f"Video (image {clip['image']}): {clip['seconds']:.1f} s, {clip['samples']} frames "
            f"looked at of {clip['frames_decoded']}, {len(clip['people'])} people."
            + (" The sound was not checked." if clip.get("audio_note") else "")
        )
    for f in result["findings"]:
        where = f'"{f["text"]}"' if "text" in f else f"image {f.get('image')}"
        if f.get("seconds"):
            where += f" at {f['seconds'][0]:.1f}-{f['seconds'][1]:.1f} s"
        click.secho(f"  [{f['severity']}] {where}: {f['reason']}", fg=COLOURS[f["severity"]])
        click.echo(f"      rule {f['rule']}; policy: {f['clause']}")
    if verdict != Verdict.ALLOW and result["fixes"].get("redacted_text"):
        click.echo("Suggested text:")
        click.echo("  " + result["fixes"]["redacted_text"].replace("\n", "\n  "))
