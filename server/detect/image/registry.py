"""The image detectors, each behind the protocol (protocol.py), and the registry that holds
them in the order their findings are reported: faces, uniforms, words, logos, metadata.

Each detector here is a thin adapter over its module (faces.py, uniforms.py, image_text.py,
logos.py, metadata.py): the module finds, the adapter turns what it found into findings.
A new detector is a class with `kind`, `lane`, `ready`, `load` and `find`, added to
`default_registry`.
"""

from ...vocab import FindingKind
from ..findings import Finding, PersonRef
from . import face_quality, faces, image_text, logos, metadata, text_lines
from .face_match import FaceMatch, unidentifiable_reason
from .protocol import ImageDetector, Lane, Photo, PhotoContext

# Text findings read inside a picture that matter there (a pupil's name, contact details…).
IMAGE_TEXT_ENTITIES = {
    "PUPIL_FULL_NAME", "PUPIL_FORENAME", "PUPIL_INITIALS", "PHONE", "EMAIL", "POSTCODE",
    "ADDRESS", "DATE_OF_BIRTH", "UPN", "PUPIL_RECORD", "OTHER_PERSON",
}  # fmt: skip

# Position first (what the policy's clause is about), then people, captions last.
METADATA_ORDER = {"gps": 0, "xmp_location": 1, "iptc_location": 1, "person": 2, "owner": 3,
                  "unread": 4, "keywords": 5}  # fmt: skip


class _NoModel:
    """A detector whose work needs no model file (or loads its own on first use)."""

    @property
    def ready(self) -> bool:
        return True

    def load(self) -> None:
        return None


class FaceFinder:
    """Faces, encoded and matched against the register's templates (faces.py). A sideways
    photo is turned for them; the boxes are mapped back to the photo as sent."""

    kind, lane = FindingKind.FACE, Lane.FACES

    def __init__(self, engine=None):
        self.engine = engine or faces.shared_engine()

    @property
    def ready(self) -> bool:
        return self.engine.ready

    def load(self) -> None:
        self.engine.load()

    def find(self, photo: Photo, ctx: PhotoContext) -> list[Finding]:
        upright = photo.upright = self.engine.find_faces(photo.image)
        encodings = self.engine.encode_many(upright.image, upright.faces, helper=photo.helper)
        matches = ctx.templates.match(encodings)
        pairs = zip(upright.faces, matches, strict=True)
        found = [face_finding(photo.index, f, m, ctx) for f, m in pairs]
        for f in found:
            f.box = upright.box_in_photo(f.box)
        return found


class UniformFinder(_NoModel):
    """The school's uniform around the faces found (uniforms.py): runs after FaceFinder in
    its lane. The badge is looked for once in the whole photo (LogoFinder), not again in
    every clothing region."""

    kind, lane = FindingKind.UNIFORM, Lane.FACES

    def find(self, photo: Photo, ctx: PhotoContext) -> list[Finding]:
        upright = photo.upright
        if not ctx.uniform_profiles or upright is None or not upright.faces:
            return []
        from . import uniforms  # OpenCV: imported when a school has a uniform

        boxes = [f.box for f in upright.faces]
        out = []
        for profile in ctx.uniform_profiles:
            for match in uniforms.find_uniforms(upright.image, boxes, profile):
                if not match.matched:
                    continue
                out.append(Finding(FindingKind.UNIFORM, "UNIFORM", float(match.score),
                                   image=photo.index, box=list(match.box)))  # fmt: skip
        for f in out:
            f.box = upright.box_in_photo(f.box)
        return out


