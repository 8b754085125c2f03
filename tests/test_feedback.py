"""Confirmations of warned posts and "this is wrong" reports: audited, never the content."""

import re

import pytest


@pytest.fixture
def api(client, token):
    def post(path, body, user="jo"):
        headers = {"Authorization": f"Bearer {token}", "X-Clearpost-User": user}
        return client.post(path, json=body, headers=headers)

    return post


def test_a_confirmation_goes_to_the_audit_log(api, sqlite_services):
    reply = api("/api/v1/confirmations", {"rules": ["text.other_person"],
                "reason": "Karen agreed to be thanked by name", "site": "x.com"})  # fmt: skip
    assert reply.status_code == 201
    [entry] = sqlite_services.register.audit(action="check.confirmed")
    assert (
        entry.actor == "api:jo" and entry.detail["reason"] == "Karen agreed to be thanked by name"
    )
    assert entry.detail["rules"] == ["text.other_person"] and entry.detail["site"] == "x.com"


@pytest.mark.parametrize(
    "body, words",
    [
        ({"rules": ["text.other_person"]}, "'reason' is required"),
        ({"rules": ["text.other_person"], "reason": "ok"}, "'reason' is required"),
        ({"rules": "text.other_person", "reason": "fine by me"}, "list of rule ids"),
        ({"rules": ["nope.rule"], "reason": "fine by me"}, "Unknown rule id"),
        ({"rules": [], "reason": "x" * 501}, "longer than 500"),
    ],
)
def test_bad_confirmations_are_400(api, body, words):
    reply = api("/api/v1/confirmations", body)
    assert reply.status_code == 400 and words in reply.get_json()["message"]


def test_reports_are_listed_on_the_admin_page(api, client, sqlite_services):
    reply = api("/api/v1/reports", {"rule": "text.pupil_forename", "kind": "text",
                                    "score": 0.6, "site": "facebook.com"})  # fmt: skip
    assert reply.status_code == 201
    assert api("/api/v1/reports", {"rule": "nope"}).status_code == 400
    assert api("/api/v1/reports", {"rule": "face.unknown", "score": "high"}).status_code == 400
    sqlite_services.register.set_admin_password("admin", "correct horse battery", "t")
    page = client.get("/admin/login").get_data(as_text=True)
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    client.post("/admin/login", data={"csrf_token": csrf, "username": "admin",
                                      "password": "correct horse battery"})  # fmt: skip
    page = client.get("/admin/reports").get_data(as_text=True)
    assert "text.pupil_forename" in page and "facebook.com" in page and "0.60" in page


def test_the_staff_name_may_be_percent_encoded(api, sqlite_services):
    body = {"rules": ["text.other_person"], "reason": "she agreed in writing"}
    assert api("/api/v1/confirmations", body, user="Si%C3%A2n").status_code == 201
    assert sqlite_services.register.audit(action="check.confirmed")[0].actor == "api:Siân"


def test_a_post_without_a_check_is_audited_with_its_reason(api, sqlite_services):
    body = {"unchecked": True, "reason": "Service down, head teacher approved the post",
            "site": "facebook.com", "account": "official", "failure": "down",
            "posted_at": "2025-05-01T09:30:00+00:00"}  # fmt: skip
    assert api("/api/v1/confirmations", body).status_code == 201
    [entry] = sqlite_services.register.audit(action="check.unchecked")
    assert entry.actor == "api:jo" and entry.detail["posted"] == "without a check"
    assert entry.detail["reason"] == "Service down, head teacher approved the post"
    assert entry.detail["failure"] == "down" and entry.detail["site"] == "facebook.com"
    assert entry.detail["posted_at"] == "2025-05-01T09:30:00+00:00"
    assert sqlite_services.register.audit(action="check.confirmed") == []


@pytest.mark.parametrize(
    "body, words",
    [
        ({"unchecked": True}, "'reason' is required"),
        ({"unchecked": True, "reason": "fine by me", "failure": "rejected"}, "'failure' must be"),
        ({"unchecked": True, "reason": "fine by me", "posted_at": "yesterday"}, "'posted_at'"),
        ({"unchecked": True, "reason": "fine by me", "account": "mine"}, "'account' must be"),
        # Found by schemathesis: an empty object or list was taken for "no failure given".
        ({"unchecked": True, "reason": "fine by me", "failure": {}}, "'failure' must be"),
        ({"unchecked": True, "reason": "fine by me", "failure": []}, "'failure' must be"),
    ],
)
def test_bad_unchecked_posts_are_400(api, body, words):
    reply = api("/api/v1/confirmations", body)
    assert reply.status_code == 400 and words in reply.get_json()["message"]


@pytest.mark.parametrize(
    "body, words",
    [
        # Found by schemathesis (tests/test_api_fuzz.py): each was a 500 from the database.
        ({"rule": "face.consented", "kind": {}}, "'kind' must be one of"),
        ({"rule": "face.consented", "kind": ["text"]}, "'kind' must be one of"),
        ({"rule": "face.consented", "score": 10**400}, "'score' must be a number"),
        # Stored as given before: a kind that is not text, and a score no finding has.
        ({"rule": "face.consented", "kind": 0}, "'kind' must be one of"),
        ({"rule": "face.consented", "score": -1e300}, "'score' must be a number"),
    ],
)
def test_bad_reports_are_400_never_500(api, body, words):
    reply = api("/api/v1/reports", body)
    assert reply.status_code == 400 and words in reply.get_json()["message"]
