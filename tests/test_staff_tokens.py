"""One API token per member of staff: issued on the admin page or by the CLI, used by the
extension, named in the audit log, revoked (401 at once), kept only as a hash."""

import json
import os
import re
import subprocess
import urllib.request

import pytest
from click.testing import CliRunner
from test_admin import csrf_of, log_in
from test_serve import CLI, get, server  # noqa: F401 (the live-service fixture)

from clearpost.cli import main

PASSWORD = "correct horse battery"
CONFIRMATION = {"rules": ["text.other_person"], "reason": "Karen agreed in writing",
                "site": "x.com"}  # fmt: skip


def call(client, token, path="/api/v1/confirmations", body=CONFIRMATION, user=None):
    headers = {"Authorization": f"Bearer {token}"} | ({"X-Clearpost-User": user} if user else {})
    return client.post(path, json=body, headers=headers)


@pytest.fixture
def admin_client(client, sqlite_services):
    sqlite_services.register.set_admin_password("admin", PASSWORD, "test")
    assert log_in(client).status_code == 302
    return client


def issue_on_page(client, name: str) -> str:
    page = client.post("/admin/tokens", data={"csrf_token": csrf_of(client, "/admin/tokens"),
                                              "name": name})  # fmt: skip
    assert page.status_code == 200
    match = re.search(r'<code class="token" id="new-token">([^<]+)</code>', page.get_data(True))
    assert match, "the new token is shown on the page"
    return match.group(1)


def test_issue_use_revoke_on_the_admin_page(admin_client, sqlite_services):
    token = issue_on_page(admin_client, "Mrs Green")
    assert token.startswith("cps_")
    listing = admin_client.get("/admin/tokens").get_data(as_text=True)
    assert token not in listing, "shown once: never again"
    assert "Mrs Green" in listing and token[:10] in listing and "never" in listing
    assert "Shared token, for scripts" in listing

    # The extension sends the token (and, as it always does, the name in its options).
    assert call(admin_client, token, user="Someone Else").status_code == 201
    [entry] = sqlite_services.register.audit(action="check.confirmed")
    assert entry.actor == "staff:Mrs Green", "the token's holder wins over the header"
    listing = admin_client.get("/admin/tokens").get_data(as_text=True)
    row = re.search(r'<tr id="token-1".*?</tr>', listing, re.S).group(0)
    assert "never" not in row and "active" in row  # last used is shown

    token_id = sqlite_services.tokens.views()[0].id
    csrf = csrf_of(admin_client, "/admin/tokens")
    revoked = admin_client.post(f"/admin/tokens/{token_id}/revoke", data={"csrf_token": csrf})
    assert revoked.status_code == 302
    reply = call(admin_client, token)
    assert reply.status_code == 401
    assert "revoked" in reply.get_json()["message"] and "new one" in reply.get_json()["message"]
    assert len(sqlite_services.register.audit(action="check.confirmed")) == 1
    assert [e.detail["name"] for e in sqlite_services.register.audit(action="token.revoked")] == [
        "Mrs Green"
    ]
    assert sqlite_services.register.audit(action="token.issued")[0].actor == "admin:admin"


def test_the_shared_token_still_works_for_scripts(client, token, sqlite_services):
    sqlite_services.tokens.issue("Mrs Green", "test")
    assert call(client, token, user="backup script").status_code == 201
    assert sqlite_services.register.audit(action="check.confirmed")[0].actor == "api:backup script"


@pytest.mark.parametrize("wrong", ["cps_" + "A" * 43, "cps_", "cps_x y"])
def test_a_made_up_personal_token_is_refused(client, sqlite_services, wrong):
    sqlite_services.tokens.issue("Mrs Green", "test")
    reply = call(client, wrong)
    assert reply.status_code == 401 and "tokens issue" in reply.get_json()["message"]


def test_a_check_is_audited_under_the_staff_member(client, sqlite_services):
    token, _ = sqlite_services.tokens.issue("Mr Patel", "test")
    reply = call(client, token, "/api/v1/check", {"text": "Lovely sunny sports day!"}, "Mrs Fake")
    assert reply.status_code == 200
    assert sqlite_services.register.audit(action="check")[0].actor == "staff:Mr Patel"


def test_the_name_is_checked_and_an_empty_one_refused_on_the_page(admin_client, sqlite_services):
    for bad, words in (("", "is empty"), ("Mrs\u202eGreen", "U+202E"), ("x" * 61, "longer than")):
        page = admin_client.post("/admin/tokens", data={
            "csrf_token": csrf_of(admin_client, "/admin/tokens"), "name": bad})  # fmt: skip
        assert page.status_code == 400 and words in page.get_data(as_text=True)
    assert sqlite_services.tokens.views() == []


def test_only_a_hash_of_the_token_is_kept(sqlite_services):
    token, _ = sqlite_services.tokens.issue("Mrs Green", "test")
    sqlite_services.db.compact(())  # the WAL into the file, so that all bytes are in one place
    stored = b"".join(p.read_bytes() for p in sqlite_services.home.glob("register.db*"))
    assert token.encode() not in stored
    assert token[10:].encode() not in stored
    import hashlib

    assert hashlib.sha256(token.encode()).hexdigest().encode() in stored


