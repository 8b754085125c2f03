"""A long check followed while it runs (POST /api/v1/checks, GET /api/v1/checks/<id>): what
the extension shows as "Checking video … 40%". Through a real `clearpost serve` with a real
register (Tom, no consent, enrolled from biden.jpg), and the check's real models.

Also in-process (the app, real models and SQLite) for the timeouts, with short ones.
"""

import base64
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import test_serve
from test_check_request import BOUNDARY, multipart
from video_clips import Actor, Clip

from conftest import PUPILS_CSV, face, upn

CLI = Path(sys.executable).with_name("clearpost")
FORM = f"multipart/form-data; boundary={BOUNDARY}"


def still(x, y):
    return lambda t: (x, y)


@pytest.fixture(scope="module")
def tom_clip() -> bytes:
    """Tom (no consent) stands still for 6 s: 12 steady samples, a dozen progress reports."""
    return Clip(seconds=6, actors=[Actor("biden", 120, still(0.5, 0.5))]).render()


@pytest.fixture(scope="module")
def long_clip() -> bytes:
    """4 minutes of Tom: long enough to be cancelled while it is checked. A still scene
    costs little since the detector looks only where the picture changed (40 s were checked
    in 1.5 s, before the abandoned-check test could see it running)."""
    return Clip(seconds=240, fps=5, size=(320, 180), noise=False,
                actors=[Actor("biden", 90, still(0.5, 0.5))]).render()  # fmt: skip


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """`clearpost serve` with the three pupils, Tom's face enrolled; (base, token, run)."""
    home = tmp_path_factory.mktemp("jobs") / "data"
    env = dict(os.environ, CLEARPOST_HOME=str(home))
    env.pop("CLEARPOST_DATABASE_URL", None)

    def run(*args):
        done = subprocess.run([str(CLI), *args], env=env, capture_output=True, text=True,
                              timeout=120)  # fmt: skip
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    home.mkdir(parents=True)
    csv = home.parent / "pupils.csv"
    csv.write_text(PUPILS_CSV, encoding="utf-8")
    run("register", "import", str(csv))
    run("register", "enrol", upn(2), str(face("fr/examples/biden.jpg")))
    token = run("token").strip().splitlines()[-1].strip()
    base, proc = test_serve.start(home)
    yield base, token, run
    proc.terminate()
    proc.wait(timeout=20)
    proc.stdout.close()


def call(base, token, method, path, body=None, content_type="application/json"):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    if body is not None:
        headers["Content-Type"] = content_type
    request = urllib.request.Request(base + path, data=body, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=120) as reply:
            return reply.status, json.loads(reply.read()), dict(reply.headers)
    except urllib.error.HTTPError as error:
        with error:
            return error.code, json.loads(error.read()), dict(error.headers)


def form(clip: bytes, **fields) -> bytes:
    parts = [(k, None, None, str(v).encode()) for k, v in fields.items()]
    return multipart(*parts, ("images", "clip.mp4", "video/mp4", clip))


