"""Soak test: `make soak`. A real `clearpost serve` under many clients for minutes.

16 text clients and 2 photo clients (the numbers are options) post to one service on a
throw-away data folder holding the labelled posts' register (tests/data), with two
pupils' faces enrolled from ../shared. Half-way through, the register is imported again
by the CLI (another process, as an admin would), with extra pupils. It prints:

- requests/s and p50/p95 per kind of request (text, photo);
- every answer that is not a 2xx;
- wrong answers: each post's answer against the verdict that post got when checked alone
  before the load (the load must change nothing), and the audit log against the answers
  (one `check` entry per answer, the same verdict, per client);
- the service's resident memory over time (VmRSS from /proc/PID/status).

A plain script (threads and http.client), not locust: 18 clients need no framework, and
the figures then need nothing installed beyond the project. Exits 1 when any answer was
not a 2xx or wrong, the audit does not match, or a --max-* bound is broken (what the
tests use).
"""

import argparse
import contextlib
import csv
import http.client
import io
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from base64 import b64encode
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
FACES = ROOT.parent / "shared" / "fixtures" / "faces"
CLI = Path(sys.executable).parent / "clearpost"
# Two faces, each enrolled as one pupil.
PHOTOS = {"fr/examples/obama.jpg": 0, "fr/examples/biden.jpg": 1}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tree(pid: int) -> list[int]:
    """The process and its descendants (the service's text workers)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*"):
            with contextlib.suppress(OSError):  # the thread or process ended meanwhile
                todo += [int(c) for c in (task / "children").read_text().split()]
    return out


def rss_mb(pid: int) -> float:
    """The resident memory of the service and its worker processes now, in MB (VmRSS in
    /proc/PID/status, summed)."""
    total = 0.0
    for p in _tree(pid):
        try:
            lines = Path(f"/proc/{p}/status").read_text().splitlines()
        except OSError:  # gone meanwhile
            continue
        total += next((int(x.split()[1]) for x in lines if x.startswith("VmRSS:")), 0) / 1024
    return total


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by the service and its worker processes."""
    total = 0
    for p in _tree(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
    return total / os.sysconf("SC_CLK_TCK")


class Service:
    """`clearpost serve` on its own data folder, with the labelled posts' register."""

    def __init__(self, home: Path, threads: int, env: dict[str, str], workers: int | None = None,
                 photo_nice: int | None = None):  # fmt: skip
        self.home = home
        self.workers = workers
        self.photo_nice = photo_nice
        self.port = free_port()
        self.env = {**os.environ, "CLEARPOST_HOME": str(home), **env}
        self.env.pop("CLEARPOST_DATABASE_URL", None)
        self.threads = threads
        self.process = None

    def cli(self, *args: str) -> str:
        done = subprocess.run(
            [str(CLI), *args], env=self.env, capture_output=True, text=True, timeout=300
        )
        if done.returncode != 0:
            raise RuntimeError(f"clearpost {' '.join(args)}: {done.stdout}{done.stderr}")
        return done.stdout

    def prepare(self, photos: bool) -> list[str]:
        """The register, school details and staff of tests/data; faces enrolled. Returns
        the UPNs of the pupils whose faces were enrolled."""
        self.home.mkdir(parents=True, exist_ok=True)
        school = json.loads((DATA / "school.json").read_text())
        (self.home / "settings.json").write_text(json.dumps({"school": school}))
        self.cli("register", "import", str(DATA / "register_pupils.csv"))
        self.cli("register", "import-staff", str(DATA / "register_staff.csv"))
        rows = list(csv.DictReader(io.StringIO((DATA / "register_pupils.csv").read_text())))
        # Two pupils whose parents consented to a face template (every one of the labelled
        # register's pupils without social-media consent lacks it).
        upns = [r["upn"] for r in rows if r["biometric_consent"] == "yes"][:2]
        if photos:
            for photo, who in PHOTOS.items():
                self.cli("register", "enrol", upns[who], str(FACES / photo))
        self.token = self.cli("token").strip().splitlines()[-1].strip()
        return upns

    def start(self) -> None:
        with open(self.home / "serve.log", "ab") as log:
            workers = ["--workers", str(self.workers)] if self.workers else []
            if self.photo_nice is not None:
                workers += ["--photo-nice", str(self.photo_nice)]
            self.process = subprocess.Popen(
                [str(CLI), "serve", "--port", str(self.port), "--threads", str(self.threads),
                 *workers], env=self.env, stdout=log, stderr=log,
            )  # fmt: skip
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                probe = Client(self)
                try:
                    status, body = probe.get("/api/v1/health")
                finally:
                    probe.close()
                if status == 200 and json.loads(body)["models"]["text"] == "loaded":
                    return
            except OSError:
                pass
            if self.process.poll() is not None:
                break
            time.sleep(0.5)
        raise RuntimeError(f"the service did not start: see {self.home / 'serve.log'}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


class Client:
    """One keep-alive HTTP connection, as the extension in one browser has."""

    def __init__(self, service: Service, name: str = "soak"):
        self.service = service
        self.name = name
        self.conn = None

    def _request(self, method: str, path: str, body: bytes | None, headers: dict):
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.service.port, timeout=120)
            try:
                self.conn.request(method, path, body=body, headers=headers)
                reply = self.conn.getresponse()
                data = reply.read()
                if reply.getheader("Connection", "").lower() == "close":
                    self.conn.close()
                    self.conn = None
                return reply.status, data
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # A kept-alive connection the server closed between requests: open another.
                self.conn.close()
                self.conn = None
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def get(self, path: str):
        return self._request("GET", path, None, {})

    def check(self, post: dict):
        headers = {
            "Authorization": f"Bearer {self.service.token}",
            "Content-Type": "application/json",
            "X-Clearpost-User": self.name,
        }
        return self._request("POST", "/api/v1/check", json.dumps(post).encode(), headers)


def text_posts(count: int | None = None) -> list[dict]:
    """The labelled posts of tests/data (the first `count`): real school posts, ~90
    characters on average."""
    lines = (DATA / "posts.jsonl").read_text(encoding="utf-8").splitlines()
    posts = [json.loads(line) for line in lines if line.strip()][:count]
    return [{"text": p["text"], "account": p["account"], "label": p["verdict"]} for p in posts]


def photo_posts() -> list[dict]:
    out = []
    for photo in PHOTOS:
        data = b64encode((FACES / photo).read_bytes()).decode()
        out.append({"text": "Our class trip to the museum today!", "images": [data],
                    "account": "official", "label": None})  # fmt: skip
    return out


def request_body(post: dict) -> dict:
    return {k: v for k, v in post.items() if k != "label"}


def expected_verdicts(service: Service, posts: list[dict]) -> list[str]:
    """Each post's verdict when checked alone, before the load: what every answer under
    load must equal."""
    client = Client(service, "soak-reference")
    out = []
    for post in posts:
        status, body = client.check(request_body(post))
        if status != 200:
            raise RuntimeError(f"reference check answered {status}: {body[:300]!r}")
        out.append(json.loads(body)["verdict"])
    client.close()
    return out


class Tally:
    """What the clients saw, shared between their threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.times = defaultdict(list)  # kind -> seconds per answered request
        self.non_2xx = Counter()  # (kind, status) -> count
        self.non_2xx_samples = []
        self.wrong = []  # (client, post index, expected, got)
        self.verdicts = defaultdict(Counter)  # client name -> verdict -> count
        self.errors = []  # exceptions in a client (connection refused, timeout)


def client_loop(service, name, kind, posts, expected, stop, tally, seed):
    rng = random.Random(seed)
    client = Client(service, name)
    while not stop.is_set():
        index = rng.randrange(len(posts))
        started = time.monotonic()
        try:
            status, body = client.check(request_body(posts[index]))
        except Exception as exc:  # the service gone or stalled: counted, the client goes on
            with tally.lock:
                tally.errors.append(f"{name}: {type(exc).__name__}: {exc}")
            client.close()
            client = Client(service, name)
            time.sleep(0.5)
            continue
        took = time.monotonic() - started
        with tally.lock:
            tally.times[kind].append(took)
            if not 200 <= status < 300:
                tally.non_2xx[(kind, status)] += 1
                if len(tally.non_2xx_samples) < 5:
                    tally.non_2xx_samples.append(f"{kind} {status}: {body[:200]!r}")
                continue
            verdict = json.loads(body)["verdict"]
            tally.verdicts[name][verdict] += 1
            if verdict != expected[index]:
                tally.wrong.append((name, index, expected[index], verdict))
    client.close()


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def audit_mismatches(service: Service, tally: Tally) -> list[str]:
    """The audit log's `check` entries per caller against the answers that caller got."""
    out = service.cli("audit", "--action", "check", "--json", "--limit", "100000")
    logged = defaultdict(Counter)
    for line in out.splitlines():
        if line.strip():
            entry = json.loads(line)
            actor = entry["actor"].removeprefix("api:")
            if actor.startswith("soak-") and actor != "soak-reference":
                logged[actor][entry["detail"]["verdict"]] += 1
    problems = []
    for name in sorted(set(logged) | set(tally.verdicts)):
        if logged[name] != tally.verdicts[name]:
            problems.append(
                f"{name}: answers {dict(tally.verdicts[name])}, audit {dict(logged[name])}"
            )
    return problems


def import_pupils_csv(extra: int) -> str:
    """The same register with `extra` new pupils (names in no post), as a new MIS export."""
    from clearpost.detect.text.upn import check_letter

    text = (DATA / "register_pupils.csv").read_text(encoding="utf-8")
    header = text.splitlines()[0].split(",")
    lines = [text.rstrip("\n")]
    for i in range(extra):
        body = f"80120009{i:04d}"
        row = {c: "" for c in header}
        row.update(upn=check_letter(body) + body, forename=f"Soakpupil{i}",
                   surname=f"Soaksurname{i}", year_group="3", **{"class": "Birch"})  # fmt: skip
        for c in header:
            if c.startswith("consent_") or c == "biometric_consent":
                row[c] = "yes"
        lines.append(",".join(row[c] for c in header))
    return "\n".join(lines) + "\n"


def run(args) -> dict:
    """Run the soak; returns the figures (also printed)."""
    photos = args.photo_clients > 0
    if photos and not all((FACES / p).exists() for p in PHOTOS):
        raise SystemExit(f"photo clients need {FACES} (../shared beside the checkout); "
                         "run with --photo-clients 0 without it")  # fmt: skip
    env = dict(pair.split("=", 1) for pair in args.env)
    with tempfile.TemporaryDirectory(prefix="clearpost-soak-") as tmp:
        service = Service(Path(tmp) / "home", args.threads, env, args.workers, args.photo_nice)
        service.prepare(photos)
        service.start()
        pid = service.process.pid
        try:
            return _load(service, pid, args, photos, tmp)
        finally:
            service.stop()


def _load(service, pid, args, photos, tmp) -> dict:
    texts = text_posts(args.posts)
    pictures = photo_posts() if photos else []
    text_expected = expected_verdicts(service, texts)
    photo_expected = expected_verdicts(service, pictures)
    labelled_agree = sum(e == p["label"] for e, p in zip(text_expected, texts, strict=True))
    print(f"service pid {pid} on port {service.port}, {args.threads} threads; "
          f"RSS after the reference pass {rss_mb(pid):.0f} MB; "
          f"{labelled_agree}/{len(texts)} text verdicts as labelled")  # fmt: skip

    tally, stop = Tally(), threading.Event()
    threads = [
        threading.Thread(target=client_loop, daemon=True, args=(
            service, f"soak-text-{i}", "text", texts, text_expected, stop, tally, i))
        for i in range(args.text_clients)
    ] + [
        threading.Thread(target=client_loop, daemon=True, args=(
            service, f"soak-photo-{i}", "photo", pictures, photo_expected, stop, tally, 100 + i))
        for i in range(args.photo_clients)
    ]  # fmt: skip
    duration = args.minutes * 60
    load_before, cpu_before = os.getloadavg()[0], cpu_seconds(pid)
    start = time.monotonic()
    for t in threads:
        t.start()
    samples, imported = [], None
    import_csv = Path(tmp) / "reimport.csv"
    import_csv.write_text(import_pupils_csv(args.import_pupils), encoding="utf-8")
    next_sample = start
    while (now := time.monotonic()) < start + duration:
        if imported is None and now >= start + duration * args.import_at:
            began = time.monotonic()
            service.cli("register", "import", str(import_csv))
            imported = (began - start, time.monotonic() - began)
            print(f"  {began - start:6.0f} s  register imported again "
                  f"(+{args.import_pupils} pupils) in {imported[1]:.1f} s")  # fmt: skip
        if now >= next_sample:
            with tally.lock:
                answered = {k: len(v) for k, v in tally.times.items()}
            samples.append((now - start, rss_mb(pid)))
            print(
                f"  {now - start:6.0f} s  RSS {samples[-1][1]:7.0f} MB  answered "
                + ", ".join(f"{k} {n}" for k, n in sorted(answered.items())),
                flush=True,
            )
            next_sample += args.sample_seconds
        time.sleep(0.2)
    stop.set()
    for t in threads:
        t.join(timeout=130)
    elapsed = time.monotonic() - start
    # The machine may be shared: the load average says how much else ran beside.
    cpu = (cpu_seconds(pid) - cpu_before, load_before, os.getloadavg()[0])
    samples.append((elapsed, rss_mb(pid)))
    audit_problems = audit_mismatches(service, tally)
    return report(args, tally, samples, elapsed, audit_problems, imported, cpu)


def report(args, tally, samples, elapsed, audit_problems, imported, cpu=None) -> dict:
    figures = {"seconds": round(elapsed, 1), "kinds": {}, "rss_mb": samples}
    print(f"\n== {elapsed:.0f} s, {args.text_clients} text + {args.photo_clients} photo clients, "
          f"service with {args.threads} threads, "
          f"text workers: {args.workers or 'default'}, photo nice: "
          f"{'default' if args.photo_nice is None else args.photo_nice}")  # fmt: skip
    if cpu is not None:
        used, load_before, load_after = cpu
        answered = sum(len(t) for t in tally.times.values())
        figures.update(service_cpu_s=used, load_average=(load_before, load_after))
        print(f"service CPU (with its workers): {used:.0f} s, {used / elapsed:.2f} cores busy, "
              f"{used / max(answered, 1) * 1000:.1f} ms per answer; machine load average "
              f"{load_before:.1f} at the start, {load_after:.1f} at the end")  # fmt: skip
    for kind in sorted(tally.times):
        # Requests/s over the whole run, and p50/p95 of each request's time.
        t = tally.times[kind]
        k = {"requests": len(t), "per_second": len(t) / elapsed,
             "p50_ms": percentile(t, 0.5) * 1000, "p95_ms": percentile(t, 0.95) * 1000,
             "max_ms": max(t) * 1000}  # fmt: skip
        figures["kinds"][kind] = k
        print(
            f"{kind:6} {k['requests']:7d} requests  {k['per_second']:6.1f}/s  "
            f"p50 {k['p50_ms']:6.0f} ms  p95 {k['p95_ms']:6.0f} ms  max {k['max_ms']:6.0f} ms"
        )
    non_2xx = sum(tally.non_2xx.values())
    figures.update(non_2xx=non_2xx, wrong=len(tally.wrong), audit_mismatches=audit_problems,
                   client_errors=len(tally.errors), reimport=imported)  # fmt: skip
    print(f"non-2xx: {non_2xx} {dict(tally.non_2xx) or ''}")
    for line in tally.non_2xx_samples:
        print(f"  {line}")
    print(f"wrong answers: {len(tally.wrong)}")
    for name, index, want, got in tally.wrong[:10]:
        print(f"  {name}: post {index} answered {got}, alone it was {want}")
    print(f"audit against answers: {'match' if not audit_problems else 'MISMATCH'}")
    for line in audit_problems[:10]:
        print(f"  {line}")
    if tally.errors:
        print(f"client errors: {len(tally.errors)}, e.g. {tally.errors[0]}")
    rss = [mb for _, mb in samples]
    warm = [mb for t, mb in samples if t >= args.warmup]
    figures["rss_start_mb"], figures["rss_max_mb"] = rss[0], max(rss)
    figures["rss_rise_under_load_mb"] = max(rss) - rss[0]
    # Growth after warm-up: the highest reading of the later half of the run against the
    # highest of the earlier half. A sample can fall in or between photo checks (each holds
    # a few hundred MB while it runs); the highest of several is the same peak in a flat
    # service, and higher in one that keeps what it used.
    half = len(warm) // 2
    growth = max(warm[half:]) - max(warm[:half]) if half else float("nan")
    figures["rss_growth_after_warmup_mb"] = growth
    print(f"RSS: {rss[0]:.0f} MB at the start, {max(rss):.0f} MB at most (+{max(rss) - rss[0]:.0f}"
          f"), {rss[-1]:.0f} MB at the end; after the {args.warmup:.0f} s warm-up the peak of "
          f"the later half against the earlier: {growth:+.0f} MB")  # fmt: skip
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1))
    return figures


