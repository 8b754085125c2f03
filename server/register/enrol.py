"""Enrolling pupils' (and staff's) faces: photo in, encrypted template out.

Each photo must show exactly one face; a photo that does not is refused with
the reason and the others go on. Only the 128 numbers of the encoding are kept:
the photo itself is never stored.
"""

from dataclasses import dataclass, field
from pathlib import Path

from ..detect.image import face_quality
from ..detect.image.faces import MODEL_NAME, FaceEngine
from ..detect.images import ImageRejected, load_image
from ..detect.text.upn import UPN_RE
from ..detect.text.upn import normalise as normalise_upn
from ..errors import ClearpostError
from . import template_quality

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".gif"}


@dataclass
class PhotoResult:
    photo: str
    enrolled: bool
    reason: str = ""
    grade: str = ""  # of the template made, when enrolled (template_quality.grade)
    weak: list = field(default_factory=list)

    def __str__(self) -> str:
        if not self.enrolled:
            return f"{self.photo}: refused, {self.reason}"
        weak = f" ({', '.join(self.weak)})" if self.weak else ""
        return f"{self.photo}: enrolled, quality {self.grade}{weak}"


def measured_face_encoding(engine: FaceEngine, data: bytes, name: str):
    """(encoding, FaceQuality, "") for the one good face in this photo, or (None, q, why not).

    The face must pass the enrolment bar (template_quality): a small, blurred or turned
    face makes a template that lies near strangers' faces.
    """
    try:
        image = load_image(data, name)
    except ImageRejected as exc:
        return None, None, f"unreadable: {exc}"
    # The check's own search (face_turns): a sideways or upside-down photo without its EXIF
    # rotation is turned before its face is encoded. Plain detection encoded such a face as
    # it lay, and the template was 0.74-0.79 from the same person's upright one, so the pupil
    # came back "unknown" in every other photo of them (tests/test_face_cross_photo.py).
    found = engine.find_faces(image)
    faces, image = found.faces, found.image
    if not faces:
        return None, None, "no face found: use a clear, front-facing photo of the pupil alone"
    if len(faces) > 1:
        return None, None, f"{len(faces)} faces found: use a photo of one person alone"
    [face] = faces
    if not face.upright:
        why = "the face is not upright (the photo is sideways or upside down)"
        return None, None, f"{why}: turn the photo the right way up and enrol it again"
    encoding = engine.encode(image, face)
    quality = face_quality.measure(face.box, face.landmarks, engine.chip(image, face))
    why = template_quality.refusal(quality)
    if why:
        return None, quality, why
    return encoding, quality, ""


def enrol_photos(register, engine: FaceEngine, upn: str, photos, actor: str) -> list[PhotoResult]:
    """Enrol (name, bytes) photos for one pupil. Refuses the pupil outright without consent."""
    reason = register.refuse_templates_reason(upn)
    if reason:
        raise ClearpostError(reason)
    return _enrol(engine, photos, lambda e, q: register.add_template(upn, e, MODEL_NAME, actor, q))


def enrol_staff_photos(register, engine, ref: str, photos, actor: str) -> list[PhotoResult]:
    return _enrol(
        engine, photos, lambda e, q: register.add_staff_template(ref, e, MODEL_NAME, actor, q)
    )


def _enrol(engine: FaceEngine, photos, store) -> list[PhotoResult]:
    """Encode each photo's single face and `store` it with its quality; a refused photo does
    not stop the rest."""
    results = []
    for name, data in photos:
        encoding, quality, why = measured_face_encoding(engine, data, name)
        if encoding is None:
            results.append(PhotoResult(name, False, why))
            continue
        store(encoding, quality)
        grade, weak = template_quality.grade(quality.height, quality.sharpness, quality.turn)
        results.append(PhotoResult(name, True, grade=grade, weak=weak))
    return results


def is_photo(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in PHOTO_SUFFIXES


def folder_photos(folder: Path) -> tuple[dict[str, list[Path]], list[str]]:
    """Photos per UPN in a MIS photo export: <UPN>/*.jpg sub-folders or <UPN>.jpg files.

    Returns ({UPN: [paths]}, [names skipped, with why]).
    """
    if not folder.is_dir():
        raise ClearpostError(f"{folder} is not a folder.")
    by_upn: dict[str, list[Path]] = {}
    skipped = []
    for entry in sorted(folder.iterdir()):
        upn = normalise_upn(entry.stem if entry.is_file() else entry.name)
        if entry.is_dir():
            if not UPN_RE.match(upn):
                skipped.append(f"{entry.name}/: folder name is not a UPN")
                continue
            photos = [p for p in sorted(entry.iterdir()) if is_photo(p)]
            if not photos:
                skipped.append(f"{entry.name}/: no photos inside")
                continue
            by_upn.setdefault(upn, []).extend(photos)
        elif is_photo(entry):
            if not UPN_RE.match(upn):
                skipped.append(f"{entry.name}: file name is not a UPN")
                continue
            by_upn.setdefault(upn, []).append(entry)
        elif not entry.name.startswith("."):
            skipped.append(f"{entry.name}: not a photo (JPEG, PNG, WebP or GIF)")
    return by_upn, skipped
