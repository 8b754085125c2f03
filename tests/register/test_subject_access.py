"""A subject access request: `clearpost export UPN` and the admin page's download give
everything held about one pupil (register row, consent history, audit entries, the
report rows they are in, their templates' count, dates and quality), and nothing about
anyone else, nor the template bytes or the thumbnails.

The school of test_erasure_everywhere: Rosalindqz (enrolled from obama.jpg) and Tom
(biden.jpg); a batch, a find and API checks run first.
"""

import base64
import json

import test_erasure_everywhere
from click.testing import CliRunner
from test_erasure_everywhere import ROSA, checks_through_the_api, cli, csrf, log_in

from clearpost.cli import main

from conftest import upn

TOM = upn(2)
school = test_erasure_everywhere.school  # the fixture: the same enrolled school


def ran_everything(svc, client, photos, out):
    cli("batch", photos, "--json", out / "batch.json", "--csv", out / "batch.csv",
        "--workers", 1)  # fmt: skip
    cli("find", ROSA, photos, "--json", out / "find.json")
    checks_through_the_api(client, svc, photos)
    result = CliRunner().invoke(main, ["register", "set-consent", ROSA, "website", "no"])
    assert result.exit_code == 0, result.output


def assert_answer_about_rosa(answer: dict, svc, blob) -> None:
    text = json.dumps(answer)
    pupil = answer["pupil"]
    assert (pupil["upn"], pupil["forename"], pupil["surname"]) == (
        ROSA, "Rosalindqz", "Featherstonhaughx"
    )  # fmt: skip
    assert pupil["consent"]["website"] is False and pupil["consent"]["social_media"] is True
    # Consent history: as imported, then withdrawn for the website here.
    history = [(e["action"], e["detail"].get("channel")) for e in answer["consent_history"]]
    assert history[0][0] == "pupil.added"
    assert ("consent.changed", "website") in history
    # The audit entries about her: enrolment, and the confirmation whose reason names her.
    actions = [e["action"] for e in answer["audit_entries"]]
    assert "template.enrolled" in actions and "check.confirmed" in actions
    assert all(e["subject"] in (ROSA, None) for e in answer["audit_entries"])
    # The "this is wrong" note staff sent that names her.
    assert [n["note"] for n in answer["feedback_notes"]] == ["that is Rosalindqz Featherstonhaughx"]
    # Templates: one, dated and graded; never its bytes.
    faces = answer["face_templates"]
    assert faces["count"] == 1 and len(faces["each"]) == 1
    assert faces["each"][0]["grade"] in ("good", "fair", "poor") and faces["each"][0]["model"]
    assert faces["each"][0]["enrolled_at"].startswith(faces["last_enrolled_at"][:10])
    assert base64.b64encode(blob[:30]).decode()[:32] not in text
    assert blob[:40].decode("latin-1") not in text
    # Reports: each one that shows her, with her photo's row only (trip1, not Tom's trip2).
    names = sorted(r["path"].rsplit("/", 1)[-1] for r in answer["reports"])
    assert "batch.json" in names and "batch.csv" in names and "find.json" in names
    assert any(n.startswith("batch-") and n.endswith(".html") for n in names)
    assert any(n.startswith("find-") and n.endswith(".html") for n in names)
    assert any(n.startswith("batch-state-") for n in names)
    for report in answer["reports"]:
        rows = json.dumps(report["rows"])
        assert "trip1.jpg" in rows and "trip2.jpg" not in rows, report["path"]
    # Nothing about Tom, no thumbnails.
    assert TOM not in text and "Thomas" not in text and "Hughes" not in text
    assert "data:image" not in text and '"thumb"' not in text


def test_export_on_the_cli_gives_everything_held_about_the_pupil(school, client, tmp_path):
    svc, photos, blob, _ = school
    out = tmp_path / "out"
    ran_everything(svc, client, photos, out)

    target = tmp_path / "sar" / "rosa.json"
    result = CliRunner().invoke(main, ["export", ROSA.lower(), "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert str(target) in result.output
    assert target.stat().st_mode & 0o077 == 0  # it names a child: the owner's alone
    answer = json.loads(target.read_text())
    assert_answer_about_rosa(answer, svc, blob)
    # Printed when no file is given; the export itself is in the log.
    printed = CliRunner().invoke(main, ["export", ROSA])
    assert printed.exit_code == 0
    assert json.loads(printed.output)["pupil"]["upn"] == ROSA
    assert svc.register.audit(limit=1)[0].action == "pupil.exported"


def test_export_of_an_unknown_pupil_says_so(school):
    result = CliRunner().invoke(main, ["export", upn(77)])
    assert result.exit_code == 1
    assert "No pupil with UPN" in result.output and "register list" in result.output


def test_export_on_the_admin_page_is_a_download_behind_login_and_csrf(school, client, tmp_path):
    svc, photos, blob, _ = school
    ran_everything(svc, client, photos, tmp_path / "out")
    url = f"/admin/pupils/{ROSA}/export"
    # Logged out: the log-in page, nothing exported.
    reply = client.post(url, data={})
    assert reply.status_code == 302 and "/admin/login" in reply.location
    log_in(client)
    page = client.get(f"/admin/pupils/{ROSA}").get_data(as_text=True)
    assert "Subject access export" in page and f'action="{url}"' in page
    # Without the form's token: refused.
    assert client.post(url, data={"csrf_token": "forged"}).status_code == 400
    assert svc.register.audit(limit=1, action="pupil.exported") == []

    reply = client.post(url, data={"csrf_token": csrf(client, f"/admin/pupils/{ROSA}")})
    assert reply.status_code == 200
    assert reply.headers["Content-Disposition"] == (
        f'attachment; filename="subject-access-{ROSA}.json"'
    )
    assert reply.headers["Cache-Control"] == "no-store"
    assert_answer_about_rosa(reply.get_json(force=True), svc, blob)
    entry = svc.register.audit(limit=1)[0]
    assert (entry.action, entry.subject, entry.actor) == ("pupil.exported", ROSA, "admin:admin")
