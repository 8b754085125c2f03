"""A logistic regression over a sentence's vector and the word pieces it holds, and the
labelled-sentence files it learns from: the circumstance detector's two classifiers (the
example bank's and the one fitted on real posts) share them, as does the second opinion of
person_context.py (fitted on real posts too); its first fits with logistic_regression."""

import hashlib

import numpy as np

# The classifier reads the sentence's vector and which word pieces it holds. The vector alone
# dilutes one telling word in a long sentence ("It's a year since her mum died and she
# wanted to draw a picture for her" scored 0.09); word pieces learnt from the examples keep
# it. Sentence-level, on sets 3 and 4 (never trained on): AUC 0.888 -> 0.943; at p >= 0.9
# recall 0.23 -> 0.59 of sensitive sentences for 1.8 % -> 2.6 % of harmless ones.
PIECE_WEIGHT = 0.7  # a word piece's feature value beside the unit sentence vector
PIECE_MIN_COUNT = 2  # a piece counts as a feature when at least this many examples hold it
PIECE_MAX_SHARE = 0.3  # and at most this share of them ("the", "alex", "[CLS]" are not)


def piece_columns(piece_sets: list[set[int]]) -> dict[int, int]:
    """The word pieces that are features (held by at least PIECE_MIN_COUNT sentences and at
    most PIECE_MAX_SHARE of them), each with its column."""
    counts: dict[int, int] = {}
    for pieces in piece_sets:
        for piece in pieces:
            counts[piece] = counts.get(piece, 0) + 1
    most = PIECE_MAX_SHARE * len(piece_sets)
    kept = sorted(p for p, n in counts.items() if PIECE_MIN_COUNT <= n <= most)
    return {p: column for column, p in enumerate(kept)}


def features(
    vectors: np.ndarray, piece_sets: list[set[int]], columns: dict[int, int]
) -> np.ndarray:
    """Each sentence's vector, then one column per known word piece (present or not)."""
    bag = np.zeros((len(vectors), len(columns)), dtype=np.float32)
    for row, pieces in enumerate(piece_sets):
        bag[row, [columns[p] for p in pieces if p in columns]] = PIECE_WEIGHT
    return np.hstack([vectors, bag])


def fit(model, sentences: list[str], labels: np.ndarray, vectors: np.ndarray, ridge: float):
    """Choose the word-piece columns of `sentences` and fit the regression on them (labels
    1.0 or 0.0, `vectors` as `model` embeds them): (columns, weights)."""
    piece_sets = [set(model.pieces(s)) for s in sentences]
    columns = piece_columns(piece_sets)
    return columns, logistic_regression(features(vectors, piece_sets, columns), labels, ridge)


def fitting_key(ridge: float, rows) -> str:
    """What stored weights were fitted from: the sentence model's file, how the regression
    is fitted, and every (label, sentence) of `rows`; stored arrays with another key are
    fitted again (models.stored_arrays)."""
    from .sentence_model import FILES

    digest = hashlib.sha256(FILES["model.safetensors"].encode())
    digest.update(f"{PIECE_WEIGHT} {PIECE_MIN_COUNT} {PIECE_MAX_SHARE} {ridge}\n".encode())
    for label, sentence in rows:
        digest.update(f"{label}\t{sentence}\n".encode())
    return digest.hexdigest()


def predict(weights: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The regression's probabilities for feature rows `x` (the bias is the last weight)."""
    return sigmoid(np.hstack([x, np.ones((len(x), 1), dtype=x.dtype)]) @ weights)


def labelled_sentences(text: str):
    """(sentence, category) of a labelled-sentence file: a "[category]" line, then its
    sentences one per line; "#" starts a comment."""
    category = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            category = line[1:-1]
        else:
            yield line, category


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))


def logistic_regression(x: np.ndarray, y: np.ndarray, ridge: float) -> np.ndarray:
    """Weights (and bias, last) by Newton's method with an L2 penalty; both classes weigh
    the same in total, whatever their counts."""
    x = np.hstack([x, np.ones((len(x), 1), dtype=x.dtype)]).astype(np.float64)
    balance = np.where(y > 0, 0.5 / max(y.sum(), 1), 0.5 / max((1 - y).sum(), 1)) * len(y)
    w = np.zeros(x.shape[1])
    penalty = np.eye(x.shape[1]) * ridge
    penalty[-1, -1] = 0.0  # the bias is not penalised
    for _ in range(25):
        p = sigmoid(x @ w)
        gradient = x.T @ (balance * (p - y)) + penalty @ w
        hessian = (x * (balance * p * (1 - p))[:, None]).T @ x + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w
