"""Calibrating the face-match thresholds: distances between encodings of the same person
and of different people, on the photos in ../shared/fixtures/faces/fr.

Prints genuine/impostor distance statistics and, for each threshold, how many genuine
pairs would be missed (FRR) and how many impostor pairs accepted (FAR). These are
adults; children are known to be closer together, hence the margin and the uncertain
band in server/detect/image/face_match.py.
"""

import argparse
import itertools
import sys
from pathlib import Path

import numpy as np

from clearpost.detect.image.face_match import MATCH, UNCERTAIN
from clearpost.detect.image.faces import shared_engine
from clearpost.detect.images import load_image

FR = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures" / "faces" / "fr"


def people() -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = {}
    for folder in (FR / "examples" / "knn_examples" / "train").glob("*"):
        out[folder.name] = sorted(folder.glob("*"))
    ex, tests = FR / "examples", FR / "tests" / "test_images"
    out.setdefault("obama", []).extend(
        [
            ex / "obama.jpg",
            ex / "obama2.jpg",
            ex / "obama-480p.jpg",
            ex / "knn_examples/test/obama1.jpg",
            tests / "obama3.jpg",
        ]
    )
    out.setdefault("biden", []).extend([ex / "biden.jpg", tests / "biden.jpg"])
    out.setdefault("alex_lacamoire", []).extend(
        [ex / "alex-lacamoire.png", ex / "knn_examples/test/alex_lacamoire1.jpg"]
    )
    out["lin_manuel_miranda"] = [ex / "lin-manuel-miranda.png"]
    return {k: sorted(set(v)) for k, v in out.items()}  # fmt: skip


def main() -> int:
    # --help says what this measures; it takes no options.
    argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    ).parse_args()
    if not FR.exists():
        print(f"skipped: {FR} not found (../shared beside the checkout)")
        return 0
    engine = shared_engine()
    encodings = []
    for name, files in people().items():
        for path in files:
            image = load_image(path.read_bytes())
            faces = engine.detect(image)
            if len(faces) == 1:
                encodings.append((name, engine.encode(image, faces[0])))
    genuine, impostor = [], []
    for (a, ea), (b, eb) in itertools.combinations(encodings, 2):
        (genuine if a == b else impostor).append(float(np.linalg.norm(ea - eb)))
    g, i = np.array(genuine), np.array(impostor)
    print(f"== face matching: {len(encodings)} photos, {len(g)} same-person pairs, "
          f"{len(i)} different-person pairs")  # fmt: skip
    p95 = np.percentile(g, 95)
    print(f"  same person:      mean {g.mean():.3f}  p95 {p95:.3f}  max {g.max():.3f}")
    print(
        f"  different people: mean {i.mean():.3f}  p5 {np.percentile(i, 5):.3f}  min {i.min():.3f}"
    )
    for t in (0.4, 0.45, MATCH, 0.55, UNCERTAIN):
        print(f"  threshold {t:.2f}: missed same-person {np.mean(g >= t):.3f}, "
              f"accepted different-person {np.mean(i < t):.4f}")  # fmt: skip
    print(
        f"  Clearpost: matched below {MATCH} (with a margin over the next person), "
        f"uncertain below {UNCERTAIN}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
