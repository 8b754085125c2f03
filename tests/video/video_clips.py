"""Test clips, made by the tests with PyAV from ../shared/fixtures faces (never stored).

A clip is a list of scenes drawn frame by frame: each face is a crop of a fixture photo
pasted onto a plain, slightly noisy ground at a position that may move with time. Phones'
ways are imitated where it matters: a portrait clip stored landscape with a display
matrix, GPS in the container (QuickTime ©xyz and Apple's ISO 6709 key).
"""

import io
import tempfile
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache

import av
import numpy as np
from PIL import Image

from conftest import face

# One photo of each of five adults (not the photos the register tests enrol from: the clip
# must match a template made from another photo); cut once per process.
PEOPLE = {
    "obama": "fr/examples/knn_examples/train/obama/obama2.jpg",
    "biden": "fr/examples/knn_examples/train/biden/biden2.jpg",
    "alex": "fr/examples/alex-lacamoire.png",
    "kit": "fr/examples/knn_examples/train/kit_harington/john1.jpeg",
    "rose": "fr/examples/knn_examples/train/rose_leslie/img1.jpg",
}
_cache: dict = {}


def person(name: str) -> Image.Image:
    """A head-and-shoulders crop of `name`'s fixture photo, upright RGB."""
    if name not in _cache:
        from clearpost.detect.image.faces import shared_engine
        from clearpost.detect.images import load_image

        image = load_image(face(PEOPLE[name]).read_bytes())
        [found] = shared_engine().detect(image)[:1]
        x, y, w, h = found.box
        # The face with a margin of half its size all round: the detector sees a head.
        m = max(w, h) // 2
        crop = image.crop((max(0, x - m), max(0, y - m), x + w + m, y + h + m))
        _cache[name] = crop
    return _cache[name]


def photo_path(name: str):
    return face(PEOPLE[name])


@dataclass
class Actor:
    """One face in a clip: who, how high (px, the head crop's height), and where its
    centre is (fractions of the frame) at time t; seen from `start` to `end` seconds."""

    who: str
    height: int
    at: callable = lambda t: (0.5, 0.5)
    start: float = 0.0
    end: float = 1e9


