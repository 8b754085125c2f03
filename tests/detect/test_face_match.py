"""Matching faces against enrolled templates, with real photos and the real encoder."""

import numpy as np

from clearpost.detect.image.face_match import TemplateCache
from clearpost.detect.images import load_image
from clearpost.register.enrol import enrol_photos

from conftest import face, upn


def encoding(engine, relative):
    image = load_image(face(relative).read_bytes())
    faces = engine.detect(image)
    assert len(faces) == 1
    return engine.encode(image, faces[0])


def test_enrolled_people_are_matched_and_strangers_are_unknown(imported):
    reg, engine = imported.register, imported.faces
    for who, photo in ((upn(1), "fr/examples/obama.jpg"), (upn(2), "fr/examples/biden.jpg")):
        path = face(photo)
        enrol_photos(reg, engine, who, [(path.name, path.read_bytes())], "test")
    cache = TemplateCache()
    cache.refresh(("db", reg.version()), reg.templates)
    probes = [
        encoding(engine, "fr/examples/obama2.jpg"),
        encoding(engine, "fr/tests/test_images/biden.jpg"),
        encoding(engine, "fr/examples/alex-lacamoire.png"),
    ]
    outcomes = [(m.outcome, m.ref) for m in cache.match(probes)]
    assert outcomes == [("matched", upn(1)), ("matched", upn(2)), ("unknown", None)]


def test_a_face_between_two_pupils_is_uncertain():
    cache = TemplateCache()
    a, b = np.zeros(128), np.zeros(128)
    b[0] = 0.1
    cache.refresh("k", lambda: [("pupil", "A", a), ("pupil", "B", b)])
    probe = np.zeros(128)
    probe[0] = 0.05  # as near to A as to B: no clear winner
    [m] = cache.match([probe])
    assert m.outcome == "uncertain" and m.ref in ("A", "B")
    # Both are candidates: the policy takes the strictest consent among them.
    assert sorted(ref for _, ref, _ in m.candidates) == ["A", "B"]
    far = np.zeros(128)
    far[1] = 0.55  # 0.55 from A: near, but not near enough to be sure
    [m] = cache.match([far])
    assert m.outcome == "uncertain" and m.ref == "A"
    # B is 0.559 away, also inside the band: a candidate too, after A.
    assert [ref for _, ref, _ in m.candidates] == ["A", "B"]
    aside = np.zeros(128)
    aside[0], aside[1] = -0.3, 0.45  # 0.541 from A, 0.602 from B: B is out of the band
    [m] = cache.match([aside])
    assert m.outcome == "uncertain" and [ref for _, ref, _ in m.candidates] == ["A"]


def test_the_cache_follows_the_register(imported):
    reg, engine = imported.register, imported.faces
    path = face("fr/examples/obama.jpg")
    enrol_photos(reg, engine, upn(1), [(path.name, path.read_bytes())], "test")
    cache = TemplateCache()
    probe = encoding(engine, "fr/examples/obama2.jpg")
    cache.refresh(("db", reg.version()), reg.templates)
    assert cache.match([probe])[0].outcome == "matched"
    reg.set_consent(upn(1), "biometric", False, "test")  # templates deleted
    cache.refresh(("db", reg.version()), reg.templates)
    assert len(cache) == 0 and cache.match([probe])[0].outcome == "unknown"


def test_an_empty_register_matches_nobody():
    cache = TemplateCache()
    cache.refresh("k", list)
    assert [m.outcome for m in cache.match([np.zeros(128)])] == ["unknown"]
