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
import warnings

from PIL import Image, IptcImagePlugin

from .metadata_fields import BASE_TAGS, EXIF_TAGS, IPTC_DATASETS, PNG_TEXT_KEYS
from .metadata_items import Budget, MetadataItem, field_item, gps_item, unread
from .metadata_xmp import MAX_XMP_BYTES, from_xmp, xmp_packets_in

METADATA_SECONDS = 1.0  # the whole file's metadata (metadata_xmp.py: real photos take 1-20 ms)

GPS_IFD, EXIF_IFD = 0x8825, 0x8769

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
            items.append(unread(f"an XMP packet of {len(packet) // 1024:,} KB"))
            continue
        if budget.spent():
            items.append(unread("more metadata than can be read in time"))
            break
        items += from_xmp(packet, budget)
    return _unique(items)


def _unique(items: list[MetadataItem]) -> list[MetadataItem]:
    """One item per (kind, description): EXIF and XMP often repeat each other."""
    seen, out = set(), []
    for item in items:
        if (item.kind, item.description) not in seen:
            seen.add((item.kind, item.description))
            out.append(item)
    return out


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
    if lat is not None and lon is not None and (item := gps_item(lat, lon, "EXIF")):
        items.append(item)
    for tags, ifd in ((BASE_TAGS, exif), (EXIF_TAGS, exif.get_ifd(EXIF_IFD))):
        for tag, (kind, label) in tags.items():
            value = _text(ifd.get(tag))
            if value:
                items.append(field_item(kind, label, value, "EXIF"))
    return items


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
            items.append(field_item(kind, label, text, "IPTC"))
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
            items.append(field_item(kind, label, value, "PNG text"))
    comment = img.info.get("comment")
    if comment:
        text = _text(comment)
        if text and not SOFTWARE_COMMENT_RE.match(text):
            items.append(field_item("caption", "Comment", text, "JPEG comment"))
    return items
