"""The photo check: every image detector over one image, as findings for the policy.

The detectors (faces matched against the register, the school's logo and uniform, names
written in the picture, personal metadata in the file) sit behind one protocol in a
registry (detect/image/registry.py); this module runs them in two lanes, one per core: the
face detector, encoder and what reads around faces on one; the OCR and the badge search on
the other. Each model is loaded once per process and shared.
"""

from PIL import Image

from ..detect.findings import Finding
from ..detect.image.protocol import Lane, Photo, PhotoContext
from ..detect.image.registry import (
    IMAGE_TEXT_ENTITIES,
    Registry,
    default_registry,
    face_finding,
    metadata_finding,
)
from ..vocab import FindingKind
from .thread_priority import pool

# The names other modules (and the video check) import from here.
__all__ = [
    "IMAGE_TEXT_ENTITIES",
    "PhotoChecker",
    "PhotoContext",
    "face_finding",
    "metadata_finding",
]

# OpenCV's threads for the badge search (SIFT); measured with bench/photo_check.py.
CV2_THREADS = 2


class PhotoChecker:
    """Runs the image detectors; thread-safe, models shared by every request."""

    def __init__(self, text_detector, registry: Registry | None = None, nice: int = 0):
        """`nice` > 0: every step of a photo check runs in threads that many steps below
        the process's priority, so that text checks go first (thread_priority.py)."""
        self.detectors = registry or default_registry(text_detector)
        # The words lane and the encoder's helper.
        self._pool = pool(2, "photo", nice)
        # The faces lane, when niced: the request's own thread cannot be niced and back. Two
        # photos are checked at once, more wait their turn (one per core).
        self._faces = pool(2, "photo-faces", nice) if nice > 0 else None
        self._cv2_set = False

    @property
    def engine(self):
        """The face engine (the tests and the bench read its counters)."""
        return next(d.engine for d in self.detectors if d.kind == FindingKind.FACE)

    @property
    def ready(self) -> bool:
        return self.detectors.ready

    def warm(self) -> None:
        if self._faces is None:
            return self._load()
        # Loaded from a niced thread, the runtimes' own worker threads are niced too.
        return self._faces.submit(self._load).result()

    def _load(self) -> None:
        self._one_thread_opencv()
        self.detectors.load()

    def find(self, index: int, data: bytes, image: Image.Image, ctx: PhotoContext) -> list[Finding]:
        """Every finding in one image (`data`: the file as sent; `image`: upright RGB)."""
        if self._faces is None:
            return self._find(index, data, image, ctx)
        return self._faces.submit(self._find, index, data, image, ctx).result()

    def _find(self, index: int, data: bytes, image: Image.Image, ctx: PhotoContext) -> list:
        self._one_thread_opencv()
        # The pool's second thread helps encode while the first reads text and badges.
        photo = Photo(index, data, image, helper=self._pool)
        words = self._pool.submit(self._run, Lane.WORDS, photo, ctx)
        found = self._run(Lane.FACES, photo, ctx) | words.result()
        _badges_on_uniforms(self._of(found, Lane.FACES), self._of(found, Lane.WORDS))
        return [f for d in self.detectors for f in found[d]]

    def _run(self, lane: Lane, photo: Photo, ctx: PhotoContext) -> dict:
        """The findings of each detector of `lane`, in turn (later ones may read what earlier
        ones left on `photo`: uniforms read the faces)."""
        return {d: d.find(photo, ctx) for d in self.detectors.in_lane(lane)}

    def _of(self, found: dict, lane: Lane) -> list[Finding]:
        return [f for d in self.detectors.in_lane(lane) for f in found[d]]

    def _text_and_logos(self, index: int, image: Image.Image, ctx: PhotoContext) -> list:
        """The words lane alone on one image (words read in it, the badge): what the video
        check's adapter (server/video/photo_adapter.py) runs on a frame."""
        photo = Photo(index, b"", image, helper=self._pool)
        return self._of(self._run(Lane.WORDS, photo, ctx), Lane.WORDS)

    def _one_thread_opencv(self) -> None:
        if not self._cv2_set:
            import cv2

            cv2.setNumThreads(CV2_THREADS)
            self._cv2_set = True


def _badges_on_uniforms(people: list[Finding], words: list[Finding]) -> None:
    """A uniform region with the school's badge inside it: say so (stronger evidence)."""
    badges = [f.box for f in words if f.kind == FindingKind.LOGO]
    for f in people:
        if f.kind == FindingKind.UNIFORM:
            x, y, w, h = f.box
            f.detail["badge"] = any(
                x <= bx + bw / 2 <= x + w and y <= by + bh / 2 <= y + h for bx, by, bw, bh in badges
            )


# The names the video check's adapter (server/video/photo_adapter.py, another branch) calls
# today; it should import face_finding and metadata_finding from detect/image/registry.py.
_face_finding = face_finding
_metadata_finding = metadata_finding
