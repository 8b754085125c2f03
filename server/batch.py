"""Checking a folder of photos (`clearpost batch`): the same detectors and policy as a post.

One process, one set of models: every photo goes through one shared `Checker`, whose
photo check already runs its two pipelines (faces; OCR and badge) side by side on
the two cores. `workers` > 1 runs several photos at once over that same checker; on a
2-core machine it does not help (see README), so the default is 1.

A bad file (corrupt, unreadable, too big, not really an image) is recorded with its
reason and the run goes on. Each finished photo is appended to a run state file
(JSON lines, 0600, in the data folder, keyed by path + size + mtime), so an
interrupted run keeps what it did and `resume` checks only what is left. The run is
audited once, with counts only: file and folder names can hold children's names.
"""

import base64
import contextlib
import hashlib
import json
import os
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from .batch_report import thumbnail, write_private
from .errors import ClearpostError, FolderRefused
from .folders import FileRefused, check_folder, read_photo
from .images import MAX_BYTES

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".jpe", ".png", ".webp", ".heic", ".heif", ".gif"}
# Findings a cleaned copy deals with: faces are blurred, names and other writing in the
# picture covered, metadata stripped. Any other block (none today for a photo alone,
# but a school can raise a rule to block) means the photo cannot be made safe.
FIXED_BY_CLEANING = {"face", "image_text", "metadata"}
SORT_FOLDERS = {"allow": "ok", "warn": "check", "block": "blocked", "error": "check"}
STATE_VERSION = 1


# -- which files ---------------------------------------------------------------------------


def scan(folder: Path, exclude=()) -> tuple[list[Path], list[tuple[str, str]]]:
    """The photos under `folder` (recursively, sorted) and the other files, with why they
    were skipped; folders in `exclude` (the tool's own output folders) are not entered."""
    root = Path(folder).resolve()
    excluded = {Path(e).resolve() for e in exclude}
    photos, skipped = [], []

    def unreadable(exc: OSError) -> None:
        skipped.append((_rel(root, Path(exc.filename)), f"cannot open ({exc.strerror})"))

    for here, dirs, files in os.walk(root, onerror=unreadable):
        here = Path(here)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and here / d not in excluded)
        for name in sorted(files):
            path = here / name
            suffix = path.suffix.lower()
            if name.startswith("."):
                skipped.append((_rel(root, path), "hidden file"))
            elif suffix in PHOTO_SUFFIXES:
                photos.append(path)
            else:
                skipped.append((_rel(root, path), f"not a photo ({suffix or 'no extension'})"))
    return photos, skipped


def _rel(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def file_key(root: Path, path: Path) -> list:
    """What says a photo is the one already checked: its path, size and modification time."""
    st = path.stat()
    return [_rel(root, path), st.st_size, st.st_mtime_ns]


def _key_or_none(root: Path, path: Path) -> list | None:
    try:
        return file_key(root, path)
    except OSError:  # a dangling link, or a file gone since the scan: checked again
        return None


# -- checking one photo ----------------------------------------------------------------------


def check_one(checker, root: Path, path: Path, account: str, fix_dir: Path | None) -> dict:
    """Check one photo: a row for the report and the state file. Never raises for a bad
    file: the row says what was wrong with it."""
    from .check import CheckRequest

    rel = _rel(root, path)
    row = {"path": rel, "verdict": "error", "findings": []}
    try:
        data, st = read_photo(path, root, checker.services.home, MAX_BYTES)
    except FileRefused as exc:
        row["error"] = f"Not checked: {exc}."
        return row
    row["key"] = [rel, st.st_size, st.st_mtime_ns]
    try:
        request = CheckRequest(images=[data], account=account, want_fixes=fix_dir is not None)
        # A batch is audited once, as a run (record_audit), not photo by photo. Its rows
        # are kept (state, reports): tagged with the people in them, for erasure.
        result = checker.check(request, "batch", audit=False, tag=checker.services.subject_tag)
    except ClearpostError as exc:
        row["error"] = str(exc).replace("images[0]", "The file")
        return row
    except Exception as exc:  # noqa: BLE001 - one bad file never stops the run
        row["error"] = f"Could not check this file ({type(exc).__name__}: {exc})."
        return row
    row["verdict"] = result["verdict"]
    row["findings"] = result["findings"]
    row["tags"] = sorted({t for f in result["findings"] for t in f.get("tags", ())})
    # The check succeeded: if the thumbnail fails, the report shows no picture.
    with contextlib.suppress(Exception):
        row.update(thumbnail(data, result["findings"]))
    if fix_dir is not None:
        row["fix"] = write_fix(result, fix_dir, rel)
    return row


def write_fix(result: dict, fix_dir: Path, rel: str) -> dict:
    """Write the cleaned copy when it makes the photo safe, else say why it cannot."""
    left = [f for f in result["findings"]
            if f["severity"] == "block" and f["kind"] not in FIXED_BY_CLEANING]  # fmt: skip
    if left:
        why = [f.get("reason") or f["rule"] for f in left]
        return {"status": "cannot", "why": why}
    cleaned = result["fixes"]["images"][0]
    suffix = ".png" if cleaned["content_type"] == "image/png" else ".jpg"
    original = Path(rel)
    same = original.suffix.lower() in ((".png",) if suffix == ".png" else (".jpg", ".jpeg", ".jpe"))
    # A HEIC becomes a JPEG: keep its old extension in the name, so "a.heic" and "a.jpg"
    # in one folder do not overwrite each other.
    target = original if same else original.with_name(
        f"{original.stem}-{original.suffix.lstrip('.').lower()}{suffix}")  # fmt: skip
    out = fix_dir / target
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(base64.b64decode(cleaned["data"]))
    return {"status": "cleaned", "to": target.as_posix(), "blurred": cleaned["blurred"],
            "covered": cleaned["covered"]}  # fmt: skip


# -- the run state (for --resume) ---------------------------------------------------------


def state_path(home: Path, folder: Path) -> Path:
    """The run state of one folder, in the data folder (it holds thumbnails of faces)."""
    digest = hashlib.sha256(str(Path(folder).resolve()).encode()).hexdigest()[:16]
    return Path(home) / "reports" / f"batch-state-{digest}.jsonl"


def _read_state(path: Path) -> tuple[dict | None, dict]:
    if not path.exists():
        return None, {}
    header, rows = None, {}
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh):
            try:
                item = json.loads(line)
            except ValueError:
                continue  # the line being written when the run was stopped
            if number == 0:
                header = item
            elif isinstance(item, dict) and "path" in item:
                rows[item["path"]] = item
    return header, rows


