"""The photo check: every detector over one image, as findings for the policy.

Faces (detected, encoded, matched against the register), the school's logo and
uniform, names written in the picture (OCR, then the text detector), and personal
metadata in the file. The face pipeline and the OCR/logo pipeline run side by side
on the two cores; each model is loaded once per process and shared.
"""

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from PIL import Image

from ..detect.findings import Finding, PersonRef
from ..detect.image import face_quality, faces, image_text, logos, metadata
from ..detect.image.face_match import FaceMatch, TemplateCache, unidentifiable_reason

# Text findings read inside a picture that matter there (a pupil's name, contact details…).
# OpenCV's threads for the badge search (SIFT); measured with bench/photo_check.py.
CV2_THREADS = 2

IMAGE_TEXT_ENTITIES = {
    "PUPIL_FULL_NAME", "PUPIL_FORENAME", "PUPIL_INITIALS", "PHONE", "EMAIL", "POSTCODE",
    "ADDRESS", "DATE_OF_BIRTH", "UPN", "PUPIL_RECORD", "OTHER_PERSON",
}  # fmt: skip


@dataclass
class PhotoContext:
    """What the detectors need to know about the school, fixed for one check."""

    templates: TemplateCache
    people: dict  # (kind, ref) -> display
    logo_refs: list = field(default_factory=list)
    uniform_profiles: list = field(default_factory=list)
    school: dict = field(default_factory=dict)


class PhotoChecker:
    """Runs the image detectors; thread-safe, models shared by every request."""

    def __init__(self, text_detector):
        self.engine = faces.shared_engine()
        self.reader = image_text.shared_reader()
        self.text = text_detector
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="photo")
        self._cv2_set = False

    @property
    def ready(self) -> bool:
        return self.engine.ready and self.reader.ready

    def warm(self) -> None:
        self._one_thread_opencv()
        self.engine.load()
        self.reader.load()

    def find(self, index: int, data: bytes, image: Image.Image, ctx: PhotoContext) -> list[Finding]:
        """Every finding in one image (`data`: the file as sent; `image`: upright RGB)."""
        self._one_thread_opencv()
        # Two lines of work, one per core: the badge search and the OCR on one; the face
        # detector, then the face encoder, on the other.
        text_future = self._pool.submit(self._text_and_logos, index, image, ctx)
        # Faces upright: a sideways photo is turned for them (boxes mapped back after).
        upright = self.engine.find_faces(image)
        people = self._faces_and_uniforms(index, upright.image, upright.faces, ctx)
        for f in people:
            f.box = upright.box_in_photo(f.box)
        found = _metadata_finding(index, metadata.find_metadata(data))
        words = text_future.result()
        _badges_on_uniforms(people, words)
        return people + words + found

    def _one_thread_opencv(self) -> None:
        if not self._cv2_set:
            import cv2

            cv2.setNumThreads(CV2_THREADS)
            self._cv2_set = True

    # -- faces and what they wear --------------------------------------------------------

    def _faces_and_uniforms(self, index: int, image: Image.Image, detected, ctx: PhotoContext):
        # The pool's second thread helps encode while the first reads text and badges.
        encodings = self.engine.encode_many(image, detected, helper=self._pool)
        matches = ctx.templates.match(encodings)
        out = [_face_finding(index, f, m, ctx) for f, m in zip(detected, matches, strict=True)]
        if ctx.uniform_profiles and detected:
            from ..detect.image import uniforms

            boxes = [f.box for f in detected]
            for profile in ctx.uniform_profiles:
                # The badge is looked for once in the whole photo (_text_and_logos), not again
                # in every clothing region.
                for match in uniforms.find_uniforms(image, boxes, profile):
                    if not match.matched:
                        continue
                    out.append(Finding("uniform", "UNIFORM", float(match.score), image=index,
                                       box=list(match.box)))  # fmt: skip
        return out

    # -- words in the picture, and the badge ----------------------------------------------

    def _text_and_logos(self, index: int, image: Image.Image, ctx: PhotoContext):
        out = []
        lines = self.reader.read_text(image)
        if lines:
            joined, spans = image_text.words_with_boxes(lines)
            for f in self.text.find(joined, ctx.school):
                if f.entity not in IMAGE_TEXT_ENTITIES:
                    continue
                box = spans.boxes_for(f.start, f.end)
                if box is None:
                    continue
                out.append(Finding("image_text", f.entity, f.score, text=f.text, image=index,
                                   box=list(box), people=f.people))  # fmt: skip
        if ctx.logo_refs:
            for match in logos.find_logos(image, ctx.logo_refs):
                out.append(Finding("logo", "LOGO", float(match.score), image=index,
                                   box=list(match.box), detail={"name": match.name}))  # fmt: skip
        return out


def _badges_on_uniforms(people: list[Finding], words: list[Finding]) -> None:
    """A uniform region with the school's badge inside it: say so (stronger evidence)."""
    badges = [f.box for f in words if f.kind == "logo"]
    for f in people:
        if f.kind == "uniform":
            x, y, w, h = f.box
            f.detail["badge"] = any(
                x <= bx + bw / 2 <= x + w and y <= by + bh / 2 <= y + h for bx, by, bw, bh in badges
            )


def _metadata_finding(index: int, items) -> list[Finding]:
    """All the personal metadata of one file as one finding: one fix (strip) removes it all."""
    if not items:
        return []
    # Position first (what the policy's clause is about), then people, captions last.
    order = {"gps": 0, "xmp_location": 1, "iptc_location": 1, "person": 2, "owner": 3,
             "unread": 4, "keywords": 5}  # fmt: skip
    items = sorted(items, key=lambda i: order.get(i.kind, 6))
    shown = "; ".join(dict.fromkeys(i.description for i in items[:3]))
    more = len(items) - 3
    description = shown + (f" and {more} more field(s)" if more > 0 else "")
    finding = items[0].finding(index)
    finding.detail = {"description": description, "fields": sorted({i.kind for i in items})}
    return [finding]


def _face_finding(index: int, face, match: FaceMatch, ctx: PhotoContext) -> Finding:
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
    return Finding("face", "FACE", float(face.score), image=index, box=list(face.box),
                   people=people, detail=detail)  # fmt: skip
