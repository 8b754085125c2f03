"""Finding the school's uniform on the people in a photo.

The admin registers photos of the garment (jumper, polo, blazer). We keep its
main colours in CIE Lab. In a photo, for each face we look at the clothing
region below it and measure how much of it has one of those colours. Chroma (a,
b) counts more than lightness, because shade and exposure change lightness most.
A neutral garment (grey, black, white) has no chroma to go on, so its lightness
counts for more, and still any top of a similar grey matches it: a grey school
jumper and a grey hoodie are the same colour. That ambiguity is inherent; the
policy should weigh a uniform finding on a neutral colour accordingly, and
`UniformProfile.neutral` says when the profile is one.
If the badge is registered too, it is looked for in the same region.
"""

import json
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from clearpost.detect.image.logos import LogoReference, find_logos

FORMAT_VERSION = 1
# A garment colour: Lab distance with lightness counted at LIGHTNESS_WEIGHT.
LIGHTNESS_WEIGHT = 0.35
NEUTRAL_LIGHTNESS_WEIGHT = 0.7
NEUTRAL_CHROMA = 10.0
COLOUR_TOLERANCE = 14.0
# Share of the clothing region in the uniform's colours for a match (measured on
# the fixtures in tests/detect/test_uniforms.py: painted uniform >= 0.45, other
# colours and the original clothes <= 0.1).
MIN_SHARE = 0.25
# Below the chin, as multiples of the face box: where a torso is.
REGION_TOP, REGION_BOTTOM, REGION_WIDTH = 0.25, 2.25, 2.4
MIN_VISIBLE = 0.5  # of the region's height inside the photo, or the face is skipped


@dataclass
class UniformProfile:
    """The registered garment's main colours: (k, 4) Lab centre and share, shares summing to 1."""

    colours: np.ndarray

    @property
    def neutral(self) -> bool:
        """True when the garment's main colour is grey, black or white (weak evidence)."""
        main = self.colours[np.argmax(self.colours[:, 3])]
        return bool(np.hypot(main[1], main[2]) < NEUTRAL_CHROMA)

    @classmethod
    def from_images(cls, images: list[Image.Image], k: int = 4) -> "UniformProfile":
        """Main colours of the garment in one or more photos (plain backgrounds are ignored)."""
        pixels = [_garment_pixels(_lab(np.asarray(_small(im)))) for im in images]
        pixels = np.concatenate(pixels).astype(np.float32)
        if len(pixels) < 100:
            raise ValueError("the uniform photos show too little of the garment; use larger photos")
        criteria = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 20, 0.5)
        cv2.setRNGSeed(0)
        _, labels, centres = cv2.kmeans(pixels, k, None, criteria, 3, cv2.KMEANS_PP_CENTERS)
        weights = np.bincount(labels.ravel(), minlength=k) / len(labels)
        keep = weights >= 0.12  # stitching, shadows and labels are not the uniform's colour
        weights = weights[keep] / weights[keep].sum()
        return cls(np.column_stack([centres[keep], weights]).astype(np.float32))

    def to_bytes(self) -> bytes:
        return json.dumps(
            {"version": FORMAT_VERSION, "colours": np.round(self.colours, 3).tolist()}
        ).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> "UniformProfile":
        obj = json.loads(data)
        if obj.get("version") != FORMAT_VERSION:
            raise ValueError(
                f"uniform profile format {obj.get('version')} is not supported (expected "
                f"{FORMAT_VERSION}); register the uniform photos again."
            )
        return cls(np.array(obj["colours"], np.float32).reshape(-1, 4))


@dataclass
class UniformMatch:
    """The clothing region below one face: box (x, y, w, h), score 0..1, badge seen or not."""

    face: int  # index into face_boxes
    box: tuple[int, int, int, int]
    score: float
    share: float  # of the region in the uniform's colours
    matched: bool
    badge: bool


def _small(image: Image.Image, side: int = 256) -> Image.Image:
    image = image.convert("RGB")
    scale = side / max(image.size)
    if scale >= 1:
        return image
    return image.resize(
        (max(1, round(image.width * scale)), max(1, round(image.height * scale))),
        Image.Resampling.BOX,
    )


def _lab(rgb: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(rgb.astype(np.float32) / 255.0, cv2.COLOR_RGB2Lab)


def _garment_pixels(lab: np.ndarray) -> np.ndarray:
    """The garment: the central 70% of the photo, minus what matches a plain border."""
    h, w = lab.shape[:2]
    centre = lab[int(h * 0.15) : int(h * 0.85), int(w * 0.15) : int(w * 0.85)].reshape(-1, 3)
    border = np.concatenate([lab[0], lab[-1], lab[:, 0], lab[:, -1]])
    if border.std(axis=0).max() < 6:  # a plain background: drop what looks like it
        distance = np.linalg.norm(centre - np.median(border, axis=0), axis=1)
        centre = centre[distance > 12]
    return centre


def _colour_share(lab: np.ndarray, colours: np.ndarray) -> float:
    """Share of pixels within tolerance of any of the profile's colours."""
    pixels = lab.reshape(-1, 3)
    hit = np.zeros(len(pixels), bool)
    for L, a, b, _w in colours:
        # A neutral colour (grey, black, white) has only its lightness to go on.
        weight = LIGHTNESS_WEIGHT if np.hypot(a, b) >= NEUTRAL_CHROMA else NEUTRAL_LIGHTNESS_WEIGHT
        d2 = ((pixels[:, 0] - L) * weight) ** 2
        d2 += (pixels[:, 1] - a) ** 2 + (pixels[:, 2] - b) ** 2
        hit |= d2 < COLOUR_TOLERANCE**2
    return float(hit.mean()) if len(pixels) else 0.0


def clothing_region(face_box, size) -> tuple[tuple[int, int, int, int], float]:
    """The region below a face where its clothes are, clipped; and the share of it in view."""
    x, y, w, h = face_box
    width, height = size
    top = y + h + REGION_TOP * h
    bottom = y + h + REGION_BOTTOM * h
    cx = x + w / 2
    left, right = cx - REGION_WIDTH * w / 2, cx + REGION_WIDTH * w / 2
    visible = (min(bottom, height) - min(top, height)) / (bottom - top)
    x0, y0 = int(max(0, left)), int(max(0, min(top, height)))
    x1, y1 = int(min(width, right)), int(min(height, bottom))
    return (x0, y0, max(0, x1 - x0), max(0, y1 - y0)), visible


def find_uniforms(
    image: Image.Image,
    face_boxes: list[tuple[int, int, int, int]],
    profile: UniformProfile,
    logo_refs: list[LogoReference] | None = None,
) -> list[UniformMatch]:
    """For each face with enough body in view: does the clothing below it look like the uniform?"""
    results = []
    for index, face_box in enumerate(face_boxes):
        box, visible = clothing_region(face_box, image.size)
        if visible < MIN_VISIBLE or box[2] < 8 or box[3] < 8:
            continue  # a face at the bottom edge: no clothes to judge
        x, y, w, h = box
        crop = image.crop((x, y, x + w, y + h))
        share = _colour_share(_lab(np.asarray(_small(crop, 128))), profile.colours)
        badge = False
        if logo_refs:
            badge = bool(find_logos(crop, logo_refs))
        colour_score = min(1.0, share / (2 * MIN_SHARE))
        score = max(colour_score, 0.9) if badge else colour_score
        results.append(
            UniformMatch(
                face=index,
                box=box,
                score=round(score, 3),
                share=round(share, 3),
                matched=share >= MIN_SHARE or badge,
                badge=badge,
            )
        )
    return results