class State:
    """JSON lines: a header (what the results depend on), then one line per photo."""

    def __init__(self, path: Path, header: dict, keep: list[dict]):
        self.path = path
        write_private(path, "".join(json.dumps(x) + "\n" for x in [header, *keep]))
        self._fh = open(path, "a", encoding="utf-8")  # noqa: SIM115 - closed by close()

    def append(self, row: dict) -> None:
        self._fh.write(json.dumps(row) + "\n")
        self._fh.flush()

    def close(self) -> None:
        self._fh.close()


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
        return 20 if self.counts["block"] else 0


def _settings_digest(svc) -> str:
    return hashlib.sha256(json.dumps(svc.settings.data, sort_keys=True).encode()).hexdigest()[:16]


def prepare(svc, folder: Path, *, account="official", fix_dir=None, resume=False, workers=1,
            exclude=()) -> Plan:  # fmt: skip
    """List the photos, and with `resume` the ones an earlier run of this folder finished
    (same file, same register, same settings, same account)."""
    root = Path(folder).resolve()
    if not root.is_dir():
        raise FolderRefused(f"{folder} is not a folder.")
    check_folder(root, svc.home)
    fix_dir = Path(fix_dir).resolve() if fix_dir is not None else None
    photos, skipped = scan(root, [*exclude, svc.home])
    header = {"clearpost_batch_state": STATE_VERSION, "account": account,
              "register": svc.register.version(), "settings": _settings_digest(svc),
              "fix": str(fix_dir) if fix_dir else None}  # fmt: skip
    path = state_path(svc.home, root)
    notes, reused = [], {}
    if resume:
        old, rows = _read_state(path)
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
                row = rows.get(_rel(root, p))
                if (
                    row
                    and row.get("key") == _key_or_none(root, p)
                    and _fix_kept(row, fix_dir, same_fix)
                ):
                    reused[row["path"]] = row
    todo = [p for p in photos if _rel(root, p) not in reused]
    return Plan(svc, root, account, fix_dir, workers, photos, skipped, todo, reused, path,
                header, notes)  # fmt: skip


def _fix_kept(row: dict, fix_dir: Path | None, same_fix: bool) -> bool:
    if fix_dir is None:
        return True
    fix = row.get("fix")
    if not same_fix or not fix:
        return False
    return fix["status"] != "cleaned" or (fix_dir / fix["to"]).exists()


def execute(plan: Plan, on_result=None, actor: str = "batch") -> Outcome:
    """Check what is left to check; `on_result(row)` after each photo. Ctrl-C stops the run
    cleanly: what was finished is kept (and saved for a resume)."""
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
        return check_one(checker, plan.root, path, plan.account, plan.fix_dir)

    try:
        if plan.workers <= 1:
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
    record_audit(plan.svc, outcome, plan.account, actor)
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


def record_audit(svc, outcome: Outcome, account: str, actor: str) -> None:
    """One entry for the whole run: counts and rules, never a file or folder name."""
    counts = outcome.counts
    rules = Counter(f["rule"] for r in outcome.results for f in r.get("findings", []))
    svc.register.record(
        actor, "batch", None, account=account, photos=len(outcome.results),
        allow=counts["allow"], warn=counts["warn"], block=counts["block"],
        unreadable=counts["error"], skipped=len(outcome.skipped), resumed=outcome.reused,
        interrupted=outcome.interrupted, rules=dict(sorted(rules.items())),
    )  # fmt: skip


# -- sorting copies --------------------------------------------------------------------------


def sort_copies(root: Path, results: list[dict], sort_dir: Path, home: Path) -> Counter:
    """Copy (never move) each photo into ok/, check/ or blocked/ under `sort_dir`, keeping
    its subfolders; a photo that could not be checked goes to check/. The copy is made
    from what `read_photo` reads (never shutil.copy, which follows links anywhere)."""
    moved = Counter()
    for r in results:
        folder = SORT_FOLDERS[r["verdict"]]
        target = Path(sort_dir) / folder / r["path"]
        try:
            data, st = read_photo(Path(root) / r["path"], root, home, MAX_BYTES)
        except FileRefused as exc:
            r["sorted_to"] = f"not copied ({exc})"
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            target.unlink(missing_ok=True)  # a link left there is replaced, not written through
            with open(target, "xb") as fh:
                fh.write(data)
            os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))
        except OSError as exc:
            r["sorted_to"] = f"not copied ({exc.strerror})"
            continue
        r["sorted_to"] = f"{folder}/{r['path']}"
        moved[folder] += 1
    return moved
