"""Build server/detect/data/circumstance_examples_posts.txt from the labelled posts we tune on.

The circumstance detector's logistic regression (server/detect/text/circumstances.py) learns from
example sentences. Hand-written examples read differently from real posts, so the sentences
of the *development* sets are added too: tests/data, tests/data/holdout, tests/data/set2/dev,
sets 3, 4, 5, 7 and 8 once each had been scored unseen (their first scores are in the README),
and the half tuned on of sets 6, 9, 10, 11 and 12 (positions 0, 2, 4...). Never set2/test,
set13 or the other halves of sets 6, 9, 10, 11 and 12: those measure the detector on posts
it has not learnt from (README, "How good is the text check"). Leave-one-set-out over these
sets, at the sentence level (README): the examples of every other set teach the classifier
about the held-out set's sentences.

It also writes the sentences of the posts classifier (server/detect/text/posts_classifier.py,
a second regression fitted on real posts): the same reading of the halves read of the blind
sets 14-121 (positions 0, 2, 4...), into circumstance_sentences_read.txt, and its weights.

Each sentence the detector reads as about a pupil (one that names a pupil, or follows one
and points back by a pronoun or a spaced dash) is an example: of [sensitive] when it holds a
pupil-record label (health, SEN, care, family...; not a UPN), else of [none].
Pupils' names (from the name labels) become "Alex", as the detector does at run time.

    .venv/bin/python models/build_circumstance_examples.py          # writes both files, the
                                                                    # examples' vectors and
                                                                    # both classifiers' weights
    .venv/bin/python models/build_circumstance_examples.py --check  # fails if it is stale
"""

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = [
    "tests/data",
    "tests/data/holdout",
    "tests/data/set2/dev",
    "tests/data/set3",
    "tests/data/set4",
    "tests/data/set5",  # scored unseen first (README)
    "tests/data/set6:even",  # the half tuned on; the odd half stays unseen
    "tests/data/set7",  # scored unseen whole first, then tuned on
    "tests/data/set8",
    "tests/data/set9:even",
    "tests/data/set10:even",
    "tests/data/set11:even",
    "tests/data/set12:even",
]
OUT = ROOT / "server" / "detect" / "data" / "circumstance_examples_posts.txt"
# The posts classifier's sentences (server/detect/text/posts_classifier.py): the halves read
# of the blind sets (positions 0, 2, 4...: posts 1, 3, 5...). Their other halves, set2/test
# and set13 are never read and stay out: they measure the detector. Sets 122-129 came in the
# session that built it (26) and stay out whole, so that its figures on them are of schools
# and writers it never learnt from. (Session 27 refitted it with their read halves too: no
# change on sets 130-137, and on the halves never read 3 labels lost and 1 gained; not kept.)
READ_SETS = [f"tests/data/set{n}:even" for n in range(14, 122)]
OUT_READ = ROOT / "server" / "detect" / "data" / "circumstance_sentences_read.txt"
# The tuned reader's sentences (server/detect/text/circumstance_reader.py): the same reading
# of the halves read of every blind set up to set193 (session 34). Written only with
# --reader, since the reader is trained on them with PyTorch in a separate environment
# (models/build_circumstance_reader.py), which stores their key: a later change to how the
# detector splits sentences leaves this file and the reader as they were trained.
READER_SETS = [f"tests/data/set{n}:even" for n in range(14, 194)]
OUT_READER = ROOT / "server" / "detect" / "data" / "circumstance_sentences_reader.txt"
NAME_RULES = {"text.pupil_full_name", "text.pupil_forename", "text.pupil_name_with_photo"}


def sentences(text: str) -> list[tuple[int, int]]:
    from clearpost.detect.text.circumstances import sentences_of  # the detector's own splitter

    return sentences_of(text)


def about_pupils(text: str, spans: list[tuple[int, int]], items: list) -> tuple[dict, set]:
    from clearpost.detect.text.circumstances import about_pupils as detector_about

    return detector_about(text, spans, items, further=False)


def naming_sentences(spans: list[tuple[int, int]], items: list) -> list[int]:
    from clearpost.detect.text.circumstances import naming_sentences as detector_naming

    return detector_naming(spans, items)


