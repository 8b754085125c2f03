"""Names written in the picture: reading the text inside an image with RapidOCR.

Certificates, name labels, whiteboards and signs carry names that the post's
text does not. This module only reads: `read_text` returns the lines it found
(text, box, score); the text detector then looks for names in the joined text,
and `words_with_boxes` (text_lines.py) maps its character offsets back to boxes in
the image.

The models (PaddleOCR's PP-OCRv4 detector and recogniser, and the v2 direction
classifier, as ONNX) ship inside the `rapidocr-onnxruntime` wheel; nothing is
downloaded. They load once, on first use, after their checksums are verified
(models/MODELS.md lists them).

Speed: the detector's time grows with area, so it runs on a copy no larger
than DETECT_MAX_SIDE; each line it finds is then cut from the full-size image
for the recogniser, which is what keeps small text legible. Lines too small to
read are skipped, and recognition stops at a fixed amount of work (MAX_REC_UNITS),
tallest text first: names on labels and certificates are written large.
"""

import threading
from pathlib import Path

import numpy as np
from PIL import Image

from ...errors import OcrModelsMissing
from ..models import package_folder, verify_files
from .text_lines import Lines, TextLine

# sha256 of the model files inside rapidocr-onnxruntime 1.4.4 (they match its RECORD).
MODEL_FILES = {
    "ch_PP-OCRv4_det_infer.onnx": (
        "d2a7720d45a54257208b1e13e36a8479894cb74155a5efe29462512d42f49da9"
    ),
    "ch_PP-OCRv4_rec_infer.onnx": (
        "48fc40f24f6d2a207a2b1091d3437eb3cc3eb6b676dc3ef9c37384005483683b"
    ),
    "ch_ppocr_mobile_v2.0_cls_infer.onnx": (
        "e47acedf663230f8863ff1ab0e64dd2d82b838fceb5957146dab185a89d6215c"
    ),
}

# Detection runs on a copy no larger than this (long side). At 960 a 12 MP photo is
# shrunk about four times: text 40 px high in the photo is still 10 px, enough to find.
DETECT_MAX_SIDE = 960
MIN_LINE_HEIGHT = 8  # pixels, in the detection copy: smaller text is not legible
# Recognition is paid per line and per width: a line up to 320 px long at the recogniser's
# 48 px height (about 12 letters) costs one unit, ~50 ms of one core; longer lines cost
# more. A whiteboard full of writing would take seconds, so the largest text is read
# first and reading stops at this many units (`Lines.skipped` counts the rest).
MAX_REC_UNITS = 12
MIN_SCORE = 0.5  # the recogniser's confidence below which a line is dropped


def model_dir() -> Path:
    return (
        package_folder(
            "rapidocr_onnxruntime",
            "The OCR models are not installed: run `make install` (package rapidocr-onnxruntime).",
            OcrModelsMissing,
        )
        / "models"
    )


class TextReader:
    """RapidOCR's detector, direction classifier and recogniser, loaded lazily, once."""

    def __init__(self):
        self._lock = threading.Lock()
        self._ocr = None

    @property
    def ready(self) -> bool:
        return self._ocr is not None

    def load(self) -> None:
        with self._lock:
            if self._ocr is not None:
                return
            folder = model_dir()
            verify_files(folder, MODEL_FILES, "OCR model", OcrModelsMissing)
            from rapidocr_onnxruntime import RapidOCR  # heavy: onnxruntime, cv2

            # Explicit paths to the files just checked; "max" means never upscale for detection
            # (RapidOCR's default, "min", enlarges small images to 736 px, which costs time).
            self._ocr = RapidOCR(
                det_model_path=str(folder / "ch_PP-OCRv4_det_infer.onnx"),
                rec_model_path=str(folder / "ch_PP-OCRv4_rec_infer.onnx"),
                cls_model_path=str(folder / "ch_ppocr_mobile_v2.0_cls_infer.onnx"),
                det_limit_type="max",
                det_limit_side_len=DETECT_MAX_SIDE,
                # One core: the photo check runs the OCR beside the face encoder.
                intra_op_num_threads=1,
            )

    def read_text(self, image: Image.Image) -> Lines:
        """The lines of text in an RGB image, top to bottom, boxes in the image's pixels."""
        self.load()
        import cv2

        if image.mode != "RGB":
            image = image.convert("RGB")
        scale = min(1.0, DETECT_MAX_SIDE / max(image.size))
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        # reducing_gap: shrink by whole factors first (fast), then resample the rest.
        small = (
            image
            if scale == 1.0
            else image.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
        )
        # RapidOCR's models were trained on OpenCV's BGR order.
        small_bgr = np.ascontiguousarray(np.asarray(small)[:, :, ::-1])
        with self._lock:  # RapidOCR keeps per-call state on its objects
            quads, _ = self._ocr.text_det(small_bgr)
            if quads is None or len(quads) == 0:
                return Lines()
            legible = [q for q in quads if _height(q) >= MIN_LINE_HEIGHT]
            quads = _within_budget(legible)
            if not quads:
                return Lines()
            quads = [q / scale for q in quads]
            crops = [_crop(cv2, image, q) for q in quads]
            crops, _, _ = self._ocr.text_cls(crops)
            results, _ = self._ocr.text_rec(crops)
        lines = []
        for quad, (text, score, *_) in zip(quads, results, strict=True):
            text = text.strip()
            if not text or float(score) < MIN_SCORE:
                continue
            lines.append(
                TextLine(
                    text=text,
                    box=_bounds(quad, image.width, image.height),
                    score=float(score),
                    points=[(float(x), float(y)) for x, y in quad],
                )
            )
        lines.sort(key=lambda line: (line.box[1] + line.box[3] / 2, line.box[0]))
        out = Lines(_reading_order(lines))
        out.skipped = len(legible) - len(quads)
        return out


