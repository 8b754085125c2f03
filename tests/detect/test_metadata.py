"""GPS positions, place names, people's names and captions in the file's metadata; technical
fields (software, camera, lens, exposure, serial numbers) are not findings; hostile metadata
is read in bounded time."""

import io
import re
import struct
import time
from fractions import Fraction

import pytest
from PIL import Image, PngImagePlugin
from PIL.TiffImagePlugin import IFDRational

from clearpost.detect.image import metadata_xmp
from clearpost.detect.image.metadata import find_metadata, xmp_packets_in
from clearpost.detect.images import load_image, register_heif

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


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "HEIF"])
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


def test_camera_owner_and_artist_are_findings_serial_numbers_are_not():
    found = described(find_metadata(encode("JPEG", exif=owner_exif().tobytes())))
    assert found == {
        ("owner", "Artist: Jane Smith"),
        ("owner", "Copyright: (c) Jane Smith"),
        ("owner", "Camera owner: J Smith"),
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


# -- personal or technical, field by field (issue 16, item 6) ------------------------------


def utf16(text: str) -> bytes:
    """A Windows XP tag's value (XPAuthor, XPKeywords ...): UTF-16LE, NUL-terminated."""
    return text.encode("utf-16-le") + b"\x00\x00"


def exif_jpeg(base: dict | None = None, exif_ifd: dict | None = None) -> bytes:
    exif = Image.Exif()
    exif.update(base or {})
    exif.get_ifd(0x8769).update(exif_ifd or {})
    return encode("JPEG", exif=exif.tobytes())


def xmp_jpeg(body: str, attrs: str = "") -> bytes:
    packet = f"""<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:tiff="http://ns.adobe.com/tiff/1.0/"
    xmlns:exif="http://ns.adobe.com/exif/1.0/"
    xmlns:aux="http://ns.adobe.com/exif/1.0/aux/"
    xmlns:exifEX="http://cipa.jp/exif/1.0/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:lr="http://ns.adobe.com/lightroom/1.0/"
    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
    xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
    xmlns:mwg-rs="http://www.metadataworkinggroup.com/schemas/regions/"
    xmlns:stArea="http://ns.adobe.com/xmp/sType/Area#"
    xmlns:MP="http://ns.microsoft.com/photo/1.2/"
    xmlns:MPRI="http://ns.microsoft.com/photo/1.2/t/RegionInfo#"
    xmlns:MPReg="http://ns.microsoft.com/photo/1.2/t/Region#" {attrs}>
   {body}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>"""
    return encode("JPEG", xmp=packet.encode())


def iptc_jpeg(*datasets: tuple[int, bytes]) -> bytes:
    def dataset(number: int, value: bytes) -> bytes:
        return b"\x1c\x02" + bytes([number]) + struct.pack(">H", len(value)) + value

    iim = dataset(0, b"\x00\x04") + b"".join(dataset(n, v) for n, v in datasets)
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iim))
    resource += iim + b"\x00" * (len(iim) % 2)
    app13 = b"Photoshop 3.0\x00" + resource
    jpeg = encode("JPEG")
    return jpeg[:2] + b"\xff\xed" + struct.pack(">H", len(app13) + 2) + app13 + jpeg[2:]


MWG_REGIONS = """<mwg-rs:Regions rdf:parseType="Resource">
    <mwg-rs:RegionList><rdf:Bag>
     <rdf:li><rdf:Description mwg-rs:Name="Olivia Barker" mwg-rs:Type="Face">
      <mwg-rs:Area stArea:x="0.5" stArea:y="0.5" stArea:w="0.1" stArea:h="0.1"/>
     </rdf:Description></rdf:li>
     <rdf:li rdf:parseType="Resource"><mwg-rs:Name>Tom Lee</mwg-rs:Name>
      <mwg-rs:Type>Face</mwg-rs:Type></rdf:li>
    </rdf:Bag></mwg-rs:RegionList>
   </mwg-rs:Regions>"""
MP_REGIONS = """<MP:RegionInfo rdf:parseType="Resource"><MPRI:Regions><rdf:Bag>
    <rdf:li MPReg:PersonDisplayName="Olivia Barker" MPReg:Rectangle="0.1, 0.1, 0.2, 0.2"/>
   </rdf:Bag></MPRI:Regions></MP:RegionInfo>"""