def in_context(text, spans, index, naming, items) -> str:
    """The detector's own reading of a sentence about a pupil (circumstances.in_context)."""
    from clearpost.detect.text.circumstances import in_context as detector_in_context

    return detector_in_context(text, spans, index, naming, items)


@dataclass
class Named:
    """A pupil's name in a post (a name label's span), as the detector's name findings."""

    start: int
    end: int


def _apart(items: list) -> list:
    """Name labels that do not overlap (a full name and its forename can both be labelled;
    the detector's name findings never overlap, and its _plain expects them so)."""
    out = []
    for item in items:
        if not out or item.start >= out[-1].end:
            out.append(item)
    return out


def spans(text: str, needle: str) -> list[tuple[int, int]]:
    out, start = [], 0
    while (i := text.find(needle, start)) != -1:
        out.append((i, i + len(needle)))
        start = i + 1
    return out


def plain(text: str, a: int, b: int, names: list[tuple[int, int]]) -> str:
    parts, pos = [], a
    for s, e in sorted(names):
        if a <= s < b and s >= pos:
            parts += [text[pos:s], "Alex"]
            pos = min(e, b)
    parts.append(text[pos:b])
    return " ".join("".join(parts).split()).lstrip("#")


def posts_of(spec: str) -> tuple[Path, list[dict]]:
    """A set's folder and its posts: "tests/data/setN" (every post) or "tests/data/setN:even"
    (positions 0, 2, 4...: the dataset test's dev half, the half read)."""
    folder, _, half = spec.partition(":")
    lines = (ROOT / folder / "posts.jsonl").read_text(encoding="utf-8").splitlines()
    posts = [json.loads(line) for line in lines if line.strip()]
    return ROOT / folder, posts[::2] if half == "even" else posts


def about_sentences(specs: list[str]) -> tuple[list[str], list[str]]:
    """The sentences of the posts of `specs` (a folder, ":even" for positions 0, 2, 4...)
    that the detector reads as about a pupil, as it reads them: (sensitive, harmless)."""
    sensitive, harmless = [], []
    for spec in specs:
        for post in posts_of(spec)[1]:
            text = post["text"]
            names = [sp for lab in post["expected"] if lab["rule"] in NAME_RULES
                     for sp in spans(text, lab["text"])]  # fmt: skip
            records = [sp for lab in post["expected"]
                       if lab["rule"] == "text.pupil_record" and lab.get("kind") != "upn"
                       and not lab["text"].replace(" ", "")[1:].isdigit()
                       for sp in spans(text, lab["text"])]  # fmt: skip
            spans_of = sentences(text)
            # The sentences the detector reads as about a pupil: those that name one, and
            # those after them that point back ("... - ED outpatient appointments Tues").
            items = _apart([Named(s, e) for s, e in sorted(names)])
            about, _ = about_pupils(text, spans_of, items)
            naming = naming_sentences(spans_of, items)

            def holds_record(i, spans_of=spans_of, records=records):
                return any(spans_of[i][0] <= s < spans_of[i][1] for s, _ in records)

            for i in sorted(about):
                if len(plain(text, *spans_of[i], names).split()) < 4:
                    continue
                # As the detector reads it (circumstances.in_context): after the sentence
                # that names the pupil, when this one does not. Left out when only that
                # sentence holds the detail: the pair would teach the wrong thing.
                earlier = [j for j in naming if j < i]
                context = earlier[-1] if i not in naming and earlier else None
                if context is not None and holds_record(context) and not holds_record(i):
                    continue
                sentence = in_context(text, spans_of, i, naming, items)
                if holds_record(i):
                    sensitive.append(sentence)
                else:
                    harmless.append(sentence)
    return sensitive, harmless


def build() -> str:
    sensitive, harmless = about_sentences(SETS)
    head = [
        "# Sentences of the development sets (tests/data, holdout, set2/dev, set3-5, set7-8,",
        "# the halves tuned on of set6 and set9-12) that are about a pupil, the name as 'Alex':",
        "# [sensitive] holds a health, SEN, care, family or welfare detail (a pupil-record",
        "# label), [none] does not. Built by models/build_circumstance_examples.py; do not",
        "# edit by hand.",
    ]
    body = ["[sensitive]", *dict.fromkeys(sensitive), "[none]", *dict.fromkeys(harmless)]
    return "\n".join(head + body) + "\n"


