"""Whether a badge found by its SIFT points is really there: the matched outline is a sane
quadrilateral, and the photo's pixels inside it look like the reference (edges and colours
compared, normalised cross-correlation). logos.py finds the candidates."""

import cv2
import numpy as np


def _lab(rgb: np.ndarray) -> np.ndarray:
    """CIE Lab in real units (L 0..100, a and b about -128..127), float32."""
    return cv2.cvtColor(rgb.astype(np.float32) / 255.0, cv2.COLOR_RGB2Lab)


def _inside(quad: np.ndarray, points: np.ndarray) -> np.ndarray:
    contour = quad.reshape(-1, 1, 2).astype(np.float32)
    return np.array(
        [cv2.pointPolygonTest(contour, (float(x), float(y)), False) >= 0 for x, y in points], bool
    )


def _sane_quad(quad: np.ndarray, ref_w: int, ref_h: int) -> bool:
    """Convex, not mirrored, not tiny, and only mildly foreshortened."""
    edges = np.roll(quad, -1, axis=0) - quad
    cross = (
        edges[:, 0] * np.roll(edges, -1, axis=0)[:, 1]
        - edges[:, 1] * np.roll(edges, -1, axis=0)[:, 0]
    )
    if not (cross > 0).all():  # image y points down: a proper (unmirrored) quad turns clockwise
        return False
    lengths = np.linalg.norm(edges, axis=1)
    if lengths.min() < 12:
        return False
    # Opposite sides: a mild perspective keeps them within a factor of 1.6.
    if max(lengths[0] / lengths[2], lengths[2] / lengths[0]) > 1.6:
        return False
    if max(lengths[1] / lengths[3], lengths[3] / lengths[1]) > 1.6:
        return False
    # Aspect: width/height of the projected badge against the reference's.
    aspect = ((lengths[0] + lengths[2]) / (lengths[1] + lengths[3])) / (ref_w / ref_h)
    if not 0.55 < aspect < 1.8:
        return False
    # Corner angles between 50 and 130 degrees.
    for i in range(4):
        a, b = -edges[i - 1], edges[i]
        cos = float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))
        if abs(cos) > np.cos(np.radians(50)):
            return False
    return True


def _similarity(grey: np.ndarray, H: np.ndarray, ref) -> float:
    """How much the photo region, warped back to the reference frame, looks like it."""
    h, w = ref.grey.shape
    # Compare at a small common size: a 50 px badge has no more detail than that.
    side = 96
    s = side / max(h, w)
    size = (max(8, round(w * s)), max(8, round(h * s)))
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]]).reshape(-1, 1, 2)
    quad = cv2.perspectiveTransform(corners, H).reshape(4, 2)
    x0, y0 = np.maximum(np.floor(quad.min(axis=0)).astype(int) - 2, 0)
    x1, y1 = np.ceil(quad.max(axis=0)).astype(int) + 2
    crop = grey[y0:y1, x0:x1]
    if crop.size == 0:
        return 0.0
    # Shrink a large region first (warpPerspective does not average), then warp.
    f = min(1.0, 1.5 * side / max(x1 - x0, y1 - y0))
    if f < 1.0:
        crop = cv2.resize(
            crop,
            (max(1, round(crop.shape[1] * f)), max(1, round(crop.shape[0] * f))),
            interpolation=cv2.INTER_AREA,
        )
    to_crop = np.array([[f, 0, -x0 * f], [0, f, -y0 * f], [0, 0, 1]])
    warp = np.diag([s, s, 1.0]) @ np.linalg.inv(to_crop @ H)  # crop -> small reference frame
    patch = cv2.warpPerspective(crop, warp, size, flags=cv2.INTER_LINEAR, borderValue=0)
    reference = cv2.resize(ref.grey, size, interpolation=cv2.INTER_AREA)
    mask = cv2.resize(ref.mask, size, interpolation=cv2.INTER_NEAREST) > 0
    mask = cv2.erode(mask.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    patch = cv2.GaussianBlur(patch, (3, 3), 0).astype(np.float32)
    reference = cv2.GaussianBlur(reference, (3, 3), 0).astype(np.float32)
    grey_ncc = _ncc(patch, reference, mask)
    edge_ncc = _ncc(_edges(patch), _edges(reference), mask)
    return float(min(grey_ncc, edge_ncc + 0.15))


def _edges(img: np.ndarray) -> np.ndarray:
    gx = cv2.Sobel(img, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(img, cv2.CV_32F, 0, 1, ksize=3)
    return cv2.magnitude(gx, gy)


def _ncc(a: np.ndarray, b: np.ndarray, mask: np.ndarray) -> float:
    a, b = a[mask], b[mask]
    if a.size < 16:
        return 0.0
    a = a - a.mean()
    b = b - b.mean()
    denom = float(np.sqrt((a * a).sum() * (b * b).sum()))
    return float((a * b).sum() / denom) if denom > 1e-6 else 0.0
