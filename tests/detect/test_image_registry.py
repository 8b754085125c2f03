"""The image detectors share one protocol and a registry, and the photo check runs what the
registry holds: real detectors on real photos (the face models load in the first test that
needs them)."""

import io

import numpy as np
from detect.test_metadata import gps_exif
from PIL import Image

from clearpost.checks.photo import PhotoChecker
from clearpost.detect.image.face_match import TemplateCache
from clearpost.detect.image.protocol import ImageDetector, Lane, Photo, PhotoContext
from clearpost.detect.image.registry import (
    LogoFinder,
    MetadataFinder,
    Registry,
    UniformFinder,
    default_registry,
)
from clearpost.detect.images import load_image
from clearpost.detect.text.text_pii import shared_text_detector
from clearpost.vocab import FINDING_KINDS, FindingKind

from conftest import face


def context() -> PhotoContext:
    return PhotoContext(TemplateCache(), {})


def jpeg(image: Image.Image, **params) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="JPEG", **params)
    return buf.getvalue()


def test_every_detector_keeps_the_protocol_and_reports_its_own_kind():
    registry = default_registry(shared_text_detector())
    kinds = [d.kind for d in registry]
    assert all(isinstance(d, ImageDetector) for d in registry)
    assert len(set(kinds)) == len(kinds) and set(kinds) <= set(FINDING_KINDS)
    assert {d.lane for d in registry} == set(Lane)
    # Reporting order: the people, then the words and the badge, the file's metadata last.
    assert kinds == [
        FindingKind.FACE, FindingKind.UNIFORM, FindingKind.IMAGE_TEXT, FindingKind.LOGO,
        FindingKind.METADATA,
    ]  # fmt: skip


def test_the_photo_check_runs_the_detectors_its_registry_holds():
    # GPS in the file and a face in the pixels: a registry without the face detector
    # reports the position only; the default one reports the face too.
    image = load_image(face("fr/examples/obama2.jpg").read_bytes())
    data = jpeg(image, exif=gps_exif().tobytes())
    photo_only_metadata = PhotoChecker(None, Registry([MetadataFinder(), LogoFinder()]))
    found = photo_only_metadata.find(0, data, image, context())
    assert [f.kind for f in found] == [FindingKind.METADATA]

    everything = PhotoChecker(shared_text_detector())
    kinds = [f.kind for f in everything.find(0, data, image, context())]
    assert kinds == [FindingKind.FACE, FindingKind.METADATA]


def test_a_detector_that_reads_around_faces_runs_after_the_faces_in_its_lane():
    # Without the face detector before it, the uniform detector has no faces to look
    # around and finds nothing, whatever the school's uniform.
    image = Image.fromarray(np.full((200, 200, 3), 128, dtype=np.uint8))
    photo = Photo(0, b"", image)
    ctx = context()
    ctx.uniform_profiles = ["any"]
    assert UniformFinder().find(photo, ctx) == []
