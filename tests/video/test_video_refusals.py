"""Bad clips through a real `clearpost serve`: each a clear 4xx in JSON saying what to do,
never a 500 nor a hang, and nothing of the clip left on disk (the service's temporary
folder and its data folder are compared before and after)."""

import io
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
from test_check_request import BOUNDARY, multipart
from test_serve import free_port
from video_clips import Clip

CLI = [str(Path(sys.executable).with_name("clearpost"))]
MAX_MB = 2


def four_hours() -> bytes:
    """Two frames, the second at 4:00:00: a clip that declares four hours."""
    buf = io.BytesIO()
    with av.open(buf, "w", format="mp4") as out:
        stream = out.add_stream("libx264", rate=1)
        stream.width, stream.height, stream.pix_fmt = 64, 64, "yuv420p"
        for pts in (0, 4 * 3600):
            frame = av.VideoFrame.from_ndarray(np.zeros((64, 64, 3), np.uint8), format="rgb24")
            frame.pts, frame.time_base = pts, Fraction(1, 1)
            out.mux(stream.encode(frame))
        out.mux(stream.encode())
    return buf.getvalue()


@pytest.fixture(scope="module")
def clips() -> dict:
    whole = Clip(seconds=3, size=(320, 180)).render()
    faststart = Clip(seconds=3, size=(320, 180), options={"movflags": "faststart"}).render()
    png = Clip(seconds=1, size=(64, 64), codec="png", pix_fmt="rgb24", container="mov").render()
    with av.open(io.BytesIO(faststart)) as clip:
        packets = [(p.pos, p.size) for p in clip.demux(video=0) if p.size]
    pos, size = packets[14]
    return {
        "whole": whole,
        # Index first, cut cleanly after the 15th frame: every frame left decodes, but the
        # clip says it lasts 3 s (the rest, where anyone may appear, is not there).
        "cut_after_a_frame": faststart[: pos + size],
        "truncated": whole[: len(whole) // 2],  # the index (moov) comes last: it is gone
        "truncated_faststart": faststart[: len(faststart) // 2],  # index first, picture cut
        "zero": b"",
        "four_hours": four_hours(),
        "png_in_mov": png,
        "unknown_coding": whole.replace(b"avc1", b"zzzz"),
        "too_big": Clip(seconds=2, size=(1280, 720), options={}, seed=3).render()
        + os.urandom(MAX_MB * 1024 * 1024),
    }


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A real service with a 2 MB video limit and its own empty temporary folder."""
    root = tmp_path_factory.mktemp("serve")
    home, tmp = root / "data", root / "tmp"
    tmp.mkdir()
    env = dict(os.environ, CLEARPOST_HOME=str(home), TMPDIR=str(tmp))
    env.pop("CLEARPOST_DATABASE_URL", None)
    subprocess.run([*CLI, "token"], env=env, check=True, capture_output=True, timeout=120)
    settings = home / "settings.json"
    data = json.loads(settings.read_text()) if settings.exists() else {}
    data["video"] = {"max_mb": MAX_MB}
    settings.write_text(json.dumps(data))
    port = free_port()
    proc = subprocess.Popen([*CLI, "serve", "--port", str(port)], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)  # fmt: skip
    base = f"http://127.0.0.1:{port}/api/v1"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/health", timeout=5)
            break
        except OSError:
            time.sleep(0.3)
    token = (home / "api.token").read_text().strip()
    yield base, token, home, tmp
    proc.terminate()
    output = proc.communicate(timeout=60)[0]
    assert "Traceback" not in output, output


def send(server, clip: bytes) -> tuple[int, dict, float]:
    base, token, _, _ = server
    body = multipart(("images", "clip.mp4", "video/mp4", clip))
    request = urllib.request.Request(base + "/check", data=body, headers={
        "Authorization": f"Bearer {token}",
        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"})  # fmt: skip
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=300) as reply:
            return reply.status, json.loads(reply.read()), time.monotonic() - started
    except urllib.error.HTTPError as refused:
        return refused.code, json.loads(refused.read()), time.monotonic() - started


def files_in(folder: Path) -> set:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


CASES = {
    "truncated": (400, "VideoRejected", "truncated or corrupt"),
    "truncated_faststart": (400, "VideoRejected", "truncated"),
    "cut_after_a_frame": (400, "VideoRejected", "it says it lasts 0:03 but its picture stops"),
    "zero": (400, "ImageRejected", "is empty (0 bytes)"),
    "four_hours": (413, "VideoTooLarge", "lasts 4:00:01"),
    "png_in_mov": (415, "VideoCodecUnsupported", "Export it as an MP4 (H.264)"),
    "unknown_coding": (415, "VideoCodecUnsupported", "Export it as an MP4 (H.264)"),
    "too_big": (413, "VideoTooLarge", "the limit for a video is 2 MB"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_clip_is_a_clear_4xx_quickly_and_leaves_nothing(server, clips, case):
    _, _, home, tmp = server
    before, temporary = files_in(home), files_in(tmp)
    status, body, seconds = send(server, clips[case])
    want_status, error, words = CASES[case]
    assert (status, body.get("error")) == (want_status, error), body
    assert words in body["message"], body["message"]
    assert seconds < 60  # never a hang: the four-hour clip is refused before decoding
    assert files_in(tmp) == temporary  # (a library's session note is there from the start)
    # The audit log's database may grow; no other file appears in the data folder.
    assert {f for f in files_in(home) - before if not f.startswith("clearpost.db")} == set()


def test_a_whole_clip_is_checked_and_leaves_nothing(server, clips):
    _, _, home, tmp = server
    before, temporary = files_in(home), files_in(tmp)
    status, body, _ = send(server, clips["whole"])
    assert status == 200 and body["verdict"] == "allow" and body["videos"], body
    assert files_in(tmp) == temporary  # (a library's session note is there from the start)
    assert {f for f in files_in(home) - before if not f.startswith("clearpost.db")} == set()


def test_a_body_past_the_video_limit_is_a_413_in_json_before_any_work(server):
    status, body, seconds = send(server, b"\x00\x00\x00\x20ftypisom" + b"\x00" * (3 << 20))
    assert status == 413 and "video.max_mb" in body["message"], body
