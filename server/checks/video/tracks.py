"""Faces followed from sampled frame to sampled frame: one person, one track.

A face in a new frame continues a track when its box overlaps the track's last box and its
encoding is near the track's, or, wherever it is, when its encoding is very near (the
person walked across between two samples). Afterwards, tracks that never share a frame and
whose encodings are near are one person seen twice (left the frame, came back, a cut).
Each track keeps its best sighting (large, frontal, sharp), the one matched against the
register, with the time span and a thumbnail.

Distances are face_recognition's (128-d, Euclidean): the same adult's photos were at most
0.53 apart and different adults at least 0.70 (detect/face_match.py); frames of one clip
are far nearer to each other than two photos. Children are closer to one another than
adults, so the bars to join are well under MATCH: wrongly joining two children could hide
one of them behind the other's consent, wrongly splitting one child only shows them twice.
"""

import base64
import io
from dataclasses import dataclass, field

import numpy as np
from PIL import Image

# Joined to the track whose last box it overlaps this much (IoU), when also this near.
OVERLAP, NEAR_WITH_OVERLAP = 0.3, 0.5
# Joined wherever it is when this near (a person who moved far between two samples).
NEAR_ANYWHERE = 0.38
# Two tracks that never share a frame are one person when their means are this near.
SAME_PERSON = 0.38
# A track not seen for this long is no longer continued by overlap alone.
GAP_SECONDS = 2.0
# A face overlapping a live track's last box this much (IoU) is that track's, unless its
# encoding says otherwise; it is encoded again only every REENCODE_SECONDS (or when it is
# a better sighting than the track's best).
FOLLOW = 0.5
REENCODE_SECONDS = 1.5
# A sighting this much better than the track's best is encoded to become the best.
BETTER_BY = 1.15
THUMB_PX = 96


@dataclass(eq=False)
class Sighting:
    time: float
    face: object  # detect.faces.Face, box in the upright frame
    encoding: np.ndarray | None  # None: too small to encode usefully
    quality: float
    crop: Image.Image | None = None  # the face with a margin, kept for the best sighting only
    # The face's pixels did not change since the detector last found it there
    # (face_passes.py): the person the track already has, with nothing new to encode.
    unchanged: bool = False
    # The box touches the frame's edge: the face may be cut off (someone walking in, a pan
    # bringing them into view). Its encoding is of part of a face, far from the whole
    # face's: it neither says who the track is nor that a face is someone else.
    cut: bool = False


@dataclass(eq=False)
class Track:
    number: int
    sightings: list = field(default_factory=list)
    best: Sighting | None = None

    @property
    def start(self) -> float:
        return self.sightings[0].time

    @property
    def end(self) -> float:
        return self.sightings[-1].time

    @property
    def last_box(self):
        return self.sightings[-1].face.box

    def mean(self) -> np.ndarray | None:
        """The mean of the whole faces' encodings (of the cut ones when that is all)."""
        encodings = [s.encoding for s in self.sightings if s.encoding is not None]
        whole = [s.encoding for s in self.sightings if trusted(s)]
        return np.mean(whole or encodings, axis=0) if encodings else None

    @property
    def known(self) -> bool:
        """Whether the track's mean is of whole faces: one that can say who it is."""
        return any(trusted(s) for s in self.sightings)

    def times(self) -> set:
        return {s.time for s in self.sightings}

    def thumbnail(self) -> str:
        """The best sighting's face, small, as base64 JPEG (for the person posting and the
        batch report; never stored by the check itself)."""
        crop = self.best.crop.copy()
        crop.thumbnail((THUMB_PX, THUMB_PX))
        buf = io.BytesIO()
        crop.save(buf, "JPEG", quality=80)
        return base64.b64encode(buf.getvalue()).decode()


def trusted(s: Sighting) -> bool:
    """An encoding of a whole face: one that can say who a face is."""
    return s.encoding is not None and not s.cut


def touches_edge(box, size, margin: int = 2) -> bool:
    """The box (x, y, w, h) reaches within `margin` px of the frame's edge (size: w, h)."""
    x, y, w, h = box
    return x <= margin or y <= margin or x + w >= size[0] - margin or y + h >= size[1] - margin


def iou(a, b) -> float:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    w = min(ax + aw, bx + bw) - max(ax, bx)
    h = min(ay + ah, by + bh) - max(ay, by)
    if w <= 0 or h <= 0:
        return 0.0
    inter = w * h
    return inter / (aw * ah + bw * bh - inter)


def distance(a, b) -> float:
    if a is None or b is None:
        return float("inf")
    return float(np.linalg.norm(a - b))


def quality(face, turn: float | None, sharp: float) -> float:
    """Larger, more frontal, sharper is better; each counted up to where it stops helping."""
    height = min(face.box[3], 160) / 160
    frontal = 1.0 - min((turn or 0.0) / 0.5, 1.0)
    crisp = min(sharp / 100.0, 1.0)
    return height * (0.3 + 0.7 * frontal) * (0.3 + 0.7 * crisp)


def crop_around(image: Image.Image, box, margin: float = 0.5) -> Image.Image:
    x, y, w, h = box
    m = round(max(w, h) * margin)
    return image.crop((max(0, x - m), max(0, y - m), min(image.width, x + w + m),
                       min(image.height, y + h + m)))  # fmt: skip


