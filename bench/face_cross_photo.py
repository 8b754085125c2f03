"""Cross-photo identity (issue 16 item 1): the product beside plain face_recognition.

On the person-split set of tests/cross_photo.py: enrol each person from one photo,
check their other photos and everyone else's. Prints, for the dev and the test people,
the product's identity recall at its match threshold, the uncertain-band rate and the
rate at which other people's faces are named; then face_recognition's (its own HOG
detector and encoder) on the same pairs, at its tolerance 0.6 and at our MATCH.

`--drift` also compares, per face, the product's encoding with face_recognition's on the
same face, for ways of turning the detector's box into dlib's rectangle, the landmark
model (5 or 68 points), jitter and 12 MP copies: the measurements behind
detect/image/face_detect.py's dlib_rect and detect/image/faces.py's encode_many.

    .venv/bin/python bench/face_cross_photo.py [--drift]
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


def fr_faces():
    """[(LabelledFace, encoding)] from face_recognition's own detector and encoder."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import face_recognition as fr
    out = []
    for photo, shot, people in cp.PHOTOS:
        pixels = np.asarray(load_image((cp.FR / photo).read_bytes()))
        locations = fr.face_locations(pixels)
        encodings = fr.face_encodings(pixels, locations)
        boxes = [(left, top, right - left, bottom - top) for top, right, bottom, left in locations]
        for box, enc, name in zip(boxes, encodings, cp.label(photo, people, boxes), strict=True):
            out.append((cp.LabelledFace(photo, cp.SAME_SHOT.get((shot, name), shot), name, box),
                        enc))  # fmt: skip
    return out


def fr_score(faces, split, tolerance: float) -> cp.Score:
    """face_recognition as its examples use it: the nearest template under `tolerance`."""
    photos = cp.enrol_photos_of(split)
    by_shot = {(lf.person, lf.shot): enc for lf, enc in faces}
    score = cp.Score()
    for k in range(max(len(s) for s in photos.values())):
        chosen = {p: s[k % len(s)][1] for p, s in photos.items()}
        names = [p for p in chosen if (p, chosen[p]) in by_shot]
        matrix = np.stack([by_shot[(p, chosen[p])] for p in names])
        for lf, enc in faces:
            d = np.linalg.norm(matrix - enc, axis=1)
            best = int(np.argmin(d))
            outcome = "matched" if d[best] < tolerance else "unknown"
            cp.tally(score, lf.person, lf.shot, chosen, outcome, [names[best]], float(d[best]))
    return score


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
    parser.add_argument("--drift", action="store_true", help="also measure encoding drift")
    args = parser.parse_args(argv)
    if not cp.available():
        print(f"skipped: {cp.FR} not found (../shared beside the checkout)")
        return 0
    engine = shared_engine()
    probes = cp.product_faces(engine, load_image)
    reference = fr_faces()
    for name, split in (("dev", cp.DEV), ("test", cp.TEST)):
        print(f"== {name}: {', '.join(split)}")
        mine = cp.product_score(engine, split, probes)
        print(f"  Clearpost (match < {MATCH}):       {mine.line()}")
        for tol in (0.6, MATCH):
            theirs = fr_score(reference, split, tol)
            print(f"  face_recognition (< {tol}):      {theirs.line()}")
        for probe, enrolled, outcome, distance in mine.misses:
            print(
                f"    Clearpost not matched: {probe} enrolled from {enrolled}: {outcome} "
                f"at {distance:.3f}"
            )
    if args.drift:
        drift(engine, probes, reference)
    return 0


if __name__ == "__main__":
    sys.exit(main())
