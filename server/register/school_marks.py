"""Registering the school's logo and uniform: from the admin's images to stored references.

The logo's reference is its features (detect/image/logos.py) and a small preview of the
badge. A uniform is stored as its colour profile only (detect/image/uniforms.py) with a
swatch of those colours as its preview: the photos, which may show a child wearing
it, are never kept.
"""

import io

import numpy as np
from PIL import Image, ImageDraw

from ..detect.images import load_image
from ..errors import ClearpostError
from ..vocab import MarkKind

PREVIEW_SIDE = 160


def _png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def add_logo(marks, data: bytes, name: str, actor: str):
    from ..detect.image.logos import LogoReference

    image = load_image(data, name)  # ImageRejected: a ClearpostError saying why
    try:
        reference = LogoReference.from_image(image, name)
    except ValueError as exc:
        raise ClearpostError(str(exc)) from exc
    preview = image.copy()
    preview.thumbnail((PREVIEW_SIDE, PREVIEW_SIDE))
    return marks.add(MarkKind.LOGO, name, reference.to_bytes(), _png(preview), actor)


def add_uniform(marks, photos: list[tuple[str, bytes]], name: str, actor: str):
    from ..detect.image.uniforms import UniformProfile

    images = [load_image(data, photo) for photo, data in photos]
    try:
        profile = UniformProfile.from_images(images)
    except ValueError as exc:
        raise ClearpostError(f"{name}: {exc}") from exc
    return marks.add(
        MarkKind.UNIFORM, name, profile.to_bytes(), _png(swatch(profile.colours)), actor
    )


def swatch(colours: np.ndarray) -> Image.Image:
    """Bars of the profile's colours, as wide as their share."""
    import cv2

    image = Image.new("RGB", (PREVIEW_SIDE, 40), "white")
    draw = ImageDraw.Draw(image)
    x = 0.0
    for l_, a, b, share in sorted(colours.tolist(), key=lambda c: -c[3]):
        lab = np.array([[[l_, a, b]]], dtype=np.float32)  # float Lab, as uniforms.py uses
        rgb = np.clip(cv2.cvtColor(lab, cv2.COLOR_Lab2RGB)[0, 0] * 255, 0, 255)
        r, g, bl = (int(v) for v in rgb)
        width = share * PREVIEW_SIDE
        draw.rectangle((round(x), 0, round(x + width), 40), fill=(r, g, bl))
        x += width
    return image
