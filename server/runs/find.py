"""Finding one pupil's face in a folder of photos and video clips (`clearpost find`, the
admin page's archive search), e.g. when a parent withdraws consent and every photo of their
child must be taken down; in a clip, with the seconds they are seen.

Only the face engine runs (detect, encode), and each face is compared with that
pupil's own templates only: nearer than face_match.MATCH is a match, nearer than
UNCERTAIN a possible match for a person to look at. A pupil without templates (no
biometric consent, an objection, or never enrolled) cannot be searched for: we say so
rather than report "not found".
"""

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..detect.image.face_match import MATCH, UNCERTAIN
from ..detect.images import MAX_BYTES, load_image
from ..errors import ClearpostError, FolderRefused, NotSearchable
from ..vocab import Channel, FindingKind, PersonKind, Severity
from .folders import FileRefused, check_folder, read_photo
from .reports import report_path, write_html, write_json
from .scan import VIDEO_SUFFIXES, rel, scan
from .thumbnails import thumbnail

LABELS = {
    "match": "The pupil (match)",
    "possible": "Possibly the pupil: look",
    "error": "Could not be checked",
}
# Only photos where the pupil appears (and the ones that could not be read) are listed.
LISTED = set(LABELS)


def pupil_templates(svc, upn: str):
    """The pupil (a PupilView) and their face templates as a matrix; NotSearchable when
    they have none, saying why."""
    pupil = svc.register.pupil(upn)
    rows = [enc for kind, ref, enc in svc.register.templates()
            if kind == PersonKind.PUPIL and ref == pupil.upn]  # fmt: skip
    if rows:
        return pupil, np.stack(rows)
    if pupil.pupil_objects_biometric:
        why = "the pupil objects to biometric processing, so no face template is held"
    elif not pupil.consents.get(Channel.BIOMETRIC):
        why = (
            "there is no biometric consent, so no face template is held (withdrawing "
            "biometric consent deletes the templates: search before recording that)"
        )
    else:
        why = ("they are not enrolled: no face template is held. Enrol a photo with "
               f"`clearpost register enrol {pupil.upn} PHOTO` first")  # fmt: skip
    raise NotSearchable(
        f"{pupil.display} cannot be searched for by face: {why}. Look through the photos "
        "by eye, or run `clearpost batch` for every face that needs checking."
    )


def confidence(distance: float) -> str:
    """'match' (nearer than MATCH), 'possible' (nearer than UNCERTAIN), else ''."""
    if distance < MATCH:
        return "match"
    return "possible" if distance < UNCERTAIN else ""


@dataclass
class FindPlan:
    svc: object
    pupil: object  # a PupilView
    templates: np.ndarray
    root: Path
    photos: list[Path]
    skipped: list[tuple[str, str]]
    tags: list[str]  # the pupil's report tag: the whole report is about them
    scheduler: str | None = None  # a Dask scheduler's address: the photos searched there


@dataclass
class FindOutcome:
    pupil: str  # the display name
    results: list[dict]  # only photos where the pupil appears, and unreadable ones
    searched: int
    skipped: list[tuple[str, str]]
    interrupted: bool
    seconds: float
    notes: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)  # the pupil's report tag: the whole report

    @property
    def counts(self) -> Counter:
        return Counter(r["verdict"] for r in self.results)


def _nearest(engine, templates: np.ndarray, image):
    """The faces found in `image` (turned when sideways) with each one's distance to the
    nearest of the pupil's templates: (found, distances), distances None without faces."""
    found = engine.find_faces(image)  # a sideways photo is turned for its faces
    if not found.faces:
        return found, None
    encodings = np.stack(engine.encode_many(found.image, found.faces))
    # distances[i]: face i to the nearest of the pupil's templates
    return found, np.linalg.norm(encodings[:, None, :] - templates[None, :, :], axis=2).min(axis=1)