def follow(base, token, job_id, seen=None, limit=180):
    """Ask every 0.1 s until the job is done or failed: (status, last answer)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        status, body, _ = call(base, token, "GET", f"/api/v1/checks/{job_id}")
        if seen is not None:
            seen.append(body)
        if status != 200 or body["state"] in ("done", "failed"):
            return status, body
        time.sleep(0.1)
    pytest.fail(f"the check {job_id} did not end within {limit} s")


def test_a_clip_is_followed_as_it_is_checked_then_gives_the_checks_answer(served, tom_clip):
    base, token, _ = served
    status, job, headers = call(
        base,
        token,
        "POST",
        "/api/v1/checks",
        form(tom_clip, text="Sports day!", want_fixes="true"),
        FORM,
    )
    assert status == 202, job
    assert headers["Location"] == f"/api/v1/checks/{job['id']}"
    assert job["state"] in ("queued", "running") and job["percent"] == 0
    seen = []
    status, done = follow(base, token, job["id"], seen)
    assert status == 200 and done["state"] == "done" and done["percent"] == 100
    # The progress moved while the check ran: several steps, never backwards, under 100.
    running = [s["percent"] for s in seen if s["state"] == "running"]
    assert len(set(running)) >= 3, running
    assert running == sorted(running) and max(running) < 100
    assert done["total_seconds"] == pytest.approx(6.0, abs=0.2)
    assert done["done_seconds"] >= 5.5 and done["frames"] == 60
    # The answer is the one /check gives: Tom is blocked, with the seconds he is seen,
    # and a clean copy of the clip is offered.
    result = done["result"]
    assert result["verdict"] == "block"
    [tom] = [f for f in result["findings"] if f["kind"] == "face"]
    assert tom["rule"] == "face.no_consent" and tom["seconds"][0] == 0.0
    assert result["videos"][0]["frames_decoded"] == 60
    assert base64.b64decode(result["fixes"]["videos"][0]["data"])[4:8] == b"ftyp"
    direct = call(base, token, "POST", "/api/v1/check", form(tom_clip, text="Sports day!"), FORM)
    assert direct[0] == 200 and direct[1]["verdict"] == result["verdict"]
    assert [f["rule"] for f in direct[1]["findings"]] == [f["rule"] for f in result["findings"]]
    # Collected: forgotten. Asking again is a 404 that says what to do.
    status, gone, _ = call(base, token, "GET", f"/api/v1/checks/{job['id']}")
    assert status == 404 and "Post again" in gone["message"]


def test_a_request_that_cannot_be_checked_is_refused_at_once_as_by_check(served):
    base, token, _ = served
    status, body, _ = call(base, token, "POST", "/api/v1/checks", b'{"text": ')
    assert status == 400 and "not valid JSON" in body["message"]
    status, body, _ = call(base, token, "POST", "/api/v1/checks", json.dumps({"text": ""}).encode())
    assert status == 400 and "Nothing to check" in body["message"]
    avi = b"RIFF\x00\x00\x00\x00AVI LIST" + b"\x00" * 200
    status, body, _ = call(base, token, "POST", "/api/v1/checks", form(avi), FORM)
    assert status == 415 and "export it as an MP4" in body["message"]
    not_a_photo = multipart(("images", "photo.jpg", "image/jpeg", b"{}"))
    status, body, _ = call(base, token, "POST", "/api/v1/checks", not_a_photo, FORM)
    assert status == 400 and "images[0]" in body["message"]
    status, body, _ = call(base, "", "POST", "/api/v1/checks", form(avi), FORM)
    assert status == 401 and "token" in body["message"]


def test_a_clip_that_turns_out_truncated_fails_with_the_refusal_check_gives(served, tom_clip):
    base, token, _ = served
    cut = tom_clip[: len(tom_clip) * 2 // 3]
    status, job, _ = call(base, token, "POST", "/api/v1/checks", form(cut), FORM)
    assert status == 202, job
    status, failed = follow(base, token, job["id"])
    direct_status, direct, _ = call(base, token, "POST", "/api/v1/check", form(cut), FORM)
    assert (status, failed["error"], failed["message"]) == (
        direct_status, direct["error"], direct["message"],
    )  # fmt: skip
    assert status == 400 and failed["state"] == "failed" and "truncated" in failed["message"]
    assert call(base, token, "GET", f"/api/v1/checks/{job['id']}")[0] == 404


def test_a_check_is_its_callers_only(served, tom_clip):
    base, token, run = served
    other = next(w for w in run("tokens", "issue", "Mr Other").split() if w.startswith("cps_"))
    status, job, _ = call(base, token, "POST", "/api/v1/checks", form(tom_clip), FORM)
    assert status == 202
    for method in ("GET", "DELETE"):
        status, body, _ = call(base, other, method, f"/api/v1/checks/{job['id']}")
        assert status == 404, body
    assert follow(base, token, job["id"])[1]["state"] == "done"


def test_a_cancelled_check_stops_and_lets_the_next_one_run(served, long_clip):
    """Cancelled while it runs: the check stops at its next progress report and gives the
    service's one photo-check turn back, so it is never audited as a check."""
    base, token, run = served
    before = len(run("audit", "--action", "check", "--json").splitlines())
    status, job, _ = call(base, token, "POST", "/api/v1/checks", form(long_clip), FORM)
    assert status == 202
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        body = call(base, token, "GET", f"/api/v1/checks/{job['id']}")[1]
        if body["state"] == "running" and body["percent"] > 0:
            break
        time.sleep(0.1)
    status, body, _ = call(base, token, "DELETE", f"/api/v1/checks/{job['id']}")
    assert status == 200 and body == {"cancelled": True}
    assert call(base, token, "GET", f"/api/v1/checks/{job['id']}")[0] == 404
    # A photo check needs the turn the clip's check held: it gets it, and then the log
    # holds that check only (the clip's would have been audited had it run on).
    photo = base64.b64encode(face("fr/examples/biden.jpg").read_bytes()).decode()
    status, _, _ = call(base, token, "POST", "/api/v1/check",
                        json.dumps({"text": "Hello", "images": [photo]}).encode())  # fmt: skip
    assert status == 200
    time.sleep(2)
    audit = run("audit", "--action", "check", "--json").splitlines()
    entries = [json.loads(line) for line in audit]
    assert len(entries) == before + 1
    last = max(entries, key=lambda e: e["id"])["detail"]
    assert (last["images"], last["videos"]) == (1, 0)


