"""Which sentences the circumstance detector embeds: only those whose judgement can count
(circumstances._read_by_meaning). The sentence model is the costliest part of a text check;
the findings of every labelled post are the same either way (bench/text_cpu.py --compare)."""

import pytest

from clearpost.detect.text.sentence_model import shared_sentence_model
from clearpost.detect.text.text_pii import shared_text_detector
from clearpost.register.views import PupilView


@pytest.fixture(scope="module")
def find():
    detector = shared_text_detector()
    detector.load()
    pupil = PupilView(
        "L801200015001",
        "Olivia",
        "Barker",
        "",
        "Year 4",
        "Oak",  # fmt: skip
        "Olivia B. (Year 4)",
        {},
        False,
        None,
        0,
        None,
        None,
        False,
        True,
    )
    model = shared_sentence_model()

    def run(text):
        """The post's circumstance findings, and how many sentences were newly embedded."""
        detector.use_register("embedded", lambda: ([pupil], []))
        model._cache.clear()  # each post counted as never seen
        before = model.sentences_run
        found = [(f.detail.get("category"), f.text) for f in detector.find(text, {})
                 if f.entity == "PUPIL_RECORD"]  # fmt: skip
        return found, model.sentences_run - before

    return run


def test_sentences_whose_judgement_cannot_count_are_not_embedded(find):
    # "Well done Olivia!" is too short to be read alone and has no listed word; the next
    # sentence does not point back to her and has no strong word: neither is embedded.
    found, embedded = find("Well done Olivia Barker! Please send in the trip photos by Friday.")
    assert found == [] and embedded == 0


@pytest.mark.parametrize(
    "text, category",
    [
        # read alone: long enough and about her
        ("Olivia Barker has moved in with her nan while things get sorted at home.", "care"),
        # the next sentence without a pronoun: a strong word the model must agree with
        ("TAF meeting for Olivia moved to Thursday. Social services are involved since the "
         "incident at home.", "safeguarding"),
    ],
)  # fmt: skip
def test_sentences_that_can_count_still_are(find, text, category):
    found, embedded = find(text)
    assert category in [c for c, _ in found] and embedded >= 1