@dataclass
class Clip:
    seconds: float = 2.0
    fps: int = 10
    size: tuple[int, int] = (640, 360)  # upright width, height
    actors: list[Actor] = field(default_factory=list)
    codec: str = "libx264"
    pix_fmt: str = "yuv420p"
    container: str = "mp4"
    rotation: int = 0  # display-matrix rotation (degrees counter-clockwise), 0: none
    metadata: dict = field(default_factory=dict)
    options: dict = field(default_factory=dict)  # muxer options (movflags…)
    audio: bool = False
    logo: Image.Image | None = None  # pasted at the top left, the whole clip
    seed: int = 0
    cut_at: float | None = None  # the scene changes (another ground) at this second
    noise: bool = True  # sensor-like noise (a long 1080p clip is made quicker without it)
    crf: str = "18"
    # A handheld camera: where the scene is moved to at t, (dx, dy) px, within SHAKE_ROOM
    # of where it started; the whole composed frame moves (faces, ground, noise's place).
    shake: callable = None
    backdrop: bool = False  # a still, textured scene (a room's walls) for the plain ground

    def frame(self, t: float, rng) -> Image.Image:
        if self.shake is None:
            return self._compose(t, rng, self.size)
        w, h = self.size
        dx, dy = self.shake(t)
        assert max(abs(dx), abs(dy)) <= SHAKE_ROOM, (dx, dy)
        scene = self._compose(t, rng, (w + 2 * SHAKE_ROOM, h + 2 * SHAKE_ROOM))
        x, y = round(SHAKE_ROOM - dx), round(SHAKE_ROOM - dy)
        return scene.crop((x, y, x + w, y + h))

    def _compose(self, t: float, rng, size) -> Image.Image:
        """The scene drawn at `size`: the frame, or the room a shaking camera moves over
        (the actors placed as fractions of the frame, around its centre)."""
        w, h = size
        room_x, room_y = (w - self.size[0]) // 2, (h - self.size[1]) // 2
        colour = (90, 120, 150) if self.cut_at is None or t < self.cut_at else (200, 170, 60)
        if self.backdrop:
            ground = _backdrop(w, h, self.seed).copy()
        else:
            ground = np.full((h, w, 3), colour, np.uint8)
        if self.noise:
            ground = np.clip(ground + rng.normal(0, 4, ground.shape), 0, 255).astype(np.uint8)
        img = Image.fromarray(ground)
        if self.logo is not None:
            logo = self.logo.copy()
            logo.thumbnail((self.size[0] // 4, self.size[1] // 2))
            img.paste(logo, (room_x + 10, room_y + 10))
        for actor in self.actors:
            if not actor.start <= t < actor.end:
                continue
            head = person(actor.who)
            scale = actor.height / head.height
            head = head.resize((max(1, round(head.width * scale)), actor.height), Image.LANCZOS)
            cx, cy = actor.at(t)
            cx, cy = room_x + cx * self.size[0], room_y + cy * self.size[1]
            img.paste(head, (round(cx - head.width / 2), round(cy - head.height / 2)))
        return img

    def render(self) -> bytes:
        if "faststart" in self.options.get("movflags", ""):
            # The muxer moves the index to the front by rewriting the file: a real file.
            with tempfile.TemporaryDirectory() as folder:
                path = f"{folder}/clip.{self.container}"
                self._write(path)
                with open(path, "rb") as fh:
                    return fh.read()
        buf = io.BytesIO()
        self._write(buf)
        return buf.getvalue()

    def _write(self, buf) -> None:
        rng = np.random.default_rng(self.seed)
        fmt = {"mp4": "mp4", "mov": "mov", "m4v": "ipod", "webm": "webm"}[self.container]
        with av.open(buf, "w", format=fmt, options=self.options) as out:
            for key, value in self.metadata.items():
                out.metadata[key] = value
            stream = out.add_stream(self.codec, rate=self.fps)
            w, h = self.size
            # Stored as a phone does: a portrait picture kept landscape, turned on display.
            stored_w, stored_h = (h, w) if self.rotation % 180 else (w, h)
            stream.width, stream.height, stream.pix_fmt = stored_w, stored_h, self.pix_fmt
            if self.codec == "libx264":
                stream.options = {"preset": "ultrafast", "crf": self.crf}
            if self.rotation:
                stream.set_display_rotation(self.rotation)
            sound = out.add_stream("aac" if self.container != "webm" else "libopus",
                                   rate=48000) if self.audio else None  # fmt: skip
            for i in range(round(self.seconds * self.fps)):
                img = self.frame(i / self.fps, rng)
                if self.rotation:
                    img = img.rotate(-self.rotation, expand=True)
                frame = av.VideoFrame.from_image(img)
                frame.pts = i
                frame.time_base = Fraction(1, self.fps)
                out.mux(stream.encode(frame))
            out.mux(stream.encode())
            if sound is not None:
                _tone(out, sound, self.seconds)


SHAKE_ROOM = 96  # px of scene kept beyond each edge for a shaking camera to move over


@lru_cache(maxsize=4)
def _backdrop(w: int, h: int, seed: int) -> np.ndarray:
    """A smooth, still pattern of blotches 20-40 px across (grey 60-200): every part of
    the frame differs from its neighbour a few pixels away, as a room's walls do."""
    rng = np.random.default_rng(seed + 1000)
    coarse = rng.integers(60, 200, (h // 24 + 2, w // 24 + 2, 3), dtype=np.uint8)
    big = Image.fromarray(coarse).resize((coarse.shape[1] * 24, coarse.shape[0] * 24),
                                         Image.BICUBIC)  # fmt: skip
    return np.asarray(big)[:h, :w].copy()


def _tone(out, stream, seconds: float) -> None:
    rate, n = 48000, 1024
    t = 0
    while t < seconds * rate:
        samples = np.sin(2 * np.pi * 440 * (t + np.arange(n)) / rate).astype(np.float32)
        frame = av.AudioFrame.from_ndarray(samples[np.newaxis] * 0.2, format="fltp",
                                           layout="mono")  # fmt: skip
        frame.sample_rate, frame.pts = rate, t
        out.mux(stream.encode(frame))
        t += n
    out.mux(stream.encode())


def moving(x0, y0, x1, y1, seconds):
    """A straight walk from (x0, y0) to (x1, y1) over `seconds`."""
    return lambda t: (x0 + (x1 - x0) * min(t / seconds, 1), y0 + (y1 - y0) * min(t / seconds, 1))
