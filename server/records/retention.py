"""Keeping children's data no longer than needed (UK GDPR Art. 5(1)(e), storage limitation).

Four kinds of thing age out, each after its own number of days (settings.json,
`retention_days`):
- reports: the batch and find reports Clearpost wrote (HTML, JSON, CSV), in the data
  folder's reports/ and wherever else they were written (remembered, see report_files).
  They show children's faces and names. Judged by the file's modification time: the
  last time Clearpost (or erasure) wrote it.
- batch_state: the resume state of a batch run (reports/batch-state-*.jsonl); it holds
  thumbnails of faces too.
- audit_log: entries of the audit log, by their time.
- feedback: the "this is wrong" reports staff send (a rule, a site, a typed note that may
  name a child), by their time.

The service applies it when it starts and once a day while it runs (RetentionThread);
`clearpost retention --dry-run/--apply` does it by hand. Files are shredded as erasure
shreds them (zeros over the old bytes, then unlinked); the database is compacted after
audit entries go, so their bytes do not stay in freed pages. One audit entry says what
was deleted (counts only).
"""

import logging
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, func, select

from ..register.models import AuditEntry, FalsePositiveReport
from .report_scrub import report_paths, shred

log = logging.getLogger("clearpost.retention")

# What each kind is, in words for the admin page and the command.
KINDS = {
    "reports": "Batch and find reports (photos' thumbnails, pupils' names, verdicts)",
    "batch_state": "Resume state of batch runs (thumbnails and findings per photo)",
    "audit_log": "Audit log entries (who changed what in the register, and when)",
    "feedback": '"This is wrong" reports from staff (rule, site, their note)',
}
EVERY = timedelta(days=1)


def is_state(path: Path) -> bool:
    return path.name.startswith("batch-state-") and path.suffix == ".jsonl"


@dataclass
class Expired:
    """What retention deletes (or, in a dry run, would delete) now."""

    cutoffs: dict[str, datetime]
    reports: list[Path] = field(default_factory=list)
    states: list[Path] = field(default_factory=list)
    audit_entries: int = 0
    feedback: int = 0
    failed: list[tuple[Path, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [
            f"Reports older than {self.cutoffs['reports']:%Y-%m-%d %H:%M} UTC: {len(self.reports)}",
            *(f"  {p}" for p in self.reports),
            f"Batch resume state older than {self.cutoffs['batch_state']:%Y-%m-%d %H:%M} UTC: "
            f"{len(self.states)}",
            *(f"  {p}" for p in self.states),
            f"Audit log entries older than {self.cutoffs['audit_log']:%Y-%m-%d %H:%M} UTC: "
            f"{self.audit_entries}",
            f'"This is wrong" reports older than {self.cutoffs["feedback"]:%Y-%m-%d %H:%M} UTC: '
            f"{self.feedback}",
        ]
        out += [f"  could not delete {p}: {why}. Delete it by hand." for p, why in self.failed]
        return out


def _cutoffs(svc, now: datetime) -> dict[str, datetime]:
    days = svc.settings.data["retention_days"]
    return {kind: now - timedelta(days=days[kind]) for kind in KINDS}


def _utc(moment: datetime | None) -> datetime | None:
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)  # SQLite hands back naive UTC
    return moment


def _modified(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def due(svc, now: datetime | None = None) -> Expired:
    """What has been kept longer than the settings allow (nothing is deleted)."""
    now = now or datetime.now(UTC)
    expired = Expired(_cutoffs(svc, now))
    for path in report_paths(svc):
        try:
            if not path.is_file():
                continue
            kind = "batch_state" if is_state(path) else "reports"
            if _modified(path) < expired.cutoffs[kind]:
                (expired.states if kind == "batch_state" else expired.reports).append(path)
        except OSError as exc:
            expired.failed.append((path, exc.strerror or str(exc)))
    with svc.db.session() as session:
        expired.audit_entries = session.scalar(
            select(func.count(AuditEntry.id)).where(AuditEntry.at < expired.cutoffs["audit_log"])
        )
        expired.feedback = session.scalar(
            select(func.count(FalsePositiveReport.id)).where(
                FalsePositiveReport.at < expired.cutoffs["feedback"]
            )
        )
    return expired


def apply(svc, actor: str = "retention", now: datetime | None = None) -> Expired:
    """Delete what `due` finds; record one audit entry with the counts."""
    expired = due(svc, now)
    gone = []
    for path in [*expired.reports, *expired.states]:
        try:
            shred(path)
            gone.append(path)
        except FileNotFoundError:
            gone.append(path)
        except OSError as exc:
            expired.failed.append((path, exc.strerror or str(exc)))
    svc.report_files.drop(gone)
    rows = expired.audit_entries + expired.feedback
    if rows:
        cut = expired.cutoffs
        with svc.db.session() as session:
            session.execute(delete(AuditEntry).where(AuditEntry.at < cut["audit_log"]))
            notes = FalsePositiveReport
            session.execute(delete(notes).where(notes.at < cut["feedback"]))
    if gone or rows:
        svc.register.record(
            actor, "retention.applied", None, reports=len(expired.reports),
            batch_state=len(expired.states), audit_entries=expired.audit_entries,
            feedback=expired.feedback, failed=len(expired.failed),
        )  # fmt: skip
    if rows:
        svc.db.compact(("audit_log", "false_positive_reports"))
    return expired


def kept(svc, now: datetime | None = None) -> list[dict]:
    """For the admin page: each kind, how long it is kept, how many there are, the oldest."""
    now = now or datetime.now(UTC)
    days = svc.settings.data["retention_days"]
    files = {"reports": [], "batch_state": []}
    for path in report_paths(svc):
        try:
            if path.is_file():
                files["batch_state" if is_state(path) else "reports"].append(_modified(path))
        except OSError:
            continue
    with svc.db.session() as session:
        count = session.scalar(select(func.count(AuditEntry.id)))
        oldest = session.scalar(select(func.min(AuditEntry.at)))
        notes = session.scalar(select(func.count(FalsePositiveReport.id)))
        oldest_note = session.scalar(select(func.min(FalsePositiveReport.at)))
    held = {
        "reports": (len(files["reports"]), min(files["reports"], default=None)),
        "batch_state": (len(files["batch_state"]), min(files["batch_state"], default=None)),
        "audit_log": (count, _utc(oldest)),
        "feedback": (notes, _utc(oldest_note)),
    }
    return [
        {"kind": kind, "what": words, "days": days[kind], "count": held[kind][0],
         "oldest": held[kind][1]}
        for kind, words in KINDS.items()
    ]  # fmt: skip


class RetentionThread(threading.Thread):
    """Applies retention now and then once every `every` while the service runs. A failure
    is logged and tried again next time: it never stops the service."""

    def __init__(self, svc, every: timedelta = EVERY):
        super().__init__(name="retention", daemon=True)
        self.svc = svc
        self.every = every
        self.stopped = threading.Event()
        self.runs = 0

    def run(self) -> None:
        while not self.stopped.is_set():
            try:
                expired = apply(self.svc, "service:retention")
                if expired.failed:
                    log.warning("retention: %s", "; ".join(expired.lines()))
            except Exception:  # noqa: BLE001 - logged; the service goes on
                log.exception("retention failed; it is tried again in %s", self.every)
            self.runs += 1
            self.stopped.wait(self.every.total_seconds())

    def stop(self) -> None:
        self.stopped.set()
