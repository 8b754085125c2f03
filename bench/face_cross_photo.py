"""Cross-photo identity (issue 16 item 1): the product beside plain face_recognition.

On the person-split set of tests/cross_photo.py: enrol each person from one photo,
check their other photos and everyone else's. Prints, for the dev and the test people,
the product's identity recall at its match threshold, the uncertain-band rate and the
rate at which other people's faces are named; then face_recognition's (its own HOG
detector and encoder) on the same pairs, at its tolerance 0.6 and at our MATCH.

`--set DIR` measures another person-split set instead (DIR/manifest.csv and DIR/photos,
see tests/cross_photo.py's load_set; e.g. the public photos gathered for issue 16, kept
outside the repository). Each split is scored on its own photos; the product's faces
also go through the policy (official account, no pupil consenting) to count pupils
passing as allow and strangers shown with a pupil's name; face recall is the share of
labelled faces each detector finds.

`--drift` also compares, per face, the product's encoding with face_recognition's on the
same face, for ways of turning the detector's box into dlib's rectangle, the landmark
model (5 or 68 points), jitter and 12 MP copies: the measurements behind
detect/image/face_detect.py's dlib_rect and detect/image/faces.py's encode_many.

    .venv/bin/python bench/face_cross_photo.py [--set DIR] [--split dev|test|both] [--drift]
"""

import argparse
import sys
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import cross_photo as cp  # noqa: E402

from clearpost.detect.image.face_match import MATCH  # noqa: E402
from clearpost.detect.image.faces import shared_engine  # noqa: E402
from clearpost.detect.images import load_image  # noqa: E402


def fr_faces(pset=cp.FR_SET, photos=None):
    """[(LabelledFace, encoding)] from face_recognition's own detector and encoder."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import face_recognition as fr
    out = []
    for photo, shot, people in pset.photos:
        if photos is not None and photo not in photos:
            continue
        pixels = np.asarray(load_image((pset.root / photo).read_bytes()))
        locations = fr.face_locations(pixels)
        encodings = fr.face_encodings(pixels, locations)
        boxes = [(left, top, right - left, bottom - top) for top, right, bottom, left in locations]
        for box, enc, name in zip(boxes, encodings, cp.label(photo, people, boxes), strict=True):
            out.append((cp.LabelledFace(photo, pset.same_shot.get((shot, name), shot), name, box),
                        enc))  # fmt: skip
    return out


def fr_score(faces, split, tolerance: float, pset=cp.FR_SET, only=None,
             templates: int = 1) -> cp.Score:  # fmt: skip
    """face_recognition as its examples use it: the nearest template under `tolerance`.
    Enrolled from its own encoding of the same one-person photos (its largest face); with
    `only` ((person, shot) set), of those the product's enrolment accepted: the same pairs.
    `templates`: photos per person in each round, as product_score's (the nearest counts)."""
    photos = cp.enrol_photos_of(split, pset)
    probed = {row[0] for row in pset.probed(split)}
    faces = [(lf, enc) for lf, enc in faces if lf.photo in probed]
    by_shot = {(lf.person, lf.shot): enc for lf, enc in faces if lf.person}
    photos = {p: [s for s in shots if (p, s[1]) in by_shot and (only is None or (p, s[1]) in only)]
              for p, shots in photos.items()}  # fmt: skip
    photos = {p: [(s[1], by_shot[(p, s[1])]) for s in shots]
              for p, shots in photos.items() if shots}  # fmt: skip
    score = cp.Score()
    for chosen in cp.rounds(photos, templates):
        owners = [p for p, shots in chosen.items() for _ in shots]
        matrix = np.stack([enc for shots in chosen.values() for _, enc in shots])
        enrolled = {p: cp.enrolled_key(shots) for p, shots in chosen.items()}
        for lf, enc in faces:
            d = np.linalg.norm(matrix - enc, axis=1)
            best = int(np.argmin(d))
            outcome = "matched" if d[best] < tolerance else "unknown"
            cp.tally(score, lf.person, lf.shot, enrolled, outcome, [owners[best]], float(d[best]))
    return score


def where_they_match(mine: cp.Score, theirs: cp.Score) -> str:
    """The product on the genuine pairs face_recognition matches under MATCH (issue 16's
    bar: identity recall >= 0.95 there)."""
    pairs = [k for k, (outcome, _) in theirs.pairs.items() if outcome == "matched"]
    both = [mine.pairs[k][0] for k in pairs if k in mine.pairs]
    named = sum(o == "matched" for o in both)
    band = sum(o == "uncertain" for o in both)
    # The safety reading: a pupil without consent in another photo of them blocked.
    blocked = sum(mine.pair_severity.get(k) == "block" for k in pairs if k in mine.pairs)
    n = max(len(both), 1)
    return (f"{len(both)} pairs (of {len(pairs)}; the rest: a face the product did not find "
            f"as that person): Clearpost named {named} = {named / n:.3f}, "
            f"uncertain {band}, unknown {len(both) - named - band}; "
            f"blocked (no consent) {blocked} = {blocked / n:.3f}")  # fmt: skip


def same_face(photo, box, faces):
    """The face of `faces` ([(LabelledFace, enc)]) in `photo` whose box centre is in `box`."""
    x, y, w, h = box
    for lf, enc in faces:
        if lf.photo != photo:
            continue
        fx, fy, fw, fh = lf.box
        if x <= fx + fw / 2 <= x + w and y <= fy + fh / 2 <= y + h:
            return enc
    return None


