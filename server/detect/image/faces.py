"""Finding faces (CenterFace, face_detect.py) and computing their 128-d encodings (dlib).

The encodings are face_recognition's: we call dlib directly with the model files of
the `face_recognition_models` package rather than importing `face_recognition`: that
module loads every model at import time and its model package needs `pkg_resources`. The
encoding is the same computation as `face_recognition.face_encodings` (5-point
landmarks, ResNet descriptor), so templates are interchangeable with it; the ResNet itself
runs in NumPy over all the faces of a photo at once (face_encoder.py, dlib's numbers to
within 1e-6).

Models load once, on first use, and are shared by every request; the checksum
of each file is verified then (models/MODELS.md lists them).
"""

import threading
from pathlib import Path

import numpy as np
from PIL import Image

from ...errors import ModelFilesMissing
from ..models import package_folder, sha256, verify_files
from .dlib_network import CHIP_SIZE
from .face_detect import Face, FaceDetector, dlib_rect
from .face_encoder import CHIP_PADDING, EncoderFileError, ResNetEncoder

__all__ = ["Face", "FaceEngine", "ModelFilesMissing", "model_dir", "sha256", "shared_engine"]

MODEL_NAME = "dlib_resnet_v1+5pt"

ENCODER_FILE = "dlib_face_recognition_resnet_model_v1.dat"

# sha256 of the files in face_recognition_models 0.3.0 (see models/MODELS.md).
MODEL_FILES = {
    "shape_predictor_5_face_landmarks.dat": (
        "c4b1e9804792707d3a405c2c16a80a20269e6675021f64a41d30fffafbc41888"
    ),
    ENCODER_FILE: ("55533b28a95800a551ba546ba62fe69625c7e95a7061c338adffead08719da30"),
}


def model_dir() -> Path:
    return (
        package_folder(
            "face_recognition_models",
            "The face models are not installed: run `make install` (package "
            "face-recognition-models).",
        )
        / "models"
    )


