"""Fail closed: every part of a check request is checked, or the request is refused naming
it (issue 14); no body of any shape gets a 500 from the JSON or form parsing (issue 17)."""

import base64
import io
import json
import logging

import pytest

from conftest import face

BOUNDARY = "cpBOUNDARY"


def jpeg(colour="red", size=(64, 64)) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, "JPEG")
    return buf.getvalue()


# First bytes of real containers: enough for sniffing, which is all a refusal needs.
MP4 = b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41" + b"\x00" * 64
MOV = b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00qt  " + b"\x00" * 64
M4V = b"\x00\x00\x00\x1cftypM4V \x00\x00\x00\x01M4V M4A mp42isom" + b"\x00" * 64
OLD_MOV = b"\x00\x00\x00\x08wide\x00\x00\x10\x00mdat" + b"\x00" * 64
WEBM = b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\x82\x84webm" + b"\x00" * 64


def multipart(*parts) -> bytes:
    """A multipart/form-data body from (name, filename or None, content type, bytes)."""
    out = b""
    for name, filename, content_type, data in parts:
        disposition = f'form-data; name="{name}"' if name is not None else "form-data"
        if filename is not None:
            disposition += f'; filename="{filename}"'
        out += f"--{BOUNDARY}\r\nContent-Disposition: {disposition}\r\n".encode()
        if content_type:
            out += f"Content-Type: {content_type}\r\n".encode()
        out += b"\r\n" + data + b"\r\n"
    return out + f"--{BOUNDARY}--\r\n".encode()


@pytest.fixture
def send(client, token):
    """POST raw bytes to an API path: (status, JSON body), asserting the answer is JSON."""

    def post(body: bytes, content_type="application/json", path="/api/v1/check"):
        reply = client.post(
            path, data=body, content_type=content_type,
            headers={"Authorization": f"Bearer {token}"},
        )  # fmt: skip
        assert reply.is_json, reply.get_data(as_text=True)[:300]
        return reply.status_code, reply.get_json()

    return post


@pytest.fixture
def form(send):
    def post(*parts, boundary=BOUNDARY):
        return send(multipart(*parts), f"multipart/form-data; boundary={boundary}")

    return post


TEXT = ("text", None, None, b"Sports day was great")


# -- A: a file part under any other name is refused, naming it and the accepted names ------


@pytest.mark.parametrize("name", ["photo", "file", "media[]", "Image", "images[]", "upload"])
def test_a_photo_under_another_field_name_is_refused_naming_it(form, name):
    status, body = form(TEXT, (name, "photo.jpg", "image/jpeg", jpeg()))
    assert status == 400
    assert repr(name) in body["message"] and "'images' or 'image'" in body["message"]
    assert "not checked" in body["message"]


def test_the_dropped_photo_would_have_blocked_the_post(client, token, enrolled):
    """Tom may not appear on social media: under 'images' his photo blocks; under 'photo'
    it used to be dropped and the text alone came back allow."""
    photo = face("fr/examples/biden.jpg").read_bytes()
    headers = {"Authorization": f"Bearer {token}"}

    def post(field):
        data = {"text": "Sports day was great", field: (io.BytesIO(photo), "IMG_0001.jpg")}
        return client.post("/api/v1/check", data=data, headers=headers,
                           content_type="multipart/form-data")  # fmt: skip

    assert post("images").get_json()["verdict"] == "block"
    reply = post("photo")
    assert reply.status_code == 400 and "'photo'" in reply.get_json()["message"]
    assert enrolled.register.audit(action="check")[0].detail["verdict"] == "block"


