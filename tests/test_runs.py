"""One run engine (server/runs/): the same folder through `clearpost batch`/`find` and
through the admin page gives the same reports, with the same number of workers."""

import io
import re
import time

import pytest
from click.testing import CliRunner

from clearpost.cli import main
from clearpost.detect.images import load_image
from clearpost.register.enrol import enrol_photos
from clearpost.register.mis_import import parse_pupils

from conftest import PUPILS_CSV, face, upn

CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
PASSWORD = "correct horse battery"


@pytest.fixture
def school(client, sqlite_services, tmp_path):
    """Olivia enrolled; an archive with a photo of her, a stranger and a text file; the
    admin logged in, the archive open to the admin page."""
    svc = sqlite_services
    svc.register.apply_import(parse_pupils(PUPILS_CSV.encode()), "t")
    path = face("fr/examples/obama.jpg")
    enrol_photos(svc.register, svc.faces, upn(1), [(path.name, path.read_bytes())], "t")
    svc.register.set_admin_password("admin", PASSWORD, "t")
    token = CSRF_RE.search(client.get("/admin/login").get_data(as_text=True)).group(1)
    client.post("/admin/login", data={"csrf_token": token, "username": "admin",
                                      "password": PASSWORD})  # fmt: skip
    archive = tmp_path / "archive"
    (archive / "day1").mkdir(parents=True)
    for name, where in (("obama2.jpg", "day1/obama2.jpg"), ("biden.jpg", "biden.jpg")):
        buf = io.BytesIO()
        load_image(face(f"fr/examples/{name}").read_bytes()).save(buf, "JPEG")
        (archive / where).write_bytes(buf.getvalue())
    (archive / "notes.txt").write_text("not a photo")
    (archive / "broken.jpg").write_bytes(b"\xff\xd8 not really")
    svc.settings.update({"batch_roots": [str(tmp_path)], "photo_archive": str(archive),
                         "batch_workers": 2})  # fmt: skip
    return client, svc, archive


def wait_done(client, location) -> str:
    for _ in range(600):
        page = client.get(location).get_data(as_text=True)
        if "refreshes by itself" not in page:
            return page
        time.sleep(0.2)
    raise AssertionError("the run did not finish")


def admin_report(client, page: str) -> bytes:
    return client.get(re.search(r'href="(/admin/batch/report/[^"]+)"', page).group(1)).data


def csrf(client, url: str) -> str:
    return CSRF_RE.search(client.get(url).get_data(as_text=True)).group(1)


def test_a_batch_through_the_cli_and_the_admin_page_gives_the_same_report(school, tmp_path):
    client, svc, archive = school
    result = CliRunner().invoke(main, ["batch", str(archive)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    [cli_report] = (svc.home / "reports").glob("batch-*.html")

    reply = client.post("/admin/batch/start", data={"csrf_token": csrf(client, "/admin/batch"),
                                                   "folder": str(archive),
                                                   "account": "official"})  # fmt: skip
    page = wait_done(client, reply.location)
    from_page = admin_report(client, page)
    # The same report, byte for byte (it holds no time), under the same kind of name.
    assert from_page == cli_report.read_bytes()
    names = sorted(p.name for p in (svc.home / "reports").glob("batch-*.html"))
    assert len(names) == 2 and all(re.fullmatch(r"batch-\d{8}-\d{6}-\d{6}\.html", n)
                                   for n in names)  # fmt: skip
    assert b"Check of archive (official account)" in from_page
    # The same sentence on the command line and the page.
    sentence = "0 blocked, 1 to check, 1 allowed, 1 could not be checked: 1 may go out as it is"
    assert sentence in result.output and sentence in page
    # The same number of workers (the setting), the same counts in the audit log.
    cli_run, page_run = (e.detail for e in svc.register.audit(action="batch"))
    assert cli_run == page_run and cli_run["workers"] == 2 and cli_run["photos"] == 3


def test_a_search_through_the_cli_and_the_admin_page_gives_the_same_report(school):
    client, svc, archive = school
    result = CliRunner().invoke(main, ["find", upn(1), str(archive)], catch_exceptions=False)
    assert result.exit_code == 20, result.output
    [cli_report] = (svc.home / "reports").glob("find-*.html")

    url = f"/admin/pupils/{upn(1)}"
    reply = client.post(f"{url}/find", data={"csrf_token": csrf(client, url)})
    page = wait_done(client, reply.location)
    assert admin_report(client, page) == cli_report.read_bytes()
    sentence = "1 match(es), 0 possible, in 3 photo(s); 1 could not be read"
    assert sentence in result.output and sentence in page


def test_the_folder_is_scanned_once_per_run(school, monkeypatch):
    from clearpost.runs import batch, find

    client, svc, archive = school
    scans = []
    for module in (batch, find):
        real = module.scan
        monkeypatch.setattr(module, "scan", lambda *a, real=real, **k: scans.append(a) or
                            real(*a, **k))  # fmt: skip
    CliRunner().invoke(main, ["batch", str(archive)], catch_exceptions=False)
    CliRunner().invoke(main, ["find", upn(1), str(archive)], catch_exceptions=False)
    reply = client.post("/admin/batch/start", data={"csrf_token": csrf(client, "/admin/batch"),
                                                   "folder": str(archive),
                                                   "account": "official"})  # fmt: skip
    wait_done(client, reply.location)
    url = f"/admin/pupils/{upn(1)}"
    wait_done(client, client.post(f"{url}/find", data={"csrf_token": csrf(client, url)}).location)
    assert len(scans) == 4  # one per run, whoever started it


def test_the_number_of_workers_is_one_setting_one_per_core_by_default(sqlite_services):
    import os

    from clearpost.errors import ConfigError
    from clearpost.runs.batch import worker_count

    svc = sqlite_services
    assert svc.settings.data["batch_workers"] == 0
    assert worker_count(svc) == min(8, os.cpu_count() or 1)
    svc.settings.update({"batch_workers": 3})
    assert worker_count(svc) == 3
    with pytest.raises(ConfigError, match="batch_workers"):
        svc.settings.update({"batch_workers": 9})
