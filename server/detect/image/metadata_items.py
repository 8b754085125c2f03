"""What metadata.py and metadata_xmp.py report: one item per personal thing found in a
file's metadata (kind, a short description, where it was read), and the time budget the
whole read of one file keeps to."""

import time
from dataclasses import dataclass

from ...vocab import FindingKind
from ..findings import Finding

MAX_VALUE = 40  # characters of a value quoted in a description


@dataclass
class MetadataItem:
    """One thing found in the file's metadata; it concerns the whole image (no box)."""

    # "gps" | "xmp_location" | "iptc_location" | "owner" | "person" | "caption" | "keywords"
    # | "unread" (metadata too large or too slow to read in full: it may hold any of them)
    kind: str
    description: str  # short, for people: "GPS position 53.40, -2.05"
    source: str  # "EXIF" | "XMP" | "IPTC" | "PNG text" | "JPEG comment"
    # The text itself for captions (the text detector may look for names in it).
    text: str | None = None

    def finding(self, image: int | None = None) -> Finding:
        """As a detector finding (kind "metadata"), for the policy to judge."""
        return Finding(
            kind=FindingKind.METADATA,
            entity=self.kind.upper(),
            score=1.0,
            image=image,
            detail={"description": self.description, "source": self.source},
        )


class Budget:
    """A deadline for reading one file's metadata."""

    def __init__(self, seconds: float):
        self.deadline = time.monotonic() + seconds

    def spent(self) -> bool:
        return time.monotonic() > self.deadline


def unread(what: str) -> MetadataItem:
    # Fail closed: what could not be read may hold a position or a name; stripping fixes it.
    return MetadataItem("unread", f"Metadata not read in full ({what})", "XMP")


def _quote(label: str, value: str) -> str:
    value = " ".join(value.split())
    if len(value) > MAX_VALUE:
        value = value[: MAX_VALUE - 1] + "…"
    return f"{label}: {value}"


def gps_item(lat: float, lon: float, source: str) -> MetadataItem | None:
    # (0, 0) is what some cameras write when they had no fix, not a place anyone was.
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None
    # Two decimals (about 1 km): enough to say what is there, never the exact spot.
    return MetadataItem("gps", f"GPS position {lat:.2f}, {lon:.2f}", source)


def field_item(kind: str, label: str, value: str, source: str) -> MetadataItem:
    # The words themselves, for the text check to look for names in, where they are words.
    text = value if kind in ("caption", "person", "keywords") else None
    return MetadataItem(kind, _quote(label, value), source, text)