class FaceEngine:
    """The face detector and dlib's landmark model and face encoder, loaded lazily, once."""

    def __init__(self, detector=None):
        self._lock = threading.Lock()
        self._loaded = False
        self._dlib_encoder = None
        # CenterFace finds the small and turned faces of group photos that dlib's HOG
        # misses (bench/face_detection.py); enrolment and checks use the same detector.
        self._finder = detector or FaceDetector()
        # Detector passes over a turned photo (face_turns): an upright photo makes none.
        self.turned_passes = 0

    @property
    def ready(self) -> bool:
        return self._loaded and self._finder.ready

    def load(self) -> None:
        with self._lock:
            if self._loaded:
                return
            import dlib  # heavy: imported on first use, not when the app starts

            folder = model_dir()
            verify_files(folder, MODEL_FILES, "Face model", ModelFilesMissing)
            self._landmarks = dlib.shape_predictor(
                str(folder / "shape_predictor_5_face_landmarks.dat")
            )
            # dlib's ResNet, run in NumPy over all the faces of a photo at once
            # (face_encoder.py: 6x less CPU than dlib's own loop, the same encodings).
            try:
                self._resnet = ResNetEncoder((folder / ENCODER_FILE).read_bytes())
            except EncoderFileError as e:
                raise ModelFilesMissing(
                    f"Face model {ENCODER_FILE} cannot be read ({e}): reinstall (make install)."
                ) from e
            self._dlib = dlib
            self._finder.load()
            self._loaded = True

    def detect(self, image: Image.Image) -> list[Face]:
        """Faces in an RGB image, boxes (x, y, w, h) in the image's own pixels, best first."""
        return self._finder.detect(image)

    def detect_small(self, image: Image.Image) -> list[Face]:
        """One pass of the detector over a small image as it is (face_turns' first look)."""
        return self._finder.detect_at(image, 1.0, self._finder.threshold)

    def find_faces(self, image: Image.Image):
        """Faces upright: `detect`, and when no face stands upright, the photo turned
        (face_turns.Found: the faces, the image they stand upright in, and the turn)."""
        from .face_turns import find_faces

        return find_faces(self, image)

    def encode(self, image: Image.Image, face: Face, jitters: int = 1) -> np.ndarray:
        """The 128-d encoding of a face found by `detect`."""
        return self.encode_many(image, [face], jitters)[0]

    def encode_many(self, image: Image.Image, faces: list[Face], jitters: int = 1, helper=None):
        """The encodings of several faces of one image (its pixels are read once).

        Each face's landmarks and aligned chip come from a crop around it rather than the
        whole photo: dlib copies the image it is given, which costs a 12 MP photo ~0.1 s
        per face, and the chip only ever comes from the face's neighbourhood. The chips
        are then encoded together by face_encoder.py (NumPy, outside the lock: several
        requests encode at once); `helper`, an executor whose idle thread may take some of
        the batches (ResNetEncoder.encode). `jitters` > 1 (random jitter, for experiments)
        uses dlib's own encoder.
        """
        self.load()
        if not faces:
            return []
        chips = self.chips_of(image, faces)
        if jitters > 1:
            encoder = self.dlib_encoder()
            return [np.array(encoder.compute_face_descriptor(c, jitters)) for c in chips]
        return list(self._resnet.encode(chips, helper))

    def chips_of(self, image: Image.Image, faces: list[Face]) -> list[np.ndarray]:
        """Each face's aligned 150 px chip, the encoder's input; sets `face.landmarks`."""
        pixels = np.asarray(image)
        height, width = pixels.shape[:2]
        chips = []
        for face in faces:
            # The landmark model was trained on dlib's own boxes: reshape ours to match.
            left, top, right, bottom = dlib_rect(face.box)
            margin = right - left  # one face-width all round holds the whole chip
            x0, y0 = max(0, left - margin), max(0, top - margin)
            x1, y1 = min(width, right + margin), min(height, bottom + margin)
            crop = np.ascontiguousarray(pixels[y0:y1, x0:x1])
            rect = self._dlib.rectangle(left - x0, top - y0, right - x0, bottom - y0)
            with self._lock:  # one dlib call at a time, as before (~1 ms a face)
                shape = self._landmarks(crop, rect)
                # The chip compute_face_descriptor cuts inside: 150 px, padding 0.25.
                chips.append(
                    self._dlib.get_face_chip(crop, shape, size=CHIP_SIZE, padding=CHIP_PADDING)
                )
            # Kept for the pose check (face_quality.turn), in the image's pixels.
            face.landmarks = np.array(
                [(p.x + x0, p.y + y0) for p in shape.parts()], dtype=np.float64
            )
        return chips

    def dlib_encoder(self):
        """dlib's own encoder (same file), loaded on first use: jittered encodings, and the
        reference the NumPy encoder is tested and benchmarked against."""
        self.load()
        with self._lock:
            if self._dlib_encoder is None:
                self._dlib_encoder = self._dlib.face_recognition_model_v1(
                    str(model_dir() / ENCODER_FILE)
                )
            return self._dlib_encoder

    def chip(self, image: Image.Image, face: Face) -> np.ndarray:
        """The aligned 150 px face chip the encoder reads, for a face already encoded."""
        self.load()
        if face.landmarks is None:
            self.encode(image, face)
        pixels = np.asarray(image)
        points = [self._dlib.point(round(x), round(y)) for x, y in face.landmarks]
        xs, ys = face.landmarks[:, 0], face.landmarks[:, 1]
        rect = self._dlib.rectangle(
            round(xs.min()), round(ys.min()), round(xs.max()), round(ys.max())
        )
        shape = self._dlib.full_object_detection(rect, points)
        # Same chip as dlib's encoder: 150 px, padding 0.25 (its defaults).
        return np.asarray(self._dlib.get_face_chip(pixels, shape, size=150, padding=0.25))


_shared: FaceEngine | None = None
_shared_lock = threading.Lock()


def shared_engine() -> FaceEngine:
    """The process-wide engine: models are loaded once and reused by every request."""
    global _shared
    if _shared is None:
        with _shared_lock:
            if _shared is None:
                _shared = FaceEngine()
    return _shared
