"""Small faces (issue 16: face recall >= 0.95 including 30-60 px faces): the public
person-split set of bench/face_cross_photo.py (--set DIR), each one-person photo shrunk
so that its face is 30, 40, 50 or 60 px high and laid out on one 4000x3000 canvas per
height, as a class or trip photo has them. Then:

- face recall: the share of those faces the product's check finds on the canvas (a
  detection that overlaps the face's box, IoU >= 0.3), beside face_recognition's own
  detector (HOG, upsampled once, as its examples use it) on the same canvas;
- identity: each person enrolled from their first accepted full-size photo (the
  enrolment path), every small face of their other photos checked through the policy
  (official account, nobody consenting): named, "may be a registered pupil" (uncertain),
  or not identifiable (under 30 px, covered, turned: at least a warn), and how many of
  them a block; everyone else's small faces: how many named as a pupil.

The truth box of each face is face_recognition's HOG box on the full-size photo (its
largest face), scaled with the photo; a face's height is that box's height.

    .venv/bin/python bench/face_small.py --set DIR [--split dev|test|both]
"""

import argparse
import sys
import warnings
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import cross_photo as cp  # noqa: E402

from clearpost.detect.image.faces import shared_engine  # noqa: E402
from clearpost.detect.images import load_image  # noqa: E402

HEIGHTS = (30, 40, 50, 60)
CANVAS = (4000, 3000)
MATCH_IOU = 0.3


def iou(a, b) -> float:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    w = max(0, min(ax + aw, bx + bw) - max(ax, bx))
    h = max(0, min(ay + ah, by + bh) - max(ay, by))
    inter = w * h
    return inter / (aw * ah + bw * bh - inter) if inter else 0.0


def hog_box(location) -> tuple[int, int, int, int]:
    """face_recognition's (top, right, bottom, left) as (x, y, w, h)."""
    top, right, bottom, left = location
    return left, top, right - left, bottom - top


def truth_boxes(pset, photos):
    """{photo: (person, (x, y, w, h))}: face_recognition's largest face in each one-person
    photo (a photo where it finds none is left out)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import face_recognition as fr
    out = {}
    for photo, _, person in photos:
        pixels = np.asarray(load_image((pset.root / photo).read_bytes()))
        boxes = [hog_box(loc) for loc in fr.face_locations(pixels)]
        if boxes:
            out[photo] = (person, max(boxes, key=lambda b: b[2] * b[3]))
    return out


def canvas_of(pset, truth, height):
    """One canvas with every photo shrunk so its face is `height` px high, in rows; the
    faces' boxes on it: [(photo, person, box)]. Photos that do not fit are left out."""
    canvas = Image.new("RGB", CANVAS, (128, 128, 128))
    x = y = row_h = 0
    placed = []
    for photo, (person, (bx, by, bw, bh)) in truth.items():
        image = load_image((pset.root / photo).read_bytes())
        scale = height / bh
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        if x + size[0] > CANVAS[0]:
            x, y, row_h = 0, y + row_h + 20, 0
        if y + size[1] > CANVAS[1]:
            break
        canvas.paste(image.resize(size, Image.LANCZOS), (x, y))
        box = (x + round(bx * scale), y + round(by * scale), round(bw * scale), height)
        placed.append((photo, person, box))
        x += size[0] + 20
        row_h = max(row_h, size[1])
    return canvas, placed


def found(boxes, placed) -> dict:
    """{photo: index of the detection on its face} for the faces some detection overlaps."""
    out, used = {}, set()
    for photo, _, truth in placed:
        best = max(range(len(boxes)), key=lambda i: iou(boxes[i], truth), default=None)
        if best is not None and best not in used and iou(boxes[best], truth) >= MATCH_IOU:
            out[photo] = best
            used.add(best)
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", metavar="DIR", required=True, help="DIR/manifest.csv")
    parser.add_argument("--split", choices=("dev", "test", "both"), default="both")
    args = parser.parse_args(argv)
    pset = cp.load_set(args.set)
    if not cp.available(pset):
        print(f"skipped: photos of the set not found under {pset.root}")
        return 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import face_recognition as fr
    from clearpost.checks.policy import PostContext, decide
    from clearpost.detect.image.face_match import TemplateCache
    from clearpost.detect.image.protocol import PhotoContext
    from clearpost.detect.image.registry import face_finding
    from clearpost.register.enrol import measured_face_encoding
    from clearpost.vocab import Account

    engine = shared_engine()
    for name, split in (("dev", pset.dev), ("test", pset.test)):
        if args.split not in (name, "both"):
            continue
        photos = [row for row in pset.probed(split) if isinstance(row[2], str)]
        truth = truth_boxes(pset, photos)
        # Each enrolled person's template: their first photo the enrolment accepts.
        rows, enrolled_from = [], {}
        for person, shots in cp.enrol_photos_of(split, pset).items():
            for photo, _ in shots:
                data = (pset.root / photo).read_bytes()
                enc, _, why = measured_face_encoding(engine, data, photo)
                if not why:
                    rows.append(("pupil", person, enc))
                    enrolled_from[person] = photo
                    break
        cache = TemplateCache()
        cache.refresh(name, lambda rows=rows: rows)
        display = {("pupil", p): p.replace("_", " ") for p in enrolled_from}
        ctx = PhotoContext(templates=cache, people=display)
        print(f"== {name}: {len(truth)} one-person photos, {len(enrolled_from)} people enrolled")
        for height in HEIGHTS:
            canvas, placed = canvas_of(pset, truth, height)
            result = engine.find_faces(canvas)
            ours = found([f.box for f in result.faces], placed)
            theirs_boxes = [hog_box(loc) for loc in fr.face_locations(np.asarray(canvas))]
            theirs = found(theirs_boxes, placed)
            encodings = engine.encode_many(result.image, result.faces)
            matches = cache.match([np.asarray(e) for e in encodings])
            named = band = unidentifiable = blocked = genuine = 0
            others = others_named = 0
            for photo, person, _ in placed:
                if photo not in ours or photo == enrolled_from.get(person):
                    continue
                i = ours[photo]
                finding = face_finding(0, result.faces[i], matches[i], ctx)
                decide([finding], PostContext(account=Account.OFFICIAL, has_face_photo=True))
                outcome = finding.detail["match"]
                who = [p.ref for p in finding.people]
                if person in enrolled_from:
                    genuine += 1
                    named += outcome == "matched" and who == [person]
                    band += outcome == "uncertain" and person in who
                    unidentifiable += bool(finding.detail.get("unidentifiable"))
                    blocked += str(finding.severity) == "block"
                else:
                    others += 1
                    others_named += outcome == "matched"
            n, g = len(placed), max(genuine, 1)
            print(f"  {height} px: {n} faces; found by Clearpost {len(ours)}/{n} = "
                  f"{len(ours) / n:.3f}, by face_recognition {len(theirs)}/{n} = "
                  f"{len(theirs) / n:.3f}; enrolled people's faces {genuine}: named "
                  f"{named / g:.3f}, may-be {band / g:.3f} (not identifiable "
                  f"{unidentifiable}), blocked {blocked / g:.3f}; others named "
                  f"{others_named}/{others}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
