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
full pass, at most FULL_EVERY seconds later, if it is still there.

A handheld clip moves the whole picture a little between samples, which changed every cell:
a full pass every sample. So when over MOVED_FROM of the cells changed, the shift of the
whole picture is estimated (motion.py) and the picture last looked at is moved by it
before comparing, with half a cell of tolerance (sharp edges moved by a fraction of a cell
are not what the cells show). If that leaves far fewer cells changed (under MOVED_SHARE of
them), the shift is trusted: the kept faces move with it, what still changed gets region
passes as above, and so do the **bands** the camera brought into view, along the edges,
grown inward by EDGE of the frame's short side (a face coming into view is wholly in its
band once it is in view; a changed area that reaches into a band is stretched across it
and the band cut around it, or the two would merge into most of the frame). A shift not
trusted (or none found) leaves the comparison as it was: most cells changed, a full pass.
Cut and large-change rules and the FULL_EVERY pass stand. Worst cases added while the
camera moves: a change under CHANGE a sample does not add up (the picture moved is
replaced by the sample); a face wider than a band's inward growth coming into view, or one
split between a band and a changed area, may wait for the next full pass. No zoom or turn:
those change everything and get full passes.
"""

from dataclasses import dataclass, replace
from math import ceil

import numpy as np
from PIL import Image

from . import motion

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
# The camera moved when comparing after the shift leaves under this share of the cells
# that changed without it (a tripod clip's walker: the shift, if any, explains nothing).
MOVED_SHARE = 0.5
MOVED_FROM = 0.01  # share of the cells changed from which the shift is looked for (~2 ms)
EDGE = 0.1  # a band brought into view is grown inward by this share of the short side
STILL = 0.5  # cells: a smaller move of the camera along an axis brings no band into view


@dataclass
class Passes:
    """How the detector looked at a clip, for the result (and the tests)."""

    full: int = 0
    regions: int = 0  # region passes (several may serve one sample)
    unchanged: int = 0  # samples where nothing changed: no pass at all
    moved: int = 0  # samples compared after moving by the camera's shift (any of the above)

    def to_dict(self) -> dict:
        return {"full": self.full, "regions": self.regions, "unchanged": self.unchanged,
                "moved": self.moved}  # fmt: skip


class FaceFinder:
    """`detect(image, box)` runs the detector over `box` (x0, y0, x1, y1; None: the whole
    frame) at the full pass's scale and gives the faces in frame pixels."""

    def __init__(self, detect):
        self._detect = detect
        self.passes = Passes()
        self._seen = None  # the small copy of what the detector last saw, cell by cell
        self._faces: list = []
        self._last_full = -1e9
        self._shift = (0.0, 0.0)  # the camera's last move found, in cells

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

        changed = _changed(small, self._seen)
        bands: list = []
        if changed.mean() > MOVED_FROM:  # perhaps the camera moved
            bands, changed = self._moved(small, cell, size, changed)
        if not changed.any() and not bands:
            return []
        count, _, stats, _ = cv2.connectedComponentsWithStats(changed, connectivity=8)
        boxes = []
        for x, y, w, h, _ in stats[1:count]:
            m = max(MARGIN_CELLS, round(max(w, h) * MARGIN))
            boxes.append(((x - m) * cell, (y - m) * cell, (x + w + m) * cell, (y + h + m) * cell))
        faces = [_corners(f.box) for f in self._faces]
        boxes = _grown(boxes, faces, size, cell)
        if bands:
            boxes = _with_bands(boxes, bands, faces, size, cell)
        area = sum((x1 - x0) * (y1 - y0) for x0, y0, x1, y1 in boxes)
        return None if area > FULL_SHARE * size[0] * size[1] else boxes

    def _moved(self, small: np.ndarray, cell: float, size, changed: np.ndarray):
        """(bands brought into view, cells changed) after moving what was last seen by
        the camera's shift, when that explains the change; else ([], `changed`)."""
        found = motion.shift(self._seen, small, self._shift)
        if found is None:
            return [], changed
        dx, dy = found
        after = motion.changed_beyond(small, self._seen, dx, dy, CHANGE)
        rows, cols = small.shape[:2]
        # The cells brought into view: columns (rows) on the side the picture moved from.
        # (Half a cell more: motion.changed_beyond compares with moves half a cell larger.)
        left, right = _brought_in(dx)
        top, bottom = _brought_in(dy)
        after[:top], after[rows - bottom :], after[:, :left], after[:, cols - right :] = 0, 0, 0, 0
        if after.sum() >= MOVED_SHARE * changed.sum():
            return [], changed
        self.passes.moved += 1
        self._shift = found
        # What the detector saw, moved, is now this sample where it did not change beyond
        # the tolerance, and the rest is about to be looked at: this sample. (Keeping the
        # moved copy instead blurred it a little more at each move, until it differed.)
        self._seen = small.copy()
        self._faces = [f for f in (_shifted(f, dx * cell, dy * cell) for f in self._faces)
                       if _inside(_centre(f.box), (0, 0, *size))]  # fmt: skip
        edge = max(MARGIN_CELLS, round(EDGE * min(rows, cols)))
        width, height = size
        inner_top = (top + edge) * cell if top else 0
        inner_bottom = height - (bottom + edge) * cell if bottom else height
        # (box, the indices of its long axis); top and bottom span the width, left and
        # right what is between them, so no two bands overlap.
        bands = []
        if top:
            bands.append(((0, 0, width, inner_top), (0, 2)))
        if bottom:
            bands.append(((0, inner_bottom, width, height), (0, 2)))
        if left:
            bands.append(((0, inner_top, (left + edge) * cell, inner_bottom), (1, 3)))
        if right:
            bands.append(((width - (right + edge) * cell, inner_top, width, inner_bottom), (1, 3)))
        return bands, after


