"""dlib's face encoder (the ResNet of face_recognition) run in NumPy, many faces at once.

Why: on a 12 MP class photo of 30 faces, dlib took 3.1 s of CPU to encode the faces, 95 ms
a face, two thirds of the whole photo check (bench/photo_check.py). The dlib-bin wheel is
built without BLAS: its convolutions run on dlib's own matrix product, about 4 GFLOPS on
one core of the test machine, where NumPy's OpenBLAS multiplies the same matrices at
30-90. dlib's batch call (`compute_face_descriptor` over a list of chips) runs the same
code and saved 5 %; dlib holds the GIL while it runs, so two threads took as long as one
(measured: 3.75 s against 3.25 s for 33 faces); one process per core would at best halve
3.1 s, and the photo's other checks need the cores too.

So the same network, with the same weights, read from the same file
(dlib_face_recognition_resnet_model_v1.dat of face_recognition_models, checksum checked
in faces.py), runs here as im2col + one matrix product per convolution, float32 as dlib.
The input is dlib's own aligned 150 px chip (`dlib.get_face_chip`), the very chip
`compute_face_descriptor` cuts inside. Encodings equal dlib's to within 1e-6 per number
(4.5e-7 at most on the 33 faces of the class photo: summation order only;
tests/detect/test_face_encoder.py holds them to 1e-4), so templates enrolled before stay
valid and nobody re-enrols.

The file is dlib's serialisation of the network (read by dlib_network.py):
nested layers written outermost first, each layer's parameters after everything beneath
it, so the parameters come out in forward order. The layer plan below is the network's
definition (dlib's examples/dnn_face_recognition_ex.cpp, `anet_type`); loading checks
that the file holds exactly those layers with those shapes, and refuses anything else.
"""

import itertools

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from .dlib_network import EncoderFileError, _Layer, read_network

CHIP_PADDING = 0.25  # compute_face_descriptor's default padding around the landmarks
# Faces per forward pass. The im2col buffer of the first residual level holds 1.4 MB a
# face: 33 faces took 0.52-0.56 s of CPU in passes of 4 or 8, 0.60 s in 16, 0.71 s in 32
# (the buffers outgrow the cache), 0.60 s one face at a time.
BATCH = 8


# -- the forward pass ---------------------------------------------------------------------

# The network (dlib's anet_type): a 7x7 convolution and pooling, then residual units at 32,
# 64, 128 and 256 channels; a "down" unit halves the size (its shortcut is a 2x2 average
# pool), and each unit is conv, affine, relu, conv, affine, added to the shortcut, relu.
PLAN = (
    [("stem", 32)]
    + [("res", 32)] * 3
    + [("down", 64)] + [("res", 64)] * 3
    + [("down", 128)] + [("res", 128)] * 2
    + [("down", 256)] + [("res", 256)] * 2
    + [("down", 256)]
)  # fmt: skip


def _conv(x: np.ndarray, layer: _Layer) -> np.ndarray:
    """Convolution of NHWC float32 `x`, as dlib's: cross-correlation, zero padding."""
    k, s, p = layer.window[0], layer.stride, layer.padding
    if p:
        x = np.pad(x, ((0, 0), (p, p), (p, p), (0, 0)))
    n, h, w, c = x.shape
    ho, wo = (h - k) // s + 1, (w - k) // s + 1
    cols = np.empty((n, ho, wo, k, k, c), np.float32)
    for dy in range(k):
        for dx in range(k):
            cols[:, :, :, dy, dx, :] = x[:, dy : dy + s * (ho - 1) + 1 : s,
                                         dx : dx + s * (wo - 1) + 1 : s, :]  # fmt: skip
    out = cols.reshape(n * ho * wo, k * k * c) @ layer.matrix
    out += layer.bias
    return out.reshape(n, ho, wo, -1)


def _stem_conv(planar: np.ndarray, layer: _Layer) -> np.ndarray:
    """The first convolution (7x7, stride 2, 3 channels) of NCHW `planar`, as NHWC.

    With 3 channels, _conv's copies would move 3 floats at a time; windows over each
    colour plane copy rows of 7 (measured: the stem's im2col 49 -> 16 ms for 8 faces)."""
    k, s = layer.window[0], layer.stride
    windows = sliding_window_view(planar, (k, k), axis=(2, 3))[:, :, ::s, ::s]
    n, _, ho, wo = windows.shape[:4]
    cols = windows.transpose(0, 2, 3, 1, 4, 5).reshape(n * ho * wo, -1)
    out = cols @ layer.planar_matrix
    out += layer.bias
    return out.reshape(n, ho, wo, -1)


def _pool(x: np.ndarray, layer: _Layer, reduce) -> np.ndarray:
    k, s = layer.window[0], layer.stride
    n, h, w, c = x.shape
    ho, wo = (h - k) // s + 1, (w - k) // s + 1
    windows = [
        x[:, dy : dy + s * (ho - 1) + 1 : s, dx : dx + s * (wo - 1) + 1 : s, :]
        for dy in range(k)
        for dx in range(k)
    ]
    return reduce(windows)


