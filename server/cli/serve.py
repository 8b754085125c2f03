"""The service and its credentials, for whoever runs it: serve, info, token, tokens."""

import json
import logging
import threading

import click

from .. import __version__
from ..checks.thread_priority import PHOTO_NICE
from ..serving.people_names import printable
from .common import actor, edge, services


@click.command()
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
    "--workers",
    type=click.IntRange(1, 64),
    default=None,
    help="Processes that check post texts, each with its own copy of the language models "
    "(~400 MB): 1 checks them in the service process itself. Default: one per core (text "
    "checks hold Python's lock: one process uses one core).",
)
@click.option(
    "--photo-nice",
    type=click.IntRange(0, 19),
    default=PHOTO_NICE,
    show_default=True,
    help="How far below the text checks photo and video checks run in the CPU's queue "
    "(Linux nice steps, per thread): a post's text is checked first while photos take "
    "what is left. 0: the same priority.",
)
@click.option(
    "--debug",
    is_flag=True,
    help="Log everything to the console (waitress, Flask, each request); still never a "
    "post's text or images.",
)
@click.pass_context
@edge
def serve(ctx, host, port, threads, workers, photo_nice, debug):
    """Run the service (API and admin page) under waitress.

    Each request is logged (method, path pattern, status, time, who) to logs/access.log
    in the data folder, never its content.
    """
    from .. import create_app
    from ..serving.blas_threads import one_blas_thread
    from ..serving.memory import limit_malloc_arenas
    from ..serving.text_workers import default_workers
    from ..serving.waitress_server import configure_logging, listen, run
    from ..web.access_log import open_access_log

    # First, while this is the only thread: waitress's workers and the warm-up start below.
    one_blas_thread()
    # Before the request threads start: each would get a malloc arena of its own (memory.py).
    limit_malloc_arenas()
    # Before the warm-up, retention and backup threads: their first lines are not lost.
    configure_logging(debug)
    svc = services(ctx)
    svc.photo_nice = photo_nice  # before the checker exists: its photo threads take it
    first_start = not svc.token_path.exists()
    app = create_app({"SERVICES": svc, "LISTEN_HOST": host})
    # Bind first: a port already taken is one clear line and exit 1, before the banner.
    server = listen(app, host=host, port=port, threads=threads)
    access_path = open_access_log(svc.home, console=debug)
    # Text checks in worker processes (text_workers.py); all else stays in this one.
    workers = workers or default_workers()
    svc.use_text_workers(workers)
    shown_host = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    click.echo(f"Clearpost {__version__}")
    click.echo(f"  data folder:  {svc.home}")
    click.echo(f"  database:     {svc.db.engine.url.render_as_string(hide_password=True)}")
    click.echo(f"  admin page:   http://{shown_host}:{port}/admin")
    click.echo(f"  API:          http://{shown_host}:{port}/api/v1/health")
    click.echo(f"  access log:   {access_path}")
    click.echo(
        f"  text checks:  {workers} worker processes"
        if workers > 1
        else "  text checks:  in this process (--workers 1)"
    )
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
    from ..records.retention import RetentionThread

    days = svc.settings.data["retention_days"]
    click.echo(
        f"  retention:    reports {days['reports']} days, batch resume state "
        f'{days["batch_state"]} days, audit log {days["audit_log"]} days, "this is wrong" '
        f"reports {days['feedback']} days (checked daily)"
    )
    RetentionThread(svc).start()
    # The daily backup (settings.json: backup), written by this process: at start when the
    # day's is due, then at the hour.
    from ..records.backup_schedule import BackupThread

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
    from ..errors import ModelsMissing

    try:
        svc.checker.warm()
    except ModelsMissing as exc:
        logging.getLogger("clearpost").error("The models could not be loaded: %s", exc)


@click.command()
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


@click.command()
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


@click.group()
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
