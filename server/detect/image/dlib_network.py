"""Reading dlib's serialisation of the face encoder's network (dlib/dnn/core.h, layers.h,
tensor.h): nested layers written outermost first, each layer's parameters after everything
beneath it, so the parameters come out in forward order. face_encoder.py runs what this
reads, and checks that it is exactly the network it expects."""

from dataclasses import dataclass

import numpy as np

CHIP_SIZE = 150  # dlib's input_rgb_image_sized<150>


class EncoderFileError(ValueError):
    """The encoder file is not the network this module runs."""


class _Reader:
    def __init__(self, data: bytes):
        self.data = data
        self.pos = 0

    def _take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise EncoderFileError("the face encoder file ends too early")
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def int(self) -> int:
        """dlib's integer: a control byte (size in the low 4 bits, 0x80 negative), then
        that many little-endian bytes."""
        control = self._take(1)[0]
        size = control & 0x0F
        if size == 0 or size > 8:
            raise EncoderFileError(f"bad integer at byte {self.pos - 1} of the encoder file")
        value = int.from_bytes(self._take(size), "little")
        return -value if control & 0x80 else value

    def bool(self) -> bool:
        ch = self._take(1)
        if ch not in (b"0", b"1"):
            raise EncoderFileError(f"bad bool at byte {self.pos - 1} of the encoder file")
        return ch == b"1"

    def str(self) -> str:
        return self._take(self.int()).decode("latin-1")

    def float(self) -> float:
        """dlib's float_details: an integer mantissa and a power-of-two exponent."""
        mantissa, exponent = self.int(), self.int()
        return float(np.ldexp(float(mantissa), exponent))

    def tensor(self) -> np.ndarray:
        if self.int() != 2:
            raise EncoderFileError("unknown tensor version in the encoder file")
        shape = tuple(self.int() for _ in range(4))
        count = int(np.prod(shape))
        return np.frombuffer(self._take(4 * count), "<f4").reshape(shape)

    def alias(self) -> tuple[int, ...]:
        if self.int() != 1:
            raise EncoderFileError("unknown alias_tensor version in the encoder file")
        return tuple(self.int() for _ in range(4))


@dataclass
class _Layer:
    kind: str  # con, affine, relu, max_pool, avg_pool, add_prev, fc
    weights: np.ndarray | None = None
    bias: np.ndarray | None = None
    window: tuple[int, int] = (0, 0)
    stride: int = 1
    padding: int = 0
    matrix: np.ndarray | None = None  # a convolution's weights as im2col's matrix
    planar_matrix: np.ndarray | None = None  # the same, rows in _stem_conv's order


