"""The photos and videos in a folder (recursively, sorted), and the other files with why they were
skipped: the one scan a run makes (its length is the run's progress total)."""

import os
from pathlib import Path

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".jpe", ".png", ".webp", ".heic", ".heif", ".gif"}
# Videos are checked beside the photos, in the same report (server/video/).
VIDEO_SUFFIXES = {".mp4", ".mov", ".m4v", ".webm"}


def scan(
    folder: Path, exclude=(), videos: bool = False
) -> tuple[list[Path], list[tuple[str, str]]]:
    """The photos under `folder` (recursively, sorted), with `videos` the videos too (a
    batch checks them, a face search searches them), and the other files, with why they were
    skipped; folders in `exclude` (the tool's own output folders) are not entered."""
    taken = PHOTO_SUFFIXES | VIDEO_SUFFIXES if videos else PHOTO_SUFFIXES
    what = "a photo or video" if videos else "a photo"
    root = Path(folder).resolve()
    excluded = {Path(e).resolve() for e in exclude}
    photos, skipped = [], []

    def unreadable(exc: OSError) -> None:
        skipped.append((rel(root, Path(exc.filename)), f"cannot open ({exc.strerror})"))

    for here, dirs, files in os.walk(root, onerror=unreadable):
        here = Path(here)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and here / d not in excluded)
        for name in sorted(files):
            path = here / name
            suffix = path.suffix.lower()
            if name.startswith("."):
                skipped.append((rel(root, path), "hidden file"))
            elif suffix in taken:
                photos.append(path)
            else:
                skipped.append((rel(root, path), f"not {what} ({suffix or 'no extension'})"))
    return photos, skipped


def rel(root: Path, path: Path) -> str:
    """`path` as the reports name it: relative to the folder run, with / between parts."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def file_key(root: Path, path: Path) -> list:
    """What says a photo is the one already checked: its path, size and modification time."""
    st = path.stat()
    return [rel(root, path), st.st_size, st.st_mtime_ns]


def key_or_none(root: Path, path: Path) -> list | None:
    try:
        return file_key(root, path)
    except OSError:  # a dangling link, or a file gone since the scan: checked again
        return None
