"""The pictures in the reports: a small JPEG of each photo with every finding's box drawn,
coloured by what it is and numbered as the report lists it."""

import base64
import io

from PIL import Image, ImageDraw, ImageFont, ImageOps

from ..detect.images import DECODED_FORMATS, load_image, register_heif

THUMB_SIZE = 320
THUMB_QUALITY = 70

RED, AMBER, GREEN, BLUE = (220, 30, 30), (240, 150, 0), (30, 160, 60), (30, 90, 220)
COLOURS = {
    "face.no_consent": RED, "face.uncertain": RED, "image.pupil_name_visible": RED,
    "face.unknown": AMBER, "face.consented": GREEN, "face.staff_consented": GREEN,
    "image.school_logo": BLUE, "image.school_uniform": BLUE,
}  # fmt: skip


def colour_of(finding: dict) -> tuple[int, int, int]:
    """Red: a pupil who may not be shown (or their name); amber: unknown; green: consented;
    blue: the school's logo or uniform. Anything else in the picture (a phone number) red."""
    return COLOURS.get(finding.get("rule"), RED)


# -- thumbnails ---------------------------------------------------------------------------


def _small_upright(data: bytes, size: int) -> tuple[Image.Image, int, int]:
    """The photo upright and small, with the full upright size its boxes refer to."""
    register_heif()
    with Image.open(io.BytesIO(data), formats=DECODED_FORMATS) as img:
        if img.format == "JPEG":
            # Decode at 1/2..1/8 scale: ten times quicker for a 12 MP photo.
            full_width = img.size[0]
            img.draft("RGB", (size * 2, size * 2))
            factor = img.size[0] / full_width
            img.load()
            upright = ImageOps.exif_transpose(img).convert("RGB")
            width, height = round(upright.width / factor), round(upright.height / factor)
            return upright, width, height
    image = load_image(data)  # other formats: the check's own decoder
    return image, image.width, image.height


def thumbnail(data: bytes, findings: list[dict], size: int = THUMB_SIZE) -> dict:
    """A small JPEG of the photo (base64) with each finding's box drawn and numbered, and
    the photo's upright size; `findings` as the check returns them (boxes in full pixels)."""
    image, width, height = _small_upright(data, size)
    image.thumbnail((size, size))
    scale = image.width / width
    draw = ImageDraw.Draw(image)
    line = max(2, image.width // 150)
    try:
        font = ImageFont.load_default(size=max(11, image.width // 25))
    except (OSError, TypeError):  # Pillow without FreeType
        font = ImageFont.load_default()
    number = 0
    for f in findings:
        if not f.get("box"):
            continue
        number += 1
        x, y, w, h = (v * scale for v in f["box"])
        colour = colour_of(f)
        draw.rectangle((x, y, x + max(w, 2), y + max(h, 2)), outline=colour, width=line)
        label = str(number)
        left, top, right, bottom = draw.textbbox((x, y), label, font=font)
        ty = y - (bottom - top) - 2 if y > (bottom - top) + 2 else y + h + 1
        draw.rectangle((x, ty, x + (right - left) + 4, ty + (bottom - top) + 3), fill=colour)
        draw.text((x + 2, ty - (top - y)), label, fill=(255, 255, 255), font=font)
    buf = io.BytesIO()
    image.save(buf, format="JPEG", quality=THUMB_QUALITY)
    return {"thumb": base64.b64encode(buf.getvalue()).decode(), "width": width, "height": height}
