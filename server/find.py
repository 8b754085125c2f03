"""Finding one pupil's face in a folder of photos (`clearpost find`), e.g. when a parent
withdraws consent and every photo of their child must be taken down.

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

from .batch import _rel, scan
from .batch_report import thumbnail
from .detect.face_match import MATCH, UNCERTAIN
from .errors import FolderRefused, ImageRejected, NotSearchable
from .folders import FileRefused, check_folder, read_photo
from .images import MAX_BYTES, load_image

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
            if kind == "pupil" and ref == pupil.upn]  # fmt: skip
    if rows:
        return pupil, np.stack(rows)
    if pupil.pupil_objects_biometric:
        why = "the pupil objects to biometric processing, so no face template is held"
    elif not pupil.consents.get("biometric"):
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


def search_one(engine, templates: np.ndarray, root: Path, path: Path, display: str,
               home: Path, tags=()) -> dict:  # fmt: skip
    """One photo: the nearest face to the pupil's templates, as a report row; `tags`: the
    pupil's report tag, marking the row for erasure."""
    rel = _rel(root, path)
    row = {"path": rel, "verdict": "", "findings": []}
    try:
        data, _ = read_photo(path, root, home, MAX_BYTES)
        image = load_image(data, "The file")
    except FileRefused as exc:
        row.update(verdict="error", error=f"Not searched: {exc}.")
        return row
    except ImageRejected as exc:
        row.update(verdict="error", error=str(exc))
        return row
    found = engine.find_faces(image)  # a sideways photo is turned for its faces
    faces = found.faces
    if not faces:
        return row
    encodings = np.stack(engine.encode_many(found.image, faces))
    # distances[i]: face i to the nearest of the pupil's templates
    distances = np.linalg.norm(encodings[:, None, :] - templates[None, :, :], axis=2).min(axis=1)
    for face, distance in zip(faces, distances, strict=True):
        label = confidence(float(distance))
        if not label:
            continue
        words = "match" if label == "match" else "possible match: check by eye"
        row["findings"].append({
            "kind": "face", "rule": f"find.{label}", "severity": "block",
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


def find(svc, upn: str, folder: Path, on_result=None, exclude=(), actor: str = "find"):
    """Every photo under `folder` where pupil `upn` appears, nearest first. Returns the
    outcome; `on_result(row)` after each photo. Ctrl-C stops it, keeping what was found."""
    root = Path(folder).resolve()
    if not root.is_dir():
        raise FolderRefused(f"{folder} is not a folder.")
    check_folder(root, svc.home)
    pupil, templates = pupil_templates(svc, upn)
    photos, skipped = scan(root, [*exclude, svc.home])
    engine = svc.faces
    outcome_tags = [svc.subject_tag(pupil.upn)]
    started, found, interrupted, searched = time.perf_counter(), [], False, 0
    try:
        for path in photos:
            row = search_one(engine, templates, root, path, pupil.display, svc.home,
                             outcome_tags)  # fmt: skip
            searched += 1
            if row["verdict"] in LISTED:
                found.append(row)
            if on_result is not None:
                on_result(row)
    except KeyboardInterrupt:
        interrupted = True
    found.sort(key=lambda r: (r["verdict"] == "error", r.get("distance", 9), r["path"]))
    outcome = FindOutcome(pupil.display, found, searched, skipped, interrupted,
                          time.perf_counter() - started, tags=outcome_tags)  # fmt: skip
    if interrupted:
        outcome.notes.append(f"Stopped after {searched} of {len(photos)} photos: run it again.")
    counts = outcome.counts
    svc.register.record(
        actor, "find", pupil.upn, photos=searched, match=counts["match"],
        possible=counts["possible"], unreadable=counts["error"], interrupted=interrupted,
    )  # fmt: skip
    return outcome
