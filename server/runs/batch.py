"""A batch check (`clearpost batch`, the admin page's Batch): every photo in a folder
checked as a post would be, with the same detectors and policy.

One process, one set of models: every photo goes through one shared `Checker`, whose
photo check already runs its two pipelines (faces; OCR and badge) side by side on the
two cores. `workers` > 1 runs several photos at once over that same checker: the setting
`batch_workers` (0, the default: one per core, at most 8) decides for the CLI and the
admin page alike; on a 2-core machine 2 workers were ~7% faster than 1 (bench/batch.py).

A bad file (corrupt, unreadable, too big, not really an image) is recorded with its
reason and the run goes on (batch_photo.py checks each photo). Each finished photo is
appended to the run state (state.py), so an interrupted run keeps what it did and `resume`
checks only what is left. The run is audited once, with counts only: file and folder
names can hold children's names.
"""

import hashlib
import json
import os
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from ..config.settings import MAX_BATCH_WORKERS
from ..errors import FolderRefused
from ..vocab import UNCHECKED, Account, Verdict
from .batch_photo import check_one, check_remote
from .folders import check_folder
from .reports import report_path, write_csv, write_html, write_json
from .scan import key_or_none, rel, scan
from .state import STATE_VERSION, State, read_state, state_path


def worker_count(svc) -> int:
    """Photos checked at once: the setting batch_workers, or one per core (at most 8)."""
    return svc.settings.data["batch_workers"] or min(MAX_BATCH_WORKERS, os.cpu_count() or 1)


# -- a run ---------------------------------------------------------------------------------


@dataclass
class Plan:
    svc: object
    root: Path
    account: str
    fix_dir: Path | None
    workers: int
    photos: list[Path]
    skipped: list[tuple[str, str]]
    todo: list[Path]
    reused: dict
    state_file: Path
    header: dict
    notes: list[str] = field(default_factory=list)
    scheduler: str | None = None  # a Dask scheduler's address: the photos checked there


@dataclass
class Outcome:
    results: list[dict]
    skipped: list[tuple[str, str]]
    checked: int
    reused: int
    interrupted: bool
    seconds: float
    notes: list[str]

    @property
    def counts(self) -> Counter:
        return Counter(r["verdict"] for r in self.results)

    def exit_code(self) -> int:
        """0 nothing blocked, 20 something blocked, 130 stopped before the end."""
        if self.interrupted:
            return 130
        return 20 if self.counts[Verdict.BLOCK] else 0


def _settings_digest(svc) -> str:
    return hashlib.sha256(json.dumps(svc.settings.data, sort_keys=True).encode()).hexdigest()[:16]


def prepare(svc, folder: Path, *, account=Account.OFFICIAL, fix_dir=None, resume=False, workers=1,
            exclude=(), scheduler=None) -> Plan:  # fmt: skip
    """List the photos (the one scan of the folder), and with `resume` the ones an earlier
    run of this folder finished (same file, same register, same settings, same account).
    The CLI and the admin page pass `workers=worker_count(svc)` (the CLI: unless told)."""
    root = Path(folder).resolve()
    if not root.is_dir():
        raise FolderRefused(f"{folder} is not a folder on this machine: give its full path.")
    check_folder(root, svc.home)
    fix_dir = Path(fix_dir).resolve() if fix_dir is not None else None
    photos, skipped = scan(root, [*exclude, svc.home], videos=True)
    header = {"clearpost_batch_state": STATE_VERSION, "account": account,
              "register": svc.register.version(), "settings": _settings_digest(svc),
              "fix": str(fix_dir) if fix_dir else None}  # fmt: skip
    path = state_path(svc.home, root)
    notes, reused = [], {}
    if resume:
        old, rows = read_state(path)
        if old is None:
            notes.append("No earlier run of this folder to resume: checking every photo.")
        elif any(old.get(k) != header[k] for k in ("clearpost_batch_state", "account",
                                                     "register", "settings")):  # fmt: skip
            notes.append(
                "The register, the settings or the account changed since the earlier run: "
                "checking every photo again."
            )
        else:
            same_fix = old.get("fix") == header["fix"]
            for p in photos:
                row = rows.get(rel(root, p))
                if (
                    row
                    and row.get("key") == key_or_none(root, p)
                    and _fix_kept(row, fix_dir, same_fix)
                ):
                    reused[row["path"]] = row
    todo = [p for p in photos if rel(root, p) not in reused]
    return Plan(svc, root, account, fix_dir, workers, photos, skipped, todo, reused, path,
                header, notes, scheduler)  # fmt: skip


def _fix_kept(row: dict, fix_dir: Path | None, same_fix: bool) -> bool:
    if fix_dir is None:
        return True
    fix = row.get("fix")
    if not same_fix or not fix:
        return False
    return fix["status"] != "cleaned" or (fix_dir / fix["to"]).exists()


