"""Property-based tests (hypothesis) of the parsers that take outside bytes (issue 17).

Whatever the bytes, each parser gives a result or its own clean refusal, never another
exception (which the service would turn into a 500, and the CLI into a traceback):
- the check request readers: a JSON body (json_body, then from_json) and a multipart one
  (multipart_parts, then from_multipart): a CheckRequest, or a 4xx;
- the MIS import (parse_pupils): a ParsedFile (bad rows are listed as problems), or a
  ClearpostError naming what is wrong with the file;
- an image's metadata (find_metadata): a list, never an exception (what cannot be read is
  reported as unread, fail closed); and the image itself (load_image): an image or
  ImageRejected.

Inputs are built near the real thing (well-formed bodies, real CSV headers, real JPEG, PNG,
WebP and GIF files with EXIF and XMP) and then damaged, since purely random bytes rarely get
past a parser's first check. Bounded (EXAMPLES each, no example database): a few seconds.
"""

import base64
import io
import json

import pytest
from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from werkzeug.exceptions import HTTPException

from clearpost.checks.request import (
    FIELDS,
    IMAGE_FIELDS,
    CheckRequest,
    from_json,
    from_multipart,
    multipart_parts,
)
from clearpost.detect.image.metadata import MetadataItem, find_metadata
from clearpost.detect.images import ImageRejected, load_image
from clearpost.errors import ClearpostError
from clearpost.register.csv_columns import MAX_CSV_BYTES
from clearpost.register.mis_import import PUPIL_COLUMNS, ParsedFile, parse_pupils
from clearpost.web.api import json_body

EXAMPLES = 300
BOUNDED = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,  # nothing written into the checkout
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,  # the same inputs on every run: a failure reproduces
)


# -- damage: what a truncated upload, a bad disk or an attacker does to good bytes ---------


@st.composite
def damaged(draw, good: bytes) -> bytes:
    data = bytearray(good)
    for _ in range(draw(st.integers(0, 4))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "cut", "insert", "truncate", "repeat"]))
        if action == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif action == "cut":
            del data[at : at + draw(st.integers(1, 64))]
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=32))
        elif action == "truncate":
            del data[at:]
        else:  # a chunk repeated: lengths and counts that lie
            data[at:at] = data[at : at + 16] * draw(st.integers(2, 50))
    return bytes(data)


def damaged_from(strategy):
    return strategy.flatmap(lambda good: st.one_of(st.just(good), damaged(good)))


# Text that reaches the readers: any code point, lone surrogates included (JSON can carry
# them as \ud800 escapes), NUL, bidi and zero-width characters.
ODD = st.sampled_from(["\ud800", "\udfff", "\x00", "\u202e", "\u200b", "\ufeff", "\r\n", "?"])
TEXT = st.lists(st.one_of(st.characters(), ODD), max_size=30).map("".join)


# -- the check request: JSON -------------------------------------------------------------

JSON_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
    TEXT,
)  # fmt: skip
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(TEXT, st.sampled_from(sorted(FIELDS))), inner, max_size=4),
    ),
    max_leaves=12,
)
CHECK_BODIES = st.fixed_dictionaries(
    {},
    optional={
        "text": st.one_of(TEXT, JSON_VALUES),
        "images": st.one_of(
            st.lists(
                st.binary(max_size=40).map(lambda b: base64.b64encode(b).decode()), max_size=3
            ),
            st.lists(TEXT, max_size=3),
            JSON_VALUES,
        ),
        "account": st.one_of(st.sampled_from(["official", "personal", ""]), JSON_VALUES),
        "site": st.one_of(st.just("x.com"), JSON_VALUES),
        "channel": st.one_of(st.sampled_from(["website", "press", ""]), JSON_VALUES),
        "want_fixes": JSON_VALUES,
        "extra": JSON_VALUES,
    },
)


def as_json_bytes(value) -> bytes:
    return json.dumps(value, ensure_ascii=True).encode()  # escapes carry lone surrogates


JSON_BYTES = st.one_of(
    damaged_from(CHECK_BODIES.map(as_json_bytes)),
    damaged_from(JSON_VALUES.map(as_json_bytes)),
    st.binary(max_size=200),
    st.integers(1, 3000).map(lambda n: b'{"text":' * n + b'"x"' + b"}" * n),  # deep nesting
)
FLASK = Flask(__name__)


@BOUNDED
@given(body=JSON_BYTES)
def test_a_json_check_body_is_a_request_or_a_4xx(body):
    with FLASK.test_request_context(
        "/api/v1/check", method="POST", data=body, content_type="application/json"
    ):
        try:
            result = from_json(json_body())
        except HTTPException as exc:
            assert 400 <= exc.code < 500 and exc.description
            return
        except ClearpostError as exc:
            assert 400 <= exc.status < 500 and str(exc)
            return
    assert isinstance(result, CheckRequest)


# -- the check request: multipart/form-data ------------------------------------------------

PART_NAMES = st.one_of(st.sampled_from([*IMAGE_FIELDS, *sorted(FIELDS), "photo", ""]), TEXT)


