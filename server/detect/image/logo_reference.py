"""A registered badge (logo, crest) made ready to find: its SIFT features, its greyscale and
outline for the photometric check, and its main colours for proposing where small copies
are; stored as an .npz without pickle. logos.py finds it in photos."""

import io
import json
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image

from .logo_checks import _lab

# The reference is normalised to this long side before its features are computed.
REFERENCE_SIDE = 320
# A match needs this many RANSAC inliers (logos.py); a reference, twice as many features.
MIN_INLIERS = 8
FORMAT_VERSION = 1


@dataclass
class LogoReference:
    """One registered badge image, ready to match: SIFT features and what verification needs."""

    name: str
    keypoints: np.ndarray  # (n, 4) float32: x, y, size, angle in the normalised reference
    descriptors: np.ndarray  # (n, 128) float32
    grey: np.ndarray  # normalised greyscale reference, uint8 (h, w)
    mask: np.ndarray  # uint8 (h, w): 255 where the badge is, 0 on its plain background
    colours: np.ndarray = field(repr=False)  # (k, 4) float32: Lab centre and weight, main colours

    @classmethod
    def from_image(cls, image: Image.Image, name: str = "logo") -> "LogoReference":
        """Build a reference from an RGB image of the badge (a scan, a PNG, a cropped photo)."""
        rgb = np.asarray(image.convert("RGB"))
        scale = REFERENCE_SIDE / max(rgb.shape[:2])
        size = (max(1, round(rgb.shape[1] * scale)), max(1, round(rgb.shape[0] * scale)))
        interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
        rgb = cv2.resize(rgb, size, interpolation=interp)
        grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
        mask = _foreground_mask(rgb)
        kps, desc = _sift().detectAndCompute(grey, None)
        if desc is None or len(kps) < MIN_INLIERS * 2:
            raise ValueError(
                f"{name}: the badge image has too little detail to recognise "
                f"({0 if desc is None else len(kps)} features; at least {MIN_INLIERS * 2} "
                "needed). Use a sharper or larger image of the badge."
            )
        points = np.array([(k.pt[0], k.pt[1], k.size, k.angle) for k in kps], np.float32)
        return cls(name, points, desc.astype(np.float32), grey, mask, _main_colours(rgb, mask))

    def to_bytes(self) -> bytes:
        """Serialise to an .npz (numpy arrays and a JSON header; no pickle)."""
        buf = io.BytesIO()
        header = json.dumps({"version": FORMAT_VERSION, "name": self.name})
        np.savez_compressed(
            buf,
            header=np.frombuffer(header.encode(), np.uint8),
            keypoints=self.keypoints,
            descriptors=self.descriptors,
            grey=self.grey,
            mask=self.mask,
            colours=self.colours,
        )
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> "LogoReference":
        with np.load(io.BytesIO(data), allow_pickle=False) as npz:
            header = json.loads(npz["header"].tobytes().decode())
            if header.get("version") != FORMAT_VERSION:
                raise ValueError(
                    f"logo reference format {header.get('version')} is not supported "
                    f"(expected {FORMAT_VERSION}); register the badge image again."
                )
            return cls(
                header["name"],
                npz["keypoints"].astype(np.float32),
                npz["descriptors"].astype(np.float32),
                npz["grey"].astype(np.uint8),
                npz["mask"].astype(np.uint8),
                npz["colours"].astype(np.float32),
            )


def _sift():
    return cv2.SIFT_create()


def _foreground_mask(rgb: np.ndarray) -> np.ndarray:
    """The badge itself: everything unless the border is a plain colour, then what differs."""
    border = np.concatenate([rgb[0], rgb[-1], rgb[:, 0], rgb[:, -1]]).astype(np.float32)
    if border.std(axis=0).max() > 18:
        return np.full(rgb.shape[:2], 255, np.uint8)
    background = np.median(border, axis=0)
    distance = np.abs(rgb.astype(np.float32) - background).max(axis=2)
    mask = (distance > 30).astype(np.uint8) * 255
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8))
    # Fill holes: the outline of the shield, not just its strokes.
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    filled = np.zeros_like(mask)
    cv2.drawContours(filled, contours, -1, 255, thickness=cv2.FILLED)
    if filled.mean() < 255 * 0.1:  # a faint badge on a plain ground: compare everything
        return np.full(rgb.shape[:2], 255, np.uint8)
    return filled


def _main_colours(rgb: np.ndarray, mask: np.ndarray, k: int = 3) -> np.ndarray:
    """The badge's main colours (Lab) and their shares; used to propose where small badges are."""
    pixels = _lab(rgb)[mask > 0].reshape(-1, 3)
    if len(pixels) > 20000:
        pixels = pixels[:: len(pixels) // 20000]
    criteria = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 20, 0.5)
    cv2.setRNGSeed(0)
    _, labels, centres = cv2.kmeans(pixels, k, None, criteria, 3, cv2.KMEANS_PP_CENTERS)
    weights = np.bincount(labels.ravel(), minlength=k) / len(labels)
    keep = weights >= 0.1
    return np.column_stack([centres[keep], weights[keep]]).astype(np.float32)
