"""Matching detected faces against the register's face templates.

Vectorised over every template at once; the decrypted templates are cached per
register version, so a change (enrolment, consent withdrawn, erasure) made by any
process is seen on the next check and a large register is decrypted once.

Thresholds (Euclidean distance between 128-d encodings; face_recognition's default
is 0.6): measured on the adult photos in ../shared/fixtures/faces/fr (bench/face_matching.py),
the same person's photos were at most 0.53 apart and different people at least 0.70.
Children's faces are known to be closer together than adults', so we are stricter than
0.6: a face is that pupil only when nearer than MATCH and clearly nearer than anyone
else (MARGIN); anything nearer than UNCERTAIN is "uncertain". An uncertain face carries
every person nearer than UNCERTAIN as a candidate, nearest first: the policy treats it as
the strictest consent among them (the nearest is not surely the one), and names none of
them to the person posting (issue 16: on crowd photos 48 strangers fell in the band).
"""

import threading
from dataclasses import dataclass, field

import numpy as np

MATCH = 0.5
UNCERTAIN = 0.6
MARGIN = 0.06


@dataclass
class FaceMatch:
    outcome: str  # "matched" | "uncertain" | "unknown"
    kind: str | None = None  # "pupil" | "staff"
    ref: str | None = None  # UPN or staff ref
    distance: float | None = None
    runner_up: float | None = None
    # Everyone within reach, nearest first: (kind, ref, distance). One entry on a confident
    # match; on an uncertain one, every person nearer than UNCERTAIN.
    candidates: list = field(default_factory=list)
    # Everyone nearer than UNCERTAIN, nearest first, whatever the outcome: the candidates
    # of a face whose match cannot be trusted (unidentifiable_reason).
    nearby: list = field(default_factory=list)

    def capped(self, why: str) -> "FaceMatch":
        """This match for a face we cannot identify surely (turned, partly covered): never
        more than uncertain, among everyone nearby; unknown when nobody is near. A face
        doubted on the detector's score alone keeps a match nearer than COVERED_MATCH."""
        if why == SCORE_ONLY and self.outcome == "matched" and self.distance < COVERED_MATCH:
            return self
        if not self.nearby:
            return FaceMatch("unknown", distance=self.distance)
        kind, ref, distance = self.nearby[0]
        return FaceMatch("uncertain", kind, ref, distance, self.runner_up, self.nearby,
                         self.nearby)  # fmt: skip


# A face the encoder cannot be trusted on (issue 16 item 4): measured on
# ../shared/fixtures/faces with detect/image/face_quality.py's measures.
# - Under 30 px high, 3.4 % of pairs of strangers' faces are nearer than MATCH (0.2 % at
#   30-80 px): such a face is "a face we cannot identify", never a match.
# - Turned: front-facing faces are at most 0.19, small faces in group photos up to 0.26;
#   the girl looking down and away in obama_and_biden.jpg 0.35.
# - Partly covered: whole faces' boxes are 0.66-0.85 as wide as high; a hand over half the
#   face 0.44-0.62, a mask or scarf over the lower face 0.76-1.17, and the detector's
#   score of a covered face of 80 px or more falls to 0.42-0.78 (whole ones: 0.82 and over).
# A turned or covered face still carries who it is (0.43-0.54 from the same person's
# template): it is judged as uncertain among everyone near it, so a pupil without consent
# still blocks; a tiny one does not, so it is only "a face we cannot identify".
# - The detector's score alone is weak evidence of a cover: on public photos the project
#   had not used (LFW's 250 px press crops, close-ups filling the frame; bench/
#   face_cross_photo.py --set, README "The same person across photos"), 12 of 91 whole,
#   uncovered faces scored 0.70-0.80, and the same person's templates were 0.29-0.58 from
#   them; the lower face masked on ../shared scores 0.50-0.74 and lies 0.43-0.54 from the
#   person. A face doubted on its score alone (box shape and turn fine) is therefore named
#   when the match is confident and nearer than COVERED_MATCH (more evidence than MATCH
#   asks of a face nobody doubts), else uncertain as before. Box shape and turn still cap.
#   0.40 at first; 0.45 after the public set was rebuilt (session 10, its dev split only):
#   the same person named where face_recognition matches 0.911 -> 0.943, other people's
#   faces named 0/250 either way; the masked face on ../shared (0.47) stays uncertain.
MIN_FACE_PX = 30
MAX_TURN = 0.30
ASPECT_RANGE = (0.58, 0.92)
COVERED_SCORE, COVERED_SCORE_FROM_PX = 0.80, 80
COVERED_MATCH = 0.45
SCORE_ONLY = "partly covered"  # the reason given on the detector's score alone


def unidentifiable_reason(quality, score: float) -> str | None:
    """Why this face cannot be identified surely ("too small", "turned away", "partly
    covered"), or None. `quality`: detect.face_quality.FaceQuality of the face."""
    if quality.height < MIN_FACE_PX:
        return "too small"
    if quality.turn is not None and quality.turn > MAX_TURN:
        return "turned away"
    low, high = ASPECT_RANGE
    if not low <= quality.aspect <= high:
        return "partly covered or cut off"
    if quality.height >= COVERED_SCORE_FROM_PX and score < COVERED_SCORE:
        return SCORE_ONLY
    return None


class TemplateCache:
    """The register's templates as one matrix, rebuilt when the register's version changes."""

    def __init__(self):
        self._lock = threading.Lock()
        self._key = None
        self._matrix = np.zeros((0, 128))
        self._owners: list[tuple[str, str]] = []

    def refresh(self, key, load) -> None:
        """`load()` -> [(kind, ref, encoding)]; called only when `key` changed."""
        if key == self._key:
            return
        with self._lock:
            if key == self._key:
                return
            rows = load()
            self._matrix = (
                np.stack([r[2] for r in rows]) if rows else np.zeros((0, 128), dtype=np.float64)
            )
            self._owners = [(r[0], r[1]) for r in rows]
            self._key = key

    def __len__(self) -> int:
        return len(self._owners)

    def match(self, encodings: list[np.ndarray]) -> list[FaceMatch]:
        matrix, owners = self._matrix, self._owners
        if not encodings:
            return []
        if not owners:
            return [FaceMatch("unknown") for _ in encodings]
        # distances[i, j]: face i to template j.
        faces = np.stack(encodings)
        distances = np.linalg.norm(faces[:, None, :] - matrix[None, :, :], axis=2)
        people = sorted(set(owners))
        index = {p: k for k, p in enumerate(people)}
        columns = np.array([index[o] for o in owners])
        # The nearest template of each person, for each face.
        per_person = np.full((len(encodings), len(people)), np.inf)
        for k in range(len(people)):
            per_person[:, k] = distances[:, columns == k].min(axis=1)
        out = []
        for row in per_person:
            order = np.argsort(row)
            best = float(row[order[0]])
            second = float(row[order[1]]) if len(order) > 1 else float("inf")
            kind, ref = people[order[0]]
            nearby = [(*people[k], float(row[k])) for k in order if row[k] < UNCERTAIN]
            if best < MATCH and second - best >= MARGIN:
                outcome = "matched"
                candidates = [(kind, ref, best)]
            elif best < UNCERTAIN:
                outcome = "uncertain"
                candidates = nearby
            else:
                out.append(FaceMatch("unknown", distance=best))
                continue
            runner_up = second if second < np.inf else None
            out.append(FaceMatch(outcome, kind, ref, best, runner_up, candidates, nearby))
        return out
