"""Sideways photos: a phone photo saved turned, without the EXIF tag that says so.

The face detector still finds a sideways face (CenterFace, score ~0.9), but dlib's
landmarks and encoder need it upright: its encoding matches nobody, so a pupil without
consent is "a face we do not know" (warn, not block) and `clearpost find` misses them.

So when most faces found in the photo as it is do not stand upright (the detector's own
five points: mouth below the eyes), or none is found but skin-coloured pixels are, the
other three quarter turns are tried: first on a small copy (COARSE_SIDE), then, for
the turn whose faces stand upright, the full two-scale detection. Everything after
(encoding, quality, uniforms) runs on the turned photo; the boxes reported are mapped back
into the photo's own frame, which is what the extension, the fixes and the reports draw
on. A photo with an upright face, or with neither a face nor skin, pays for no turn.
"""

from dataclasses import dataclass

import numpy as np
from PIL import Image

from .face_detect import COARSE_SIDE, _resized

# PIL's transposes turn counter-clockwise by the angle.
TURNS = {
    90: Image.Transpose.ROTATE_90,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_270,
}
SKIN_SIDE = 96  # px: the long side of the copy whose colours are counted
# Share of skin-coloured pixels from which a photo may hold a face the detector did not
# see. The YCbCr box below (Chai and Ngan, 1999) also takes wood, sand and brick: a false
# "maybe" costs only the three small passes.
SKIN_SHARE = 0.02
CB_RANGE, CR_RANGE = (77, 127), (133, 173)
SURE_SCORE = 0.85


def skin_share(image: Image.Image) -> float:
    """The share of skin-coloured pixels, on a small copy."""
    small = _resized(image, SKIN_SIDE / max(image.size)).convert("YCbCr")
    _, cb, cr = np.moveaxis(np.asarray(small), 2, 0)
    skin = (cb >= CB_RANGE[0]) & (cb <= CB_RANGE[1]) & (cr >= CR_RANGE[0]) & (cr <= CR_RANGE[1])
    return float(skin.mean())


@dataclass
class Found:
    """Faces found, with the photo they stand upright in (the photo itself, or it turned by
    `turn` degrees counter-clockwise); boxes are in `image`'s pixels."""

    image: Image.Image
    faces: list
    turn: int = 0
    size: tuple[int, int] = (0, 0)  # the photo's own (width, height)

    def box_in_photo(self, box) -> list[int]:
        """A box (x, y, w, h) of `image` in the photo's own frame."""
        x, y, w, h = box
        if not self.turn:
            return [int(v) for v in box]
        width, height = self.size
        corners = [(x, y), (x + w, y + h)]
        back = [_unturn(u, v, self.turn, width, height) for u, v in corners]
        xs, ys = [p[0] for p in back], [p[1] for p in back]
        return [int(min(xs)), int(min(ys)), int(max(xs) - min(xs)), int(max(ys) - min(ys))]


def _unturn(u: float, v: float, turn: int, width: int, height: int) -> tuple[float, float]:
    """A point of the photo turned by `turn` degrees, in the photo's own frame (W x H)."""
    if turn == 90:  # counter-clockwise: (x, y) went to (y, W - x)
        return width - v, u
    if turn == 270:  # clockwise: (x, y) went to (H - y, x)
        return v, height - u
    return width - u, height - v  # 180


def _upright(faces) -> int:
    return sum(f.upright for f in faces)


def find_faces(engine, image: Image.Image) -> Found:
    """The photo's faces, turned upright when the photo was sideways (see the module)."""
    faces = engine.detect(image)
    found = Found(image, faces, 0, image.size)
    if faces and _upright(faces) * 2 > len(faces):
        return found  # most faces stand upright: the photo is the right way up
    if not faces and skin_share(image) < SKIN_SHARE:
        return found
    small = _resized(image, COARSE_SIDE / max(image.size))
    best, best_weight = None, 0.0
    for turn, how in TURNS.items():
        engine.turned_passes += 1
        weight = sum(f.score for f in engine.detect_small(small.transpose(how)) if f.upright)
        if weight > best_weight:
            best, best_weight = turn, weight
    if best is None:
        return found
    turned = image.transpose(TURNS[best])
    engine.turned_passes += 1
    faces_turned = engine.detect(turned)
    # Taken only when more faces stand upright than in the photo as it came; a face seen
    # only after turning must be a sure one (a dog in dlib/dogs.jpg scores 0.83 turned,
    # the sideways faces of the fixtures were all found as they came, at 0.77 to 0.97).
    if faces:
        better = _upright(faces_turned) > _upright(faces)
    else:
        better = any(f.upright and f.score >= SURE_SCORE for f in faces_turned)
    return Found(turned, faces_turned, best, image.size) if better else found
