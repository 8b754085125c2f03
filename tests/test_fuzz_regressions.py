"""Inputs `make fuzz` (tests/fuzz/run.py) found that broke a parser or a writer, each
rebuilt here from a description rather than kept as a file.

1. A GIF whose logical screen is 24 x 65,535 pixels (the frame in it only 24 x 16): 1.6 MP,
   well within the pixel limits, decoded upright to 24 x 65,535. Its cleaned copy was
   written as JPEG, whose sides stop at 65,500 pixels: Pillow raised "broken data stream
   when writing image file", so a check asking for fixes answered 500 (found by the images
   target in its second minute). A side past JPEG's limit is now written as PNG.
"""

import base64
import io

from PIL import Image

from clearpost.checks.image_fixes import JPEG_MAX_SIDE, clean_image, output_format
from clearpost.detect.images import load_image


def tall_gif(height: int = 65_535) -> bytes:
    """A 24 x 16 GIF frame on a 24 x `height` logical screen (bytes 8-9 of the header)."""
    out = io.BytesIO()
    Image.new("L", (24, 16), 128).save(out, "GIF")
    data = bytearray(out.getvalue())
    data[8:10] = height.to_bytes(2, "little")
    return bytes(data)


def test_the_tall_gif_is_what_the_fuzzer_found():
    assert load_image(tall_gif()).size == (24, 65_535)


def test_a_side_past_jpegs_limit_is_cleaned_as_png():
    data = tall_gif()
    assert output_format(data) == "PNG"
    cleaned = clean_image(data, load_image(data), [(0, 0, 4, 4)], [(1, 1, 2, 2)])
    assert Image.open(io.BytesIO(cleaned)).format == "PNG"
    assert load_image(cleaned).size == (24, 65_535)


def test_a_side_within_jpegs_limit_stays_jpeg():
    assert output_format(tall_gif(JPEG_MAX_SIDE)) == "JPEG"


def test_the_check_with_fixes_answers_it_with_a_png_copy(client, token):
    reply = client.post(
        "/api/v1/check",
        json={"images": [base64.b64encode(tall_gif()).decode()], "want_fixes": True},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert reply.status_code == 200, reply.get_json()
    fixed = reply.get_json()["fixes"]["images"][0]
    assert fixed["content_type"] == "image/png"
    assert Image.open(io.BytesIO(base64.b64decode(fixed["data"]))).format == "PNG"
