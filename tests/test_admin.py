"""The admin pages: set-up, log-in, throttling, CSRF, headers, pupils, consent, erasure, audit."""

import re

import numpy as np
import pytest

from clearpost.register.mis_import import parse_pupils

from conftest import PUPILS_CSV, upn

PASSWORD = "correct horse battery"
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(client, url: str = "/admin/") -> str:
    page = client.get(url)
    match = CSRF_RE.search(page.get_data(as_text=True))
    assert match, f"no CSRF token on {url} ({page.status_code})"
    return match.group(1)


def log_in(client, user: str = "admin", password: str = PASSWORD):
    token = csrf_of(client, "/admin/login")
    return client.post(
        "/admin/login", data={"csrf_token": token, "username": user, "password": password}
    )


def actions(services, action: str) -> list:
    return services.register.audit(limit=1000, action=action)


@pytest.fixture
def admin(sqlite_services):
    sqlite_services.register.set_admin_password("admin", PASSWORD, "test")
    return sqlite_services


@pytest.fixture
def pupils(admin):
    """Olivia (upn 1: no press), Thomas "Tom" (upn 2: no social media), Amira (upn 3)."""
    admin.register.apply_import(parse_pupils(PUPILS_CSV.encode()), "test")
    return admin


@pytest.fixture
def logged_in(client, admin):
    assert log_in(client).status_code == 302
    return client


# -- set-up and log-in ---------------------------------------------------------------


def test_without_an_admin_every_page_says_to_set_a_password(client, sqlite_services):
    for url in ("/admin/", "/admin/login", "/admin/settings"):
        page = client.get(url)
        assert page.status_code == 503
        assert "clearpost admin set-password" in page.get_data(as_text=True)
    # Nor can a first password be set, or a log-in made, from the web.
    posted = client.post("/admin/login", data={"username": "admin", "password": "x" * 12})
    assert posted.status_code == 503
    assert not sqlite_services.register.has_admin()


def test_logged_out_pages_redirect_to_log_in(client, admin):
    for url in ("/admin/", f"/admin/pupils/{upn(1)}", "/admin/audit", "/admin/settings"):
        page = client.get(url)
        assert page.status_code == 302
        assert page.location.endswith("/admin/login")


def test_log_in_goes_back_to_the_page_asked_for(client, admin):
    client.get("/admin/audit")
    assert log_in(client).location.endswith("/admin/audit")


@pytest.mark.parametrize("user", ["admin", "nobody"])
def test_wrong_password_is_refused_the_same_way_and_audited(client, admin, user):
    page = log_in(client, user, "wrong-password-123")
    text = page.get_data(as_text=True)
    assert page.status_code == 401
    assert "Wrong user name or password." in text
    assert client.get("/admin/").status_code == 302
    failed = actions(admin, "admin.login_failed")
    assert len(failed) == 1 and failed[0].subject == f"admin:{user}"
    assert "wrong-password-123" not in repr([e.to_dict() for e in admin.register.audit(1000)])


def test_five_failures_make_the_next_attempt_wait(client, admin):
    # More in test_admin_login.py: the delay grows, then the right password works.
    for _ in range(5):
        assert log_in(client, "admin", "wrong-password-123").status_code == 401
    refused = log_in(client)  # the right password, but within the delay
    assert refused.status_code == 429 and refused.headers["Retry-After"] == "1"
    assert "Too many failed log-ins" in refused.get_data(as_text=True)
    assert client.get("/admin/").status_code == 302
    assert len(actions(admin, "admin.login_failed")) == 5


def test_log_in_works_renews_the_session_and_is_audited(client, admin):
    before = csrf_of(client, "/admin/login")
    page = log_in(client)
    assert page.status_code == 302 and page.location.endswith("/admin/")
    home = client.get("/admin/")
    assert home.status_code == 200
    assert CSRF_RE.search(home.get_data(as_text=True)).group(1) != before
    logins = actions(admin, "admin.login")
    assert [e.actor for e in logins] == ["admin:admin"]


def test_resetting_the_password_ends_existing_sessions(logged_in, admin):
    assert logged_in.get("/admin/").status_code == 200
    admin.register.set_admin_password("admin", "another long password", "test")
    page = logged_in.get("/admin/")
    assert page.status_code == 302 and "/admin/login" in page.location


def test_log_out_is_a_post(logged_in):
    assert logged_in.get("/admin/logout").status_code == 405
    token = csrf_of(logged_in)
    assert logged_in.post("/admin/logout", data={"csrf_token": token}).status_code == 302
    assert logged_in.get("/admin/").status_code == 302


# -- CSRF and headers ----------------------------------------------------------------


@pytest.mark.parametrize("token", [None, "forged-token"])
def test_a_post_without_the_right_csrf_token_changes_nothing(logged_in, pupils, token):
    data = {"social_media": "no"} | ({"csrf_token": token} if token else {})
    page = logged_in.post(f"/admin/pupils/{upn(1)}/consent", data=data)
    assert page.status_code == 400
    assert "The form has expired or did not come from this page" in page.get_data(as_text=True)
    assert pupils.register.pupil(upn(1)).consents["social_media"] is True
    assert actions(pupils, "consent.changed") == []


