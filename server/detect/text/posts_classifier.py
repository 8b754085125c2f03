"""A second opinion on whether a sentence about a pupil tells a circumstance: the example
bank's kind of regression (sentence vector and word pieces, sentence_classifier.py), fitted
on the sentences of real posts instead of hand-written examples. Its sentences are every
sentence about a pupil in the halves read of the blind sets 14-121 (posts 1, 3, 5...),
[sensitive] when it holds a pupil-record label; the halves never read stay out and measure
it, as do sets 122-129 whole. models/build_circumstance_examples.py writes the sentences and
stores the fitted weights.

Why a second classifier and not more examples in the bank: twice (sessions 19 and 22) the
bank refitted with these sentences read each held-out sentence better but lost pupils in
the whole check, where the bank's probability also decides whether an everyday word
("court") counts and its nearness whether a sentence is read alone. Kept apart, this one
can only add a sentence that it is sure of (circumstances.MEANING_FROM_POSTS); everything
the bank decides stays as it was.
"""

import threading

import numpy as np

from ..models import data_file, stored_arrays
from .sentence_classifier import features, fit, fitting_key, labelled_sentences, predict

SENTENCES = "circumstance_sentences_read.txt"  # written by the builder; do not edit by hand
WEIGHTS = "circumstance_read_weights.npz"  # the fitted regression, with the key it is of
# Ten times the bank's penalty: 9,600 sentences from 108 schools, each school's own words
# (its pupils' names are "Alex", but not its places, clubs or staff) kept from counting for
# much. Chosen by leave-sets-out at the sentence level (README, session 26).
RIDGE = 1.0


class PostsClassifier:
    """The regression fitted on real posts' sentences, loaded once (lazily) from the
    weights stored at build time, or fitted again when its sentences changed."""

    def __init__(self, model):
        self._model = model
        self._lock = threading.Lock()
        self._weights: np.ndarray | None = None
        self._columns: dict[int, int] = {}  # word-piece id -> feature column

    def load(self) -> None:
        with self._lock:
            if self._weights is not None:
                return
            sentences, labels = read_sentences()
            stored = stored_arrays(WEIGHTS, weights_key(sentences, labels), "pieces", "weights")
            if stored is not None:
                pieces, weights = stored
                self._columns = {int(p): column for column, p in enumerate(pieces)}
                self._weights = weights.astype(np.float64)
            elif sentences:  # the sentences changed since the file was built: the slow path
                self._weights = self.fit(sentences, labels, self._model.encode(sentences))
            else:  # not built: no second opinion (the example bank still reads every sentence)
                self._weights = np.zeros(0)

    def fit(self, sentences: list[str], labels: np.ndarray, vectors: np.ndarray) -> np.ndarray:
        """Choose the word-piece columns and fit the regression (about a minute on two
        cores for 9,600 sentences: the builder stores the result)."""
        self._columns, weights = fit(self._model, sentences, labels, vectors, RIDGE)
        return weights

    @property
    def pieces(self) -> list[int]:
        """The word-piece ids that are features, in column order."""
        return sorted(self._columns, key=self._columns.get)

    def probability(self, vectors: np.ndarray, piece_sets: list[set[int]]) -> np.ndarray:
        """For each sentence (its vector and word pieces, as the bank computed them): the
        probability that it tells a circumstance."""
        self.load()
        if not len(vectors) or not len(self._weights):
            return np.zeros(len(vectors))
        return predict(self._weights, features(vectors, piece_sets, self._columns))


def read_sentences() -> tuple[list[str], np.ndarray]:
    """The sentences and whether each is [sensitive] (1.0) or [none] (0.0)."""
    path = data_file(SENTENCES)
    pairs = list(labelled_sentences(path.read_text(encoding="utf-8"))) if path.is_file() else []
    sentences = [s for s, _ in pairs]
    return sentences, np.array([c == "sensitive" for _, c in pairs], dtype=np.float32)


def weights_key(sentences: list[str], labels: np.ndarray) -> str:
    """What the stored weights were fitted from: the model, the fitting, every sentence."""
    return fitting_key(RIDGE, zip((int(label) for label in labels), sentences, strict=True))
