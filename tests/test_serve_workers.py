"""`clearpost serve --workers 2`: text checks in two worker processes
(server/serving/text_workers.py), everything else in the service's own process.

A real service, real HTTP: every check answered and audited once, with the same verdict
as the answer; the two workers are the service's children and run no service of their own
(the daily backup, like retention, runs in the service process only: one backup written);
a worker killed mid-load is started again and the service goes on answering.
"""

import json
import os
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

from test_serve import CLI, get, start

POSTS = [
    ("Well done to everyone in Year 4 for a brilliant sports day!", "allow"),
    ("Any questions about the trip, call Mr Patel on 07700 900123.", None),
    ("Thank you to Priya Sharma's mum for baking the cakes for the fair.", None),
]


def post(base: str, token: str, text: str, user: str):
    request = urllib.request.Request(
        base + "/api/v1/check",
        json.dumps({"text": text, "account": "official"}).encode(),
        {"Authorization": f"Bearer {token}", "Content-Type": "application/json",
         "X-Clearpost-User": user},
    )  # fmt: skip
    try:
        with urllib.request.urlopen(request, timeout=120) as reply:
            return reply.status, json.loads(reply.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def children(pid: int) -> list[int]:
    """The service's text workers: its children that multiprocessing spawned (not its
    resource tracker, a small helper process multiprocessing starts beside them)."""
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            listed = (task / "children").read_text().split()
        except OSError:
            continue  # a thread that ended between the listing and the read
        for child in listed:
            try:
                cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
            except OSError:
                continue
            if b"spawn_main" in cmdline:
                out.append(int(child))
    return out


def alive(pid: int) -> bool:
    """Running (not gone, not a zombie waiting to be reaped)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z"
    except OSError:
        return False


def text_loaded(base: str, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if json.loads(get(base + "/api/v1/health")[1])["models"]["text"] == "loaded":
            return
        time.sleep(0.5)
    raise AssertionError("the text workers did not load their models")


def audit(home: Path) -> list[dict]:
    env = dict(os.environ, CLEARPOST_HOME=str(home))
    env.pop("CLEARPOST_DATABASE_URL", None)
    done = subprocess.run([str(CLI), "audit", "--json", "--limit", "10000"], env=env,
                          capture_output=True, text=True, timeout=120, check=True)  # fmt: skip
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def test_two_workers_answer_every_check_once_audited_and_one_backup(tmp_path):
    home, backups = tmp_path / "data", tmp_path / "backups"
    home.mkdir()
    backups.mkdir()
    (home / "settings.json").write_text(json.dumps({"backup": {"folder": str(backups), "hour": 0}}))
    base, proc = start(home, "--workers", "2")
    try:
        text_loaded(base)
        workers = children(proc.pid)
        assert len(workers) == 2, workers
        for pid in workers:  # spawned interpreters running a worker, not a second service
            assert b"serve" not in Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        token = (home / "api.token").read_text().strip()
        answers: dict[str, Counter] = {}

        def client(n: int) -> None:
            name = f"client-{n}"
            answers[name] = Counter()
            for i in range(6):
                text, _ = POSTS[(n + i) % len(POSTS)]
                status, body = post(base, token, text, name)
                assert status == 200, body
                answers[name][body["verdict"]] += 1

        threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=300)
        assert sum(sum(c.values()) for c in answers.values()) == 48
        # The same post, the same verdict, whichever worker took it.
        verdicts = {}
        for text, expected in POSTS:
            status, body = post(base, token, text, "reference")
            assert status == 200
            verdicts[text] = body["verdict"]
            assert expected is None or body["verdict"] == expected
        assert verdicts[POSTS[1][0]] != "allow"  # a phone number and a name: found

        entries = audit(home)
        logged: dict[str, Counter] = {}
        for e in entries:
            if e["action"] == "check" and e["actor"].startswith("api:client-"):
                logged.setdefault(e["actor"].removeprefix("api:"), Counter())[
                    e["detail"]["verdict"]] += 1  # fmt: skip
        assert logged == answers
        # The daily backup ran once, in the service process: one file, one audit entry.
        deadline = time.monotonic() + 60
        while not list(backups.iterdir()) and time.monotonic() < deadline:
            time.sleep(0.5)
        time.sleep(2)
        assert len(list(backups.iterdir())) == 1
        assert sum(e["action"] == "backup.written" for e in audit(home)) == 1
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        proc.stdout.close()
    deadline = time.monotonic() + 30  # the workers go with the service
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(alive(pid) for pid in workers)


def test_a_killed_worker_is_started_again_and_checks_go_on(tmp_path):
    home = tmp_path / "data"
    base, proc = start(home, "--workers", "2")
    try:
        text_loaded(base)
        token = (home / "api.token").read_text().strip()
        first = children(proc.pid)
        os.kill(first[0], signal.SIGKILL)
        # Checks meanwhile: answered by the other worker, or a 503 saying to send it again
        # for one the killed worker held; never a 500, never a hang.
        for _ in range(10):
            status, body = post(base, token, POSTS[1][0], "after-kill")
            assert status in (200, 503), body
            assert status == 200 or "Send the post again" in body["message"]
        deadline = time.monotonic() + 180  # started again, its models loaded
        while time.monotonic() < deadline:
            again = [p for p in children(proc.pid) if alive(p)]
            if len(again) == 2 and first[0] not in again:
                break
            time.sleep(0.5)
        assert len(again) == 2 and first[0] not in again
        text_loaded(base)
        statuses = [post(base, token, POSTS[1][0], "after-restart")[0] for _ in range(10)]
        assert statuses == [200] * 10
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        proc.stdout.close()
