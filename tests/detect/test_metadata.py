"""GPS positions, place names, owners and serial numbers in the file's metadata."""

import io
import re
import struct
from fractions import Fraction

import pytest
from PIL import Image, PngImagePlugin

from clearpost.detect.metadata import find_metadata
from clearpost.images import register_heif

# 53.404861 N, 2.049444 W (a spot near Marple), as a camera writes it: degrees, minutes, seconds.
LAT = (Fraction(53), Fraction(24), Fraction(175, 10))
LON = (Fraction(2), Fraction(2), Fraction(58))

XMP = b"""<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:exif="http://ns.adobe.com/exif/1.0/"
    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
    xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    exif:GPSLatitude="53,24.2917N" exif:GPSLongitude="2,2.9667W"
    photoshop:City="Marple">
   <Iptc4xmpCore:Location>Brabyns Park</Iptc4xmpCore:Location>
   <Iptc4xmpCore:CreatorContactInfo rdf:parseType="Resource">
    <Iptc4xmpCore:CiEmailWork>j.smith@example.org</Iptc4xmpCore:CiEmailWork>
   </Iptc4xmpCore:CreatorContactInfo>
   <dc:creator><rdf:Seq><rdf:li>Jane Smith</rdf:li></rdf:Seq></dc:creator>
   <dc:title><rdf:Alt>
    <rdf:li xml:lang="x-default">Olivia at sports day</rdf:li>
   </rdf:Alt></dc:title>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def gps_exif(lat=LAT, lat_ref="N", lon=LON, lon_ref="W") -> Image.Exif:
    exif = Image.Exif()
    exif[0x0112] = 1
    gps = exif.get_ifd(0x8825)
    gps.update({0: b"\x02\x02\x00\x00", 1: lat_ref, 2: lat, 3: lon_ref, 4: lon})
    return exif


def owner_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x013B] = "Jane Smith"  # Artist
    exif[0x8298] = "(c) Jane Smith"  # Copyright
    ifd = exif.get_ifd(0x8769)
    ifd[0xA430] = "J Smith"  # CameraOwnerName
    ifd[0xA431] = "012345678901"  # BodySerialNumber
    ifd[0xA435] = "0000c0ffee"  # LensSerialNumber
    return exif


def encode(fmt: str, mode: str = "RGB", **params) -> bytes:
    buf = io.BytesIO()
    Image.new(mode, (64, 48), (30, 120, 200)[: len(mode)] or 0).save(buf, format=fmt, **params)
    return buf.getvalue()


def described(items) -> set[tuple[str, str]]:
    return {(item.kind, item.description) for item in items}


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "TIFF", "HEIF"])
def test_gps_in_exif_is_found_in_every_format(fmt):
    if fmt == "HEIF":
        register_heif()
    items = find_metadata(encode(fmt, exif=gps_exif().tobytes()))
    assert ("gps", "GPS position 53.40, -2.05") in described(items)
    assert items[0].source == "EXIF"


def test_the_position_is_never_described_more_precisely_than_two_decimals():
    exif = gps_exif(lat=(Fraction(51), Fraction(30), Fraction(123456, 10000)), lat_ref="S",
                    lon=(Fraction(0), Fraction(7), Fraction(39, 10)), lon_ref="E")  # fmt: skip
    (item,) = find_metadata(encode("JPEG", exif=exif.tobytes()))
    assert item.description == "GPS position -51.50, 0.12"
    assert not re.search(r"\d\.\d{3}", item.description)
    assert item.finding(image=2).to_dict()["image"] == 2


@pytest.mark.parametrize(
    "lat, lon",
    [
        ((Fraction(0), Fraction(0), Fraction(0)), (Fraction(0), Fraction(0), Fraction(0))),
        (None, None),  # a GPS block with only its version (no fix)
    ],
)
def test_a_gps_block_without_a_real_position_is_not_a_position(lat, lon):
    exif = gps_exif(lat, "N", lon, "E")
    if lat is None:
        exif.get_ifd(0x8825).clear()
        exif.get_ifd(0x8825)[0] = b"\x02\x02\x00\x00"
    assert find_metadata(encode("JPEG", exif=exif.tobytes())) == []


def test_camera_owner_artist_and_serial_numbers():
    found = described(find_metadata(encode("JPEG", exif=owner_exif().tobytes())))
    assert found == {
        ("owner", "Artist: Jane Smith"),
        ("owner", "Copyright: (c) Jane Smith"),
        ("owner", "Camera owner: J Smith"),
        ("serial", "Camera serial number: 012345678901"),
        ("serial", "Lens serial number: 0000c0ffee"),
    }


@pytest.mark.parametrize("fmt", ["JPEG", "WEBP", "PNG"])
def test_xmp_location_creator_and_title(fmt):
    if fmt == "PNG":
        info = PngImagePlugin.PngInfo()
        info.add_itxt("XML:com.adobe.xmp", XMP.decode())
        data = encode(fmt, pnginfo=info)
    else:
        data = encode(fmt, xmp=XMP)
    items = find_metadata(data)
    assert described(items) >= {
        ("gps", "GPS position 53.40, -2.05"),
        ("xmp_location", "City: Marple"),
        ("xmp_location", "Location: Brabyns Park"),
        ("owner", "Creator's email: j.smith@example.org"),
        ("owner", "Creator: Jane Smith"),
        ("caption", "Title: Olivia at sports day"),
    }
    assert {item.source for item in items} == {"XMP"}
    caption = next(item for item in items if item.kind == "caption")
    assert caption.text == "Olivia at sports day"  # for the text check


def test_exif_and_xmp_saying_the_same_place_are_reported_once():
    data = encode("JPEG", exif=gps_exif().tobytes(), xmp=XMP)
    kinds = [item.kind for item in find_metadata(data)]
    assert kinds.count("gps") == 1


def test_png_text_chunks_and_jpeg_comments():
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Jane Smith")
    info.add_text("Comment", "Tom's first day", zip=True)
    info.add_text("Software", "GIMP")  # not personal
    found = described(find_metadata(encode("PNG", pnginfo=info)))
    assert found == {("owner", "Author: Jane Smith"), ("caption", "Comment: Tom's first day")}
    found = described(find_metadata(encode("JPEG", comment=b"Olivia B, Year 4")))
    assert found == {("caption", "Comment: Olivia B, Year 4")}


def test_iptc_city_and_byline_in_a_jpeg():
    def dataset(number: int, value: bytes) -> bytes:
        return b"\x1c\x02" + bytes([number]) + struct.pack(">H", len(value)) + value

    iim = dataset(0, b"\x00\x04") + dataset(80, b"Jane Smith") + dataset(90, b"Marple")
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iim))
    resource += iim + b"\x00" * (len(iim) % 2)
    app13 = b"Photoshop 3.0\x00" + resource
    jpeg = encode("JPEG")
    data = jpeg[:2] + b"\xff\xed" + struct.pack(">H", len(app13) + 2) + app13 + jpeg[2:]
    found = described(find_metadata(data))
    assert found == {("owner", "By-line: Jane Smith"), ("iptc_location", "City: Marple")}


def test_long_values_are_shortened_in_the_description():
    exif = Image.Exif()
    exif[0x013B] = "A" * 200
    (item,) = find_metadata(encode("JPEG", exif=exif.tobytes()))
    assert len(item.description) < 60 and item.description.endswith("…")


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "GIF", "HEIF"])
def test_a_file_without_metadata_gives_nothing(fmt):
    if fmt == "HEIF":
        register_heif()
    assert find_metadata(encode(fmt)) == []


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not an image at all",
        encode("JPEG")[:100],
        b"<x:xmpmeta><unclosed",
        b'<!DOCTYPE x [<!ENTITY a "aaaa">]><x:xmpmeta xmlns:x="adobe:ns:meta/">&a;</x:xmpmeta>',
    ],
)
def test_broken_or_hostile_input_gives_nothing_and_does_not_raise(data):
    assert find_metadata(data) == []


def test_a_decompression_bomb_is_not_decoded_but_its_xmp_is_still_read():
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    ihdr = struct.pack(">IIBBBBB", 20000, 20000, 8, 0, 0, 0, 0)  # 400 MP, no pixel data
    xmp = chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + XMP)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + xmp + chunk(b"IEND", b"")
    assert ("xmp_location", "City: Marple") in described(find_metadata(data))
