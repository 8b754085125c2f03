"""Copies of the photos a batch checked: a cleaned copy of each photo that can be made
safe (`--fix`), and copies sorted into ok/, check/ and blocked/ (`--sort`). The originals
are never changed or moved."""

import base64
import os
from collections import Counter
from pathlib import Path

from ..detect.images import MAX_BYTES
from ..vocab import UNCHECKED, FindingKind, Severity, Verdict
from .folders import FileRefused, read_photo

# Findings a cleaned copy deals with: faces are blurred, names and other writing in the
# picture covered, metadata stripped. Any other block (none today for a photo alone,
# but a school can raise a rule to block) means the photo cannot be made safe.
FIXED_BY_CLEANING = {FindingKind.FACE, FindingKind.IMAGE_TEXT, FindingKind.METADATA}
SORT_FOLDERS = {Verdict.ALLOW: "ok", Verdict.WARN: "check", Verdict.BLOCK: "blocked",
                UNCHECKED: "check"}  # fmt: skip


def write_fix(result: dict, fix_dir: Path, rel: str) -> dict:
    """Write the cleaned copy when it makes the photo safe, else say why it cannot."""
    left = [f for f in result["findings"]
            if f["severity"] == Severity.BLOCK and f["kind"] not in FIXED_BY_CLEANING]  # fmt: skip
    if left:
        why = [f.get("reason") or f["rule"] for f in left]
        return {"status": "cannot", "why": why}
    if not result["fixes"].get("images"):
        if result["fixes"].get("videos"):
            return _write_video_fix(result["fixes"]["videos"][0], fix_dir, rel)
        return {"status": "cannot", "why": ["Clearpost cannot make a clean copy of this file."]}
    cleaned = result["fixes"]["images"][0]
    suffix = ".png" if cleaned["content_type"] == "image/png" else ".jpg"
    original = Path(rel)
    same = original.suffix.lower() in ((".png",) if suffix == ".png" else (".jpg", ".jpeg", ".jpe"))
    # A HEIC becomes a JPEG: keep its old extension in the name, so "a.heic" and "a.jpg"
    # in one folder do not overwrite each other.
    target = original if same else original.with_name(
        f"{original.stem}-{original.suffix.lstrip('.').lower()}{suffix}")  # fmt: skip
    out = fix_dir / target
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(base64.b64decode(cleaned["data"]))
    return {"status": "cleaned", "to": target.as_posix(), "blurred": cleaned["blurred"],
            "covered": cleaned["covered"]}  # fmt: skip


def _write_video_fix(cleaned: dict, fix_dir: Path, rel: str) -> dict:
    """The video's clean copy: an MP4 beside where the clip was, '-clean.mp4' when the
    original was not an MP4 (a .mov and its copy do not overwrite each other)."""
    original = Path(rel)
    target = original if original.suffix.lower() == ".mp4" else original.with_name(
        f"{original.stem}-{original.suffix.lstrip('.').lower()}.mp4")  # fmt: skip
    out = fix_dir / target
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(base64.b64decode(cleaned["data"]))
    return {"status": "cleaned", "to": target.as_posix(), "blurred": cleaned["blurred"],
            "covered": 0}  # fmt: skip


def sort_copies(root: Path, results: list[dict], sort_dir: Path, home: Path) -> Counter:
    """Copy (never move) each photo into ok/, check/ or blocked/ under `sort_dir`, keeping
    its subfolders; a photo that could not be checked goes to check/. The copy is made
    from what `read_photo` reads (never shutil.copy, which follows links anywhere)."""
    moved = Counter()
    for r in results:
        folder = SORT_FOLDERS[r["verdict"]]
        target = Path(sort_dir) / folder / r["path"]
        try:
            data, st = read_photo(Path(root) / r["path"], root, home, MAX_BYTES)
        except FileRefused as exc:
            r["sorted_to"] = f"not copied ({exc})"
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            target.unlink(missing_ok=True)  # a link left there is replaced, not written through
            with open(target, "xb") as fh:
                fh.write(data)
            os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))
        except OSError as exc:
            r["sorted_to"] = f"not copied ({exc.strerror})"
            continue
        r["sorted_to"] = f"{folder}/{r['path']}"
        moved[folder] += 1
    return moved
