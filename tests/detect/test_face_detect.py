"""The face detector with the real CenterFace model, on the shared face photos.

Recall thresholds leave a margin under what bench/face_detection.py measured
(100% of the 43 labelled faces as-is and at 12 MP). Speed is the bench's business.
"""

import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image

from clearpost.detect.image import face_detect
from clearpost.detect.image.face_detect import FaceDetector, dlib_rect
from clearpost.detect.image.faces import FaceEngine, ModelFilesMissing

from conftest import face

MATCH_IOU = 0.3


@pytest.fixture(scope="module")
def detector():
    return FaceDetector()


@pytest.fixture(scope="module")
def labelled():
    """(image, boxes) for each photo of dlib's training.xml and testing.xml."""
    items = []
    for xml in ("dlib/training.xml", "dlib/testing.xml"):
        path = face(xml)
        for node in ET.parse(path).getroot().iter("image"):
            boxes = [
                tuple(int(b.get(k)) for k in ("left", "top", "width", "height"))
                for b in node.iter("box")
                if b.get("ignore") != "1"
            ]
            items.append((Image.open(path.parent / node.get("file")).convert("RGB"), boxes))
    return items


def iou(a, b) -> float:
    ix = max(0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    return ix * iy / (a[2] * a[3] + b[2] * b[3] - ix * iy)


def found(truth, faces) -> int:
    """How many true boxes a distinct detection overlaps (IoU >= 0.3), greedily."""
    pairs = sorted(
        ((iou(t, f.box), ti, fi) for ti, t in enumerate(truth) for fi, f in enumerate(faces)),
        reverse=True,
    )
    used_t, used_f = set(), set()
    for overlap, ti, fi in pairs:
        if overlap >= MATCH_IOU and ti not in used_t and fi not in used_f:
            used_t.add(ti)
            used_f.add(fi)
    return len(used_t)


def inside(image, faces):
    for f in faces:
        x, y, w, h = f.box
        assert all(isinstance(v, int) for v in f.box)
        assert x >= 0 and y >= 0 and w > 0 and h > 0
        assert x + w <= image.width and y + h <= image.height
        assert isinstance(f.score, float)


def test_recall_on_ground_truth_as_is(detector, labelled):
    hits = total = 0
    for image, truth in labelled:
        faces = detector.detect(image)
        inside(image, faces)
        hits, total = hits + found(truth, faces), total + len(truth)
    assert total == 43
    assert hits / total >= 0.93  # measured 43/43


def test_recall_on_ground_truth_at_12_mp(detector, labelled):
    hits = total = 0
    for image, truth in labelled:
        k = (12e6 / (image.width * image.height)) ** 0.5
        big = image.resize((round(image.width * k), round(image.height * k)))
        faces = detector.detect(big)
        inside(big, faces)
        truth = [tuple(round(v * k) for v in box) for box in truth]
        hits, total = hits + found(truth, faces), total + len(truth)
    assert hits / total >= 0.93  # measured 43/43


@pytest.mark.parametrize("size", [40, 48, 60])
def test_small_faces_in_a_12_mp_photo(detector, size):
    """Faces of 40-60 px (their labelled box) pasted all over a plain 4000x3000 photo.

    Not flush against a corner: a 40 px face there scores 0.43, just over the threshold.
    """
    crops = []
    for name, box in [  # large labelled faces of testing.xml / training.xml
        ("dlib/2008_002506.jpg", (329, 78, 109, 109)),
        ("dlib/2008_002506.jpg", (224, 95, 91, 91)),
        ("dlib/2009_004587.jpg", (154, 46, 75, 76)),
        ("dlib/2008_001009.jpg", (125, 214, 90, 91)),
    ]:
        x, y, w, h = box
        image = Image.open(face(name)).convert("RGB")
        crop = image.crop((x - w // 3, y - h // 3, x + w + w // 3, y + h + h // 3))
        k = size / w
        crops.append((crop.resize((round(crop.width * k), round(crop.height * k))), k, w // 3))
    canvas = Image.new("RGB", (4000, 3000), (150, 160, 150))
    truth = []
    places = [(60, 40), (3850, 2850), (1900, 1400), (700, 2500), (3100, 500), (2500, 2000)]
    for i, (cx, cy) in enumerate(places + [(300, 1200), (3600, 1600)]):
        crop, k, margin = crops[i % len(crops)]
        left, top = min(cx, 4000 - crop.width), min(cy, 3000 - crop.height)
        canvas.paste(crop, (left, top))
        truth.append((left + round(margin * k), top + round(margin * k), size, size))
    faces = detector.detect(canvas)
    inside(canvas, faces)
    assert found(truth, faces) == len(truth)
    assert len(faces) == len(truth)


def test_no_face_on_dogs(detector):
    # At one size only (long side 1600) a dog's face scores 0.52; the pass that sees it
    # at its own size scores it under 0.3 (bench/face_detection.py).
    assert detector.detect(Image.open(face("dlib/dogs.jpg")).convert("RGB")) == []


PORTRAITS = [
    "examples/obama.jpg",
    "examples/obama2.jpg",
    "examples/obama_small.jpg",
    "examples/obama-240p.jpg",
    "examples/obama-1080p.jpg",
    "examples/biden.jpg",
    "examples/alex-lacamoire.png",
    "examples/lin-manuel-miranda.png",
    "examples/knn_examples/train/biden/biden2.jpg",
    "examples/knn_examples/train/kit_harington/john1.jpeg",
    "examples/knn_examples/train/rose_leslie/img1.jpg",
    "examples/knn_examples/test/obama1.jpg",
    "tests/test_images/obama3.jpg",
    "tests/test_images/obama_partial_face.jpg",
    "tests/test_images/32bit.png",
]


@pytest.mark.parametrize("name", PORTRAITS)
def test_one_face_in_a_portrait(detector, name):
    image = Image.open(face(f"fr/{name}")).convert("RGB")
    faces = detector.detect(image)
    assert len(faces) == 1, [f.box for f in faces]
    inside(image, faces)


def test_two_people(detector):
    image = Image.open(face("fr/examples/two_people.jpg")).convert("RGB")
    faces = detector.detect(image)
    assert len(faces) == 2
    inside(image, faces)
    assert faces[0].box[0] + faces[0].box[2] < faces[1].box[0] or (
        faces[1].box[0] + faces[1].box[2] < faces[0].box[0]
    )


def test_box_at_the_edge_is_clipped(detector):
    """A face cut by the photo's edge still gets a box inside the photo."""
    image = Image.open(face("fr/tests/test_images/obama_partial_face.jpg")).convert("RGB")
    faces = detector.detect(image)
    assert faces and faces[0].box[0] == 0
    inside(image, faces)


@pytest.mark.parametrize(
    "name",
    [
        "examples/obama.jpg",
        "examples/biden.jpg",
        "examples/two_people.jpg",
        "examples/knn_examples/train/rose_leslie/img2.jpg",
        "examples/knn_examples/test/johnsnow_test1.jpg",
    ],
)
def test_encoding_from_our_box_matches_hog_box(detector, name):
    engine = FaceEngine()
    engine.load()
    dlib = engine._dlib
    image = Image.open(face(f"fr/{name}")).convert("RGB")
    pixels = np.asarray(image)

    def encoding(rect):
        shape = engine._landmarks(pixels, dlib.rectangle(*rect))
        return np.array(engine.dlib_encoder().compute_face_descriptor(pixels, shape, 1))

    ours = detector.detect(image)
    hog = [(r.left(), r.top(), r.width(), r.height())
           for r in dlib.get_frontal_face_detector()(pixels, 1)]  # fmt: skip
    assert len(ours) == len(hog) >= 1
    for box in hog:
        mine = max(ours, key=lambda f, b=box: iou(f.box, b))
        x, y, w, h_ = box
        distance = np.linalg.norm(encoding(dlib_rect(mine.box)) - encoding((x, y, x + w, y + h_)))
        assert distance < 0.2  # same person is < 0.6; measured mean 0.05 on fr/


def test_dlib_rect_is_a_square_around_the_face():
    # side = mean(80, 110) = 95, centred on (140, 155 + 0.03 * 110)
    assert dlib_rect((100, 100, 80, 110)) == (92, 111, 187, 206)


def test_wrong_model_file_is_refused(monkeypatch, tmp_path):
    fake = tmp_path / "centerface.onnx"
    fake.write_bytes(b"not the model")
    monkeypatch.setattr(face_detect, "model_path", lambda: fake)
    with pytest.raises(ModelFilesMissing, match="checksum"):
        FaceDetector().load()


def test_nothing_loads_until_first_use():
    assert not FaceDetector().ready
