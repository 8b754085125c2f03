"""Photo check benchmarks, against plain face_recognition used the obvious way.

1. Face recall on dlib's ground-truth boxes (../shared/fixtures/faces/dlib/*.xml), as-is
   and scaled to 12 MP: Clearpost's detector vs face_recognition.face_locations (HOG).
2. Match accuracy on the fr/ photos: one photo of each person enrolled, every other photo
   matched: Clearpost's thresholds vs face_recognition.compare_faces (tolerance 0.6).
3. Seconds for a 12 MP group photo with every check on (faces, matching, logo, uniform,
   OCR, metadata) through Checker.check, vs face_recognition's locations + encodings +
   compare_faces on the same photo.
4. The same for a 12 MP class photo of 30 faces (tests/class_photo.py, built from
   ../shared at run time): the check's time (min and median of several runs, and CPU
   seconds of all threads) beside face_recognition's default pipeline (face_locations +
   face_encodings) in the same run, the speed-up, and the faces each finds of the 30.
   Goal (issue 16 item 5): at most 1.5 s on 2 cores and at least 4x faster. The machine's
   load average is printed before and after: on a shared machine it inflates wall times
   (not CPU seconds). NumPy's BLAS is held to one thread, as `clearpost serve` holds it.
"""

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import class_photo  # noqa: E402
from face_detection import ground_truth, score_set, to_12mp  # noqa: E402
from face_matching import FR, people  # noqa: E402

from clearpost.checks.post import CheckRequest  # noqa: E402
from clearpost.detect.image.faces import shared_engine  # noqa: E402
from clearpost.detect.images import load_image  # noqa: E402
from clearpost.detect.text.upn import check_letter  # noqa: E402
from clearpost.register.mis_import import parse_pupils  # noqa: E402
from clearpost.services import Services  # noqa: E402


def face_recognition_module():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # face_recognition_models imports pkg_resources
        import face_recognition
    return face_recognition


def fr_boxes(fr, image: Image.Image):
    return [(left, top, right - left, bottom - top)
            for top, right, bottom, left in fr.face_locations(np.asarray(image))]  # fmt: skip


def recall() -> None:
    fr = face_recognition_module()
    engine = shared_engine()
    items = ground_truth()
    print("\n== face recall on dlib's ground truth (IoU >= 0.3)")
    for title, data in (("as-is", items), ("scaled to 12 MP", to_12mp(items))):
        ours = theirs = total = 0
        t_ours = t_theirs = 0.0
        for _, image, truth in data:
            start = time.perf_counter()
            found = [f.box for f in engine.detect(image)]
            t_ours += time.perf_counter() - start
            start = time.perf_counter()
            plain = fr_boxes(fr, image)
            t_theirs += time.perf_counter() - start
            ours += score_set(truth, found)[0]
            theirs += score_set(truth, plain)[0]
            total += len(truth)
        n = len(data)
        print(f"  {title:16} Clearpost {ours}/{total} ({ours / total:.0%}, {t_ours / n:.2f} s/img)"
              f"   face_recognition {theirs}/{total} ({theirs / total:.0%}, "
              f"{t_theirs / n:.2f} s/img)")  # fmt: skip


