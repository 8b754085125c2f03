"""Which metadata fields say something personal, by format (EXIF, XMP, IPTC, PNG text), and
reading an XMP element's value: the tables metadata.py walks a file's metadata with."""

import re
import xml.etree.ElementTree as ET

# Base IFD and Exif IFD tags (EXIF 2.32), with the kind each is reported as.
BASE_TAGS = {
    0x013B: ("owner", "Artist"),
    0x8298: ("owner", "Copyright"),
    0x9C9D: ("owner", "Author (Windows)"),
    0x010E: ("caption", "Image description"),
    0x9C9B: ("caption", "Title (Windows)"),
    0x9C9C: ("caption", "Comment (Windows)"),
    0x9C9F: ("caption", "Subject (Windows)"),
    0x9C9E: ("keywords", "Keywords (Windows)"),
}


# Not here on purpose (technical, not personal): Make, Model, Software, LensMake, LensModel,
# exposure, and the body and lens serial numbers (0xA431, 0xA435). The clean copy drops them.
EXIF_TAGS = {
    0xA430: ("owner", "Camera owner"),
    0x9286: ("caption", "User comment"),
}


NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "exif": "http://ns.adobe.com/exif/1.0/",
    "exifEX": "http://cipa.jp/exif/1.0/",
    "aux": "http://ns.adobe.com/exif/1.0/aux/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
    "Iptc4xmpExt": "http://iptc.org/std/Iptc4xmpExt/2008-02-29/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "tiff": "http://ns.adobe.com/tiff/1.0/",
    "lr": "http://ns.adobe.com/lightroom/1.0/",
    "mwg-rs": "http://www.metadataworkinggroup.com/schemas/regions/",
    "MPReg": "http://ns.microsoft.com/photo/1.2/t/Region#",
}


# XMP properties, by (namespace prefix, local name).
XMP_PROPERTIES = {
    ("photoshop", "City"): ("xmp_location", "City"),
    ("photoshop", "State"): ("xmp_location", "State or county"),
    ("photoshop", "Country"): ("xmp_location", "Country"),
    ("Iptc4xmpCore", "Location"): ("xmp_location", "Location"),
    ("Iptc4xmpExt", "City"): ("xmp_location", "City"),
    ("Iptc4xmpExt", "Sublocation"): ("xmp_location", "Location"),
    ("Iptc4xmpExt", "ProvinceState"): ("xmp_location", "State or county"),
    ("Iptc4xmpExt", "LocationName"): ("xmp_location", "Location"),
    ("Iptc4xmpCore", "CiAdrExtadr"): ("owner", "Creator's address"),
    ("Iptc4xmpCore", "CiAdrCity"): ("owner", "Creator's city"),
    ("Iptc4xmpCore", "CiAdrPcode"): ("owner", "Creator's postcode"),
    ("Iptc4xmpCore", "CiEmailWork"): ("owner", "Creator's email"),
    ("Iptc4xmpCore", "CiTelWork"): ("owner", "Creator's phone"),
    ("dc", "creator"): ("owner", "Creator"),
    ("dc", "rights"): ("owner", "Copyright"),
    ("photoshop", "AuthorsPosition"): ("owner", "Creator's job title"),
    ("exifEX", "CameraOwnerName"): ("owner", "Camera owner"),
    ("aux", "OwnerName"): ("owner", "Camera owner"),
    ("tiff", "Artist"): ("owner", "Artist"),
    ("tiff", "Copyright"): ("owner", "Copyright"),
    ("dc", "title"): ("caption", "Title"),
    ("dc", "description"): ("caption", "Description"),
    ("photoshop", "Headline"): ("caption", "Headline"),
    ("tiff", "ImageDescription"): ("caption", "Image description"),
    ("exif", "UserComment"): ("caption", "User comment"),
    # People tagged in the picture: face regions (Metadata Working Group, as Lightroom,
    # digiKam, Picasa and phones write them; Windows Photo Gallery's own) and IPTC's list.
    ("mwg-rs", "Name"): ("person", "Person tagged"),
    ("MPReg", "PersonDisplayName"): ("person", "Person tagged"),
    ("Iptc4xmpExt", "PersonInImage"): ("person", "Person in the picture"),
    ("dc", "subject"): ("keywords", "Keywords"),
    ("lr", "hierarchicalSubject"): ("keywords", "Keywords"),
}


# IPTC IIM datasets (record 2).
IPTC_DATASETS = {
    (2, 80): ("owner", "By-line"),
    (2, 116): ("owner", "Copyright"),
    (2, 90): ("iptc_location", "City"),
    (2, 92): ("iptc_location", "Location"),
    (2, 95): ("iptc_location", "State or county"),
    (2, 101): ("iptc_location", "Country"),
    (2, 120): ("caption", "Caption"),
    (2, 105): ("caption", "Headline"),
    (2, 25): ("keywords", "Keywords"),
}


PNG_TEXT_KEYS = {
    "author": ("owner", "Author"),
    "copyright": ("owner", "Copyright"),
    "location": ("xmp_location", "Location"),
    "title": ("caption", "Title"),
    "description": ("caption", "Description"),
    "comment": ("caption", "Comment"),
}


XMP_COORD_RE = re.compile(
    r"^\s*(\d{1,3}),(\d{1,2}(?:\.\d+)?)(?:,(\d{1,2}(?:\.\d+)?))?\s*([NSEW])\s*$"
)


ARRAYS = {f"{{{NS['rdf']}}}{name}" for name in ("Seq", "Bag", "Alt")}


LIST_ITEM = f"{{{NS['rdf']}}}li"


def _value_text(element: ET.Element) -> str:
    """A simple property's text, or an rdf:Seq/Bag/Alt's items joined with ", "; "" for a
    struct (its own properties are read as elements of their own)."""
    if not len(element):
        return (element.text or "").strip()
    if not all(child.tag in ARRAYS for child in element):
        return ""
    texts = [
        (li.text or "").strip()
        for array in element
        for li in array
        if li.tag == LIST_ITEM and not len(li)
    ]
    return ", ".join(t for t in texts if t)


def _xmp_named(names: dict, tag: str, value: str) -> list[tuple[str, str, str]]:
    if not tag.startswith("{"):
        return []
    uri, local = tag[1:].split("}", 1)
    prefix = names.get(f"{{{uri}}}")
    return [(prefix, local, value.strip())] if prefix and value.strip() else []


def _xmp_coord(value: str) -> float | None:
    """XMP's "DDD,MM.mmk" or "DDD,MM,SSk" (k one of N, S, E, W) to signed degrees."""
    match = XMP_COORD_RE.match(value)
    if not match:
        return None
    d, m, s, ref = match.groups()
    degrees = int(d) + float(m) / 60 + (float(s) / 3600 if s else 0)
    return -degrees if ref in "SW" else degrees
