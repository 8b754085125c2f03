"""Faces of each sampled frame, the detector run over what changed since it last looked.

One detector pass over a whole 1080p frame at 1280 px costs ~0.12 s of both cores: a
minute of video, 120 samples, was 15 s of it. Most of a frame is often what it was half a
second before (a class filmed from a tripod), and a face that did not change is the face
the detector already found. So each sample is compared with the picture the detector last
saw, on a small copy (FaceFinder.GRID cells across, each cell the mean of its pixels):

- a **full pass** over the whole frame on the first sample, at a scene cut, when the
  changed cells (with their margins) cover more than FULL_SHARE of the frame, and at least
  every FULL_EVERY seconds whatever happened;
- otherwise a **region pass** over each changed area, grown by a margin and by the box of
  any face it touches, at the full pass's very scale (a 30 px face is as findable in a
  region as in the whole frame); the faces found there replace those that were there;
- where nothing changed, the faces found there before are this frame's faces.

Anyone who appears changes the cells they appear in (a face differs from what was behind
it far more than CHANGE), so they are looked for in the sample they first appear in. The
worst case: a face whose arrival changes every cell it covers by under CHANGE grey levels
on average (a dim face fading in over seconds is still caught: change is measured against
the picture last looked at, not the previous sample, so it adds up) is found by the next
full pass, at most FULL_EVERY seconds later, if it is still there. A handheld clip, where
the whole picture moves, gets a full pass every sample, as before.
"""

from dataclasses import dataclass, replace

import numpy as np
from PIL import Image

# Mean change of a cell (0-255, the largest of R, G, B) from the picture last looked at
# past which it changed. Noise averages out over a cell's pixels: the tests' clips (noise
# of 4 grey levels a pixel, re-drawn every frame) change no cell of a still scene, while a
# face arriving over a ground, or moving by a few pixels, changes its cells far more.
CHANGE = 12.0
GRID = 160  # cells across the frame's long side (a 30 px face of a 1080p frame: ~2.5)
MARGIN = 0.5  # a changed area is grown by this share of its size all round...
MARGIN_CELLS = 2  # ...and by at least this many cells
FULL_SHARE = 0.4  # regions past this share of the frame cost about a full pass: do one
FULL_EVERY = 5.0  # seconds: a full pass at least this often, whatever changed


@dataclass
class Passes:
    """How the detector looked at a clip, for the result (and the tests)."""

    full: int = 0
    regions: int = 0  # region passes (several may serve one sample)
    unchanged: int = 0  # samples where nothing changed: no pass at all

    def to_dict(self) -> dict:
        return {"full": self.full, "regions": self.regions, "unchanged": self.unchanged}


class FaceFinder:
    """`detect(image, box)` runs the detector over `box` (x0, y0, x1, y1; None: the whole
    frame) at the full pass's scale and gives the faces in frame pixels."""

    def __init__(self, detect):
        self._detect = detect
        self.passes = Passes()
        self._seen = None  # the small copy of what the detector last saw, cell by cell
        self._faces: list = []
        self._last_full = -1e9

    def faces(self, time: float, image: Image.Image, cut: bool) -> list[tuple]:
        """The faces of one sampled frame (boxes in its pixels, each a fresh object), each
        with whether it was carried over from an area that did not change."""
        small, cell = _small(image)
        regions = None
        if not cut and self._seen is not None and time - self._last_full < FULL_EVERY:
            regions = self._regions(small, cell, image.size)
        if regions is None:
            fresh, carried = self._detect(image, None), []
            self._seen, self._last_full = small, time
            self.passes.full += 1
        elif not regions:
            fresh, carried = [], self._faces
            self.passes.unchanged += 1
        else:
            fresh = []
            carried = [f for f in self._faces
                       if not any(_inside(_centre(f.box), r) for r in regions)]  # fmt: skip
            for region in regions:
                fresh += [f for f in self._detect(image, region) if _inside(_centre(f.box), region)]
                x0, y0, x1, y1 = (round(v / cell) for v in region)
                self._seen[y0:y1, x0:x1] = small[y0:y1, x0:x1]
            self.passes.regions += len(regions)
        self._faces = carried + fresh
        return [(replace(f), True) for f in carried] + [(replace(f), False) for f in fresh]

    def _regions(self, small: np.ndarray, cell: float, size) -> list | None:
        """The areas to look at again (frame pixels), or None when a full pass is due."""
        import cv2

        changed = (np.abs(small - self._seen).max(axis=2) > CHANGE).astype(np.uint8)
        if not changed.any():
            return []
        count, _, stats, _ = cv2.connectedComponentsWithStats(changed, connectivity=8)
        boxes = []
        for x, y, w, h, _ in stats[1:count]:
            m = max(MARGIN_CELLS, round(max(w, h) * MARGIN))
            boxes.append(((x - m) * cell, (y - m) * cell, (x + w + m) * cell, (y + h + m) * cell))
        boxes = _grown(boxes, [_corners(f.box) for f in self._faces], size, cell)
        area = sum((x1 - x0) * (y1 - y0) for x0, y0, x1, y1 in boxes)
        return None if area > FULL_SHARE * size[0] * size[1] else boxes


def _small(image: Image.Image) -> tuple[np.ndarray, float]:
    """The frame as GRID cells across (each the mean of its pixels), and a cell's side in
    frame pixels. Image.reduce is a box filter: ~4 ms for a 1080p frame."""
    factor = max(1, max(image.size) // GRID)
    return np.asarray(image.reduce(factor), dtype=np.int16), float(factor)


def _grown(boxes: list, faces: list, size, cell: float) -> list:
    """The boxes grown over every face box they touch and merged where they overlap (so a
    face is always wholly inside one region or in none), on cell edges, in the frame."""
    width, height = size
    changed = True
    while changed:
        changed = False
        for face in faces:
            for i, box in enumerate(boxes):
                if _overlap(box, face) and not _within(face, box):
                    boxes[i] = _union(box, face)
                    changed = True
        merged: list = []
        for box in boxes:
            for i, other in enumerate(merged):
                if _overlap(box, other):
                    merged[i] = _union(box, other)
                    changed = True
                    break
            else:
                merged.append(box)
        boxes = merged

    def snap(v, limit, rounding):
        return min(limit, max(0, rounding(v / cell) * cell))

    return [(snap(x0, width, np.floor), snap(y0, height, np.floor),
             snap(x1, width, np.ceil), snap(y1, height, np.ceil))
            for x0, y0, x1, y1 in boxes]  # fmt: skip


def _corners(box):
    x, y, w, h = box
    return (x, y, x + w, y + h)


def _centre(box):
    x, y, w, h = box
    return (x + w / 2, y + h / 2)


def _inside(point, region) -> bool:
    return region[0] <= point[0] < region[2] and region[1] <= point[1] < region[3]


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _within(inner, outer) -> bool:
    return (outer[0] <= inner[0] and outer[1] <= inner[1] and inner[2] <= outer[2]
            and inner[3] <= outer[3])  # fmt: skip


def _union(a, b):
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
