"""The sentence model (all-MiniLM-L6-v2 in NumPy): the real weights, checked by meaning."""

import numpy as np
import pytest

from clearpost.detect.text.sentence_model import shared_sentence_model

SENTENCE = "Thanks to Sam's foster carers for the cakes!"


@pytest.fixture(scope="module")
def model():
    return shared_sentence_model()


def test_word_pieces_are_berts(model):
    model.load()
    # The ids Hugging Face `tokenizers` gives with the package's tokenizer.json.
    assert model._tok.ids(SENTENCE) == [
        101, 4283, 2000, 3520, 1005, 1055, 6469, 2729, 2869, 2005, 1996, 22619, 999, 102
    ]  # fmt: skip
    assert model._tok.ids("Zoë") == model._tok.ids("zoe")


def test_vectors_are_the_models(model):
    vector = model.encode([SENTENCE])[0]
    assert np.linalg.norm(vector) == pytest.approx(1.0, abs=1e-5)
    # The first values of this sentence's vector, as computed when the forward pass was
    # checked against an ONNX export of the same model (cosine 0.9996; models/MODELS.md).
    assert vector[:6] == pytest.approx([-0.0666, 0.0190, 0.0491, 0.0280, -0.0474, 0.0945], abs=2e-3)


def test_meaning_not_words(model):
    a, b, c = model.encode([
        "Sam has been living with his grandmother since his mum went away.",
        "Sam moved in with his nan because his mother is not around any more.",
        "Sam went to his nan's house for tea and cake after school.",
    ])  # fmt: skip
    assert a @ b > a @ c + 0.05


def test_a_batch_gives_what_one_by_one_gives(model):
    batch = model.encode([SENTENCE, "Well done Olivia!"])
    one = model.encode(["Well done Olivia!"])[0]
    assert batch[1] == pytest.approx(one, abs=1e-5)


def test_the_stored_example_vectors_and_weights_are_current():
    """The vectors and the classifier shipped for the circumstance examples match the
    examples, the model and the training settings (else the service would embed 2,900
    sentences and fit at its first check): rebuild them with
    models/build_circumstance_examples.py after editing an example file."""
    from clearpost.detect.text import example_bank as circumstances

    sentences, categories = circumstances.examples()
    stored = circumstances._stored(sentences, categories)
    assert stored is not None, "stale: run models/build_circumstance_examples.py"
    vectors, pieces, weights = stored
    assert vectors.shape == (len(sentences), 384)
    fresh = shared_sentence_model().encode(sentences[:20])
    assert np.abs(vectors[:20] - fresh).max() < 2e-3
    # The stored weights are what fitting gives (deterministic Newton steps).
    bank = circumstances.ExampleBank(shared_sentence_model())
    refit = bank.train(sentences, categories, vectors)
    assert list(pieces) == bank.pieces
    assert np.abs(refit - weights).max() < 1e-4


def test_the_examples_from_the_development_posts_are_current():
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "models" / "build_circumstance_examples.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def _plain_gelu(x):
    """gelu as first written: a new array for every step (what the in-place one replaced)."""
    import math

    scaled = x * np.float32(1 / math.sqrt(2.0))
    a = np.abs(scaled)
    t = 1.0 / (1.0 + 0.5 * a)
    y = 1.0 - t * np.exp(
        -a * a - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (
            -0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (
                -0.82215223 + t * 0.17087277))))))))
    )  # fmt: skip
    return 0.5 * x * (1.0 + np.sign(scaled) * y)


def test_the_in_place_gelu_gives_the_same_bits():
    from clearpost.detect.text.sentence_model import _gelu

    rng = np.random.default_rng(7)
    for shape in [(1, 9, 1536), (4, 33, 1536), (2, 128, 1536)]:
        x = (rng.standard_normal(shape) * 4).astype(np.float32)
        x.flat[:4] = [0.0, -0.0, 1e-30, -50.0]
        assert np.array_equal(_gelu(x), _plain_gelu(x))
        assert _gelu(x).dtype == np.float32


SENTENCES = [
    SENTENCE,
    "Well done Olivia!",
    "Sam has been living with his grandmother since his mum went away.",
    "A huge thank you to everyone who came to the summer fair on Saturday, we raised £1,240 "
    "for the new library books and the reading corner in Year 2.",
]


def test_onnxruntime_runs_numpys_forward_pass():
    """The ONNX graph (minilm_graph.onnx) is the NumPy forward pass, operation for operation:
    the same hidden states to float32 rounding, padding included, so the same vectors."""
    from clearpost.detect.text.sentence_model import SentenceModel

    onnx = SentenceModel(backend="onnxruntime", cache=0)
    reference = SentenceModel(backend="numpy", cache=0)
    onnx.load(), reference.load()
    ids = [onnx.pieces(s) for s in SENTENCES]
    width = max(map(len, ids))
    batch = np.zeros((len(ids), width), dtype=np.int64)
    mask = np.zeros((len(ids), width), dtype=np.float32)
    for row, pieces in enumerate(ids):
        batch[row, : len(pieces)], mask[row, : len(pieces)] = pieces, 1.0
    ours, theirs = onnx._forward_batch(batch, mask), reference._forward_batch(batch, mask)
    assert ours.shape == theirs.shape == (len(ids), width, 384)
    assert np.abs((ours - theirs) * mask[..., None]).max() < 1e-4
    cosines = (onnx.encode(SENTENCES) * reference.encode(SENTENCES)).sum(1)
    assert cosines.min() > 0.99999


def test_the_service_model_runs_in_onnxruntime(model):
    model.load()
    assert model.backend == "onnxruntime" and model._session is not None


def test_the_graph_is_what_its_script_builds():
    """minilm_graph.onnx is the one models/build_sentence_graph.py writes (and its checksum
    the one sentence_model.py verifies)."""
    import subprocess
    import sys
    from pathlib import Path

    from clearpost.detect.models import data_file, sha256
    from clearpost.detect.text.sentence_model import GRAPH, GRAPH_SHA256

    script = Path(__file__).resolve().parents[2] / "models" / "build_sentence_graph.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert sha256(Path(str(data_file(GRAPH)))) == GRAPH_SHA256


def test_a_sentence_seen_again_is_not_run_again():
    """A post checked again after an edit: its unchanged sentences come from the cache; a
    sentence twice in one call runs once; the cache keeps at most its size."""
    from clearpost.detect.text.sentence_model import SentenceModel

    model = SentenceModel(cache=3)
    first = model.encode(SENTENCES[:2])
    assert model.sentences_run == 2
    again = model.encode([SENTENCES[1], SENTENCES[0], SENTENCES[2], SENTENCES[2]])
    assert model.sentences_run == 3  # only the new sentence, once
    assert np.array_equal(again[0], first[1]) and np.array_equal(again[1], first[0])
    assert np.array_equal(again[2], again[3])
    model.encode([SENTENCES[3]])  # the cache is full: the least recently used goes
    assert len(model._cache) == 3
    model.encode([SENTENCES[1]])
    assert model.sentences_run == 5  # SENTENCES[1] was the least recently used
