"""Bounded coverage-guided fuzzing (atheris) of the parsers of photo bytes: `make fuzz`.

Each target feeds libFuzzer's inputs to the very functions the service runs on a photo,
with the Python code of Pillow and Clearpost instrumented for coverage:
- images:   load_image (server/detect/images.py), then pixel_count and the cleaned copy
            (image_fixes.clean_image, which reads the ICC profile again): an image or
            ImageRejected;
- metadata: find_metadata (server/detect/image/metadata.py): EXIF, IPTC, PNG text, JPEG
            comments and XMP (the raw scan and the defused XML parser): always a list;
- icc:      the ICC profile conversion of the cleaned copy (image_fixes._in_srgb): any
            profile bytes give an RGB image.

A crash is any other exception, a hang past --timeout seconds, or memory past --rss-mb:
libFuzzer writes the input to the artifacts folder (printed), and it becomes a regression
test in tests/test_fuzz_regressions.py with its bytes built in the test. The seeds are
real files made here (JPEG, PNG, WebP, GIF with EXIF, XMP and ICC profiles), not kept in
the repository. Exit 1 when any target crashed.
"""

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGETS = ("images", "metadata", "icc")
HERE = Path(__file__).resolve()
# Larger pictures are the pixel budget's (the check refuses a post over it before decoding:
# tests/test_pixel_budget.py); here they would only make each input slow.
FUZZ_MAX_PIXELS = 4_000_000

XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
    b'22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" '
    b'xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" '
    b'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    b'exif:GPSLatitude="53,28.5N" exif:GPSLongitude="2,14.6W"><Iptc4xmpExt:PersonInImage>'
    b"<rdf:Bag><rdf:li>Ivy Marsh</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>"
    b'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Sports day</rdf:li></rdf:Alt>'
    b"</dc:description></rdf:Description></rdf:RDF></x:xmpmeta>"
)


def profiles() -> list[bytes]:
    from PIL import ImageCms

    return [ImageCms.ImageCmsProfile(ImageCms.createProfile(p)).tobytes()
            for p in ("sRGB", "LAB", "XYZ")]  # fmt: skip


def seeds() -> list[bytes]:
    """Small real files of every format the service reads, with the metadata it reads."""
    from PIL import Image, PngImagePlugin

    out = []
    icc = profiles()
    for fmt in ("JPEG", "PNG", "WEBP", "GIF"):
        for meta in (False, True):
            img = Image.new("RGB", (24, 16), (200, 40, 40))
            extra = {}
            if meta and fmt != "GIF":
                exif = Image.Exif()
                exif[0x010E] = "Ivy Marsh on sports day"  # ImageDescription
                exif[0x013B] = "Jo Green"  # Artist
                exif[0x8825] = {1: "N", 2: (53.0, 28.0, 30.0), 3: "W", 4: (2.0, 14.0, 36.0)}
                extra = {"exif": exif.tobytes(), "xmp": XMP, "icc_profile": icc[0]}
                if fmt == "PNG":
                    text = PngImagePlugin.PngInfo()
                    text.add_text("Author", "Jo Green")
                    text.add_itxt("XML:com.adobe.xmp", XMP.decode())
                    extra["pnginfo"] = text
            if meta and fmt == "GIF":
                extra = {"comment": b"Ivy Marsh"}
            buf = io.BytesIO()
            img.save(buf, fmt, **extra)
            out.append(buf.getvalue())
    out.append(out[1] + XMP)  # XMP after the pixels, where only the raw scan looks
    return out + icc


# -- the targets: one input each; any exception that escapes is a crash ---------------------


def target_images(data: bytes) -> None:
    from clearpost.checks.image_fixes import clean_image
    from clearpost.detect.images import ImageRejected, load_image, pixel_count

    if pixel_count(data) > FUZZ_MAX_PIXELS:
        return
    try:
        image = load_image(data)
    except ImageRejected:
        return
    assert image.mode == "RGB"
    cleaned = clean_image(data, image, [(0, 0, 4, 4)], [(1, 1, 2, 2)])
    assert load_image(cleaned).size == image.size  # the cleaned copy is a readable image


def target_metadata(data: bytes) -> None:
    from clearpost.detect.image.metadata import MetadataItem, find_metadata
    from clearpost.detect.images import pixel_count

    if pixel_count(data) > FUZZ_MAX_PIXELS:
        return  # a PNG's chunks after the pixels are read by decoding them: the budget's
    items = find_metadata(data)
    assert isinstance(items, list) and all(isinstance(i, MetadataItem) for i in items)


_small = None


def target_icc(data: bytes) -> None:
    global _small
    from PIL import Image

    from clearpost.checks.image_fixes import _in_srgb

    if _small is None:
        _small = Image.new("RGB", (8, 8), (10, 200, 30))
    converted = _in_srgb(_small, data)
    assert converted.mode == "RGB" and converted.size == _small.size


