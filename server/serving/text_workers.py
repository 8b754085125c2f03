"""Text checks in worker processes, so that a service uses every core (issue 17's soak goal).

Why processes: a text check is ~21 ms of CPU (spaCy ~10 ms, the sentence model ~10 ms on
the posts that have a sentence to judge, Presidio and our recognizers ~3 ms), nearly all
of it holding Python's GIL, so one process did ~45 checks/s however many threads it ran
(1, 2, 4, 8 threads: 47, 43, 45, 49/s), and 25-36/s through HTTP on a 2-core machine.

How: `clearpost serve --workers N` (N >= 2) starts N processes that each load spaCy,
Presidio and the sentence model once and do nothing but find personal data in text. The
service process keeps everything else: HTTP, the token, the policy, the audit entry, photo
checks, the admin page and the background threads (retention, backup), so these run in
exactly one process and SQLite has one writer as before. One thread per worker in the
service takes every text check waiting at that moment (up to MAX_BATCH), sends them to its
process in one message and hands each request its own findings; the worker reads the posts
with spaCy as one batch (nlp.pipe: the same parse, token for token, for less CPU:
11.7 -> 8.1 ms a post by 8, 7.0 ms by 16, on the labelled posts). Nothing waits for a batch
to fill: a check that finds a worker idle goes at once, alone.

The sentence model is not batched across posts: padding more sentences to the longest made
it slower (18 -> 21-26 ms a post) and changed its vectors in the seventh decimal.

The register reaches a worker with the first batch after it changes (its key: the
database and the register's version), as (pupils, staff); the worker builds its own name
index from them. A worker that dies (killed, out of memory) fails only the checks it held,
with a 503 that says to send the post again, and is started again.
"""

import logging
import multiprocessing
import os
import threading
import time
import traceback
from collections import deque
from concurrent.futures import Future

from ..errors import ClearpostError

RESTART_PAUSE = 1.0  # seconds before a worker that died while loading is started again
MAX_BATCH = 16  # 16 posts: spaCy's gain flattens after; a batch is ~100-150 ms of work

log = logging.getLogger(__name__)


class TextWorkerFailed(ClearpostError):
    status = 503


STOPPED = "The service is stopping. Send the post again once it is back."


