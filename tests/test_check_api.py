"""POST /api/v1/check: the text check through the real app, its answers and its refusals."""

import base64
import io
import json

import pytest

from clearpost.register.mis_import import parse_pupils, parse_staff

from conftest import PUPILS_CSV, face

SCHOOL = {
    "name": "Hollins Green Primary School",
    "address": "Hollins Lane, Marple, Stockport",
    "postcode": "SK6 6AW",
    "phone": "0161 427 0000",
    "email": "office@hollinsgreen.stockport.sch.uk",
    "website": "www.hollinsgreen.stockport.sch.uk",
}


def face_photo(relative: str) -> str:
    """A fixture photo, re-encoded without its metadata, as base64."""
    from clearpost.detect.images import load_image

    buf = io.BytesIO()
    load_image(face(relative).read_bytes()).save(buf, "JPEG")
    return base64.b64encode(buf.getvalue()).decode()


@pytest.fixture
def school(sqlite_services):
    sqlite_services.register.apply_import(parse_pupils(PUPILS_CSV.encode()), "test")
    sqlite_services.register.apply_staff_import(
        parse_staff(b"title,forename,surname,role\nMrs,Sarah,Hughes,Headteacher\n"), "test"
    )
    sqlite_services.settings.update({"school": SCHOOL})
    return sqlite_services


@pytest.fixture
def post(client, token, school):
    def send(body=None, headers=None, **kwargs):
        headers = {"Authorization": f"Bearer {token}", **(headers or {})}
        if body is not None and not isinstance(body, dict):
            return client.post("/api/v1/check", data=body, headers=headers, **kwargs)
        return client.post("/api/v1/check", json=body, headers=headers, **kwargs)

    return send


def test_a_full_name_is_blocked_with_reason_clause_person_and_fix(post):
    reply = post(
        {"text": "Well done Olivia Barker for winning the sprint! 🏃", "account": "official"}
    )
    assert reply.status_code == 200
    body = reply.get_json()
    assert body["verdict"] == "block" and isinstance(body["elapsed_ms"], int)
    [finding] = body["findings"]
    assert finding["kind"] == "text" and finding["rule"] == "text.pupil_full_name"
    assert finding["severity"] == "block" and finding["text"] == "Olivia Barker"
    assert (finding["start"], finding["end"]) == (10, 23)
    assert finding["person"] == {"kind": "pupil", "display": "Olivia B. (Year 4)"}
    assert finding["clause"] == "001 App.1 (d)" and finding["reason"]
    assert "upn" not in json.dumps(body).lower()
    assert body["fixes"]["redacted_text"] == "Well done Olivia for winning the sprint! 🏃"


def test_a_circumstance_names_the_pupil_and_the_fix_removes_it_with_the_name(post):
    reply = post({
        "text": "Thank you to Olivia's foster carers for the cakes! She loved them.",
        "account": "official", "want_fixes": True,
    })  # fmt: skip
    body = reply.get_json()
    assert body["verdict"] == "block"
    record = next(f for f in body["findings"] if f["rule"] == "text.pupil_record")
    assert record["person"] == {"kind": "pupil", "display": "Olivia B. (Year 4)"}
    assert "care status" in record["reason"] and record["clause"]
    redacted = body["fixes"]["redacted_text"]
    # The forename alone would be allowed; beside a circumstance it goes too.
    assert "foster" not in redacted and "Olivia" not in redacted, redacted


def test_a_clean_post_is_allowed(post):
    body = post({"text": "What a brilliant sports day! Thank you Mrs Hughes and all the families "
                         "who came. Call the office on 0161 427 0000 or visit "
                         "www.hollinsgreen.stockport.sch.uk. Hollins Green Primary School, "
                         "SK6 6AW"}).get_json()  # fmt: skip
    assert body["verdict"] == "allow" and body["findings"] == []


def test_forename_alone_is_info_text_only_but_blocks_with_a_photo(post):
    body = post({"text": "Well done Olivia!"}).get_json()
    assert body["verdict"] == "allow"
    assert [(f["rule"], f["severity"]) for f in body["findings"]] == [
        ("text.pupil_forename", "info")
    ]
    # A photo without a face changes nothing; one with a face makes the name a finding.
    body = post({"text": "Well done Olivia!", "images": [face_photo("dlib/dogs.jpg")]})
    assert body.get_json()["verdict"] == "allow"
    body = post({"text": "Well done Olivia!", "images": [face_photo("fr/examples/biden.jpg")]})
    body = body.get_json()
    assert body["verdict"] == "block"
    assert body["findings"][0]["rule"] == "text.pupil_name_with_photo"
    assert body["fixes"]["redacted_text"] == "Well done [name removed]!"


def test_personal_account_warns_on_a_forename(post):
    body = post({"text": "Well done Olivia!", "account": "personal"}).get_json()
    assert body["verdict"] == "warn" and body["findings"][0]["severity"] == "warn"


def test_multipart_form_is_accepted(client, token, school):
    jpeg = base64.b64decode(face_photo("fr/examples/biden.jpg"))
    reply = client.post(
        "/api/v1/check",
        data={"text": "Thank you Amira", "account": "official",
              "images": (io.BytesIO(jpeg), "photo.jpg")},
        headers={"Authorization": f"Bearer {token}"}, content_type="multipart/form-data",
    )  # fmt: skip
    assert reply.status_code == 200
    assert reply.get_json()["findings"][0]["rule"] == "text.pupil_name_with_photo"