def _details(r: _Reader) -> _Layer:
    """One layer's own part, by its version string (dlib/dnn/layers.h)."""
    version = r.str()
    if version in ("con_4", "con_5", "con_6"):
        params = r.tensor()
        filters, nr, nc = r.int(), r.int(), r.int()
        stride_y, stride_x, pad_y, pad_x = r.int(), r.int(), r.int(), r.int()
        fshape, bshape = r.alias(), r.alias()
        for _ in range(4):
            r.float()  # learning-rate and weight-decay multipliers
        use_bias = r.bool() if version != "con_4" else True
        if version == "con_6" and r.bool():
            raise EncoderFileError("a convolution with a fused relu is not expected here")
        if stride_y != stride_x or pad_y != pad_x or nr != nc:
            raise EncoderFileError("a non-square convolution is not expected here")
        flat = params.reshape(-1)
        size = int(np.prod(fshape))
        weights = flat[:size].reshape(fshape)  # (filters, channels, nr, nc)
        if weights.shape[0] != filters:
            raise EncoderFileError("convolution filter count does not match its weights")
        bias = flat[size : size + filters].copy() if use_bias else np.zeros(filters, np.float32)
        if bias.size != filters or int(np.prod(bshape)) != filters:
            raise EncoderFileError("convolution bias does not match its filters")
        return _Layer("con", weights, bias, (nr, nc), stride_x, pad_x)
    if version in ("affine_", "affine_2"):
        params = r.tensor().reshape(-1)
        gamma, beta = r.alias(), r.alias()
        r.int()  # mode: per channel (conv) here, checked by the shapes
        if version == "affine_2" and r.bool():
            raise EncoderFileError("a disabled affine layer is not expected here")
        k = int(np.prod(gamma))
        if k != int(np.prod(beta)) or params.size != 2 * k:
            raise EncoderFileError("affine layer sizes do not match")
        return _Layer("affine", params[:k].copy(), params[k:].copy())
    if version in ("relu_", "relu_2"):
        if version == "relu_2" and r.bool():
            raise EncoderFileError("a disabled relu is not expected here")
        return _Layer("relu")
    if version in ("max_pool_2", "avg_pool_2"):
        nr, nc, stride_y, stride_x, pad_y, pad_x = (r.int() for _ in range(6))
        if stride_y != stride_x or pad_y != pad_x or nr != nc:
            raise EncoderFileError("a non-square pooling is not expected here")
        return _Layer(version[:-2], window=(nr, nc), stride=stride_x, padding=pad_x)
    if version == "add_prev_":
        return _Layer("add_prev")
    if version in ("fc_2", "fc_3"):
        outputs, inputs = r.int(), r.int()
        params = r.tensor().reshape(-1)
        wshape, _ = r.alias(), r.alias()
        bias_mode = r.int()
        for _ in range(4):
            r.float()
        use_bias = r.bool() if version == "fc_3" else True
        if bias_mode != 1 and use_bias:  # FC_NO_BIAS is 1 in dlib
            raise EncoderFileError("a fully connected layer with a bias is not expected here")
        weights = params[: inputs * outputs].reshape(inputs, outputs).copy()
        if int(np.prod(wshape)) != inputs * outputs:
            raise EncoderFileError("fully connected layer sizes do not match")
        return _Layer("fc", weights)
    raise EncoderFileError(f"unexpected layer {version!r} in the face encoder file")


def _network(r: _Reader, layers: list, means: list) -> None:
    """One nested layer: version 1 a tag or skip wrapper, 2 a layer over a subnetwork,
    3 a layer over the input (dlib/dnn/core.h). Appends the layers in forward order."""
    version = r.int()
    if version == 1:  # add_tag_layer / add_skip_layer: nothing of their own
        _network(r, layers, means)
        return
    if version == 2:
        _network(r, layers, means)
    elif version == 3:
        if r.str() != "input_rgb_image_sized":
            raise EncoderFileError("the encoder's input layer is not a sized RGB image")
        means += [r.float(), r.float(), r.float()]
        if (r.int(), r.int()) != (CHIP_SIZE, CHIP_SIZE):
            raise EncoderFileError(f"the encoder's input is not {CHIP_SIZE} px")
    else:
        raise EncoderFileError(f"unexpected layer version {version} in the encoder file")
    layers.append(_details(r))
    for _ in range(3):
        r.bool()  # set-up and gradient flags
    r.tensor(), r.tensor(), r.tensor()  # gradients and cached output (empty once trained)
    if version == 3:
        r.int()  # sample expansion factor


def read_network(data: bytes) -> tuple[list[_Layer], np.ndarray]:
    """The layers (forward order) and the input's channel means, from the file's bytes."""
    r = _Reader(data)
    if r.int() != 1 or r.str() != "loss_metric_2":
        raise EncoderFileError("not dlib's metric-learning network (loss_metric)")
    r.float(), r.float()  # margin and distance threshold: training only
    layers, means = [], []
    _network(r, layers, means)
    if r.pos != len(data):
        raise EncoderFileError("unexpected bytes after the network in the encoder file")
    return layers, np.array(means, np.float32)