@st.composite
def form_bodies(draw) -> tuple[bytes, str]:
    boundary = draw(st.sampled_from(["B", "----x7", "a" * 70]))
    out = b""
    for _ in range(draw(st.integers(0, 5))):
        name = draw(PART_NAMES).encode("utf-8", "surrogatepass")
        disposition = b'Content-Disposition: form-data; name="' + name + b'"'
        if draw(st.booleans()):
            disposition += b'; filename="' + draw(TEXT).encode("utf-8", "surrogatepass") + b'"'
        headers = disposition + b"\r\n"
        if draw(st.booleans()):
            headers += (
                b"Content-Type: "
                + draw(st.sampled_from([b"image/jpeg", b"video/mp4", b"text/plain"]))
                + b"\r\n"
            )
        payload = draw(
            st.one_of(
                st.binary(max_size=64), TEXT.map(lambda t: t.encode("utf-8", "surrogatepass"))
            )
        )
        out += b"--" + boundary.encode() + b"\r\n" + headers + b"\r\n" + payload + b"\r\n"
    out += b"--" + boundary.encode() + b"--\r\n"
    return draw(st.one_of(st.just(out), damaged(out))), draw(
        st.one_of(st.just(boundary), st.none(), TEXT)
    )


@BOUNDED
@given(form=form_bodies())
def test_a_multipart_check_body_is_a_request_or_a_4xx(form):
    body, boundary = form
    try:
        result = from_multipart(multipart_parts(body, boundary))
    except ClearpostError as exc:
        assert 400 <= exc.status < 500 and str(exc)
        return
    assert isinstance(result, CheckRequest)


# -- the MIS import ------------------------------------------------------------------------

SPELLINGS = [s for spellings in PUPIL_COLUMNS.values() for s in spellings]
HEADERS = st.lists(
    st.one_of(st.sampled_from(SPELLINGS), TEXT),
    min_size=1, max_size=8,
)  # fmt: skip
CELLS = st.one_of(
    st.sampled_from(
        ["A123456789012", "Y", "n", "yes", "2024-09-01", "01/09/2024", "Year 4", "R", ""]
    ),
    TEXT,
)


@st.composite
def csv_files(draw) -> bytes:
    header = draw(HEADERS)
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    rows = draw(st.lists(st.lists(CELLS, max_size=len(header) + 2), max_size=6))
    quote = draw(st.booleans())

    def cell(value: str) -> str:
        return '"' + value.replace('"', '""') + '"' if quote else value

    text = "\r\n".join(delimiter.join(cell(c) for c in line) for line in [header, *rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    data = text.encode(encoding, "replace" if encoding == "cp1252" else "surrogatepass")
    return draw(st.one_of(st.just(data), damaged(data)))


# A field past the csv module's limit (131,072 characters): a row csv cannot read.
OVERSIZED_FIELD = st.sampled_from([b"", b'"']).map(
    lambda q: b"upn,forename,surname\r\nA123456789012," + q + b"x" * 140_000 + q + b",Marsh\r\n"
)


@BOUNDED
@given(data=st.one_of(csv_files(), OVERSIZED_FIELD, st.binary(max_size=300)))
def test_a_pupil_csv_is_parsed_or_refused_with_a_reason(data):
    try:
        parsed = parse_pupils(data)
    except ClearpostError as exc:
        assert str(exc)
        return
    assert isinstance(parsed, ParsedFile)
    assert all(str(problem) for problem in parsed.problems)


def test_a_csv_over_the_limit_is_refused_before_reading():
    with pytest.raises(ClearpostError, match="limit"):
        parse_pupils(b"upn,forename,surname\r\n" + b"x" * MAX_CSV_BYTES)


# -- image metadata and decoding -----------------------------------------------------------

XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
    b'22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" '
    b'xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" '
    b'exif:GPSLatitude="53,28.5N" exif:GPSLongitude="2,14.6W"><Iptc4xmpExt:PersonInImage>'
    b"<rdf:Bag><rdf:li>Ivy Marsh</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>"
    b"</rdf:Description></rdf:RDF></x:xmpmeta>"
)


def image_file(fmt: str, with_metadata: bool) -> bytes:
    img = Image.new("RGB", (16, 12), (200, 40, 40))
    out = io.BytesIO()
    extra = {}
    if with_metadata and fmt in ("JPEG", "PNG", "WEBP"):
        exif = Image.Exif()
        exif[0x010E] = "Ivy Marsh on sports day"  # ImageDescription
        exif[0x013B] = "Jo Green"  # Artist
        extra = {"exif": exif.tobytes(), "xmp": XMP}
    img.save(out, fmt, **extra)
    return out.getvalue()


IMAGES = {
    (fmt, meta): image_file(fmt, meta)
    for fmt in ("JPEG", "PNG", "WEBP", "GIF")
    for meta in (False, True)
}
# Pillow warns about a damaged EXIF block and reads on: in the service a warning is a log
# line, not an error (pytest's setting turns warnings into errors).
PILLOW_WARNINGS = pytest.mark.filterwarnings("ignore::UserWarning:PIL.*")


IMAGE_BYTES = st.one_of(
    damaged_from(st.sampled_from(sorted(IMAGES.values()))),
    st.sampled_from(sorted(IMAGES.values())).map(lambda d: d + XMP * 3),  # XMP after the pixels
    st.binary(max_size=200),
)


@PILLOW_WARNINGS
@BOUNDED
@given(data=IMAGE_BYTES)
def test_image_metadata_is_a_list_whatever_the_bytes(data):
    items = find_metadata(data)
    assert isinstance(items, list) and all(isinstance(i, MetadataItem) for i in items)


@PILLOW_WARNINGS
@BOUNDED
@given(data=IMAGE_BYTES)
def test_an_image_is_decoded_or_refused_with_a_reason(data):
    try:
        img = load_image(data, "images[0]")
    except ImageRejected as exc:
        assert "images[0]" in str(exc)
        return
    assert img.mode == "RGB" and img.width > 0


def test_the_generated_images_carry_what_the_metadata_check_finds():
    # The properties above mean something only if the undamaged files hold metadata.
    kinds = {item.kind for item in find_metadata(IMAGES[("JPEG", True)])}
    assert kinds and "unread" not in kinds
