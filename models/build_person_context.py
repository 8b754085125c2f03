"""Fit the public-or-private person classifier (server/detect/text/person_context.py) on its
examples (server/detect/data/person_context_examples.txt) and store its weights, so that the
service neither embeds the examples nor fits at its first check.

Prints a 5-fold cross-validation table first: for each threshold, the share of [private]
examples read as public (private adults the check would no longer warn about) and the share
of [public] ones caught. PUBLIC_MIN in person_context.py is chosen from it.

    .venv/bin/python models/build_person_context.py          # CV table, writes the .npz
    .venv/bin/python models/build_person_context.py --check  # fails if the .npz is stale
"""

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "server" / "detect" / "data"
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)


def cross_validate(vectors: np.ndarray, labels: np.ndarray, folds: int = 5) -> None:
    from clearpost.detect.text import person_context as pc

    order = np.random.default_rng(0).permutation(len(labels))
    p = np.zeros(len(labels))
    for k in range(folds):
        test = order[k::folds]
        train = np.setdiff1d(order, test)
        w = pc.train(vectors[train], list(labels[train]))
        x = np.hstack([vectors[test], np.ones((len(test), 1))])
        p[test] = pc._sigmoid(x @ w)
    print("threshold  private read as public  public caught")
    for t in THRESHOLDS:
        private = (p[~labels] >= t).mean()
        caught = (p[labels] >= t).mean()
        print(f"  {t:.2f}        {private:6.3f}               {caught:6.3f}")


def main() -> None:
    from clearpost.detect.text import person_context as pc
    from clearpost.detect.text.sentence_model import shared_sentence_model

    sentences, labels = pc.examples()
    key = pc.examples_key(sentences, labels)
    path = OUT / pc.VECTORS
    if "--check" in sys.argv:
        with np.load(path) as stored:
            sys.exit(0 if str(stored["key"]) == key else f"{path} is stale: rebuild it")
    # Stored as float16 (a test refits from them); fitted from what is stored.
    vectors = shared_sentence_model().encode(sentences).astype(np.float16).astype(np.float64)
    truth = np.array(labels)
    print(f"{len(sentences)} examples: {truth.sum()} public, {(~truth).sum()} private")
    cross_validate(vectors, truth)
    weights = pc.train(vectors, labels)
    with path.open("wb") as fh:
        np.savez_compressed(fh, key=np.array(key), weights=weights,
                            vectors=vectors.astype(np.float16))  # fmt: skip
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
