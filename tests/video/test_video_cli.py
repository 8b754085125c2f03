"""`clearpost check clip.mp4` and `clearpost batch` over a folder with videos beside photos,
with the real models and register: progress per clip, the people with their seconds, and
the HTML report's faces (thumbnails) with their time spans."""

import io
import json

import pytest
from click.testing import CliRunner
from PIL import Image
from video_clips import Actor, Clip

from clearpost.cli import main

from conftest import face


@pytest.fixture(scope="module")
def clip() -> bytes:
    return Clip(seconds=6, actors=[Actor("biden", 120, lambda t: (0.7, 0.5), start=2.0)]).render()


@pytest.fixture
def run(enrolled):
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)

    return invoke


def test_check_a_clip_shows_progress_and_blocks_a_pupil_without_consent(run, clip, tmp_path):
    path = tmp_path / "sports day.mp4"
    path.write_bytes(clip)
    result = run("check", path)
    assert result.exit_code == 20, result.output
    # Progress on stderr: frames decoded and seconds of video, then the whole clip.
    assert "sports day.mp4: 51 frames, 5.0 of 6.0 s of video" in result.stderr
    assert "sports day.mp4: 60 frames, 5.9 of 6.0 s of video" in result.stderr
    assert "BLOCK" in result.stdout and "at 2.0-5.5 s" in result.stdout
    assert "frames looked at of 60, 1 people" in result.stdout


def test_check_a_clip_as_json_has_its_people_and_seconds(run, clip, tmp_path):
    path = tmp_path / "clip.mov"
    path.write_bytes(clip)
    answer = json.loads(run("check", "--json", "--quiet", path).stdout)
    [tom] = [f for f in answer["findings"] if f["kind"] == "face"]
    assert tom["rule"] == "face.no_consent" and tom["seconds"] == [2.0, 5.5]
    assert answer["videos"][0]["people"][0]["from"] == 2.0


def test_batch_reports_videos_beside_photos(run, clip, tmp_path):
    folder = tmp_path / "trip"
    folder.mkdir()
    (folder / "coach.mp4").write_bytes(clip)
    (folder / "empty field.webm").write_bytes(Clip(seconds=1, codec="libvpx-vp9",
                                                   container="webm").render())  # fmt: skip
    (folder / "broken.mov").write_bytes(clip[: len(clip) // 3])
    buf = io.BytesIO()
    Image.open(face("fr/examples/obama.jpg")).convert("RGB").save(buf, "JPEG")
    (folder / "olivia.jpg").write_bytes(buf.getvalue())
    report, rows = tmp_path / "report.html", tmp_path / "rows.json"
    result = run("batch", folder, "--report", report, "--json", rows, "--workers", 1)
    assert result.exit_code == 20, result.output
    assert "coach.mp4: 60 frames, 5.9 of 6.0 s of video" in result.stderr
    got = {r["path"]: r for r in json.loads(rows.read_text())["photos"]}
    assert {p: r["verdict"] for p, r in got.items()} == {
        "coach.mp4": "block", "empty field.webm": "allow", "broken.mov": "error",
        "olivia.jpg": "allow",
    }  # fmt: skip
    assert "truncated or corrupt" in got["broken.mov"]["error"]
    [tom] = got["coach.mp4"]["findings"]
    assert "person 1, seen 2.0-5.5 s" in tom["words"]
    html = report.read_text()
    assert (
        "person 1: 2.0-5.5 s" in html and 'class="person"><img alt="" src="data:image/jpeg' in html
    )
    assert "Video, 6.0 s" in html


def test_a_face_search_skips_videos_a_batch_takes_them(tmp_path):
    """`clearpost find` reads photos only: a clip there is skipped, not an unreadable photo."""
    from clearpost.runs.scan import scan

    (tmp_path / "a.jpg").write_bytes(b"x")
    (tmp_path / "b.MOV").write_bytes(b"x")
    photos, skipped = scan(tmp_path)
    assert [p.name for p in photos] == ["a.jpg"] and skipped == [("b.MOV", "not a photo (.mov)")]
    photos, skipped = scan(tmp_path, videos=True)
    assert [p.name for p in photos] == ["a.jpg", "b.MOV"] and skipped == []
