"""The `clearpost` command: serve, token, register …, admin …, audit.

A thin layer over the library: errors become one clean message and exit 1.
"""

import getpass
import json
import logging
import sys
import threading
from functools import wraps
from pathlib import Path

import click

from . import __version__
from .errors import ClearpostError
from .people_names import printable
from .vocab import (
    POST_CHANNELS,
    Account,
    Channel,
    MarkKind,
    Severity,
    StaffConsent,
    Verdict,
    YesNo,
)

CHANNELS = click.Choice([c.value for c in Channel])
YES_NO = click.Choice([v.value for v in YesNo], case_sensitive=False)


def actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no user name in containers with odd uids
        return "cli"


def services(ctx: click.Context):
    """Open the data folder once per command (created on first use)."""
    obj = ctx.find_root().ensure_object(dict)
    if "services" not in obj:
        from .services import Services

        obj["services"] = Services()
        ctx.call_on_close(obj["services"].close)
    return obj["services"]


def _debugging() -> bool:
    ctx = click.get_current_context(silent=True)
    return bool(ctx and ctx.find_root().params.get("debug"))


def edge(command):
    """Turn library errors (errors.py) into click errors: one line, exit 1; with
    `clearpost --debug` the error goes on with its traceback."""

    @wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except ClearpostError as exc:
            if _debugging():
                raise
            raise click.ClickException(str(exc)) from exc

    return wrapper


class Commands(click.Group):
    """The top-level group: a library error from any command, with @edge or without, is
    one line and exit 1 (a missing model says "run make install", never a traceback)."""

    def invoke(self, ctx):
        return edge(super().invoke)(ctx)


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="clearpost")
@click.option(
    "--debug",
    is_flag=True,
    help="Show the full traceback of an error instead of its one-line message.",
)
def main(debug):
    """Clearpost: check a school's posts for children's personal data before they go out.

    Data lives in CLEARPOST_HOME (default: your user data folder); `clearpost info`
    says where.
    """


# -- service ---------------------------------------------------------------------------


@main.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Keep 127.0.0.1 unless staff PCs on the LAN need it.",
)
@click.option("--port", default=5321, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--threads",
    default=8,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Requests handled at once.",
)
@click.option(
    "--debug",
    is_flag=True,
    help="Log everything to the console (waitress, Flask, each request); still never a "
    "post's text or images.",
)
@click.pass_context
@edge
def serve(ctx, host, port, threads, debug):
    """Run the service (API and admin page) under waitress.

    Each request is logged (method, path pattern, status, time, who) to logs/access.log
    in the data folder, never its content.
    """
    from . import create_app
    from .access_log import open_access_log
    from .blas_threads import one_blas_thread
    from .memory import limit_malloc_arenas
    from .serving import configure_logging, listen, run

    # First, while this is the only thread: waitress's workers and the warm-up start below.
    one_blas_thread()
    # Before the request threads start: each would get a malloc arena of its own (memory.py).
    limit_malloc_arenas()
    # Before the warm-up, retention and backup threads: their first lines are not lost.
    configure_logging(debug)
    svc = services(ctx)
    first_start = not svc.token_path.exists()
    app = create_app({"SERVICES": svc, "LISTEN_HOST": host})
    # Bind first: a port already taken is one clear line and exit 1, before the banner.
    server = listen(app, host=host, port=port, threads=threads)
    access_path = open_access_log(svc.home, console=debug)
    shown_host = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    click.echo(f"Clearpost {__version__}")
    click.echo(f"  data folder:  {svc.home}")
    click.echo(f"  database:     {svc.db.engine.url.render_as_string(hide_password=True)}")
    click.echo(f"  admin page:   http://{shown_host}:{port}/admin")
    click.echo(f"  API:          http://{shown_host}:{port}/api/v1/health")
    click.echo(f"  access log:   {access_path}")
    svc.api_token()
    if first_start:
        click.echo("  First start: the shared API token (for scripts) was created;")
        click.echo("  `clearpost token` prints it. Staff each get their own token:")
        click.echo("  `clearpost tokens issue NAME`, or the admin page's Tokens.")
    if not svc.register.has_admin():
        click.echo("  No admin password yet: run `clearpost admin set-password` to use /admin.")
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.secho(
            f"  Listening on {host}: other machines can reach this service. Put TLS in front "
            "of it (README: 'Deploying for a whole school').", fg="yellow")  # fmt: skip
        names = sorted(app.extensions["clearpost_allowed_hosts"])
        click.echo(f"  host names:   {', '.join(names)} (others: allowed_hosts in settings.json)")
    # Load the language model in the background, so the first post is checked quickly.
    threading.Thread(target=_warm, args=(svc,), name="warm-models", daemon=True).start()
    # Reports, resume state, audit entries and feedback past their retention period go now and
    # once a day (settings.json: retention_days); the admin's Settings page shows them.
    from .retention import RetentionThread

    days = svc.settings.data["retention_days"]
    click.echo(
        f"  retention:    reports {days['reports']} days, batch resume state "
        f'{days["batch_state"]} days, audit log {days["audit_log"]} days, "this is wrong" '
        f"reports {days['feedback']} days (checked daily)"
    )
    RetentionThread(svc).start()
    # The daily backup (settings.json: backup), written by this process: at start when the
    # day's is due, then at the hour.
    from .backup_schedule import BackupThread

    plan = svc.settings.data["backup"]
    if plan["folder"]:
        click.echo(
            f"  backup:       daily from {plan['hour']:02d}:00 into {plan['folder']}, newest "
            f"{plan['keep']} kept" + (", encrypted" if plan["passphrase_file"] else "")
        )
    else:
        click.echo("  backup:       no daily backup (settings.json: backup.folder)")
    BackupThread(svc).start()
    # Waitress's own refusals (a body far over the limit, huge headers) are JSON too.
    run(server)


