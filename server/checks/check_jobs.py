"""Checks that run while their caller follows them: the extension's "Checking video … 40%".

A post with a video takes tens of seconds to check (a minute of 1080p: ~35 s here), longer
than a browser should keep one request open, and the person posting should see it move.
So `POST /api/v1/checks` reads and validates the post at once (a bad request is refused
there, as by /check), then checks it in a thread of its own; `GET /api/v1/checks/<id>`
says how far it got (seconds of video decoded of the clip's length) and, once it is done,
gives the very answer /check would have given, or its refusal, with the same status.

Nothing of a post is written to disk: the job holds the request in memory until its check
ends, then only the answer. Jobs are forgotten:
- when their answer is fetched (one GET gives it, the next gets 404);
- KEEP_ANSWER seconds after the check ended, if nobody fetched it;
- when nobody asked about a running (or waiting) job for ABANDONED_AFTER seconds: the tab
  was closed or the extension gave up; the check stops at its next progress report;
- when the caller cancels it (`DELETE`): the post changed, its video was removed.
A job is its caller's: another token gets 404 for it, as for a job that never was.
At most HELD jobs are held at once (each may hold a 250 MB clip): past that, 429.
"""

import logging
import math
import secrets
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field

from ..errors import ClearpostError, NotFound, TooManyChecks
from .thread_priority import lower_this_thread

log = logging.getLogger(__name__)

HELD = 4  # jobs held at once: each may hold a clip of up to video.max_mb in memory
KEEP_ANSWER = 120.0  # s an answer waits to be fetched
ABANDONED_AFTER = 60.0  # s without a question before a running job is stopped
# Seconds of video between two progress reports of a job (the CLI's are every 5 s): at
# 2 samples a second this is one report a sample, each a few microseconds.
PROGRESS_EVERY = 0.5


class CheckCancelled(Exception):  # noqa: N818 - not an error: the caller stopped the check
    """Raised from a job's progress report to stop its check (never shown to anyone)."""


@dataclass
class CheckJob:
    id: str
    owner: str
    # Each video of the post by its index: [seconds decoded, seconds long (None: not said)].
    videos: dict[int, list] = field(default_factory=dict)
    finished_videos: set = field(default_factory=set)
    frames: dict[int, int] = field(default_factory=dict)  # decoded, by video
    state: str = "queued"  # queued | running | done | failed
    answer: dict | None = None
    error: tuple | None = None  # (status, error name, message)
    asked: float = field(default_factory=time.monotonic)
    ended: float | None = None
    cancelled: threading.Event = field(default_factory=threading.Event)

    def report(self, index: int, frames: int, seconds: float, of_seconds: float | None) -> None:
        """The check's progress callback (index, frames, seconds, of_seconds); raises
        CheckCancelled when the job was cancelled or abandoned, so the check stops here."""
        if self.cancelled.is_set() or time.monotonic() - self.asked > ABANDONED_AFTER:
            self.cancelled.set()
            raise CheckCancelled(self.id)
        done = self.videos.setdefault(index, [0.0, None])
        done[0], done[1] = float(seconds), of_seconds or done[1]
        self.frames[index] = frames
        if of_seconds and seconds >= of_seconds - 1e-6:
            self.finished_videos.add(index)

    def percent(self) -> int:
        """How far the check is, 0-100: each video counts the same, by seconds decoded of its
        length; 100 only when the answer is there (the verdict and the fixes come after the
        last frame)."""
        if self.state in ("done", "failed"):
            return 100
        if not self.videos:
            return 0
        parts = []
        for index, (done, total) in self.videos.items():
            if index in self.finished_videos:
                parts.append(1.0)
            else:
                parts.append(min(1.0, done / total) if total else 0.0)
        return min(99, math.floor(100 * sum(parts) / len(parts)))

    def view(self) -> dict:
        known = [total for _, total in self.videos.values() if total]
        return {
            "id": self.id,
            "state": self.state,
            "done_seconds": round(sum(done for done, _ in self.videos.values()), 2),
            "total_seconds": round(sum(known), 2) if len(known) == len(self.videos) else None,
            "percent": self.percent(),
            "frames": sum(self.frames.values()),
        }


