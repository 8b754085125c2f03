"""The image fixes: a cleaned copy of a photo with faces blurred, text covered, metadata gone.

The copy is written from the upright RGB pixels `load_image` made, never from the
original file's structure, so nothing hidden in the original comes along: no EXIF
(GPS, owner, serial numbers, the orientation tag, which the pixels no longer
need), no XMP or IPTC, no comments, no thumbnails (which would still show the
unblurred face), and no ICC profile (its colours are converted to sRGB first).
"""

import io
import warnings

from PIL import Image, ImageCms, ImageDraw, ImageFilter

from ..detect.images import DECODED_FORMATS, register_heif

Box = tuple[int, int, int, int] | list[int]  # x, y, w, h in the image's pixels

JPEG_QUALITY = 90
FACE_MARGIN = 0.15  # each side, as a share of the face box: hair, ears and chin go too
FACE_BLOCKS = 8  # pixel blocks across a blurred face: too coarse to recognise anyone
COVER_FILL = (0, 0, 0)
OUTPUT_FORMATS = ("JPEG", "PNG")
# libjpeg's largest side. A GIF or HEIC may be taller or wider (a GIF's screen goes to
# 65,535: `make fuzz` found one, whose JPEG copy failed with a 500): its copy is PNG.
JPEG_MAX_SIDE = 65_500


def output_format(data: bytes, fmt: str | None = None) -> str:
    """The format the cleaned copy is written in: `fmt` if given, else what suits the input.

    JPEG stays JPEG and PNG stays PNG; anything else (WebP, GIF, HEIC) becomes PNG when it
    has transparency (the flattened copy keeps hard edges there) and JPEG otherwise.
    """
    if fmt is not None:
        fmt = fmt.upper().replace("JPG", "JPEG")
        if fmt not in OUTPUT_FORMATS:
            raise ValueError(f"Cannot write {fmt!r}: choose one of {', '.join(OUTPUT_FORMATS)}.")
        return fmt
    original = _open(data)
    if original is None:
        return "JPEG"
    with original:
        if original.format in OUTPUT_FORMATS:
            return original.format
        if max(original.size) > JPEG_MAX_SIDE:
            return "PNG"
        alpha = original.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
            "transparency" in original.info
        )
        return "PNG" if alpha else "JPEG"


def clean_image(
    data: bytes,
    image: Image.Image,
    blur_boxes: list[Box],
    cover_boxes: list[Box],
    fmt: str | None = None,
) -> bytes:
    """A cleaned copy of the photo: `image` (upright RGB, from `load_image(data)`) with every
    face in `blur_boxes` blurred beyond recognition, every box in `cover_boxes` filled solid,
    and no metadata; in the format `output_format(data, fmt)` names."""
    out_format = output_format(data, fmt)
    pixels = _in_srgb(image, _icc_profile(data))
    for box in blur_boxes:
        _blur_face(pixels, box)
    draw = ImageDraw.Draw(pixels)
    for box in cover_boxes:
        clipped = _clip(box, pixels.size)
        if clipped:
            x0, y0, x1, y1 = clipped
            draw.rectangle((x0, y0, x1 - 1, y1 - 1), fill=COVER_FILL)
    # Pillow's writers copy some of `info` (the ICC profile, for PNG): start from nothing.
    pixels.info = {}
    buf = io.BytesIO()
    if out_format == "JPEG":
        pixels.save(buf, format="JPEG", quality=JPEG_QUALITY)
    else:
        pixels.save(buf, format="PNG")
    return buf.getvalue()


def _open(data: bytes) -> Image.Image | None:
    register_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return Image.open(io.BytesIO(data), formats=DECODED_FORMATS)
    except Exception:  # noqa: BLE001 - load_image has already judged the file; guess JPEG
        return None


def _icc_profile(data: bytes) -> bytes | None:
    original = _open(data)
    if original is None:
        return None
    with original:
        return original.info.get("icc_profile") or None


def _in_srgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    """The pixels converted from the file's colour profile to sRGB, so that dropping the
    profile leaves the colours as they were (an iPhone's Display P3 would look dull)."""
    if icc:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            if ImageCms.getProfileDescription(source).strip().startswith("sRGB"):
                return image.convert("RGB")  # a copy; sRGB is what no profile means
            converted = ImageCms.profileToProfile(
                image, source, ImageCms.createProfile("sRGB"), outputMode="RGB"
            )
            if converted is not None:
                return converted
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile: keep the pixels as they are
    return image.convert("RGB")  # a copy, to draw on


def _clip(box: Box, size: tuple[int, int], margin: float = 0.0):
    """The box as (x0, y0, x1, y1), enlarged by `margin` of its size each side, inside the
    image; None when nothing of it is inside."""
    x, y, w, h = (int(round(v)) for v in box)
    dx, dy = round(w * margin), round(h * margin)
    x0, y0 = max(0, x - dx), max(0, y - dy)
    x1, y1 = min(size[0], x + w + dx), min(size[1], y + h + dy)
    return (x0, y0, x1, y1) if x1 > x0 and y1 > y0 else None


def _blur_face(image: Image.Image, box: Box) -> None:
    """Pixelate the (enlarged) box to a coarse grid, then blur the grid's edges away.

    Pixelation throws the detail away (each block is one average colour), so no filter
    can bring the face back; the blur only hides the blocks' edges.
    """
    clipped = _clip(box, image.size, FACE_MARGIN)
    if not clipped:
        return
    x0, y0, x1, y1 = clipped
    region = image.crop(clipped)
    w, h = region.size
    block = max(1.0, w / FACE_BLOCKS)
    grid = (max(1, round(w / block)), max(1, round(h / block)))
    coarse = region.resize(grid, Image.Resampling.BOX).resize((w, h), Image.Resampling.NEAREST)
    image.paste(coarse.filter(ImageFilter.GaussianBlur(radius=block / 2)), (x0, y0))