def search_one(engine, templates: np.ndarray, root: Path, path: Path, display: str,
               home: Path, tags=(), video_limits: dict | None = None) -> dict:  # fmt: skip
    """One photo (or, with `video_limits`, the settings' `video`, one clip): the nearest
    face to the pupil's templates, as a report row; `tags`: the pupil's report tag, marking
    the row for erasure."""
    row = {"path": rel(root, path), "verdict": "", "findings": []}
    clip = video_limits is not None and path.suffix.lower() in VIDEO_SUFFIXES
    try:
        limit = video_limits["max_mb"] * 1024 * 1024 if clip else MAX_BYTES
        data, _ = read_photo(path, root, home, limit)
        if clip:
            return _search_clip(engine, templates, data, row, display, video_limits, tags)
        image = load_image(data, "The file")
    except FileRefused as exc:
        row.update(verdict="error", error=f"Not searched: {exc}.")
        return row
    except ClearpostError as exc:  # ImageRejected; a clip's VideoRejected
        row.update(verdict="error", error=str(exc))
        return row
    found, distances = _nearest(engine, templates, image)
    if distances is None:
        return row
    faces = found.faces
    for face, distance in zip(faces, distances, strict=True):
        label = confidence(float(distance))
        if not label:
            continue
        words = "match" if label == "match" else "possible match: check by eye"
        row["findings"].append({
            "kind": FindingKind.FACE, "rule": f"find.{label}", "severity": Severity.BLOCK,
            "box": found.box_in_photo(face.box),
            "distance": round(float(distance), 3),
            "reason": f"{display}: {words} (distance {distance:.2f}; 0 is identical, "
                      f"under {MATCH} a match, under {UNCERTAIN} possible)",
        })  # fmt: skip
    if row["findings"]:
        best = min(f["distance"] for f in row["findings"])
        row["verdict"] = confidence(best)
        row["distance"] = best
        row["tags"] = list(tags)
        row.update(thumbnail(data, row["findings"]))
    return row


def _spans(times: list[float], step: float) -> list[list[float]]:
    """Sampled seconds where the pupil is seen, as [first, last] spans: two samples further
    apart than 1.5 sampling steps (a sample between them did not show the pupil) part."""
    spans = []
    for t in sorted(times):
        if spans and t - spans[-1][1] <= step * 1.5:
            spans[-1][1] = t
        else:
            spans.append([t, t])
    return [[round(a, 2), round(b, 2)] for a, b in spans]


def _search_clip(engine, templates, data: bytes, row: dict, display: str, limits: dict,
                 tags) -> dict:  # fmt: skip
    """One clip, sampled as the video check samples it (a steady rate, keyframes, scene
    cuts, checks/video/sampling.py): every sampled frame's faces against the pupil's
    templates. The row: the nearest sighting (its frame as the thumbnail, its box) and the
    seconds the pupil is seen at all, as spans."""
    import io

    from ..checks.video.probe import open_video
    from ..checks.video.sampling import Looked, samples

    looked, seen, best = Looked(), {"match": [], "possible": []}, None
    with open_video(data, "The file", limits) as (container, stream, info):
        for sample in samples(container, stream, info, limits, "The file", looked):
            found, distances = _nearest(engine, templates, sample.image)
            if distances is None:
                continue
            i = int(np.argmin(distances))
            label = confidence(float(distances[i]))
            if not label:
                continue
            seen[label].append(sample.time)
            if best is None or distances[i] < best[0]:
                best = (float(distances[i]), sample.time, found.box_in_photo(found.faces[i].box),
                        sample.image)  # fmt: skip
    if best is None:
        return row
    distance, at, box, frame = best
    label = confidence(distance)
    spans = _spans(seen["match"] + seen["possible"], looked.step)
    when = ", ".join(f"{a:.1f} s" if a == b else f"{a:.1f}-{b:.1f} s" for a, b in spans)
    words = "match" if label == "match" else "possible match: check by eye"
    row["findings"].append({
        "kind": FindingKind.FACE, "rule": f"find.{label}", "severity": Severity.BLOCK,
        # `spans`, not `seconds`: a video check's finding has one [first, last] there.
        "box": box, "distance": round(distance, 3), "spans": spans, "at": round(at, 2),
        "reason": f"{display}: {words} (distance {distance:.2f} at {at:.1f} s; seen at "
                  f"{when}; 0 is identical, under {MATCH} a match, under {UNCERTAIN} "
                  "possible)",
    })  # fmt: skip
    row.update(verdict=label, distance=round(distance, 3), tags=list(tags), seconds=spans)
    buf = io.BytesIO()
    frame.save(buf, "JPEG", quality=85)  # the frame the pupil is nearest in, for the report
    row.update(thumbnail(buf.getvalue(), row["findings"]))
    return row