def turn(points) -> float | None:
    """How far the nose sits from the middle of the eyes along the eye line, as a share of
    the eye distance (face_quality.turn's measure), from the detector's own five points
    (eyes, nose, mouth corners): known before the face is encoded."""
    if points is None:
        return None
    eye_a, eye_b, nose = points[0], points[1], points[2]
    line = eye_b - eye_a
    length = float(line @ line)
    if length <= 0:
        return 0.5
    return abs(float((nose - eye_a) @ line) / length - 0.5)


class Tracker:
    """Faces to tracks, frame after frame. `encode(image, faces)` gives the faces'
    encodings: called only for the faces that need one (new, or possibly someone else,
    or better than the track's best), so a person standing still is encoded every
    REENCODE_SECONDS rather than in every frame, and not at all while their pixels do
    not change (Sighting.unchanged)."""

    def __init__(self, encode, encode_from_px: int):
        self.tracks: list[Track] = []
        self._encode = encode
        self._encode_from = encode_from_px
        self._encoded_at: dict[int, float] = {}

    def add(self, time: float, image: Image.Image, sightings: list[Sighting]) -> None:
        """The faces of one sampled frame (`image`, upright), each to a track."""
        live = [t for t in self.tracks if time - t.end <= GAP_SECONDS]
        follow = self._followed(sightings, live)
        wanted = [
            i for i, s in enumerate(sightings)
            if s.face.box[3] >= self._encode_from
            and not (i in follow and s.unchanged and follow[i].mean() is not None)
            and (
                i not in follow
                or s.quality > follow[i].best.quality * BETTER_BY
                or time - self._encoded_at.get(follow[i].number, -1e9) >= REENCODE_SECONDS
                or follow[i].mean() is None
            )
        ]  # fmt: skip
        if wanted:
            encodings = self._encode(image, [sightings[i].face for i in wanted])
            for i, encoding in zip(wanted, encodings, strict=True):
                sightings[i].encoding = encoding
        for i, track in list(follow.items()):
            s = sightings[i]
            sure = trusted(s) and track.known
            if sure and distance(s.encoding, track.mean()) > NEAR_WITH_OVERLAP:
                del follow[i]  # in the same place, but someone else
        used = {t.number for t in follow.values()}
        for i, track in follow.items():
            self._join(track, sightings[i], image)
        pairs = []
        for i, s in enumerate(sightings):
            if i in follow:
                continue
            for track in self.tracks:
                if track.number in used:
                    continue
                # Encodings of cut faces neither join nor part: the box's overlap decides.
                sure = trusted(s) and track.known
                d = distance(s.encoding, track.mean()) if sure else float("inf")
                overlap = iou(s.face.box, track.last_box) if track in live else 0.0
                near = d <= NEAR_WITH_OVERLAP or not sure
                if (overlap >= OVERLAP and near) or d <= NEAR_ANYWHERE:
                    pairs.append((-overlap, d, i, track))  # fmt: skip
        pairs.sort(key=lambda p: (p[0], p[1]))
        taken = set(follow)
        for _, _, i, track in pairs:
            if i in taken or track.number in used:
                continue
            taken.add(i)
            used.add(track.number)
            self._join(track, sightings[i], image)
        for i, s in enumerate(sightings):
            if i not in taken:
                track = Track(len(self.tracks) + 1)
                self.tracks.append(track)
                self._join(track, s, image)

    @staticmethod
    def _followed(sightings: list[Sighting], live: list[Track]) -> dict:
        """Sighting index -> the live track whose last box it overlaps by FOLLOW or more,
        the largest overlaps first, each track once."""
        pairs = sorted(
            ((iou(s.face.box, t.last_box), i, t) for i, s in enumerate(sightings) for t in live),
            key=lambda p: -p[0],
        )
        follow, used = {}, set()
        for overlap, i, track in pairs:
            if overlap < FOLLOW:
                break
            if i not in follow and track.number not in used:
                follow[i] = track
                used.add(track.number)
        return follow

    def _join(self, track: Track, s: Sighting, image: Image.Image) -> None:
        track.sightings.append(s)
        if s.encoding is not None:
            self._encoded_at[track.number] = s.time
        better = track.best is None or s.quality > track.best.quality
        # The best sighting is the one matched: it must have its encoding (a face too
        # small to encode can only be best of a track that has no encodable face).
        if better and (s.encoding is not None or track.best is None
                       or track.best.encoding is None):  # fmt: skip
            s.crop = crop_around(image, s.face.box)
            if track.best is not None:
                track.best.crop = None  # one picture kept per track
            track.best = s

    def people(self) -> list[Track]:
        """The tracks, with those of one person joined: never two that share a frame."""
        tracks = sorted(self.tracks, key=lambda t: t.start)
        merged: list[Track] = []
        for track in tracks:
            for person in merged:
                if person.times() & track.times():
                    continue
                if distance(person.mean(), track.mean()) <= SAME_PERSON:
                    person.sightings = sorted(person.sightings + track.sightings,
                                              key=lambda s: s.time)  # fmt: skip
                    if track.best.quality > person.best.quality:
                        person.best = track.best
                    break
            else:
                merged.append(track)
        for number, person in enumerate(merged, 1):
            person.number = number
        return merged