PERSONAL = {
    "GPS (EXIF)": (lambda: encode("JPEG", exif=gps_exif().tobytes()),
                   ("gps", "GPS position 53.40, -2.05")),
    "GPS (XMP)": (lambda: xmp_jpeg("", 'exif:GPSLatitude="53,24.2917N" '
                                       'exif:GPSLongitude="2,2.9667W"'),
                  ("gps", "GPS position 53.40, -2.05")),
    "Artist (EXIF)": (lambda: exif_jpeg({0x013B: "Jane Smith"}), ("owner", "Artist: Jane Smith")),
    "Copyright (EXIF)": (lambda: exif_jpeg({0x8298: "Jane Smith"}),
                         ("owner", "Copyright: Jane Smith")),
    "XPAuthor (EXIF)": (lambda: exif_jpeg({0x9C9D: utf16("Jane Smith")}),
                        ("owner", "Author (Windows): Jane Smith")),
    "Camera owner (EXIF)": (lambda: exif_jpeg(exif_ifd={0xA430: "J Smith"}),
                            ("owner", "Camera owner: J Smith")),
    "Image description (EXIF)": (lambda: exif_jpeg({0x010E: "Olivia on sports day"}),
                                 ("caption", "Image description: Olivia on sports day")),
    "XPTitle (EXIF)": (lambda: exif_jpeg({0x9C9B: utf16("Olivia's trip")}),
                       ("caption", "Title (Windows): Olivia's trip")),
    "XPComment (EXIF)": (lambda: exif_jpeg({0x9C9C: utf16("Tom and Olivia")}),
                         ("caption", "Comment (Windows): Tom and Olivia")),
    "User comment (EXIF)": (lambda: exif_jpeg(exif_ifd={0x9286: b"ASCII\0\0\0Tom at the fair"}),
                            ("caption", "User comment: Tom at the fair")),
    "XPKeywords (EXIF)": (lambda: exif_jpeg({0x9C9E: utf16("Olivia Barker; Year 4")}),
                          ("keywords", "Keywords (Windows): Olivia Barker; Year 4")),
    "Creator (XMP)": (lambda: xmp_jpeg("<dc:creator><rdf:Seq><rdf:li>Jane Smith</rdf:li>"
                                       "</rdf:Seq></dc:creator>"),
                      ("owner", "Creator: Jane Smith")),
    "Artist (XMP tiff)": (lambda: xmp_jpeg("", 'tiff:Artist="Jane Smith"'),
                          ("owner", "Artist: Jane Smith")),
    "Description (XMP)": (lambda: xmp_jpeg('<dc:description><rdf:Alt><rdf:li xml:lang="x-default">'
                                           "Tom's first day</rdf:li></rdf:Alt></dc:description>"),
                          ("caption", "Description: Tom's first day")),
    "Headline (XMP)": (lambda: xmp_jpeg("", 'photoshop:Headline="Olivia wins"'),
                       ("caption", "Headline: Olivia wins")),
    "MWG face regions (XMP)": (lambda: xmp_jpeg(MWG_REGIONS),
                               ("person", "Person tagged: Olivia Barker")),
    "MWG face region as element (XMP)": (lambda: xmp_jpeg(MWG_REGIONS),
                                         ("person", "Person tagged: Tom Lee")),
    "Microsoft Photo regions (XMP)": (lambda: xmp_jpeg(MP_REGIONS),
                                      ("person", "Person tagged: Olivia Barker")),
    "Person in image (XMP)": (lambda: xmp_jpeg("<Iptc4xmpExt:PersonInImage><rdf:Bag>"
                                               "<rdf:li>Olivia Barker</rdf:li><rdf:li>Tom Lee"
                                               "</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>"),
                              ("person", "Person in the picture: Olivia Barker, Tom Lee")),
    "Keywords (XMP dc:subject)": (lambda: xmp_jpeg("<dc:subject><rdf:Bag><rdf:li>Olivia</rdf:li>"
                                                   "<rdf:li>sports day</rdf:li></rdf:Bag>"
                                                   "</dc:subject>"),
                                  ("keywords", "Keywords: Olivia, sports day")),
    "Keywords (XMP Lightroom)": (lambda: xmp_jpeg("<lr:hierarchicalSubject><rdf:Bag><rdf:li>"
                                                  "People|Olivia</rdf:li></rdf:Bag>"
                                                  "</lr:hierarchicalSubject>"),
                                 ("keywords", "Keywords: People|Olivia")),
    "By-line (IPTC)": (lambda: iptc_jpeg((80, b"Jane Smith")), ("owner", "By-line: Jane Smith")),
    "Caption (IPTC)": (lambda: iptc_jpeg((120, b"Olivia at camp")),
                       ("caption", "Caption: Olivia at camp")),
    "Headline (IPTC)": (lambda: iptc_jpeg((105, b"Olivia wins")),
                        ("caption", "Headline: Olivia wins")),
    "Keywords (IPTC)": (lambda: iptc_jpeg((25, b"Olivia"), (25, b"Year 4")),
                        ("keywords", "Keywords: Olivia, Year 4")),
    "JPEG comment by a person": (lambda: encode("JPEG", comment=b"Olivia B, Year 4"),
                                 ("caption", "Comment: Olivia B, Year 4")),
    "JPEG comment naming a person after the software":
        (lambda: encode("JPEG", comment=b"Created with GIMP by Jane Smith"),
         ("caption", "Comment: Created with GIMP by Jane Smith")),
}  # fmt: skip


