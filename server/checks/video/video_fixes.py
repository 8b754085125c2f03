"""The clean copy of a clip: metadata gone, faces that may not be shown blurred throughout.

- Nothing to blur: the streams are copied as they are into a new MP4 (a remux, no
  re-encoding, so no loss) with none of the container's or streams' tags: no GPS, owner,
  title, creation time or device. The display matrix is kept (the copy turns as the clip).
- Faces to blur: every frame is decoded, each face's region is blurred beyond recognition
  wherever its track may be (between two sampled frames, the region covers both places,
  and half a sampling step before the first and after the last), and the picture is
  encoded again as H.264 with the clip's size, frame times and display matrix; the sound is
  re-encoded as AAC. Blurring a region and encoding again is irreversible.
- `drop_audio`: the copy has no sound (the sound is never checked).

Written in memory (never a file on disk), returned as bytes.
"""

import base64
import io
from fractions import Fraction

from PIL import Image, ImageFilter

from ...vocab import ACTED_ON, FindingKind
from .probe import open_video

MARGIN = 0.35  # of the face's size, all round: hair, ears and a turned head's edge
PIXELS = 12  # the face's region shrunk to at most this many blocks across, then blown up
CRF = "20"  # x264 quality: visually close to a phone's own encoding


def clean_video(index: int, data: bytes, findings, limits: dict, name: str,
                drop_audio: bool) -> dict:  # fmt: skip
    """The clean copy of the video at `index` of the post, as the answer's fixes carry it:
    the faces the person must act on (the policy's warn and block) blurred along their
    whole track, the metadata gone, the sound dropped when asked."""
    mine = [f for f in findings if f.image == index and f.kind == FindingKind.FACE
            and f.severity in ACTED_ON and f.detail.get("path")]  # fmt: skip
    if mine:
        step = max(f.detail.get("step", 0.5) for f in mine)
        paths = [f.detail["path"] for f in mine]
        cleaned = reencode_blurred(data, limits, name, paths, step, drop_audio)
    else:
        cleaned = remux_without_metadata(data, limits, name, drop_audio)
    return {
        "image": index,
        "data": base64.b64encode(cleaned).decode(),
        "content_type": "video/mp4",
        "blurred": len(mine),
        "reencoded": bool(mine),
        "metadata_removed": True,
        "audio": "removed" if drop_audio else "kept (not checked)",
        # Names or writing read in a frame are not covered in a video's copy: they are
        # found on a few frames only, and may be elsewhere in the clip.
        "covered": 0,
    }


def remux_without_metadata(data: bytes, limits: dict, name: str, drop_audio: bool) -> bytes:
    import av

    with open_video(data, name, limits) as (container, video, _):
        out_buf = io.BytesIO()
        with av.open(out_buf, "w", format="mp4") as out:
            streams = {video.index: out.add_stream_from_template(video)}
            if not drop_audio and container.streams.audio:
                audio = container.streams.audio[0]
                streams[audio.index] = out.add_stream_from_template(audio)
            for s in streams.values():
                s.metadata.clear()
            for packet in container.demux(*[container.streams[i] for i in streams]):
                if packet.dts is None:
                    continue
                packet.stream = streams[packet.stream.index]
                out.mux(packet)
        return out_buf.getvalue()