def _height(quad: np.ndarray) -> float:
    return float(max(np.linalg.norm(quad[0] - quad[3]), np.linalg.norm(quad[1] - quad[2])))


def _within_budget(quads: list[np.ndarray]) -> list[np.ndarray]:
    """The lines to recognise: the tallest text first, up to MAX_REC_UNITS of work."""
    chosen, spent = [], 0.0
    for quad in sorted(quads, key=_height, reverse=True):
        length = float(np.linalg.norm(quad[0] - quad[1]))
        units = max(1.0, length / _height(quad) * 48 / 320)
        if chosen and spent + units > MAX_REC_UNITS:
            continue  # a shorter line further down may still fit
        chosen.append(quad)
        spent += units
    return chosen


def _bounds(quad: np.ndarray, width: int, height: int) -> tuple[int, int, int, int]:
    x0, y0 = np.floor(quad.min(axis=0)).astype(int)
    x1, y1 = np.ceil(quad.max(axis=0)).astype(int)
    x0, y0 = max(0, int(x0)), max(0, int(y0))
    x1, y1 = min(width, int(x1)), min(height, int(y1))
    return (x0, y0, x1 - x0, y1 - y0)


def _crop(cv2, image: Image.Image, quad: np.ndarray) -> np.ndarray:
    """The line straightened out of the full-size image (BGR), at most 64 px high: the
    recogniser works at 48 px, and a smaller crop is faster to warp and loses nothing."""
    x0, y0, w0, h0 = _bounds(quad, image.width, image.height)
    region = np.asarray(image.crop((x0, y0, x0 + max(1, w0), y0 + max(1, h0))))
    region = np.ascontiguousarray(region[:, :, ::-1])
    quad = (quad - np.array([x0, y0])).astype(np.float32)
    shrink = min(1.0, 64 / max(_height(quad), 1.0))
    if shrink < 1.0:  # averaging down first: warping alone would alias large text
        region = cv2.resize(region, None, fx=shrink, fy=shrink, interpolation=cv2.INTER_AREA)
        quad = quad * np.float32(shrink)
    width = max(np.linalg.norm(quad[0] - quad[1]), np.linalg.norm(quad[2] - quad[3]))
    w, h = max(1, round(width)), max(1, round(_height(quad)))
    target = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(quad, target)
    crop = cv2.warpPerspective(
        region, matrix, (w, h), borderMode=cv2.BORDER_REPLICATE, flags=cv2.INTER_CUBIC
    )
    if h / w >= 1.5:  # vertical text: lay it down as the recogniser expects
        crop = np.rot90(crop)
    return np.ascontiguousarray(crop)


def _reading_order(lines: list[TextLine]) -> list[TextLine]:
    """Top to bottom; lines whose middles are at the same height, left to right."""
    rows: list[list[TextLine]] = []
    for line in lines:
        middle = line.box[1] + line.box[3] / 2
        if rows:
            last = rows[-1][0]
            if abs(middle - (last.box[1] + last.box[3] / 2)) < last.box[3] / 2:
                rows[-1].append(line)
                continue
        rows.append([line])
    return [line for row in rows for line in sorted(row, key=lambda item: item.box[0])]


_shared = TextReader()


def shared_reader() -> TextReader:
    """The process-wide reader: models are loaded once and reused by every request."""
    return _shared


def read_text(image: Image.Image) -> Lines:
    """The lines of text in an RGB image (the shared reader)."""
    return _shared.read_text(image)