def test_school_overrides_change_a_rules_severity(post, school):
    school.settings.update({"policy_overrides": {"official": {"text.other_person": "block"}}})
    body = post({"text": "Thank you to Karen Whitfield for the cakes!"}).get_json()
    assert body["verdict"] == "block" and body["findings"][0]["rule"] == "text.other_person"
    assert body["fixes"]["redacted_text"] == "Thank you to Karen W. for the cakes!"


@pytest.mark.parametrize(
    "prefix",
    ["🎉🎉 ", "مرحبا ", "e\u0301e\u0301 ", "👩‍👩‍👧 ", "\u200f\u202e", "𝐀𝐁 "],
)
def test_offsets_point_into_the_original_text_whatever_comes_before(post, prefix):
    text = prefix + "Well done Olivia Barker and call 07700 900123"
    body = post({"text": text}).get_json()
    spans = {f["rule"]: text[f["start"] : f["end"]] for f in body["findings"]}
    assert spans == {
        "text.pupil_full_name": "Olivia Barker",
        "text.contact_details": "07700 900123",
    }
    assert all(text[f["start"] : f["end"]] == f["text"] for f in body["findings"])


def test_evasions_are_found_and_offsets_cover_the_hidden_characters(post):
    text = "Well done \u041elivi\u0430 Bar\u200bker! #OliviaBarker"
    body = post({"text": text}).get_json()
    assert [f["text"] for f in body["findings"]] == [
        "\u041elivi\u0430 Bar\u200bker",
        "#OliviaBarker",
    ]
    assert body["fixes"]["redacted_text"] == "Well done \u041elivi\u0430! #Olivia"


def test_every_check_is_audited_without_the_text(post, school):
    post({"text": "Well done Olivia Barker", "site": "x.com"}, headers={"X-Clearpost-User": "jo"})
    [entry] = school.register.audit(action="check")
    assert entry.actor == "api:jo"
    assert entry.detail["verdict"] == "block" and entry.detail["rules"] == {
        "text.pupil_full_name": 1
    }
    assert entry.detail["account"] == "official" and entry.detail["site"] == "x.com"
    assert "Olivia" not in json.dumps(entry.detail) and "Barker" not in json.dumps(entry.detail)


@pytest.mark.parametrize(
    "body, status, words",
    [
        ({"text": ""}, 400, "Nothing to check"),
        ({}, 400, "Nothing to check"),
        ({"text": "x" * 1_000_000}, 400, "limit is 20,000"),
        ({"text": 5}, 400, "'text' must be a string"),
        ({"text": ["a"]}, 400, "'text' must be a string"),
        ({"text": "hi", "account": "boss"}, 400, "official, personal"),
        ({"text": "hi", "images": "abc"}, 400, "list of base64"),
        ({"text": "hi", "images": ["%%%"]}, 400, "images[0] is not valid base64"),
        ({"text": "hi", "images": [base64.b64encode(b"not an image").decode()]}, 400,
         "not an image"),
        ({"text": "hi", "want_fixes": "yes"}, 400, "true or false"),
        ({"text": "hi", "colour": "red"}, 400, "Unknown field"),
        ({"text": "a\x00b"}, 400, "binary"),
        ({"text": "hi", "channel": "tv"}, 400, "social_media"),
    ],
)  # fmt: skip
def test_bad_requests_get_a_clear_4xx_and_the_service_keeps_serving(post, body, status, words):
    reply = post(body)
    assert reply.status_code == status, reply.get_data(as_text=True)
    assert words in reply.get_json()["message"]
    assert post({"text": "Sports day was great"}).status_code == 200


def test_binary_junk_and_broken_json_are_400(post):
    for junk in (b"\x00\xff\xfe" * 50, b'{"text": ', b"[1, 2]"):
        reply = post(junk, content_type="application/json")
        assert reply.status_code == 400 and reply.get_json()["message"]
    reply = post(b"text=hello", content_type="text/plain")
    assert reply.status_code == 415


def test_missing_token_is_401(client, school):
    reply = client.post("/api/v1/check", json={"text": "hi"})
    assert reply.status_code == 401


def test_a_decompression_bomb_is_refused_naming_the_limit(post):
    from PIL import Image

    png = io.BytesIO()
    Image.new("1", (10000, 7000)).save(png, "PNG")  # 70 MP, a few KB
    reply = post({"text": "hi", "images": [base64.b64encode(png.getvalue()).decode()]})
    assert reply.status_code == 413 and "60 MP" in reply.get_json()["message"]


def test_a_truncated_image_is_refused(post):
    from PIL import Image

    jpeg = io.BytesIO()
    Image.new("RGB", (200, 200), "red").save(jpeg, "JPEG")
    cut = jpeg.getvalue()[:300]
    reply = post({"text": "hi", "images": [base64.b64encode(cut).decode()]})
    assert reply.status_code == 400 and "truncated or corrupt" in reply.get_json()["message"]


def test_the_register_changing_is_seen_by_the_next_check(post, school):
    assert post({"text": "Well done Noah Smith"}).get_json()["findings"][0]["rule"] == (
        "text.other_person"
    )
    school.register.apply_import(
        parse_pupils(b"upn,forename,surname\nB801200005001,Noah,Smith\n"), "t", full=False
    )
    body = post({"text": "Well done Noah Smith"}).get_json()
    assert body["findings"][0]["rule"] == "text.pupil_full_name"
