"""The admin pages that take files and settings: CSV import, enrolment, staff, settings."""

import html
import io
import json
import re

import pytest
from test_admin import CSRF_RE, PASSWORD, actions, csrf_of, log_in

from clearpost.register.mis_import import parse_pupils

from conftest import PUPILS_CSV, face, upn

STAFF_CSV = (
    "staff_id,title,forename,surname,role,consent_photo,biometric_consent\n"
    "T01,Mrs,Jane,Smith,Head teacher,yes,yes\n"
    ",Mr,Ali,Hassan,Teaching assistant,no,no\n"
)
TEXTAREA_RE = re.compile(r'<textarea name="csv"[^>]*>\n(.*?)</textarea>', re.S)


@pytest.fixture
def pupils(sqlite_services):
    sqlite_services.register.set_admin_password("admin", PASSWORD, "test")
    sqlite_services.register.apply_import(parse_pupils(PUPILS_CSV.encode()), "test")
    return sqlite_services


@pytest.fixture
def admin_client(client, pupils):
    assert log_in(client).status_code == 302
    return client


def upload(client, url: str, data: bytes, name: str = "pupils.csv", **options):
    form = {"csrf_token": csrf_of(client), "file": (io.BytesIO(data), name)}
    form |= {key: "on" for key, on in options.items() if on}
    return client.post(url, data=form, content_type="multipart/form-data")


def carried_csv(page) -> str:
    """The CSV text the preview page carries to its Apply form."""
    return html.unescape(TEXTAREA_RE.search(page.get_data(as_text=True)).group(1))


# -- importing pupils ----------------------------------------------------------------

# Olivia now agrees to the press; Noah joins.
NEXT_TERM = (
    PUPILS_CSV.replace(
        f"{upn(1)},Olivia,Barker,,4,Oak,yes,yes,no,", f"{upn(1)},Olivia,Barker,,4,Oak,yes,yes,yes,"
    )
    + f"{upn(4)},Noah,Patel,,4,Oak,yes,no,no,no,no\n"
)


def test_the_preview_shows_changes_and_writes_nothing_then_apply_writes(admin_client, pupils):
    preview = upload(admin_client, "/admin/import", NEXT_TERM.encode(), full=True)
    text = preview.get_data(as_text=True)
    assert preview.status_code == 200
    assert "Noah Patel" in text and upn(4) in text
    assert re.search(r"Consent: press: <del>no</del> → <ins>yes</ins>", text)
    assert [p.upn for p in pupils.register.pupils()] == [upn(1), upn(2), upn(3)]
    assert pupils.register.pupil(upn(1)).consents["press"] is False

    applied = admin_client.post(
        "/admin/import/apply",
        data={"csrf_token": csrf_of(admin_client), "full": "on", "csv": carried_csv(preview)},
    )
    assert applied.status_code == 200
    assert "Import done" in applied.get_data(as_text=True)
    assert pupils.register.pupil(upn(4)).forename == "Noah"
    assert pupils.register.pupil(upn(1)).consents["press"] is True
    assert actions(pupils, "register.import")[0].actor == "admin:admin"


def test_bad_rows_are_listed_by_line_and_refuse_the_import(admin_client, pupils):
    bad = PUPILS_CSV + f"X123,Bad,Row,4,Oak,yes,no,no,no,no\n{upn(5)},,Nameless,4,Oak\n"
    preview = upload(admin_client, "/admin/import", bad.encode(), full=True)
    text = preview.get_data(as_text=True)
    assert re.search(r'<td class="num">5</td><td>malformed UPN &#39;X123&#39;', text)
    assert re.search(r'<td class="num">6</td><td>missing forename', text)
    assert "would be <strong>refused</strong>" in text

    form = {"csrf_token": csrf_of(admin_client), "full": "on", "csv": carried_csv(preview)}
    refused = admin_client.post("/admin/import/apply", data=form)
    assert refused.status_code == 400
    assert "Nothing was imported" in refused.get_data(as_text=True)
    assert len(actions(pupils, "register.import")) == 1  # the fixture's own

    skipped = admin_client.post("/admin/import/apply", data=form | {"skip_bad_rows": "on"})
    assert "Skipped lines: 5, 6." in skipped.get_data(as_text=True)
    assert len(actions(pupils, "register.import")) == 2


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x00\x01\x02binary", "This is not a CSV text file"),
        (b"", "is empty (0 bytes)"),
        (b"name,colour\nx,y\n", "UPN"),
    ],
)
def test_a_bad_file_is_explained_not_a_500(admin_client, pupils, data, message):
    page = upload(admin_client, "/admin/import", data, full=True)
    assert page.status_code == 400
    assert message in html.unescape(page.get_data(as_text=True))


