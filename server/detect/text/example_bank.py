"""The example sentences of the circumstance detector, embedded once with the sentence model,
and the logistic regression fitted on them (sensitive or not); the vectors and weights are
stored at build time (models/build_circumstance_examples.py) and used while still current.
person_context.py fits its own regression with the same helpers."""

import hashlib
import threading

import numpy as np

from ..models import data_file, stored_arrays

TOP_K = 3  # the nearest sensitive examples whose similarity is averaged

# The classifier reads the sentence's vector and which word pieces it holds. The vector alone
# dilutes one telling word in a long sentence ("It's a year since her mum died and she
# wanted to draw a picture for her" scored 0.09); word pieces learnt from the examples keep
# it. Sentence-level, on sets 3 and 4 (never trained on): AUC 0.888 -> 0.943; at p >= 0.9
# recall 0.23 -> 0.59 of sensitive sentences for 1.8 % -> 2.6 % of harmless ones.
PIECE_WEIGHT = 0.7  # a word piece's feature value beside the unit sentence vector
PIECE_MIN_COUNT = 2  # a piece counts as a feature when at least this many examples hold it
PIECE_MAX_SHARE = 0.3  # and at most this share of them ("the", "alex", "[CLS]" are not)
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

    def load(self) -> None:
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
        piece_sets = [set(self._model.pieces(s)) for s in sentences]
        counts: dict[int, int] = {}
        for pieces in piece_sets:
            for piece in pieces:
                counts[piece] = counts.get(piece, 0) + 1
        most = PIECE_MAX_SHARE * len(sentences)
        kept = sorted(p for p, n in counts.items() if PIECE_MIN_COUNT <= n <= most)
        self._pieces = {p: column for column, p in enumerate(kept)}
        return _logistic_regression(
            self._features(vectors, piece_sets),
            np.array([c != "none" for c in categories], dtype=np.float32),
            RIDGE,
        )

    @property
    def pieces(self) -> list[int]:
        """The word-piece ids that are features, in column order."""
        return sorted(self._pieces, key=self._pieces.get)

    def _features(self, vectors: np.ndarray, piece_sets: list[set[int]]) -> np.ndarray:
        """Each sentence's vector, then one column per known word piece (present or not)."""
        bag = np.zeros((len(vectors), len(self._pieces)), dtype=np.float32)
        for row, pieces in enumerate(piece_sets):
            columns = [self._pieces[p] for p in pieces if p in self._pieces]
            bag[row, columns] = PIECE_WEIGHT
        return np.hstack([vectors, bag])

    def judge(self, sentences: list[str]) -> list[tuple[str, float, float]]:
        """For each sentence: (nearest sensitive category, probability that it tells a
        sensitive circumstance, mean similarity to its nearest sensitive examples)."""
        self.load()
        if not sentences:
            return []
        pieces = [self._model.pieces(s) for s in sentences]
        vectors = self._model.encode_pieces(pieces)
        sims = vectors @ self.vectors.T
        features = self._features(vectors, [set(p) for p in pieces])
        probability = _sigmoid(np.hstack([features, np.ones((len(vectors), 1))]) @ self._weights)
        # The category comes from the nearest example that has one ([sensitive] has none).
        named = np.array([c not in ("none", "sensitive") for c in self.categories])
        out = []
        for row, p in zip(sims, probability, strict=True):
            top_pos = np.sort(row[named])[-TOP_K:].mean()
            best = int(np.argmax(np.where(named, row, -1.0)))
            out.append((self.categories[best], float(p), float(top_pos)))
        return out


VECTORS = "circumstance_vectors.npz"  # built by models/build_circumstance_examples.py


def examples() -> tuple[list[str], list[str]]:
    """Every example sentence and its category, in file order."""
    sentences, categories = [], []
    for name in ExampleBank.FILES:
        path = data_file(name)
        if path.is_file():
            for sentence, category in _examples(path.read_text(encoding="utf-8")):
                sentences.append(sentence)
                categories.append(category)
    return sentences, categories


def examples_key(sentences: list[str], categories: list[str]) -> str:
    """What the stored vectors and weights were computed from: the model, how the
    classifier is trained, and every example."""
    from .sentence_model import FILES

    digest = hashlib.sha256(FILES["model.safetensors"].encode())
    digest.update(f"{PIECE_WEIGHT} {PIECE_MIN_COUNT} {PIECE_MAX_SHARE} {RIDGE}\n".encode())
    for sentence, category in zip(sentences, categories, strict=True):
        digest.update(f"{category}\t{sentence}\n".encode())
    return digest.hexdigest()


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


def _examples(text: str):
    category = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            category = line[1:-1]
        else:
            yield line, category


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))


def _logistic_regression(x: np.ndarray, y: np.ndarray, ridge: float) -> np.ndarray:
    """Weights (and bias, last) by Newton's method with an L2 penalty; both classes weigh
    the same in total, whatever their counts."""
    x = np.hstack([x, np.ones((len(x), 1), dtype=x.dtype)]).astype(np.float64)
    balance = np.where(y > 0, 0.5 / max(y.sum(), 1), 0.5 / max((1 - y).sum(), 1)) * len(y)
    w = np.zeros(x.shape[1])
    penalty = np.eye(x.shape[1]) * ridge
    penalty[-1, -1] = 0.0  # the bias is not penalised
    for _ in range(25):
        p = _sigmoid(x @ w)
        gradient = x.T @ (balance * (p - y)) + penalty @ w
        hessian = (x * (balance * p * (1 - p))[:, None]).T @ x + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w