def matching(svc: Services) -> None:
    from clearpost.detect.image.face_match import TemplateCache

    fr = face_recognition_module()
    engine = shared_engine()
    by_person = {k: v for k, v in people().items() if len(v) > 1}
    known, probes = {}, []
    for name, files in by_person.items():
        image = load_image(files[0].read_bytes())
        faces = engine.detect(image)
        known[name] = engine.encode(image, faces[0])
        probes += [(name, f) for f in files[1:]]
    strangers = [FR / "examples" / "lin-manuel-miranda.png"]
    cache = TemplateCache()
    cache.refresh("bench", lambda: [("pupil", n, e) for n, e in known.items()])
    names = list(known)
    fr_known = [fr.face_encodings(np.asarray(load_image(by_person[n][0].read_bytes())))[0]
                for n in names]  # fmt: skip
    right_ours = right_theirs = total = uncertain = wrong = 0
    for truth, path in probes + [(None, p) for p in strangers]:
        image = load_image(path.read_bytes())
        faces = engine.detect(image)
        if len(faces) != 1:
            continue
        total += 1
        m = cache.match([engine.encode(image, faces[0])])[0]
        ours = m.ref if m.outcome == "matched" else None
        right_ours += ours == truth
        uncertain += m.outcome == "uncertain" and m.ref == truth
        wrong += m.outcome != "unknown" and m.ref != truth
        encs = fr.face_encodings(np.asarray(image))
        theirs = None
        if encs:
            hits = fr.compare_faces(fr_known, encs[0], tolerance=0.6)
            distances = fr.face_distance(fr_known, encs[0])
            if any(hits):
                theirs = names[int(np.argmin(distances))]
        right_theirs += theirs == truth
    print(f"\n== match accuracy: {total} photos of {len(names)} enrolled people and a stranger")
    print(f"  Clearpost {right_ours}/{total} matched to the right person, {uncertain} more "
          f"'uncertain' (treated as that person, and the poster asked to check), "
          f"{wrong} wrong")  # fmt: skip
    print(f"  face_recognition (tolerance 0.6) {right_theirs}/{total}")


def group_photo_12mp() -> Image.Image:
    """dlib's busiest group photo, scaled to 12 MP (4000x3000-ish)."""
    items = to_12mp(ground_truth())
    return max(items, key=lambda item: len(item[2]))[1]


def register_marks(svc: Services) -> None:
    """A logo and a uniform registered, so that those checks run too."""
    from clearpost.register.school_marks import add_logo, add_uniform

    badge = Image.new("RGB", (300, 360), "white")
    from PIL import ImageDraw

    draw = ImageDraw.Draw(badge)
    draw.polygon([(20, 20), (280, 20), (280, 220), (150, 340), (20, 220)], fill=(20, 60, 140))
    draw.ellipse((90, 60, 210, 180), fill=(240, 200, 40))
    draw.rectangle((60, 230, 240, 250), fill=(240, 200, 40))
    logo = io.BytesIO()
    badge.save(logo, "PNG")
    add_logo(svc.marks, logo.getvalue(), "badge.png", "bench")
    # A green knitted jumper on a white background.
    rng = np.random.default_rng(0)
    knit = np.full((400, 400, 3), 255, np.uint8)
    cloth = np.array((20, 90, 50)) + rng.normal(0, 12, (280, 300, 3))
    knit[60:340, 50:350] = np.clip(cloth, 0, 255).astype(np.uint8)
    jumper = io.BytesIO()
    Image.fromarray(knit).save(jumper, "JPEG")
    add_uniform(svc.marks, [("jumper.jpg", jumper.getvalue())], "jumper", "bench")


def timing(svc: Services, repeats: int = 3) -> None:
    fr = face_recognition_module()
    photo = group_photo_12mp()
    buf = io.BytesIO()
    photo.save(buf, "JPEG", quality=90)
    data = buf.getvalue()
    svc.checker.warm()
    request = CheckRequest(text="What a day!", images=[data])
    svc.checker.check(request, "bench")  # caches built
    ours = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = svc.checker.check(request, "bench")
        ours.append(time.perf_counter() - start)
    faces = sum(f["kind"] == "face" for f in result["findings"])
    theirs = []
    pixels = np.asarray(photo)
    for _ in range(repeats):
        start = time.perf_counter()
        locations = fr.face_locations(pixels)
        encodings = fr.face_encodings(pixels, locations)
        for e in encodings:
            fr.compare_faces([e], e)
        theirs.append(time.perf_counter() - start)
    print(f"\n== a 12 MP group photo ({photo.width}x{photo.height}), every check on")
    print(f"  Clearpost: {statistics.median(ours):.2f} s (median of {repeats}), {faces} faces; "
          f"goal under 1.5 s on 2 cores")  # fmt: skip
    print(f"  face_recognition (HOG locations + encodings + compare, nothing else): "
          f"{statistics.median(theirs):.2f} s, {len(locations)} faces")  # fmt: skip