def test_leavers_are_removed_only_when_asked(admin_client, pupils):
    only_two = "\n".join(PUPILS_CSV.splitlines()[:3]) + "\n"
    preview = upload(admin_client, "/admin/import", only_two.encode(), full=True)
    assert "They will stay in the register" in preview.get_data(as_text=True)
    preview = upload(
        admin_client, "/admin/import", only_two.encode(), full=True, remove_leavers=True
    )
    assert "They will be erased" in preview.get_data(as_text=True)
    form = {"csrf_token": csrf_of(admin_client), "full": "on", "remove_leavers": "on"}
    done = admin_client.post("/admin/import/apply", data=form | {"csv": carried_csv(preview)})
    assert "Erasure references of the leavers removed: " in done.get_data(as_text=True)
    assert [p.upn for p in pupils.register.pupils()] == [upn(1), upn(2)]


def test_remove_leavers_with_a_partial_list_is_refused_up_front(admin_client, pupils):
    page = upload(admin_client, "/admin/import", PUPILS_CSV.encode(), remove_leavers=True)
    assert page.status_code == 400
    assert "needs the full list" in page.get_data(as_text=True)


# -- enrolment -----------------------------------------------------------------------


def enrol(client, url: str, *photos: str):
    files = [(io.BytesIO(face(p).read_bytes()), p.rsplit("/", 1)[-1]) for p in photos]
    form = {"csrf_token": csrf_of(client), "photos": files}
    return client.post(url, data=form, content_type="multipart/form-data")


def test_enrolling_a_consenting_pupil(admin_client, pupils):
    page = enrol(admin_client, f"/admin/pupils/{upn(1)}/enrol", "fr/examples/obama.jpg")
    assert page.status_code == 200
    assert "Enrolled" in page.get_data(as_text=True)
    assert pupils.register.pupil(upn(1)).templates == 1
    assert actions(pupils, "template.enrolled")[0].actor == "admin:admin"


def test_enrolling_without_biometric_consent_is_refused_with_the_reason(admin_client, pupils):
    reason = pupils.register.refuse_templates_reason(upn(3))
    assert html.escape(reason) in admin_client.get(f"/admin/pupils/{upn(3)}").get_data(as_text=True)
    page = enrol(admin_client, f"/admin/pupils/{upn(3)}/enrol", "fr/examples/obama.jpg")
    assert page.status_code == 400
    assert "has no biometric consent" in page.get_data(as_text=True)
    assert pupils.register.pupil(upn(3)).templates == 0


def test_a_photo_with_two_faces_is_refused(admin_client, pupils):
    page = enrol(admin_client, f"/admin/pupils/{upn(1)}/enrol", "fr/examples/two_people.jpg")
    assert "2 faces found" in page.get_data(as_text=True)
    assert pupils.register.pupil(upn(1)).templates == 0


def test_enrolling_needs_a_photo(admin_client, pupils):
    page = admin_client.post(
        f"/admin/pupils/{upn(1)}/enrol",
        data={"csrf_token": csrf_of(admin_client)},
        content_type="multipart/form-data",
    )
    assert page.status_code == 400
    assert "Choose one or more photos first." in page.get_data(as_text=True)


# -- staff ---------------------------------------------------------------------------


