"""The cleaned copy: faces blurred for good, boxes covered, no metadata, the rest untouched."""

import io
import struct

import numpy as np
import pytest
from PIL import Image, ImageCms, ImageFilter

from clearpost.checks.image_fixes import COVER_FILL, FACE_MARGIN, clean_image, output_format
from clearpost.detect.image.faces import shared_engine
from clearpost.detect.image.metadata import find_metadata
from clearpost.detect.images import load_image, register_heif

from conftest import face

XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    b'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="Marple"/>'
    b"</rdf:RDF></x:xmpmeta>"
)


def gps_exif() -> bytes:
    exif = Image.Exif()
    exif[0x0112] = 1
    exif[0x013B] = "Jane Smith"
    exif.get_ifd(0x8825).update({1: "N", 2: (53, 24, 17.5), 3: "W", 4: (2, 2, 58)})
    return exif.tobytes()


def with_everything(img: Image.Image, fmt: str = "JPEG") -> bytes:
    """The photo saved with GPS EXIF, XMP, an ICC profile and (JPEG) a comment."""
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    params = {"exif": gps_exif(), "xmp": XMP, "icc_profile": srgb}
    if fmt == "JPEG":
        params.update(comment=b"Olivia B, Year 4", quality=95)
    buf = io.BytesIO()
    img.save(buf, format=fmt, **params)
    return buf.getvalue()


def jpeg_segments(data: bytes) -> list[int]:
    """The markers of a JPEG's header segments, up to the image data."""
    assert data[:2] == b"\xff\xd8"
    pos, markers = 2, []
    while pos < len(data):
        marker = data[pos + 1]
        markers.append(marker)
        if marker == 0xDA:  # start of scan: pixels follow
            break
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        pos += 2 + length
    return markers


def header(data: bytes) -> bytes:
    """Everything but the compressed pixels (which may hold any bytes by chance)."""
    if data[:2] == b"\xff\xd8":
        return data[: data.index(b"\xff\xda")]
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, out = 8, b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        out += data[pos : pos + 8] if kind == b"IDAT" else data[pos : pos + 12 + length]
        pos += 12 + length
    return out


def sharpness(img: Image.Image, box) -> float:
    """Variance of the Laplacian inside the box: high for detail, near 0 for a smooth blur."""
    x, y, w, h = box
    grey = img.convert("L").crop((x, y, x + w, y + h))
    laplacian = grey.filter(ImageFilter.Kernel((3, 3), [0, 1, 0, 1, -4, 1, 0, 1, 0], 1, 128))
    return float(np.asarray(laplacian, dtype=float).var())


def outside(mask_box, size, pad):
    """A boolean mask of the pixels more than `pad` away from the box."""
    x, y, w, h = mask_box
    mask = np.ones((size[1], size[0]), bool)
    mask[max(0, y - pad) : y + h + pad, max(0, x - pad) : x + w + pad] = False
    return mask


@pytest.fixture(scope="module")
def obama():
    data = face("fr/examples/obama.jpg").read_bytes()
    image = load_image(data)
    faces = shared_engine().detect(image)
    assert len(faces) == 1
    return image, faces[0].box


def test_a_blurred_face_loses_its_detail_and_cannot_be_recognised(obama):
    image, box = obama
    data = with_everything(image)
    cleaned = clean_image(data, image, [box], [])
    out = Image.open(io.BytesIO(cleaned))
    assert out.format == "JPEG" and out.size == image.size
    before, after = sharpness(image, box), sharpness(out, box)
    assert after < 0.1 * before
    # CenterFace may still see a face-shaped blob there, but not whose face it is: the
    # blob's encoding is further from the original than any two photos of one person.
    engine = shared_engine()
    original = engine.encode(image, engine.detect(image)[0])
    for blob in engine.detect(out.convert("RGB")):
        assert np.linalg.norm(engine.encode(out.convert("RGB"), blob) - original) > 0.6
    # Everything away from the (enlarged) box is as it was, within JPEG's noise.
    pad = round(max(box[2], box[3]) * FACE_MARGIN) + 16
    keep = outside(box, image.size, pad)
    diff = np.abs(np.asarray(out, int) - np.asarray(image, int)).max(axis=2)[keep]
    assert diff.mean() < 3 and np.percentile(diff, 99) < 20