def failures(args, figures) -> list[str]:
    """The bounds given on the command line that the figures break."""
    out = []
    if figures["non_2xx"] or figures["wrong"] or figures["audit_mismatches"]:
        out.append("non-2xx answers, wrong answers or audit mismatches")
    if figures["client_errors"]:
        out.append(f"{figures['client_errors']} requests failed at the connection")
    if args.max_rss_rise is not None and not figures["rss_rise_under_load_mb"] <= args.max_rss_rise:
        out.append(f"RSS rose {figures['rss_rise_under_load_mb']:.0f} MB under load "
                   f"(bound {args.max_rss_rise} MB)")  # fmt: skip
    if args.max_rss_growth is not None and not (
        figures["rss_growth_after_warmup_mb"] <= args.max_rss_growth
    ):
        out.append(f"RSS grew {figures['rss_growth_after_warmup_mb']:.0f} MB after warm-up "
                   f"(bound {args.max_rss_growth} MB)")  # fmt: skip
    return out


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        description="Soak a real `clearpost serve`: text and photo clients for minutes, a "
        "register import mid-run; prints requests/s, p50/p95, non-2xx, wrong answers and "
        "the service's memory over time.",
    )
    p.add_argument("--minutes", type=float, default=10, help="how long the load runs (10)")
    p.add_argument("--text-clients", type=int, default=16, help="clients posting text (16)")
    p.add_argument(
        "--photo-clients",
        type=int,
        default=2,
        help="clients posting one photo with a line of text (2); 0 without ../shared",
    )
    p.add_argument(
        "--threads", type=int, default=8, help="the service's --threads (8, as `clearpost serve`)"
    )
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        help="the service's --workers, text-checking processes (its default: one per core)",
    )
    p.add_argument(
        "--photo-nice",
        type=int,
        default=None,
        help="the service's --photo-nice, how far below the text checks photo checks run "
        "(its default: 10; 0 for the same priority)",
    )
    p.add_argument(
        "--import-at",
        type=float,
        default=0.5,
        help="when the register is imported again, as a fraction of the run (0.5)",
    )
    p.add_argument("--import-pupils", type=int, default=200, help="new pupils in that import (200)")
    p.add_argument(
        "--sample-seconds",
        type=float,
        default=10,
        help="how often the service's RSS is read and printed (10)",
    )
    p.add_argument(
        "--warmup", type=float, default=60, help="seconds of load before memory must be flat (60)"
    )
    p.add_argument(
        "--posts",
        type=int,
        default=None,
        help="use only the first N of the 296 labelled posts (all): a shorter reference pass",
    )
    p.add_argument(
        "--max-rss-rise",
        type=float,
        default=None,
        metavar="MB",
        help="exit 1 when RSS under load rises more than MB over the idle service (no bound)",
    )
    p.add_argument(
        "--max-rss-growth",
        type=float,
        default=None,
        metavar="MB",
        help="exit 1 when RSS grows more than MB after the warm-up: the peak of the later half "
        "of the run against the earlier (no bound)",
    )
    p.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="an environment variable for the service (repeatable), e.g. to "
        "compare malloc settings",
    )
    p.add_argument("--json", metavar="FILE", help="also write the figures to FILE as JSON")
    return p


def main(argv=None) -> int:
    args = parser().parse_args(argv)
    figures = run(args)
    problems = failures(args, figures)
    for line in problems:
        print(f"FAILED: {line}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
