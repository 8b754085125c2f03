"""Opening images that come from people: safely, upright, and within limits.

Every image goes through `load_image`: it refuses what is not an image, what is
truncated or corrupt, and decompression bombs (a small file that decodes to an
enormous bitmap), with a message that names the limit; and it applies the EXIF
orientation first, because phones store photos sideways with a rotation tag.
"""

import io
import threading
import warnings

from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

from ..errors import ImageRejected, ImageTooLarge

# Deliberate limits: a 48 MP phone photo passes; anything past 60 MP is refused.
MAX_PIXELS = 60_000_000
MAX_BYTES = 40 * 1024 * 1024


FORMATS = "JPEG, PNG, WebP, GIF or HEIC"
# Pillow's names for exactly those (JPEG's opener also reads a camera's MPO, a JPEG with a
# second view inside; HEIF is pillow-heif's HEIC). Every Image.open of outside bytes passes
# these: anything else is refused before a decoder runs, so TIFF is not read and EPS never
# reaches Ghostscript.
DECODED_FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "HEIF")

_heif_lock = threading.Lock()
_heif_registered = False


def register_heif() -> None:
    """Teach Pillow to open HEIC/HEIF (iPhone photos), once, on first use rather than at import."""
    global _heif_registered
    if _heif_registered:
        return
    with _heif_lock:
        if not _heif_registered:
            from pillow_heif import register_heif_opener

            register_heif_opener()
            _heif_registered = True


def load_image(data: bytes, name: str = "image") -> Image.Image:
    """Decode `data` to an upright RGB image, or raise ImageRejected."""
    if not data:
        raise ImageRejected(f"{name} is empty (0 bytes).")
    if len(data) > MAX_BYTES:
        raise ImageTooLarge(
            f"{name} is {len(data) / 1048576:.0f} MB; the limit is {MAX_BYTES // 1048576} MB."
        )
    register_heif()
    # A global in Pillow that some libraries switch on at import (face_recognition's api.py
    # does): it would let half a photo through as if whole.
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        with warnings.catch_warnings():
            # Pillow warns, then errors, on bombs; our own check below names the limit.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data), formats=DECODED_FORMATS)
            width, height = img.size
            if width * height > MAX_PIXELS:
                raise ImageTooLarge(
                    f"{name} is {width}x{height} pixels ({width * height / 1e6:.0f} MP); the "
                    f"limit is {MAX_PIXELS / 1e6:.0f} MP. Export it at a smaller size."
                )
            img.seek(0)  # the first frame of a GIF or animated WebP
            img.load()
            img = ImageOps.exif_transpose(img)
            return _to_rgb(img)
    except ImageRejected:
        raise
    except UnidentifiedImageError as exc:
        raise ImageRejected(f"{name} is not an image Clearpost can read ({FORMATS}).") from exc
    except Image.DecompressionBombError as exc:
        # Pillow refuses enormous images itself, before we see the size: name our limit.
        raise ImageTooLarge(
            f"{name} is far larger than the limit of {MAX_PIXELS / 1e6:.0f} MP. "
            "Export it at a smaller size."
        ) from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ImageRejected(f"{name} is truncated or corrupt ({exc}).") from exc


def pixel_count(data: bytes) -> int:
    """Width x height from the file's header, without decoding the pixels; 0 when the
    header cannot be read (load_image then says why)."""
    register_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=DECODED_FORMATS) as img:
                width, height = img.size
    except Image.DecompressionBombError:
        return MAX_PIXELS + 1  # Pillow's own refusal: past any limit of ours
    except Exception:  # noqa: BLE001 - not an image: load_image refuses it with the reason
        return 0
    return width * height


def _to_rgb(img: Image.Image) -> Image.Image:
    """RGB, with transparency flattened onto white and 16-bit reduced to 8-bit."""
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        img = img.point(lambda v: v / 256).convert("L")
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        img = img.convert("RGBA")
        background = Image.new("RGB", img.size, (255, 255, 255))
        background.paste(img, mask=img.getchannel("A"))
        return background
    return img.convert("RGB")