def regions_at(paths: list, t: float, step: float) -> list[tuple[int, int, int, int]]:
    """The upright regions to blur at time `t`: for each track, the union of its boxes at
    the samples around `t` (a person moves between two samples); before its first and
    after its last sample (up to a whole step: the person may be there until the next
    sample), the box carried on at the speed it last moved, with the box it was at."""
    out = []
    for path in paths:  # [(time, (x, y, w, h)), ...] sorted by time
        if t < path[0][0] - step or t > path[-1][0] + step:
            continue
        before = [(tt, b) for tt, b in path if tt <= t][-1:]
        after = [(tt, b) for tt, b in path if tt >= t][:1]
        if before and after:
            boxes = [before[0][1], after[0][1]]
        else:
            ends = path[-2:] if before else path[:2]
            boxes = [ends[-1][1] if before else ends[0][1]]
            if len(ends) == 2 and ends[1][0] > ends[0][0]:
                (t0, a), (t1, b) = ends
                k = (t - (t1 if before else t0)) / (t1 - t0)
                base = b if before else a
                boxes.append(
                    tuple(round(v + (vb - va) * k) for v, va, vb in zip(base, a, b, strict=True))
                )
        x0 = min(b[0] for b in boxes)
        y0 = min(b[1] for b in boxes)
        x1 = max(b[0] + b[2] for b in boxes)
        y1 = max(b[1] + b[3] for b in boxes)
        m = MARGIN * max(x1 - x0, y1 - y0)
        out.append((round(x0 - m), round(y0 - m), round(x1 + m), round(y1 + m)))
    return out


def blur(image: Image.Image, regions) -> Image.Image:
    """Each region pixelated to PIXELS blocks then smoothed: no face detail survives."""
    for x0, y0, x1, y1 in regions:
        x0, y0 = max(0, x0), max(0, y0)
        x1, y1 = min(image.width, x1), min(image.height, y1)
        if x1 <= x0 or y1 <= y0:
            continue
        part = image.crop((x0, y0, x1, y1))
        w, h = part.size
        scale = PIXELS / max(w, h)
        tiny = part.resize((max(1, round(w * scale)), max(1, round(h * scale))), Image.BOX)
        block = tiny.resize((w, h), Image.NEAREST).filter(ImageFilter.GaussianBlur(max(w, h) / 20))
        image.paste(block, (x0, y0))
    return image


def reencode_blurred(data: bytes, limits: dict, name: str, paths: list, step: float,
                     drop_audio: bool) -> bytes:  # fmt: skip
    """The clip with `paths` (each a track's [(time, upright box)]) blurred in every frame."""
    import av

    with open_video(data, name, limits) as (container, video, info):
        out_buf = io.BytesIO()
        with av.open(out_buf, "w", format="mp4") as out:
            rate = video.average_rate or Fraction(round(info.fps * 1000), 1000)
            stream = out.add_stream("libx264", rate=rate)
            stream.width = video.codec_context.width
            stream.height = video.codec_context.height
            stream.pix_fmt = "yuv420p"
            stream.time_base = video.time_base
            stream.options = {"crf": CRF, "preset": "veryfast"}
            sound = None
            if not drop_audio and container.streams.audio:
                source = container.streams.audio[0]
                rate_hz = source.codec_context.sample_rate or 48000
                sound = out.add_stream("aac", rate=rate_hz)
                sound.layout = "stereo" if (source.codec_context.channels or 2) > 1 else "mono"
                resampler = av.AudioResampler(format="fltp", layout=sound.layout,
                                              rate=rate_hz, frame_size=1024)  # fmt: skip
            turned = None
            wanted = [video] + ([container.streams.audio[0]] if sound is not None else [])
            for frame in container.decode(*wanted):
                if isinstance(frame, av.AudioFrame):
                    frame.pts = None
                    for part in resampler.resample(frame):
                        out.mux(sound.encode(part))
                    continue
                if turned is None:
                    turned = round(frame.rotation or 0) % 360
                    turned -= turned % 90
                    if turned:
                        stream.set_display_rotation(turned)
                t = float(frame.pts * frame.time_base) if frame.pts is not None else 0.0
                image = frame.to_image()
                regions = regions_at(paths, t, step)
                if regions:
                    upright = image.rotate(turned, expand=True) if turned else image
                    upright = blur(upright, regions)
                    image = upright.rotate(-turned, expand=True) if turned else upright
                new = av.VideoFrame.from_image(image)
                new.pts, new.time_base = frame.pts, frame.time_base
                out.mux(stream.encode(new))
            out.mux(stream.encode())
            if sound is not None:
                for part in resampler.resample(None):
                    out.mux(sound.encode(part))
                out.mux(sound.encode())
        return out_buf.getvalue()
