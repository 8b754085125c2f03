"""The NumPy face encoder (detect/image/face_encoder.py) against dlib's own, on real photos.

Enrolled templates were made by dlib's `compute_face_descriptor`, one face at a time
(crop, 5 landmarks, 1 jitter): the batch path must give the same encodings, to 1e-4 per
number (measured: under 1e-6), or every template in every school would need re-enrolling.
"""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import class_photo
import numpy as np
import pytest
from PIL import Image

from clearpost.detect.image import face_encoder
from clearpost.detect.image.face_detect import dlib_rect
from clearpost.detect.image.face_encoder import EncoderFileError, ResNetEncoder
from clearpost.detect.image.faces import ENCODER_FILE, FaceEngine, model_dir

from conftest import face

TOLERANCE = 1e-4


@pytest.fixture(scope="module")
def engine():
    e = FaceEngine()
    e.load()
    return e


def one_at_a_time(engine, image, faces):
    """The encodings as Clearpost computed them before the batch encoder: per face, a crop
    around it, dlib's 5 landmarks and dlib's compute_face_descriptor (1 jitter)."""
    dlib, encoder = engine._dlib, engine.dlib_encoder()
    pixels = np.asarray(image)
    height, width = pixels.shape[:2]
    out = []
    for f in faces:
        left, top, right, bottom = dlib_rect(f.box)
        margin = right - left
        x0, y0 = max(0, left - margin), max(0, top - margin)
        x1, y1 = min(width, right + margin), min(height, bottom + margin)
        crop = np.ascontiguousarray(pixels[y0:y1, x0:x1])
        rect = dlib.rectangle(left - x0, top - y0, right - x0, bottom - y0)
        shape = engine._landmarks(crop, rect)
        out.append(np.array(encoder.compute_face_descriptor(crop, shape, 1)))
        f.landmarks = np.array([(p.x + x0, p.y + y0) for p in shape.parts()], dtype=np.float64)
    return np.array(out)


@pytest.mark.parametrize(
    "name",
    [
        "fr/examples/obama.jpg",
        "fr/examples/biden.jpg",
        "fr/examples/two_people.jpg",
        "fr/examples/knn_examples/test/obama_and_biden.jpg",
        "fr/tests/test_images/obama_partial_face.jpg",
        "dlib/2008_002470.jpg",
    ],
)
def test_batch_encodings_equal_dlibs_one_at_a_time(engine, name):
    image = Image.open(face(name)).convert("RGB")
    faces = engine.detect(image)
    assert faces
    batch = np.array(engine.encode_many(image, faces))
    reference = one_at_a_time(engine, image, faces)
    assert batch.shape == reference.shape == (len(faces), 128)
    assert np.abs(batch - reference).max() < TOLERANCE


def test_class_photo_encodings_equal_dlibs_and_batches_split(engine, monkeypatch):
    """30 faces of a 12 MP class photo: more faces than one forward pass takes (BATCH),
    so the batches are split and joined; every encoding is still dlib's."""
    face("dlib/training.xml")
    image, _ = class_photo.class_photo()
    faces = engine.detect(image)
    assert len(faces) > face_encoder.BATCH
    batch = np.array(engine.encode_many(image, faces))
    assert np.abs(batch - one_at_a_time(engine, image, faces)).max() < TOLERANCE
    # The same faces one by one through the new path: a face's encoding does not depend
    # on the others in its batch.
    single = np.array([engine.encode(image, f) for f in faces[:5]])
    assert np.abs(single - batch[:5]).max() < TOLERANCE


def test_encoder_file_is_read_layer_by_layer():
    data = (model_dir() / ENCODER_FILE).read_bytes()
    encoder = ResNetEncoder(data)
    np.testing.assert_allclose(encoder.means, [122.782, 117.001, 104.298], atol=1e-3)
    assert encoder.encode([]).shape == (0, 128)
    # A cut file, or one with a byte changed in a layer's header, is refused.
    with pytest.raises(EncoderFileError):
        ResNetEncoder(data[: len(data) // 2])
    with pytest.raises(EncoderFileError):
        ResNetEncoder(data + b"\x00")
    with pytest.raises(EncoderFileError):
        ResNetEncoder(data.replace(b"max_pool_2", b"max_pool_3", 1))


def test_jittered_encoding_still_comes_from_dlib(engine):
    image = Image.open(face("fr/examples/obama.jpg")).convert("RGB")
    faces = engine.detect(image)
    plain = engine.encode(image, faces[0])
    jittered = engine.encode(image, faces[0], jitters=3)
    assert 0 < np.linalg.norm(plain - jittered) < 0.2


def test_a_helper_thread_encodes_some_batches_and_nothing_changes(engine, monkeypatch):
    """With a helper executor, batches are shared between this thread and the helper's
    (both cores), and the encodings come out in order, the same as without it."""
    face("dlib/training.xml")  # the class photo is built from ../shared: skip without it
    image, _ = class_photo.class_photo()
    chips = engine.chips_of(image, engine.detect(image))
    chips = chips * 2  # 8 batches: the helper's thread has long started before they run out
    alone = engine._resnet.encode(chips)
    threads = []
    forward = ResNetEncoder._forward

    def noting(self, batch):
        threads.append(threading.current_thread().name)
        return forward(self, batch)

    monkeypatch.setattr(ResNetEncoder, "_forward", noting)
    with ThreadPoolExecutor(1, thread_name_prefix="helper") as helper:
        shared = engine._resnet.encode(chips, helper)
    assert len(threads) == -(-len(chips) // face_encoder.BATCH)
    assert any(t.startswith("helper") for t in threads)
    assert any(not t.startswith("helper") for t in threads)
    assert np.array_equal(shared, alone)


def test_a_busy_helper_is_not_waited_for(engine):
    """The helper's thread busy with something else (another photo's OCR): this thread
    encodes every batch itself and does not wait for the helper to come free."""
    image = Image.open(face("dlib/2008_002470.jpg")).convert("RGB")
    chips = engine.chips_of(image, engine.detect(image)) * 3
    release = threading.Event()
    with ThreadPoolExecutor(1) as helper:
        helper.submit(release.wait, 60)
        started = time.monotonic()
        encodings = engine._resnet.encode(chips, helper)
        waited = time.monotonic() - started
        release.set()
    assert len(encodings) == len(chips)
    assert waited < 30  # it would be 60 had it waited for the busy helper
