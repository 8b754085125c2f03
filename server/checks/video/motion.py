"""How far the whole picture moved since the detector last looked (a handheld camera),
found on the small cell copies face_passes.py already makes: ~2-3 ms a sample.

Phase correlation gives a first guess at the shift; the mean difference at whole cells,
walked downhill from it (and from no move, and from the last move), decides, and a
parabola makes it sub-cell. face_passes.py trusts a shift only when comparing after it
leaves far fewer changed cells than comparing without it: a wrong shift leaves most cells
changed and costs a whole-frame pass. Only translation: a zoom or a turn of the camera
changes the picture everywhere and gets a whole pass.
"""

import numpy as np

MAX_SHIFT = 0.2  # share of each side: a larger move between two looks is a new view
MIN_RESPONSE = 0.05  # phase correlation's peak under this: no one shift explains the change
STEPS = 12  # cells walked at most from the start towards the lowest mean difference


def shift(seen: np.ndarray, small: np.ndarray, hint=(0, 0)) -> tuple[float, float] | None:
    """(dx, dy), in cells: `small` is `seen` with its content moved by that much; None
    when no shift is confident (or it is too large to be the same view). `hint`: the
    last shift found (a hand moves smoothly), tried as a start too."""
    import cv2

    a, b = _edges(seen), _edges(small)
    height, width = a.shape
    window = cv2.createHanningWindow((width, height), cv2.CV_32F)
    (px, py), response = cv2.phaseCorrelate(a, b, window)
    if not np.isfinite(response) or response < MIN_RESPONSE:
        return None
    # Phase correlation's sub-cell estimate is biased on smooth pictures (up to a cell at
    # 160 cells across), and someone walking near the camera can pull it cells away: the
    # mean difference decides, walked downhill from the estimate, from no move and from
    # the hint (the lowest end wins), and a parabola through the lowest whole cell's
    # neighbours gives the fraction.
    costs: dict = {}

    def cost(c: tuple) -> float:
        if c not in costs:
            costs[c] = _difference(seen, small, *c)
        return costs[c]

    def downhill(at: tuple) -> tuple:
        for _ in range(STEPS):
            best = min(((at[0] + i, at[1] + j) for i in (-1, 0, 1) for j in (-1, 0, 1)),
                       key=cost)  # fmt: skip
            if best == at:
                break
            at = best
        return at

    starts = {(round(px), round(py)), (0, 0), (round(hint[0]), round(hint[1]))}
    at = min((downhill(start) for start in starts), key=cost)
    ix, iy = at
    dx = ix + _vertex(cost((ix - 1, iy)), cost(at), cost((ix + 1, iy)))
    dy = iy + _vertex(cost((ix, iy - 1)), cost(at), cost((ix, iy + 1)))
    if abs(dx) > MAX_SHIFT * width or abs(dy) > MAX_SHIFT * height:
        return None
    return dx, dy


def moved(seen: np.ndarray, dx: float, dy: float) -> np.ndarray:
    """`seen` with its content moved by (dx, dy) cells (bilinear); the cells moved in from
    outside are copies of the edge, to be looked at again (face_passes.py's bands)."""
    import cv2

    height, width = seen.shape[:2]
    matrix = np.float32([[1, 0, dx], [0, 1, dy]])
    out = cv2.warpAffine(seen.astype(np.float32), matrix, (width, height),
                         flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)  # fmt: skip
    return np.rint(out).astype(np.int16)


def changed_beyond(small: np.ndarray, seen: np.ndarray, dx: float, dy: float,
                   change: float) -> np.ndarray:  # fmt: skip
    """The cells of `small` (1, else 0) that differ by over `change` from `seen` moved by
    (dx, dy), and from it moved by up to half a cell more either way: a sharp edge (a face
    over a wall) moved by a fraction of a cell is not what the box-filtered cells show it
    as, and the shift itself may be off by a fraction; a face arriving differs far more."""
    import cv2

    views = [moved(seen, dx + i, dy + j) for i in (-0.5, 0.5) for j in (-0.5, 0.5)]
    views.append(moved(seen, dx, dy))
    low, high = np.min(views, axis=0), np.max(views, axis=0)
    changed = (np.maximum(low - small, small - high).max(axis=2) > change).astype(np.uint8)
    # What is left of a fine texture's edges is single cells and lines one cell thick,
    # scattered over the frame (each would be a region pass); a face of 30 px at 1080p
    # covers 2x2 cells whole and stays.
    return cv2.morphologyEx(changed, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))


def _edges(cells: np.ndarray) -> np.ndarray:
    """Grey minus its blur: the peak of a smooth picture's correlation is then narrow."""
    import cv2

    grey = cells.astype(np.float32).mean(axis=2)
    return grey - cv2.GaussianBlur(grey, (0, 0), 3)


def _difference(seen: np.ndarray, small: np.ndarray, ix: int, iy: int) -> float:
    """Mean difference where both see the same place, `seen` moved by whole cells."""
    height, width = seen.shape[:2]
    if abs(ix) >= width // 2 or abs(iy) >= height // 2:
        return float("inf")
    now = small[max(0, iy) : height + min(0, iy), max(0, ix) : width + min(0, ix)]
    before = seen[max(0, -iy) : height + min(0, -iy), max(0, -ix) : width + min(0, -ix)]
    return float(np.abs(now - before).mean())


def _vertex(left: float, middle: float, right: float) -> float:
    """Where the parabola through three costs one cell apart is lowest, from the middle."""
    curve = left - 2 * middle + right
    if not np.isfinite(curve) or curve <= 0:
        return 0.0
    return float(np.clip((left - right) / (2 * curve), -0.5, 0.5))