def _timed(fn, repeats: int):
    """(wall seconds, CPU seconds of the whole process) of each of `repeats` runs, and
    the last run's result."""
    walls, cpus = [], []
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return walls, cpus, result


def _summary(walls, cpus) -> str:
    return (f"min {min(walls):.2f} s, median {statistics.median(walls):.2f} s "
            f"(CPU {statistics.median(cpus):.2f} s)")  # fmt: skip


def class_photo_timing(svc: Services, repeats: int = 7, fr_repeats: int = 3) -> None:
    """Issue 16 item 5: the 12 MP class photo of 30 faces, every check on, beside
    face_recognition's default pipeline in the same run."""
    from threadpoolctl import threadpool_limits

    if not class_photo.available():
        print(f"\n== class photo skipped: {class_photo.DLIB} not found")
        return
    fr = face_recognition_module()
    photo, truth = class_photo.class_photo()
    data = class_photo.class_photo_jpeg()
    request = CheckRequest(text="Our Year 4 class photo!", images=[data])
    load_before = os.getloadavg()
    with threadpool_limits(limits=1, user_api="blas"):  # as `clearpost serve` runs
        svc.checker.warm()
        svc.checker.check(request, "bench")  # caches built
        walls, cpus, result = _timed(lambda: svc.checker.check(request, "bench"), repeats)
    boxes = [f["box"] for f in result["findings"] if f["kind"] == "face"]
    ours = score_set(truth, boxes)[0]
    pixels = np.asarray(photo)

    def plain():
        locations = fr.face_locations(pixels)
        return locations, fr.face_encodings(pixels, locations)

    fr_walls, fr_cpus, (locations, _) = _timed(plain, fr_repeats)
    theirs = score_set(truth, [(x0, y0, x1 - x0, y1 - y0) for y0, x1, y1, x0 in locations])[0]
    load_after = os.getloadavg()
    speedup = statistics.median(fr_walls) / statistics.median(walls)
    print(
        f"\n== a 12 MP class photo ({photo.width}x{photo.height}, {len(truth)} faces of "
        f"{min(b[3] for b in truth)}-{max(b[3] for b in truth)} px), every check on"
    )
    print(
        f"  load average {load_before[0]:.1f} before, {load_after[0]:.1f} after, "
        f"{os.cpu_count()} CPUs"
    )
    print(
        f"  Clearpost (Checker.check, JPEG decode included), {repeats} runs: "
        f"{_summary(walls, cpus)}; {len(boxes)} faces, {ours}/{len(truth)} of the "
        f"labelled; goal at most 1.5 s"
    )
    print(
        f"  face_recognition (face_locations + face_encodings, its defaults), "
        f"{fr_repeats} runs: {_summary(fr_walls, fr_cpus)}; {len(locations)} faces, "
        f"{theirs}/{len(truth)} of the labelled"
    )
    print(f"  speed-up (medians): {speedup:.1f}x; goal at least 4x")  # fmt: skip


def main() -> int:
    # --help says what this measures; it takes no options.
    argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    ).parse_args()
    if not FR.exists():
        print(f"skipped: {FR} not found (../shared beside the checkout)")
        return 0
    recall()
    with tempfile.TemporaryDirectory() as tmp:
        svc = Services(Path(tmp))
        body = "801200045001"
        svc.register.apply_import(
            parse_pupils(f"upn,forename,surname,biometric_consent\n"
                         f"{check_letter(body)}{body},Ann,Lee,yes\n".encode()), "bench"
        )  # fmt: skip
        matching(svc)
        register_marks(svc)
        timing(svc)
        class_photo_timing(svc)
        svc.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
