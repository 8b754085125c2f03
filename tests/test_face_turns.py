"""A sideways photo without its EXIF orientation (issue 14): the face is found upright in the
turned photo, matched and named, by the check and by `clearpost find`; its box is in the
photo's own frame (the extension draws it there). An upright photo pays for no turn.

Olivia (may appear on social media) is enrolled from obama.jpg, Tom (may not) from
biden.jpg; the photos are turned here with Pillow and saved without any EXIF."""

import base64
import io
import json

import pytest
from click.testing import CliRunner
from PIL import Image

from clearpost.cli import main
from clearpost.detect.images import load_image

from conftest import face, upn


def photo(relative: str, angle: int = 0) -> Image.Image:
    """A fixture photo upright, turned `angle` degrees counter-clockwise (no EXIF kept)."""
    image = load_image(face(relative).read_bytes())
    return image.rotate(angle, expand=True) if angle else image


def jpeg(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=92)
    assert b"Exif" not in buf.getvalue()[:200]
    return buf.getvalue()


def turned_box(box, angle: int, size) -> list[int]:
    """Where a box of the upright photo (W x H) is in the photo turned by `angle`."""
    x, y, w, h = box
    width, height = size
    if angle == 90:  # counter-clockwise: (x, y) -> (y, W - x)
        return [y, width - x - w, h, w]
    if angle == 270:  # clockwise: (x, y) -> (H - y, x)
        return [height - y - h, x, h, w]
    return [width - x - w, height - y - h, w, h]


def near(a, b, tolerance: int = 3) -> bool:
    return all(abs(p - q) <= tolerance for p, q in zip(a, b, strict=True))


@pytest.fixture
def check(client, token):
    def send(image: Image.Image) -> dict:
        body = {"text": "Sports day", "images": [base64.b64encode(jpeg(image)).decode()]}
        reply = client.post("/api/v1/check", json=body,
                            headers={"Authorization": f"Bearer {token}"})  # fmt: skip
        assert reply.status_code == 200, reply.get_data(as_text=True)
        return reply.get_json()

    return send


def faces_of(body: dict) -> list[dict]:
    return [f for f in body["findings"] if f["rule"].startswith("face.")]


def test_a_sideways_photo_is_turned_for_its_faces_named_and_boxed_in_its_own_frame(enrolled, check):
    engine = enrolled.faces
    upright = photo("fr/examples/obama2.jpg")
    before = engine.turned_passes
    [olivia] = faces_of(check(upright))
    assert olivia["rule"] == "face.consented"
    assert olivia["person"]["display"] == "Olivia B. (Year 4)"
    assert engine.turned_passes == before  # an upright face: no turn tried
    for angle in (90, 270):
        before = engine.turned_passes
        [found] = faces_of(check(photo("fr/examples/obama2.jpg", angle)))
        assert found["rule"] == "face.consented", (angle, found)
        assert found["person"]["display"] == "Olivia B. (Year 4)"
        assert near(found["box"], turned_box(olivia["box"], angle, upright.size)), (angle, found)
        assert engine.turned_passes == before + 4  # three small looks, one full detection
    # Tom may not appear on social media: his sideways photo is blocked, not "unknown face".
    body = check(photo("fr/examples/biden.jpg", 90))
    [tom] = faces_of(body)
    assert body["verdict"] == "block" and tom["person"]["display"] == "Tom H. (Year 4)", tom


def test_no_face_and_no_skin_pays_for_no_turn(enrolled, check):
    engine = enrolled.faces
    before = engine.turned_passes
    body = check(Image.new("RGB", (800, 600), (40, 90, 200)))
    assert faces_of(body) == [] and engine.turned_passes == before


def test_find_lists_the_pupil_in_a_sideways_photo(enrolled, tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    upright = photo("fr/examples/obama2.jpg")
    (folder / "sideways.jpg").write_bytes(jpeg(photo("fr/examples/obama2.jpg", 270)))
    (folder / "upright.jpg").write_bytes(jpeg(upright))
    (folder / "other.jpg").write_bytes(jpeg(photo("fr/examples/biden.jpg", 90)))
    result = CliRunner().invoke(main, ["find", upn(1), str(folder), "--json",
                                       str(tmp_path / "found.json")])  # fmt: skip
    assert result.exit_code == 20, result.output
    listed = {r["path"]: r for r in json.loads((tmp_path / "found.json").read_text())["photos"]}
    assert set(listed) == {"sideways.jpg", "upright.jpg"}
    assert listed["sideways.jpg"]["verdict"] == "match"
    [box_up] = [f["box"] for f in listed["upright.jpg"]["findings"]]
    [box_side] = [f["box"] for f in listed["sideways.jpg"]["findings"]]
    assert near(box_side, turned_box(box_up, 270, upright.size))
