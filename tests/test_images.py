"""Opening images from people: every format upright in RGB, and refusals that say why."""

import io
import struct
import zlib

import numpy as np
import pytest
from PIL import Image, ImageDraw

from clearpost.detect.images import ImageRejected, load_image, register_heif

RED, BLUE, WHITE = (255, 0, 0), (0, 0, 255), (255, 255, 255)


def upright() -> Image.Image:
    """A landscape picture with a red block top-left and a blue block top-right."""
    img = Image.new("RGB", (120, 80), WHITE)
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, 29, 29), fill=RED)
    draw.rectangle((90, 0, 119, 29), fill=BLUE)
    return img


def colour_at(img: Image.Image, x: int, y: int) -> tuple[int, int, int]:
    return tuple(int(v) for v in np.asarray(img)[y - 5 : y + 5, x - 5 : x + 5].mean(axis=(0, 1)))


def near(colour, expected, tolerance=40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour, expected, strict=True))


def assert_upright(img: Image.Image):
    assert img.mode == "RGB" and img.size == (120, 80)
    assert near(colour_at(img, 15, 15), RED)
    assert near(colour_at(img, 105, 15), BLUE)
    assert near(colour_at(img, 60, 65), WHITE)


def encode(img: Image.Image, fmt: str, **params) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format=fmt, **params)
    return buf.getvalue()


# How the camera stored the picture for each EXIF orientation (EXIF 2.32, tag 0x0112):
# what the sensor wrote, which the tag then tells the viewer to turn back.
STORED = {
    1: lambda im: im,
    2: lambda im: im.transpose(Image.Transpose.FLIP_LEFT_RIGHT),  # mirrored
    3: lambda im: im.rotate(180),
    4: lambda im: im.transpose(Image.Transpose.FLIP_TOP_BOTTOM),
    5: lambda im: im.transpose(Image.Transpose.TRANSPOSE),  # mirrored and turned
    6: lambda im: im.rotate(90, expand=True),  # viewer turns it 90° clockwise
    7: lambda im: im.transpose(Image.Transpose.TRANSVERSE),
    8: lambda im: im.rotate(-90, expand=True),  # viewer turns it 90° anticlockwise
}


@pytest.mark.parametrize("orientation", sorted(STORED))
def test_every_exif_orientation_comes_out_upright(orientation):
    exif = Image.Exif()
    exif[0x0112] = orientation
    data = encode(STORED[orientation](upright()), "JPEG", quality=95, exif=exif.tobytes())
    assert_upright(load_image(data))


def test_a_heic_photo_from_an_iphone_opens_upright():
    register_heif()
    exif = Image.Exif()
    exif[0x0112] = 6
    data = encode(STORED[6](upright()), "HEIF", quality=95, exif=exif.tobytes())
    assert data[4:12] == b"ftypheic"
    assert_upright(load_image(data))


def test_heic_support_is_registered_on_first_use_not_at_import():
    import subprocess
    import sys

    code = (
        "import sys, clearpost.detect.images;"
        "assert 'pillow_heif' not in sys.modules;"
        "from PIL import Image; assert 'HEIF' not in Image.OPEN"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("fmt", ["PNG", "WEBP", "GIF"])
def test_other_formats(fmt):
    assert_upright(
        load_image(encode(upright(), fmt, **({"lossless": True} if fmt == "WEBP" else {})))
    )


def test_a_cameras_mpo_jpeg_is_read_as_the_jpeg_it_is():
    buf = io.BytesIO()
    upright().save(buf, "MPO", save_all=True, append_images=[upright()])
    assert Image.open(io.BytesIO(buf.getvalue())).format == "MPO"
    assert_upright(load_image(buf.getvalue()))


# A PostScript file Pillow would read with Ghostscript (when installed) on load.
EPS = b"""%!PS-Adobe-3.0 EPSF-3.0
%%BoundingBox: 0 0 120 80
%%EndComments
newpath 0 0 moveto 120 0 lineto 120 80 lineto closepath fill
showpage
%%EOF
"""


@pytest.mark.parametrize("fmt", ["TIFF", "BMP", "EPS", "PSD", "ICO", "PPM", "TGA"])
def test_formats_the_readme_does_not_list_are_refused_before_decoding(fmt):
    if fmt == "EPS":
        data = EPS
    elif fmt == "PSD":
        pytest.importorskip("PIL.PsdImagePlugin")
        data = _psd()
    else:
        data = encode(upright(), fmt)
    with Image.open(io.BytesIO(data)) as img:
        assert img.format == fmt  # Pillow would open it
    with pytest.raises(ImageRejected, match=r"not an image Clearpost can read \(JPEG, PNG"):
        load_image(data)


def _psd() -> bytes:
    """The smallest Photoshop file: 1x1, RGB, 8 bits, raw pixels."""
    header = b"8BPS" + struct.pack(">H6xHIIHH", 1, 3, 1, 1, 8, 3)
    return header + struct.pack(">III", 0, 0, 0) + struct.pack(">H", 0) + b"\x00" * 3


def test_png_with_alpha_is_flattened_onto_white():
    img = upright().convert("RGBA")
    img.putalpha(255)
    ImageDraw.Draw(img).rectangle((40, 40, 79, 79), fill=(0, 0, 0, 0))  # see-through
    out = load_image(encode(img, "PNG"))
    assert out.mode == "RGB"
    assert out.getpixel((60, 60)) == WHITE
    assert out.getpixel((15, 15)) == RED


def test_a_16_bit_png_is_reduced_to_8_bit():
    values = (np.arange(120 * 80, dtype=np.uint32).reshape(80, 120) * 8).astype(np.uint16)
    img = Image.fromarray(values)
    assert img.mode == "I;16"
    out = load_image(encode(img, "PNG"))
    grey = np.asarray(out)[:, :, 0].astype(int)
    assert out.mode == "RGB"
    assert abs(grey[79, 119] - values[79, 119] // 256) <= 1 and grey[0, 0] == 0


def test_a_palette_png_with_a_transparent_colour():
    img = upright().quantize(4)
    transparent = img.getpixel((60, 60))  # the white
    out = load_image(encode(img, "PNG", transparency=transparent))
    assert_upright(out)
    assert out.getpixel((60, 60)) == WHITE


def test_an_animated_gif_gives_its_first_frame():
    frames = [upright(), Image.new("RGB", (120, 80), (0, 128, 0))]
    data = encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100)
    assert Image.open(io.BytesIO(data)).n_frames == 2
    assert_upright(load_image(data))


def test_a_truncated_jpeg_is_refused():
    data = encode(Image.effect_noise((400, 300), 60).convert("RGB"), "JPEG")
    with pytest.raises(ImageRejected, match="truncated or corrupt"):
        load_image(data[: len(data) // 2], "photo.jpg")


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims to be width x height: the header of a decompression bomb."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")


@pytest.mark.parametrize("width, height", [(8000, 8000), (20000, 20000)])
def test_a_decompression_bomb_is_refused_naming_the_limit(width, height):
    with pytest.raises(ImageRejected, match="limit of 60 MP|limit is 60 MP") as caught:
        load_image(png_header_only(width, height), "bomb.png")
    assert "bomb.png" in str(caught.value)


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty"),
        (b"%PDF-1.7 not a picture", "JPEG, PNG, WebP, GIF or HEIC"),
    ],
)
def test_what_is_not_an_image_is_refused_with_the_formats_we_read(data, message):
    with pytest.raises(ImageRejected, match=message):
        load_image(data)
