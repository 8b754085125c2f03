"""Write all-MiniLM-L6-v2's forward pass as an ONNX graph without its weights
(server/detect/data/minilm_graph.onnx), for onnxruntime (server/detect/text/sentence_model.py).

The graph holds only the operations (BERT's embeddings, six encoder layers, no pooling): every
weight is an initializer marked "external", whose bytes the service hands onnxruntime at load
from the packaged, checksummed model.safetensors (SessionOptions.add_external_initializers).
So the file is small, is kept in the repository with its checksum (models/MODELS.md), holds
nothing of the model's licence, and nothing is built or fetched when the service runs. The
operations are NumPy's in sentence_model.py one for one (the dense weights as [in, out]);
onnxruntime fuses them (LayerNorm, Gelu, MatMul + bias) when it loads the graph.

Needs the `onnx` package (dev extra; build time only: the service does not import it).

    .venv/bin/python models/build_sentence_graph.py          # writes the graph
    .venv/bin/python models/build_sentence_graph.py --check  # fails if the file differs
"""

import argparse
import sys
from pathlib import Path

import onnx
from onnx import TensorProto, helper

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "server" / "detect" / "data" / "minilm_graph.onnx"
# The top layers alone, from the states entering layer TOP_FROM: the circumstance reader
# (server/detect/text/circumstance_reader.py) runs them again with its adapted weights on
# the states the whole graph also returns ("lower"), so the lower layers run once.
OUT_TOP = ROOT / "server" / "detect" / "data" / "minilm_top_graph.onnx"
TOP_FROM = 3
HIDDEN, HEADS, LAYERS, INNER, VOCAB, POSITIONS, EPS = 384, 12, 6, 1536, 30522, 512, 1e-12
OPSET = 20  # Gelu is an operator from opset 20


def weights(start: int = 0) -> dict[str, list[int]]:
    """Every weight's name (as sentence_model.py keys them) and shape in the graph of the
    layers from `start` (0: the embeddings too)."""
    out = {}
    if start == 0:
        out = {
            "embeddings.word_embeddings.weight": [VOCAB, HIDDEN],
            "embeddings.position_embeddings.weight": [POSITIONS, HIDDEN],
            "embeddings.token_type_embeddings.weight": [2, HIDDEN],
            "embeddings.LayerNorm.weight": [HIDDEN],
            "embeddings.LayerNorm.bias": [HIDDEN],
        }
    for i in range(start, LAYERS):
        p = f"encoder.layer.{i}."
        for name in ("attention.self.query", "attention.self.key", "attention.self.value",
                     "attention.output.dense"):  # fmt: skip
            out[p + name + ".weight"] = [HIDDEN, HIDDEN]
            out[p + name + ".bias"] = [HIDDEN]
        out[p + "intermediate.dense.weight"] = [HIDDEN, INNER]
        out[p + "intermediate.dense.bias"] = [INNER]
        out[p + "output.dense.weight"] = [INNER, HIDDEN]
        out[p + "output.dense.bias"] = [HIDDEN]
        for norm in ("attention.output.LayerNorm", "output.LayerNorm"):
            out[p + norm + ".weight"] = [HIDDEN]
            out[p + norm + ".bias"] = [HIDDEN]
    return out


def _external(name: str, shape: list[int]) -> TensorProto:
    """An initializer with no bytes: the service supplies them at load."""
    tensor = TensorProto(name=name, data_type=TensorProto.FLOAT, dims=shape)
    tensor.data_location = TensorProto.EXTERNAL
    for key, value in (("location", "model.safetensors"), ("offset", "0"), ("length", "0")):
        entry = tensor.external_data.add()
        entry.key, entry.value = key, value
    return tensor


