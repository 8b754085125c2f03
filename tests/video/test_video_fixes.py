"""The clean copy of a clip: Tom (no consent) blurred along his whole track, re-encoded
H.264 + AAC keeping size, frame count, duration and the display matrix; or, with nothing
to blur, the streams copied without the metadata. Real models, real register."""

import base64
import io

import av
import numpy as np
import pytest
from test_check_request import BOUNDARY, multipart
from video_clips import Actor, Clip, moving

from clearpost.detect.image.face_match import UNCERTAIN
from clearpost.detect.image.faces import shared_engine
from clearpost.detect.images import load_image

from conftest import face


@pytest.fixture(scope="module")
def walk() -> bytes:
    """Tom walks across, Olivia stands; with sound; 4 s at 10 fps."""
    return Clip(seconds=4, audio=True, actors=[
        Actor("biden", 120, moving(0.2, 0.5, 0.55, 0.45, 4)),
        Actor("obama", 120, lambda t: (0.8, 0.5)),
    ]).render()  # fmt: skip


@pytest.fixture(scope="module")
def sideways() -> bytes:
    return Clip(seconds=2, size=(360, 640), rotation=270,
                actors=[Actor("biden", 140, lambda t: (0.5, 0.35))]).render()  # fmt: skip


@pytest.fixture
def post(client, token, enrolled):
    def send(clip: bytes, **fields):
        parts = [(k, None, None, v.encode()) for k, v in fields.items()]
        body = multipart(*parts, ("images", "clip.mp4", "video/mp4", clip))
        reply = client.post("/api/v1/check", data=body,
                            content_type=f"multipart/form-data; boundary={BOUNDARY}",
                            headers={"Authorization": f"Bearer {token}"})  # fmt: skip
        assert reply.status_code == 200, reply.get_json()
        return reply.get_json()

    return send


def facts(data: bytes) -> dict:
    with av.open(io.BytesIO(data)) as clip:
        video = clip.streams.video[0]
        frames = list(clip.decode(video))
        audio = [s.codec_context.name for s in clip.streams.audio]
        return {"codec": video.codec_context.name, "frames": len(frames),
                "size": (video.codec_context.width, video.codec_context.height),
                "last": round(float(frames[-1].pts * frames[-1].time_base), 2),
                "rotation": round(frames[0].rotation or 0) % 360, "audio": audio,
                "tags": dict(clip.metadata), "pictures": frames}  # fmt: skip


def tom_is_nowhere(data: bytes) -> None:
    """No face in any frame of `data` is within UNCERTAIN of Tom's (biden.jpg) encoding."""
    engine = shared_engine()
    photo = load_image(face("fr/examples/biden.jpg").read_bytes())
    tom = engine.encode(photo, engine.detect(photo)[0])
    with av.open(io.BytesIO(data)) as clip:
        for frame in clip.decode(video=0):
            turn = round(frame.rotation or 0) % 360
            image = frame.to_image().rotate(turn, expand=True)
            found = engine.detect(image)
            for f, encoding in zip(found, engine.encode_many(image, found), strict=True):
                distance = float(np.linalg.norm(encoding - tom))
                assert distance > UNCERTAIN, (float(frame.time), f.box, distance)


def test_the_copy_blurs_tom_throughout_and_keeps_the_clip(post, walk):
    body = post(walk, want_fixes="true")
    assert body["verdict"] == "block"
    assert "not checked" in body["videos"][0]["audio_note"]
    [fix] = body["fixes"]["videos"]
    assert fix["blurred"] == 1 and fix["reencoded"] and fix["content_type"] == "video/mp4"
    copy, original = base64.b64decode(fix["data"]), facts(walk)
    got = facts(copy)
    assert got["codec"] == "h264" and got["audio"] == ["aac"]
    assert (got["frames"], got["size"], got["last"]) == (40, (640, 360), original["last"])
    tom_is_nowhere(copy)
    # Checked again, the copy no longer blocks: Olivia (consented) is still there, unblurred.
    again = post(copy)
    assert {f["rule"] for f in again["findings"] if f["kind"] == "face"} == {"face.consented"}


def test_the_copy_of_a_phone_clip_keeps_its_display_matrix(post, sideways):
    [fix] = post(sideways, want_fixes="true")["fixes"]["videos"]
    copy = base64.b64decode(fix["data"])
    got, original = facts(copy), facts(sideways)
    assert (got["rotation"], got["size"], got["frames"]) == (
        original["rotation"], original["size"], original["frames"])  # fmt: skip
    assert got["rotation"] == 270
    tom_is_nowhere(copy)


def test_the_sound_can_be_dropped(post, walk):
    [fix] = post(walk, want_fixes="true", drop_audio="true")["fixes"]["videos"]
    assert fix["audio"] == "removed"
    assert facts(base64.b64decode(fix["data"]))["audio"] == []


def test_with_nothing_to_blur_the_copy_is_the_same_pictures_without_the_metadata(post):
    clip = Clip(seconds=2, audio=True, metadata={"location": "+53.4000-002.0500/",
                                                 "artist": "Jane Smith"}).render()  # fmt: skip
    body = post(clip, want_fixes="true")
    [fix] = body["fixes"]["videos"]
    assert not fix["reencoded"] and fix["blurred"] == 0
    copy = base64.b64decode(fix["data"])
    got, original = facts(copy), facts(clip)
    assert "location" in original["tags"] and "artist" in original["tags"]
    assert not {"location", "artist", "location-eng"} & set(got["tags"])
    assert got["frames"] == original["frames"] and got["audio"] == ["aac"]
    # Not re-encoded: every picture is the very same.
    for a, b in zip(got["pictures"], original["pictures"], strict=True):
        assert np.array_equal(a.to_ndarray(format="rgb24"), b.to_ndarray(format="rgb24"))
    again = post(copy)
    assert not [f for f in again["findings"] if f["rule"] == "image.location_metadata"]
