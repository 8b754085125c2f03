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
(`encode_many`, `TemplateCache.match`, then `face_finding` and the policy's `decide` on
the official account with no pupil consenting: the verdict each face would get).

`load_set(DIR)` reads another set the same way from DIR/manifest.csv (bench only: tests
use ../shared alone; see bench/face_cross_photo.py --set). Its photos carry their split,
and a split is scored on its own photos only.
"""

import csv
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


@dataclass
class PhotoSet:
    """A person-split set: photos under `root` as (photo, shot, people); `split_of` the
    split of each photo (None: every photo is probed for both splits, as for FR)."""

    root: Path
    photos: list
    same_shot: dict
    dev: tuple
    test: tuple
    split_of: dict | None = None

    def probed(self, split) -> list:
        """The (photo, shot, people) rows checked when scoring `split`."""
        if self.split_of is None:
            return self.photos
        name = "dev" if tuple(split) == tuple(self.dev) else "test"
        return [row for row in self.photos if self.split_of[row[0]] == name]


FR_SET = PhotoSet(FR, PHOTOS, SAME_SHOT, DEV, TEST)


def load_set(folder) -> PhotoSet:
    """A set from `folder`/manifest.csv: photo,split,people,same_shot_as. `people`: one
    name (the photo's largest face is that person) or `Name@x:y;Name@x:y` (a point inside
    each labelled face); `same_shot_as`: the photo this one is a copy of."""
    folder = Path(folder)
    with open(folder / "manifest.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    photos, split_of = [], {}
    for row in rows:
        photo = "photos/" + row["photo"]
        people = row["people"]
        if "@" in people:
            people = [(n, int(xy.split(":")[0]), int(xy.split(":")[1]))
                      for n, xy in (p.split("@") for p in people.split(";"))]  # fmt: skip
        copy_of = row.get("same_shot_as") or ""
        photos.append((photo, "photos/" + copy_of if copy_of else photo, people))
        split_of[photo] = row["split"]
    # Who is enrolled in each split: the people with two shots or more in one-person
    # photos (one shot: nothing to check it against; they are strangers to the others).
    shots: dict = {}
    for photo, shot, people in photos:
        if isinstance(people, str):
            shots.setdefault((split_of[photo], people), set()).add(shot)
    splits = {
        name: tuple(p for (s, p), got in shots.items() if s == name and len(got) >= 2)
        for name in ("dev", "test")
    }
    return PhotoSet(folder, photos, {}, splits["dev"], splits["test"], split_of)


def available(pset: PhotoSet = FR_SET) -> bool:
    return all((pset.root / p).exists() for p, _, _ in pset.photos)


@dataclass
class LabelledFace:
    photo: str
    shot: str
    person: str | None  # None: a stranger nobody labelled
    box: tuple  # (x, y, w, h) in the photo's pixels


def label(photo: str, people, boxes) -> list[str | None]:
    """Who each box (x, y, w, h) is: the labelled point inside it, else None."""
    if isinstance(people, str):
        # A photo of one person: its largest face is them; any other (a face in the
        # background of a press photo) is nobody labelled.
        largest = max(range(len(boxes)), key=lambda i: boxes[i][2] * boxes[i][3], default=0)
        return [people if i == largest else None for i in range(len(boxes))]
    out = []
    for x, y, w, h in boxes:
        inside = [n for n, px, py in people if x <= px <= x + w and y <= py <= y + h]
        out.append(inside[0] if len(inside) == 1 else None)
    return out


def enrol_photos_of(split, pset: PhotoSet = FR_SET) -> dict[str, list[tuple[str, str]]]:
    """Each person of the split: [(photo, shot)] of their one-face photos, in PHOTOS order."""
    out: dict[str, list] = {p: [] for p in split}
    for photo, shot, people in pset.probed(split):
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
    # The verdict path (face_finding + policy.decide, official account, nobody consenting):
    # the severity each genuine face got, and the other faces whose reason names someone.
    severities: dict = field(default_factory=dict)
    others_shown_a_name: int = 0
    others_severities: dict = field(default_factory=dict)  # the same for everyone else's faces
    unidentifiable: dict = field(default_factory=dict)  # why -> faces (per round) so capped
    refused: list = field(default_factory=list)  # (photo, why) of enrolments refused
    enrolled_from: set = field(default_factory=set)  # (person, shot) of templates used
    # (person, probe shot, enrolled shot) -> (outcome, distance) of each genuine pair.
    pairs: dict = field(default_factory=dict)
    pair_severity: dict = field(default_factory=dict)  # the same key -> the verdict's severity

    @property
    def recall(self) -> float:
        return self.matched / self.genuine if self.genuine else 0.0

    @property
    def allowed(self) -> int:
        """Genuine faces (pupils without consent) whose finding is not a warn or block."""
        return sum(n for sev, n in self.severities.items() if sev not in ("warn", "block"))

    def line(self) -> str:
        g, o = max(self.genuine, 1), max(self.others, 1)
        return (
            f"recall {self.matched}/{self.genuine} = {self.matched / g:.2f}, "
            f"uncertain {self.uncertain / g:.2f}, missed {self.missed / g:.2f}; "
            f"others named {self.named_wrong}/{self.others} = {self.named_wrong / o:.3f}, "
            f"others in the band {self.wrong_in_band / o:.3f}"
        )

    def verdict_line(self) -> str:
        sev = ", ".join(f"{k} {v}" for k, v in sorted(self.severities.items()))
        theirs = ", ".join(f"{k} {v}" for k, v in sorted(self.others_severities.items()))
        return (
            f"pupils without consent: {sev}; passing as allow {self.allowed}; other faces "
            f"shown with a pupil's name {self.others_shown_a_name}/{self.others} (their "
            f"severities: {theirs}); "
            f"faces found but not identifiable: {self.unidentifiable}; "
            f"enrolments refused {len(self.refused)}"
        )


def tally(
    score: Score, truth: str | None, shot: str, enrolled_shot: dict, outcome, names, distance=None
):
    """Add one probe face: `outcome` "matched" | "uncertain" | "unknown", `names` the
    people it was given (the match, or the band's candidates). True when it counted.
    `enrolled_shot`: person -> the shot enrolled, or a tuple of shots (several templates)."""
    if truth in enrolled_shot and shot in _shots(enrolled_shot[truth]):
        return False  # an enrolment photo itself, or a copy of one
    if truth in enrolled_shot:
        score.genuine += 1
        score.pairs[(truth, shot, enrolled_shot[truth])] = (outcome, distance)
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
        return True
    score.others += 1
    if outcome == "matched":
        score.named_wrong += 1
    elif outcome == "uncertain":
        score.wrong_in_band += 1
    return True


def _shots(enrolled) -> tuple:
    return enrolled if isinstance(enrolled, tuple) else (enrolled,)


def rounds(accepted: dict, templates: int = 1) -> list[dict]:
    """The enrolment rounds: in round k each person is enrolled from `templates` of their
    accepted shots, from the k-th on (wrapping), as many rounds as the most-photographed
    person has shots. `accepted`: person -> [(shot, value)]; each round: person -> [(shot,
    value)] (people with fewer shots than `templates` give all they have)."""
    out = []
    for k in range(max((len(s) for s in accepted.values()), default=0)):
        out.append({p: [s[(k + j) % len(s)] for j in range(min(templates, len(s)))]
                    for p, s in accepted.items()})  # fmt: skip
    return out


def enrolled_key(chosen: list) -> str | tuple:
    """What tally() is given for a person enrolled from `chosen` [(shot, value)]."""
    return chosen[0][0] if len(chosen) == 1 else tuple(shot for shot, _ in chosen)


def product_faces(engine, load_image, pset: PhotoSet = FR_SET):
    """Every photo's faces as the check finds and encodes them: [(LabelledFace, enc, Face)]."""
    out = []
    for photo, shot, people in pset.photos:
        image = load_image((pset.root / photo).read_bytes())
        found = engine.find_faces(image)
        encodings = engine.encode_many(found.image, found.faces)
        names = label(photo, people, [f.box for f in found.faces])
        for face, enc, name in zip(found.faces, encodings, names, strict=True):
            lf = LabelledFace(photo, pset.same_shot.get((shot, name), shot), name, face.box)
            out.append((lf, enc, face))
    return out


def labelled_faces(pset: PhotoSet, split) -> int:
    """How many labelled faces the split's photos hold (one a one-person photo)."""
    return sum(1 if isinstance(p, str) else len(p) for _, _, p in pset.probed(split))


def found_labelled(pset: PhotoSet, split, faces) -> int:
    """How many of them a detector found (`faces`: LabelledFace-like with .photo, .person)."""
    photos = {row[0] for row in pset.probed(split)}
    return len({(lf.photo, lf.person) for lf in faces if lf.photo in photos and lf.person})


def product_score(engine, split, probes=None, pset: PhotoSet = FR_SET,
                  templates: int = 1) -> Score:  # fmt: skip
    """The product on one split: enrolment path for templates, check path for probes, and
    the policy's verdict for each face (official account, no pupil consenting). With
    `templates` > 1 each person is enrolled from that many photos at once, as an admin who
    enrols several photos of a pupil does."""
    import numpy as np

    from clearpost.checks.policy import PostContext, decide
    from clearpost.detect.image.face_match import TemplateCache
    from clearpost.detect.image.protocol import PhotoContext
    from clearpost.detect.image.registry import face_finding
    from clearpost.detect.images import load_image
    from clearpost.register.enrol import measured_face_encoding
    from clearpost.vocab import Account

    probes = probes if probes is not None else product_faces(engine, load_image, pset)
    photos_of_split = {row[0] for row in pset.probed(split)}
    probes = [p for p in probes if p[0].photo in photos_of_split]
    score = Score()
    # Each person's shots that enrolment accepts; a refused one is reported, not used.
    accepted = {}
    for person, shots in enrol_photos_of(split, pset).items():
        accepted[person] = []
        for photo, shot in shots:
            enc, _, why = measured_face_encoding(engine, (pset.root / photo).read_bytes(), photo)
            if why:
                score.refused.append((photo, why))
            else:
                accepted[person].append((shot, enc))
    accepted = {p: s for p, s in accepted.items() if s}
    score.enrolled_from = {(p, shot) for p, s in accepted.items() for shot, _ in s}
    display = {("pupil", p): p.replace("_", " ") for p in accepted}
    for k, chosen in enumerate(rounds(accepted, templates)):
        rows = [("pupil", p, enc) for p, shots in chosen.items() for _, enc in shots]
        cache = TemplateCache()
        cache.refresh(k, lambda rows=rows: rows)
        ctx = PhotoContext(templates=cache, people=display)
        enrolled_shot = {p: enrolled_key(shots) for p, shots in chosen.items()}
        matches = cache.match([np.asarray(e) for _, e, _ in probes])
        for (lf, _, face), match in zip(probes, matches, strict=True):
            finding = face_finding(0, face, match, ctx)
            decide([finding], PostContext(account=Account.OFFICIAL, has_face_photo=True))
            outcome = finding.detail["match"]
            names = [p.ref for p in finding.people]
            if not tally(score, lf.person, lf.shot, enrolled_shot, outcome, names,
                         finding.detail.get("distance")):  # fmt: skip
                continue
            sev = str(finding.severity)
            if why := finding.detail.get("unidentifiable"):
                score.unidentifiable[why] = score.unidentifiable.get(why, 0) + 1
            if lf.person in enrolled_shot:
                score.severities[sev] = score.severities.get(sev, 0) + 1
                score.pair_severity[(lf.person, lf.shot, enrolled_shot[lf.person])] = sev
                continue
            score.others_severities[sev] = score.others_severities.get(sev, 0) + 1
            if any(name in finding.reason for name in display.values()):
                score.others_shown_a_name += 1
    return score
