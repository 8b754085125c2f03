"""A 60 s 1080p 30 fps clip with 5 people, checked by Clearpost's video check and by the
naive way (face_recognition on one frame a second), in the same run: time to a verdict
and people recall (the share of the 5 people found, each once).

The clip is made here from ../shared/fixtures faces (tests/video/video_clips.py): five
adults, one walking across, one leaving and coming back, one seen for 4 s only, two
standing. A person is "found" when a result's face (ours: a track's best frame; naive:
a cluster of encodings within face_recognition's 0.6) is within 0.6 of the person's own
face as pasted; a second result for the same person is a duplicate.

With --handheld the clip is filmed as from a hand-held phone over a textured room (a sway
of up to 60 px and a tremble of 4 px at 1080p, a few px a frame), so the whole picture
moves between samples; --no-naive skips face_recognition (a minute of both cores).

    python bench/video_check.py [--seconds 60] [--height 1080] [--fps 30] [--handheld]
"""

import argparse
import multiprocessing
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "video")]

PEOPLE = ("obama", "biden", "alex", "kit", "rose")


def build(seconds: float, height: int, fps: int, handheld: bool = False) -> bytes:
    import math

    from video_clips import Actor, Clip, moving

    width = height * 16 // 9
    head = height // 6  # a head of 180 px at 1080p: a class filmed from across the room
    actors = [
        Actor("obama", head, moving(0.1, 0.45, 0.9, 0.45, seconds)),
        Actor("biden", head, lambda t: (0.3, 0.75), end=seconds * 0.3),
        Actor("biden", head, lambda t: (0.3, 0.75), start=seconds * 0.6),
        Actor("alex", head, lambda t: (0.55, 0.2), start=seconds * 0.5,
              end=seconds * 0.5 + 4),
        Actor("kit", head * 2 // 3, lambda t: (0.75, 0.75)),
        Actor("rose", head, lambda t: (0.9, 0.2)),
    ]  # fmt: skip
    # No sensor noise, the bit rate of a phone (~15 Mbit/s): a noisy ground made a 60 Mbit/s
    # clip, four times what a phone writes, and slow to make and to decode.
    shake = None
    if handheld:
        k = height / 1080

        def shake(t):
            turn = 2 * math.pi * t
            return (k * (60 * math.sin(turn / 6) + 4 * math.sin(turn * 3.7)),
                    k * (24 * math.sin(turn / 5) + 4 * math.cos(turn * 2.9)))  # fmt: skip

    return Clip(seconds=seconds, fps=fps, size=(width, height), actors=actors, noise=False,
                crf="23", shake=shake, backdrop=handheld).render()  # fmt: skip


def references() -> dict:
    """Each person's encoding, from the face as pasted into the clip."""
    from video_clips import person

    from clearpost.detect.image.faces import shared_engine

    engine = shared_engine()
    out = {}
    for name in PEOPLE:
        image = person(name)
        out[name] = engine.encode(image, engine.detect(image)[0])
    return out


def recall(encodings: list, refs: dict) -> tuple[float, int]:
    """(share of the people found, results that are a second result for someone)."""
    found, duplicates = set(), 0
    for e in encodings:
        if e is None:
            continue
        name, d = min(((n, float(np.linalg.norm(e - r))) for n, r in refs.items()),
                      key=lambda p: p[1])  # fmt: skip
        if d <= 0.6:
            duplicates += name in found
            found.add(name)
    return len(found) / len(refs), duplicates


def ours(data: bytes) -> tuple[float, float, dict, list]:
    """(seconds to the verdict, CPU seconds of the process meanwhile, the answer, each
    person's best-frame encoding)."""
    from clearpost.checks.post import CheckRequest
    from clearpost.checks.video import tracks
    from clearpost.services import Services

    people = []
    original = tracks.Tracker.people

    def kept(self):  # the bench reads the tracks' encodings; the check never sends them
        out = original(self)
        people.extend(p.best.encoding for p in out)
        return out

    with tempfile.TemporaryDirectory() as tmp:
        svc = Services(Path(tmp))
        svc.checker.warm()
        tracks.Tracker.people = kept
        try:
            start, cpu = time.perf_counter(), time.process_time()
            answer = svc.checker.check(CheckRequest(images=[data]), "bench")
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        finally:
            tracks.Tracker.people = original
            svc.close()
    return seconds, cpu, answer, people


def naive(data: bytes, refs: dict) -> tuple[float, float, float, int]:
    """face_recognition (HOG + dlib encoder) on one frame a second, encodings clustered."""
    import io

    import av
    import face_recognition

    start, cpu = time.perf_counter(), time.process_time()
    clusters = []
    with av.open(io.BytesIO(data)) as clip:
        next_t = 0.0
        for frame in clip.decode(video=0):
            if frame.time < next_t:
                continue
            next_t += 1.0
            rgb = frame.to_ndarray(format="rgb24")
            boxes = face_recognition.face_locations(rgb)
            for e in face_recognition.face_encodings(rgb, boxes):
                for c in clusters:
                    if np.linalg.norm(c[0] - e) <= 0.6:
                        break
                else:
                    clusters.append([e])
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    share, dup = recall([c[0] for c in clusters], refs)
    return seconds, cpu, share, dup


def _load() -> str:
    return Path("/proc/loadavg").read_text().split()[0]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--height", type=int, default=1080)
    parser.add_argument("--fps", type=int, default=30)
    parser.add_argument(
        "--runs", type=int, default=1, help="checks of the clip (the machine is shared: times vary)"
    )
    parser.add_argument("--handheld", action="store_true", help="a hand-held phone's clip")
    parser.add_argument("--no-naive", action="store_true", help="skip face_recognition")
    args = parser.parse_args(argv)
    # As `clearpost serve` runs: NumPy's BLAS on one thread, set before any thread starts
    # (serving/blas_threads.py). With two, the face encoder's products spin on both cores
    # and, beside other busy programs, a check took 2-4x longer (the encoder alone 17x).
    from clearpost.serving.blas_threads import one_blas_thread

    one_blas_thread()
    how = "hand-held" if args.handheld else "tripod"
    print(f"== video: {args.seconds:.0f} s, {args.height}p, {args.fps} fps, 5 people, {how}")
    start = time.perf_counter()
    # Made in a process of its own: the check's process holds only what the service would.
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        data = pool.submit(build, args.seconds, args.height, args.fps, args.handheld).result()
    print(f"made the clip ({len(data) / 1e6:.1f} MB) in {time.perf_counter() - start:.0f} s")
    refs = references()
    for _ in range(args.runs):
        seconds, cpu, answer, encodings = ours(data)
        clip = answer["videos"][0]
        share, dup = recall(encodings, refs)
        passes = clip["face_passes"]
        print(f"clearpost video check          {seconds:7.1f} s ({cpu:.1f} s CPU)  people "
              f"{len(encodings)} found, recall {share:.2f}, duplicates {dup}; "
              f"{clip['frames_decoded']} frames decoded, {clip['samples']} looked at; "
              f"detector: {passes['full']} full passes, {passes['regions']} region passes, "
              f"{passes['unchanged']} samples unchanged, {passes.get('moved', 0)} "
              f"compared after the camera's move; load {_load()}")  # fmt: skip
    if args.no_naive:
        return 0
    n_seconds, n_cpu, n_share, n_dup = naive(data, refs)
    print(f"face_recognition at 1 fps      {n_seconds:7.1f} s ({n_cpu:.1f} s CPU)  recall "
          f"{n_share:.2f}, duplicates {n_dup}  ({n_seconds / seconds:.1f}x our time, "
          f"{n_cpu / cpu:.1f}x our CPU)")  # fmt: skip
    print(f"load average {_load()} (2 cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