@pytest.mark.parametrize("url", ["/admin/", "/admin/login", "/admin/pupils/L000000000000"])
def test_admin_responses_carry_strict_headers(logged_in, url):
    page = logged_in.get(url, follow_redirects=True)
    csp = page.headers["Content-Security-Policy"]
    for part in ("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'"):
        assert part in csp
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    assert page.headers["Referrer-Policy"] == "no-referrer"
    assert page.headers["Cache-Control"] == "no-store"


def test_register_data_is_escaped(logged_in, admin):
    csv = f"upn,forename,surname\n{upn(7)},<script>alert(1)</script>,O'Neil\n"
    admin.register.apply_import(parse_pupils(csv.encode()), "test")
    text = logged_in.get("/admin/").get_data(as_text=True)
    assert "<script>alert(1)" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text


# -- pupils and consent --------------------------------------------------------------


def test_the_list_searches_and_shows_consent_at_a_glance(logged_in, pupils):
    text = logged_in.get("/admin/").get_data(as_text=True)
    assert all(name in text for name in ("Olivia", "Tom", "Amira", upn(3)))
    assert 'title="Press: no"' in text and 'title="Press: yes"' in text
    found = logged_in.get("/admin/?q=khan").get_data(as_text=True)
    assert "Amira" in found and "Olivia" not in found


def test_an_unknown_upn_is_a_404_page(logged_in, pupils):
    page = logged_in.get(f"/admin/pupils/{upn(99)}")
    assert page.status_code == 404
    assert "No pupil with UPN" in page.get_data(as_text=True)


def test_consent_form_applies_only_what_changed(logged_in, pupils):
    token = csrf_of(logged_in, f"/admin/pupils/{upn(1)}")
    form = {"csrf_token": token, "social_media": "no", "website": "yes", "press": "no"}
    form |= {"name_with_photo": "no", "biometric": "yes"}
    page = logged_in.post(f"/admin/pupils/{upn(1)}/consent", data=form, follow_redirects=True)
    assert "Consent changed: social media no." in page.get_data(as_text=True)
    assert pupils.register.pupil(upn(1)).consents["social_media"] is False
    changed = actions(pupils, "consent.changed")
    assert [(e.actor, e.subject, e.detail["channel"]) for e in changed] == [
        ("admin:admin", upn(1), "social_media")
    ]


def test_withdrawing_biometric_consent_says_templates_went(logged_in, pupils):
    pupils.register.add_template(upn(1), np.zeros(128), "test", "test")
    token = csrf_of(logged_in, f"/admin/pupils/{upn(1)}")
    page = logged_in.post(
        f"/admin/pupils/{upn(1)}/consent",
        data={"csrf_token": token, "biometric": "no"},
        follow_redirects=True,
    )
    assert "1 face template(s) were deleted" in page.get_data(as_text=True)
    assert pupils.register.pupil(upn(1)).templates == 0


def test_the_pupils_objection_is_recorded(logged_in, pupils):
    token = csrf_of(logged_in, f"/admin/pupils/{upn(1)}")
    logged_in.post(
        f"/admin/pupils/{upn(1)}/objection", data={"csrf_token": token, "objects": "yes"}
    )
    assert pupils.register.pupil(upn(1)).pupil_objects_biometric is True
    text = logged_in.get(f"/admin/pupils/{upn(1)}").get_data(as_text=True)
    assert "objects to biometric processing" in text
    assert 'name="photos"' not in text  # no upload form for a pupil who objects


def test_forgetting_needs_the_typed_upn(logged_in, pupils):
    url = f"/admin/pupils/{upn(2)}/forget"
    assert upn(2) in logged_in.get(url).get_data(as_text=True)
    token = csrf_of(logged_in, url)
    wrong = logged_in.post(url, data={"csrf_token": token, "confirm_upn": upn(1)})
    assert wrong.status_code == 400
    assert pupils.register.pupil(upn(2)).forename == "Thomas"

    typed = " " + upn(2).lower() + " "
    page = logged_in.post(
        url, data={"csrf_token": token, "confirm_upn": typed}, follow_redirects=True
    )
    text = page.get_data(as_text=True)
    ref = actions(pupils, "pupil.erased")[0].detail["erasure_ref"]
    assert f"Erasure reference: {ref}" in text
    assert upn(2) not in text
    assert [p.upn for p in pupils.register.pupils()] == [upn(1), upn(3)]


def test_deleting_templates(logged_in, pupils):
    pupils.register.add_template(upn(1), np.zeros(128), "test", "test")
    token = csrf_of(logged_in, f"/admin/pupils/{upn(1)}")
    page = logged_in.post(
        f"/admin/pupils/{upn(1)}/templates/delete",
        data={"csrf_token": token},
        follow_redirects=True,
    )
    assert "Deleted 1 face template(s)." in page.get_data(as_text=True)
    assert pupils.register.pupil(upn(1)).templates == 0


# -- audit ---------------------------------------------------------------------------


def test_the_audit_page_lists_and_filters_entries(logged_in, pupils):
    pupils.register.set_consent(upn(1), "press", True, "admin:admin")
    text = logged_in.get("/admin/audit").get_data(as_text=True)
    assert "consent.changed" in text and "pupil.added" in text and "admin.login" in text
    assert "channel: press; old: no; new: yes" in text
    only = logged_in.get("/admin/audit?action=consent.changed&limit=x").get_data(as_text=True)
    assert "consent.changed" in only and ">pupil.added<" not in only