def _warm(svc) -> None:
    """Load the models; a missing model file is one line in the log (each check that needs
    it then answers 503 "run make install"), not a thread's traceback."""
    from .errors import ModelsMissing

    try:
        svc.checker.warm()
    except ModelsMissing as exc:
        logging.getLogger("clearpost").error("The models could not be loaded: %s", exc)


@main.command()
@click.pass_context
@edge
def info(ctx):
    """Say where the data lives and what the register holds."""
    svc = services(ctx)
    counts = svc.register.counts()
    click.echo(f"data folder:   {svc.home}")
    click.echo(f"settings file: {svc.settings.path}")
    click.echo(f"database:      {svc.db.engine.url.render_as_string(hide_password=True)}")
    click.echo(
        f"register:      {counts['pupils']} pupils, {counts['staff']} staff, "
        f"{counts['templates']} face templates"
    )


@main.command()
@click.option("--rotate", is_flag=True, help="Make a new token; the old one stops working.")
@click.pass_context
@edge
def token(ctx, rotate):
    """Print the shared API token, for scripts.

    Staff get their own token instead (`clearpost tokens issue NAME`): the audit log then
    names them, and a leaver's token is revoked alone.
    """
    svc = services(ctx)
    if rotate:
        value = svc.rotate_token()
        svc.register.record(actor(), "token.rotated")
        click.echo(value)
        click.echo("Give every script (and extension) that uses the shared token the new one; "
                   "staff tokens are not affected.", err=True)  # fmt: skip
    else:
        click.echo(svc.api_token())


# -- backup and restore -------------------------------------------------------------


def _passphrase(passphrase_file: Path | None, ask: bool, confirm: bool) -> str | None:
    if passphrase_file is not None:
        value = _read(passphrase_file).decode("utf-8").strip("\r\n")
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


@main.command("backup")
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
    from .backup import backup

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


@main.command("restore")
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
    from .backup import is_encrypted, restore
    from .paths import data_home, ensure_home
    from .services import Services

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


@main.group()
def tokens():
    """Each member of staff's own API token: issue, list, revoke.

    A personal token names its holder in the audit log and stops working when revoked
    (a leaver). The shared token (`clearpost token`) stays for scripts.
    """


