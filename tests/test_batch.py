"""`clearpost batch`: a folder of photos checked with the real models, and its outputs.

The folder (built in tmp_path from ../shared/fixtures/faces, re-encoded):
  day1/obama2.jpg          Olivia (consented), with a GPS position in its EXIF -> warn
  day1/nested/biden.heic   Tom (no social-media consent), an iPhone HEIC       -> block
  dogs.png                 no person                                            -> allow
  corrupt.jpg              not really a JPEG                                    -> error
  notes.txt                not a photo                                          -> skipped
"""

import csv
import io
import json
import os
from html.parser import HTMLParser

import numpy as np
import pytest
from click.testing import CliRunner
from PIL import Image

from clearpost.cli import main
from clearpost.detect.image.face_match import UNCERTAIN
from clearpost.detect.images import load_image, register_heif
from clearpost.runs import batch as batching
from clearpost.runs import copies

from conftest import face, upn

EXPECTED = {
    "corrupt.jpg": "error",
    "day1/nested/biden.heic": "block",
    "day1/obama2.jpg": "warn",
    "dogs.png": "allow",
}


@pytest.fixture
def school(enrolled):
    return enrolled


def with_gps() -> bytes:
    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)})
    buf = io.BytesIO()
    load_image(face("fr/examples/obama2.jpg").read_bytes()).save(
        buf, format="JPEG", exif=exif.tobytes()
    )
    return buf.getvalue()


@pytest.fixture
def photos(tmp_path):
    root = tmp_path / "photos"
    (root / "day1" / "nested").mkdir(parents=True)
    (root / "day1" / "obama2.jpg").write_bytes(with_gps())
    register_heif()
    load_image(face("fr/tests/test_images/biden.jpg").read_bytes()).save(
        root / "day1" / "nested" / "biden.heic", format="HEIF"
    )
    dogs = load_image(face("dlib/dogs.jpg").read_bytes())
    dogs.thumbnail((640, 640))
    dogs.save(root / "dogs.png")
    (root / "corrupt.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a JPEG")
    (root / "notes.txt").write_text("Trip list", encoding="utf-8")
    return root