def twelve_mp(engine, probes, reference):
    """The product on 12 MP copies of the photos, against face_recognition on the originals."""
    from PIL import Image

    out = []
    for photo in dict.fromkeys(lf.photo for lf, _, _ in probes):
        image = load_image((cp.FR / photo).read_bytes())
        f = (12e6 / (image.width * image.height)) ** 0.5
        big = image.resize((round(image.width * f), round(image.height * f)), Image.LANCZOS)
        found = engine.find_faces(big)
        for face, enc in zip(
            found.faces, engine.encode_many(found.image, found.faces), strict=True
        ):
            x, y, w, h = (v / f for v in face.box)
            ref = same_face(photo, (x, y, w, h), reference)
            if ref is not None and h >= 40:
                out.append(float(np.linalg.norm(enc - ref)))
    return out


def drift(engine, probes, reference):
    """Per face: product encoding (variants) against face_recognition's of the same face."""
    import dlib

    from clearpost.detect.image import face_detect
    from clearpost.detect.image.faces import model_dir

    engine.load()
    p68 = dlib.shape_predictor(str(model_dir() / "shape_predictor_68_face_landmarks.dat"))
    p5, encoder = engine._landmarks, engine.dlib_encoder()

    def rect_of(box, scale, shift):
        x, y, w, h = box
        side = scale * (w + h) / 2
        cx, cy = x + w / 2, y + h / 2 + shift * h
        left, top = round(cx - side / 2), round(cy - side / 2)
        return dlib.rectangle(left, top, left + round(side), top + round(side))

    def enc(pixels, rect, predictor=p5, jitters=1):
        return np.array(encoder.compute_face_descriptor(pixels, predictor(pixels, rect), jitters))

    variants = {"product now": None}
    for scale in (0.9, 1.0, 1.1):
        for shift in (0.0, 0.03, 0.06):
            variants[f"rect {scale:.2f} {shift:+.2f}"] = (scale, shift, p5, 1)
    variants["68-point, current rect"] = (face_detect.RECT_SCALE, face_detect.RECT_SHIFT_Y, p68, 1)
    variants["5-point, jitter 10"] = (face_detect.RECT_SCALE, face_detect.RECT_SHIFT_Y, p5, 10)
    results = {k: [] for k in variants}
    pixels_of = {}
    for lf, mine, face in probes:
        ref = same_face(lf.photo, lf.box, reference)
        if ref is None or face.box[3] < 40:
            continue
        if lf.photo not in pixels_of:
            pixels_of[lf.photo] = np.asarray(load_image((cp.FR / lf.photo).read_bytes()))
        pixels = pixels_of[lf.photo]
        for name, v in variants.items():
            e = mine if v is None else enc(pixels, rect_of(face.box, v[0], v[1]), v[2], v[3])
            results[name].append(float(np.linalg.norm(e - ref)))
    results["product at 12 MP"] = twelve_mp(engine, probes, reference)
    count = len(results["product now"])
    print(f"== drift from face_recognition's encoding of the same face ({count} faces of "
          "40 px or more): mean, max")  # fmt: skip
    for name, d in sorted(results.items(), key=lambda kv: np.mean(kv[1])):
        print(f"  {name:26s} {np.mean(d):.3f}  {np.max(d):.3f}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", metavar="DIR", help="a set with DIR/manifest.csv (default: "
                        "face_recognition's examples in ../shared)")  # fmt: skip
    parser.add_argument("--split", choices=("dev", "test", "both"), default="both",
                        help="which part to score (default both)")  # fmt: skip
    parser.add_argument("--drift", action="store_true", help="also measure encoding drift")
    parser.add_argument("--templates", type=int, default=1, metavar="N",
                        help="enrol each person from N photos at once (default 1)")  # fmt: skip
    args = parser.parse_args(argv)
    pset = cp.load_set(args.set) if args.set else cp.FR_SET
    if not cp.available(pset):
        print(f"skipped: photos of the set not found under {pset.root}")
        return 0
    splits = [("dev", pset.dev), ("test", pset.test)]
    splits = [(n, s) for n, s in splits if args.split in (n, "both")]
    wanted = {row[0] for _, s in splits for row in pset.probed(s)}
    engine = shared_engine()
    probes = [p for p in cp.product_faces(engine, load_image, pset) if p[0].photo in wanted]
    reference = fr_faces(pset, wanted)
    for name, split in splits:
        print(f"== {name}: {len(split)} people enrolled from {args.templates} photo(s) each "
              f"round: {', '.join(split)}")  # fmt: skip
        labelled = cp.labelled_faces(pset, split)
        found = cp.found_labelled(pset, split, [lf for lf, _, _ in probes])
        theirs_found = cp.found_labelled(pset, split, [lf for lf, _ in reference])
        print(f"  face recall: Clearpost {found}/{labelled}, face_recognition "
              f"{theirs_found}/{labelled}")  # fmt: skip
        mine = cp.product_score(engine, split, probes, pset, args.templates)
        print(f"  Clearpost (match < {MATCH}):       {mine.line()}")
        print(f"    verdicts: {mine.verdict_line()}")
        for photo, why in mine.refused:
            print(f"    enrolment refused: {photo}: {why}")
        for tol in (0.6, MATCH):
            theirs = fr_score(reference, split, tol, pset, mine.enrolled_from, args.templates)
            print(f"  face_recognition (< {tol}):      {theirs.line()}")
        print(f"  where face_recognition matches at < {MATCH}: {where_they_match(mine, theirs)}")
        for probe, enrolled, outcome, distance in mine.misses:
            print(
                f"    Clearpost not matched: {probe} enrolled from {enrolled}: {outcome} "
                f"at {distance if distance is None else round(distance, 3)}"
            )
    if args.drift and pset is cp.FR_SET:
        drift(engine, probes, reference)
    return 0


if __name__ == "__main__":
    sys.exit(main())
