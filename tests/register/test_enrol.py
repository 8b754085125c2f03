"""Enrolling real face photos; templates stored only with biometric consent, encrypted at rest."""

import warnings

import numpy as np
import pytest
from sqlalchemy import select

from clearpost.detect.images import load_image
from clearpost.errors import ClearpostError
from clearpost.register.enrol import enrol_photos, folder_photos
from clearpost.register.models import FaceTemplate

from conftest import face, upn


def _photo(relative):
    path = face(relative)
    return path.name, path.read_bytes()


def test_one_face_is_enrolled_two_faces_and_no_face_are_refused(imported):
    results = enrol_photos(
        imported.register, imported.faces, upn(1),
        [_photo("fr/examples/obama.jpg"), _photo("fr/examples/two_people.jpg"),
         _photo("dlib/dogs.jpg"), ("notes.jpg", b"this is not a photo")],
        "test",
    )  # fmt: skip
    outcome = [(r.photo, r.enrolled, r.reason.split(":")[0]) for r in results]
    assert outcome == [
        ("obama.jpg", True, ""),
        ("two_people.jpg", False, "2 faces found"),
        ("dogs.jpg", False, "no face found"),
        ("notes.jpg", False, "unreadable"),
    ]
    assert imported.register.pupil(upn(1)).templates == 1
    entry = imported.register.audit(action="template.enrolled")[0]
    assert entry.subject == upn(1) and "encoding" not in str(entry.detail)


def test_enrolment_is_refused_without_biometric_consent(imported):
    # Amira (upn 3): every photo consent, but no biometric consent.
    with pytest.raises(ClearpostError, match="Protection of Freedoms Act 2012 ss.26-28"):
        enrol_photos(
            imported.register, imported.faces, upn(3), [_photo("fr/examples/obama.jpg")], "t"
        )
    assert imported.register.pupil(upn(3)).templates == 0


def test_enrolment_is_refused_when_the_pupil_objects(imported):
    imported.register.set_objection(upn(1), True, "test")
    with pytest.raises(ClearpostError, match=r"s\.26\(5\)"):
        enrol_photos(
            imported.register, imported.faces, upn(1), [_photo("fr/examples/obama.jpg")], "t"
        )


def test_templates_are_encrypted_at_rest_and_decrypt_to_the_encoding(imported):
    enrol_photos(imported.register, imported.faces, upn(1), [_photo("fr/examples/obama.jpg")], "t")
    image = load_image(face("fr/examples/obama.jpg").read_bytes())
    expected = imported.faces.encode(image, imported.faces.detect(image)[0])

    [(kind, key, stored)] = imported.register.templates()
    assert (kind, key) == ("pupil", upn(1))
    assert np.allclose(stored, expected)

    with imported.db.session() as session:
        blob = session.scalar(select(FaceTemplate.encrypted))
    for raw in (expected.astype("<f8").tobytes(), expected.astype("<f4").tobytes()):
        assert raw[:16] not in blob
    if imported.db.is_sqlite:
        imported.db.compact(())
        db_bytes = (imported.home / "register.db").read_bytes()
        assert blob in db_bytes  # the ciphertext is there …
        for raw in (expected.astype("<f8").tobytes(), expected.astype("<f4").tobytes()):
            assert raw[:16] not in db_bytes  # … the numbers are not


def test_our_encoding_is_face_recognitions_encoding(sqlite_services):
    """We call dlib directly; the result must be what face_recognition computes."""
    with warnings.catch_warnings():
        # face_recognition_models imports pkg_resources, which warns; we avoid it in the app.
        warnings.filterwarnings("ignore", message="pkg_resources", category=UserWarning)
        import face_recognition
    engine = sqlite_services.faces
    image = load_image(face("fr/examples/biden.jpg").read_bytes())
    ours = engine.encode(image, engine.detect(image)[0])
    theirs = face_recognition.face_encodings(np.asarray(image))[0]
    # face_recognition finds the face with dlib's HOG, we with CenterFace (reshaped to a
    # dlib-like box): the encodings differ by a little, far below any match threshold.
    assert np.linalg.norm(ours - theirs) < 0.12


def test_withdrawing_biometric_consent_deletes_templates_at_once(imported):
    enrol_photos(imported.register, imported.faces, upn(1), [_photo("fr/examples/obama.jpg")], "t")
    assert imported.register.pupil(upn(1)).templates == 1
    imported.register.set_consent(upn(1), "biometric", False, "test")
    assert imported.register.pupil(upn(1)).templates == 0
    assert imported.register.templates() == []
    deleted = imported.register.audit(action="templates.deleted")[0]
    assert deleted.detail == {"count": 1, "reason": "no biometric consent"}


def test_enrol_folder_finds_upn_subfolders_and_upn_named_files(tmp_path):
    (tmp_path / upn(1)).mkdir()
    (tmp_path / upn(1) / "a.jpg").write_bytes(face("fr/examples/obama.jpg").read_bytes())
    (tmp_path / f"{upn(2)}.JPG").write_bytes(b"x")
    (tmp_path / "olivia.jpg").write_bytes(b"x")
    (tmp_path / "readme.txt").write_text("x")
    by_upn, skipped = folder_photos(tmp_path)
    assert set(by_upn) == {upn(1), upn(2)}
    assert sorted(s.split(":")[0] for s in skipped) == ["olivia.jpg", "readme.txt"]


def test_templates_older_than_a_year_are_marked_stale(imported):
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import update

    enrol_photos(imported.register, imported.faces, upn(1), [_photo("fr/examples/obama.jpg")], "t")
    assert not imported.register.pupil(upn(1)).stale
    with imported.db.session() as session:
        session.execute(
            update(FaceTemplate).values(created_at=datetime.now(UTC) - timedelta(days=400))
        )
    view = imported.register.pupil(upn(1))
    assert view.stale and view.to_dict()["templates_stale"] is True


def test_the_template_key_can_come_from_the_environment(home, monkeypatch):
    from cryptography.fernet import Fernet

    from clearpost.errors import ConfigError
    from clearpost.services import Services

    monkeypatch.setenv("CLEARPOST_TEMPLATE_KEY", Fernet.generate_key().decode())
    svc = Services(home)
    enrol_ok = svc.register.cipher.decrypt(svc.register.cipher.encrypt(np.zeros(128)))
    assert enrol_ok.shape == (128,)
    assert not (home / "template.key").exists()  # the key is not written beside the data
    svc.close()
    monkeypatch.setenv("CLEARPOST_TEMPLATE_KEY", "not a key")
    with pytest.raises(ConfigError, match="not a Fernet key"):
        Services(home)


def test_a_wrong_template_key_says_what_to_do(imported, monkeypatch):
    from cryptography.fernet import Fernet

    from clearpost.errors import ConfigError
    from clearpost.register.crypto import TemplateCipher

    enrol_photos(imported.register, imported.faces, upn(1), [_photo("fr/examples/obama.jpg")], "t")
    imported.register.cipher = TemplateCipher(Fernet.generate_key())
    with pytest.raises(ConfigError, match="Restore the template.key"):
        imported.register.templates()
