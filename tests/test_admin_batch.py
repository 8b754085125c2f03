"""Batch checks and pupil searches from the admin page: started, followed, report opened."""

import io
import re
import time

import pytest

from clearpost.detect.images import load_image
from clearpost.register.enrol import enrol_photos
from clearpost.register.mis_import import parse_pupils

from conftest import PUPILS_CSV, face, upn

CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def admin(client, sqlite_services, tmp_path):
    svc = sqlite_services
    svc.register.apply_import(parse_pupils(PUPILS_CSV.encode()), "t")
    path = face("fr/examples/obama.jpg")
    enrol_photos(svc.register, svc.faces, upn(1), [(path.name, path.read_bytes())], "t")
    svc.register.set_admin_password("admin", "correct horse battery", "t")
    token = CSRF_RE.search(client.get("/admin/login").get_data(as_text=True)).group(1)
    client.post("/admin/login", data={"csrf_token": token, "username": "admin",
                                      "password": "correct horse battery"})  # fmt: skip
    archive = tmp_path / "archive"
    archive.mkdir()
    for name in ("obama2.jpg", "biden.jpg"):
        buf = io.BytesIO()
        load_image(face(f"fr/examples/{name}").read_bytes()).save(buf, "JPEG")
        (archive / name).write_bytes(buf.getvalue())
    (archive / "notes.txt").write_text("not a photo")
    svc.settings.update({"batch_roots": [str(tmp_path)], "photo_archive": str(archive)})
    return client, svc, archive


def wait_done(client, location):
    for _ in range(300):
        page = client.get(location).get_data(as_text=True)
        if "refreshes by itself" not in page:
            return page
        time.sleep(0.2)
    raise AssertionError("the run did not finish")


def test_a_batch_started_from_the_page_finishes_with_a_report(admin):
    client, svc, archive = admin
    page = client.get("/admin/batch").get_data(as_text=True)
    assert str(archive) in page  # the archive folder is offered
    token = CSRF_RE.search(page).group(1)
    reply = client.post("/admin/batch/start", data={"csrf_token": token, "folder": str(archive),
                                                   "account": "official"})  # fmt: skip
    assert reply.status_code == 302
    page = wait_done(client, reply.location)
    assert "Done:" in page and "1 may go out" in page and "1 to check" in page
    report = re.search(r'href="(/admin/batch/report/[^"]+)"', page).group(1)
    opened = client.get(report)
    assert opened.status_code == 200 and b"children" in opened.data
    assert "script-src 'unsafe-inline'" in opened.headers["Content-Security-Policy"]
    assert client.get("/admin/batch/report/..%2Fregister.db").status_code == 404


def test_a_missing_folder_is_refused_with_a_message(admin):
    client, _, _ = admin
    token = CSRF_RE.search(client.get("/admin/batch").get_data(as_text=True)).group(1)
    reply = client.post("/admin/batch/start", data={"csrf_token": token, "folder": "/nope",
                                                   "account": "official"},
                        follow_redirects=True)  # fmt: skip
    assert "is not a folder" in reply.get_data(as_text=True)


def test_finding_a_pupils_photos_from_the_pupil_page(admin):
    client, svc, _ = admin
    page = client.get(f"/admin/pupils/{upn(1)}").get_data(as_text=True)
    assert "Search the photo archive" in page
    token = CSRF_RE.search(page).group(1)
    reply = client.post(f"/admin/pupils/{upn(1)}/find", data={"csrf_token": token})
    page = wait_done(client, reply.location)
    assert "1 match(es)" in page
    report = re.search(r'href="(/admin/batch/report/[^"]+)"', page).group(1)
    assert b"obama2.jpg" in client.get(report).data
    assert any(e.action == "find" for e in svc.register.audit(limit=20))


