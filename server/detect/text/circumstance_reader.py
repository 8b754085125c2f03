"""The circumstance detector's tuned reader: all-MiniLM-L6-v2 with its top three layers
adapted to one question (does this sentence about a pupil tell a health, SEN, care, family
or welfare detail?), and a logistic head on the pooled vector.

Why: the regressions on the model's own vector (example_bank.py, posts_classifier.py) can
only weigh what the model already tells apart, and it was trained for sentence similarity,
not for this. Adapting its top layers to the labelled sentences of sixty-odd schools' posts
reads the sentences of schools it never saw better (models/build_circumstance_reader.py
says how much, and README session 34).

What is stored (data/circumstance_reader.npz, built by models/build_circumstance_reader.py
with PyTorch at build time; its checksum in models/MODELS.md and below) is only the change:
low-rank terms for the six dense weights of layers 3-5, their LayerNorms and the head. At
load the terms are added to a copy of the model's weights, and the sentence model runs those
layers a second time on the states its lower layers computed anyway (SentenceModel.add_top):
no PyTorch, nothing fetched, and a second opinion for about half a pass more.
"""

import json
import threading
from pathlib import Path

import numpy as np

from ...errors import ModelFilesMissing
from ..models import data_file, verify_file
from .sentence_classifier import sigmoid

FILE = "circumstance_reader.npz"
FILE_SHA256 = "91b109b48980c3feca10b036d8fcbaac7602fe18872dbc56eec6a2d130411f5a"
READING = "circumstances"  # its name among the sentence model's readings
ALPHA = 2.0  # the low-rank terms' scale (models/build_circumstance_reader.py)
SCALE = 10.0  # the unit vector times this, into the head


class CircumstanceReader:
    """Loaded once (lazily), on the sentence model it adapts."""

    reading = READING  # its name among the sentence model's readings (encode_readings)

    def __init__(self, model):
        self._model = model
        self._lock = threading.Lock()
        self._head: tuple[np.ndarray, float] | None = None

    def load(self) -> None:
        with self._lock:
            if self._head is not None:
                return
            path = Path(str(data_file(FILE)))
            verify_file(path, FILE_SHA256, "Circumstance reader", ModelFilesMissing)
            with path.open("rb") as fh, np.load(fh) as stored:
                arrays = {name: np.array(stored[name]) for name in stored.files}
            self._model.add_top(READING, adapted(self._model.layer_weights(), arrays))
            self._head = arrays["head.weight"].astype(np.float32), float(arrays["head.bias"][0])

    def probability(self, pieces: list[list[int]]) -> np.ndarray:
        """For each sentence (its word pieces, as SentenceModel.pieces gives them): the
        probability that it tells a circumstance."""
        self.load()
        if not pieces:
            return np.zeros(0)
        return self.probability_of(self._model.encode_pieces(pieces, top=READING))

    def probability_of(self, vectors: np.ndarray) -> np.ndarray:
        """The same, of the sentences' vectors as this reading gives them (the caller asked
        the sentence model for several readings at once: encode_readings)."""
        self.load()
        weight, bias = self._head
        return sigmoid((vectors * SCALE) @ weight + bias).astype(np.float64)

    def check_sentences(self) -> tuple[list[str], np.ndarray]:
        """The sentences the builder stored with the probabilities PyTorch gave them."""
        with Path(str(data_file(FILE))).open("rb") as fh, np.load(fh) as stored:
            return json.loads(str(stored["check_sentences"])), np.array(
                stored["check_probabilities"]
            )


def adapted(weights: dict[str, np.ndarray], stored: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The model's weights of the top layers (SentenceModel.layer_weights: dense weights as
    [in, out]) with the stored changes: W + ALPHA * A^T B^T for each dense weight that has
    low-rank terms, and the stored LayerNorms."""
    out = dict(weights)
    for name, a in stored.items():
        if name.endswith(".lora_a"):
            base = name.removesuffix(".lora_a") + ".weight"
            b = stored[name.removesuffix(".lora_a") + ".lora_b"]
            out[base] = weights[base] + ALPHA * (a.T @ b.T)
        elif "LayerNorm" in name and name in weights:
            out[name] = stored[name]
    return out