@pytest.mark.parametrize("field", PERSONAL)
def test_a_personal_field_is_a_finding(field):
    build, expected = PERSONAL[field]
    assert expected in described(find_metadata(build()))


TECHNICAL = {
    "Make and model (EXIF)": lambda: exif_jpeg({0x010F: "Canon", 0x0110: "Canon EOS 80D"}),
    "Software (EXIF)": lambda: exif_jpeg({0x0131: "Adobe Photoshop Lightroom Classic 12.0"}),
    "Lens (EXIF)": lambda: exif_jpeg(exif_ifd={0xA433: "Canon", 0xA434: "EF-S18-135mm"}),
    "Exposure (EXIF)": lambda: exif_jpeg(exif_ifd={0x829A: IFDRational(1, 250), 0x8827: 400,
                                                   0x829D: IFDRational(28, 10), 0x9209: 16}),
    "Body serial number (EXIF)": lambda: exif_jpeg(exif_ifd={0xA431: "012345678901"}),
    "Lens serial number (EXIF)": lambda: exif_jpeg(exif_ifd={0xA435: "0000c0ffee"}),
    "Camera and software (XMP)": lambda: xmp_jpeg(
        "", 'tiff:Make="Canon" tiff:Model="Canon EOS 80D" xmp:CreatorTool="GIMP 2.10" '
            'aux:Lens="EF-S18-135mm" aux:SerialNumber="012345678901" '
            'exifEX:BodySerialNumber="012345678901" exif:ExposureTime="1/250" '
            'exif:FNumber="28/10"'),
    "JPEG comment by gd-jpeg (PHP)": lambda: encode(
        "JPEG", comment=b"CREATOR: gd-jpeg v1.0 (using IJG JPEG v80), quality = 90\n"),
    "JPEG comment by gd-jpeg, default quality": lambda: encode(
        "JPEG", comment=b"CREATOR: gd-jpeg v1.0 (using IJG JPEG v62), default quality\n"),
    "JPEG comment by GIMP": lambda: encode("JPEG", comment=b"Created with GIMP"),
    "JPEG comment by Photoshop": lambda: encode(
        "JPEG", comment="File written by Adobe Photoshop® 4.0".encode()),
    "JPEG comment by LEAD": lambda: encode("JPEG", comment=b"LEAD Technologies Inc. V1.01"),
    "JPEG comment by Intel": lambda: encode(
        "JPEG", comment=b"Intel(R) JPEG Library, version [1.51.12.44]"),
    "JPEG comment by JPEGmini": lambda: encode("JPEG", comment=b"Optimized by JPEGmini 3.14"),
    "JPEG comment by eBay": lambda: encode(
        "JPEG", comment=b"Processed By eBay with ImageMagick, z1.1.0. ||B2"),
    "JPEG comment by ffmpeg": lambda: encode("JPEG", comment=b"Lavc58.54.100"),
    "PNG comment by GIMP": lambda: _png_comment("Created with GIMP"),
}  # fmt: skip


