"""Finding faces and computing their 128-d encodings (dlib, as face_recognition does).

We call dlib directly with the model files of the `face_recognition_models`
package rather than importing `face_recognition`: that module loads every
model at import time and its model package needs `pkg_resources`. The
encoding is the same computation as `face_recognition.face_encodings` (5-point
landmarks, ResNet descriptor), so templates are interchangeable with it.

Models load once, on first use, and are shared by every request; the checksum
of each file is verified then (models/MODELS.md lists them).
"""

import hashlib
import importlib.util
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

MODEL_NAME = "dlib_resnet_v1+5pt"

# sha256 of the files in face_recognition_models 0.3.0 (see models/MODELS.md).
MODEL_FILES = {
    "shape_predictor_5_face_landmarks.dat": (
        "c4b1e9804792707d3a405c2c16a80a20269e6675021f64a41d30fffafbc41888"
    ),
    "dlib_face_recognition_resnet_model_v1.dat": (
        "55533b28a95800a551ba546ba62fe69625c7e95a7061c338adffead08719da30"
    ),
}

# Detection runs on a copy no larger than this (long side): HOG time grows with
# area, and enrolment photos are portraits where the face is large.
DETECT_MAX_SIDE = 1600


class ModelFilesMissing(RuntimeError):
    pass


@dataclass
class Face:
    """A detected face: its box in the image's pixels (x, y, w, h) and detector score."""

    box: tuple[int, int, int, int]
    score: float


def model_dir() -> Path:
    # find_spec locates the package without running its __init__ (which needs pkg_resources).
    spec = importlib.util.find_spec("face_recognition_models")
    if spec is None or not spec.submodule_search_locations:
        raise ModelFilesMissing(
            "The face models are not installed: run `make install` (package "
            "face-recognition-models)."
        )
    return Path(next(iter(spec.submodule_search_locations))) / "models"


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class FaceEngine:
    """dlib's detector, landmark model and face encoder, loaded lazily, once."""

    def __init__(self):
        self._lock = threading.Lock()
        self._loaded = False

    @property
    def ready(self) -> bool:
        return self._loaded

    def load(self) -> None:
        with self._lock:
            if self._loaded:
                return
            import dlib  # heavy: imported on first use, not when the app starts

            folder = model_dir()
            for name, expected in MODEL_FILES.items():
                path = folder / name
                if not path.exists():
                    raise ModelFilesMissing(f"Missing face model file {path}: reinstall.")
                actual = sha256(path)
                if actual != expected:
                    raise ModelFilesMissing(
                        f"Face model {name} has checksum {actual}, not the expected {expected}: "
                        "the file is damaged or not the one Clearpost was tested with."
                    )
            self._detector = dlib.get_frontal_face_detector()
            self._landmarks = dlib.shape_predictor(
                str(folder / "shape_predictor_5_face_landmarks.dat")
            )
            self._encoder = dlib.face_recognition_model_v1(
                str(folder / "dlib_face_recognition_resnet_model_v1.dat")
            )
            self._dlib = dlib
            self._loaded = True

    def detect(self, image: Image.Image, upsample: int = 1) -> list[Face]:
        """Faces in an RGB image, boxes in the image's own pixels."""
        self.load()
        scale = min(1.0, DETECT_MAX_SIDE / max(image.size))
        small = (
            image
            if scale == 1.0
            else image.resize(
                (round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS
            )
        )
        pixels = np.asarray(small)
        rects, scores, _ = self._detector.run(pixels, upsample, 0.0)
        faces = []
        for rect, score in zip(rects, scores, strict=True):
            left, top = max(0, rect.left()), max(0, rect.top())
            right, bottom = min(small.width, rect.right()), min(small.height, rect.bottom())
            box = (
                round(left / scale),
                round(top / scale),
                round((right - left) / scale),
                round((bottom - top) / scale),
            )
            faces.append(Face(box=box, score=float(score)))
        return faces

    def encode(self, image: Image.Image, face: Face, jitters: int = 1) -> np.ndarray:
        """The 128-d encoding of a face found by `detect` (dlib's own box)."""
        x, y, w, h = face.box
        return self.encode_rect(image, (x, y, x + w, y + h), jitters)

    def encode_rect(self, image: Image.Image, rect, jitters: int = 1) -> np.ndarray:
        """The 128-d encoding of the face in `rect` (left, top, right, bottom), a rectangle
        shaped as dlib's detector makes them (see face_detect.dlib_rect for other detectors)."""
        self.load()
        rect = self._dlib.rectangle(*(int(v) for v in rect))
        pixels = np.asarray(image)
        with self._lock:  # dlib's network is not safe to run from two threads at once
            shape = self._landmarks(pixels, rect)
            vector = self._encoder.compute_face_descriptor(pixels, shape, jitters)
        return np.array(vector, dtype=np.float64)


_shared = FaceEngine()


def shared_engine() -> FaceEngine:
    """The process-wide engine: models are loaded once and reused by every request."""
    return _shared