class CheckJobs:
    """The check jobs of one service process (they end with it)."""

    def __init__(self, nice: int = 0):
        """`nice`: each job's thread runs that many steps below the process's priority,
        behind the text checks (thread_priority.py)."""
        self.nice = nice
        self._jobs: dict[str, CheckJob] = {}
        self._lock = threading.Lock()

    def start(
        self,
        owner: str,
        videos: list[int],
        run: Callable[[Callable], dict],
        turn: Callable[[], AbstractContextManager] = nullcontext,
    ) -> CheckJob:
        """A job that checks a post in a thread of its own: `run(progress)` makes the check
        (progress(index, frames, seconds, of_seconds) as each video is decoded), inside
        `turn()` (the service's one photo-check turn). `videos`: the post's video indexes."""
        self.sweep()
        with self._lock:
            if len(self._jobs) >= HELD:
                raise TooManyChecks(
                    f"{len(self._jobs)} checks are already running or waiting to be collected; "
                    "wait a minute, then post again."
                )
            job = CheckJob(secrets.token_urlsafe(16), owner, {i: [0.0, None] for i in videos})
            self._jobs[job.id] = job

        def target():
            work = run  # the post's bytes live in this closure: let go of them at the end
            lower_this_thread(self.nice)  # this thread does nothing else, and then ends
            try:
                with turn():
                    if job.cancelled.is_set() or time.monotonic() - job.asked > ABANDONED_AFTER:
                        raise CheckCancelled(job.id)
                    job.state = "running"
                    answer = work(job.report)
                job.answer, job.state = answer, "done"
            except CheckCancelled:
                self._drop(job.id)
            except ClearpostError as exc:  # the clip cannot be checked: the /check refusal
                job.error, job.state = (exc.status, type(exc).__name__, str(exc)), "failed"
            except Exception:  # a bug of ours: logged; the post was NOT checked
                log.exception("Unexpected error in check job %s", job.id)
                job.error = (500, "Internal Server Error", "Clearpost hit an unexpected error. "
                             "This post was NOT checked. The details are in the service's log; "
                             "tell the admin.")  # fmt: skip
                job.state = "failed"
            finally:
                del work
                job.ended = time.monotonic()

        threading.Thread(target=target, name=f"check-job-{job.id[:6]}", daemon=True).start()
        return job

    def _drop(self, job_id: str) -> None:
        with self._lock:
            self._jobs.pop(job_id, None)

    def sweep(self) -> None:
        """Forget answers nobody fetched in time, and stop jobs nobody asks about."""
        now = time.monotonic()
        with self._lock:
            for job in list(self._jobs.values()):
                if job.ended is not None and now - job.ended > KEEP_ANSWER:
                    del self._jobs[job.id]
                elif job.ended is None and now - job.asked > ABANDONED_AFTER:
                    job.cancelled.set()  # the thread stops at its next report
                    del self._jobs[job.id]

    def _mine(self, job_id: str, owner: str) -> CheckJob:
        self.sweep()
        job = self._jobs.get(job_id)
        if job is None or job.owner != owner:
            raise NotFound(
                f"No check {job_id[:40]!r} here: it was collected already, cancelled, "
                f"forgotten ({round(KEEP_ANSWER)} s after it ended, or {round(ABANDONED_AFTER)} s "
                "after it was last asked about), or the service restarted. Post again to check "
                "the post again."
            )
        return job

    def follow(self, job_id: str, owner: str) -> CheckJob:
        """The job, for its owner; a finished job is forgotten as it is handed over."""
        job = self._mine(job_id, owner)
        job.asked = time.monotonic()
        if job.state in ("done", "failed"):
            self._drop(job_id)
        return job

    def cancel(self, job_id: str, owner: str) -> None:
        job = self._mine(job_id, owner)
        job.cancelled.set()
        self._drop(job_id)