def test_staff_import_consent_enrol_and_forget(admin_client, pupils):
    preview = upload(admin_client, "/admin/staff/import", STAFF_CSV.encode(), "staff.csv")
    assert "Mrs Jane Smith" in preview.get_data(as_text=True)
    assert pupils.register.staff() == []
    form = {"csrf_token": csrf_of(admin_client), "csv": carried_csv(preview)}
    admin_client.post("/admin/staff/import/apply", data=form)
    assert [s.ref for s in pupils.register.staff()] == ["ali hassan", "T01"]

    # A ref with a space goes through the URL.
    token = csrf_of(admin_client, "/admin/staff")
    page = admin_client.post(
        "/admin/staff/ali hassan/consent",
        data={"csrf_token": token, "channel": "photo", "value": "yes"},
        follow_redirects=True,
    )
    assert "Mr Hassan: photo consent is now yes." in page.get_data(as_text=True)
    assert pupils.register.staff()[0].consent_photo is True

    refused = enrol(admin_client, "/admin/staff/ali hassan/enrol", "fr/examples/obama.jpg")
    assert refused.status_code == 403
    enrolled = enrol(admin_client, "/admin/staff/T01/enrol", "fr/examples/obama.jpg")
    assert "Enrolled" in enrolled.get_data(as_text=True)
    assert pupils.register.staff()[1].templates == 1

    url = "/admin/staff/ali hassan/forget"
    assert admin_client.get(url).status_code == 200
    assert admin_client.post(url, data={"csrf_token": token}).status_code == 400
    admin_client.post(url, data={"csrf_token": token, "confirm": "on"})
    assert [s.ref for s in pupils.register.staff()] == ["T01"]
    assert admin_client.get(url).status_code == 404


# -- settings and the API token --------------------------------------------------------


def settings_form(client, **changes) -> dict:
    """The settings form as the page fills it in, with `changes` applied."""
    text = client.get("/admin/settings").get_data(as_text=True)
    form = {
        "csrf_token": CSRF_RE.search(text).group(1),
        "on_service_down": "closed",
        "photo_archive": "",
    }
    form |= {f"school.{k}": "" for k in ("name", "address", "postcode", "phone", "email")}
    form |= {"school.website": "", "allowed_origins": "", "site": [], "site_channel": []}
    for site, channel in re.findall(
        r'name="site" value="([^"]*)".*?<option value="(\w+)" selected', text, re.S
    ):
        form["site"].append(html.unescape(site))
        form["site_channel"].append(channel)
    form.update(changes)
    return form


def test_a_bad_setting_is_shown_and_nothing_is_saved(admin_client, pupils):
    before = pupils.settings.path.read_bytes()
    form = settings_form(
        admin_client, **{"school.name": "Oak Lane", "allowed_origins": "https://evil.example"}
    )
    page = admin_client.post("/admin/settings", data=form)
    assert page.status_code == 400
    assert "is not an extension origin" in html.unescape(page.get_data(as_text=True))
    assert pupils.settings.path.read_bytes() == before


def test_a_good_save_changes_the_file_and_is_audited(admin_client, pupils):
    origin = "chrome-extension://" + "a" * 32
    form = settings_form(
        admin_client,
        **{
            "school.name": "Oak Lane Primary",
            "allowed_origins": origin + "\r\n",
            "on_service_down": "warn",
            "override.personal.face.unknown": "warn",
            "override.official.face.unknown": "warn",  # the default: not an override
        },
    )
    form["site"].append("threads.net")
    form["site_channel"].append("social_media")
    page = admin_client.post("/admin/settings", data=form, follow_redirects=True)
    assert "Settings saved" in page.get_data(as_text=True)
    saved = json.loads(pupils.settings.path.read_text())
    assert saved["school"]["name"] == "Oak Lane Primary"
    assert saved["allowed_origins"] == [origin]
    assert saved["on_service_down"] == "warn"
    assert saved["policy_overrides"] == {"official": {}, "personal": {"face.unknown": "warn"}}
    assert saved["site_channels"]["threads.net"] == "social_media"
    assert saved["site_channels"]["x.com"] == "social_media"
    assert "Oak Lane Primary" in page.get_data(as_text=True)  # the header shows the school
    assert actions(pupils, "settings.changed")[0].actor == "admin:admin"


def test_rotating_the_token_shows_the_new_one_once(admin_client, pupils):
    old = pupils.api_token()
    page = admin_client.post("/admin/settings/token", data={"csrf_token": csrf_of(admin_client)})
    new = pupils.api_token()
    assert new != old and new in page.get_data(as_text=True)
    assert new not in admin_client.get("/admin/settings").get_data(as_text=True)
    assert actions(pupils, "token.rotated")[0].actor == "admin:admin"