def build_read(specs: list[str] = READ_SETS, last: int = 121, who: str = "") -> str:
    """The posts classifier's sentences (or, with `specs`, the tuned reader's); one said
    both ways is left out."""
    sensitive, harmless = (dict.fromkeys(found) for found in about_sentences(specs))
    both = sensitive.keys() & harmless.keys()
    who = who or "The posts classifier\n# (server/detect/text/posts_classifier.py) is"
    head = [
        "# Sentences about a pupil in the halves read of the blind sets (tests/data/set14 to",
        f"# set{last}, posts 1, 3, 5...), the name as 'Alex', as the detector reads them:",
        f"# [sensitive] holds a pupil-record label, [none] does not. {who} fitted on them."
        " Built by",
        "# models/build_circumstance_examples.py; do not edit by hand.",
    ]
    body = ["[sensitive]", *(s for s in sensitive if s not in both)]
    body += ["[none]", *(s for s in harmless if s not in both)]
    return "\n".join(head + body) + "\n"


def build_read_weights(spec=None) -> None:
    """Embed a posts classifier's sentences (by default the circumstances'), fit it, and
    store the word-piece columns and the weights with the key of what they were fitted from
    (the service would otherwise embed thousands of sentences and fit at its first check)."""
    import numpy as np

    from clearpost.detect.text import posts_classifier
    from clearpost.detect.text.sentence_model import shared_sentence_model

    spec = spec or posts_classifier.CIRCUMSTANCES
    sentences, labels = posts_classifier.read_sentences(spec)
    classifier = posts_classifier.PostsClassifier(shared_sentence_model(), spec)
    weights = classifier.fit_lines(sentences, labels)
    path = OUT_READ.parent / spec.weights
    key = posts_classifier.weights_key(sentences, labels, spec)
    with path.open("wb") as fh:
        np.savez_compressed(
            fh, key=np.array(key), pieces=np.array(classifier.pieces, dtype=np.int32),
            weights=weights,
        )  # fmt: skip
    print(f"wrote {path} ({len(sentences)} sentences, {len(classifier.pieces)} word pieces)")


def build_vectors() -> None:
    """Embed every example once, fit the classifier, and store the vectors (float16), the
    word-piece columns and the weights with the key of what they were computed from, so
    that the service need neither embed nor fit at its first check."""
    import numpy as np

    from clearpost.detect.text import example_bank as circumstances
    from clearpost.detect.text.sentence_model import shared_sentence_model

    sentences, categories = circumstances.examples()
    model = shared_sentence_model()
    vectors = model.encode(sentences).astype(np.float16)
    bank = circumstances.ExampleBank(model)
    weights = bank.train(sentences, categories, vectors.astype(np.float32))
    path = OUT.parent / circumstances.VECTORS
    key = circumstances.examples_key(sentences, categories)
    with path.open("wb") as fh:
        np.savez_compressed(
            fh, key=np.array(key), vectors=vectors,
            pieces=np.array(bank.pieces, dtype=np.int32), weights=weights,
        )  # fmt: skip
    print(f"wrote {path} ({len(sentences)} examples, {len(bank.pieces)} word pieces)")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true",
                        help="build nothing; exit 1 if a stored file is stale")  # fmt: skip
    parser.add_argument("--reader", action="store_true",
                        help=f"write only {OUT_READER.name}, the tuned reader's sentences "
                             "(then train it: models/build_circumstance_reader.py)")  # fmt: skip
    args = parser.parse_args(argv)
    if args.reader:
        who = "The tuned reader\n# (server/detect/text/circumstance_reader.py) is"
        text = build_read(READER_SETS, 193, who)
        OUT_READER.write_text(text, encoding="utf-8")
        print(f"wrote {OUT_READER} ({text.count(chr(10))} lines)")
        return
    texts = {OUT: build(), OUT_READ: build_read()}
    if args.check:
        stale = [str(out) for out, text in texts.items() if out.read_text(encoding="utf-8") != text]
        sys.exit(f"stale: {', '.join(stale)}: rebuild them (no --check)" if stale else 0)
    for out, text in texts.items():
        out.write_text(text, encoding="utf-8")
        print(f"wrote {out} ({text.count(chr(10))} lines)")
    build_vectors()
    build_read_weights()


if __name__ == "__main__":
    main()