@pytest.mark.parametrize(
    "parts, words",
    [
        ((TEXT, ("text", None, None, b"Olivia Barker")), "'text' was sent more than once"),
        ((("text", "post.txt", "text/plain", b"Olivia Barker"),), "'text' came as a file"),
        ((TEXT, ("account", "a.txt", "text/plain", b"official")), "'account' came as a file"),
        ((TEXT, ("images", None, None, base64.b64encode(jpeg()))), "images[0] is not an image"),
        ((TEXT, ("images", "a.jpg", "image/jpeg", b"")), "images[0] is empty (0 bytes)"),
        ((TEXT, ("images", "", "application/octet-stream", b"")), "images[0] is empty"),
        ((TEXT, ("images", "a.jpg", "image/jpeg", jpeg()), ("image", "b.txt", "text/plain",
          b"Olivia Barker")), "images[1] is not an image"),
        ((TEXT, ("images", "notes.pdf", "application/pdf", b"%PDF-1.7\n%\xe2\xe3")),
         "not an image Clearpost can read"),
        ((TEXT,) + (("images", "a.jpg", "image/jpeg", jpeg()),) * 11, "at most 10"),
        ((TEXT, ("want_fixes", None, None, b"maybe")), "'want_fixes' is 'maybe'"),
        ((TEXT, ("colour", None, None, b"red")), "a field named 'colour'"),
        ((TEXT, (None, None, None, b"Olivia Barker")), "a part without a name"),
        ((TEXT, ("account", None, None, b"boss")), "official, personal"),
    ],
)  # fmt: skip
def test_a_form_part_that_would_be_dropped_is_refused(form, parts, words):
    status, body = form(*parts)
    assert status == 400 and words in body["message"], body
    assert form(TEXT)[0] == 200  # and the service keeps serving


def test_a_malformed_form_is_refused_not_read_as_empty(send):
    whole = multipart(TEXT, ("images", "a.jpg", "image/jpeg", jpeg()))
    status, body = send(whole[:-40], f"multipart/form-data; boundary={BOUNDARY}")
    assert status == 400 and "malformed" in body["message"]
    status, body = send(whole, "multipart/form-data")
    assert status == 400 and "boundary" in body["message"]


def test_a_photo_is_checked_whatever_its_file_name_and_declared_type(form):
    """The content decides, never the name or the Content-Type a client made up."""
    for filename, content_type in (("", "application/octet-stream"), ("x.txt", "text/plain"),
                                   ("noname", "")):  # fmt: skip
        status, body = form(TEXT, ("want_fixes", None, None, b"true"),
                            ("images", filename, content_type, jpeg()))  # fmt: skip
        assert status == 200, body
        assert len(body["fixes"]["images"]) == 1  # the photo went through the photo check


@pytest.mark.parametrize(
    "body, words",
    [
        ({"text": "hi", "images": {}}, "'images' must be a list"),
        ({"text": "hi", "images": ""}, "'images' must be a list"),
        ({"text": "hi", "images": 0}, "'images' must be a list"),
        ({"text": "hi", "images": False}, "'images' must be a list"),
        ({"text": "hi", "images": [None]}, "'images' must be a list"),
        ({"text": "hi", "photos": ["/9j/4AAQSkZJRg=="]}, "'photos'"),
        ({"text": "hi", "image": "/9j/4AAQSkZJRg=="}, "'image'"),
        ({"text": "hi", "images": [""]}, "images[0] is empty"),
        ({"text": "hi", "site": ["x.com"]}, "'site' must be a site's name"),
        ({"text": "hi", "site": "x.com\u0000"}, "'site' must be a site's name"),
        ({"text": "hi", "site": "x" * 1000}, "'site' must be a site's name"),
    ],
)
def test_json_parts_that_would_be_dropped_are_refused(send, body, words):
    status, answer = send(json.dumps(body).encode())
    assert status == 400 and words in answer["message"], answer
    if "Unknown" in answer["message"]:
        assert "'images'" in answer["message"]


def test_a_json_key_sent_twice_is_refused(send):
    status, body = send(b'{"text": "Well done Olivia Barker", "text": "Sports day"}')
    assert status == 400 and "'text' appears more than once" in body["message"]


def test_nan_and_infinity_are_not_json(send):
    body = b'{"rule": "text.other_person", "score": NaN}'
    status, answer = send(body, path="/api/v1/reports")
    assert status == 400 and "NaN is not a JSON value" in answer["message"]


