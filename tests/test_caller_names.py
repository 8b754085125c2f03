"""The name in X-Clearpost-User (issue 17, item 10): refused unless printable and short
(a CR/LF would forge a line of `clearpost audit`, an escape sequence would drive the
admin's terminal), and escaped when `clearpost audit` prints the log."""

import pytest
from click.testing import CliRunner

from clearpost.cli import main

BODY = {"rules": ["text.other_person"], "reason": "she agreed in writing", "site": "x.com"}


@pytest.fixture
def confirm(client, token):
    def post(user: str):
        headers = {"Authorization": f"Bearer {token}", "X-Clearpost-User": user}
        return client.post("/api/v1/confirmations", json=BODY, headers=headers)

    return post


@pytest.mark.parametrize(
    "user, words",
    [
        ("Jo%0D%0A2026-01-01 09:00:00  admin:admin  pupil.erased", "U+000D"),  # CR/LF, encoded
        ("Jo%0Aforged", "U+000A"),
        ("Jo\x1b[2J", "U+001B"),  # an escape sequence, raw in the header
        ("Jo%1B%5D0%3Bpwned%07", "U+001B"),  # the same, percent-encoded
        ("Jo%E2%80%AEnehpetS", "U+202E"),  # a right-to-left override
        ("Jo%00", "U+0000"),
        ("x" * 61, "longer than 60"),
        ("Jo%C3", "not percent-encoded UTF-8"),  # a broken UTF-8 sequence
    ],
)
def test_a_name_that_is_not_printable_or_too_long_is_a_400(confirm, sqlite_services, user, words):
    reply = confirm(user)
    assert reply.status_code == 400, reply.get_json()
    message = reply.get_json()["message"]
    assert words in message and "X-Clearpost-User" in message
    assert sqlite_services.register.audit(action="check.confirmed") == []  # nothing recorded


@pytest.mark.parametrize("user, actor", [("Mrs Green", "api:Mrs Green"), ("Si%C3%A2n", "api:Siân"),
                                         ("x" * 60, "api:" + "x" * 60), ("", "api")])  # fmt: skip
def test_printable_names_are_recorded(confirm, sqlite_services, user, actor):
    assert confirm(user).status_code == 201
    assert sqlite_services.register.audit(action="check.confirmed")[0].actor == actor


def test_a_bad_name_is_refused_before_the_check_runs(client, token, sqlite_services):
    headers = {"Authorization": f"Bearer {token}", "X-Clearpost-User": "Jo%0Ax"}
    reply = client.post("/api/v1/check", json={"text": "Sports day!"}, headers=headers)
    assert reply.status_code == 400 and "U+000A" in reply.get_json()["message"]
    assert sqlite_services.register.audit(action="check") == []


def test_clearpost_audit_escapes_control_characters(home, sqlite_services):
    """Entries written before names were checked (or by any other way in) still print as
    one line each, with no control character reaching the terminal."""
    forged = "api:Jo\r\n2026-01-01 09:00:00  admin:admin  pupil.erased\x1b[2J\x1b]0;pwned\x07"
    sqlite_services.register.record(forged, "check.confirmed", None, reason="ok\u202eevil")
    sqlite_services.register.record("api:Mrs Green", "check.confirmed", None, reason="fine")
    out = CliRunner().invoke(main, ["audit"]).output
    lines = out.splitlines()
    assert len(lines) == 2, out
    assert all(c.isprintable() for c in out.replace("\n", "")), "no control character printed"
    assert "api:Jo\\r\\n2026-01-01" in lines[1] and "\\x1b[2J" in lines[1]
    assert "\\u202eevil" in lines[1]
    assert "api:Mrs Green" in lines[0]
