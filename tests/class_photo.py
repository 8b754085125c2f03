"""A 12 MP class photo of 30 real faces, built at run time from ../shared's group photos.

Issue 16 item 5: "a 12 MP class photo with ~30 faces, all checks in 1.5 s". No such photo
may sit in the repository (the faces are real people's, kept in ../shared only), so it
is made when needed, like bench/face_detection.py's crowd: five of dlib's PASCAL VOC group
photos (../shared/fixtures/faces/dlib, Boost licence) with 3 + 6 + 7 + 7 + 7 labelled faces,
each scaled up to fill its cell of a 4000x3000 canvas (three on the top row, two below),
with the ground-truth boxes scaled with them. Faces come out 99-360 px high, those of
pupils on a class photo taken with a phone from the front of the room.

Used by the tests (tests/test_face_batch.py) and by `make bench` (bench/photo_check.py).
"""

import io
import xml.etree.ElementTree as ET
from pathlib import Path

from PIL import Image

DLIB = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures" / "faces" / "dlib"
SIZE = (4000, 3000)
# Rows of photos; each photo fills an equal share of its row's width and half the height.
ROWS = [
    ["2007_007763.jpg", "2008_004176.jpg", "2008_007676.jpg"],
    ["2008_002079.jpg", "2008_001322.jpg"],
]
BACKGROUND = (120, 120, 120)


def available() -> bool:
    return (DLIB / "training.xml").exists() and (DLIB / "testing.xml").exists()


def _labelled() -> dict[str, list[tuple[int, int, int, int]]]:
    """Each photo's face boxes (x, y, w, h) from dlib's training.xml and testing.xml."""
    boxes = {}
    for xml in ("training.xml", "testing.xml"):
        for node in ET.parse(DLIB / xml).getroot().iter("image"):
            boxes[node.get("file")] = [
                tuple(int(b.get(k)) for k in ("left", "top", "width", "height"))
                for b in node.iter("box")
                if b.get("ignore") != "1"
            ]
    return boxes


def class_photo() -> tuple[Image.Image, list[tuple[int, int, int, int]]]:
    """The 4000x3000 RGB class photo and its 30 faces' boxes (x, y, w, h)."""
    labelled = _labelled()
    canvas = Image.new("RGB", SIZE, BACKGROUND)
    cell_h = SIZE[1] // len(ROWS)
    truth = []
    for r, row in enumerate(ROWS):
        cell_w = SIZE[0] // len(row)
        for c, name in enumerate(row):
            photo = Image.open(DLIB / name).convert("RGB")
            zoom = min(cell_w / photo.width, cell_h / photo.height)
            size = (round(photo.width * zoom), round(photo.height * zoom))
            x0 = c * cell_w + (cell_w - size[0]) // 2
            y0 = r * cell_h + (cell_h - size[1]) // 2
            canvas.paste(photo.resize(size, Image.Resampling.BICUBIC), (x0, y0))
            truth += [
                (x0 + round(x * zoom), y0 + round(y * zoom), round(w * zoom), round(h * zoom))
                for x, y, w, h in labelled[name]
            ]
    return canvas, truth


def class_photo_jpeg(quality: int = 90) -> bytes:
    """The class photo as a phone would send it: a JPEG file."""
    image, _ = class_photo()
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=quality)
    return buf.getvalue()
