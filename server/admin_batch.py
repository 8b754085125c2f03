"""Batch checks and pupil searches started from the admin page, run in the background.

The comms lead picks a folder on the service machine; the page shows the progress and,
when done, opens the report (kept in the data folder, like the CLI's). A search for a
pupil's photos runs over the school's photo archive (Settings), e.g. when a parent
withdraws consent for social media.
"""

import itertools
import re
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from flask import (
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)

from .admin_common import actor, bp, services
from .errors import ClearpostError
from .folders import FolderRefused, within_roots

REPORT_NAME_RE = re.compile(r"^(batch|find)-[0-9-]+\.html$")
# The reports carry a little inline script (filter, sort) and only data: images.
REPORT_CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    "script-src 'unsafe-inline'; frame-ancestors 'none'"
)


@dataclass
class Job:
    id: int
    kind: str  # "batch" | "find"
    title: str
    total: int = 0
    done: int = 0
    status: str = "running"  # running | done | failed
    report: str | None = None
    summary: str = ""
    error: str = ""
    started: datetime = field(default_factory=datetime.now)
    tags: list = field(default_factory=list)  # the pupil searched for (report tag)


class Jobs:
    """The runs of this service process (they end with it; the reports stay on disk)."""

    def __init__(self):
        self._jobs: dict[int, Job] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def new(self, kind: str, title: str) -> Job:
        with self._lock:
            job = Job(next(self._ids), kind, title)
            self._jobs[job.id] = job
            return job

    def get(self, job_id: int) -> Job | None:
        return self._jobs.get(job_id)

    def forget(self, tag: str) -> None:
        """An erased pupil's searches leave the list (their title names the pupil)."""
        with self._lock:
            for job_id in [j.id for j in self._jobs.values() if tag in j.tags]:
                del self._jobs[job_id]

    def recent(self) -> list[Job]:
        return sorted(self._jobs.values(), key=lambda j: -j.id)[:20]


def jobs() -> Jobs:
    return current_app.extensions.setdefault("clearpost_jobs", Jobs())


def forget_jobs(tag: str) -> None:
    jobs().forget(tag)


def _report_file(svc, kind: str) -> Path:
    return svc.home / "reports" / f"{kind}-{datetime.now():%Y%m%d-%H%M%S-%f}.html"


def _run(job: Job, work) -> None:
    def target():
        try:
            work()
            job.status = "done"
        except ClearpostError as exc:
            job.status, job.error = "failed", str(exc)
        except Exception as exc:  # a bug of ours: say so on the page, keep serving
            job.status, job.error = "failed", f"Unexpected error: {type(exc).__name__}: {exc}"

    threading.Thread(target=target, name=f"admin-{job.kind}-{job.id}", daemon=True).start()


@bp.route("/batch")
def batch_page():
    svc = services()
    return render_template("admin/batch.html", jobs=jobs().recent(),
                           archive=svc.settings.data["photo_archive"],
                           roots=svc.settings.data["batch_roots"])  # fmt: skip


@bp.route("/batch/start", methods=("POST",))
def batch_start():
    from .batch import execute, prepare, scan
    from .batch_report import write_html

    svc = services()
    folder = request.form.get("folder", "").strip()
    account = request.form.get("account", "official")
    if account not in ("official", "personal"):
        abort(400, "account must be official or personal")
    if not folder or not Path(folder).is_absolute() or not Path(folder).is_dir():
        flash(f"{folder or 'That'} is not a folder on this machine: give its full path.", "error")
        return redirect(url_for("admin.batch_page"))
    try:
        # Only the folders the admin opened to this page: never /etc, / or the data folder.
        within_roots(Path(folder), svc.settings.data["batch_roots"], svc.home)
    except FolderRefused as exc:
        flash(str(exc), "error")
        return redirect(url_for("admin.batch_page"))
    who = actor()
    job = jobs().new("batch", f"Check of {folder}")
    job.total = len(scan(Path(folder), [svc.home])[0])

    def work():
        plan = prepare(svc, Path(folder), account=account)
        outcome = execute(plan, on_result=lambda _row: _tick(job), actor=who)
        path = svc.report_files.remember(_report_file(svc, "batch"))
        write_html(path, outcome.results, outcome.skipped, f"Check of {Path(folder).name}",
                   outcome.notes)  # fmt: skip
        counts = outcome.counts
        job.summary = (f"{counts['allow']} may go out, {counts['warn']} to check, "
                       f"{counts['block']} blocked, {counts['error']} unreadable")  # fmt: skip
        job.report = path.name

    _run(job, work)
    return redirect(url_for("admin.batch_job", job_id=job.id))


def _tick(job: Job) -> None:
    job.done += 1


@bp.route("/pupils/<upn>/find", methods=("POST",))
def find_pupil_photos(upn):
    from .batch import scan
    from .batch_report import write_html
    from .find import LABELS, find, pupil_templates

    svc = services()
    archive = svc.settings.data["photo_archive"]
    if not archive or not Path(archive).is_dir():
        flash("Set the school's photo archive folder in Settings first.", "error")
        return redirect(url_for("admin.pupil", upn=upn))
    try:
        within_roots(Path(archive), svc.settings.data["batch_roots"], svc.home)
    except FolderRefused as exc:
        flash(f"The photo archive cannot be searched from this page: {exc}", "error")
        return redirect(url_for("admin.pupil", upn=upn))
    try:
        pupil, _ = pupil_templates(svc, upn)
    except ClearpostError as exc:
        flash(str(exc), "error")
        return redirect(url_for("admin.pupil", upn=upn))
    who = actor()
    job = jobs().new("find", f"Photos of {pupil.display} in {archive}")
    job.tags = [svc.subject_tag(pupil.upn)]
    job.total = len(scan(Path(archive), [svc.home])[0])

    def work():
        outcome = find(svc, upn, Path(archive), on_result=lambda _row: _tick(job), actor=who)
        path = svc.report_files.remember(_report_file(svc, "find"))
        write_html(path, outcome.results, outcome.skipped, f"Photos of {pupil.display}",
                   outcome.notes, labels=LABELS, tags=outcome.tags)  # fmt: skip
        counts = outcome.counts
        job.summary = f"{counts['match']} match(es), {counts['possible']} possible"
        job.report = path.name

    _run(job, work)
    return redirect(url_for("admin.batch_job", job_id=job.id))


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
