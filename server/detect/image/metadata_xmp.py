"""XMP packets in an image file: found anywhere in its bytes (metadata.py reads the other
formats), parsed without a DTD, and the personal properties listed, linear in their size."""

import xml.etree.ElementTree as ET

from .metadata_fields import NS, XMP_PROPERTIES, _value_text, _xmp_coord, _xmp_named
from .metadata_items import Budget, MetadataItem, field_item, gps_item, unread

XMP_OPEN, XMP_CLOSE = b"<x:xmpmeta", b"</x:xmpmeta>"
# Bounds on outside bytes. A JPEG's XMP is at most 64 KB (one APP1 segment) and a camera's
# or editor's packet a few KB; 1 MB and 8 packets are far past any real file. The time
# budget (metadata.py) is for the whole file's metadata: real photos take 1-20 ms (a 256 KB
# hostile run of "<x:xmpmeta " took 35 s with the regular expression this scan replaced).
MAX_XMP_BYTES = 1024 * 1024
MAX_XMP_PACKETS = 8
MAX_XMP_ELEMENTS = 20_000


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


def from_xmp(packet: bytes, budget: Budget) -> list[MetadataItem]:
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
            items.append(unread(f"an XMP packet of {len(packet) // 1024:,} KB"))
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
            items.append(field_item(kind, label, value, "XMP"))
    if lat is not None and lon is not None and (item := gps_item(lat, lon, "XMP")):
        items.insert(0, item)
    return items
