"""A cross-photo identity set from ../shared/fixtures/faces/fr, and its scoring.

Issue 16 item 1: a person enrolled from one photo must be matched in their other photos.
The photos are face_recognition's examples (MIT; see ../shared/fixtures/faces/SOURCES.md):
five people with 3-6 different shots each, plus two strangers. Copies of one shot (the
same photo resized, cropped, re-encoded: obama-*p.jpg, obama_small.jpg, 32bit.png, the
partial faces, and Biden's face in two_people.jpg, which is biden.jpg's shot) share a
`shot` id: a face is never checked against a template from its own shot.
(SOURCES.md also names `face_recognition_svm_proba/people_dataset`: it is not in
../shared, nor in the face_recognition repository's tree.)

Split by person, fixed before anything was measured: DEV (tuned on) and TEST (scored
once). Each round enrols every person of the split from one of their shots (round k:
their k-th, cycling) through the enrolment code path (`measured_face_encoding`), then
checks every face of every other shot, everyone's, through the check's path
(`encode_many`, `TemplateCache.match`, the unidentifiable caps of photo_check).
"""

from dataclasses import dataclass, field
from pathlib import Path

FR = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures" / "faces" / "fr"
EX = "examples/"
KNN = "examples/knn_examples/"

# (photo, shot, people): people is one name for a photo of one face, or
# [(name, x, y)] with a point inside each labelled face (pixels) for a group photo.
# A face of a group photo not labelled is a stranger.
PHOTOS = [
    (KNN + "train/obama/obama.jpg", "obama-a", "obama"),
    (KNN + "train/obama/obama2.jpg", "obama-b", "obama"),
    (KNN + "test/obama1.jpg", "obama-c", "obama"),
    ("tests/test_images/obama3.jpg", "obama-d", "obama"),
    (KNN + "train/biden/biden.jpg", "biden-a", "biden"),
    (KNN + "train/biden/biden2.jpg", "biden-b", "biden"),
    (KNN + "train/kit_harington/john1.jpeg", "kit-a", "kit_harington"),
    (KNN + "train/kit_harington/john2.jpeg", "kit-b", "kit_harington"),
    (KNN + "test/johnsnow_test1.jpg", "kit-c", "kit_harington"),
    (KNN + "train/rose_leslie/img1.jpg", "rose-a", "rose_leslie"),
    (KNN + "train/rose_leslie/img2.jpg", "rose-b", "rose_leslie"),
    (KNN + "train/alex_lacamoire/img1.jpg", "alex-a", "alex_lacamoire"),
    (KNN + "test/alex_lacamoire1.jpg", "alex-a", "alex_lacamoire"),  # img1.jpg, wider
    (EX + "alex-lacamoire.png", "alex-b", "alex_lacamoire"),
    (EX + "lin-manuel-miranda.png", "lin-a", "lin_manuel_miranda"),
    (KNN + "test/obama_and_biden.jpg", "oab",
     [("biden", 830, 541), ("obama", 1244, 501)]),  # the girl, lower right: a stranger
    (KNN + "test/kit_with_rose.jpg", "kwr",
     [("rose_leslie", 116, 167), ("kit_harington", 300, 145)]),
    (EX + "two_people.jpg", "two", [("biden", 871, 149), ("obama", 330, 124)]),
]  # fmt: skip
# Faces of a group photo that are a copy of another shot (Biden in two_people.jpg is
# biden.jpg's face, 0.07 apart in face_recognition's encodings).
SAME_SHOT = {("two", "biden"): "biden-a"}

DEV = ("obama", "rose_leslie")
TEST = ("biden", "kit_harington", "alex_lacamoire")


def available() -> bool:
    return all((FR / p).exists() for p, _, _ in PHOTOS)


@dataclass
class LabelledFace:
    photo: str
    shot: str
    person: str | None  # None: a stranger nobody labelled
    box: tuple  # (x, y, w, h) in the photo's pixels


def label(photo: str, people, boxes) -> list[str | None]:
    """Who each box (x, y, w, h) is: the labelled point inside it, else None."""
    if isinstance(people, str):
        return [people] * len(boxes)
    out = []
    for x, y, w, h in boxes:
        inside = [n for n, px, py in people if x <= px <= x + w and y <= py <= y + h]
        out.append(inside[0] if len(inside) == 1 else None)
    return out


def enrol_photos_of(split) -> dict[str, list[tuple[str, str]]]:
    """Each person of the split: [(photo, shot)] of their one-face photos, in PHOTOS order."""
    out: dict[str, list] = {p: [] for p in split}
    for photo, shot, people in PHOTOS:
        if isinstance(people, str) and people in out:
            out[people].append((photo, shot))
    return out


