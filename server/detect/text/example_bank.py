"""The example sentences of the circumstance detector, embedded once with the sentence model,
and the logistic regression fitted on them (sensitive or not); the vectors and weights are
stored at build time (models/build_circumstance_examples.py) and used while still current.
The regression is sentence_classifier.py's, which the posts classifier and person_context.py
fit too; judge() also asks the posts classifier (posts_classifier.py) of each sentence."""

import threading
from typing import NamedTuple

import numpy as np

from ..models import data_file, stored_arrays
from .circumstance_reader import CircumstanceReader
from .posts_classifier import PostsClassifier
from .sentence_classifier import features, fit, fitting_key, labelled_sentences, predict

TOP_K = 3  # the nearest sensitive examples whose similarity is averaged
RIDGE = 0.1


class ExampleBank:
    """The example sentences, embedded once (lazily) with the sentence model, and a
    logistic regression trained on them at load (sensitive or not), deterministic."""

    # Hand-written examples by category, and sentences of the development posts
    # ([sensitive] or [none]; models/build_circumstance_examples.py).
    FILES = (
        "circumstance_examples.txt",
        "circumstance_examples_more.txt",
        "circumstance_examples_wide.txt",
        "circumstance_examples_broad.txt",
        "circumstance_examples_indirect.txt",
        "circumstance_examples_posts.txt",
    )

    def __init__(self, model):
        self._model = model
        self._lock = threading.Lock()
        self.categories: list[str] = []
        self.vectors: np.ndarray | None = None
        self._weights: np.ndarray | None = None
        self._pieces: dict[int, int] = {}  # word-piece id -> feature column
        self.posts = PostsClassifier(model)  # the second opinion, fitted on real posts
        self.reader = CircumstanceReader(model)  # the third: the model's top layers tuned

    def load(self) -> None:
        self.posts.load()
        self.reader.load()
        with self._lock:
            if self.vectors is not None:
                return
            sentences, categories = examples()
            stored = _stored(sentences, categories)
            if stored is not None:
                vectors, pieces, weights = stored
                self._pieces = {int(p): column for column, p in enumerate(pieces)}
            else:  # the examples changed since the file was built: the slow path
                vectors = self._model.encode(sentences)
                weights = self.train(sentences, categories, vectors)
            self._weights = weights
            self.categories, self.vectors = categories, vectors

    def train(self, sentences: list[str], categories: list[str], vectors: np.ndarray) -> np.ndarray:
        """Choose the word-piece columns and fit the regression (25 s on two cores for
        2,900 examples: models/build_circumstance_examples.py stores the result)."""
        labels = np.array([c != "none" for c in categories], dtype=np.float32)
        self._pieces, weights = fit(self._model, sentences, labels, vectors, RIDGE)
        return weights

    @property
    def pieces(self) -> list[int]:
        """The word-piece ids that are features, in column order."""
        return sorted(self._pieces, key=self._pieces.get)

    def judge(self, sentences: list[str]) -> list["Judgement"]:
        """For each sentence: the nearest sensitive category, the probability that it tells
        a sensitive circumstance, the mean similarity to its nearest sensitive examples, and
        the second opinion of the classifier fitted on real posts (posts_classifier.py)."""
        self.load()
        if not sentences:
            return []
        pieces = [self._model.pieces(s) for s in sentences]
        # The model's own vectors and the tuned reader's, its lower layers run once.
        readings = self._model.encode_readings(pieces, ("", self.reader.reading))
        vectors = readings[""]
        piece_sets = [set(p) for p in pieces]
        sims = vectors @ self.vectors.T
        probability = predict(self._weights, features(vectors, piece_sets, self._pieces))
        from_posts = self.posts.probability(vectors, piece_sets)
        tuned = self.reader.probability_of(readings[self.reader.reading])
        # The category comes from the nearest example that has one ([sensitive] has none).
        named = np.array([c not in ("none", "sensitive") for c in self.categories])
        out = []
        for row, p, q, t in zip(sims, probability, from_posts, tuned, strict=True):
            top_pos = np.sort(row[named])[-TOP_K:].mean()
            best = int(np.argmax(np.where(named, row, -1.0)))
            out.append(
                Judgement(self.categories[best], float(p), float(top_pos), float(q), float(t))
            )
        return out


class Judgement(NamedTuple):
    """The sentence model's reading of one sentence."""

    category: str  # of the nearest sensitive example
    probability: float  # that it tells a circumstance (the example bank's regression)
    nearness: float  # mean similarity to its nearest sensitive examples
    from_posts: float  # the same probability, by the regression fitted on real posts
    tuned: float = 0.0  # the same probability, by the tuned reader (circumstance_reader.py)


VECTORS = "circumstance_vectors.npz"  # built by models/build_circumstance_examples.py


def examples() -> tuple[list[str], list[str]]:
    """Every example sentence and its category, in file order."""
    sentences, categories = [], []
    for name in ExampleBank.FILES:
        path = data_file(name)
        if path.is_file():
            for sentence, category in labelled_sentences(path.read_text(encoding="utf-8")):
                sentences.append(sentence)
                categories.append(category)
    return sentences, categories


def examples_key(sentences: list[str], categories: list[str]) -> str:
    """What the stored vectors and weights were computed from: the model, how the
    classifier is trained, and every example."""
    return fitting_key(RIDGE, zip(categories, sentences, strict=True))


def _stored(sentences: list[str], categories: list[str]):
    """The examples' vectors, the word-piece columns and the regression's weights as
    computed at build time (embedding and fitting take half a minute on two cores: too long
    for a first check), if they are still current; else None."""
    stored = stored_arrays(
        VECTORS, examples_key(sentences, categories), "vectors", "pieces", "weights"
    )
    if stored is None:
        return None
    vectors, pieces, weights = stored
    return vectors.astype(np.float32), pieces.astype(np.int64), weights.astype(np.float64)
