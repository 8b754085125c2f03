"""Check audit entries committed in groups (server/checks/audit_writer.py): every entry there,
each check answered only once its entry is committed, fewer commits than entries when
checks run at once, and a failed commit raised to the check that waited for it."""

import threading

import pytest
from sqlalchemy import event, text

from clearpost.checks.audit_writer import AuditWriter
from clearpost.checks.request import CheckRequest


def test_concurrent_checks_are_all_audited_before_they_answer(sqlite_services):
    svc = sqlite_services
    commits = []
    event.listen(svc.db.engine, "commit", lambda conn: commits.append(1))
    gate = threading.Barrier(8)

    def client(n: int) -> None:
        gate.wait()
        for _ in range(25):
            answer = svc.checker.check(CheckRequest(text="Sports day is on Friday!"), f"api:c{n}")
            assert answer["verdict"] == "allow"
            # Answered only once committed: its entry is already there.
            with svc.db.engine.connect() as conn:
                mine = conn.execute(text("SELECT count(*) FROM audit_log WHERE actor = :a"),
                                    {"a": f"api:c{n}"}).scalar_one()  # fmt: skip
            assert mine == done[n] + 1
            done[n] += 1

    done = [0] * 8
    threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    assert done == [25] * 8
    entries = svc.register.audit(limit=1000, action="check")
    assert len(entries) == 200
    assert all(e.detail["verdict"] == "allow" and e.detail["rules"] == {} for e in entries)
    assert sorted({e.actor for e in entries}) == [f"api:c{n}" for n in range(8)]
    assert len(commits) <= 200  # the checks' only writes are their audit entries


def test_entries_recorded_at_once_share_commits(sqlite_services):
    writer = AuditWriter(sqlite_services.db)
    commits = []
    event.listen(sqlite_services.db.engine, "commit", lambda conn: commits.append(1))
    gate = threading.Barrier(8)

    def client(n: int) -> None:
        gate.wait()
        for i in range(25):
            writer.record(f"api:c{n}", "check", None, verdict="allow", n=i)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    entries = sqlite_services.register.audit(limit=1000, action="check")
    assert len(entries) == 200
    for n in range(8):  # each client's entries, in the order it recorded them
        assert [e.detail["n"] for e in reversed(entries) if e.actor == f"api:c{n}"] == list(
            range(25)
        )
    assert len(commits) < 200 / 2, len(commits)  # one commit per entry without grouping


def test_a_failed_commit_raises_in_the_check_that_waited(sqlite_services):
    writer = AuditWriter(sqlite_services.db)
    writer.record("api:x", "check", None, verdict="allow")
    with sqlite_services.db.engine.begin() as conn:
        conn.execute(text("ALTER TABLE audit_log RENAME TO audit_log_gone"))
    with pytest.raises(Exception, match="audit_log"):
        writer.record("api:x", "check", None, verdict="allow")