@dataclass
class Score:
    """Counts over every (round, probe face) of one split."""

    genuine: int = 0  # faces of an enrolled person, from another shot
    matched: int = 0  # ... named as that person
    uncertain: int = 0  # ... in the uncertain band (the right person among the candidates)
    missed: int = 0  # ... unknown, or uncertain without them
    others: int = 0  # faces of anyone not enrolled under that name
    named_wrong: int = 0  # ... named as an enrolled person (a confident wrong match)
    wrong_in_band: int = 0  # ... uncertain with an enrolled person as candidate
    misses: list = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.genuine if self.genuine else 0.0

    def line(self) -> str:
        g, o = max(self.genuine, 1), max(self.others, 1)
        return (
            f"recall {self.matched}/{self.genuine} = {self.matched / g:.2f}, "
            f"uncertain {self.uncertain / g:.2f}, missed {self.missed / g:.2f}; "
            f"others named {self.named_wrong}/{self.others} = {self.named_wrong / o:.3f}, "
            f"others in the band {self.wrong_in_band / o:.3f}"
        )


def tally(
    score: Score, truth: str | None, shot: str, enrolled_shot: dict, outcome, names, distance=None
):
    """Add one probe face: `outcome` "matched" | "uncertain" | "unknown", `names` the
    people it was given (the match, or the band's candidates)."""
    if truth in enrolled_shot and enrolled_shot[truth] == shot:
        return  # the enrolment photo itself, or a copy of it
    if truth in enrolled_shot:
        score.genuine += 1
        if outcome == "matched" and names == [truth]:
            score.matched += 1
        elif outcome == "uncertain" and truth in names:
            score.uncertain += 1
        else:
            score.missed += 1
        if outcome != "matched":
            score.misses.append((shot, enrolled_shot[truth], outcome, distance))
        if outcome == "matched" and names != [truth]:
            score.named_wrong += 1
        return
    score.others += 1
    if outcome == "matched":
        score.named_wrong += 1
    elif outcome == "uncertain":
        score.wrong_in_band += 1


def product_faces(engine, load_image):
    """Every photo's faces as the check finds and encodes them: [(LabelledFace, enc, Face)]."""
    out = []
    for photo, shot, people in PHOTOS:
        image = load_image((FR / photo).read_bytes())
        found = engine.find_faces(image)
        encodings = engine.encode_many(found.image, found.faces)
        names = label(photo, people, [f.box for f in found.faces])
        for face, enc, name in zip(found.faces, encodings, names, strict=True):
            lf = LabelledFace(photo, SAME_SHOT.get((shot, name), shot), name, face.box)
            out.append((lf, enc, face))
    return out


def product_score(engine, split, probes=None) -> Score:
    """The product on one split: enrolment path for templates, check path for probes."""
    import numpy as np

    from clearpost.detect.image import face_quality
    from clearpost.detect.image.face_match import FaceMatch, TemplateCache, unidentifiable_reason
    from clearpost.detect.images import load_image
    from clearpost.register.enrol import measured_face_encoding

    probes = probes if probes is not None else product_faces(engine, load_image)
    photos = enrol_photos_of(split)
    templates = {}
    for person, shots in photos.items():
        for photo, shot in shots:
            enc, _, why = measured_face_encoding(engine, (FR / photo).read_bytes(), photo)
            templates[(person, shot)] = enc if not why else None
    score = Score()
    for k in range(max(len(s) for s in photos.values())):
        chosen = {p: s[k % len(s)] for p, s in photos.items()}
        rows = [("pupil", p, templates[(p, shot)]) for p, (_, shot) in chosen.items()
                if templates[(p, shot)] is not None]  # fmt: skip
        cache = TemplateCache()
        cache.refresh(k, lambda rows=rows: rows)
        enrolled_shot = {p: shot for p, (_, shot) in chosen.items()}
        matches = cache.match([np.asarray(e) for _, e, _ in probes])
        for (lf, _, face), match in zip(probes, matches, strict=True):
            why = unidentifiable_reason(face_quality.measure(face.box, face.landmarks), face.score)
            if why == "too small":
                match = FaceMatch("unknown", distance=match.distance)
            elif why:
                match = match.capped(why)
            tally(score, lf.person, lf.shot, enrolled_shot, match.outcome,
                  [ref for _, ref, _ in match.candidates], match.distance)  # fmt: skip
    return score
