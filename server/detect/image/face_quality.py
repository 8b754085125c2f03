"""How fit a detected face is for recognition: its size, sharpness and pose, measured.

Measurements only; what is good enough is decided where it is used (enrolment's bar in
register/template_quality.py, the check's "a face we cannot identify" in photo_check.py).

- height: the detector's box height in the photo's pixels (hairline to chin).
- sharpness: variance of the Laplacian of the aligned 150 px grey face chip, the very
  input of dlib's encoder, so it does not depend on the photo's resolution. Measured on
  the fr/ portraits (../shared/fixtures/faces): sharp ones 50-1850; Gaussian blur of
  radius 2 gives 8-47 and moves the encoding 0.09-0.22, radius 3 gives 4-17 (0.15-0.31).
  Faces of 40 px blown up to the chip give 5-20.
- turn: how far the nose sits from the middle of the eyes, along the eye line, as a
  share of the eye distance, from the 5-point landmarks: 0 frontal, 0.5 the nose in
  line with one eye. Front-facing portraits: 0.00-0.19; the girl looking down and away
  in obama_and_biden.jpg: 0.37.
- aspect: box width / height. Whole faces 0.62-0.82; a face half hidden by a hand or
  cut by the photo's edge 0.44-0.53 (its box shrinks to the visible half); a mask or
  scarf over the lower face 0.76-1.13.
"""

from dataclasses import dataclass

import numpy as np


@dataclass
class FaceQuality:
    height: int
    turn: float | None  # None: landmarks not computed
    aspect: float
    sharpness: float | None = None  # measured at enrolment only (it needs the chip)

    def to_dict(self) -> dict:
        return {
            "face_px": self.height,
            "sharpness": None if self.sharpness is None else round(self.sharpness, 1),
            "turn": None if self.turn is None else round(self.turn, 3),
        }


def turn(points: np.ndarray) -> float:
    """0 for a frontal face, up to ~0.5 and beyond in profile, from dlib's 5 landmarks.

    Points 0-1 are the corners of one eye, 2-3 of the other, 4 the base of the nose.
    """
    eye_a, eye_b, nose = points[0:2].mean(axis=0), points[2:4].mean(axis=0), points[4]
    line = eye_b - eye_a
    length = float(line @ line)
    if length <= 0:
        return 0.5  # both eyes on one point: no face the encoder can use
    along = float((nose - eye_a) @ line) / length
    return abs(along - 0.5)


def sharpness(chip: np.ndarray) -> float:
    """Variance of the 4-neighbour Laplacian of an RGB (or grey) chip: low when blurred."""
    grey = chip.astype(np.float64)
    if grey.ndim == 3:
        grey = grey.mean(axis=2)
    lap = grey[1:-1, :-2] + grey[1:-1, 2:] + grey[:-2, 1:-1] + grey[2:, 1:-1] - 4 * grey[1:-1, 1:-1]
    return float(lap.var())


def measure(box, points: np.ndarray | None, chip: np.ndarray | None = None) -> FaceQuality:
    _, _, w, h = box
    return FaceQuality(
        height=int(h),
        turn=None if points is None else turn(points),
        aspect=w / h if h else 0.0,
        sharpness=None if chip is None else sharpness(chip),
    )