# -- A: a video is told by its content; one that is not whole is refused ---------------------

AVI = b"RIFF\x00\x00\x00\x00AVI LIST" + b"\x00" * 64


@pytest.mark.parametrize("data", [MP4, MOV, M4V, OLD_MOV, WEBM], ids=["mp4", "mov", "m4v",
                                                                    "old-mov", "webm"])  # fmt: skip
def test_a_video_that_is_not_whole_is_refused_saying_so(send, form, data):
    """The first bytes of a video and nothing else: read as a video (never as a photo, never
    passed), and refused as truncated or corrupt."""
    encoded = base64.b64encode(data).decode()
    for status, body in (
        send(json.dumps({"text": "hi", "images": [encoded]}).encode()),
        form(TEXT, ("images", "clip.jpg", "image/jpeg", data)),  # named as a photo: sniffed
    ):
        assert status == 400 and body["error"] == "VideoRejected", body
        assert "images[0] is truncated or corrupt" in body["message"]


def test_a_video_of_a_kind_not_read_is_refused_naming_what_to_do(send, form):
    status, body = form(TEXT, ("images", "clip.avi", "video/x-msvideo", AVI))
    assert status == 415 and "an AVI video" in body["message"]
    assert "export it as an MP4" in body["message"]


def test_the_declared_type_is_not_believed_the_content_is(send, form):
    status, body = send(json.dumps({"images": ["data:video/mp4;base64," + base64.b64encode(
        jpeg()).decode()]}).encode())  # fmt: skip
    assert status == 200 and "videos" not in body, body
    status, body = form(TEXT, ("images", "clip.mp4", "video/mp4", jpeg()))
    assert status == 200 and "videos" not in body, body


def test_an_iphone_heic_photo_is_not_taken_for_a_video(send):
    from PIL import Image

    from clearpost.detect.images import register_heif

    register_heif()
    buf = io.BytesIO()
    Image.new("RGB", (64, 64), "blue").save(buf, "HEIF")
    assert buf.getvalue()[4:12] == b"ftypheic"
    status, body = send(
        json.dumps({"text": "hi", "images": [base64.b64encode(buf.getvalue()).decode()]}).encode()
    )
    assert status == 200, body


# -- B: no JSON body of any shape gets a 500 ------------------------------------------------

DEEP = [
    b"[" * 100_000,
    b'{"text":' * 10_000 + b'"x"' + b"}" * 10_000,
    b'{"text": "hi", "images": ' + b"[" * 30 + b"]" * 30 + b"}",
    b'{"rules": ' + b"[" * 5_000 + b"]" * 5_000 + b"}",
]
ODD = [
    b"",
    b"null",
    b'"text"',
    b"1e999999",
    b"9" * 5_000,
    b'{"text": NaN}',
    b'{"rule": "text.other_person", "score": NaN}',
    b'{"rule": "text.other_person", "score": -Infinity}',
    b"\xef\xbb\xbf[]",
    b'{"text": "hi"} trailing',
    '{"text": "Olivia Barker"}'.encode("utf-16"),
    b'{"text": "\xff\xfe"}',
    b'{"a": 1, "a": 2}',
    b'{"rule": ["text.other_person"]}',
    b'{"rule": {"a": 1}, "kind": [], "score": "1"}',
    b'{"rules": "text.other_person", "reason": 5}',
    b'{"\\ud800": 1}',
]
PATHS = ["/api/v1/check", "/api/v1/confirmations", "/api/v1/reports"]


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("body", DEEP, ids=lambda b: repr(b[:12]))
def test_deeply_nested_json_is_a_400_not_a_500(send, path, body):
    status, answer = send(body, path=path)
    assert status == 400 and "nested" in answer["message"], answer


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("body", ODD, ids=lambda b: repr(b[:16]))
def test_no_json_body_gets_a_500(send, path, body):
    status, answer = send(body, path=path)
    assert status < 500, answer
    if status >= 300:  # a UTF-16 body is JSON too, and is checked
        assert status >= 400 and answer["message"], answer


