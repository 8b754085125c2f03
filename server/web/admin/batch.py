"""Batch checks and pupil searches started from the admin page, run in the background.

The comms lead picks a folder on the service machine; the page shows the progress and,
when done, opens the report (kept in the data folder, like the CLI's). A search for a
pupil's photos runs over the school's photo archive (Settings), e.g. when a parent
withdraws consent for social media.
"""

import re
from pathlib import Path

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)

from ...errors import ClearpostError
from ...runs import batch, find
from ...runs.folders import within_roots
from ...runs.jobs import Jobs, start
from ...vocab import ACCOUNTS, Account
from .common import actor, services

bp = Blueprint("batch", __name__)

REPORT_NAME_RE = re.compile(r"^(batch|find)-[0-9-]+\.html$")
# The reports carry a little inline script (filter, sort) and only data: images.
REPORT_CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    "script-src 'unsafe-inline'; frame-ancestors 'none'"
)


def jobs() -> Jobs:
    return current_app.extensions.setdefault("clearpost_jobs", Jobs())


def forget_jobs(tag: str) -> None:
    jobs().forget(tag)


@bp.route("/batch")
def batch_page():
    svc = services()
    return render_template("admin/batch.html", jobs=jobs().recent(),
                           archive=svc.settings.data["photo_archive"],
                           roots=svc.settings.data["batch_roots"])  # fmt: skip


@bp.route("/batch/start", methods=("POST",))
def batch_start():
    svc = services()
    folder = request.form.get("folder", "").strip()
    account = request.form.get("account", Account.OFFICIAL)
    if account not in ACCOUNTS:
        abort(400, f"account must be {' or '.join(ACCOUNTS)}")
    try:
        if not folder or not Path(folder).is_absolute() or not Path(folder).is_dir():
            raise ClearpostError(f"{folder or 'That'} is not a folder on this machine: give "
                                 "its full path.")  # fmt: skip
        # Only the folders the admin opened to this page: never /etc, / or the data folder.
        within_roots(Path(folder), svc.settings.data["batch_roots"], svc.home)
        # The one scan of the folder; as many workers as the CLI (the setting batch_workers).
        plan = batch.prepare(svc, Path(folder), account=account, workers=batch.worker_count(svc))
    except ClearpostError as exc:
        flash(str(exc), "error")
        return redirect(url_for("admin.batch.batch_page"))
    who = actor()
    job = jobs().new("batch", f"Check of {folder}")
    job.total = len(plan.todo)

    def work():
        outcome = batch.execute(plan, on_result=job.tick, actor=who)
        job.report = batch.write_reports(svc, plan, outcome).name
        job.summary = batch.summary(outcome.counts)

    start(job, work)
    return redirect(url_for("admin.batch.batch_job", job_id=job.id))


@bp.route("/pupils/<upn>/find", methods=("POST",))
def find_pupil_photos(upn):
    svc = services()
    archive = svc.settings.data["photo_archive"]
    if not archive or not Path(archive).is_dir():
        flash("Set the school's photo archive folder in Settings first.", "error")
        return redirect(url_for("admin.pupils.pupil", upn=upn))
    try:
        within_roots(Path(archive), svc.settings.data["batch_roots"], svc.home)
    except ClearpostError as exc:
        flash(f"The photo archive cannot be searched from this page: {exc}", "error")
        return redirect(url_for("admin.pupils.pupil", upn=upn))
    try:
        plan = find.prepare(svc, upn, Path(archive))  # NotSearchable says why not
    except ClearpostError as exc:
        flash(str(exc), "error")
        return redirect(url_for("admin.pupils.pupil", upn=upn))
    who = actor()
    job = jobs().new("find", f"Photos of {plan.pupil.display} in {archive}")
    job.tags = list(plan.tags)
    job.total = len(plan.photos)

    def work():
        outcome = find.execute(plan, on_result=job.tick, actor=who)
        job.report = find.write_reports(svc, plan, outcome).name
        job.summary = find.summary(outcome)

    start(job, work)
    return redirect(url_for("admin.batch.batch_job", job_id=job.id))


@bp.route("/batch/<int:job_id>")
def batch_job(job_id):
    job = jobs().get(job_id)
    if job is None:
        abort(404, "No such run: runs are listed until the service restarts.")
    return render_template("admin/batch_job.html", job=job)


@bp.route("/batch/report/<name>")
def batch_report_file(name):
    if not REPORT_NAME_RE.match(name):
        abort(404)
    path = services().home / "reports" / name
    if not path.is_file():
        abort(404, "That report is no longer in the data folder.")
    response = Response(path.read_bytes(), mimetype="text/html")
    response.headers["Content-Security-Policy"] = REPORT_CSP
    return response
