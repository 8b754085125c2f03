"""Finding the school's registered badge (logo, crest) in a photo.

Method: SIFT features on the photo, matched to each registered reference with
Lowe's ratio test, a RANSAC homography, then verification, because a homography
can always be fitted to a handful of chance matches:
  - enough inliers;
  - a sane quad: the reference's corners projected into the photo must form a
    convex, unmirrored, not-degenerate shape with only mild perspective;
  - a photometric check: the photo region is warped back into the reference
    frame and compared with the reference (normalised cross-correlation of the
    grey levels and of the edges, inside the badge's own outline), so that
    another school's crest in the same colours, whose outline and colours give
    a few chance matches, does not pass.
Found regions are masked and the search repeated, so several copies of the
badge in one photo are all reported.

Large photos are searched at a reduced size (SIFT's time grows with the area);
small badges, which vanish at that size, are looked for at full resolution in
a few tiles proposed by the badge's colours (see `_small_badge_tiles`).

Nothing is downloaded: SIFT is part of OpenCV's main module since 4.4. The reference
itself (features, outline, colours, storage) is logo_reference.py's.
"""

from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from .logo_checks import _inside, _lab, _sane_quad, _similarity
from .logo_reference import MIN_INLIERS, LogoReference, _sift

# Photos are searched at most this size (long side): SIFT takes ~0.2 s at 1200.
WORK_SIDE = 1200
# Verification thresholds (measured on the synthetic set in tests/detect/test_logos.py;
# MIN_INLIERS, the first, is logo_reference.py's).
MIN_SIMILARITY = 0.45
RATIO = 0.8
RANSAC_PIXELS = 5.0
MAX_PER_REFERENCE = 5


@dataclass
class LogoMatch:
    """A badge found in a photo: box (x, y, w, h) in the photo's pixels, score 0..1."""

    box: tuple[int, int, int, int]
    score: float
    reference: int  # index into the `references` list given to find_logos
    name: str
    quad: list[tuple[float, float]]  # the reference's corners projected into the photo
    inliers: int
    similarity: float


@dataclass
class _Features:
    points: np.ndarray  # (n, 2) float32 in the original photo's pixels
    descriptors: np.ndarray  # (n, 128) float32


def _features(grey: np.ndarray, scale: float, offset=(0, 0)) -> _Features:
    """SIFT on `grey` (already resized by `scale`); points mapped back to original pixels."""
    kps, desc = _sift().detectAndCompute(grey, None)
    if desc is None:
        return _Features(np.zeros((0, 2), np.float32), np.zeros((0, 128), np.float32))
    points = np.array([k.pt for k in kps], np.float32) / scale + np.float32(offset)
    return _Features(points, desc)


def _resize(grey: np.ndarray, scale: float) -> np.ndarray:
    if scale == 1.0:
        return grey
    size = (round(grey.shape[1] * scale), round(grey.shape[0] * scale))
    return cv2.resize(grey, size, interpolation=cv2.INTER_AREA)


def find_logos(
    image: Image.Image, references: list[LogoReference], work_side: int = WORK_SIDE
) -> list[LogoMatch]:
    """Every verified copy of each reference badge in an RGB photo, best first."""
    if not references:
        return []
    # Greyscale at full size, colour only at the reduced size: converting a 12 MP
    # PIL image to a numpy RGB array alone costs 0.1 s.
    grey = np.asarray(image.convert("L"))
    scale = min(1.0, work_side / max(grey.shape))
    feature_sets = [_features(_resize(grey, scale), scale)]
    if scale < 0.7:  # below this, badges of 50-150 px shrink past what SIFT can use
        # Colours at twice the search resolution: at the search size the thin strokes
        # of a 50 px badge blend into its ground.
        colour_scale = min(1.0, 2 * scale)
        size = (round(image.width * colour_scale), round(image.height * colour_scale))
        small_rgb = np.asarray(image.convert("RGB").resize(size, Image.Resampling.BOX))
        for x, y, w, h in _small_badge_tiles(small_rgb, grey.shape, references, colour_scale):
            feature_sets.append(_features(grey[y : y + h, x : x + w], 1.0, (x, y)))
    photo = _Features(
        np.concatenate([f.points for f in feature_sets]),
        np.concatenate([f.descriptors for f in feature_sets]),
    )
    found = []
    for index, ref in enumerate(references):
        found += _find_one(grey, photo, ref, index)
    found.sort(key=lambda m: -m.score)
    return found


