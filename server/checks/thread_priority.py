"""Photo and video checks behind text checks in the CPU's queue: the threads that run them
have a higher nice value (`clearpost serve --photo-nice`, default PHOTO_NICE).

Why: a text check is what a member of staff waits on while typing (the extension checks
the post again after each edit, ~11 ms of CPU), a photo check costs ~1 s of CPU and is
expected to take a second or two. At the same priority, two photo clients took over a core
and the text checks fell to 70/s with p95 346 ms (`make soak`, 16 text + 2 photo clients);
at nice 10 the photo checks use what the text checks leave (README, Reliability).

How: Linux keeps a nice value per thread, and a thread inherits its creator's, so the
model runtimes' own thread pools (onnxruntime's intra-op threads, OpenCV's) made from one
of these threads run at its nice too (PhotoChecker.warm loads the models there). An
unprivileged process may raise a thread's nice but never lower it again, so only threads
that do nothing else are niced: the photo check's own pools and a video check's job
thread, never waitress's request threads nor the text workers. On a system without
per-thread priorities (not Linux) this does nothing.
"""

import logging
import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

log = logging.getLogger(__name__)

PHOTO_NICE = 10  # CFS weight 110 against 1024 at nice 0: ~10% of a core when both want it


def lower_this_thread(nice: int) -> bool:
    """Run the calling thread `nice` steps below the process's priority (its main thread's;
    at most nice 19). Whether it changed. A thread made by a niced thread starts at its
    creator's nice: it is set to the same level, not lowered again."""
    if nice <= 0 or not sys.platform.startswith("linux"):
        return False
    tid = threading.get_native_id()
    try:
        target = min(19, os.getpriority(os.PRIO_PROCESS, os.getpid()) + nice)
        if thread_nice() >= target:
            return False
        os.setpriority(os.PRIO_PROCESS, tid, target)
    except OSError as exc:  # a sandbox that forbids it: the checks run, at normal priority
        log.warning("Could not lower the priority of thread %s: %s", tid, exc)
        return False
    return True


def thread_nice() -> int:
    """The calling thread's nice value (0 where threads have no priority of their own)."""
    if not sys.platform.startswith("linux"):
        return 0
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def pool(workers: int, name: str, nice: int) -> ThreadPoolExecutor:
    """A thread pool whose threads run `nice` steps below the process's priority."""
    return ThreadPoolExecutor(
        max_workers=workers, thread_name_prefix=name, initializer=lower_this_thread,
        initargs=(nice,),
    )  # fmt: skip
