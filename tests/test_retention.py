"""Retention: reports, batch resume state and audit entries older than the settings allow
are deleted (by `clearpost retention --apply`, by the service at start and daily), and
newer ones stay. Files and entries are backdated (mtime, `at`)."""

import os
import re
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select, update
from test_serve import free_port, get

from clearpost.cli import main
from clearpost.errors import ConfigError
from clearpost.records.retention import RetentionThread, apply, due
from clearpost.register.models import AuditEntry, FalsePositiveReport

CLI = Path(sys.executable).with_name("clearpost")
PASSWORD = "correct horse battery"
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
NOW = datetime.now(UTC)


def aged(path: Path, days: float, text: str = "Olivia B. (Year 4)") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    moment = time.time() - days * 86400
    os.utime(path, (moment, moment))
    return path


def audit_entry(svc, action: str, days: float) -> int:
    svc.register.record("test", action, None)
    with svc.db.session() as session:
        entry_id = session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.id == entry_id)
            .values(at=NOW - timedelta(days=days))
        )
    return entry_id


def feedback(svc, note: str, days: float) -> None:
    with svc.db.session() as session:
        session.add(FalsePositiveReport(reporter="staff:t", rule="face.unknown", kind="face",
                                        note=note, at=NOW - timedelta(days=days)))  # fmt: skip


def notes(svc) -> list[str]:
    with svc.db.session() as session:
        return sorted(session.scalars(select(FalsePositiveReport.note)))


def actions(svc) -> list[str]:
    return [e.action for e in svc.register.audit(limit=1000)]


@pytest.fixture
def held(sqlite_services, tmp_path):
    """Old and new of each kind: reports in the data folder and elsewhere, resume state,
    audit entries."""
    svc = sqlite_services
    reports = svc.home / "reports"
    files = {
        "old_report": aged(reports / "batch-20250101-090000.html", 100),
        "new_report": aged(reports / "batch-20251001-090000.html", 80),
        "old_state": aged(reports / "batch-state-0123456789abcdef.jsonl", 91),
        "new_state": aged(reports / "batch-state-fedcba9876543210.jsonl", 2),
        "old_outside": aged(tmp_path / "out" / "old.csv", 200),
        "new_outside": aged(tmp_path / "out" / "new.csv", 1),
    }
    for key in ("old_outside", "new_outside"):
        svc.report_files.remember(files[key])
    audit_entry(svc, "test.very_old", 400)
    audit_entry(svc, "test.last_year", 300)
    feedback(svc, "that is Olivia, long ago", 370)
    feedback(svc, "that is Olivia, this term", 30)
    return svc, files


