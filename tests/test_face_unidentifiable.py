"""Faces found but not identifiable (covered, turned, too small) are never an allow on the
official account: "a face we cannot identify", or uncertain among the pupils it may be.
Through POST /api/v1/check with the real models; the photos are real ones from
../shared/fixtures/faces, covered, cropped or made smaller in memory.

Olivia (upn 1, consent for social media) is enrolled from obama.jpg, Tom (upn 2, none)
from biden.jpg (conftest's `enrolled`).
"""

import base64
import io

import pytest
from PIL import Image, ImageDraw

from clearpost.detect.image.faces import shared_engine
from clearpost.detect.images import load_image

from conftest import face


@pytest.fixture
def check(client, token, enrolled):
    def send(image: Image.Image, account="official"):
        body = {"text": "", "account": account,
                "images": [base64.b64encode(jpeg(image)).decode()]}  # fmt: skip
        reply = client.post("/api/v1/check", json=body,
                            headers={"Authorization": f"Bearer {token}"})  # fmt: skip
        assert reply.status_code == 200, reply.get_data(as_text=True)
        return reply.get_json()

    return send


def jpeg(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=92)  # no metadata: the face is all there is to find
    return buf.getvalue()


def upright(relative: str) -> Image.Image:
    return load_image(face(relative).read_bytes())


def lower_face_covered(relative: str) -> Image.Image:
    """The photo with a dark mask over its face from just below the nose to the chin."""
    image = upright(relative)
    [found] = shared_engine().detect(image)
    x, y, w, h = found.box
    ImageDraw.Draw(image).rectangle((x - 0.1 * w, y + 0.55 * h, x + 1.1 * w, y + 1.05 * h),
                                    fill=(20, 20, 20))  # fmt: skip
    return image


def faces_of(body):
    return [f for f in body["findings"] if f["kind"] == "face"]


def test_a_covered_face_near_a_consented_pupil_is_a_warning_not_an_allow(check):
    # Olivia's face (another photo) is 0.47 from her template with the mask on: it used to
    # be "matched" and allowed. Covered, it may be anyone near: checked, without a name.
    body = check(lower_face_covered("fr/tests/test_images/obama3.jpg"))
    [f] = faces_of(body)
    assert (f["rule"], f["severity"], body["verdict"]) == ("face.uncertain", "warn", "warn")
    assert "partly covered" in f["reason"] and "person" not in f


def test_a_covered_face_of_a_pupil_without_consent_still_blocks(check):
    body = check(lower_face_covered("fr/tests/test_images/biden.jpg"))
    [f] = faces_of(body)
    assert (f["severity"], body["verdict"]) == ("block", "block")


def test_a_face_too_small_to_identify_is_a_warning_not_an_allow(check):
    # The same photo made small (a face of 29 px, as at the back of a crowd): at this size
    # the encoding is near noise, and it came back as "may be Olivia", with her name.
    image = upright("fr/tests/test_images/obama3.jpg")
    scale = 32 / 371
    small = image.resize((round(image.width * scale), round(image.height * scale)),
                         Image.Resampling.BOX)  # fmt: skip
    body = check(small)
    [f] = faces_of(body)
    assert f["box"][3] < 30
    assert (f["rule"], f["severity"], body["verdict"]) == ("face.unknown", "warn", "warn")
    assert "cannot identify" in f["reason"] and "too small" in f["reason"]
    assert "person" not in f
    assert check(small, account="personal")["verdict"] == "block"


def test_a_turned_face_is_a_face_we_cannot_identify(check):
    # The girl looking down and away in obama_and_biden.jpg, cropped to her alone.
    photo = upright("fr/examples/knn_examples/test/obama_and_biden.jpg")
    body = check(photo.crop((1487, 950, 1928, 1407)))
    [f] = faces_of(body)
    assert f["severity"] in ("warn", "block") and body["verdict"] != "allow"
    assert "turned away" in f["reason"]


def tight_crop(relative: str, side_per_face_height: float = 1.6) -> Image.Image:
    """The face alone in a 250 px square, as LFW's press crops or an ID photo frame it."""
    image = upright(relative)
    [found] = shared_engine().detect(image)
    x, y, w, h = found.box
    side, cx, cy = side_per_face_height * h, x + w / 2, y + h / 2
    box = (round(cx - side / 2), round(cy - side / 2), round(cx + side / 2), round(cy + side / 2))
    return image.crop(box).resize((250, 250), Image.Resampling.LANCZOS)


def test_a_whole_face_the_detector_scores_low_is_still_named_when_it_is_a_near_match(check):
    # Olivia's other photo cropped tight: nothing covers her face, but CenterFace scores
    # it 0.76 (under COVERED_SCORE) and it came back "may be a registered pupil" without
    # her name, as did 12 of 91 whole faces on public photos (LFW crops, close-ups).
    image = tight_crop("fr/examples/knn_examples/test/obama1.jpg")
    [found] = shared_engine().detect(image)
    assert found.score < 0.80  # the case: doubted on the detector's score alone
    body = check(image)
    [f] = faces_of(body)
    assert (f["rule"], f["severity"]) == ("face.consented", "info"), f
    assert "Olivia" in f["person"]["display"] and "Olivia" in f["reason"], f