def test_cli_issue_list_revoke(home):
    runner = CliRunner()
    issued = runner.invoke(main, ["tokens", "issue", "Mrs Green"])
    assert issued.exit_code == 0, issued.output
    token = issued.stdout.strip()
    assert token.startswith("cps_") and "not shown again" in issued.stderr
    listed = json.loads(runner.invoke(main, ["tokens", "list", "--json"]).stdout)
    assert [(t["id"], t["name"], t["revoked_at"]) for t in listed] == [(1, "Mrs Green", None)]
    assert token not in runner.invoke(main, ["tokens", "list"]).output
    assert runner.invoke(main, ["tokens", "revoke", "1"]).exit_code == 0
    assert json.loads(runner.invoke(main, ["tokens", "list", "--json"]).stdout)[0]["revoked_at"]
    missing = runner.invoke(main, ["tokens", "revoke", "7"])
    assert missing.exit_code == 1 and "No token 7" in missing.output
    bad = runner.invoke(main, ["tokens", "issue", "Mrs\r\nGreen"])
    assert bad.exit_code == 1 and "U+000D" in bad.output


def post(url, token, body, user=None):
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    if user:
        headers["X-Clearpost-User"] = user
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as reply:
            return reply.status, json.loads(reply.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def test_through_the_running_service(server):  # noqa: F811
    """`clearpost serve` and the CLI in other processes: a token issued while the service
    runs works at once, names its holder, and stops at once when revoked."""
    base, home, _ = server
    env = dict(os.environ, CLEARPOST_HOME=str(home))
    env.pop("CLEARPOST_DATABASE_URL", None)

    def cli(*args):
        done = subprocess.run([str(CLI), *args], env=env, capture_output=True, text=True,
                              timeout=60)  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout

    token = cli("tokens", "issue", "Mrs Green").strip()
    url = base + "/api/v1/confirmations"
    assert post(url, token, CONFIRMATION, user="Mr Forged")[0] == 201
    assert get(base + "/api/v1/school", {"Authorization": f"Bearer {token}"})[0] == 200
    entries = [json.loads(line) for line in cli("audit", "--json").splitlines()]
    confirmed = [e for e in entries if e["action"] == "check.confirmed"]
    assert [e["actor"] for e in confirmed] == ["staff:Mrs Green"]
    assert json.loads(cli("tokens", "list", "--json"))[0]["last_used_at"]

    cli("tokens", "revoke", "1")
    status, body = post(url, token, CONFIRMATION)
    assert status == 401 and "revoked" in body["message"]


# -- one-time enrolment codes ------------------------------------------------------------


def test_an_enrolment_code_from_the_admin_page_gives_the_token_once(admin_client, sqlite_services):
    csrf = csrf_of(admin_client, "/admin/tokens")
    form = {"csrf_token": csrf, "name": "Mrs Green", "as": "code"}
    page = admin_client.post("/admin/tokens", data=form)
    assert page.status_code == 200
    code = re.search(r'<code class="token" id="new-code">([^<]+)</code>', page.get_data(True))[1]
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}", code)
    listing = admin_client.get("/admin/tokens").get_data(as_text=True)
    assert code not in listing and "waiting for enrolment" in listing

    # Typed by hand: lower case, no dash.
    reply = admin_client.post("/api/v1/enrol", json={"code": code.lower().replace("-", "")})
    assert reply.status_code == 201, reply.get_json()
    token = reply.get_json()["token"]
    assert token.startswith("cps_") and reply.get_json()["name"] == "Mrs Green"
    assert call(admin_client, token).status_code == 201
    assert sqlite_services.register.audit(action="check.confirmed")[0].actor == "staff:Mrs Green"
    assert sqlite_services.register.audit(action="token.enrolled")[0].actor == "staff:Mrs Green"

    again = admin_client.post("/api/v1/enrol", json={"code": code})
    assert again.status_code == 400 and "used already" in again.get_json()["message"]
    listing = admin_client.get("/admin/tokens").get_data(as_text=True)
    assert "waiting for enrolment" not in listing and token[:10] in listing


def test_an_expired_or_revoked_or_wrong_code_gives_nothing(client, sqlite_services):
    from sqlalchemy import update

    from clearpost.register.models import StaffToken, utcnow

    expired, view = sqlite_services.tokens.issue_enrolment("Mr Old", "test")
    with sqlite_services.db.session() as session:
        session.execute(update(StaffToken).where(StaffToken.id == view.id)
                        .values(enrol_expires_at=utcnow()))  # fmt: skip
    revoked, view2 = sqlite_services.tokens.issue_enrolment("Mr Gone", "test")
    sqlite_services.tokens.revoke(view2.id, "test")
    for code in (expired, revoked, "AAAAA-AAAAA"):
        reply = client.post("/api/v1/enrol", json={"code": code})
        assert reply.status_code == 400, code
        assert "ask the Clearpost admin for a new one" in reply.get_json()["message"]
    for code in ("", None, 12345):
        reply = client.post("/api/v1/enrol", json={"code": code})
        assert reply.status_code == 400 and "Send the enrolment code" in reply.get_json()["message"]
    assert [v.state for v in sqlite_services.tokens.views()] == [
        "enrolment code expired", f"revoked {view2.created_at:%Y-%m-%d}"]  # fmt: skip


def test_cli_issues_an_enrolment_code(home):
    runner = CliRunner()
    issued = runner.invoke(main, ["tokens", "issue", "Mrs Green", "--enrolment-code"])
    assert issued.exit_code == 0, issued.output
    code = issued.stdout.strip()
    assert re.fullmatch(r"\w{5}-\w{5}", code) and "once" in issued.stderr
    listed = runner.invoke(main, ["tokens", "list"]).output
    assert "(no token yet)" in listed and "waiting for enrolment" in listed