def _png_comment(text: str) -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", text)
    info.add_text("Software", "GIMP 2.10")
    return encode("PNG", pnginfo=info)


@pytest.mark.parametrize("field", TECHNICAL)
def test_a_technical_field_is_not_a_finding(field):
    assert find_metadata(TECHNICAL[field]()) == []


def test_the_clean_copy_still_strips_technical_fields_and_serial_numbers():
    from clearpost.checks.image_fixes import clean_image

    data = exif_jpeg(
        {0x010F: "Canon", 0x0110: "Canon EOS 80D", 0x0131: "GIMP 2.10"},
        {0xA431: "012345678901", 0xA435: "0000c0ffee", 0xA434: "EF-S18-135mm"},
    )
    data = data[:2] + b"\xff\xfe\x00\x13CREATOR: gd-jpeg\x00" + data[2:]  # a comment too
    assert b"012345678901" in data and b"gd-jpeg" in data
    cleaned = clean_image(data, load_image(data), [], [])
    for value in (b"Canon", b"GIMP", b"012345678901", b"0000c0ffee", b"EF-S18", b"gd-jpeg"):
        assert value not in cleaned
    with Image.open(io.BytesIO(cleaned)) as out:
        assert not out.getexif() and "comment" not in out.info


# -- hostile metadata is read in bounded time (issue 17, item 3) ---------------------------


def hostile(tail: bytes, size: int = 256 * 1024) -> bytes:
    return encode("JPEG") + tail * (size // len(tail))


@pytest.mark.parametrize(
    "data",
    [
        hostile(b"<x:xmpmeta "),  # what took 35 s (and stalled /health for 10 s)
        hostile(b"<x:xmpmeta ") + b"</x:xmpmeta>",  # one huge packet, closed at the end
        hostile(b"<x:xmpmetaa") + b"</x:xmpmeta>",  # openings that are not the tag
        hostile(b"<x:xmpmeta></x:xmpmeta>"),  # thousands of empty packets
    ],
    ids=["unclosed", "closed-at-the-end", "not-the-tag", "many-packets"],
)
def test_hostile_xmp_is_read_in_well_under_a_second(data):
    started = time.perf_counter()
    items = find_metadata(data)
    assert time.perf_counter() - started < 2.0  # the regular expression took 35 s
    assert all(item.kind == "unread" for item in items)


def test_the_xmp_scan_is_linear_and_bounded():
    # The work, counted rather than timed: at most MAX_XMP_PACKETS packets, each found once.
    data = hostile(b"<x:xmpmeta></x:xmpmeta>")
    assert len(xmp_packets_in(data)) == metadata_xmp.MAX_XMP_PACKETS
    assert xmp_packets_in(hostile(b"<x:xmpmeta ")) == []
    [packet] = xmp_packets_in(b"junk" + XMP + b"junk")
    assert packet.startswith(b"<x:xmpmeta") and packet.endswith(b"</x:xmpmeta>")


def test_an_oversized_xmp_packet_is_reported_unread_not_parsed():
    filler = b"<rdf:li>x</rdf:li>" * (metadata_xmp.MAX_XMP_BYTES // 18 + 1)
    data = encode("JPEG") + XMP.replace(b"</rdf:RDF>", filler + b"</rdf:RDF>")
    [item] = find_metadata(data)
    assert item.kind == "unread" and "KB" in item.description


def test_deeply_nested_xmp_is_bounded():
    depth = 40_000  # each element's text was the text of its whole subtree: quadratic
    nested = b"<dc:title>" * depth + b"Olivia" + b"</dc:title>" * depth
    packet = XMP.replace(b"</rdf:Description>", nested + b"</rdf:Description>")
    started = time.perf_counter()
    items = find_metadata(encode("JPEG") + packet)
    assert time.perf_counter() - started < 2.0
    assert ("xmp_location", "City: Marple") in described(items)
    assert any(item.kind == "unread" for item in items)  # past MAX_XMP_ELEMENTS: said so
