"""Where and whose: GPS positions, place names, people's names and captions in a photo's metadata.

A phone photo can carry the exact spot it was taken (often a pupil's home or the
school); cameras and photo software record their owner's name, captions, the names
of the people tagged in the picture and keywords. None of it shows on screen, all
of it goes out with the file. This module reads the ORIGINAL bytes (the RGB copy
`load_image` makes has no metadata) and lists what is personal; stripping it is
`image_fixes.clean_image` (which strips everything, technical fields and serial
numbers too), deciding is the policy's.

Personal, so listed: GPS, places, owner/artist/creator names and their contact
details, captions, titles and descriptions, people tagged in the picture (XMP face
regions, IPTC "person in image") and keywords. Technical, so not listed: software,
camera make and model, lens, exposure, serial numbers, and a comment that imaging
software wrote ("CREATOR: gd-jpeg v1.0 ...").

Read: EXIF (JPEG APP1, PNG eXIf or ImageMagick's raw-profile text, WebP EXIF,
HEIC via pillow-heif), XMP packets (anywhere in the file), IPTC IIM (JPEG APP13),
PNG text chunks and JPEG comments. Outside bytes: every read is bounded in size,
linear in the file's length, and the whole read has a time budget (a photo whose
metadata cannot be read in full within it is reported as such, never passed).
"""

import io
import re
import time
import warnings
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from PIL import Image, IptcImagePlugin

from ...vocab import FindingKind
from ..findings import Finding
from .metadata_fields import (
    BASE_TAGS,
    EXIF_TAGS,
    IPTC_DATASETS,
    NS,
    PNG_TEXT_KEYS,
    XMP_PROPERTIES,
    _value_text,
    _xmp_coord,
    _xmp_named,
)

MAX_VALUE = 40  # characters of a value quoted in a description

GPS_IFD, EXIF_IFD = 0x8825, 0x8769


