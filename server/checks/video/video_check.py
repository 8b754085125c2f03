"""The video check: the photo check's detectors on a clip's sampled frames, as findings.

Faces are looked for where the picture changed since the detector last looked, and over
the whole frame at cuts and every few seconds (face_passes.py), and followed from frame
to frame (tracks.py): each person is ONE face finding, at their best frame (the one
matched against the register), with the seconds they are seen.
Names and contact details written in the picture, the school's badge and its uniform are
looked for on a few sharp frames (the sharpest of each quarter of the clip): OCR and the
badge search cost far more than the face detector, and writing or a badge on screen stays
there for seconds. The container's metadata is read as a photo's is. The sound is not
checked: no offline speech model is available here, and the result says so.

Detectors find, the policy decides: the findings go to policy.decide with the photos'.
"""

from . import photo_adapter as photo
from .face_passes import FaceFinder
from .probe import open_video
from .sampling import Looked, samples
from .tracks import Sighting, Tracker, crop_around, quality, touches_edge, turn
from .video_metadata import find_video_metadata

AUDIO_NOT_CHECKED = (
    "The sound of the video is not checked (no offline speech model is available): listen "
    "for names and personal details before posting, or remove the sound."
)
# Faces under this height (px) are followed by their boxes only: their encodings are too
# unreliable to join anyone (detect/face_match.py: under 30 px, 3.4 % of strangers match).
ENCODE_FROM_PX = 24
# A face cut by the frame's edge counts for this share of its quality: a whole sighting of
# the person, however small, is matched against the register rather than part of a face.
CUT_QUALITY = 0.25
TEXT_FRAMES = 4  # frames read for writing and badges: the sharpest of each quarter


class VideoChecker:
    """Runs on the photo check's shared models; one clip at a time per call."""

    def __init__(self, photos):
        self.photos = photos

    def find(self, index: int, data: bytes, ctx, limits: dict, name: str, progress=None,
             progress_every: float | None = None):  # fmt: skip
        """(findings, summary) for one clip; raises VideoRejected (or a subclass) when the
        clip cannot be checked whole."""
        tracker = Tracker(
            lambda image, faces: photo.encode(self.photos, image, faces), ENCODE_FROM_PX
        )
        looked, kept = Looked(), {}
        finder = FaceFinder(lambda image, region: photo.detect_faces(self.photos, image, region))
        with open_video(data, name, limits) as (container, stream, info):
            every = {} if progress_every is None else {"progress_every": progress_every}
            for sample in samples(container, stream, info, limits, name, looked, progress,
                                  **every):  # fmt: skip
                found = finder.faces(sample.time, sample.image, sample.why == "cut")
                tracker.add(sample.time, sample.image, self._sightings(sample, found))
                faces = [face for face, _ in found]
                self._keep_sharpest(kept, sample, faces, info.seconds or looked.seconds)
        findings = []
        people = tracker.people()
        summary_people = []
        for person in people:
            best = person.best
            finding = photo.face_finding(index, best.face, best.encoding, ctx)
            # `path`, `step`: where the face is at each sample, for the blurred copy
            # (video_fixes.py); never sent to the client.
            path = [(s.time, s.face.box) for s in person.sightings]
            finding.detail.update(seconds=[round(person.start, 2), round(person.end, 2)],
                                  at=round(best.time, 2), track=person.number,
                                  sightings=len(person.sightings), step=looked.step,
                                  path=path)  # fmt: skip
            findings.append(finding)
            summary_people.append({"track": person.number, "from": round(person.start, 2),
                                   "to": round(person.end, 2), "at": round(best.time, 2),
                                   "thumbnail": person.thumbnail()})  # fmt: skip
        findings += self._words_badges_uniforms(index, kept, ctx)
        items, context = find_video_metadata(info.tags)
        findings += photo.metadata_finding(index, items)
        summary = {"image": index, "kind": "video", **info.to_dict(), **looked.to_dict(),
                   "face_passes": finder.passes.to_dict(),
                   "people": summary_people, "audio_checked": False,
                   "audio_note": AUDIO_NOT_CHECKED if info.has_audio else None,
                   "recorded": context}  # fmt: skip
        return findings, summary

    def _sightings(self, sample, found) -> list[Sighting]:
        out = []
        for face, unchanged in found:
            crop = crop_around(sample.image, face.box, margin=0.0)
            score = quality(face, turn(face.points), photo.sharpness(crop, (150, 150)))
            cut = touches_edge(face.box, sample.image.size)
            if cut:  # the whole face, seen later, is the better sighting to match
                score *= CUT_QUALITY
            out.append(Sighting(sample.time, face, None, score, unchanged=unchanged, cut=cut))
        return out

    @staticmethod
    def _keep_sharpest(kept: dict, sample, faces, seconds: float) -> None:
        """The sharpest frame of each quarter of the clip (one picture held per quarter)."""
        quarter = min(TEXT_FRAMES - 1, int(sample.time / max(seconds, 1e-6) * TEXT_FRAMES))
        # A box-filtered copy ~320 px wide (Image.reduce: a 1080p frame's LANCZOS resize
        # cost 25 ms, 3 s of a 60 s clip).
        small = sample.image.reduce(max(1, sample.image.width // 320))
        sharp = photo.sharpness(small, small.size)
        if quarter not in kept or sharp > kept[quarter][0]:
            kept[quarter] = (sharp, sample.time, sample.image, faces)

    def _words_badges_uniforms(self, index: int, kept: dict, ctx) -> list:
        """Writing, badges and uniforms on the kept frames, each thing once for the clip."""
        words, badges, uniforms = {}, None, None
        for _, time, image, faces in (kept[q] for q in sorted(kept)):
            for f in photo.words_and_badges(self.photos, index, image, ctx):
                f.detail["seconds"] = [round(time, 2), round(time, 2)]
                if f.kind == "logo":
                    if badges is None or f.score > badges.score:
                        badges = f
                else:
                    words.setdefault((f.entity, (f.text or "").lower()), f)
            for f in photo.uniforms(index, image, faces, ctx):
                f.detail["seconds"] = [round(time, 2), round(time, 2)]
                if uniforms is None or f.score > uniforms.score:
                    uniforms = f
        found = list(words.values()) + [f for f in (badges, uniforms) if f is not None]
        photo.badges_on_uniforms([uniforms] if uniforms else [], [badges] if badges else [])
        return found
