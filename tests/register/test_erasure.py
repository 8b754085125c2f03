"""Erasure really erases: the bytes are gone from the database file (and its WAL)."""

from sqlalchemy import select

from clearpost.register.enrol import enrol_photos
from clearpost.register.mis_import import parse_pupils
from clearpost.register.models import FaceTemplate

from conftest import face, upn

ROSALIND = f"upn,forename,surname,biometric_consent\n{upn(42)},Rosalindqz,Featherstonhaughx,yes\n"


def _raw(services) -> bytes:
    files = [services.home / "register.db", services.home / "register.db-wal"]
    return b"".join(p.read_bytes() for p in files if p.exists())


def test_forget_removes_pupil_templates_and_their_upn_from_the_raw_file(sqlite_services):
    reg = sqlite_services.register
    reg.apply_import(parse_pupils(ROSALIND.encode()), "test")
    reg.set_consent(upn(42), "press", True, "test")
    photo = face("fr/examples/obama.jpg")
    enrol_photos(reg, sqlite_services.faces, upn(42), [(photo.name, photo.read_bytes())], "t")
    with sqlite_services.db.session() as session:
        blob = session.scalar(select(FaceTemplate.encrypted))
    secrets = [upn(42).encode(), b"Rosalindqz", b"Featherstonhaughx", blob[:40]]
    sqlite_services.db.compact(())
    before = _raw(sqlite_services)
    assert all(s in before for s in secrets)  # the test can see them when they are there

    ref = reg.forget(upn(42), "test")

    after = _raw(sqlite_services)
    for secret in secrets:
        assert secret not in after
    assert reg.pupils() == [] and reg.templates() == []
    # What was done stays in the log, to whom does not.
    log = reg.audit(limit=100)
    assert log[0].action == "pupil.erased" and log[0].detail["erasure_ref"] == ref
    assert all(e.subject != upn(42) for e in log)
    assert any(e.action == "consent.changed" and e.detail == {"erased": True} for e in log)


def test_forget_on_any_database_leaves_nothing_queryable(imported):
    reg = imported.register
    photo = face("fr/examples/obama.jpg")
    enrol_photos(reg, imported.faces, upn(1), [(photo.name, photo.read_bytes())], "t")
    reg.forget(upn(1), "test")
    assert upn(1) not in {p.upn for p in reg.pupils()}
    assert reg.templates() == []
    assert not reg.audit(subject=upn(1))


def test_removing_leavers_erases_them(imported):
    from conftest import PUPILS_CSV

    remaining = "\n".join(PUPILS_CSV.splitlines()[:2]) + "\n"
    plan = imported.register.apply_import(
        parse_pupils(remaining.encode()), "test", remove_leavers=True
    )
    assert len(plan.removed) == 2
    assert [p.upn for p in imported.register.pupils()] == [upn(1)]
    if imported.db.is_sqlite:
        assert b"Hughes" not in _raw(imported)


def test_an_erasure_a_reader_holds_up_says_so_and_compact_finishes_it(sqlite_services, monkeypatch):
    """Another process reading (the service, a batch) keeps the old pages in the WAL and
    the file: the erasure must not report success then, and `register compact` ends it."""
    import sqlite3

    import pytest
    from click.testing import CliRunner

    from clearpost import db as db_module
    from clearpost.cli import main
    from clearpost.errors import ConfigError

    monkeypatch.setattr(db_module, "CHECKPOINT_WAIT", 0.5)
    reg = sqlite_services.register
    reg.apply_import(parse_pupils(ROSALIND.encode()), "test")
    sqlite_services.db.compact(())
    reader = sqlite3.connect(sqlite_services.home / "register.db")
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM pupils").fetchone() == (1,)
    with pytest.raises(ConfigError, match="register compact"):
        reg.forget(upn(42), "test")
    reader.close()
    assert reg.pupils() == []  # the erasure itself was committed
    result = CliRunner().invoke(main, ["register", "compact"])
    assert result.exit_code == 0, result.output
    after = _raw(sqlite_services)
    assert b"Rosalindqz" not in after and upn(42).encode() not in after
