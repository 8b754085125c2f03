"""Erasure leaves nothing behind: after `forget` (CLI or admin page), no byte of the data
folder (register.db, -wal, -shm, reports, resume state) nor of the reports written
elsewhere holds the pupil's name, UPN or face template.

Rosalindqz Featherstonhaughx (consented, enrolled from obama.jpg) and Tom (no social-media
consent, biden.jpg) are in a folder of two photos; a batch, a find and API checks run
first, then Rosalindqz is forgotten. Tom's photo stays in the batch report.
"""

import base64
import io
import json
import re
import time

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from clearpost.cli import main
from clearpost.detect.images import load_image
from clearpost.detect.text.sentence_model import shared_sentence_model
from clearpost.register.enrol import enrol_photos
from clearpost.register.mis_import import parse_pupils
from clearpost.register.models import FaceTemplate

from conftest import face, upn

ROSA = upn(42)
CSV = (
    "upn,forename,surname,preferred_forename,year_group,class,consent_social_media,"
    "consent_website,consent_press,consent_name_with_photo,biometric_consent\n"
    f"{ROSA},Rosalindqz,Featherstonhaughx,,Year 4,Oak,yes,yes,no,yes,yes\n"
    f"{upn(2)},Thomas,Hughes,Tom,Year 4,Oak,no,no,no,no,yes\n"
)
PASSWORD = "correct horse battery"
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def jpeg(relative: str) -> bytes:
    buf = io.BytesIO()
    load_image(face(relative).read_bytes()).save(buf, "JPEG")
    return buf.getvalue()


@pytest.fixture
def school(sqlite_services, tmp_path):
    svc = sqlite_services
    svc.register.apply_import(parse_pupils(CSV.encode()), "t")
    for who, photo in ((ROSA, "fr/examples/obama.jpg"), (upn(2), "fr/examples/biden.jpg")):
        path = face(photo)
        assert enrol_photos(svc.register, svc.faces, who, [(path.name, path.read_bytes())], "t")
    photos = tmp_path / "photos"
    photos.mkdir()
    (photos / "trip1.jpg").write_bytes(jpeg("fr/examples/obama2.jpg"))
    (photos / "trip2.jpg").write_bytes(jpeg("fr/tests/test_images/biden.jpg"))
    with svc.db.session() as session:
        # Rosalindqz was enrolled first: the first template is hers.
        blob = session.scalar(select(FaceTemplate.encrypted).order_by(FaceTemplate.id).limit(1))
    encoding = next(e for kind, ref, e in svc.register.templates() if ref == ROSA)
    svc.register.set_admin_password("admin", PASSWORD, "t")
    return svc, photos, blob, encoding