def test_withdrawing_social_media_consent_offers_the_search(admin):
    client, _, _ = admin
    page = client.get(f"/admin/pupils/{upn(1)}").get_data(as_text=True)
    token = CSRF_RE.search(page).group(1)
    form = {"csrf_token": token, "social_media": "no"}
    page = client.post(f"/admin/pupils/{upn(1)}/consent", data=form, follow_redirects=True)
    text = page.get_data(as_text=True)
    assert "Search the photo archive" in text and "already holds or has published" in text


# -- only the folders the admin opened (issue 17, item 7) ----------------------------------


def start(client, folder):
    token = CSRF_RE.search(client.get("/admin/batch").get_data(as_text=True)).group(1)
    reply = client.post("/admin/batch/start", data={"csrf_token": token, "folder": str(folder),
                                                   "account": "official"},
                        follow_redirects=True)  # fmt: skip
    return reply.get_data(as_text=True)


@pytest.mark.parametrize("folder", ["/etc", "/", "DATA", "DATA/reports"])
def test_a_folder_outside_the_batch_folders_is_refused_and_nothing_is_listed(admin, folder):
    client, svc, _ = admin
    (svc.home / "reports").mkdir(exist_ok=True)
    folder = folder.replace("DATA", str(svc.home))
    page = start(client, folder)
    why = {"/etc": "is not inside the folders the admin page may check", "/": "whole disk"}
    assert why.get(folder, "Clearpost&#39;s data folder, which holds the keys") in page, page
    assert "Check of" not in page  # no run was started
    assert "template.key" not in page and "passwd" not in page


def test_without_batch_folders_the_page_says_how_to_open_one(admin):
    client, svc, archive = admin
    svc.settings.update({"batch_roots": []})
    assert "No folders are open to this page yet" in client.get("/admin/batch").get_data(
        as_text=True
    )
    page = start(client, archive)
    assert "Settings → Batch folders" in page and "Check of" not in page


def test_the_archive_search_reads_only_inside_the_batch_folders(admin, tmp_path):
    client, svc, _ = admin
    svc.settings.update({"batch_roots": [str(tmp_path / "elsewhere")]})
    page = client.get(f"/admin/pupils/{upn(1)}").get_data(as_text=True)
    token = CSRF_RE.search(page).group(1)
    reply = client.post(f"/admin/pupils/{upn(1)}/find", data={"csrf_token": token},
                        follow_redirects=True)  # fmt: skip
    text = reply.get_data(as_text=True)
    assert "cannot be searched from this page" in text
    assert "Photos of Olivia" not in client.get("/admin/batch").get_data(as_text=True)  # no run


@pytest.mark.parametrize(
    "field, value, words",
    [
        ("photo_archive", "/", "whole disk"),
        ("photo_archive", "DATA", "data folder"),
        ("batch_roots", "/", "whole disk"),
        ("batch_roots", "/srv/photos\nDATA/reports", "data folder"),
        ("batch_roots", "photos", "not a full path"),
    ],
)
def test_the_settings_page_refuses_the_whole_disk_and_the_data_folder(admin, field, value, words):
    client, svc, _ = admin
    before = dict(svc.settings.data)
    page = client.get("/admin/settings").get_data(as_text=True)
    token = CSRF_RE.search(page).group(1)
    value = value.replace("DATA", str(svc.home))
    reply = client.post("/admin/settings", data={"csrf_token": token, field: value})
    assert reply.status_code == 400 and words in reply.get_data(as_text=True)
    svc.settings.reload()
    assert svc.settings.data == before


def test_the_batch_folders_are_set_on_the_settings_page(admin, tmp_path):
    client, svc, _ = admin
    token = CSRF_RE.search(client.get("/admin/settings").get_data(as_text=True)).group(1)
    roots = f"{tmp_path}/a\n\n{tmp_path}/b\n"
    reply = client.post("/admin/settings", data={"csrf_token": token, "batch_roots": roots})
    assert reply.status_code == 302
    assert svc.settings.data["batch_roots"] == [f"{tmp_path}/a", f"{tmp_path}/b"]