class WordFinder:
    """Words written in the picture (OCR, image_text.py) read by the text detector; only
    what matters in a picture (IMAGE_TEXT_ENTITIES), boxed where it was read."""

    kind, lane = FindingKind.IMAGE_TEXT, Lane.WORDS

    def __init__(self, text_detector, reader=None):
        self.text = text_detector
        self.reader = reader or image_text.shared_reader()

    @property
    def ready(self) -> bool:
        return self.reader.ready

    def load(self) -> None:
        self.reader.load()

    def find(self, photo: Photo, ctx: PhotoContext) -> list[Finding]:
        lines = self.reader.read_text(photo.image)
        if not lines:
            return []
        joined, spans = text_lines.words_with_boxes(lines)
        out = []
        for f in self.text.find(joined, ctx.school):
            if f.entity not in IMAGE_TEXT_ENTITIES:
                continue
            box = spans.boxes_for(f.start, f.end)
            if box is None:
                continue
            out.append(Finding(FindingKind.IMAGE_TEXT, f.entity, f.score, text=f.text,
                               image=photo.index, box=list(box), people=f.people))  # fmt: skip
        return out


class LogoFinder(_NoModel):
    """The school's badge anywhere in the photo (logos.py, SIFT)."""

    kind, lane = FindingKind.LOGO, Lane.WORDS

    def find(self, photo: Photo, ctx: PhotoContext) -> list[Finding]:
        if not ctx.logo_refs:
            return []
        return [
            Finding(
                FindingKind.LOGO,
                "LOGO",
                float(m.score),
                image=photo.index,
                box=list(m.box),
                detail={"name": m.name},
            )  # fmt: skip
            for m in logos.find_logos(photo.image, ctx.logo_refs)
        ]


class MetadataFinder(_NoModel):
    """Personal metadata in the file (metadata.py): GPS, people, owners, captions."""

    kind, lane = FindingKind.METADATA, Lane.FACES

    def find(self, photo: Photo, ctx: PhotoContext) -> list[Finding]:
        return metadata_finding(photo.index, metadata.find_metadata(photo.data))


class Registry:
    """The image detectors in reporting order; the photo check asks it which run in a lane."""

    def __init__(self, detectors: list[ImageDetector]):
        self.detectors = list(detectors)

    def __iter__(self):
        return iter(self.detectors)

    def in_lane(self, lane: Lane) -> list[ImageDetector]:
        return [d for d in self.detectors if d.lane == lane]

    @property
    def ready(self) -> bool:
        return all(d.ready for d in self.detectors)

    def load(self) -> None:
        for detector in self.detectors:
            detector.load()


def default_registry(text_detector) -> Registry:
    """Every image detector, on the process's shared models."""
    return Registry(
        [FaceFinder(), UniformFinder(), WordFinder(text_detector), LogoFinder(), MetadataFinder()]
    )


def metadata_finding(index: int, items) -> list[Finding]:
    """All the personal metadata of one file as one finding: one fix (strip) removes it all."""
    if not items:
        return []
    items = sorted(items, key=lambda i: METADATA_ORDER.get(i.kind, 6))
    shown = "; ".join(dict.fromkeys(i.description for i in items[:3]))
    more = len(items) - 3
    description = shown + (f" and {more} more field(s)" if more > 0 else "")
    finding = items[0].finding(index)
    finding.detail = {"description": description, "fields": sorted({i.kind for i in items})}
    return [finding]


def face_finding(index: int, face, match: FaceMatch, ctx: PhotoContext) -> Finding:
    # A face too small, turned or covered to be identified surely is never a match: it is
    # "a face we cannot identify" (at least a warning), or uncertain among the pupils it
    # may be (issue 16 item 4).
    quality = face_quality.measure(face.box, face.landmarks)
    why = unidentifiable_reason(quality, face.score)
    if why == "too small":
        match = FaceMatch("unknown", distance=match.distance)
    elif why:
        match = match.capped(why)
    # Every candidate, nearest first: a confident match has one; an uncertain face has all
    # the people within the uncertain band, and the policy takes the strictest consent.
    people = [
        PersonRef(kind, ref, ctx.people.get((kind, ref), "a person in the register"))
        for kind, ref, _ in match.candidates
    ]
    detail = {"match": match.outcome}
    if why:
        detail["unidentifiable"] = why
    if match.distance is not None:
        detail["distance"] = round(match.distance, 3)
    if match.candidates:
        detail["distances"] = [round(d, 3) for _, _, d in match.candidates]
    return Finding(FindingKind.FACE, "FACE", float(face.score), image=index,
                   box=list(face.box), people=people, detail=detail)  # fmt: skip
