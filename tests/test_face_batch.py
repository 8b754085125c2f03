"""A class photo checked with the batch face encoder gives what one face at a time gave.

Issue 16 item 5: the faces of a photo are now encoded together, in NumPy, on both cores
(detect/image/face_encoder.py), where each face went through dlib's encoder in turn. On the
12 MP class photo of 30 faces (tests/class_photo.py) with two pupils enrolled from faces
in it, the whole check (Checker.check, every detector) must give the same findings and
verdict as the same check with dlib's encoder one face at a time, the way it was.
"""

import io

import class_photo
import pytest
from detect.test_face_encoder import one_at_a_time
from PIL import Image

from clearpost.checks.post import CheckRequest
from clearpost.register.enrol import enrol_photos
from clearpost.register.mis_import import parse_pupils

from conftest import PUPILS_CSV, face, upn


@pytest.fixture(scope="module")
def photo():
    face("dlib/training.xml")  # skips without ../shared
    return class_photo.class_photo()


def crop_of(image: Image.Image, box) -> bytes:
    """The face and half a face around it, as a JPEG: a photo of one person to enrol from."""
    x, y, w, h = box
    region = (max(0, x - w // 2), max(0, y - h // 2), min(image.width, x + w * 3 // 2),
              min(image.height, y + h * 3 // 2))  # fmt: skip
    buf = io.BytesIO()
    image.crop(region).save(buf, "JPEG", quality=95)
    return buf.getvalue()


@pytest.fixture
def school(sqlite_services, photo):
    """Olivia (may appear on social media) and Tom (may not) enrolled from two of the
    class photo's large faces; everyone else in it is a stranger."""
    image, truth = photo
    reg = sqlite_services.register
    reg.apply_import(parse_pupils(PUPILS_CSV.encode()), "test")
    largest = sorted(truth, key=lambda b: -b[3])
    for who, box in ((upn(1), largest[0]), (upn(2), largest[2])):
        [result] = enrol_photos(
            reg, sqlite_services.faces, who, [("c.jpg", crop_of(image, box))], "t"
        )
        assert result.enrolled, str(result)
    return sqlite_services


def test_the_class_photo_gives_the_same_findings_as_one_face_at_a_time(school, photo, monkeypatch):
    image, truth = photo
    request = CheckRequest(text="Our class photo!", images=[class_photo.class_photo_jpeg()])
    batch = school.checker.check(request, "test", audit=False)
    engine = school.checker.photos.engine

    def dlib_one_at_a_time(image, faces, jitters=1, helper=None):
        return list(one_at_a_time(engine, image, faces))

    monkeypatch.setattr(engine, "encode_many", dlib_one_at_a_time)
    before = school.checker.check(request, "test", audit=False)

    faces = [f for f in batch["findings"] if f["kind"] == "face"]
    assert len(faces) >= len(truth)  # every labelled face, and maybe a background one
    named = {f["person"]["display"] for f in faces if f.get("person")}
    assert named == {"Olivia B. (Year 4)", "Tom H. (Year 4)"}  # found in the crowd
    assert batch["verdict"] == "block"  # Tom may not appear on social media
    # Every finding (faces: box, rule, severity, who, score; text, logo, metadata) and the
    # verdict, exactly as with dlib's encoder one face at a time.
    assert batch["findings"] == before["findings"]
    assert batch["verdict"] == before["verdict"]
