"""all-MiniLM-L6-v2 in NumPy: the safetensors reader and BERT's forward pass, the reference
the onnxruntime graph of sentence_model.py is checked against (backend="numpy")."""

import json
import math
from pathlib import Path

import numpy as np

LAYERS, HEADS, EPS = 6, 12, 1e-12


def _read_safetensors(path: Path) -> dict[str, np.ndarray]:
    data = path.read_bytes()
    size = int.from_bytes(data[:8], "little")
    header = json.loads(data[8 : 8 + size])
    base = 8 + size
    dtypes = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        a, b = info["data_offsets"]
        dtype = np.dtype(dtypes[info["dtype"]])
        array = np.frombuffer(data, dtype=dtype, count=(b - a) // dtype.itemsize, offset=base + a)
        out[name] = array.reshape(info["shape"]).astype(np.float32, copy=False)
    return out


def _layer_norm(x, weight, bias):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + EPS) * weight + bias


def _gelu(x):
    # BERT's exact gelu, through erf (NumPy has none: a rational approximation, ~1e-7).
    # In place where it can be: the same operations in the same order (the same bits),
    # ~40% less time than a new array for each step.
    out = _erf(x * np.float32(1 / math.sqrt(2.0)))
    out += 1.0
    half = x * 0.5
    half *= out
    return half


# W. J. Cody's rational approximation as used by many numerical libraries (max error ~1e-7):
# 1 - t * exp(-a*a - 1.26551223 + t * (1.00002368 + t * (0.37409196 + ... + t * 0.17087277))).
_ERF_POLY = (1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398,
             1.48851587, -0.82215223, 0.17087277)  # fmt: skip


def _erf(x):
    a = np.abs(x)
    t = a * 0.5
    t += 1.0
    np.divide(1.0, t, out=t)  # t = 1 / (1 + a/2)
    poly = t * _ERF_POLY[-1]
    for c in reversed(_ERF_POLY[:-1]):
        poly += c
        poly *= t
    e = a * a
    np.negative(e, out=e)
    e -= 1.26551223
    e += poly
    np.exp(e, out=e)
    e *= t
    np.subtract(1.0, e, out=e)
    e *= np.sign(x)
    return e


def forward(w: dict[str, np.ndarray], ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """BERT's forward pass in NumPy: the reference the ONNX graph is checked against."""
    return forward_from(w, embed(w, ids), mask, 0)


def embed(w: dict[str, np.ndarray], ids: np.ndarray) -> np.ndarray:
    """The embeddings' output: word + position + token type 0, then LayerNorm."""
    width = ids.shape[1]
    x = (
        w["embeddings.word_embeddings.weight"][ids]
        + w["embeddings.position_embeddings.weight"][np.arange(width)][None]
        + w["embeddings.token_type_embeddings.weight"][0][None, None]
    )
    return _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])


def forward_from(
    w: dict[str, np.ndarray], x: np.ndarray, mask: np.ndarray, start: int, stop: int = LAYERS
) -> np.ndarray:
    """Encoder layers start..stop-1 on the states `x` entering layer `start`."""
    n, width = x.shape[:2]
    head = x.shape[-1] // HEADS
    bias = (1.0 - mask)[:, None, None, :] * np.float32(-1e9)
    scale = np.float32(1.0 / math.sqrt(head))  # a NumPy float64 scalar would promote
    for i in range(start, stop):
        p = f"encoder.layer.{i}."

        def proj(h, name, p=p):
            # One 2-D product over all tokens: a 3-D matmul loops over the batch.
            flat = h.reshape(-1, h.shape[-1]) @ w[p + name + ".weight"]
            return (flat + w[p + name + ".bias"]).reshape(n, width, -1)

        def split(h):
            return h.reshape(n, width, HEADS, head).transpose(0, 2, 1, 3)

        q = split(proj(x, "attention.self.query"))
        k = split(proj(x, "attention.self.key"))
        v = split(proj(x, "attention.self.value"))
        scores = q @ k.transpose(0, 1, 3, 2) * scale + bias
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(n, width, -1)
        x = _layer_norm(
            x + proj(context, "attention.output.dense"),
            w[p + "attention.output.LayerNorm.weight"],
            w[p + "attention.output.LayerNorm.bias"],
        )
        inner = _gelu(proj(x, "intermediate.dense"))
        x = _layer_norm(
            x + proj(inner, "output.dense"),
            w[p + "output.LayerNorm.weight"],
            w[p + "output.LayerNorm.bias"],
        )
    return x