def _add(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """dlib's add_prev: tensors of different sizes are added as if padded with zeros."""
    if a.shape == b.shape:
        return a + b
    shape = tuple(max(i, j) for i, j in zip(a.shape, b.shape, strict=True))
    out = np.zeros(shape, np.float32)
    out[: a.shape[0], : a.shape[1], : a.shape[2], : a.shape[3]] += a
    out[: b.shape[0], : b.shape[1], : b.shape[2], : b.shape[3]] += b
    return out


class ResNetEncoder:
    """The 128-d face encoder, from dlib's model file; `encode` takes aligned chips."""

    def __init__(self, data: bytes):
        layers, self.means = read_network(data)
        self._units = self._check_plan(layers)

    @staticmethod
    def _check_plan(layers: list[_Layer]):
        """Group the layers into PLAN's units, checking every kind and shape."""
        it = iter(layers)

        def take(kind, channels=None, window=None, stride=None):
            layer = next(it, None)
            if layer is None or layer.kind != kind:
                got = "the end" if layer is None else layer.kind
                raise EncoderFileError(f"expected a {kind} layer in the encoder file, got {got}")
            if channels is not None and layer.weights.shape[0] != channels:
                raise EncoderFileError(f"a {kind} layer has {layer.weights.shape[0]} channels")
            if window is not None and (layer.window[0], layer.stride) != (window, stride):
                raise EncoderFileError(f"a {kind} layer has an unexpected window or stride")
            if kind == "con":
                # (filters, channels, ky, kx) -> rows ordered (ky, kx, channel) as _conv's cols.
                f, c, ky, kx = layer.weights.shape
                layer.matrix = np.ascontiguousarray(
                    layer.weights.transpose(2, 3, 1, 0).reshape(ky * kx * c, f)
                )
                if c == 3:  # the first: rows ordered (channel, ky, kx), as _stem_conv's cols
                    layer.planar_matrix = np.ascontiguousarray(layer.weights.reshape(f, -1).T)
                # The weights were a view of the file's bytes: the copies alone are kept.
                layer.weights = None
            return layer

        units = []
        for kind, n in PLAN:
            if kind == "stem":
                units.append((kind, [take("con", n, 7, 2), take("affine", n), take("relu"),
                                     take("max_pool", window=3, stride=2)]))  # fmt: skip
                continue
            stride = 2 if kind == "down" else 1
            block = [take("con", n, 3, stride), take("affine", n), take("relu"),
                     take("con", n, 3, 1), take("affine", n)]  # fmt: skip
            if kind == "down":
                block.append(take("avg_pool", window=2, stride=2))
            block += [take("add_prev"), take("relu")]
            units.append((kind, block))
        pool = take("avg_pool")
        if pool.window != (0, 0):
            raise EncoderFileError("the encoder does not end in a global average pool")
        fc = take("fc")
        if fc.weights.shape != (256, 128):
            raise EncoderFileError("the encoder's last layer is not 256 -> 128")
        if next(it, None) is not None:
            raise EncoderFileError("the encoder file holds more layers than expected")
        return units, fc.weights

    def encode(self, chips: list[np.ndarray], helper=None) -> np.ndarray:
        """The encodings (n x 128, float64 as dlib returns them) of aligned 150 px chips.

        `helper`: an executor (or None) whose idle thread may encode some of the batches
        while this thread encodes the others (NumPy's matrix products release the GIL, so
        the two run on both cores). Batches are taken from a shared counter: this thread
        never waits for a batch the helper has not started, so a busy helper costs nothing.
        """
        if not chips:
            return np.zeros((0, 128))
        starts = list(range(0, len(chips), BATCH))
        out: list = [None] * len(starts)
        taken = itertools.count()  # next() on a count is atomic under the GIL

        def work() -> None:
            while (i := next(taken)) < len(starts):
                out[i] = self._forward(chips[starts[i] : starts[i] + BATCH])

        helping = helper.submit(work) if helper is not None and len(starts) > 1 else None
        work()
        # Not started yet (its thread busy elsewhere): called off. Started: it is at its
        # last batch, or just finding none left.
        if helping is not None and not helping.cancel():
            helping.result()
        return np.concatenate(out)

    def _forward(self, chips: list[np.ndarray]) -> np.ndarray:
        # dlib's input layer: (pixel - channel mean) / 256, in float32; colour planes apart.
        x = (np.stack(chips).astype(np.float32) - self.means) / np.float32(256)
        planar = np.ascontiguousarray(x.transpose(0, 3, 1, 2))
        units, fc = self._units
        for kind, layers in units:
            if kind == "stem":
                con, affine, _, pool = layers
                x = _relu(_affine(_stem_conv(planar, con), affine))
                x = _pool(x, pool, lambda w: np.maximum.reduce(w))
                continue
            shortcut = x
            con1, aff1, _, con2, aff2, *rest = layers
            y = _affine(_conv(_relu(_affine(_conv(x, con1), aff1)), con2), aff2)
            if kind == "down":
                shortcut = _pool(x, rest[0], lambda w: sum(w[1:], w[0]) / np.float32(len(w)))
            x = _relu(_add(y, shortcut))
        pooled = x.mean(axis=(1, 2), dtype=np.float32)
        return (pooled @ fc).astype(np.float64)


def _affine(x: np.ndarray, layer: _Layer) -> np.ndarray:
    x *= layer.weights
    x += layer.bias
    return x


def _relu(x: np.ndarray) -> np.ndarray:
    return np.maximum(x, 0, out=x)
