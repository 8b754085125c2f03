"""Fit the public-or-private person classifier (server/detect/text/person_context.py) on its
examples (server/detect/data/person_context_examples.txt) and store its weights, so that the
service neither embeds the examples nor fits at its first check.

Prints a 5-fold cross-validation table first: for each threshold, the share of [private]
examples read as public (private adults the check would no longer warn about) and the share
of [public] ones caught. PUBLIC_MIN in person_context.py is chosen from it.

With --read it also writes the second opinion's sentences (person_context.IN_POSTS): every
full name the check takes for a private adult, before its filters, in the halves read of
the blind sets (the same halves as the circumstances' posts classifier), with its sentence
as the check reads it; [private] when an other-person label covers it, [public] when not.
It runs the real check over those posts (about fifteen minutes on two cores), then fits
and stores the weights.

    .venv/bin/python models/build_person_context.py          # CV table, writes the .npz
    .venv/bin/python models/build_person_context.py --read   # and the posts' sentences
    .venv/bin/python models/build_person_context.py --check  # fails if anything is stale
"""

import argparse
import re
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "server" / "detect" / "data"
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "tests" / "detect"))
from build_circumstance_examples import build_read_weights, posts_of  # noqa: E402
from text_eval import services_for  # noqa: E402

# The halves read of the blind sets (positions 0, 2, 4...: posts 1, 3, 5...) up to the last
# session's; the newest sets stay out whole, as for the circumstances' posts classifier.
READ_FIRST, READ_LAST = 14, 169
READ_SETS = [f"tests/data/set{n}:even" for n in range(READ_FIRST, READ_LAST + 1)]

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
        p[test] = pc.sigmoid(x @ w)
    print("threshold  private read as public  public caught")
    for t in THRESHOLDS:
        private = (p[~labels] >= t).mean()
        caught = (p[labels] >= t).mean()
        print(f"  {t:.2f}        {private:6.3f}               {caught:6.3f}")


def read_candidates(specs: list[str]) -> list[tuple[str, str, bool]]:
    """(sentence with the placeholder, name, private?) for every other-person candidate the
    check makes in the posts of `specs` (a folder, ":even" for positions 0, 2, 4...)."""
    from clearpost.detect.text import circumstances, text_pii
    from clearpost.detect.text.normalise import fold
    from clearpost.detect.text.person_context import as_placeholder
    from clearpost.detect.text.text_filters import _sentence_around

    # The candidates as the check makes them: what reaches its public-people filters.
    seen: list[tuple[str, list[tuple[int, int]]]] = []
    filters = text_pii._drop_public_people

    def watched(text, items, people):
        seen.append((text, [(i.start, i.end) for i in items if i.entity == "OTHER_PERSON"]))
        return filters(text, items, people)

    text_pii._drop_public_people = watched
    rows = []
    for spec in specs:
        folder, posts = posts_of(spec)
        services = services_for(folder, Path(tempfile.mkdtemp()))
        for post in posts:
            seen.clear()
            services.checker.text_verdict(post["text"], post["account"], post["photo"])
            original = post["text"]
            private = [(m.start(), m.end()) for lab in post["expected"]
                       if lab.get("kind") == "other_person"
                       for m in re.finditer(re.escape(lab["text"]), original)]  # fmt: skip
            for text, names in seen:
                sentences = circumstances.sentences_of(text)
                for start, end in names:
                    a, b = _sentence_around(sentences, text, start)
                    said = as_placeholder(text, a, max(b, end), names)
                    s, e = fold(original).span(start, end)
                    truth = any(x < e and s < y for x, y in private)
                    rows.append((said, text[start:end], truth))
        services.close()
    text_pii._drop_public_people = filters
    return rows


def build_read() -> str:
    from clearpost.detect.text import person_context as pc

    rows = read_candidates(READ_SETS)
    lines = {True: {}, False: {}}
    for said, name, private in rows:
        lines[private][f"{said}\t{name}"] = None
    both = lines[True].keys() & lines[False].keys()
    head = [
        "# Full names the check takes for a private adult in the halves read of the blind sets",
        f"# (tests/data/set{READ_FIRST} to set{READ_LAST}, posts 1, 3, 5...), before its"
        " public-people filters: the",
        "# sentence with the name as the placeholder, a tab, the name. [private] when an",
        "# other-person label covers it, [public] when not (a public figure, or no person). The",
        f"# second opinion of person_context.py ({pc.IN_POSTS.sentences}) is fitted on them.",
        "# Built by models/build_person_context.py --read; do not edit by hand.",
    ]
    body = ["[private]", *(s for s in lines[True] if s not in both)]
    body += ["[public]", *(s for s in lines[False] if s not in both)]
    return "\n".join(head + body) + "\n"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--read", action="store_true", help="also rebuild the second opinion (about 15 minutes)"
    )
    parser.add_argument("--check", action="store_true",
                        help="build nothing; exit 1 if a stored file is stale")  # fmt: skip
    args = parser.parse_args(argv)

    from clearpost.detect.models import stored_arrays
    from clearpost.detect.text import person_context as pc
    from clearpost.detect.text import posts_classifier
    from clearpost.detect.text.sentence_model import shared_sentence_model

    sentences, labels = pc.examples()
    key = pc.examples_key(sentences, labels)
    path = OUT / pc.VECTORS
    if args.check:
        with np.load(path) as stored:
            if str(stored["key"]) != key:
                sys.exit(f"{path} is stale: rebuild it")
        read, truth = posts_classifier.read_sentences(pc.IN_POSTS)
        read_key = posts_classifier.weights_key(read, truth, pc.IN_POSTS)
        if stored_arrays(pc.IN_POSTS.weights, read_key, "pieces", "weights") is None:
            sys.exit(f"{pc.IN_POSTS.weights} is stale: rebuild it with --read")
        sys.exit(0)
    if args.read:
        (OUT / pc.IN_POSTS.sentences).write_text(build_read(), encoding="utf-8")
        build_read_weights(pc.IN_POSTS)
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