def _brought_in(d: float) -> tuple[int, int]:
    """The cells brought into view at the (low, high) end of one axis by a move of `d`
    cells. A move under STILL brought nothing a face could be in: a tripod's "move" is its
    noise, and bands along two edges on every sample of a tripod clip were 20% of the
    frame each time (the 60 s bench: 322 region passes and 14 s of CPU against 112 and 9 s)."""
    if abs(d) < STILL:
        return 0, 0
    return (ceil(d + 0.5), 0) if d > 0 else (0, ceil(0.5 - d))


def _changed(small: np.ndarray, seen: np.ndarray) -> np.ndarray:
    return (np.abs(small - seen).max(axis=2) > CHANGE).astype(np.uint8)


def _shifted(face, dx: float, dy: float):
    """The face moved with the camera (box and points), a fresh object."""
    x, y, w, h = face.box
    moved = replace(face, box=(round(x + dx), round(y + dy), w, h))
    for name in ("points", "landmarks"):
        if getattr(face, name, None) is not None:
            setattr(moved, name, getattr(face, name) + np.array([dx, dy]))
    return moved


def _with_bands(boxes: list, bands: list, faces: list, size, cell: float) -> list:
    """The changed areas' boxes and the bands brought into view, none overlapping: a box
    reaching into a band is stretched across it and the band is cut around it (a band
    merged with a box would make their bounding box, often the whole frame); a box wholly
    in a band is looked at with it."""
    boxes = [b for b in boxes if not any(_within(b, band) for band, _ in bands)]
    for band, across in bands:
        boxes = [_union(b, _span(band, across, b[across[0]], b[across[1]]))
                 if _overlap(b, band) else b for b in boxes]  # fmt: skip
        boxes = _grown(boxes, faces, size, cell)
    pieces = []
    for band, across in bands:
        start, stop = band[across[0]], band[across[1]]
        for b in sorted((b for b in boxes if _overlap(b, band)), key=lambda b: b[across[0]]):
            if b[across[0]] > start:
                pieces.append(_span(band, across, start, b[across[0]]))
            start = max(start, b[across[1]])
        if start < stop:
            pieces.append(_span(band, across, start, stop))
    return _grown(boxes + pieces, faces, size, cell)


def _span(band, across, start, stop):
    out = list(band)
    out[across[0]], out[across[1]] = start, stop
    return tuple(out)


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
