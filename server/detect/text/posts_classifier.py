"""A second opinion on whether a sentence about a pupil tells a circumstance: the example
bank's kind of regression (sentence vector and word pieces, sentence_classifier.py), fitted
on the sentences of real posts instead of hand-written examples. Its sentences are every
sentence about a pupil in the halves read of the blind sets 14-121 (posts 1, 3, 5...),
[sensitive] when it holds a pupil-record label; the halves never read stay out and measure
it, as do sets 122-137 whole. models/build_circumstance_examples.py writes the sentences and
stores the fitted weights. (Its Fitted spec serves person_context.py's second opinion too.)

Why a second classifier and not more examples in the bank: twice (sessions 19 and 22) the
bank refitted with these sentences read each held-out sentence better but lost pupils in
the whole check, where the bank's probability also decides whether an everyday word
("court") counts and its nearness whether a sentence is read alone. Kept apart, this one
can only add a sentence that it is sure of (circumstances.MEANING_FROM_POSTS); everything
the bank decides stays as it was.
"""

import threading
from dataclasses import dataclass

import numpy as np

from ..models import data_file, stored_arrays
from .sentence_classifier import features, fit, fitting_key, labelled_sentences, predict


@dataclass(frozen=True)
class Fitted:
    """A regression fitted on sentences of real posts: its labelled-sentence file (written by
    a builder; do not edit by hand), its stored weights (with the key they are of), the
    category read as 1.0 and the penalty. A line may hold a tab: the text before it is
    embedded, the whole line (tab as a space) gives the word pieces ("sentence<TAB>name")."""

    sentences: str
    weights: str
    positive: str
    ridge: float


# Ten times the bank's penalty: 9,600 sentences from 108 schools, each school's own words
# (its pupils' names are "Alex", but not its places, clubs or staff) kept from counting for
# much. Chosen by leave-sets-out at the sentence level (README, session 26).
CIRCUMSTANCES = Fitted(
    "circumstance_sentences_read.txt", "circumstance_read_weights.npz", "sensitive", 1.0
)
SENTENCES, WEIGHTS, RIDGE = CIRCUMSTANCES.sentences, CIRCUMSTANCES.weights, CIRCUMSTANCES.ridge


class PostsClassifier:
    """The regression fitted on real posts' sentences, loaded once (lazily) from the
    weights stored at build time, or fitted again when its sentences changed."""

    def __init__(self, model, spec: Fitted = CIRCUMSTANCES):
        self._model = model
        self.spec = spec
        self._lock = threading.Lock()
        self._weights: np.ndarray | None = None
        self._columns: dict[int, int] = {}  # word-piece id -> feature column

    def load(self) -> None:
        with self._lock:
            if self._weights is not None:
                return
            sentences, labels = read_sentences(self.spec)
            key = weights_key(sentences, labels, self.spec)
            stored = stored_arrays(self.spec.weights, key, "pieces", "weights")
            if stored is not None:
                pieces, weights = stored
                self._columns = {int(p): column for column, p in enumerate(pieces)}
                self._weights = weights.astype(np.float64)
            elif sentences:  # the sentences changed since the file was built: the slow path
                self._weights = self.fit_lines(sentences, labels)
            else:  # not built: no second opinion (the first one still reads every sentence)
                self._weights = np.zeros(0)

    def fit_lines(self, sentences: list[str], labels: np.ndarray) -> np.ndarray:
        """Embed each line's text before any tab, then fit (the slow path, and the builders)."""
        return self.fit(
            sentences, labels, self._model.encode([s.split("\t")[0] for s in sentences])
        )

    def fit(self, sentences: list[str], labels: np.ndarray, vectors: np.ndarray) -> np.ndarray:
        """Choose the word-piece columns and fit the regression (about a minute on two
        cores for 9,600 sentences: the builder stores the result)."""
        lines = [line.replace("\t", " ") for line in sentences]
        self._columns, weights = fit(self._model, lines, labels, vectors, self.spec.ridge)
        return weights

    @property
    def pieces(self) -> list[int]:
        """The word-piece ids that are features, in column order."""
        return sorted(self._columns, key=self._columns.get)

    def probability(self, vectors: np.ndarray, piece_sets: list[set[int]]) -> np.ndarray:
        """For each sentence (its vector and word pieces, as the caller computed them): the
        probability of the positive category (for circumstances: that it tells one)."""
        self.load()
        if not len(vectors) or not len(self._weights):
            return np.zeros(len(vectors))
        return predict(self._weights, features(vectors, piece_sets, self._columns))


def read_sentences(spec: Fitted = CIRCUMSTANCES) -> tuple[list[str], np.ndarray]:
    """The sentences and whether each is of the positive category (1.0) or not (0.0)."""
    path = data_file(spec.sentences)
    pairs = list(labelled_sentences(path.read_text(encoding="utf-8"))) if path.is_file() else []
    sentences = [s for s, _ in pairs]
    return sentences, np.array([c == spec.positive for _, c in pairs], dtype=np.float32)


def weights_key(sentences: list[str], labels: np.ndarray, spec: Fitted = CIRCUMSTANCES) -> str:
    """What the stored weights were fitted from: the model, the fitting, every sentence."""
    return fitting_key(spec.ridge, zip((int(label) for label in labels), sentences, strict=True))
