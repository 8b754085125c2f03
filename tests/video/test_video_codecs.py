"""The `av` wheel has what Clearpost needs, with no system ffmpeg: it decodes H.264, HEVC
(iPhone) and VP9 (WebM), and encodes libx264 + AAC (the blurred copy)."""

import io

import av
import pytest
from video_clips import Clip

CASES = [("libx264", "mp4", "h264"), ("libx265", "mov", "hevc"), ("libvpx-vp9", "webm", "vp9")]


@pytest.mark.parametrize(("encoder", "container", "decoder"), CASES, ids=[c[2] for c in CASES])
def test_the_wheel_round_trips_each_codec(encoder, container, decoder):
    data = Clip(seconds=1, fps=5, size=(160, 96), codec=encoder, container=container,
                audio=encoder == "libx264").render()  # fmt: skip
    with av.open(io.BytesIO(data)) as clip:
        video = clip.streams.video[0]
        assert video.codec_context.name == decoder
        frames = list(clip.decode(video))
        assert len(frames) == 5 and frames[0].to_ndarray(format="rgb24").shape == (96, 160, 3)
        if encoder == "libx264":
            assert clip.streams.audio[0].codec_context.name == "aac"


def test_the_av_in_use_is_the_wheels_own_ffmpeg():
    # The wheel's libraries sit inside the package (av.libs): nothing of the system's.
    assert av.ffmpeg_version_info and av.__version__ == "18.1.0"
    assert av.codec.Codec("libx264", "w") and av.codec.Codec("aac", "w")
