"""One photo (or video) of a batch checked: a row for the report and the state file, with
its verdict, findings, thumbnail and cleaned copy. Never raises for a bad file: the row says
what was wrong with it, and the run goes on. batch.py runs it over a folder, here or on a
Dask cluster's workers (check_remote)."""

import contextlib
from pathlib import Path

from ..detect.images import MAX_BYTES
from ..errors import ClearpostError
from ..vocab import UNCHECKED
from .copies import write_fix
from .folders import FileRefused, read_photo
from .scan import VIDEO_SUFFIXES, rel
from .thumbnails import thumbnail


def check_remote(home: str, root: str, path: str, account: str, fix_dir: str | None) -> dict:
    """On a cluster's worker (cluster.py): check_one for one photo, with the worker's models."""
    from .cluster import worker_services

    fix = Path(fix_dir) if fix_dir else None
    return check_one(worker_services(home).checker, Path(root), Path(path), account, fix)


def check_one(checker, root: Path, path: Path, account: str, fix_dir: Path | None,
              progress=None) -> dict:  # fmt: skip
    """Check one photo or video: a row for the report and the state file. Never raises for
    a bad file: the row says what was wrong with it. `progress(path, frames, seconds,
    of_seconds)` as a video is decoded."""
    from ..checks.post import CheckRequest

    name = rel(root, path)
    row = {"path": name, "verdict": UNCHECKED, "findings": []}
    limit = MAX_BYTES
    if path.suffix.lower() in VIDEO_SUFFIXES:
        limit = checker.services.settings.data["video"]["max_mb"] * 1024 * 1024
    try:
        data, st = read_photo(path, root, checker.services.home, limit)
    except FileRefused as exc:
        row["error"] = f"Not checked: {exc}."
        return row
    row["key"] = [name, st.st_size, st.st_mtime_ns]
    try:
        request = CheckRequest(images=[data], account=account, want_fixes=fix_dir is not None)
        # A batch is audited once, as a run (record_audit), not photo by photo. Its rows
        # are kept (state, reports): tagged with the people in them, for erasure.
        result = checker.check(
            request, "batch", audit=False, tag=checker.services.subject_tag,
            progress=progress and (lambda _i, *p: progress(name, *p)),
        )  # fmt: skip
    except ClearpostError as exc:
        row["error"] = str(exc).replace("images[0]", "The file")
        return row
    except Exception as exc:  # noqa: BLE001 - one bad file never stops the run
        row["error"] = f"Could not check this file ({type(exc).__name__}: {exc})."
        return row
    row["verdict"] = result["verdict"]
    row["findings"] = result["findings"]
    row["tags"] = sorted({t for f in result["findings"] for t in f.get("tags", ())})
    if result.get("videos"):
        # A video's picture in the report: each person's face, with when they are seen.
        clip = result["videos"][0]
        row["video"] = {k: clip[k] for k in ("seconds", "samples", "people", "audio_note")}
    else:
        # The check succeeded: if the thumbnail fails, the report shows no picture.
        with contextlib.suppress(Exception):
            row.update(thumbnail(data, result["findings"]))
    if fix_dir is not None:
        row["fix"] = write_fix(result, fix_dir, name)
    return row
