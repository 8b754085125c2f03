"""The circumstance detector's second classifier, fitted on the sentences of real posts
(server/detect/text/posts_classifier.py): its stored weights are current, it reads what it
learnt from, and in the whole check it adds what the example bank alone misses."""

import numpy as np
import pytest

from clearpost.detect.models import stored_arrays
from clearpost.detect.text import posts_classifier
from clearpost.detect.text.sentence_model import shared_sentence_model


@pytest.fixture(scope="module")
def classifier():
    c = posts_classifier.PostsClassifier(shared_sentence_model())
    c.load()
    return c


def test_the_stored_weights_are_current():
    """Else the service would embed 9,600 sentences and fit at its first check: rebuild with
    models/build_circumstance_examples.py after the sets it reads change."""
    sentences, labels = posts_classifier.read_sentences()
    assert len(sentences) > 5000 and 0.2 < labels.mean() < 0.5
    key = posts_classifier.weights_key(sentences, labels)
    stored = stored_arrays(posts_classifier.WEIGHTS, key, "pieces", "weights")
    assert stored is not None, "stale: run models/build_circumstance_examples.py"
    pieces, weights = stored
    assert weights.shape == (384 + len(pieces) + 1,)


def test_it_reads_the_sentences_it_learnt_from(classifier):
    """The stored weights belong to these sentences and these features: its own sentences,
    sensitive or not, are told apart (every 25th, about 400)."""
    sentences, labels = posts_classifier.read_sentences()
    sample, y = sentences[::25], labels[::25]
    model = shared_sentence_model()
    pieces = [set(model.pieces(s)) for s in sample]
    p = classifier.probability(model.encode(sample), pieces)
    order = np.argsort(-p)
    ranked = y[order]
    auc = np.cumsum(ranked)[ranked == 0].sum() / (y.sum() * (1 - y).sum())
    assert auc > 0.95, auc


def test_no_sentences_no_opinion(monkeypatch):
    """Not built (no sentences file): every probability is 0, so the bank decides alone."""
    monkeypatch.setattr(posts_classifier, "read_sentences", lambda spec=None: ([], np.zeros(0)))
    c = posts_classifier.PostsClassifier(shared_sentence_model())
    vectors = shared_sentence_model().encode(["Alex has been very brave since the operation."])
    assert list(c.probability(vectors, [set()])) == [0.0]
