"""Keeping the service's memory bounded under load (issue 17, item 5).

Under `make soak` (16 text + 2 photo clients) the service went from ~1.3 GB after its first
checks to ~2.5 GB within ten seconds and stayed there. Measured (bench/soak.py and the same
photo checks in one process, 8 threads, 2 at a time):
- text checks alone: flat (590 -> 603 MB in a minute of 16 clients). spaCy, Presidio and
  the sentence model are loaded once and shared; nothing is copied per thread.
- photo checks: one holds ~300 MB while it runs (the decoded photo, its upright and scaled
  copies, the face detector's and OCR's inputs and outputs). glibc's malloc keeps what was
  freed for reuse instead of giving it back, and keeps it per arena: each waitress thread
  that ever ran a photo check gets an arena of its own (up to 8 per core), so with 8
  threads the high-water marks of many arenas added up: 1,140 MB -> 2,285 MB. One thread
  doing the same checks one after another: 1,453 MB.

So, in the serving process only: at most ARENAS malloc arenas (mallopt M_ARENA_MAX, what
MALLOC_ARENA_MAX sets), freed memory handed back after each photo check (malloc_trim: 6 ms,
beside a photo check of 470 ms alone), and one API photo check at a time
(PHOTO_CHECKS_AT_ONCE, photo_check_turn). One at a time because two gave nothing: a photo
check already runs its two pipelines (faces; OCR and badge) side by side, and on 2 cores
two checks took both cores from the text checks
(4 text + 2 photo clients: text 10 -> 20 checks/s, p95 845 -> 420 ms, photos 0.6 -> 0.5/s)
and held ~500 MB each. In the 40 s soak of tests/test_soak_memory.py, 16 text + 2 photo
clients: the service rose 1,157 MB over its idle size without this, 532 MB with it (one
photo check running), flat after warm-up (-6 MB); text 24 -> 29 checks/s. Tried alone
first, as environment settings: the arena limit saved ~300 MB; a fixed mmap threshold
(MALLOC_MMAP_THRESHOLD_, not used) ~250 MB at the start and nothing under load. On a C library
other than glibc (Windows, macOS, musl) the malloc calls are skipped; the one-at-a-time
bound still holds the peak.
"""

import ctypes
import ctypes.util
import sys
import threading
from contextlib import contextmanager
from functools import cache

ARENAS = 2
PHOTO_CHECKS_AT_ONCE = 1  # see above: 2 used more memory and starved the text checks
_M_ARENA_MAX = -8  # mallopt's parameter number, from glibc's malloc.h

photo_slots = threading.BoundedSemaphore(PHOTO_CHECKS_AT_ONCE)


@cache
def _glibc():
    """glibc, found on first use (not when the module is imported); None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None
    except OSError:
        return None


def limit_malloc_arenas() -> bool:
    """At most ARENAS malloc arenas from now on (call before the request threads start).
    True when glibc took the setting."""
    libc = _glibc()
    return bool(libc and libc.mallopt(_M_ARENA_MAX, ARENAS) == 1)


def give_back() -> None:
    """Hand memory that was freed back to the system (after a photo check)."""
    if libc := _glibc():
        libc.malloc_trim(0)


@contextmanager
def photo_check_turn(has_photos: bool):
    """Around one API check: a post with photos waits for its turn (PHOTO_CHECKS_AT_ONCE),
    and what its check freed is handed back after it. `clearpost batch` does not take
    turns: its --workers choose how many photos at once, in a process of its own."""
    if not has_photos:
        yield
        return
    with photo_slots:
        try:
            yield
        finally:
            give_back()