def execute(plan: Plan, on_result=None, actor: str = "batch", on_progress=None) -> Outcome:
    """Check what is left to check; `on_result(row)` after each photo; `on_progress(path,
    frames, seconds, of_seconds)` while a video is decoded. Ctrl-C stops the run cleanly:
    what was finished is kept (and saved for a resume)."""
    started = time.perf_counter()
    results = dict(plan.reused)
    state = State(plan.state_file, plan.header, list(plan.reused.values()))
    checker = plan.svc.checker
    interrupted = False

    def accept(row):
        results[row["path"]] = row
        state.append(row)
        if on_result is not None:
            on_result(row)

    def one(path):
        return check_one(checker, plan.root, path, plan.account, plan.fix_dir, on_progress)

    try:
        if plan.scheduler:
            from . import cluster

            fix = str(plan.fix_dir) if plan.fix_dir else None
            cluster.run(plan.scheduler, check_remote, [
                (str(plan.svc.home), str(plan.root), str(p), plan.account, fix)
                for p in plan.todo
            ], accept)  # fmt: skip
        elif plan.workers <= 1:
            for path in plan.todo:
                accept(one(path))
        else:
            _in_threads(plan, one, accept)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        state.close()
    ordered = [results[k] for k in sorted(results)]
    outcome = Outcome(ordered, plan.skipped, len(results) - len(plan.reused), len(plan.reused),
                      interrupted, time.perf_counter() - started, list(plan.notes))  # fmt: skip
    if interrupted:
        outcome.notes.append(
            f"Stopped after {len(ordered)} of {len(plan.photos)} photos. Run the same command "
            "with --resume to check the rest."
        )
    record_audit(plan.svc, outcome, plan.account, actor, plan.workers)
    return outcome


def _in_threads(plan: Plan, one, accept) -> None:
    """Several photos at once over the one checker; a few queued, so Ctrl-C is quick."""
    pool = ThreadPoolExecutor(max_workers=plan.workers, thread_name_prefix="batch")
    queue, running = iter(plan.todo), set()
    try:
        while True:
            while len(running) < plan.workers * 2:
                path = next(queue, None)
                if path is None:
                    break
                running.add(pool.submit(one, path))
            if not running:
                return
            done, running = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                accept(future.result())
    except KeyboardInterrupt:
        pool.shutdown(wait=True, cancel_futures=True)
        for future in running:
            if future.done() and not future.cancelled():
                accept(future.result())
        raise
    finally:
        pool.shutdown(wait=True)


def record_audit(svc, outcome: Outcome, account: str, actor: str, workers: int = 1) -> None:
    """One entry for the whole run: counts and rules, never a file or folder name."""
    counts = outcome.counts
    rules = Counter(f["rule"] for r in outcome.results for f in r.get("findings", []))
    svc.register.record(
        actor, "batch", None, account=account, photos=len(outcome.results),
        allow=counts[Verdict.ALLOW], warn=counts[Verdict.WARN], block=counts[Verdict.BLOCK],
        unreadable=counts[UNCHECKED], skipped=len(outcome.skipped), resumed=outcome.reused,
        interrupted=outcome.interrupted, rules=dict(sorted(rules.items())), workers=workers,
    )  # fmt: skip


# -- what the run says, the same wherever it was started -------------------------------------


def title(plan: Plan) -> str:
    return f"Check of {plan.root.name} ({plan.account} account)"


def summary(counts: Counter) -> str:
    """The run in one sentence, on the command line and the admin page alike."""
    allow = counts[Verdict.ALLOW]
    return (
        f"{counts[Verdict.BLOCK]} blocked, {counts[Verdict.WARN]} to check, {allow} allowed, "
        f"{counts[UNCHECKED]} could not be checked: {allow} may go out as "
        + ("it is" if allow == 1 else "they are")
    )


def write_reports(svc, plan: Plan, outcome: Outcome, html: Path | None = None,
                  json_out: Path | None = None, csv_out: Path | None = None) -> Path:  # fmt: skip
    """The HTML report (by default reports/batch-DATE.html in the data folder) and, when
    asked, JSON and CSV. Each is remembered where it was written: erasing a pupil
    rewrites it."""
    path = svc.report_files.remember(html or report_path(svc.home, "batch"))
    write_html(path, outcome.results, outcome.skipped, title(plan), outcome.notes)
    if json_out is not None:
        write_json(svc.report_files.remember(json_out), outcome.results, outcome.skipped,
                   {"account": plan.account})  # fmt: skip
    if csv_out is not None:
        write_csv(svc.report_files.remember(csv_out), outcome.results)
    return path