def default_workers() -> int:
    """One text worker per core (os.sched_getaffinity: the cores this process may use)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class _Job:
    __slots__ = ("text", "school", "key", "register", "future")

    def __init__(self, text, school, key, register):
        self.text, self.school, self.key, self.register = text, school, key, register
        self.future = Future()


class TextWorkers:
    """N worker processes finding personal data in text; thread-safe. Processes start with
    start() (the service does it at start, so their models load before the first post)."""

    def __init__(self, count: int):
        if count < 1:
            raise ClearpostError(f"--workers must be 1 or more (it was {count}).")
        self.count = count
        self._jobs: deque[_Job] = deque()
        self._wake = threading.Condition()
        self._ready = [False] * count
        self._started = False
        self._closed = False
        self._lock = threading.Lock()
        self.pids: list[int | None] = [None] * count  # the worker processes' ids, for tests
        # Per worker: a register it must take now, before any check (sync()), else None.
        self._sync: list[_Job | None] = [None] * count

    @property
    def ready(self) -> bool:
        """Every worker has its models loaded."""
        return all(self._ready)

    def start(self) -> None:
        with self._lock:
            if self._started:
                return
            self._started = True
        for index in range(self.count):
            threading.Thread(
                target=self._feed, args=(index,), name=f"text-worker-{index}", daemon=True
            ).start()

    def close(self) -> None:
        """Stop the worker processes (each exits when its pipe closes); checks still
        waiting fail with a 503."""
        with self._wake:
            self._closed = True
            self._wake.notify_all()

    def find(self, text: str, school: dict, key, register) -> list:
        """The findings of TextDetector.find(text, school), from a worker. `key` names the
        register's state; `register()` returns (pupils, staff), called only when a worker
        has not seen that key."""
        self.start()
        job = _Job(text, school, key, register)
        with self._wake:
            if self._closed:
                raise TextWorkerFailed(STOPPED)
            self._jobs.append(job)
            self._wake.notify()
        return job.future.result()

    def sync(self, key, register) -> None:
        """Have every live worker take the register `key` now rather than with its next
        check (an erasure: a worker forgets the sentences it kept when the register
        changes). Returns at once; a worker busy with a batch takes it after that batch."""
        with self._wake:
            for index in range(self.count):
                if self._ready[index]:
                    self._sync[index] = _Job("", {}, key, register)
            self._wake.notify_all()

    def _take(self, index: int) -> list[_Job] | None:
        """Every job waiting now (at most MAX_BATCH), of one register key; waits for one.
        A sync() for this worker first: an empty post under the new key. None once
        closed."""
        with self._wake:
            while not self._jobs and not self._closed and self._sync[index] is None:
                self._wake.wait()
            if self._sync[index] is not None and not self._closed:
                job, self._sync[index] = self._sync[index], None
                return [job]
            if self._closed:
                for job in self._jobs:
                    job.future.set_exception(TextWorkerFailed(STOPPED))
                self._jobs.clear()
                return None
            batch = [self._jobs.popleft()]
            while self._jobs and len(batch) < MAX_BATCH and self._jobs[0].key == batch[0].key:
                batch.append(self._jobs.popleft())
            return batch

    def _feed(self, index: int) -> None:
        """One worker process's feeder, in the service: starts it, sends it batches, and
        starts it again if it dies."""
        while not self._closed:
            process, conn = _spawn(index)
            self.pids[index] = process.pid
            try:
                message = conn.recv()  # ("ready",) once its models are loaded
            except (EOFError, OSError):
                log.error("text worker %d died while loading its models", index)
                _reap(process, conn)
                time.sleep(RESTART_PAUSE)
                continue
            if message[0] != "ready":
                log.error("text worker %d could not start:\n%s", index, message[1])
                _reap(process, conn)
                self._refuse(index, message[1])  # starting it again would fail the same way
                return
            self._ready[index] = True
            self._serve(index, process, conn)
            self._ready[index] = False
            _reap(process, conn)
            if self._closed:
                return

    def _refuse(self, index: int, why: str) -> None:
        """A worker that cannot load its models (a model package missing): the checks it
        would have taken fail saying so, rather than wait for ever."""
        last = why.strip().splitlines()[-1] if why.strip() else "unknown error"
        while (batch := self._take(index)) is not None:
            for job in batch:
                job.future.set_exception(
                    TextWorkerFailed(
                        f"The text checker could not load its models ({last}). Tell the "
                        "admin: `make install` puts them in place, then restart the service."
                    )
                )

    def _serve(self, index: int, process, conn) -> None:
        """Send batches to one live worker until it dies."""
        known = object()  # the register key the worker has
        while (batch := self._take(index)) is not None:
            if not process.is_alive():  # died while idle: its batch goes to another
                log.error("text worker %d died; starting it again", index)
                with self._wake:
                    self._jobs.extendleft(reversed(batch))
                    self._wake.notify()
                return
            key = batch[0].key
            try:
                register = batch[0].register() if key != known else None
            except Exception as exc:  # the database unreadable: each request says so
                for job in batch:
                    job.future.set_exception(exc)
                continue
            try:
                conn.send((key, register, [(j.text, j.school) for j in batch]))
                status, payload = conn.recv()
            except (EOFError, OSError):
                log.error("text worker %d died; starting it again", index)
                for job in batch:
                    job.future.set_exception(
                        TextWorkerFailed(
                            "The text checker stopped unexpectedly and is starting again. "
                            "Send the post again in a minute; if it keeps happening, tell "
                            "the admin (the service's log says why)."
                        )
                    )
                return
            except Exception as exc:  # noqa: BLE001 - a post or answer that would not pickle
                for job in batch:
                    job.future.set_exception(exc)
                continue
            if status != "ok":
                error = RuntimeError(f"text worker {index} failed:\n{payload}")
                for job in batch:
                    job.future.set_exception(error)
                continue
            known = key
            for job, findings in zip(batch, payload, strict=True):
                job.future.set_result(findings)


def _spawn(index: int):
    # spawn, not fork: the service has threads (waitress's, the warm-up's) and a forked
    # child would inherit their locks held.
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    process = context.Process(
        target=worker_main, args=(theirs,), name=f"clearpost-text-{index}", daemon=True
    )
    process.start()
    theirs.close()
    return process, ours


def _reap(process, conn) -> None:
    conn.close()
    process.join(timeout=5)
    if process.is_alive():
        process.kill()
        process.join()


def worker_main(conn) -> None:
    """A worker process: load the models, then answer batches until the service goes."""
    import signal

    # First, while this process has one thread (blas_threads.py: the start-up deadlock).
    from .blas_threads import one_blas_thread

    one_blas_thread()
    # Ctrl-C reaches the whole process group: the service stops, and closing the pipe
    # stops this process.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.disable(logging.WARNING)  # Presidio warns about each spaCy label it does not map
    try:
        from ..detect.text.text_pii import TextDetector

        detector = TextDetector()
        detector.load()
    except Exception:
        _send(conn, ("failed", traceback.format_exc()))
        return
    if not _send(conn, ("ready",)):
        return
    while True:
        try:
            key, register, posts = conn.recv()
        except (EOFError, OSError):
            return  # the service is gone
        try:
            if register is not None:
                detector.use_register(key, lambda register=register: register)
            answer = ("ok", detector.find_many(posts))
        except Exception:
            answer = ("error", traceback.format_exc())
        if not _send(conn, answer):
            return


def _send(conn, message) -> bool:
    """Send to the service; False when it has gone (stopped while this worker loaded or
    worked): the worker then ends quietly, not with a traceback in the service's log."""
    try:
        conn.send(message)
        return True
    except (BrokenPipeError, EOFError, OSError):
        return False