# ---- in process: the timeouts and the bound -------------------------------------------


@pytest.fixture
def jobs_app(app, enrolled, monkeypatch):
    from clearpost.checks import check_jobs

    monkeypatch.setattr(check_jobs, "KEEP_ANSWER", 1.0)
    monkeypatch.setattr(check_jobs, "ABANDONED_AFTER", 1.5)
    yield app
    # Stop what a test left running: its thread would hold the photo-check turn.
    jobs = app.extensions.get("clearpost_check_jobs")
    for job in list(jobs._jobs.values()) if jobs else []:
        job.cancelled.set()
        deadline = time.monotonic() + 30
        while job.ended is None and time.monotonic() < deadline:
            time.sleep(0.05)


def _start(client, token, clip):
    reply = client.post("/api/v1/checks", data=form(clip), content_type=FORM,
                        headers={"Authorization": f"Bearer {token}"})  # fmt: skip
    return reply.status_code, reply.get_json()


def _get(client, token, job_id):
    reply = client.get(f"/api/v1/checks/{job_id}", headers={"Authorization": f"Bearer {token}"})
    return reply.status_code, reply.get_json()


def test_an_answer_nobody_collects_is_forgotten(jobs_app, token, tom_clip):
    client = jobs_app.test_client()
    status, job = _start(client, token, tom_clip[:4000] + b"\x00" * 10)  # fails at once
    assert status == 202
    deadline = time.monotonic() + 30
    while "clearpost_check_jobs" not in jobs_app.extensions or any(
        j.ended is None for j in jobs_app.extensions["clearpost_check_jobs"]._jobs.values()
    ):
        assert time.monotonic() < deadline
        time.sleep(0.05)
    time.sleep(1.2)  # past KEEP_ANSWER
    status, body = _get(client, token, job["id"])
    assert status == 404 and "forgotten" in body["message"]


def test_a_check_nobody_asks_about_is_stopped_and_forgotten(jobs_app, token, long_clip):
    client = jobs_app.test_client()
    status, job = _start(client, token, long_clip)
    assert status == 202
    jobs = jobs_app.extensions["clearpost_check_jobs"]
    held = jobs._jobs[job["id"]]
    time.sleep(2.0)  # past ABANDONED_AFTER, nobody asking
    deadline = time.monotonic() + 30
    while held.ended is None:  # it stops at its next progress report
        assert time.monotonic() < deadline, "the abandoned check ran on"
        time.sleep(0.05)
    assert held.cancelled.is_set() and held.answer is None
    assert _get(client, token, job["id"])[0] == 404


def test_past_the_jobs_held_a_new_one_is_a_429_saying_to_wait(jobs_app, token, long_clip,
                                                              monkeypatch):  # fmt: skip
    from clearpost.checks import check_jobs

    monkeypatch.setattr(check_jobs, "HELD", 1)
    client = jobs_app.test_client()
    status, first = _start(client, token, long_clip)
    assert status == 202
    status, body = _start(client, token, long_clip)
    assert status == 429 and "wait a minute" in body["message"]
    reply = client.delete(f"/api/v1/checks/{first['id']}",
                          headers={"Authorization": f"Bearer {token}"})  # fmt: skip
    assert reply.status_code == 200
    assert _start(client, token, long_clip)[0] == 202