def fuzz_one(name: str, seconds: int, corpus: Path, artifacts: Path, timeout: int, rss_mb: int):
    """In this process: instrument, then run libFuzzer on one target until `seconds`."""
    import warnings

    import atheris

    # Pillow warns on damaged EXIF and reads on; in the service a warning is a log line.
    warnings.simplefilter("ignore")
    with atheris.instrument_imports(include=["PIL", "clearpost"]):
        import PIL.GifImagePlugin  # noqa: F401 - the plugins the service opens, instrumented
        import PIL.ImageCms  # noqa: F401
        import PIL.JpegImagePlugin  # noqa: F401
        import PIL.PngImagePlugin  # noqa: F401
        import PIL.WebPImagePlugin  # noqa: F401

        import clearpost.checks.image_fixes  # noqa: F401
        import clearpost.detect.image.metadata  # noqa: F401
        import clearpost.detect.images  # noqa: F401
    target = globals()[f"target_{name}"]
    argv = [
        sys.argv[0], str(corpus), f"-max_total_time={seconds}", f"-timeout={timeout}",
        f"-rss_limit_mb={rss_mb}", f"-artifact_prefix={artifacts}/{name}-",
        "-max_len=65536", "-print_final_stats=1",
    ]  # fmt: skip
    atheris.Setup(argv, target)
    atheris.Fuzz()


def main(argv=None) -> int:
    p = argparse.ArgumentParser(
        description="Fuzz the service's image decoding and metadata parsing with atheris, "
        "each target for a bounded time; exit 1 when any crashed.",
    )
    p.add_argument("--seconds", type=int, default=60, help="time per target (60)")
    p.add_argument(
        "--target",
        action="append",
        choices=TARGETS,
        help="a target to run (repeatable; default all: images, metadata, icc)",
    )
    p.add_argument(
        "--timeout",
        type=int,
        default=10,
        help="seconds one input may take before it counts as a hang (10)",
    )
    p.add_argument(
        "--rss-mb",
        type=int,
        default=3072,
        help="memory past which an input counts as a crash (3072)",
    )
    p.add_argument(
        "--artifacts",
        type=Path,
        default=None,
        help="where crashing inputs are written (default: a new temporary folder)",
    )
    p.add_argument("--one", choices=TARGETS, help=argparse.SUPPRESS)  # the child process
    p.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.one:
        fuzz_one(args.one, args.seconds, args.corpus, args.artifacts, args.timeout, args.rss_mb)
        return 0
    try:
        import atheris  # noqa: F401
    except ImportError:
        print("atheris is not installed: `make install` installs the dev extras with it.")
        return 2
    artifacts = args.artifacts or Path(tempfile.mkdtemp(prefix="clearpost-fuzz-"))
    artifacts.mkdir(parents=True, exist_ok=True)
    crashed = []
    for name in args.target or TARGETS:
        corpus = Path(tempfile.mkdtemp(prefix=f"clearpost-fuzz-{name}-"))
        for i, seed in enumerate(seeds()):
            (corpus / f"seed-{i}").write_bytes(seed)
        before = set(artifacts.iterdir())
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, str(HERE), "--one", name, "--seconds", str(args.seconds),
             "--corpus", str(corpus), "--artifacts", str(artifacts),
             "--timeout", str(args.timeout), "--rss-mb", str(args.rss_mb)],
            capture_output=True, text=True, env={**os.environ, "PYTHONWARNINGS": "ignore"},
        )  # fmt: skip
        found = sorted(set(artifacts.iterdir()) - before)
        stats = dict(
            line.removeprefix("stat::").split(":", 1)
            for line in done.stderr.splitlines()
            if line.startswith("stat::")
        )
        stats = {k.strip(): v.strip() for k, v in stats.items()}
        status = "ok" if done.returncode == 0 and not found else "CRASHED"
        print(f"{name:9} {status:8} {stats.get('number_of_executed_units', '?'):>8} inputs in "
              f"{time.monotonic() - started:5.0f} s, corpus {len(list(corpus.iterdir()))} files, "
              f"slowest input {stats.get('slowest_unit_time_sec', '?')} s, "
              f"peak {stats.get('peak_rss_mb', '?')} MB", flush=True)  # fmt: skip
        if status != "ok":
            crashed.append(name)
            # The traceback and libFuzzer's report, without its progress lines; lines cut
            # (the input is also printed as bytes).
            report = [line[:200] for line in (done.stdout + done.stderr).splitlines()
                      if not line.startswith(("INFO", "#", "WARNING: Failed to find"))]  # fmt: skip
            tail = report[-30:]
            print("\n".join(tail[-30:]))
            for path in found:
                print(f"  input: {path} ({path.stat().st_size} bytes)")
    print(f"crashing inputs (if any) are in {artifacts}")
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
