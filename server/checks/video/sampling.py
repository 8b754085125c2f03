"""Which frames of a clip are looked at: a steady rate, every keyframe, every scene cut.

Every frame is decoded (a cut can fall anywhere), but only the sampled ones are turned
into pictures and handed to the detectors. A steady rate (the setting video.sample_fps,
2 by default) sees anyone on screen for half a second; keyframes are where encoders put
new content; a scene cut (the picture changes at once) may bring a person seen only
briefly. The whole is bounded by video.max_samples: a long clip is sampled more sparsely,
never more. The result says which seconds were looked at and why.
"""

from collections import Counter
from dataclasses import dataclass, field

import numpy as np
from PIL import Image

from ...errors import VideoRejected, VideoTooLarge
from .probe import VideoInfo, _clock

# Mean change of a 32x18 grey copy (0-255) from one frame to the next past which the
# scene changed: a person walking across the frame changes it by 1-6, a cut by 25 and more.
CUT_CHANGE = 20.0
# Keyframes nearer than this to the last sample add nothing (phones put one every 1-2 s;
# some encoders every frame).
MIN_GAP = 0.25
# Frames whose times fall short of the declared length by more than this are a truncated
# file, not the last frame's duration.
SHORT_BY = 1.0
MAX_FPS = 240  # frames per second of video decoded at most (bounds a file that lies)
PROGRESS_EVERY = 5.0
# 8-bit pixel formats whose first plane is the luma, one byte a pixel.
LUMA_FIRST = (
    "yuv420p",
    "yuvj420p",
    "yuv422p",
    "yuvj422p",
    "yuv444p",
    "yuvj444p",
    "nv12",
)  # seconds of video between two progress reports


@dataclass
class Sample:
    time: float  # seconds from the start
    image: Image.Image  # upright RGB
    why: str  # "steady" | "keyframe" | "cut"


@dataclass
class Looked:
    """What was decoded and looked at, for the result."""

    frames: int = 0  # decoded
    seconds: float = 0.0  # of video decoded
    times: list = field(default_factory=list)  # seconds of each sample
    why: Counter = field(default_factory=Counter)
    step: float = 0.5  # seconds between two steady samples

    def to_dict(self) -> dict:
        return {"frames_decoded": self.frames, "seconds_decoded": round(self.seconds, 2),
                "samples": len(self.times), "seconds_looked_at": [round(t, 2) for t in self.times],
                "why": dict(self.why)}  # fmt: skip


def samples(container, stream, info: VideoInfo, limits: dict, name: str, looked: Looked,
            progress=None, progress_every: float = PROGRESS_EVERY):  # fmt: skip
    """The sampled frames, in order (a generator: one picture held at a time).
    `progress(frames, seconds, of_seconds)` every `progress_every` seconds of video."""
    import av

    length = info.seconds or limits["max_seconds"]
    rate = min(limits["sample_fps"], limits["max_samples"] / max(length, 1.0))
    step = looked.step = 1.0 / rate
    next_steady, last, previous = 0.0, -1e9, None
    reported = 0.0
    try:
        for frame in container.decode(stream):
            looked.frames += 1
            t = _time(frame, looked.frames, info.fps)
            looked.seconds = max(looked.seconds, t)
            if looked.frames == 1:
                _turn(info, frame)
            _bounded(t, looked.frames, limits, name)
            tiny = _tiny_grey(frame)
            cut = previous is not None and float(np.abs(tiny - previous).mean()) > CUT_CHANGE
            previous = tiny
            why = None
            if t >= next_steady:
                why = "steady"
                next_steady = max(next_steady + step, t + step / 2)
            elif len(looked.times) < limits["max_samples"]:
                if cut:
                    why = "cut"
                elif frame.key_frame and t - last >= MIN_GAP:
                    why = "keyframe"
            if progress is not None and t - reported >= progress_every:
                reported = t
                progress(looked.frames, t, info.seconds)
            if why is None:
                continue
            last = t
            looked.times.append(t)
            looked.why[why] += 1
            image = frame.to_image()
            if info.rotation:
                image = image.rotate(info.rotation, expand=True)
            yield Sample(t, image, why)
    except av.error.FFmpegError as exc:
        raise VideoRejected(
            f"{name} is truncated or corrupt: its picture stops decoding at "
            f"{_clock(looked.seconds)} ({str(exc)[:100]}). Export or copy the clip again."
        ) from None
    if looked.frames == 0:
        raise VideoRejected(
            f"{name} has no frame that can be decoded: it is truncated or corrupt. Export or "
            "copy the clip again."
        )
    if info.seconds and looked.seconds + max(SHORT_BY, 3 / info.fps) < info.seconds:
        raise VideoRejected(
            f"{name} is truncated: it says it lasts {_clock(info.seconds)} but its picture "
            f"stops at {_clock(looked.seconds)}. Export or copy the clip again, whole."
        )
    if progress is not None:
        progress(looked.frames, looked.seconds, info.seconds)


def _tiny_grey(frame) -> np.ndarray:
    """A 32x18 grey copy of the frame, for cut detection: read straight from the luma
    plane of the usual YUV formats (a scaler run on every 1080p frame cost 5.5 ms, a 60 s
    clip 10 s); other formats through the scaler."""
    if frame.format.name in LUMA_FIRST:
        plane = frame.planes[0]
        luma = np.frombuffer(plane, np.uint8).reshape(plane.height, plane.line_size)
        step_y, step_x = max(1, plane.height // 18), max(1, plane.width // 32)
        return luma[: step_y * 18 : step_y, : step_x * 32 : step_x].astype(np.int16)
    return frame.reformat(width=32, height=18, format="gray").to_ndarray().astype(np.int16)


def _time(frame, count: int, fps: float) -> float:
    if frame.pts is not None and frame.time_base:
        return float(frame.pts * frame.time_base)
    return (count - 1) / fps


def _turn(info: VideoInfo, frame) -> None:
    """The display matrix of the first frame: the turn to apply, and the upright size."""
    turn = round(frame.rotation or 0) % 360
    info.rotation = turn - turn % 90
    info.width, info.height = frame.width, frame.height
    if info.rotation % 180:
        info.width, info.height = info.height, info.width


def _bounded(t: float, frames: int, limits: dict, name: str) -> None:
    """A clip that did not declare its length (or lied) is stopped at the limit."""
    if t > limits["max_seconds"] or frames > limits["max_seconds"] * MAX_FPS:
        raise VideoTooLarge(
            f"{name} runs past {_clock(limits['max_seconds'])}, the limit (the setting "
            "video.max_seconds). Trim it to the part you will post and check that."
        )
