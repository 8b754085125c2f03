"""Runs in the background, for the admin page: each a Job that the page follows.

The runs of one service process (they end with it; the reports stay on disk). A run's
thread records how far it got, its one-sentence summary and its report's name, or why
it failed; a bug of ours fails the job, never the service.
"""

import itertools
import threading
from dataclasses import dataclass, field
from datetime import datetime

from ..errors import ClearpostError


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

    def tick(self, _row=None) -> None:
        """One more photo done (a run's on_result)."""
        self.done += 1


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


def start(job: Job, work) -> threading.Thread:
    """Run `work()` in a thread of its own; the job says when it is done or why it failed."""

    def target():
        try:
            work()
            job.status = "done"
        except ClearpostError as exc:
            job.status, job.error = "failed", str(exc)
        except Exception as exc:  # a bug of ours: say so on the page, keep serving
            job.status, job.error = "failed", f"Unexpected error: {type(exc).__name__}: {exc}"

    thread = threading.Thread(target=target, name=f"admin-{job.kind}-{job.id}", daemon=True)
    thread.start()
    return thread