def run(*args):
    result = CliRunner().invoke(main, ["batch", *map(str, args)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


class Report(HTMLParser):
    """What a reader of the HTML report sees: the warning, the counts, the photos."""

    def __init__(self, text):
        super().__init__()
        self.counts, self.photos, self.images, self.warning = {}, [], [], ""
        self._in = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id") == "warning":
            self._in = "warning"
        elif "data-count" in attrs:
            self._in = attrs["data-count"]
        if tag == "article":
            self.photos.append((attrs["data-path"], attrs["data-verdict"]))
        for name in ("src", "href"):
            if name in attrs:
                self.images.append(attrs[name])

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "warning":
            self.warning += data
        elif self._in:
            self.counts[self._in] = int(data)


def test_a_folder_is_checked_with_a_report_json_and_csv(school, photos, tmp_path, home):
    result = run(photos, "--json", tmp_path / "out.json", "--csv", tmp_path / "out.csv")
    assert result.exit_code == 20, result.output  # something is blocked
    assert "1 blocked, 1 to check, 1 allowed, 1 could not be checked" in result.output

    body = json.loads((tmp_path / "out.json").read_text())
    assert {r["path"]: r["verdict"] for r in body["photos"]} == EXPECTED
    rules = {r["path"]: r["rules"] for r in body["photos"]}
    assert rules["day1/obama2.jpg"] == ["face.consented", "image.location_metadata"]
    assert rules["day1/nested/biden.heic"][0] == "face.no_consent"
    [bad] = [r for r in body["photos"] if r["verdict"] == "error"]
    assert "corrupt" in bad["error"] and bad["error"].startswith("The file")
    assert body["skipped"] == [{"path": "notes.txt", "why": "not a photo or video (.txt)"}]
    assert body["summary"]["rules"]["face.no_consent"] == 1
    assert body["summary"]["rules"]["face.consented"] == 1

    with open(tmp_path / "out.csv", newline="", encoding="utf-8") as fh:
        rows = {r["path"]: r for r in csv.DictReader(fh)}
    assert {p: r["verdict"] for p, r in rows.items()} == EXPECTED
    assert "Tom H." in rows["day1/nested/biden.heic"]["findings"]

    [report] = (home / "reports").glob("batch-*.html")  # the default: in the data folder
    assert os.stat(report).st_mode & 0o777 == 0o600
    page = Report(report.read_text(encoding="utf-8"))
    assert "children's faces" in page.warning
    assert page.counts == {"block": 1, "warn": 1, "allow": 1, "error": 1, "skipped": 1}
    assert sorted(page.photos) == sorted(EXPECTED.items())
    # Thumbnails are embedded; nothing is loaded from anywhere else.
    assert page.images and all(src.startswith("data:image/jpeg;base64,") for src in page.images)

    # One audit entry for the run, with counts and never a file or folder name.
    [entry] = school.register.audit(action="batch")
    assert entry.detail["block"] == 1 and entry.detail["unreadable"] == 1
    assert not any(word in json.dumps(entry.detail) for word in ("obama", "biden", "day1", "dogs"))
    assert school.register.audit(action="check") == []


def test_fix_writes_clean_copies_and_sort_copies(school, photos, tmp_path):
    fixed, sorted_ = tmp_path / "fixed", tmp_path / "sorted"
    result = run(photos, "--fix", fixed, "--sort", sorted_, "--report", tmp_path / "r.html")
    assert result.exit_code == 20, result.output
    assert "3 cleaned copies" in result.output and "0 cannot be made safe" in result.output

    cleaned = {p.relative_to(fixed).as_posix() for p in fixed.rglob("*") if p.is_file()}
    assert cleaned == {"day1/obama2.jpg", "day1/nested/biden-heic.jpg", "dogs.png"}
    for path in fixed.rglob("*.*"):
        data = path.read_bytes()
        assert b"Exif" not in data and b"GPS" not in data
    # Tom's face is blurred beyond recognition: no face, or one far from his template.
    blurred = load_image((fixed / "day1/nested/biden-heic.jpg").read_bytes())
    engine = school.faces
    toms = [enc for kind, ref, enc in school.register.templates() if ref == upn(2)]
    for enc in engine.encode_many(blurred, engine.detect(blurred)):
        assert np.linalg.norm(enc - toms[0]) > UNCERTAIN
    # Olivia, who has consent, is not blurred.
    kept = load_image((fixed / "day1/obama2.jpg").read_bytes())
    [olivia] = [enc for kind, ref, enc in school.register.templates() if ref == upn(1)]
    assert (
        min(np.linalg.norm(e - olivia) for e in engine.encode_many(kept, engine.detect(kept))) < 0.5
    )

    copies = {p.relative_to(sorted_).as_posix() for p in sorted_.rglob("*") if p.is_file()}
    assert copies == {"check/day1/obama2.jpg", "blocked/day1/nested/biden.heic", "ok/dogs.png",
                      "check/corrupt.jpg"}  # fmt: skip
    assert (sorted_ / "ok/dogs.png").read_bytes() == (photos / "dogs.png").read_bytes()
    assert (photos / "dogs.png").exists()  # copied, never moved


def test_a_photo_that_cannot_be_made_safe_gets_no_copy(tmp_path):
    result = {"findings": [
        {"kind": "face", "rule": "face.no_consent", "severity": "block"},
        {"kind": "logo", "rule": "image.school_logo", "severity": "block", "reason": "Badge."},
    ]}  # fmt: skip
    assert copies.write_fix(result, tmp_path, "a.jpg") == {"status": "cannot", "why": ["Badge."]}
    assert list(tmp_path.iterdir()) == []


def test_an_interrupted_run_is_resumed_without_checking_finished_photos(
    school, photos, tmp_path, monkeypatch
):
    real, calls = batching.check_one, []

    def stop_after_two(*args, **kwargs):
        if len(calls) == 2:
            raise KeyboardInterrupt  # Ctrl-C while the third photo is being checked
        calls.append(args[2])
        return real(*args, **kwargs)

    monkeypatch.setattr(batching, "check_one", stop_after_two)
    # One worker: the simulated Ctrl-C is raised where the photo is checked, which is the
    # main thread only then (a real Ctrl-C always arrives in the main thread).
    result = run(photos, "--workers", "1", "--report", tmp_path / "first.html",
                 "--json", tmp_path / "first.json")  # fmt: skip
    assert result.exit_code == 130, result.output
    assert "Stopped after 2 of 4 photos" in result.output
    first = json.loads((tmp_path / "first.json").read_text())
    assert len(first["photos"]) == 2  # what was done is kept, and reported

    calls.clear()
    monkeypatch.setattr(batching, "check_one", lambda *a, **k: calls.append(a[2]) or real(*a, **k))
    result = run(photos, "--resume", "--workers", "2", "--json", tmp_path / "all.json")
    assert result.exit_code == 20, result.output
    assert "2 already checked" in result.output
    assert len(calls) == 2  # only the two photos left
    done = {p.relative_to(photos).as_posix() for p in calls}
    assert not done & {r["path"] for r in first["photos"]}
    body = json.loads((tmp_path / "all.json").read_text())
    assert {r["path"]: r["verdict"] for r in body["photos"]} == EXPECTED

    # A changed photo is checked again; the others are not.
    calls.clear()
    (photos / "dogs.png").write_bytes((photos / "dogs.png").read_bytes() + b"\0")
    assert run(photos, "--resume").exit_code == 20
    assert [p.name for p in calls] == ["dogs.png"]

    # A change to the register (consent withdrawn) makes every verdict stale.
    calls.clear()
    school.register.set_consent(upn(1), "social_media", False, "test")
    result = run(photos, "--resume")
    assert "register" in result.output and len(calls) == 4


def test_the_state_file_and_report_are_private(school, photos, home):
    state = batching.state_path(home, photos)
    plan = batching.prepare(school, photos)
    batching.execute(plan, on_result=lambda row: (_ for _ in ()).throw(KeyboardInterrupt))
    assert os.stat(state).st_mode & 0o777 == 0o600
    assert os.stat(home / "reports").st_mode & 0o777 == 0o700
    lines = state.read_text().splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["account"] == "official"
