"""What every image detector is: one small protocol, and the photo and school it is given.

The photo check (checks/photo.py) asks the registry (registry.py) for its detectors and
loops over them; the video check can run the same ones on a frame. Detectors find, they
never decide: each returns findings for the policy.
"""

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

from PIL import Image

from ..findings import Finding
from .face_match import TemplateCache


class Lane(StrEnum):
    """Which of the photo check's two lines of work runs a detector, one per core
    (bench/photo_check.py measured the split): the face detector then the encoder on one,
    the OCR and the badge search on the other."""

    FACES = "faces"
    WORDS = "words"


@dataclass
class PhotoContext:
    """What the detectors need to know about the school, fixed for one check."""

    templates: TemplateCache
    people: dict  # (kind, ref) -> display
    logo_refs: list = field(default_factory=list)
    uniform_profiles: list = field(default_factory=list)
    school: dict = field(default_factory=dict)


@dataclass
class Photo:
    """One image of a post as the detectors see it."""

    index: int  # which image of the post; every finding carries it
    data: bytes  # the file as sent (its metadata); b"" for a video frame
    image: Image.Image  # upright RGB pixels
    # An executor whose idle thread may help with heavy work (the face encoder), or None.
    helper: Any = None
    # The faces standing upright (face_turns.Found), set by the face detector and read by
    # the detectors that look around faces (uniforms), which run after it in its lane.
    upright: Any = None


@runtime_checkable
class ImageDetector(Protocol):
    """An image detector: its models load once, lazily (`load`, `ready`); `find` is safe
    from many threads and returns findings with boxes in `photo.image`'s pixels."""

    kind: str  # the kind of finding it reports (vocab.FindingKind)
    lane: Lane

    @property
    def ready(self) -> bool: ...

    def load(self) -> None: ...

    def find(self, photo: Photo, ctx: PhotoContext) -> list[Finding]: ...
