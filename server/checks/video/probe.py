"""Opening a clip from its bytes (never a file on disk) and saying what it is, or why not.

A clip is refused, never checked in part, when it is empty, truncated or corrupt, has no
picture, is coded in a way we do not decode, or is past the size or length limit (the
settings' `video`): a 4-hour clip, by its declared length, is refused before one frame is
decoded. The picture's turn comes from the display matrix (a phone stores a portrait clip
landscape, with a rotation to apply), as a photo's from its EXIF orientation.
"""

import io
from contextlib import contextmanager
from dataclasses import dataclass, field

from ...errors import VideoCodecUnsupported, VideoRejected, VideoTooLarge

# The picture codings phones, cameras and editors write, and this wheel decodes. Anything
# else (ProRes, MJPEG, FFV1, a coding FFmpeg does not know) is refused with what to do.
CODECS = {"h264": "H.264", "hevc": "HEVC", "vp8": "VP8", "vp9": "VP9", "av1": "AV1",
          "mpeg4": "MPEG-4 Part 2"}  # fmt: skip
# FFmpeg's names of the containers we accept (QuickTime/MP4 family, Matroska/WebM).
CONTAINERS = {"mov,mp4,m4a,3gp,3g2,mj2": "MP4/MOV", "matroska,webm": "WebM/Matroska"}
# The decoder's own threads: the two cores are shared with the face detector.
DECODE_THREADS = 2


@dataclass
class VideoInfo:
    container: str  # "MP4/MOV" | "WebM/Matroska"
    codec: str  # FFmpeg's decoder name, e.g. "h264"
    width: int  # upright, after the display matrix
    height: int
    rotation: int  # degrees counter-clockwise the stored picture is turned to display
    fps: float
    seconds: float  # declared length
    has_audio: bool
    tags: dict = field(default_factory=dict)  # container's and streams' metadata

    def to_dict(self) -> dict:
        return {"container": self.container, "codec": self.codec, "width": self.width,
                "height": self.height, "rotation": self.rotation, "fps": round(self.fps, 3),
                "seconds": round(self.seconds, 3), "audio": self.has_audio}  # fmt: skip


def mb(n: int) -> str:
    return f"{n / 1048576:,.0f} MB"


@contextmanager
def open_video(data: bytes, name: str, limits: dict):
    """(container, stream, info) for a clip in memory, or a VideoRejected naming why."""
    import av

    if not data:
        raise VideoRejected(f"{name} is empty (0 bytes): attach the video again.")
    if len(data) > limits["max_mb"] * 1048576:
        raise VideoTooLarge(
            f"{name} is {mb(len(data))}; the limit for a video is {limits['max_mb']:,} MB "
            "(the setting video.max_mb). Trim the clip or export it at a lower quality."
        )
    try:
        container = av.open(io.BytesIO(data), "r", timeout=30)
    except av.error.FFmpegError as exc:
        raise VideoRejected(
            f"{name} is truncated or corrupt: the video cannot be opened ({_why(exc)}). "
            "Export or copy the clip again and check the new file."
        ) from None
    try:
        yield (container, *_describe(container, name, limits))
    finally:
        container.close()


def _why(exc) -> str:
    return (getattr(exc, "strerror", None) or str(exc) or type(exc).__name__).strip()[:120]


def _describe(container, name: str, limits: dict):
    kind = CONTAINERS.get(container.format.name)
    if kind is None:
        raise VideoRejected(
            f"{name} is not an MP4, MOV, M4V or WebM video ({container.format.long_name}): "
            "export it as an MP4 (H.264) and check it again."
        )
    if not container.streams.video:
        raise VideoRejected(f"{name} has no picture (no video track): attach the video itself.")
    stream = container.streams.video[0]
    codec = stream.codec_context.name if stream.codec_context else None
    if codec not in CODECS:
        shown = codec or "unknown"
        raise VideoCodecUnsupported(
            f"{name}'s picture is coded as {shown!r}, which Clearpost does not read (it reads "
            f"{', '.join(CODECS.values())})."
        )
    seconds = _declared_seconds(container, stream)
    if seconds is not None and seconds > limits["max_seconds"]:
        raise VideoTooLarge(
            f"{name} lasts {_clock(seconds)}; the limit is {_clock(limits['max_seconds'])} "
            "(the setting video.max_seconds). Trim it to the part you will post and check that."
        )
    stream.thread_type = "AUTO"
    stream.codec_context.thread_count = DECODE_THREADS
    # The turn is read from the first decoded frame's display matrix (sampling.py), which
    # also swaps width and height for a portrait clip.
    width, height = stream.codec_context.width, stream.codec_context.height
    fps = float(stream.average_rate or stream.guessed_rate or 0) or 25.0
    tags = {**container.metadata, **{f"video:{k}": v for k, v in stream.metadata.items()}}
    info = VideoInfo(kind, codec, width, height, 0, fps,
                     seconds if seconds is not None else 0.0,
                     bool(container.streams.audio), tags)  # fmt: skip
    return stream, info


def _declared_seconds(container, stream) -> float | None:
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    if container.duration:
        return container.duration / 1_000_000
    return None  # WebM may say nothing: the sampler stops at max_seconds


def _clock(seconds: float) -> str:
    seconds = round(seconds)
    h, m, s = seconds // 3600, seconds // 60 % 60, seconds % 60
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
