"""Every call from the video check into the photo check's code, in this one module.

The photo code may move (photo_check.py to checks/, detect/* to detect/image|text/): only
the imports here need re-pointing. Each function is one per-image step of the photo check,
used on a frame as on a photo.
"""

import numpy as np
from PIL import Image

from ...detect.findings import Finding
from ...detect.image import face_quality
from ...detect.image.face_match import FaceMatch
from ...detect.image.metadata import MetadataItem
from ..photo import (
    PhotoChecker,
    PhotoContext,
    _badges_on_uniforms,
    _face_finding,
    _metadata_finding,
)

__all__ = ["MetadataItem", "PhotoChecker", "PhotoContext"]

# The long side a frame is looked at for faces: one pass of the detector (a photo gets two,
# at 1600 and 640 px). CenterFace finds faces from ~14 px at its input, so a 30 px face of
# a 1080p frame (20 px at 1280) is found; a small clip is scaled up to it. A face over
# ~550 px at the input (a close-up filling 3/4 of the frame's height) may fall apart into
# several boxes: each is still a face, so the person is never missed, only shown twice.
DETECT_SIDE = 1280


def detect_faces(photos: PhotoChecker, image: Image.Image, region=None) -> list:
    """The faces of an upright frame (the display matrix already applied: no turning), in
    one pass of the detector over the frame, or over `region` of it (x0, y0, x1, y1), at
    DETECT_SIDE for the whole frame: a region is looked at as closely as the whole
    (boxes in the frame's pixels)."""
    from ...detect.image.face_detect import Face

    photos._one_thread_opencv()
    scale = DETECT_SIDE / max(image.size)
    x0, y0 = (0, 0) if region is None else (int(region[0]), int(region[1]))
    part = image if region is None else image.crop(tuple(int(v) for v in region))
    small = part.resize((max(1, round(part.width * scale)), max(1, round(part.height * scale))),
                        Image.BILINEAR, reducing_gap=2.0)  # fmt: skip
    sx, sy = part.width / small.width, part.height / small.height
    out = []
    for f in photos.engine.detect_small(small):
        x, y, w, h = f.box
        box = (x0 + round(x * sx), y0 + round(y * sy), max(1, round(w * sx)),
               max(1, round(h * sy)))  # fmt: skip
        points = None if f.points is None else f.points * (sx, sy) + (x0, y0)
        out.append(Face(box=box, score=f.score, points=points))
    return out


def encode(photos: PhotoChecker, image: Image.Image, faces: list) -> list[np.ndarray]:
    """The faces' encodings (sets each face's landmarks), the pool's idle thread helping."""
    return photos.engine.encode_many(image, faces, helper=photos._pool)


def turn(face) -> float | None:
    return None if face.landmarks is None else face_quality.turn(face.landmarks)


def sharpness(image: Image.Image, size: tuple[int, int]) -> float:
    """The photo check's sharpness measure (a face at the encoder's chip size, 150 px)."""
    return face_quality.sharpness(np.asarray(image.convert("L").resize(size)))


def face_finding(index: int, face, encoding, ctx: PhotoContext) -> Finding:
    """The photo check's face finding (match, 'cannot identify', candidates) for one face."""
    if encoding is None:
        match = FaceMatch("unknown")
    else:
        [match] = ctx.templates.match([encoding])
    return _face_finding(index, face, match, ctx)


def words_and_badges(photos: PhotoChecker, index: int, image: Image.Image, ctx) -> list:
    """Names and contact details read in the frame (OCR), and the school's badge."""
    photos._one_thread_opencv()
    return photos._text_and_logos(index, image, ctx)


def uniforms(index: int, image: Image.Image, faces: list, ctx: PhotoContext) -> list:
    """The school's uniform below the faces of one frame."""
    if not ctx.uniform_profiles or not faces:
        return []
    from ...detect.image import uniforms as found

    boxes = [f.box for f in faces]
    out = []
    for profile in ctx.uniform_profiles:
        for match in found.find_uniforms(image, boxes, profile):
            if match.matched:
                out.append(Finding("uniform", "UNIFORM", float(match.score), image=index,
                                   box=list(match.box)))  # fmt: skip
    return out


def badges_on_uniforms(people: list, words: list) -> None:
    _badges_on_uniforms(people, words)


def metadata_finding(index: int, items: list) -> list[Finding]:
    """All the personal metadata of one file as one finding (one fix strips it all)."""
    return _metadata_finding(index, items)
