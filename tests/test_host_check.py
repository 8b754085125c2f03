"""Only the service's own host names are answered (issue 17, item 9: DNS rebinding).

A page on evil.example that points its name at 127.0.0.1 makes the browser send
`Host: evil.example`: the API, the log-in page and its CSRF token must not answer it.
"""

import pytest

from clearpost import create_app
from clearpost.config.settings import Settings
from clearpost.errors import ConfigError
from clearpost.web.request_guard import host_name


@pytest.fixture
def admin_ready(sqlite_services):
    sqlite_services.register.set_admin_password("admin", "correct horse battery", "test")
    return sqlite_services


def app_for(services, listen_host=None, **settings):
    services.settings.update(settings)
    return create_app({"SERVICES": services, "TESTING": True, "LISTEN_HOST": listen_host})


OTHER_HOSTS = ["evil.example", "evil.example:5321", "127.0.0.1.evil.example",
               "localhost.evil.example", "10.0.0.5:5321", "[::2]:5321"]  # fmt: skip


@pytest.mark.parametrize("host", OTHER_HOSTS)
def test_another_host_name_gets_400_everywhere(admin_ready, token, host):
    client = app_for(admin_ready).test_client()
    headers = {"Host": host, "Authorization": f"Bearer {token}"}
    for method, url in (("GET", "/api/v1/health"), ("GET", "/api/v1/school"),
                        ("POST", "/api/v1/check"), ("OPTIONS", "/api/v1/check"),
                        ("GET", "/api/v1/nowhere")):  # fmt: skip
        reply = client.open(url, method=method, headers=headers, json={"text": "hi"})
        assert reply.status_code == 400, (method, url, reply.status_code)
        message = reply.get_json()["message"]
        assert "host name" in message and "allowed_hosts" in message
    for url in ("/admin/login", "/admin/", "/admin/settings"):
        page = client.get(url, headers=headers)
        text = page.get_data(as_text=True)
        assert page.status_code == 400 and "allowed_hosts" in text
        assert "csrf_token" not in text and "Set-Cookie" not in page.headers


@pytest.mark.parametrize("host", ["127.0.0.1:5321", "localhost:5321", "LOCALHOST", "[::1]:5321",
                                  "127.0.0.1", "localhost."])  # fmt: skip
def test_the_local_names_are_answered(admin_ready, token, host):
    client = app_for(admin_ready).test_client()
    reply = client.get("/api/v1/school", headers={"Host": host, "Authorization": f"Bearer {token}"})
    assert reply.status_code == 200
    page = client.get("/admin/login", headers={"Host": host})
    assert page.status_code == 200 and "csrf_token" in page.get_data(as_text=True)


def test_configured_names_and_the_listen_address_are_answered(admin_ready):
    app = app_for(admin_ready, listen_host="192.168.1.10",
                  allowed_hosts=["clearpost.oaklane.sch.lan", "[fd00::5]"])  # fmt: skip
    client = app.test_client()
    for host in ("clearpost.oaklane.sch.lan", "CLEARPOST.oaklane.sch.lan:443",
                 "192.168.1.10:5321", "[fd00::5]:5321", "127.0.0.1:5321"):  # fmt: skip
        assert client.get("/api/v1/health", headers={"Host": host}).status_code == 200, host
    assert client.get("/api/v1/health", headers={"Host": "oaklane.sch.lan"}).status_code == 400
    # Listening on every address adds no name: the Host must still be a known one.
    wildcard = app_for(admin_ready, listen_host="0.0.0.0").test_client()
    assert wildcard.get("/api/v1/health", headers={"Host": "0.0.0.0:5321"}).status_code == 400


def test_behind_a_trusted_proxy_the_forwarded_host_is_checked(admin_ready):
    app = app_for(admin_ready, trusted_proxies=1, allowed_hosts=["clearpost.oaklane.sch.lan"])
    client = app.test_client()
    good = {"Host": "127.0.0.1:5321", "X-Forwarded-Host": "clearpost.oaklane.sch.lan"}
    assert client.get("/api/v1/health", headers=good).status_code == 200
    bad = {"Host": "127.0.0.1:5321", "X-Forwarded-Host": "evil.example"}
    assert client.get("/api/v1/health", headers=bad).status_code == 400


@pytest.mark.parametrize("value", ["http://clearpost.lan", "clearpost.lan:443", "*", "a b", "", 5])
def test_a_bad_allowed_host_is_refused_naming_the_field(tmp_path, value):
    with pytest.raises(ConfigError, match="allowed host"):
        Settings(tmp_path / "settings.json").update({"allowed_hosts": [value]})


@pytest.mark.parametrize("value", [-1, 6, "1", True, 1.5])
def test_trusted_proxies_must_be_a_small_whole_number(tmp_path, value):
    with pytest.raises(ConfigError, match="trusted_proxies"):
        Settings(tmp_path / "settings.json").update({"trusted_proxies": value})


def test_host_name_drops_port_brackets_case_and_final_dot():
    assert host_name("LocalHost.:5321") == "localhost"
    assert host_name("[::1]:5321") == "::1" and host_name("::1") == "::1"
    assert host_name("127.0.0.1") == "127.0.0.1"