def test_dry_run_lists_what_is_due_and_deletes_nothing(held):
    svc, files = held
    result = CliRunner().invoke(main, ["retention", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "Reports older than" in result.output and ": 2\n" in result.output
    assert str(files["old_report"]) in result.output and str(files["old_outside"]) in result.output
    assert str(files["old_state"]) in result.output
    assert str(files["new_report"]) not in result.output
    assert "Audit log entries older than" in result.output and "UTC: 1" in result.output
    assert '"This is wrong" reports older than' in result.output
    assert "nothing was deleted" in result.output
    assert all(path.exists() for path in files.values())
    assert "test.very_old" in actions(svc) and len(notes(svc)) == 2
    # The default is a dry run too.
    assert CliRunner().invoke(main, ["retention"]).exit_code == 0
    assert all(path.exists() for path in files.values())


def test_apply_deletes_the_old_and_keeps_the_new(held):
    svc, files = held
    result = CliRunner().invoke(main, ["retention", "--apply"])
    assert result.exit_code == 0, result.output
    for key, path in files.items():
        assert path.exists() == key.startswith("new_"), key
    assert str(files["old_outside"]) not in [str(p) for p in svc.report_files.paths()]
    assert str(files["new_outside"]) in [str(p) for p in svc.report_files.paths()]
    log = actions(svc)
    assert "test.very_old" not in log and "test.last_year" in log
    assert notes(svc) == ["that is Olivia, this term"]
    entry = svc.register.audit(limit=1)[0]
    assert entry.action == "retention.applied"
    assert entry.detail == {
        "reports": 2, "batch_state": 1, "audit_entries": 1, "feedback": 1, "failed": 0
    }  # fmt: skip
    # The deleted rows' bytes are not left in the database file.
    data = b"".join(p.read_bytes() for p in svc.home.glob("register.db*"))
    assert b"test.very_old" not in data and b"long ago" not in data
    # Run again: nothing more is due.
    assert due(svc).reports == [] and due(svc).audit_entries == 0


def test_the_settings_say_how_long(held):
    svc, files = held
    svc.settings.update(
        {"retention_days": {"reports": 30, "batch_state": 1, "audit_log": 200, "feedback": 10}}
    )
    apply(svc, "test")
    assert not files["new_report"].exists() and not files["new_state"].exists()
    assert files["new_outside"].exists()
    assert "test.last_year" not in actions(svc) and notes(svc) == []
    for bad in ({"reports": 0}, {"reports": "90"}, {"photos": 10}, [90]):
        with pytest.raises(ConfigError, match="retention_days"):
            svc.settings.update({"retention_days": bad})


def test_postgres_and_sqlite_alike(services, tmp_path):
    aged(services.home / "reports" / "find-20250101.html", 95)
    audit_entry(services, "test.very_old", 366)
    expired = apply(services, "test")
    assert len(expired.reports) == 1 and expired.audit_entries == 1
    assert "test.very_old" not in actions(services)


def test_the_thread_runs_at_start_and_again_each_period(sqlite_services):
    svc = sqlite_services
    first = aged(svc.home / "reports" / "batch-1.html", 100)
    thread = RetentionThread(svc, every=timedelta(seconds=0.5))
    thread.start()
    try:
        for _ in range(100):
            if not first.exists():
                break
            time.sleep(0.1)
        assert not first.exists()
        second = aged(svc.home / "reports" / "batch-2.html", 100)
        runs = thread.runs
        for _ in range(100):  # the run deletes, then counts itself: wait for both
            if not second.exists() and thread.runs > runs:
                break
            time.sleep(0.1)
        assert not second.exists() and thread.runs > runs
    finally:
        thread.stop()
        thread.join(timeout=30)


def test_serve_applies_retention_when_it_starts(tmp_path):
    home = tmp_path / "data"
    old = aged(home / "reports" / "batch-20250101-090000.html", 120)
    new = aged(home / "reports" / "batch-20251001-090000.html", 5)
    port = free_port()
    env = dict(os.environ, CLEARPOST_HOME=str(home))
    env.pop("CLEARPOST_DATABASE_URL", None)
    proc = subprocess.Popen(
        [str(CLI), "serve", "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and old.exists():
            time.sleep(0.2)
        assert not old.exists() and new.exists()
        while time.monotonic() < deadline:
            try:
                if get(f"http://127.0.0.1:{port}/api/v1/health")[0] == 200:
                    break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("the service did not answer")
    finally:
        proc.terminate()
        output = proc.communicate(timeout=20)[0]
    assert "retention:    reports 90 days" in output


def test_the_settings_page_shows_what_is_kept_and_saves_the_days(held, client):
    svc, _ = held
    svc.register.set_admin_password("admin", PASSWORD, "t")
    token = CSRF_RE.search(client.get("/admin/login").get_data(as_text=True)).group(1)
    client.post("/admin/login", data={"csrf_token": token, "username": "admin",
                                      "password": PASSWORD})  # fmt: skip
    page = client.get("/admin/settings").get_data(as_text=True)
    assert "What is kept, and for how long" in page
    assert 'data-kept="reports">4<' in page and 'data-kept="batch_state">2<' in page
    assert 'data-kept="feedback">2<' in page
    assert 'name="retention.audit_log" value="365"' in page
    token = CSRF_RE.search(page).group(1)
    reply = client.post("/admin/settings", data={"csrf_token": token, "retention.reports": "30"})
    assert reply.status_code == 302
    assert svc.settings.data["retention_days"] == {
        "reports": 30, "batch_state": 90, "audit_log": 365, "feedback": 365
    }  # fmt: skip
    reply = client.post("/admin/settings", data={"csrf_token": token, "retention.reports": "0"})
    assert reply.status_code == 400 and "retention_days.reports" in reply.get_data(as_text=True)
    reply = client.post("/admin/settings", data={"csrf_token": token, "retention.reports": "x"})
    assert reply.status_code == 400 and "not a whole number" in reply.get_data(as_text=True)
    assert svc.settings.data["retention_days"]["reports"] == 30
