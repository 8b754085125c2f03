"""`clearpost backup` while another thread writes, `clearpost restore` into a fresh data
folder, and the register compared; a restore refuses a bad file before changing anything."""

import io
import json
import sqlite3
import threading
import zipfile
from contextlib import closing

import numpy as np
from click.testing import CliRunner

from clearpost.cli import main
from clearpost.register.mis_import import parse_pupils
from clearpost.services import Services

from conftest import upn

HEADER = "upn,forename,surname,year_group,class,consent_social_media,biometric_consent\n"


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def snapshot(svc) -> dict:
    """What a restore must bring back: pupils, staff, templates, the log, settings."""
    return {
        "pupils": [p.__dict__ for p in svc.register.pupils()],
        "templates": sorted((k, r, e.tobytes()) for k, r, e in svc.register.templates()),
        "audit": [e.to_dict() for e in svc.register.audit(limit=100000)],
        "settings": svc.settings.data,
    }


def test_a_backup_during_writes_restores_a_consistent_register(enrolled, tmp_path, monkeypatch):
    source = enrolled
    source.settings.update({"photo_archive": "/srv/photos"})
    passphrase = tmp_path / "pass"
    passphrase.write_text("a long enough passphrase\n")
    stop, written = threading.Event(), []

    def writer():
        svc = Services(source.home)  # its own engine and connections, as another process
        try:
            for i in range(200):
                if stop.is_set():
                    return
                row = f"{upn(100 + i)},Pupil{i},Writer,4,Oak,yes,no\n"
                svc.register.apply_import(parse_pupils((HEADER + row).encode()), "writer",
                                          full=False)  # fmt: skip
                written.append(upn(100 + i))
        finally:
            svc.close()

    thread = threading.Thread(target=writer)
    thread.start()
    while len(written) < 5 and thread.is_alive():
        thread.join(0.05)
    assert len(written) >= 5, "the writer stopped early"
    backup = tmp_path / "school.cpbak"
    result = cli("backup", backup, "--passphrase-file", passphrase)
    during = len(written)
    stop.set()
    thread.join()
    assert result.exit_code == 0, result.output
    assert b"Olivia" not in backup.read_bytes()  # encrypted

    fresh = tmp_path / "fresh"
    monkeypatch.setenv("CLEARPOST_HOME", str(fresh))
    restored = cli("restore", backup, "--passphrase-file", passphrase)
    assert restored.exit_code == 0, restored.output
    svc = Services(fresh)
    try:
        with closing(sqlite3.connect(fresh / "register.db")) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        upns = [p.upn for p in svc.register.pupils()]
        got = sorted(u for u in upns if u not in (upn(1), upn(2), upn(3)))
        # A consistent moment: a prefix of the writer's pupils, each with its log entry.
        assert got == sorted(written[: len(got)]) and len(got) >= 5
        assert len(got) <= during + 1
        print(f"backup during writes: {during} pupils written before it ended, {len(got)} in "
              "the restored register, a prefix of the writes, integrity ok")  # fmt: skip
        added = {e.subject for e in svc.register.audit(limit=100000, action="pupil.added")}
        assert set(got) <= added and len(added) == len(got) + 3
        # The face templates decrypt with the restored key, to the same encodings.
        mine = {r: e for _, r, e in svc.register.templates()}
        theirs = {r: e for _, r, e in source.register.templates()}
        assert mine.keys() == theirs.keys() == {upn(1), upn(2)}
        assert all(np.array_equal(mine[r], theirs[r]) for r in mine)
        assert svc.settings.data["photo_archive"] == "/srv/photos"
    finally:
        svc.close()

    # Quiet now: a second backup restores exactly the source register.
    monkeypatch.setenv("CLEARPOST_HOME", str(source.home))
    assert cli("backup", backup, "--no-key").exit_code == 0
    monkeypatch.setenv("CLEARPOST_HOME", str(fresh))
    assert cli("restore", backup).exit_code == 1  # fresh holds pupils: not without --force
    assert cli("restore", backup, "--force").exit_code == 0
    svc = Services(fresh)
    try:
        assert snapshot(svc) == snapshot(source)
    finally:
        svc.close()


def test_a_restore_checks_the_file_before_replacing_anything(enrolled, tmp_path, monkeypatch):
    good = tmp_path / "good.cpbak"
    passphrase = tmp_path / "pass"
    passphrase.write_text("a long enough passphrase")
    assert cli("backup", good, "--passphrase-file", passphrase).exit_code == 0
    nokey = tmp_path / "nokey.cpbak"
    assert cli("backup", nokey, "--no-key").exit_code == 0

    target = tmp_path / "target"
    monkeypatch.setenv("CLEARPOST_HOME", str(target))
    wrong = tmp_path / "wrong"
    wrong.write_text("not the passphrase at all")
    result = cli("restore", good, "--passphrase-file", wrong)
    assert result.exit_code == 1 and "Wrong passphrase" in result.output

    # Without its key, into a folder whose key made none of the templates.
    Services(target).close()  # a fresh folder, with a key of its own
    before = (target / "register.db").read_bytes()
    result = cli("restore", nokey)
    assert result.exit_code == 1 and "does not decrypt" in result.output

    # A damaged database, and a schema this version does not know.
    with zipfile.ZipFile(nokey) as bundle:
        files = {n: bundle.read(n) for n in bundle.namelist()}
    damaged = bytearray(files["register.db"])
    size = int.from_bytes(damaged[16:18], "big")  # the page size
    for page in range(1, len(damaged) // size):
        damaged[page * size : page * size + 8] = b"\xff" * 8  # every b-tree page header
    unknown = tmp_path / "unknown.db"
    unknown.write_bytes(files["register.db"])
    with closing(sqlite3.connect(unknown)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    for db, said in ((bytes(damaged), "integrity"), (unknown.read_bytes(), "schema '9999'")):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as bundle:
            for name, data in files.items():
                bundle.writestr(name, db if name == "register.db" else data)
        bad = tmp_path / "bad.cpbak"
        bad.write_bytes(buf.getvalue())
        result = cli("restore", bad, "--force")
        assert result.exit_code == 1 and said in result.output, result.output
    assert (target / "register.db").read_bytes() == before  # nothing was replaced
    manifest = json.loads(files["manifest.json"])
    assert manifest["counts"]["pupils"] == 3 and manifest["template_key"] is False
