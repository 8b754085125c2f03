"""Public or private person, judged from the sentence (person_context.py), with the real
sentence model; and through the text check: a public figure's name is no other-person
finding, a private adult's still is. Names and sentences here are invented for the test
(none is in the examples file or a labelled set)."""

import numpy as np
import pytest

from clearpost.detect.models import data_file
from clearpost.detect.text import person_context as pc
from clearpost.detect.text.sentence_model import shared_sentence_model


@pytest.fixture(scope="module")
def people():
    return pc.PersonContext(shared_sentence_model())


def test_the_stored_weights_are_current_and_are_what_fitting_gives():
    """Rebuild with models/build_person_context.py after editing the examples."""
    sentences, labels = pc.examples()
    assert sum(labels) >= 300 and len(labels) - sum(labels) >= 300
    assert pc._stored(sentences, labels) is not None, "stale: run models/build_person_context.py"
    path = data_file(pc.VECTORS)
    with path.open("rb") as fh, np.load(fh) as stored:
        vectors, weights = stored["vectors"].astype(np.float64), stored["weights"]
    fresh = shared_sentence_model().encode(sentences[:20])
    assert np.abs(vectors[:20] - fresh).max() < 2e-3
    assert np.abs(pc.train(vectors, labels) - weights).max() < 1e-4


PUBLIC = [
    "Year 4 have fallen in love with Sam Taylor's illustrations in our class novel 📚",
    "Did you know Sam Taylor invented the first lighthouse lamp? P5 built their own models.",
    "Our netball team watched Sam Taylor win gold on the big screen - what a role model!",
    "This week in assembly we learned how Sam Taylor campaigned for votes for women.",
]
PRIVATE = [
    "Thanks to Sam Taylor for running the tombola at the summer fair!",
    "Sam Taylor, Jack's grandad, came in to help with the vegetable patch this morning.",
    "A huge thank you to Sam Taylor who found the lost PE bag and handed it in.",
    "Welcome to Sam Taylor, our new lunchtime supervisor!",
]


def test_public_and_private_mentions_are_told_apart(people):
    public = people.public(PUBLIC)
    private = people.public(PRIVATE)
    # Not every public mention is caught (64 % of the examples in cross-validation; the
    # suffragette one here reads 0.52): the threshold favours keeping private adults' warnings.
    assert sum(p >= pc.PUBLIC_MIN for p in public) >= 3, public
    assert all(p < pc.PUBLIC_MIN for p in private), private


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    from text_eval import DATA, services_for

    svc = services_for(DATA, tmp_path_factory.mktemp("people"))
    yield svc.checker
    svc.close()


def others(checker, text):
    found = checker.text_verdict(text, "official", False)["findings"]
    return [f["text"] for f in found if f["rule"] == "text.other_person"]


def test_a_public_figure_outside_the_list_is_no_other_person(checker):
    assert others(checker, "Year 4 loved Tamsin Ferrier's illustrations in our class book 🎨") == []
    assert others(checker, "Our class watched Euan Malcolmson win Olympic gold in the pool!") == []


def test_a_private_adult_is_still_an_other_person(checker):
    assert others(checker, "Thanks to Tamsin Ferrier for running the tuck shop today!") == [
        "Tamsin Ferrier"
    ]
    assert others(checker, "Euan Malcolmson, Lily's grandad, helped in the garden.") == [
        "Euan Malcolmson"
    ]


# The second opinion, fitted on the full names the check took for private adults in the
# halves read of the blind sets (person_context.IN_POSTS; session 27).
def test_the_posts_opinion_is_built_and_current():
    """Rebuild with models/build_person_context.py --read after the sets it reads change."""
    from clearpost.detect.models import stored_arrays
    from clearpost.detect.text import posts_classifier

    sentences, labels = posts_classifier.read_sentences(pc.IN_POSTS)
    assert len(sentences) > 1000 and 0.1 < labels.mean() < 0.5, labels.mean()
    assert all("\t" in s and "Sam Taylor" in s.split("\t")[0] for s in sentences[::50])
    key = posts_classifier.weights_key(sentences, labels, pc.IN_POSTS)
    stored = stored_arrays(pc.IN_POSTS.weights, key, "pieces", "weights")
    assert stored is not None, "stale: run models/build_person_context.py --read"
    pieces, weights = stored
    assert weights.shape == (384 + len(pieces) + 1,)


def test_the_posts_opinion_tells_its_own_sentences_apart(people):
    from clearpost.detect.text import posts_classifier

    sentences, labels = posts_classifier.read_sentences(pc.IN_POSTS)
    said, names = zip(*(s.split("\t") for s in sentences[::5]), strict=True)
    _, public = people.readings(list(said), list(names))
    y = labels[::5]
    ranked = y[np.argsort(-np.array(public))]
    auc = np.cumsum(ranked)[ranked == 0].sum() / (y.sum() * (1 - y).sum())
    assert auc > 0.9, auc


def test_the_posts_opinion_drops_what_the_examples_keep(checker, monkeypatch):
    """A film and a heroine of a song, in sentences the examples' regression reads as public
    but not surely (0.89, 0.81): no other person; with the posts' opinion silenced they are.
    A parent thanked is a private adult either way."""
    from clearpost.detect.text.posts_classifier import PostsClassifier

    film = "We watched Tam Garvie with Year 6 as an end of term treat. Tears all round."
    song = "Year 3 learnt a song about Grace Darling, the keeper's daughter who rowed out."
    thanks = "Thanks to Rashida Loonat for running the uniform stall!"
    assert others(checker, film) == [] and others(checker, song) == []
    assert others(checker, thanks) == ["Rashida Loonat"]
    monkeypatch.setattr(PostsClassifier, "probability", lambda self, v, p: np.zeros(len(v)))
    assert others(checker, film) == ["Tam Garvie"]
    assert others(checker, thanks) == ["Rashida Loonat"]
