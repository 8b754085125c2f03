"""The JSON API: health, token auth, CORS, limits, JSON errors."""

import pytest

from clearpost import create_app
from clearpost.services import Services

CHROME = "chrome-extension://" + "abcdefghijklmnopabcdefghijklmnop"
FIREFOX = "moz-extension://1b2c3d4e-1111-2222-3333-444455556666"


def test_health_needs_no_token_and_says_nothing_about_pupils(client):
    reply = client.get("/api/v1/health")
    assert reply.status_code == 200
    body = reply.get_json()
    assert body["status"] == "ok" and body["register"] == "ready" and body["version"]
    assert "pupils" not in body


@pytest.mark.parametrize(
    "header",
    [None, "Bearer wrong", "Basic abc", "Bearer", "bearer  "],
)
def test_calls_without_the_right_token_get_401_json(client, header):
    headers = {"Authorization": header} if header is not None else {}
    reply = client.get("/api/v1/school", headers=headers)
    assert reply.status_code == 401
    assert "clearpost token" in reply.get_json()["message"]


def test_the_right_token_is_accepted(client, token, sqlite_services):
    sqlite_services.settings.update({"school": {"name": "Crosby Primary School"}})
    reply = client.get("/api/v1/school", headers={"Authorization": f"Bearer {token}"})
    assert reply.status_code == 200
    assert reply.get_json()["name"] == "Crosby Primary School"


def test_rotating_the_token_stops_the_old_one(client, token, sqlite_services):
    new = sqlite_services.rotate_token()
    assert new != token
    assert (
        client.get("/api/v1/school", headers={"Authorization": f"Bearer {token}"}).status_code
        == 401
    )
    assert (
        client.get("/api/v1/school", headers={"Authorization": f"Bearer {new}"}).status_code == 200
    )


def test_token_file_is_private(sqlite_services):
    sqlite_services.api_token()
    assert sqlite_services.token_path.stat().st_mode & 0o777 == 0o600
    assert (sqlite_services.home / "template.key").stat().st_mode & 0o777 == 0o600


def test_unknown_api_route_is_a_json_404(client, token):
    reply = client.get("/api/v1/nothing-here", headers={"Authorization": f"Bearer {token}"})
    assert reply.status_code == 404 and reply.is_json


def test_wrong_method_is_a_json_405(client, token):
    reply = client.delete("/api/v1/school", headers={"Authorization": f"Bearer {token}"})
    assert reply.status_code == 405 and reply.get_json()["message"]
    # RFC 9110: a 405 names the methods that are allowed (found by schemathesis: our JSON
    # error page dropped the header). Also for a route that needs no token.
    assert set(reply.headers["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    reply = client.open("/api/v1/enrol", method="TRACE")
    assert reply.status_code == 405 and set(reply.headers["Allow"].split(", ")) == {
        "OPTIONS",
        "POST",
    }


def test_oversized_request_is_a_clear_413(client, token):
    body = b"x" * (41 * 1024 * 1024)
    reply = client.post(
        "/api/v1/school", data=body, headers={"Authorization": f"Bearer {token}"},
        content_type="application/octet-stream",
    )  # fmt: skip
    assert reply.status_code == 413
    assert "40 MB" in reply.get_json()["message"]


@pytest.fixture
def cors_client(home):
    svc = Services(home)
    svc.settings.update({"allowed_origins": [CHROME, FIREFOX]})
    yield create_app({"SERVICES": svc, "TESTING": True}).test_client()
    svc.close()


@pytest.mark.parametrize("origin", [CHROME, FIREFOX])
def test_cors_allows_our_extension_origins(cors_client, origin):
    reply = cors_client.get("/api/v1/health", headers={"Origin": origin})
    assert reply.headers["Access-Control-Allow-Origin"] == origin
    preflight = cors_client.options(
        "/api/v1/check",
        headers={"Origin": origin, "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "authorization,content-type"},
    )  # fmt: skip
    assert preflight.headers["Access-Control-Allow-Origin"] == origin
    assert "authorization" in preflight.headers["Access-Control-Allow-Headers"].lower()


@pytest.mark.parametrize(
    "origin", ["https://evil.example", "chrome-extension://" + "b" * 32, "null"]
)
def test_cors_refuses_every_other_origin_and_never_says_star(cors_client, origin):
    reply = cors_client.get("/api/v1/health", headers={"Origin": origin})
    assert "Access-Control-Allow-Origin" not in reply.headers


def test_no_origins_configured_means_no_cors_at_all(client):
    reply = client.get("/api/v1/health", headers={"Origin": CHROME})
    assert "Access-Control-Allow-Origin" not in reply.headers


def test_summary_counts_without_names(client, token, sqlite_services):
    from clearpost.register.mis_import import parse_pupils

    from conftest import PUPILS_CSV

    sqlite_services.register.apply_import(parse_pupils(PUPILS_CSV.encode()), "t")
    reply = client.get("/api/v1/register/summary", headers={"Authorization": f"Bearer {token}"})
    assert reply.get_json() == {"pupils": 3, "staff": 0, "templates": 0}


def test_the_database_file_is_private(sqlite_services):
    sqlite_services.register.record("test", "probe")  # a write, so the WAL exists
    for name in ("register.db", "register.db-wal"):
        path = sqlite_services.home / name
        assert path.stat().st_mode & 0o777 == 0o600, name