# -- C: invalid Unicode is refused, naming the field ----------------------------------------


@pytest.mark.parametrize(
    "body, field",
    [
        (rb'{"text": "Ivy Marsh \ud800 x"}', "'text'"),
        (rb'{"text": "Ivy Marsh \udfff"}', "'text'"),
        (b'{"text": "Ivy Marsh \xed\xa0\x80 x"}', "'text'"),  # the surrogate as raw UTF-8
        (rb'{"text": "hi", "site": "x.com\udc00"}', "'site'"),
        (rb'{"text": "hi", "\ud800": 1}', "a key in the body"),
    ],
)
def test_a_lone_surrogate_in_json_is_a_400_naming_the_field(send, body, field):
    status, answer = send(body)
    assert status == 400, answer
    assert field in answer["message"] and "lone surrogate" in answer["message"]


def test_a_proper_surrogate_pair_is_fine(send):
    status, answer = send(rb'{"text": "Sports day \ud83c\udfc3 was great"}')
    assert status == 200 and answer["verdict"] == "allow"


@pytest.mark.parametrize(
    "path, body",
    [
        ("/api/v1/confirmations",
         rb'{"rules": ["text.other_person"], "reason": "a parent \ud800 agreed"}'),
        ("/api/v1/reports", rb'{"rule": "text.other_person", "note": "x \udc80"}'),
    ],
)  # fmt: skip
def test_a_lone_surrogate_in_feedback_is_a_400(send, path, body):
    status, answer = send(body, path=path)
    assert status == 400 and "lone surrogate" in answer["message"]


def test_invalid_utf8_in_form_text_is_a_400_not_replacement_characters(form):
    for raw in ("Ivy Marsh \ud800 x".encode("utf-8", "surrogatepass"), b"Ivy \xff Marsh"):
        status, body = form(("text", None, None, raw))
        assert status == 400 and "'text' is not valid UTF-8" in body["message"], body


# -- D: an unexpected error is a logged JSON 500 that says the post was not checked ----------


def test_a_bug_is_a_json_500_saying_not_checked_and_logged(send, sqlite_services, caplog,
                                                         monkeypatch):  # fmt: skip
    def broken(*args, **kwargs):
        raise RuntimeError("a bug in a detector")

    monkeypatch.setattr(sqlite_services.checker, "check", broken)
    with caplog.at_level(logging.ERROR):
        status, body = send(b'{"text": "hi"}')
    assert status == 500 and body["error"] == "Internal Server Error"
    assert "NOT checked" in body["message"] and "a bug in a detector" not in body["message"]
    [record] = [r for r in caplog.records if "Unexpected error" in r.getMessage()]
    assert record.exc_info and record.exc_info[0] is RuntimeError  # the traceback is logged


def test_an_animated_image_is_refused_not_checked_on_its_first_frame_only(send):
    """Frame 1 may be a sunset and frame 2 a pupil's face: only frame 1 would be checked."""
    from PIL import Image

    frames = [Image.new("RGB", (64, 64), "orange"), Image.new("RGB", (64, 64), "blue")]
    for fmt in ("GIF", "WEBP", "PNG"):
        buf = io.BytesIO()
        frames[0].save(buf, fmt, save_all=True, append_images=frames[1:], duration=100)
        data = base64.b64encode(buf.getvalue()).decode()
        status, body = send(json.dumps({"text": "hi", "images": [data]}).encode())
        assert status == 415, (fmt, body)
        assert "is an animated" in body["message"] and "still images only" in body["message"]
    buf = io.BytesIO()
    frames[0].save(buf, "GIF")  # a still GIF is fine
    status, body = send(
        json.dumps({"text": "hi", "images": [base64.b64encode(buf.getvalue()).decode()]}).encode()
    )
    assert status == 200, body