def _find_one(grey, photo: _Features, ref: LogoReference, index: int) -> list[LogoMatch]:
    if len(photo.points) < MIN_INLIERS:
        return []
    matcher = cv2.BFMatcher(cv2.NORM_L2)
    # Photo -> reference: two copies of the badge in the photo do not spoil the ratio test.
    pairs = matcher.knnMatch(photo.descriptors, ref.descriptors, k=2)
    good = [p[0] for p in pairs if len(p) == 2 and p[0].distance < RATIO * p[1].distance]
    src = np.array([ref.keypoints[m.trainIdx, :2] for m in good], np.float32).reshape(-1, 2)
    dst = np.array([photo.points[m.queryIdx] for m in good], np.float32).reshape(-1, 2)
    alive = np.ones(len(good), bool)
    results = []
    for _attempt in range(MAX_PER_REFERENCE * 2):
        if alive.sum() < MIN_INLIERS or len(results) >= MAX_PER_REFERENCE:
            break
        idx = np.flatnonzero(alive)
        H, inl = cv2.findHomography(src[idx], dst[idx], cv2.RANSAC, RANSAC_PIXELS)
        if H is None:
            break
        inl = inl.ravel().astype(bool)
        n_inliers = int(inl.sum())
        if n_inliers < MIN_INLIERS:
            break
        h, w = ref.grey.shape
        corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]]).reshape(-1, 1, 2)
        quad = cv2.perspectiveTransform(corners, H).reshape(4, 2)
        similarity = _similarity(grey, H, ref) if _sane_quad(quad, w, h) else -1.0
        # Whether accepted or not, these matches are used up: mask them and look again.
        inside = _inside(quad, dst[idx]) if similarity >= 0 else np.zeros(len(idx), bool)
        alive[idx[inl | inside]] = False
        if similarity < MIN_SIMILARITY:
            continue
        x0, y0 = np.floor(quad.min(axis=0)).astype(int)
        x1, y1 = np.ceil(quad.max(axis=0)).astype(int)
        x0, y0 = max(0, x0), max(0, y0)
        x1, y1 = min(grey.shape[1], x1), min(grey.shape[0], y1)
        score = float(
            np.clip(0.6 * (similarity - MIN_SIMILARITY) / (1 - MIN_SIMILARITY) + 0.4, 0, 1)
            * min(1.0, 0.7 + n_inliers / 100)
        )
        results.append(
            LogoMatch(
                box=(int(x0), int(y0), int(x1 - x0), int(y1 - y0)),
                score=round(score, 3),
                reference=index,
                name=ref.name,
                quad=[(float(a), float(b)) for a, b in quad],
                inliers=n_inliers,
                similarity=round(float(similarity), 3),
            )
        )
    return results


# Badges smaller than this (in the photo's pixels) may be lost at WORK_SIDE, so are
# also looked for at full resolution, in tiles of TILE pixels proposed by colour.
SMALL_BADGE = 120
TILE = 360
MAX_TILES = 8


def _small_badge_tiles(small: np.ndarray, shape, references: list[LogoReference], scale: float):
    """Full-resolution tiles where a badge too small for the reduced search may be.

    A badge is several colours close together: where every one of its main colours
    covers part of a badge-sized window, a small copy of it may be. This needs the
    badge in colour; a monochrome badge gets no proposals and is found only from
    about SMALL_BADGE pixels up.
    """
    lab = _lab(small)
    window = max(5, round(60 * scale)) | 1  # about a 60 px badge, in reduced pixels
    score = np.zeros(small.shape[:2], np.float32)
    for ref in references:
        if len(ref.colours) < 2:
            continue
        ref_score = None
        for L, a, b, weight in ref.colours:
            # Lightness counts for half: light and shade change it more than hue.
            d2 = ((lab[..., 0] - L) * 0.5) ** 2 + (lab[..., 1] - a) ** 2 + (lab[..., 2] - b) ** 2
            share = cv2.blur((d2 < 22**2).astype(np.float32), (window, window))
            share = np.minimum(1.0, share / max(0.05, weight * 0.3))
            ref_score = share if ref_score is None else np.minimum(ref_score, share)
        score = np.maximum(score, ref_score)
    tiles = []
    half = TILE // 2
    suppress = max(3, round(TILE * scale * 0.6))
    for _ in range(MAX_TILES):
        _, best, _, (cx, cy) = cv2.minMaxLoc(score)
        if best < 0.5:
            break
        score[max(0, cy - suppress) : cy + suppress, max(0, cx - suppress) : cx + suppress] = 0
        x = int(np.clip(cx / scale - half, 0, max(0, shape[1] - TILE)))
        y = int(np.clip(cy / scale - half, 0, max(0, shape[0] - TILE)))
        tiles.append((x, y, min(TILE, shape[1]), min(TILE, shape[0])))
    return tiles