def test_the_cleaned_copy_carries_no_metadata(obama):
    image, box = obama
    data = with_everything(image)
    assert {item.kind for item in find_metadata(data)} >= {"gps", "owner", "xmp_location"}
    cleaned = clean_image(data, image, [box], [])
    out = Image.open(io.BytesIO(cleaned))
    assert not out.getexif() and not out.getexif().get_ifd(0x8825)
    assert not {"exif", "xmp", "icc_profile", "comment", "photoshop"} & set(out.info)
    # Only the frame, quantisation, Huffman and size segments: no APPn but JFIF, no COM.
    assert set(jpeg_segments(cleaned)) <= {0xE0, 0xDB, 0xC4, 0xC0, 0xDD, 0xDA}
    for word in (b"GPS", b"Exif", b"xmp", b"XMP", b"Jane", b"Marple", b"Olivia", b"ICC"):
        assert word not in header(cleaned)
    assert find_metadata(cleaned) == []


def test_cover_boxes_are_solid_and_the_rest_unchanged_in_a_png():
    rng = np.random.default_rng(3)
    image = Image.fromarray(rng.integers(0, 255, (300, 400, 3), dtype=np.uint8))
    data = with_everything(image, "PNG")
    cleaned = clean_image(data, image, [], [(50, 60, 120, 40), [300, 250, 200, 200]])
    out = Image.open(io.BytesIO(cleaned))
    assert out.format == "PNG" and not {"exif", "xmp", "icc_profile"} & set(out.info)
    for word in (b"eXIf", b"iCCP", b"iTXt", b"GPS", b"xmp"):
        assert word not in header(cleaned)
    pixels = np.asarray(out.convert("RGB"))
    assert (pixels[60:100, 50:170] == COVER_FILL).all()
    assert (pixels[250:300, 300:400] == COVER_FILL).all()  # clipped at the edges
    keep = outside((50, 60, 120, 40), image.size, 0) & outside((300, 250, 200, 200), image.size, 0)
    assert (pixels[keep] == np.asarray(image)[keep]).all()  # PNG: exactly


def test_a_blurred_region_in_a_png_is_smooth():
    rng = np.random.default_rng(4)
    image = Image.fromarray(rng.integers(0, 255, (300, 400, 3), dtype=np.uint8))
    box = (100, 80, 160, 160)
    cleaned = clean_image(with_everything(image, "PNG"), image, [box], [])
    assert sharpness(Image.open(io.BytesIO(cleaned)), box) < 0.01 * sharpness(image, box)


@pytest.mark.parametrize(
    "fmt, mode, expected",
    [
        ("JPEG", "RGB", "JPEG"),
        ("PNG", "RGB", "PNG"),
        ("PNG", "RGBA", "PNG"),
        ("WEBP", "RGB", "JPEG"),
        ("WEBP", "RGBA", "PNG"),
        ("GIF", "RGB", "JPEG"),
        ("HEIF", "RGB", "JPEG"),
    ],
)
def test_the_output_format_follows_the_input(fmt, mode, expected):
    register_heif()
    buf = io.BytesIO()
    Image.new(mode, (64, 48), (10, 200, 30, 128)[: len(mode)]).save(buf, format=fmt)
    data = buf.getvalue()
    assert output_format(data) == expected
    out = Image.open(io.BytesIO(clean_image(data, load_image(data), [], [])))
    assert out.format == expected and out.mode == "RGB" and out.size == (64, 48)


def test_an_output_format_can_be_asked_for_and_others_are_refused():
    data = with_everything(Image.new("RGB", (64, 48)), "PNG")
    assert output_format(data, "jpg") == "JPEG"
    with pytest.raises(ValueError, match="JPEG, PNG"):
        output_format(data, "GIF")


def test_the_colour_profile_is_applied_then_dropped():
    image = Image.new("RGB", (32, 32), (200, 40, 40))
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    buf = io.BytesIO()
    image.save(buf, format="PNG", icc_profile=srgb)
    out = Image.open(io.BytesIO(clean_image(buf.getvalue(), image, [], [])))
    assert "icc_profile" not in out.info
    assert np.abs(np.asarray(out, int) - np.asarray(image, int)).max() <= 2
