"""Is a full name in a post a public person's or a private one's? Judged from the words
around it, not from a list.

A list of public people (data/public_people.txt) can never hold every author, boxer, chess
champion or campaigner a class learns about: on the sets scored unseen most clean posts
flagged were such people ("Mairi Hedderwick's illustrations", "learning about Magnus
Carlsen's opening moves", "Mary Ann McCracken was a Belfast campaigner"). How a school writes
about them tells what they are: their work, their records, "was a ... who", "inspired by",
"met England star ...". So the sentence, with the name put as "Sam Taylor", is embedded with
the sentence model (all-MiniLM-L6-v2, sentence_model.py) and judged by a logistic regression
trained on example sentences of both kinds (data/person_context_examples.txt: private
parents, volunteers, visitors, coaches, including the hard ones that look public).

A detector's helper: it says how public a mention reads; text_pii drops the other-person
finding only when the judgement is clear (PUBLIC_MIN), as a private adult missed is a
warning lost, not a block.
"""

import hashlib
import threading

import numpy as np

from ..models import data_file, stored_arrays
from .posts_classifier import Fitted, PostsClassifier
from .sentence_classifier import labelled_sentences, logistic_regression, sigmoid

PLACEHOLDER = "Sam Taylor"  # the examples' person: the name in a sentence is replaced by it
EXAMPLES = "person_context_examples.txt"
VECTORS = "person_context_vectors.npz"  # built by models/build_person_context.py
RIDGE = 0.1
# At this probability of "public" the mention is dropped. Chosen on the examples by
# 5-fold cross-validation (models/build_person_context.py prints the table), ridge and
# threshold together: at 0.9, 1.0 % of private examples read as public and 64 % of public
# ones are caught (ridge 1.0 at 0.8: 1.0 % and 54 %; ridge 0.3 at 0.8: 1.4 % and 71 %). A
# private adult missed loses a warning, so the threshold keeps that share near 1 %; the
# examples hold the hard private cases (a parent who is a police officer giving a talk, a
# local author who is a parent).
PUBLIC_MIN = 0.9
# A second opinion, fitted on real posts: every full name the check took for a private adult
# in the halves read of the blind sets, [private] when a label says so and [public] when not
# (an author, a saint, a film, a festival's greeting read as a name). It reads the sentence
# (with the placeholder) and the word pieces of the name itself ("Ji", "Lakh" are no
# surname's). Written by models/build_person_context.py --read. Chosen by leave-sets-out on
# the candidates (README, session 27): at 0.9 it drops 27 of the 155 wrong ones the rules
# and the first opinion kept, for 2 of 1,241 private adults.
IN_POSTS = Fitted("person_context_read.txt", "person_context_read_weights.npz", "public", 1.0)
POSTS_PUBLIC_MIN = 0.9


class PersonContext:
    """The regression's weights (fitted on the examples), loaded once (lazily), thread-safe;
    the examples' vectors stay in the .npz for the test that refits."""

    def __init__(self, model):
        self._model = model
        self._lock = threading.Lock()
        self._weights: np.ndarray | None = None
        self.posts = PostsClassifier(model, IN_POSTS)  # the second opinion

    def load(self) -> None:
        with self._lock:
            if self._weights is not None:
                return
            sentences, labels = examples()
            stored = _stored(sentences, labels)
            if stored is None:  # the examples changed since the file was built: slow path
                stored = train(self._model.encode(sentences), labels)
            self._weights = stored
        self.posts.load()

    def public(self, sentences: list[str]) -> list[float]:
        """For each sentence (the person's name as PLACEHOLDER): the probability that the
        person is a public figure mentioned in their public role."""
        return self.readings(sentences, [])[0]

    def readings(self, sentences: list[str], names: list[str]) -> tuple[list[float], list[float]]:
        """Both opinions in one pass of the sentence model: for each sentence, the examples'
        probability (as public()); and for the first len(names) sentences, each the sentence
        of the name given, the probability of the one fitted on posts."""
        self.load()
        if not sentences:
            return [], []
        vectors = self._model.encode(sentences)
        x = np.hstack([vectors, np.ones((len(vectors), 1), dtype=vectors.dtype)])
        first = [float(p) for p in sigmoid(x.astype(np.float64) @ self._weights)]
        # (names belong to the first sentences only: the rest are read by the examples alone)
        said = sentences[: len(names)]
        pieces = [set(self._model.pieces(f"{s} {n}")) for s, n in zip(said, names, strict=True)]
        second = self.posts.probability(vectors[: len(names)], pieces)
        return first, [float(p) for p in second]


def examples() -> tuple[list[str], list[bool]]:
    """Every example sentence and whether it is [public], in file order."""
    path = data_file(EXAMPLES)
    pairs = list(labelled_sentences(path.read_text(encoding="utf-8")))
    return [s for s, _ in pairs], [c == "public" for _, c in pairs]


def train(vectors: np.ndarray, labels: list[bool]) -> np.ndarray:
    return logistic_regression(vectors.astype(np.float64), np.array(labels, float), RIDGE)


def examples_key(sentences: list[str], labels: list[bool]) -> str:
    """What the stored weights were computed from: the model, the ridge, every example."""
    from .sentence_model import FILES

    digest = hashlib.sha256(FILES["model.safetensors"].encode())
    digest.update(f"{RIDGE}\n".encode())
    for sentence, label in zip(sentences, labels, strict=True):
        digest.update(f"{int(label)}\t{sentence}\n".encode())
    return digest.hexdigest()


def _stored(sentences: list[str], labels: list[bool]) -> np.ndarray | None:
    """The regression's weights as fitted at build time (embedding 1,400 examples takes
    ten seconds: too long for a first check), if still current; else None."""
    stored = stored_arrays(VECTORS, examples_key(sentences, labels), "weights")
    return None if stored is None else stored[0].astype(np.float64)


def as_placeholder(text: str, a: int, b: int, names: list[tuple[int, int]]) -> str:
    """The sentence text[a:b] with each name span in it replaced by PLACEHOLDER."""
    parts, pos = [], a
    for s, e in sorted(names):
        if a <= s < b and s >= pos:
            parts += [text[pos:s], PLACEHOLDER]
            pos = min(e, b)
    parts.append(text[pos:b])
    return " ".join("".join(parts).split())