@tokens.command("issue")
@click.argument("name")
@click.option(
    "--enrolment-code",
    "code",
    is_flag=True,
    help="Print a one-time code (XXXXX-XXXXX, valid 7 days) that the extension exchanges "
    "for the token, instead of the token.",
)
@click.pass_context
@edge
def issue_token(ctx, name, code):
    """Issue a token for NAME, a member of staff; printed once.

    NAME is how the audit log will name them, e.g. "Mrs Green".
    """
    if code:
        value, view = services(ctx).tokens.issue_enrolment(name, actor())
        click.echo(value)
        click.echo(
            f"Enrolment code for {view.name} (token {view.id}), valid until "
            f"{view.enrol_expires_at:%Y-%m-%d %H:%M} UTC, once: they type it into the "
            "extension's options (Enrolment code).", err=True)  # fmt: skip
        return
    token, view = services(ctx).tokens.issue(name, actor())
    click.echo(token)
    click.echo(
        f"Token {view.id} for {view.name}. It is not shown again: give it to them for the "
        "extension's options (Token).", err=True)  # fmt: skip


@tokens.command("list")
@click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")
@click.pass_context
@edge
def list_tokens(ctx, as_json):
    """List the staff tokens: who holds each, when it was last used, revoked or not."""
    views = services(ctx).tokens.views()
    if as_json:
        click.echo(json.dumps([v.to_dict() for v in views], indent=2))
        return
    for v in views:
        used = f"{v.last_used_at:%Y-%m-%d %H:%M}" if v.last_used_at else "never"
        hint = f"{v.hint}…" if v.hint else "(no token yet)"
        click.echo(f"{v.id:4}  {printable(v.name):30} {hint:15} last used: {used:16}  {v.state}")
    click.echo(f"{len(views)} token(s). The shared token for scripts: `clearpost token`.")


@tokens.command("revoke")
@click.argument("token_id", type=int)
@click.pass_context
@edge
def revoke_token(ctx, token_id):
    """Revoke the token with this id (see `clearpost tokens list`): it stops working at once."""
    view = services(ctx).tokens.revoke(token_id, actor())
    click.echo(f"Token {view.id} of {printable(view.name)} is revoked.")


# -- checking a post ---------------------------------------------------------------

EXIT_ALLOW, EXIT_WARN, EXIT_BLOCK = 0, 10, 20

account_option = click.option(
    "--account",
    type=click.Choice([a.value for a in Account]),
    default=Account.OFFICIAL.value,
    show_default=True,
    help="The school's account, or a member of staff's own.",
)
# A verdict's or a finding's severity, in colour.
COLOURS = {Verdict.ALLOW: "green", Severity.WARN: "yellow", Severity.BLOCK: "red",
           Severity.INFO: None}  # fmt: skip
EXIT_CODES = {Verdict.ALLOW: EXIT_ALLOW, Verdict.WARN: EXIT_WARN, Verdict.BLOCK: EXIT_BLOCK}


@main.command()
@click.option("--text", "-t", default=None, help="The post's text.")
@click.option(
    "--text-file",
    "-f",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read the post's text from a file ('-' is not accepted: use --text).",
)
@click.argument("images", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@account_option
@click.option("--site", default=None, help="Where it will be posted (x.com, facebook.com, …).")
@click.option("--json", "as_json", is_flag=True, help="Print the service's JSON answer.")
@click.pass_context
@edge
def check(ctx, text, text_file, images, account, site, as_json):
    """Check a post's text and IMAGES as the browser extension would.

    \b
    Exit codes: 0 allow, 10 warn, 20 block, 1 error, 2 wrong usage.
    """
    from .check import CheckRequest

    if text is not None and text_file is not None:
        raise click.UsageError("Give --text or --text-file, not both.")
    if text_file is not None:
        raw = _read(text_file)
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
        text=text or "", images=[_read(p) for p in images], account=account, site=site
    )
    result = services(ctx).checker.check(request, actor())
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        _print_check(result)
    ctx.exit(EXIT_CODES[result["verdict"]])


def _print_check(result: dict) -> None:
    verdict = result["verdict"]
    click.secho(f"{verdict.upper()}", fg=COLOURS[verdict], bold=True)
    for f in result["findings"]:
        where = f'"{f["text"]}"' if "text" in f else f"image {f.get('image')}"
        click.secho(f"  [{f['severity']}] {where}: {f['reason']}", fg=COLOURS[f["severity"]])
        click.echo(f"      rule {f['rule']}; policy: {f['clause']}")
    if verdict != Verdict.ALLOW and result["fixes"].get("redacted_text"):
        click.echo("Suggested text:")
        click.echo("  " + result["fixes"]["redacted_text"].replace("\n", "\n  "))


