"""Photo checks behind text checks in the CPU's queue (server/checks/thread_priority.py):
every step of a photo check, and the model runtimes' own threads, run at a higher nice
than the threads that answer requests and check texts; `clearpost serve --photo-nice`
sets how much. Linux only (per-thread nice values).
"""

import io
import json
import os
import sys
import threading
import time
import urllib.request
from base64 import b64encode
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw
from test_serve import start

from clearpost.checks.post import CheckRequest
from clearpost.checks.thread_priority import lower_this_thread, pool, thread_nice
from clearpost.services import Services

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="per-thread nice values are Linux's"
)


def task_nices(pid: int | str = "self") -> dict[int, int]:
    """Each thread of a process (its task id) and its nice value, from /proc."""
    out = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            fields = (task / "stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue  # a thread that ended between the listing and the read
        out[int(task.name)] = int(fields[16])  # field 19 of stat(5): nice
    return out


def a_photo() -> bytes:
    """A photo with words on it (the OCR lane reads them) and some texture."""
    rng = np.random.default_rng(3)
    pixels = rng.integers(90, 160, (480, 640, 3), dtype=np.uint8)
    image = Image.fromarray(pixels)
    draw = ImageDraw.Draw(image)
    draw.rectangle((60, 180, 580, 300), fill="white")
    draw.text((80, 220), "SPORTS DAY 2026", fill="black", font_size=48)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def test_a_pool_runs_its_threads_below_the_caller_and_leaves_the_caller_alone():
    base = thread_nice()
    with pool(1, "niced", 4) as executor:
        assert executor.submit(thread_nice).result() == min(19, base + 4)
        # A pool made from a niced thread runs at the same level, not 4 below it again.
        inner = executor.submit(lambda: pool(1, "inner", 4).submit(thread_nice).result())
        assert inner.result() == min(19, base + 4)
    assert thread_nice() == base
    # 0 changes nothing (and says so).
    seen = []

    def zero():
        seen.append(lower_this_thread(0))
        seen.append(thread_nice())

    t = threading.Thread(target=zero)
    t.start()
    t.join()
    assert seen == [False, base]


def test_every_detector_and_every_runtime_thread_of_a_photo_check_runs_niced(tmp_path):
    svc = Services(tmp_path / "data")
    svc.photo_nice = 6
    base = thread_nice()
    photos = svc.checker.photos
    before = set(task_nices())
    # The models load in a niced thread: the threads onnxruntime and OpenCV start for them
    # are niced too (without it, CenterFace's and the OCR's intra-op threads ran at 0).
    photos.warm()
    started = {tid: nice for tid, nice in task_nices().items() if tid not in before}
    assert started, "loading the photo models started no thread"
    assert all(nice >= base + 6 for nice in started.values()), started

    ran_at = {}
    for detector in photos.detectors:
        name = type(detector).__name__

        def probe(photo, ctx, find=detector.find, name=name):
            ran_at[name] = thread_nice()
            return find(photo, ctx)

        detector.find = probe
    answer = svc.checker.check(CheckRequest(text="Sports day!", images=[a_photo()]), "test")
    assert answer["verdict"] in {"allow", "warn", "block"}
    assert set(ran_at) == {type(d).__name__ for d in photos.detectors}
    assert all(nice == base + 6 for nice in ran_at.values()), ran_at
    assert thread_nice() == base  # the caller (a request's thread) is never niced


def test_without_a_nice_value_the_photo_check_runs_in_the_callers_thread(tmp_path):
    svc = Services(tmp_path / "data")  # batch, find and the CLI: photo_nice 0
    photos = svc.checker.photos
    callers = []
    detector = next(iter(photos.detectors))
    find = detector.find
    detector.find = lambda photo, ctx: callers.append(threading.get_ident()) or find(photo, ctx)
    svc.checker.check(CheckRequest(text="", images=[a_photo()]), "test")
    assert callers == [threading.get_ident()]


def test_serve_runs_photo_checks_at_its_photo_nice_and_requests_at_its_own(tmp_path):
    home = tmp_path / "data"
    home.mkdir()
    base, proc = start(home, "--workers", "1", "--photo-nice", "7")
    try:
        token = (home / "api.token").read_text().strip()
        body = json.dumps({"text": "Sports day!", "images": [b64encode(a_photo()).decode()],
                           "account": "official"}).encode()  # fmt: skip
        request = urllib.request.Request(
            base + "/api/v1/check", body,
            {"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )  # fmt: skip
        with urllib.request.urlopen(request, timeout=180) as reply:
            assert reply.status == 200
        nices = task_nices(proc.pid)
        own = nices[proc.pid]  # the main thread: the service's own priority
        niced = [tid for tid, nice in nices.items() if nice == min(19, own + 7)]
        # The faces lane, the words lane (and the encoder's helper), the runtimes' threads.
        assert len(niced) >= 3, nices
        # waitress's request threads and the rest stay at the service's priority.
        assert sum(nice == own for nice in nices.values()) >= 8, nices
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        proc.stdout.close()


def test_serve_refuses_a_nice_value_out_of_range(tmp_path):
    import subprocess

    from test_serve import CLI

    env = dict(os.environ, CLEARPOST_HOME=str(tmp_path / "data"))
    done = subprocess.run([str(CLI), "serve", "--photo-nice", "25"], env=env,
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 2
    assert "--photo-nice" in done.stderr and "0<=x<=19" in done.stderr


def test_a_video_checks_job_thread_runs_niced_and_the_caller_does_not(tmp_path):
    from clearpost.checks.check_jobs import CheckJobs

    base = thread_nice()
    jobs = CheckJobs(nice=5)
    job = jobs.start("someone", [0], lambda progress: {"verdict": "allow", "nice": thread_nice()})
    deadline = time.monotonic() + 30
    while job.state != "done" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert job.answer == {"verdict": "allow", "nice": min(19, base + 5)}
    assert thread_nice() == base
