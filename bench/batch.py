"""Batch throughput: photos per minute for a folder of phone-sized photos.

`clearpost batch` (one process, shared models, every check on) against the
face_recognition project's own command line, `face_recognition KNOWN UNKNOWN
--cpus -1` (HOG detection, encodings, compare; nothing else), on the same photos
and the same two enrolled people, in the same run.

    .venv/bin/python bench/batch.py [--count 200] [--workers 1] [--skip-fr] [--cluster 2]

`--cluster N` also runs the batch on a Dask LocalCluster of N worker processes (the
`--scheduler` path of server/runs/cluster.py; each worker loads its models first, outside
the timing), to show what the cluster costs or gains on one machine.

The photos are the fixture photos of ../shared/fixtures/faces/fr scaled to about
12 MP (a phone's), JPEG quality 90. 200 photos take some 6 minutes for Clearpost alone.
"""

import argparse
import itertools
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

from clearpost.detect.images import load_image
from clearpost.detect.text.upn import check_letter
from clearpost.register.enrol import enrol_photos
from clearpost.register.mis_import import parse_pupils
from clearpost.runs import batch as batching
from clearpost.services import Services

FR = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures" / "faces" / "fr"
KNOWN = {"obama": "examples/obama.jpg", "biden": "examples/biden.jpg"}
SOURCES = [
    "examples/obama2.jpg", "examples/two_people.jpg", "tests/test_images/biden.jpg",
    "examples/alex-lacamoire.png", "examples/lin-manuel-miranda.png", "examples/obama-1080p.jpg",
    "knn_examples/test/obama_and_biden.jpg", "tests/test_images/obama3.jpg",
]  # fmt: skip
MEGAPIXELS = 12e6


def make_photos(folder: Path, count: int) -> None:
    """`count` JPEGs of about 12 MP, cycling through the fixture photos."""
    scaled = []
    for relative in SOURCES:
        path = FR / relative
        if path.exists():
            image = load_image(path.read_bytes())
            factor = (MEGAPIXELS / (image.width * image.height)) ** 0.5
            size = (round(image.width * factor), round(image.height * factor))
            scaled.append(image.resize(size, Image.Resampling.LANCZOS))
    for number, image in zip(range(count), itertools.cycle(scaled)):
        image.save(folder / f"IMG_{number:04d}.jpg", "JPEG", quality=90)
        if (number + 1) % 20 == 0 or number + 1 == count:
            print(f"  made {number + 1}/{count} photos", flush=True)


def enrol(svc: Services, known: Path) -> None:
    lines = ["upn,forename,surname,consent_social_media,biometric_consent"]
    upns = {}
    for serial, name in enumerate(KNOWN, start=1):
        body = f"801200046{serial:03d}"
        upns[name] = check_letter(body) + body
        lines.append(f"{upns[name]},{name.title()},Pupil,{'yes' if serial == 1 else 'no'},yes")
    svc.register.apply_import(parse_pupils(("\n".join(lines) + "\n").encode()), "bench")
    for name, relative in KNOWN.items():
        data = (FR / relative).read_bytes()
        enrol_photos(svc.register, svc.faces, upns[name], [(f"{name}.jpg", data)], "bench")
        (known / f"{name}.jpg").write_bytes(data)  # the same people, for face_recognition


def clearpost(svc: Services, folder: Path, count: int, workers: int, scheduler=None) -> float:
    svc.checker.warm()  # model loading is not part of the rate (it happens once per run)
    plan = batching.prepare(svc, folder, workers=workers, scheduler=scheduler)
    done = [0]

    def progress(_row):
        done[0] += 1
        if done[0] % 10 == 0 or done[0] == count:
            rate = done[0] / (time.perf_counter() - start) * 60
            print(f"  clearpost: {done[0]}/{count} ({rate:.1f}/min)", flush=True)

    start = time.perf_counter()
    outcome = batching.execute(plan, on_result=progress, actor="bench")
    seconds = time.perf_counter() - start
    counts = dict(outcome.counts)
    print(f"  clearpost verdicts: {counts}")
    return seconds


def on_a_local_cluster(svc: Services, folder: Path, count: int, workers: int) -> float | None:
    """The same batch through --scheduler, on `workers` local worker processes."""
    if not workers:
        return None
    from distributed import Client, LocalCluster

    from clearpost.runs import cluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as local:  # fmt: skip
        with Client(local) as client:
            client.run(cluster.warm_worker, str(svc.home))  # models, before the clock starts
        return clearpost(svc, folder, count, 1, scheduler=local.scheduler_address)


def face_recognition_cli(known: Path, folder: Path, count: int) -> float | None:
    command = Path(sys.executable).with_name("face_recognition")
    if not command.exists():
        print("  face_recognition's command line is not installed: skipped")
        return None
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}  # its model package imports pkg_resources
    start = time.perf_counter()
    proc = subprocess.run(
        [str(command), "--cpus", "-1", str(known), str(folder)],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        print(f"  face_recognition failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
        return None
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    people = sorted({line.rsplit(",", 1)[-1] for line in lines})
    print(f"  face_recognition: {len(lines)} result lines for {count} photos ({', '.join(people)})")
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="photos (default 200)")
    parser.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="clearpost batch --workers (default: cores, as the CLI)",
    )
    parser.add_argument("--skip-fr", action="store_true", help="do not run face_recognition")
    parser.add_argument("--cluster", type=int, default=0,
                        help="also on a Dask LocalCluster of this many workers")  # fmt: skip
    args = parser.parse_args(argv)
    if not FR.exists():
        print(f"skipped: {FR} not found (../shared beside the checkout)")
        return 0
    print(f"== batch: {args.count} photos of ~12 MP, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        folder, known = tmp / "photos", tmp / "known"
        folder.mkdir()
        known.mkdir()
        make_photos(folder, args.count)
        svc = Services(tmp / "data")
        enrol(svc, known)
        ours = clearpost(svc, folder, args.count, args.workers)
        on_cluster = on_a_local_cluster(svc, folder, args.count, args.cluster)
        theirs = None if args.skip_fr else face_recognition_cli(known, folder, args.count)
        svc.close()
    print(f"\n  clearpost batch (--workers {args.workers}, every check on): "
          f"{args.count / ours * 60:6.1f} photos/min ({ours / args.count:.2f} s each)")  # fmt: skip
    if theirs:
        rate = args.count / theirs * 60
        print(f"  face_recognition --cpus -1 (faces only, incl. model loading): "
              f"{rate:6.1f} photos/min ({theirs / args.count:.2f} s each)")  # fmt: skip
    if on_cluster:
        print(f"  clearpost batch --scheduler (LocalCluster, {args.cluster} workers): "
              f"{args.count / on_cluster * 60:6.1f} photos/min "
              f"({on_cluster / args.count:.2f} s each)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
