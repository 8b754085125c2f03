"""The daily backup (settings.json `backup`): one a day from the hour set, the newest N kept,
hand-made backups never deleted, failures logged while the service goes on serving.

The schedule is driven two ways, neither a fake: `run_due` (what the service's thread calls)
with the clock values a test wants, and a real `clearpost serve`, which looks at the
schedule when it starts (with hour 0 the day's backup is due at once)."""

import json
import time
from datetime import date, datetime

import pytest
from test_serve import get, start

from clearpost.errors import ClearpostError
from clearpost.records.backup import check
from clearpost.records.backup_schedule import daily_name, run_due
from clearpost.services import Services

from conftest import upn


def days(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_one_backup_a_day_from_the_hour_newest_kept(enrolled, tmp_path):
    svc = enrolled
    folder = tmp_path / "backups"
    folder.mkdir()
    assert run_due(svc, datetime(2026, 3, 2, 9)).written is None  # no folder set: off
    svc.settings.update({"backup": {"folder": str(folder), "keep": 2, "hour": 2}})
    (folder / "by-hand.cpbak").write_bytes(b"the bursar's own copy")

    assert run_due(svc, datetime(2026, 3, 2, 1, 59)).written is None  # before the hour
    first = run_due(svc, datetime(2026, 3, 2, 2, 0))
    assert first.written == folder / "clearpost-2026-03-02.cpbak" and first.deleted == []
    assert first.counts["pupils"] == 3 and first.counts["face_templates"] == 2
    assert run_due(svc, datetime(2026, 3, 2, 23, 0)).written is None  # once a day
    assert run_due(svc, datetime(2026, 3, 3, 1, 0)).written is None
    assert run_due(svc, datetime(2026, 3, 3, 14, 0)).written.name == "clearpost-2026-03-03.cpbak"
    third = run_due(svc, datetime(2026, 3, 5, 2, 30))  # a day missed: the next is written
    assert third.deleted == [folder / "clearpost-2026-03-02.cpbak"]
    assert days(folder) == ["by-hand.cpbak", "clearpost-2026-03-03.cpbak",
                            "clearpost-2026-03-05.cpbak"]  # fmt: skip
    assert (folder / "by-hand.cpbak").read_bytes() == b"the bursar's own copy"
    # What is written is a backup `clearpost restore` accepts, and the audit log says so.
    _, manifest, _, temp = check(tmp_path / "elsewhere", third.written)
    temp.unlink()
    assert manifest["counts"]["pupils"] == 3 and manifest["template_key"] is True
    entry = svc.register.audit(limit=1, action="backup.written")[0]
    assert entry.detail["file"] == "clearpost-2026-03-05.cpbak" and entry.detail["deleted"] == 1


def test_encrypted_without_the_key_and_failures_say_what_to_do(enrolled, tmp_path):
    svc = enrolled
    folder, secret = tmp_path / "backups", tmp_path / "passphrase"
    svc.settings.update({"backup": {"folder": str(folder), "hour": 0, "template_key": False,
                                    "passphrase_file": str(secret)}})  # fmt: skip
    with pytest.raises(ClearpostError, match="does not exist"):
        run_due(svc, datetime(2026, 3, 2, 9))
    folder.mkdir()
    with pytest.raises(ClearpostError, match="Cannot read the backup passphrase file"):
        run_due(svc, datetime(2026, 3, 2, 9))
    secret.write_text("short\n")
    with pytest.raises(ClearpostError, match="fewer than 10"):
        run_due(svc, datetime(2026, 3, 2, 9))
    assert days(folder) == []
    secret.write_text("a long enough passphrase\n")
    written = run_due(svc, datetime(2026, 3, 2, 9)).written
    assert b"Olivia" not in written.read_bytes()
    _, manifest, _, temp = check(svc.home, written, "a long enough passphrase")
    temp.unlink()
    assert manifest["encrypted"] is True and manifest["template_key"] is False


def test_the_settings_are_checked(sqlite_services, tmp_path):
    svc = sqlite_services
    for bad, words in (
        ({"folder": "backups"}, "not a full path"),
        ({"folder": str(svc.home / "backups")}, "inside the data folder"),
        ({"keep": 0}, "backup.keep"),
        ({"hour": 24}, "backup.hour"),
        ({"hour": "2"}, "backup.hour"),
        ({"template_key": "no"}, "template_key"),
        ({"every": 1}, "must be an object with folder"),
    ):
        with pytest.raises(ClearpostError, match=words):
            svc.settings.update({"backup": bad})
    assert svc.settings.data["backup"]["folder"] == ""


def settings_with_backup(home, **backup) -> None:
    home.mkdir(parents=True)
    (home / "settings.json").write_text(json.dumps({"backup": backup}))


def stop(proc) -> str:
    proc.terminate()
    return proc.communicate(timeout=30)[0]


def test_the_running_service_writes_the_days_backup_and_keeps_the_newest(tmp_path):
    home, folder = tmp_path / "data", tmp_path / "backups"
    folder.mkdir()
    old = ["clearpost-2026-01-05.cpbak", "clearpost-2026-01-06.cpbak", "clearpost-2026-01-07.cpbak"]
    for name in [*old, "before-the-upgrade.cpbak"]:
        (folder / name).write_bytes(b"an older backup")
    settings_with_backup(home, folder=str(folder), keep=2, hour=0)
    svc = Services(home)  # a register to back up: one pupil
    (tmp_path / "p.csv").write_text(f"upn,forename,surname\n{upn(1)},Olivia,Barker\n")
    from clearpost.register.mis_import import parse_pupils

    svc.register.apply_import(parse_pupils((tmp_path / "p.csv").read_bytes()), "test")
    svc.close()

    base, proc = start(home)
    today = folder / daily_name(date.today())
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not today.exists():
            time.sleep(0.2)
        time.sleep(0.5)  # the pruning, just after
        assert get(base + "/api/v1/health")[0] == 200
    finally:
        output = stop(proc)
    assert days(folder) == sorted([today.name, old[-1], "before-the-upgrade.cpbak"]), output
    assert f"backup:       daily from 00:00 into {folder}, newest 2 kept" in output
    assert f"daily backup written: {today} (1 pupils, 0 staff, 0 face templates); 2 older" in output
    _, manifest, _, temp = check(tmp_path / "elsewhere", today)
    temp.unlink()
    assert manifest["counts"]["pupils"] == 1

    # A folder that has gone: the service says so and goes on serving.
    today.unlink()
    settings_with_backup(tmp_path / "data2", folder=str(tmp_path / "gone"), hour=0)
    base, proc = start(tmp_path / "data2")
    try:
        assert get(base + "/api/v1/health")[0] == 200
        time.sleep(1)
        assert get(base + "/api/v1/health")[0] == 200
    finally:
        output = stop(proc)
    assert f"daily backup failed: The backup folder {tmp_path / 'gone'} does not exist" in output
    assert "create it, or change settings.json's backup.folder" in output