def search_remote(home: str, upn: str, root: str, path: str, display: str, tags: list) -> dict:
    """On a cluster's worker (cluster.py): search_one for one photo, the templates read
    there from the register (nothing biometric is sent)."""
    from .cluster import worker_services

    svc = worker_services(home)
    _, templates = pupil_templates(svc, upn)
    return search_one(svc.faces, templates, Path(root), Path(path), display, Path(home), tags,
                      svc.settings.data["video"])  # fmt: skip


def prepare(svc, upn: str, folder: Path, exclude=(), scheduler=None) -> FindPlan:
    """The pupil and their templates (NotSearchable says why not) and the photos under
    `folder`: the one scan of the folder."""
    root = Path(folder).resolve()
    if not root.is_dir():
        raise FolderRefused(f"{folder} is not a folder on this machine: give its full path.")
    check_folder(root, svc.home)
    pupil, templates = pupil_templates(svc, upn)
    photos, skipped = scan(root, [*exclude, svc.home], videos=True)  # clips searched too
    return FindPlan(svc, pupil, templates, root, photos, skipped, [svc.subject_tag(pupil.upn)],
                    scheduler)  # fmt: skip


def execute(plan: FindPlan, on_result=None, actor: str = "find") -> FindOutcome:
    """Every photo of the plan where the pupil appears, nearest first; `on_result(row)`
    after each photo. Ctrl-C stops it, keeping what was found."""
    svc, pupil = plan.svc, plan.pupil
    started, found, interrupted, searched = time.perf_counter(), [], False, 0

    def accept(row):
        nonlocal searched
        searched += 1
        if row["verdict"] in LISTED:
            found.append(row)
        if on_result is not None:
            on_result(row)

    try:
        if plan.scheduler:
            from . import cluster

            cluster.run(plan.scheduler, search_remote, [
                (str(svc.home), pupil.upn, str(plan.root), str(p), pupil.display, plan.tags)
                for p in plan.photos
            ], accept)  # fmt: skip
        else:
            for path in plan.photos:
                accept(search_one(svc.faces, plan.templates, plan.root, path, pupil.display,
                                  svc.home, plan.tags, svc.settings.data["video"]))  # fmt: skip
    except KeyboardInterrupt:
        interrupted = True
    found.sort(key=lambda r: (r["verdict"] == "error", r.get("distance", 9), r["path"]))
    outcome = FindOutcome(pupil.display, found, searched, plan.skipped, interrupted,
                          time.perf_counter() - started, tags=plan.tags)  # fmt: skip
    if interrupted:
        outcome.notes.append(
            f"Stopped after {searched} of {len(plan.photos)} photos: run it again."
        )
    counts = outcome.counts
    svc.register.record(
        actor, "find", pupil.upn, photos=searched, match=counts["match"],
        possible=counts["possible"], unreadable=counts["error"], interrupted=interrupted,
    )  # fmt: skip
    return outcome


# -- what the search says, the same wherever it was started ----------------------------------


def title(plan: FindPlan) -> str:
    return f"Photos of {plan.pupil.display}"


def summary(outcome: FindOutcome) -> str:
    """The search in one sentence, on the command line and the admin page alike."""
    counts = outcome.counts
    return (
        f"{outcome.pupil}: {counts['match']} match(es), {counts['possible']} possible, in "
        f"{outcome.searched} photo(s); {counts['error']} could not be read"
    )


def write_reports(svc, plan: FindPlan, outcome: FindOutcome, html: Path | None = None,
                  json_out: Path | None = None) -> Path:  # fmt: skip
    """The HTML report (by default reports/find-DATE.html in the data folder) and, when
    asked, JSON; each remembered where it was written, for erasure."""
    path = svc.report_files.remember(html or report_path(svc.home, "find"))
    write_html(path, outcome.results, outcome.skipped, title(plan), outcome.notes,
               labels=LABELS, tags=outcome.tags)  # fmt: skip
    if json_out is not None:
        write_json(svc.report_files.remember(json_out), outcome.results, outcome.skipped,
                   {"pupil": plan.pupil.display}, labels=LABELS, tags=outcome.tags)  # fmt: skip
    return path
