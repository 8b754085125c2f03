"""The circumstance detector's tuned reader (server/detect/text/circumstance_reader.py): the
stored change to all-MiniLM-L6-v2's top layers, run by the service without PyTorch."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from clearpost.detect.text.circumstance_reader import CircumstanceReader
from clearpost.detect.text.sentence_model import SentenceModel

ROOT = Path(__file__).resolve().parents[2]
SENTENCES = [
    "Thanks to Alex's foster carers for the cakes!",
    "Alex scored twice in the final and the whole team celebrated.",
    "He has been off since breaking his collarbone on the trampoline.",
]


@pytest.mark.parametrize("backend", ["onnxruntime", "numpy"])
def test_the_service_reads_as_pytorch_did(backend):
    """The builder stored a few of its sentences with the probabilities PyTorch gave them;
    the service's forward pass (the model's lower layers once, the adapted top layers again,
    in onnxruntime or in the NumPy reference) gives the same."""
    model = SentenceModel(backend=backend, cache=0)
    reader = CircumstanceReader(model)
    sentences, expected = reader.check_sentences()
    assert len(sentences) == 12 and expected.min() < 0.5 < expected.max()
    got = reader.probability([model.pieces(s) for s in sentences])
    assert got == pytest.approx(expected, abs=1e-4)


def test_it_reads_care_and_harm_not_a_match_report():
    model = SentenceModel(cache=0)
    care, match, injury = CircumstanceReader(model).probability(
        [model.pieces(s) for s in SENTENCES]
    )
    assert care > 0.95 and injury > 0.95 and match < 0.2


@pytest.mark.parametrize("backend", ["onnxruntime", "numpy"])
def test_top_layers_run_again_unchanged_give_the_models_vectors(backend):
    """A reading added after sentences were cached gets its vectors too, and the model's own
    top layers, run again on the lower layers' states, give the model's own vectors."""
    model = SentenceModel(backend=backend, cache=16)
    pieces = [model.pieces(s) for s in SENTENCES]
    own = model.encode_pieces(pieces)
    model.add_top("same", model.layer_weights())
    again = model.encode_pieces(pieces, top="same")
    assert np.abs(again - own).max() < 1e-5
    assert model.sentences_run == 2 * len(SENTENCES)  # run again for the new reading only
    assert np.array_equal(model.encode_pieces(pieces), own)
    with pytest.raises(KeyError):
        model.encode_pieces(pieces, top="nothing")


def test_its_weights_are_of_the_stored_sentences():
    """circumstance_reader.npz was trained on circumstance_sentences_reader.txt as it is now
    (the key it stores digests the file and the training settings)."""
    script = ROOT / "models" / "build_circumstance_reader.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