def build(start: int = 0) -> onnx.ModelProto:
    """The whole pass (start 0: ids and mask in; the last hidden states and the states
    entering layer TOP_FROM out), or the layers from `start` (states and mask in)."""
    nodes, consts = [], []

    def node(op, inputs, name, **attrs):
        nodes.append(helper.make_node(op, inputs, [name], name=name, **attrs))
        return name

    def const(name, values, dtype=TensorProto.INT64, dims=None):
        dims = [len(values)] if dims is None else dims
        consts.append(helper.make_tensor(name, dtype, dims, values))
        return name

    head = HIDDEN // HEADS
    const("one_f", [1.0], TensorProto.FLOAT, [])
    const("neg_big", [-1e9], TensorProto.FLOAT, [])
    const("scale", [1.0 / head**0.5], TensorProto.FLOAT, [])
    const("zero_i", [0], dims=[])
    const("zero_1", [0])
    const("axis_1", [1])
    const("axes_12", [1, 2])
    const("split_shape", [0, 0, HEADS, head])
    const("merge_shape", [0, 0, HIDDEN])

    if start == 0:
        # Embeddings: word + position (0..width-1) + token type 0, then LayerNorm.
        width = node("Gather", [node("Shape", ["ids"], "ids_shape"), "axis_1"], "width", axis=0)
        positions = node("Slice", ["embeddings.position_embeddings.weight", "zero_1", width,
                                   "zero_1"], "positions")  # fmt: skip
        token_type = node("Gather", ["embeddings.token_type_embeddings.weight", "zero_i"],
                          "tt0")  # fmt: skip
        words = node("Gather", ["embeddings.word_embeddings.weight", "ids"], "words")
        x = node("Add", [node("Add", [words, positions], "emb_wp"), token_type], "emb")
        x = node("LayerNormalization", [x, "embeddings.LayerNorm.weight",
                                        "embeddings.LayerNorm.bias"], "emb_ln",
                 axis=-1, epsilon=EPS)  # fmt: skip
    else:
        x = "states"
    # Padding gets -1e9 before the softmax: (1 - mask) * -1e9, as [n, 1, 1, width].
    pad = node("Mul", [node("Sub", ["one_f", "mask"], "unmask"), "neg_big"], "pad")
    pad = node("Unsqueeze", [pad, "axes_12"], "pad4")

    for i in range(start, LAYERS):
        if start == 0 and i == TOP_FROM:
            nodes.append(helper.make_node("Identity", [x], ["lower"], name="lower"))
        p = f"encoder.layer.{i}."

        def dense(h, name, out, p=p):
            product = node("MatMul", [h, p + name + ".weight"], out + "_mm")
            return node("Add", [product, p + name + ".bias"], out)

        def heads(h, out, perm=(0, 2, 1, 3)):
            split = node("Reshape", [h, "split_shape"], out + "_split")
            return node("Transpose", [split], out, perm=list(perm))

        q = heads(dense(x, "attention.self.query", f"q{i}"), f"qh{i}")
        k = heads(dense(x, "attention.self.key", f"k{i}"), f"kh{i}", (0, 2, 3, 1))
        v = heads(dense(x, "attention.self.value", f"v{i}"), f"vh{i}")
        scores = node("Mul", [node("MatMul", [q, k], f"qk{i}"), "scale"], f"qk_scaled{i}")
        scores = node("Softmax", [node("Add", [scores, pad], f"qk_masked{i}")], f"att{i}",
                      axis=-1)  # fmt: skip
        context = node("Transpose", [node("MatMul", [scores, v], f"ctx{i}")], f"ctx_t{i}",
                       perm=[0, 2, 1, 3])  # fmt: skip
        context = node("Reshape", [context, "merge_shape"], f"ctx_m{i}")
        x = node("Add", [x, dense(context, "attention.output.dense", f"ao{i}")], f"res1_{i}")
        x = node("LayerNormalization", [x, p + "attention.output.LayerNorm.weight",
                                        p + "attention.output.LayerNorm.bias"], f"ln1_{i}",
                 axis=-1, epsilon=EPS)  # fmt: skip
        inner = node("Gelu", [dense(x, "intermediate.dense", f"in{i}")], f"gelu{i}")
        x = node("Add", [x, dense(inner, "output.dense", f"out{i}")], f"res2_{i}")
        x = node("LayerNormalization", [x, p + "output.LayerNorm.weight",
                                        p + "output.LayerNorm.bias"], f"ln2_{i}",
                 axis=-1, epsilon=EPS)  # fmt: skip
    nodes.append(helper.make_node("Identity", [x], ["hidden"], name="hidden"))

    states = ["n", "width", HIDDEN]
    inputs = [helper.make_tensor_value_info("mask", TensorProto.FLOAT, ["n", "width"])]
    outputs = [helper.make_tensor_value_info("hidden", TensorProto.FLOAT, states)]
    if start == 0:
        inputs.insert(0, helper.make_tensor_value_info("ids", TensorProto.INT64, ["n", "width"]))
        outputs.append(helper.make_tensor_value_info("lower", TensorProto.FLOAT, states))
    else:
        inputs.insert(0, helper.make_tensor_value_info("states", TensorProto.FLOAT, states))
    used = {name for n in nodes for name in n.input}
    graph = helper.make_graph(
        nodes,
        "all-MiniLM-L6-v2 (weights supplied at load)"
        + (f", layers {start}-{LAYERS - 1}" if start else ""),
        inputs,
        outputs,
        initializer=[
            *(c for c in consts if c.name in used),
            *(_external(n, s) for n, s in weights(start).items()),
        ],  # fmt: skip
    )
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="clearpost"
    )
    model.ir_version = 10
    # No onnx.checker: it would look for the external bytes; onnxruntime checks the graph
    # when the service loads it with the weights (tests/test_sentence_model.py).
    return model


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the stored file differs")
    args = parser.parse_args(argv)
    built = {OUT: build(), OUT_TOP: build(TOP_FROM)}
    status = 0
    for out, graph in built.items():
        data = graph.SerializeToString(deterministic=True)
        if args.check:
            same = out.is_file() and out.read_bytes() == data
            print(f"{out.name}: {'current' if same else 'DIFFERS from what this script builds'}")
            status |= not same
        else:
            out.write_bytes(data)
            print(f"wrote {out} ({len(data):,} bytes)")
    return status


if __name__ == "__main__":
    sys.exit(main())
