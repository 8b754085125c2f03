"""A consent withdrawal recorded here survives a re-import of the MIS export.

Olivia (upn 1) agreed to social media in the MIS export; her parent withdraws it on the
admin page (or with `set-consent`). Importing the same export again must not turn it back
into a yes: the row is a conflict, kept, listed in the dry run and on the page, until the
admin confirms the file's value for that one consent.
"""

import html
import re

from click.testing import CliRunner
from test_admin import csrf_of, log_in
from test_admin_uploads import carried_csv, upload

from clearpost.cli import main
from clearpost.register.mis_import import parse_pupils

from conftest import PUPILS_CSV, upn

OLIVIA = upn(1)


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def social(svc) -> bool:
    return svc.register.pupil(OLIVIA).consents["social_media"]


def test_a_withdrawal_on_the_cli_survives_a_reimport_until_accepted(sqlite_services, pupils_csv):
    assert cli("register", "import", pupils_csv).exit_code == 0
    assert cli("register", "set-consent", OLIVIA, "social_media", "no").exit_code == 0

    dry = cli("register", "import", pupils_csv, "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert f"conflict, line 2, {OLIVIA} Olivia Barker: social_media is no here" in dry.output
    assert "the file says yes" in dry.output and f"--accept {OLIVIA}:social_media" in dry.output

    again = cli("register", "import", pupils_csv)
    assert again.exit_code == 0, again.output
    assert "conflict, line 2" in again.output and "are kept as they are" in again.output
    assert social(sqlite_services) is False
    # A later import still holds it: the withdrawal stands until someone confirms.
    cli("register", "import", pupils_csv)
    assert social(sqlite_services) is False

    accepted = cli("register", "import", pupils_csv, "--accept", f"{OLIVIA.lower()}:social_media")
    assert accepted.exit_code == 0, accepted.output
    assert social(sqlite_services) is True
    entry = sqlite_services.register.audit(action="consent.import_confirmed")[0]
    assert entry.subject == OLIVIA and entry.detail["new"] == "yes"


def test_once_the_mis_agrees_the_next_change_from_the_mis_applies(sqlite_services, tmp_path):
    svc = sqlite_services
    svc.register.apply_import(parse_pupils(PUPILS_CSV.encode()), "t")
    svc.register.set_consent(OLIVIA, "social_media", False, "admin:admin")
    withdrawn = tmp_path / "withdrawn.csv"
    withdrawn.write_text(PUPILS_CSV.replace(f"{OLIVIA},Olivia,Barker,,4,Oak,yes,",
                                            f"{OLIVIA},Olivia,Barker,,4,Oak,no,"))  # fmt: skip
    plan = svc.register.apply_import(parse_pupils(withdrawn.read_bytes()), "t")
    assert not plan.conflicts  # the MIS now has the withdrawal: the mark is settled
    # The parent agrees again, recorded in the MIS: an ordinary change.
    plan = svc.register.apply_import(parse_pupils(PUPILS_CSV.encode()), "t")
    assert not plan.conflicts and social(svc) is True


def test_an_import_may_still_tighten_what_was_recorded_here(sqlite_services):
    svc = sqlite_services
    svc.register.apply_import(parse_pupils(PUPILS_CSV.encode()), "t")
    svc.register.set_consent(OLIVIA, "press", True, "admin:admin")  # the file says no
    plan = svc.register.apply_import(parse_pupils(PUPILS_CSV.encode()), "t")
    assert not plan.conflicts
    assert svc.register.pupil(OLIVIA).consents["press"] is False


def test_a_withdrawal_on_the_admin_page_survives_a_reimport_there(client, sqlite_services):
    svc = sqlite_services
    svc.register.set_admin_password("admin", "correct horse battery", "t")
    svc.register.apply_import(parse_pupils(PUPILS_CSV.encode()), "t")
    assert log_in(client).status_code == 302
    token = csrf_of(client, f"/admin/pupils/{OLIVIA}")
    client.post(f"/admin/pupils/{OLIVIA}/consent",
                data={"csrf_token": token, "social_media": "no"})  # fmt: skip
    assert social(svc) is False

    preview = upload(client, "/admin/import", PUPILS_CSV.encode(), full=True)
    text = html.unescape(preview.get_data(as_text=True))
    assert "1 consent conflict" in re.sub(r"<[^>]+>", "", text)
    assert re.search(rf'name="accept" value="{OLIVIA}:social_media"\s*>', text)  # not ticked
    assert "Line 2, Olivia Barker" in text and "the file says yes" in re.sub(r"<[^>]+>", "", text)

    form = {"csrf_token": csrf_of(client), "full": "on", "csv": carried_csv(preview)}
    applied = client.post("/admin/import/apply", data=form)
    result = html.unescape(applied.get_data(as_text=True))
    assert applied.status_code == 200 and "Kept as recorded here (1)" in result
    assert social(svc) is False

    confirmed = client.post("/admin/import/apply", data=form | {"accept": f"{OLIVIA}:social_media"})
    assert confirmed.status_code == 200
    assert social(svc) is True


def test_a_withdrawal_recorded_before_the_upgrade_survives_too(home):
    """Migration 0007 marks consent changed here since the last import, from the audit log."""
    from alembic import command
    from sqlalchemy import text

    from clearpost.db import Database, alembic_config
    from clearpost.services import Services

    home.mkdir(parents=True)
    db = Database(f"sqlite:///{home / 'register.db'}")
    command.upgrade(alembic_config(db.engine), "0005")
    now = "2026-01-0{} 09:00:00.000000"
    with db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO pupils (upn, forename, surname, preferred_forename, year_group, "
            "class_name, consent_social_media, consent_website, consent_press, "
            "consent_name_with_photo, consent_biometric, pupil_objects_biometric, created_at, "
            "updated_at) VALUES (:upn, 'Olivia', 'Barker', '', 'Year 4', 'Oak', 0, 1, 1, 0, 1, "
            "0, :at, :at)"), {"upn": OLIVIA, "at": now.format(1)})  # fmt: skip
        press = '{"channel": "press", "old": "no", "new": "yes"}'
        social_no = '{"channel": "social_media", "old": "yes", "new": "no"}'
        log = [
            (1, "consent.changed", OLIVIA, press),
            (2, "register.import", None, '{"added": 1}'),
            (3, "consent.changed", OLIVIA, social_no),
        ]
        for day, action, subject, detail in log:
            conn.execute(text(
                "INSERT INTO audit_log (at, actor, action, subject, detail) "
                "VALUES (:at, 'admin:admin', :action, :subject, :detail)"),
                {"at": now.format(day), "action": action, "subject": subject, "detail": detail},
            )  # fmt: skip
    db.dispose()

    svc = Services(home)  # migrates to the newest schema
    try:
        plan = svc.register.apply_import(parse_pupils(PUPILS_CSV.encode()), "t")
        # The withdrawal after the last import holds; the press change before it does not.
        assert [c.key for c in plan.conflicts] == [f"{OLIVIA}:social_media"]
        assert social(svc) is False
        assert svc.register.pupil(OLIVIA).consents["press"] is False  # the file's value
    finally:
        svc.close()
