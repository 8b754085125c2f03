"""Benchmarks: `make bench`. Prints timings; never a pass/fail (that is for the tests).

Register: importing a 500-pupil MIS export, listing it, and enrolling a face photo,
on a throw-away data folder with real SQLite and the real face models.
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from clearpost.detect.text.upn import check_letter
from clearpost.register.enrol import enrol_photos
from clearpost.register.mis_import import parse_pupils
from clearpost.services import Services

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures" / "faces"


def pupils_csv(count: int) -> bytes:
    lines = ["upn,forename,surname,year_group,class,consent_social_media,biometric_consent"]
    for i in range(count):
        body = f"801200025{i:03d}"
        lines.append(f"{check_letter(body)}{body},Pupil{i},Surname{i},{i % 7 + 1},C{i % 3},yes,yes")
    return ("\n".join(lines) + "\n").encode()


def timed(label: str, fn, repeat: int = 1):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(f"{label:48} {median * 1000:9.1f} ms  (median of {repeat})")
    return result


def main() -> int:
    # --help says what this measures; it takes no options.
    argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    ).parse_args()
    print("== register")
    with tempfile.TemporaryDirectory() as tmp:
        svc = Services(Path(tmp))
        data = pupils_csv(500)
        parsed = timed("parse a 500-pupil CSV", lambda: parse_pupils(data), 5)
        timed("import 500 pupils (first time)", lambda: svc.register.apply_import(parsed, "b"))
        timed("re-import 500 pupils (no change)", lambda: svc.register.apply_import(parsed, "b"), 3)
        timed("list 500 pupils", lambda: svc.register.pupils(), 5)
        photo = SHARED / "fr" / "examples" / "obama.jpg"
        if not photo.exists():
            print(f"skipped enrolment: {photo} not found (../shared beside the checkout)")
            return 0
        upn = svc.register.pupils()[0].upn
        timed("load face models (once per process)", svc.faces.load)
        timed(
            "enrol one portrait photo",
            lambda: enrol_photos(svc.register, svc.faces, upn, [("p", photo.read_bytes())], "b"),
            5,
        )
        timed("decrypt all templates", svc.register.templates, 5)
        svc.close()
    import face_cross_photo
    import face_matching
    import photo_check
    import text_check

    text_check.main()
    face_matching.main()
    face_cross_photo.main([])  # the same person across photos, beside face_recognition
    photo_check.main()
    import video_check

    video_check.main([])  # a 60 s 1080p clip, beside face_recognition at 1 fps: minutes
    import batch

    batch.main([])  # 200 phone-sized photos: several minutes
    # The --scheduler path on a LocalCluster of 2 workers (issue 16: trust scale), 40 photos.
    batch.main(["--count", "40", "--skip-fr", "--cluster", "2"])
    print("\n(Face detector comparison, HOG/CNN/CenterFace at several sizes: "
          "python bench/face_detection.py, about 3 minutes.)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