# -- checking a folder of photos -------------------------------------------------------


def _progress(total: int, initial: int, label: str):
    """A progress bar with count, rate and time left: tqdm when installed, else click's."""
    try:
        from tqdm import tqdm
    except ImportError:
        bar = click.progressbar(length=total, label=label, show_pos=True, file=sys.stderr)
        bar.update(initial)
        return bar
    return tqdm(total=total, initial=initial, desc=label, unit="photo", file=sys.stderr,
                smoothing=0.1)  # fmt: skip


def _inside(path: Path | None, folder: Path) -> list[Path]:
    return [path] if path is not None and path.resolve().is_relative_to(folder.resolve()) else []


OUT_FILE = click.Path(dir_okay=False, writable=True, path_type=Path)
OUT_DIR = click.Path(file_okay=False, writable=True, path_type=Path)


@main.command()
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
@click.pass_context
@edge
def batch(ctx, folder, account, report, json_out, csv_out, fix_dir, sort_dir, resume, workers):
    """Check every photo in FOLDER (and its subfolders) as a post would be checked.

    JPEG, PNG, WebP, HEIC and GIF files are checked; other files are listed as
    skipped; a file that cannot be read is listed with the reason and the run goes
    on. Ctrl-C stops cleanly, keeping what was done: --resume continues.

    \b
    Exit codes: 0 nothing blocked, 20 something blocked, 130 stopped (Ctrl-C),
    1 error, 2 wrong usage.
    """
    from .runs import batch as batching
    from .runs.copies import sort_copies

    svc = services(ctx)
    exclude = _inside(fix_dir, folder) + _inside(sort_dir, folder)
    plan = batching.prepare(svc, folder, account=account, fix_dir=fix_dir, resume=resume,
                            workers=workers or batching.worker_count(svc),
                            exclude=exclude)  # fmt: skip
    for note in plan.notes:
        click.echo(note, err=True)
    click.echo(
        f"{len(plan.photos)} photo(s), {len(plan.skipped)} other file(s) skipped"
        + (f", {len(plan.reused)} already checked" if plan.reused else "")
        + ".",
        err=True,
    )
    if plan.todo and not svc.faces.ready:
        click.echo("Loading the models…", err=True)
    with _progress(len(plan.photos), len(plan.reused), "Checking") as bar:
        outcome = batching.execute(plan, on_result=lambda _row: bar.update(1), actor=actor())
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


@main.command("find")
@click.argument("upn")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--report",
    type=OUT_FILE,
    help="The HTML report (default: reports/find-DATE.html in the data folder, 0600).",
)
@click.option("--json", "json_out", type=OUT_FILE, help="Also write the list as JSON.")
@click.pass_context
@edge
def find_photos(ctx, upn, folder, report, json_out):
    """List every photo in FOLDER where pupil UPN's face appears, nearest first.

    Uses the pupil's enrolled face templates only (a pupil without biometric
    consent cannot be searched for). Run it before recording that biometric
    consent is withdrawn: that deletes the templates.

    \b
    Exit codes: 0 not found, 20 found, 130 stopped (Ctrl-C), 1 error.
    """
    from .runs import find

    svc = services(ctx)
    plan = find.prepare(svc, upn, folder)  # says why a pupil cannot be searched for
    with _progress(len(plan.photos), 0, "Searching") as bar:
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


# -- register --------------------------------------------------------------------------