XMP_OPEN, XMP_CLOSE = b"<x:xmpmeta", b"</x:xmpmeta>"
# Bounds on outside bytes. A JPEG's XMP is at most 64 KB (one APP1 segment) and a camera's
# or editor's packet a few KB; 1 MB and 8 packets are far past any real file. The time
# budget is for the whole file's metadata: real photos take 1-20 ms (a 256 KB hostile
# run of "<x:xmpmeta " took 35 s with the regular expression this scan replaced).
MAX_XMP_BYTES = 1024 * 1024
MAX_XMP_PACKETS = 8
MAX_XMP_ELEMENTS = 20_000
METADATA_SECONDS = 1.0
# A comment that imaging software writes into every file it saves: technical, not
# personal. Matched whole (after the software's name only a version, a quality setting or
# the platform), so "Created with GIMP by Jane Smith" is still read as a comment.
SOFTWARE_COMMENT_RE = re.compile(
    r"""^\s*(?:
        CREATOR:\ gd-jpeg\ v[\d.]+\ \(using\ IJG\ JPEG\ v\w+\),?\ ?
        (?:default\ quality|quality\ =\ \d+)?
      | (?:(?:created|made|edited|generated|written|saved|optimi[sz]ed|compressed|processed
            |encoded|exported|converted|file\ written)\ (?:with|by|using|in)\ (?:the\ )?)?
        (?:GIMP|Adobe\ Photoshop|Photoshop|ImageMagick|GraphicsMagick|Lavc|Lavf|libjpeg(?:-turbo)?
          |IJG\ JPEG|JPEGmini|jpeg-recompress|mozjpeg|Paint\.NET|Picasa|digiKam|Shotwell
          |Lightroom|Adobe\ Lightroom|Snapseed|darktable|RawTherapee|Affinity\ Photo|Canva
          |XnView|IrfanView|ACD\ ?See|ACD\ Systems\ Digital\ Imaging|LEAD\ Technologies\ Inc\.
          |Intel\(R\)\ JPEG\ Library|Handmade\ Software,\ Inc\.\ Image\ Alchemy|AppleMark
          |Ducky|Processed\ By\ eBay\ with\ ImageMagick|Microsoft\ Windows\ Photo\ Viewer
          |Windows\ Photo\ Editor|Google|Android|Pillow|PIL|Kodak|Xv\ version)
        (?![^\n]*\b(?:by|for|of|at)\b)  # "... by Jane Smith" is a person's, not software's
        [\s\w.,:;=()\[\]/|®™©\ufffd+-]*
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


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


def find_metadata(data: bytes) -> list[MetadataItem]:
    """Everything personal in the metadata of an image file, in the order found."""
    from ..images import DECODED_FORMATS, MAX_PIXELS, register_heif

    register_heif()
    budget = Budget(METADATA_SECONDS)
    items: list[MetadataItem] = []
    xmp_packets: list[bytes] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=DECODED_FORMATS) as img:
                # Reading a PNG's EXIF or text may decode its pixels (the chunks can follow
                # them): never for a picture past the size load_image accepts.
                if img.width * img.height > MAX_PIXELS:
                    raise ValueError("too large to read metadata from")
                items += _from_exif(img.getexif())
                items += _from_iptc(img)
                items += _from_info(img)
                for key in ("xmp", "XML:com.adobe.xmp"):
                    value = img.info.get(key)
                    if value:
                        xmp_packets.append(value.encode() if isinstance(value, str) else value)
    except Exception:  # noqa: BLE001 - a file Pillow cannot parse may still carry XMP
        pass
    # Raw scan too: XMP in places Pillow does not look (PNG text after the pixels).
    xmp_packets += xmp_packets_in(data)
    seen = set()
    for packet in xmp_packets:
        packet = packet.rstrip(b"\x00 ")
        if packet in seen:
            continue
        seen.add(packet)
        if len(packet) > MAX_XMP_BYTES:
            items.append(_unread(f"an XMP packet of {len(packet) // 1024:,} KB"))
            continue
        if budget.spent():
            items.append(_unread("more metadata than can be read in time"))
            break
        items += _from_xmp(packet, budget)
    return _unique(items)


class Budget:
    """A deadline for reading one file's metadata."""

    def __init__(self, seconds: float):
        self.deadline = time.monotonic() + seconds

    def spent(self) -> bool:
        return time.monotonic() > self.deadline


def _unread(what: str) -> MetadataItem:
    # Fail closed: what could not be read may hold a position or a name; stripping fixes it.
    return MetadataItem("unread", f"Metadata not read in full ({what})", "XMP")


def xmp_packets_in(data: bytes) -> list[bytes]:
    """The XMP packets (`<x:xmpmeta ...>...</x:xmpmeta>`) anywhere in `data`, at most
    MAX_XMP_PACKETS (a longer one is returned too, for the caller to refuse by its size).

    Linear in len(data): the closing tag found for one opening is reused for every later
    opening before it (the first closing after an opening is the same for all of them),
    and the scan goes on after that closing tag."""
    packets: list[bytes] = []
    pos, close = 0, -1
    while len(packets) < MAX_XMP_PACKETS:
        start = data.find(XMP_OPEN, pos)
        if start < 0:
            break
        after = data[start + len(XMP_OPEN) : start + len(XMP_OPEN) + 1]
        if after and (after.isalnum() or after in b"_-:."):
            pos = start + 1  # "<x:xmpmetadata": another tag
            continue
        if close < start:
            close = data.find(XMP_CLOSE, start)
        if close < 0:
            break  # no closing tag after this opening, so after none of the later ones
        end = close + len(XMP_CLOSE)
        packets.append(data[start:end])
        pos = end
    return packets


def _unique(items: list[MetadataItem]) -> list[MetadataItem]:
    """One item per (kind, description): EXIF and XMP often repeat each other."""
    seen, out = set(), []
    for item in items:
        if (item.kind, item.description) not in seen:
            seen.add((item.kind, item.description))
            out.append(item)
    return out


def _quote(label: str, value: str) -> str:
    value = " ".join(value.split())
    if len(value) > MAX_VALUE:
        value = value[: MAX_VALUE - 1] + "…"
    return f"{label}: {value}"


def _gps_item(lat: float, lon: float, source: str) -> MetadataItem | None:
    # (0, 0) is what some cameras write when they had no fix, not a place anyone was.
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None
    # Two decimals (about 1 km): enough to say what is there, never the exact spot.
    return MetadataItem("gps", f"GPS position {lat:.2f}, {lon:.2f}", source)


def _text(value) -> str:
    """An EXIF value as text: ASCII, UTF-16 (Windows XP tags) or UserComment's 8-byte prefix."""
    if isinstance(value, str):
        return value.strip("\x00 ").strip()
    if isinstance(value, tuple) and all(isinstance(v, int) for v in value):
        value = bytes(value)
    if isinstance(value, bytes):
        if value[:8] in (b"ASCII\x00\x00\x00", b"UNICODE\x00", b"\x00" * 8):
            codec = "utf-16" if value[:8] == b"UNICODE\x00" else "latin-1"
            return value[8:].decode(codec, "replace").strip("\x00 ").strip()
        if len(value) > 1 and len(value) % 2 == 0 and value[1::2].count(0) > len(value) // 4:
            return value.decode("utf-16-le", "replace").strip("\x00 ").strip()
        return value.decode("utf-8", "replace").strip("\x00 ").strip()
    return ""


def _from_exif(exif: Image.Exif) -> list[MetadataItem]:
    items = []
    gps = exif.get_ifd(GPS_IFD)
    lat = _dms(gps.get(2), gps.get(1))
    lon = _dms(gps.get(4), gps.get(3))
    if lat is not None and lon is not None and (item := _gps_item(lat, lon, "EXIF")):
        items.append(item)
    for tags, ifd in ((BASE_TAGS, exif), (EXIF_TAGS, exif.get_ifd(EXIF_IFD))):
        for tag, (kind, label) in tags.items():
            value = _text(ifd.get(tag))
            if value:
                items.append(_item(kind, label, value, "EXIF"))
    return items


def _item(kind: str, label: str, value: str, source: str) -> MetadataItem:
    # The words themselves, for the text check to look for names in, where they are words.
    text = value if kind in ("caption", "person", "keywords") else None
    return MetadataItem(kind, _quote(label, value), source, text)


def _dms(value, ref) -> float | None:
    """Degrees, minutes, seconds (three rationals) and N/S/E/W to signed decimal degrees."""
    try:
        d, m, s = (float(v) for v in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if d != d or m != m or s != s:  # NaN from a 0/0 rational
        return None
    degrees = d + m / 60 + s / 3600
    ref = _text(ref).upper() if ref is not None else ""
    return -degrees if ref in ("S", "W") else degrees


def _from_iptc(img: Image.Image) -> list[MetadataItem]:
    try:
        iptc = IptcImagePlugin.getiptcinfo(img) or {}
    except Exception:  # noqa: BLE001 - malformed IPTC: nothing read from it
        return []
    items = []
    for key, (kind, label) in IPTC_DATASETS.items():
        values = iptc.get(key)
        texts = [_text(v) for v in (values if isinstance(values, list) else [values]) if v]
        texts = [t for t in texts if t]
        if kind == "keywords" and texts:
            texts = [", ".join(texts)]  # one item for the list, as XMP's bag of keywords
        for text in texts:
            items.append(_item(kind, label, text, "IPTC"))
    return items


def _from_info(img: Image.Image) -> list[MetadataItem]:
    """PNG text chunks (tEXt, zTXt, iTXt) and JPEG comments."""
    items = []
    texts = getattr(img, "text", None) if img.format == "PNG" else None
    for key, value in (texts or {}).items():
        if key.lower() in PNG_TEXT_KEYS and isinstance(value, str) and value.strip():
            if key.lower() == "comment" and SOFTWARE_COMMENT_RE.match(value):
                continue
            kind, label = PNG_TEXT_KEYS[key.lower()]
            items.append(_item(kind, label, value, "PNG text"))
    comment = img.info.get("comment")
    if comment:
        text = _text(comment)
        if text and not SOFTWARE_COMMENT_RE.match(text):
            items.append(_item("caption", "Comment", text, "JPEG comment"))
    return items


def _from_xmp(packet: bytes, budget: Budget) -> list[MetadataItem]:
    # XMP never needs a DTD; refusing one rules out entity-expansion tricks.
    if b"<!DOCTYPE" in packet or b"<!ENTITY" in packet:
        return []
    try:
        root = ET.fromstring(packet)
    except ET.ParseError:
        return []
    names = {f"{{{uri}}}": prefix for prefix, uri in NS.items()}
    values: list[tuple[str, str, str]] = []  # (prefix, local name, value)
    items = []
    # Each element is visited once and its value read from itself and its direct array
    # items only (never its whole subtree), so the work is linear in the packet's size.
    for count, element in enumerate(root.iter()):
        if count >= MAX_XMP_ELEMENTS or (count % 256 == 0 and budget.spent()):
            items.append(_unread(f"an XMP packet of {len(packet) // 1024:,} KB"))
            break
        for attr, value in element.attrib.items():
            values += _xmp_named(names, attr, value)
        if isinstance(element.tag, str) and _xmp_named(names, element.tag, "-"):
            text = _value_text(element)
            if text:
                values += _xmp_named(names, element.tag, text)
    lat = lon = None
    for prefix, local, value in values:
        if (prefix, local) == ("exif", "GPSLatitude"):
            lat = _xmp_coord(value)
        elif (prefix, local) == ("exif", "GPSLongitude"):
            lon = _xmp_coord(value)
        elif (prefix, local) in XMP_PROPERTIES:
            kind, label = XMP_PROPERTIES[(prefix, local)]
            items.append(_item(kind, label, value, "XMP"))
    if lat is not None and lon is not None and (item := _gps_item(lat, lon, "XMP")):
        items.insert(0, item)
    return items