def cli(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code in (0, 20), result.output
    return result


def api(client, token, path, body):
    reply = client.post(f"/api/v1/{path}", json=body,
                        headers={"Authorization": f"Bearer {token}"})  # fmt: skip
    assert reply.status_code in (200, 201), reply.get_json()
    return reply.get_json()


def checks_through_the_api(client, svc, photos):
    token = svc.api_token()
    photo = base64.b64encode((photos / "trip1.jpg").read_bytes()).decode()
    answer = api(client, token, "check", {"text": "Well done Rosalindqz Featherstonhaughx!",
                                          "images": [photo], "want_fixes": True})  # fmt: skip
    assert answer["findings"]
    api(client, token, "confirmations", {"rules": ["text.pupil_full_name"], "account": "official",
        "reason": "Rosalindqz's mum said it is fine"})  # fmt: skip
    api(client, token, "reports", {"rule": "face.unknown", "kind": "face",
                                   "note": "that is Rosalindqz Featherstonhaughx"})  # fmt: skip


def secrets_found(places, blob, encoding) -> list[str]:
    """Which of the pupil's secrets are in any file under `places`."""
    words = [b"rosalindqz", b"featherstonhaughx", ROSA.lower().encode()]
    found = []
    for place in places:
        for path in [place] if place.is_file() else sorted(place.rglob("*")):
            if not path.is_file():
                continue
            data = path.read_bytes()
            lower = data.lower()
            found += [f"{w.decode()} in {path.name}" for w in words if w in lower]
            found += [f"template in {path.name}" for b in (blob[:40], encoding.tobytes()[:64])
                      if b in data]  # fmt: skip
    return found


def log_in(client):
    token = CSRF_RE.search(client.get("/admin/login").get_data(as_text=True)).group(1)
    client.post("/admin/login", data={"csrf_token": token, "username": "admin",
                                      "password": PASSWORD})  # fmt: skip


def csrf(client, url):
    return CSRF_RE.search(client.get(url).get_data(as_text=True)).group(1)


def wait_done(client, location):
    for _ in range(600):
        page = client.get(location).get_data(as_text=True)
        if "refreshes by itself" not in page:
            return page
        time.sleep(0.2)
    raise AssertionError("the run did not finish")


def test_forget_on_the_cli_leaves_no_trace_in_the_data_folder_or_the_reports(
    school, client, tmp_path
):
    svc, photos, blob, encoding = school
    out = tmp_path / "out"
    cli("batch", photos, "--json", out / "batch.json", "--csv", out / "batch.csv",
        "--workers", 1)  # fmt: skip
    cli("find", ROSA, photos, "--json", out / "find.json")
    checks_through_the_api(client, svc, photos)
    places = [svc.home, out]
    before = secrets_found(places, blob, encoding)
    # The test can see them where they are: reports, state, the database.
    assert any("batch-" in f for f in before) and any("find-" in f for f in before)
    assert any("batch.json" in f for f in before) and any("batch.csv" in f for f in before)
    assert any("register.db" in f for f in before)

    result = CliRunner().invoke(main, ["register", "forget", ROSA, "--yes"])
    assert result.exit_code == 0, result.output
    assert "Erasure reference E-" in result.output

    assert secrets_found(places, blob, encoding) == []
    # Rewritten, not thrown away: Tom's photo is still in the batch's reports, recounted.
    report = next((svc.home / "reports").glob("batch-*.html")).read_text()
    assert "trip2.jpg" in report and "trip1.jpg" not in report
    assert 'data-count="block">1<' in report and "taken out of this report" in report
    body = json.loads((out / "batch.json").read_text())
    assert [p["path"] for p in body["photos"]] == ["trip2.jpg"]
    assert body["summary"]["photos"] == 1
    assert "trip2.jpg" in (out / "batch.csv").read_text()
    assert not (out / "find.json").exists() and not list(svc.home.glob("reports/find-*"))
    # The log says an erasure happened, and not who.
    log = svc.register.audit(limit=1000)
    assert log[0].action == "pupil.erased" and log[0].subject is None
    assert all(e.subject != ROSA for e in log)
    confirmed = next(e for e in log if e.action == "check.confirmed")
    assert confirmed.detail["reason"] == "[removed: erasure]"


def test_forget_on_the_admin_page_leaves_no_trace(school, client):
    svc, photos, blob, encoding = school
    # The admin page reads only inside the batch folders the admin set (issue 17, item 7).
    svc.settings.update({"batch_roots": [str(photos)], "photo_archive": str(photos)})
    log_in(client)
    reply = client.post("/admin/batch/start", data={"csrf_token": csrf(client, "/admin/batch"),
                        "folder": str(photos), "account": "official"})  # fmt: skip
    wait_done(client, reply.location)
    reply = client.post(f"/admin/pupils/{ROSA}/find",
                        data={"csrf_token": csrf(client, f"/admin/pupils/{ROSA}")})  # fmt: skip
    assert "1 match" in wait_done(client, reply.location)
    checks_through_the_api(client, svc, photos)
    before = secrets_found([svc.home], blob, encoding)
    assert any("batch-" in f for f in before) and any("find-" in f for f in before)
    assert "Rosalindqz" in client.get("/admin/batch").get_data(as_text=True)
    # What was said of her is kept in memory (the sentence model's cache) ...
    said = "Rosalindqz Featherstonhaughx has her court hearing about where she will live."
    api(client, svc.api_token(), "check", {"text": said})
    model = shared_sentence_model()
    kept = model.pieces("Alex has her court hearing about where she will live.")
    assert tuple(kept) in model._cache

    token = csrf(client, f"/admin/pupils/{ROSA}/forget")
    reply = client.post(
        f"/admin/pupils/{ROSA}/forget", data={"csrf_token": token, "confirm_upn": ROSA}
    )
    assert reply.status_code == 302

    assert secrets_found([svc.home], blob, encoding) == []
    assert tuple(kept) not in model._cache  # ... until she is erased
    report = next((svc.home / "reports").glob("batch-*.html")).read_text()
    assert "trip2.jpg" in report and "trip1.jpg" not in report
    # The page's list of runs no longer names her either.
    assert "Rosalindqz" not in client.get("/admin/batch").get_data(as_text=True)


def test_a_leaver_removed_by_an_import_leaves_no_trace_either(school, tmp_path):
    svc, photos, blob, encoding = school
    out = tmp_path / "out"
    cli("batch", photos, "--csv", out / "batch.csv", "--workers", 1)
    cli("find", ROSA, photos)
    assert secrets_found([svc.home, out], blob, encoding)
    without = tmp_path / "without.csv"
    without.write_text("".join(line for line in CSV.splitlines(True) if ROSA not in line))

    result = CliRunner().invoke(main, ["register", "import", str(without), "--remove-leavers"])
    assert result.exit_code == 0, result.output
    assert "rewritten without the leavers" in result.output

    assert secrets_found([svc.home, out], blob, encoding) == []
    assert "trip2.jpg" in (out / "batch.csv").read_text()


def test_forget_staff_takes_them_out_of_the_reports(sqlite_services, tmp_path):
    from clearpost.register.enrol import enrol_staff_photos
    from clearpost.register.mis_import import parse_staff

    svc = sqlite_services
    staff = "staff_id,title,forename,surname,role,consent_photo,biometric_consent\n"
    svc.register.apply_staff_import(
        parse_staff((staff + "T01,Mrs,Janeqz,Smithqz,Head,yes,yes\n").encode()), "t"
    )
    path = face("fr/examples/obama.jpg")
    assert enrol_staff_photos(svc.register, svc.faces, "T01", [(path.name, path.read_bytes())], "t")
    photos, out = tmp_path / "photos", tmp_path / "out"
    photos.mkdir()
    (photos / "trip1.jpg").write_bytes(jpeg("fr/examples/obama2.jpg"))
    (photos / "trip2.jpg").write_bytes(jpeg("fr/tests/test_images/biden.jpg"))
    cli("batch", photos, "--csv", out / "batch.csv", "--workers", 1)

    def found():
        files = [*svc.home.rglob("*"), out / "batch.csv"]
        return [p.name for p in files if p.is_file() and b"smithqz" in p.read_bytes().lower()]

    assert any(name.startswith("batch-") for name in found())  # "Mrs Smithqz" in the report
    result = CliRunner().invoke(main, ["register", "forget-staff", "T01", "--yes"])
    assert result.exit_code == 0, result.output
    assert found() == []
    assert "trip2.jpg" in (out / "batch.csv").read_text()


def test_reports_from_before_tags_are_deleted_when_they_name_the_pupil(sqlite_services):
    """Reports written by an older Clearpost carry no tags: one that names the pupil (as
    the report shows them, "Rosalindqz F. (Year 4)") goes whole; the others stay."""
    from clearpost.records.erasure import erase_pupil

    svc = sqlite_services
    svc.register.apply_import(parse_pupils(CSV.encode()), "t")
    reports = svc.home / "reports"
    reports.mkdir()
    old = '<html><body><h1>Check</h1><article class="block" data-verdict="block">{}</article>'
    naming = reports / "batch-20250101-090000.html"
    naming.write_text(old.format("Rosalindqz F. (Year 4): no consent for social media"))
    other = reports / "batch-20250102-090000.html"
    other.write_text(old.format("Tom H. (Year 4): no consent for social media"))
    state = reports / "batch-state-0123456789abcdef.jsonl"
    state.write_text('{"clearpost_batch_state": 1}\n{"path": "a.jpg", "findings": '
                     '[{"person": {"display": "Rosalindqz F. (Year 4)"}}]}\n')  # fmt: skip

    erasure = erase_pupil(svc, ROSA, "test")

    assert not naming.exists() and not state.exists() and other.exists()
    assert sorted(p.name for p in erasure.reports.deleted) == sorted([naming.name, state.name])