@main.group()
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


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ClearpostError(f"Cannot read {path}: {exc.strerror}.") from exc


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
    from .erasure import erase_leavers_from_reports
    from .register.mis_import import parse_pupils

    svc = services(ctx)
    parsed = parse_pupils(_read(csv_file))
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
    from .register.mis_import import parse_staff

    svc = services(ctx)
    parsed = parse_staff(_read(csv_file))
    if dry_run:
        _print_plan(svc.register.plan_staff_import(parsed), "staff")
        _refused_as_the_import_would_be(parsed, skip_bad_rows)
        return
    plan = svc.register.apply_staff_import(
        parsed, actor(), skip_bad_rows=skip_bad_rows, remove_leavers=remove_leavers
    )
    _print_plan(plan, "staff")


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
    from .register.enrol import enrol_photos

    svc = services(ctx)
    results = enrol_photos(
        svc.register, svc.faces, upn, [(p.name, _read(p)) for p in photos], actor()
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
    from .register.enrol import enrol_photos, folder_photos

    svc = services(ctx)
    by_upn, skipped = folder_photos(folder)
    enrolled = refused = 0
    for upn, paths in by_upn.items():
        try:
            results = enrol_photos(
                svc.register, svc.faces, upn, [(p.name, _read(p)) for p in paths], actor()
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
    from .register.enrol import enrol_staff_photos

    svc = services(ctx)
    results = enrol_staff_photos(
        svc.register, svc.faces, ref, [(p.name, _read(p)) for p in photos], actor()
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
    from .erasure import erase_pupil

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
    from .register.store import ERASED_TABLES

    services(ctx).db.compact(ERASED_TABLES)
    click.echo("Compacted.")


@register.command("forget-staff")
@click.argument("ref")
@click.option("--yes", "confirmed", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
@edge
def forget_staff(ctx, ref, confirmed):
    """Erase staff member REF, their face templates, and their rows in the reports."""
    from .erasure import erase_staff

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


# -- the school's logo and uniform ----------------------------------------------------


@main.group()
def school():
    """Register the school's logo (badge) and uniform for the photo check."""


def _mark_commands(kind: str, what: str):
    group = click.Group(kind, help=f"The school's {what}: add, list, remove.")

    @group.command("list")
    @click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")
    @click.pass_context
    @edge
    def list_marks(ctx, as_json):
        marks = services(ctx).marks.views(kind)
        if as_json:
            click.echo(json.dumps([m.to_dict() for m in marks], indent=2))
            return
        for m in marks:
            click.echo(f"{m.id:4}  {m.name:30}  added {m.created_at:%Y-%m-%d}")
        click.echo(f"{len(marks)} {kind}(s).")

    list_marks.help = f"List the registered {what} images."

    @group.command("remove")
    @click.argument("mark_id", type=int)
    @click.pass_context
    @edge
    def remove_mark(ctx, mark_id):
        services(ctx).marks.remove(kind, mark_id, actor())
        click.echo(f"Removed {kind} {mark_id}.")

    remove_mark.help = f"Remove the {kind} with this id (see `clearpost school {kind} list`)."
    return group


logo_group = _mark_commands(MarkKind.LOGO, "logo or badge")
uniform_group = _mark_commands(MarkKind.UNIFORM, "uniform")
school.add_command(logo_group)
school.add_command(uniform_group)


@logo_group.command("add")
@click.argument(
    "images", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.pass_context
@edge
def add_logo(ctx, images):
    """Add one or more images of the badge (a scan or a clean photo of it)."""
    from .school_marks import add_logo as add

    for path in images:
        view = add(services(ctx).marks, _read(path), path.name, actor())
        click.echo(f"Added logo {view.id} ({view.name}).")


@uniform_group.command("add")
@click.argument(
    "images", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--name", default="uniform", show_default=True, help="e.g. jumper, polo, blazer.")
@click.pass_context
@edge
def add_uniform(ctx, images, name):
    """Add photos of one uniform garment (jumper, polo, blazer); only its colours are kept."""
    from .school_marks import add_uniform as add

    view = add(services(ctx).marks, [(p.name, _read(p)) for p in images], name, actor())
    click.echo(f"Added uniform {view.id} ({view.name}) from {len(images)} photo(s).")


# -- admin and audit -------------------------------------------------------------------


@main.group()
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


@main.command("retention")
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
    from .retention import apply, due

    svc = services(ctx)
    expired = apply(svc, actor()) if do_apply else due(svc)
    for line in expired.lines():
        click.echo(line)
    if not do_apply:
        click.echo("Dry run: nothing was deleted. Run with --apply to delete these.")
    if expired.failed:
        ctx.exit(1)


@main.command("export")
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
    from .runs.reports import write_private
    from .subject_access import export_json, export_pupil

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


@main.command()
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
