"""`clearpost backup` and `clearpost restore`: one consistent file, checked before use.

Copying register.db while the service runs loses what still sits in register.db-wal.
A backup takes the database through SQLite's online backup API (a consistent snapshot
while other connections write), and puts it in one ZIP with settings.json, the template
key (unless left out) and a manifest. With a passphrase the whole ZIP is encrypted
(Fernet, the key derived by scrypt). A restore checks the file before replacing
anything: the database passes `PRAGMA integrity_check`, its schema is one this version
knows (older ones are migrated), and the template key decrypts every face template.
"""

import base64
import io
import json
import os
import sqlite3
import tempfile
import zipfile
from contextlib import closing, suppress
from datetime import UTC, datetime
from pathlib import Path

from alembic.script import ScriptDirectory
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from .. import __version__
from ..db import MIGRATIONS
from ..errors import BackupError
from ..register.crypto import ENV_KEY

FORMAT = 1
ENCRYPTED_MAGIC = b"CLEARPOST-BACKUP-ENCRYPTED-1\n"
SALT_BYTES = 16
DB_NAME, SETTINGS_NAME, KEY_NAME, MANIFEST_NAME = (
    "register.db", "settings.json", "template.key", "manifest.json"
)  # fmt: skip
PG_DUMP_GUIDANCE = (
    "This Clearpost keeps its register in PostgreSQL: back it up with the server's own "
    "tools, e.g. `pg_dump --format=custom --file=clearpost.dump DBNAME` (restore with "
    "`pg_restore --clean --dbname=DBNAME clearpost.dump`), and keep settings.json and the "
    "template key (template.key or CLEARPOST_TEMPLATE_KEY) with the dump."
)


def _fernet(passphrase: str, salt: bytes) -> Fernet:
    # scrypt n=2**15: ~0.1 s and 32 MB per try, which makes guessing a passphrase slow.
    kdf = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1)
    return Fernet(base64.urlsafe_b64encode(kdf.derive(passphrase.encode("utf-8"))))


def _write_private_bytes(path: Path, data: bytes) -> None:
    """Atomically write a file only its owner may read: it holds children's data."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _private_temp(folder: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=".backup-", suffix=".db", dir=folder)
    os.close(fd)
    os.chmod(name, 0o600)
    return Path(name)


def _snapshot(svc, target: Path) -> None:
    """The database as one consistent file, through SQLite's online backup API."""
    raw = svc.db.engine.raw_connection()
    try:
        with closing(sqlite3.connect(target)) as dest:
            raw.driver_connection.backup(dest)
    finally:
        raw.close()


def backup(svc, path: Path, include_key: bool = True, passphrase: str | None = None) -> dict:
    """Write the backup file; returns its manifest."""
    if not svc.db.is_sqlite:
        raise BackupError(PG_DUMP_GUIDANCE)
    temp = _private_temp(svc.home)
    try:
        _snapshot(svc, temp)
        with closing(sqlite3.connect(temp)) as conn:
            manifest = {
                "clearpost_backup": FORMAT,
                "created_at": datetime.now(UTC).isoformat(),
                "clearpost_version": __version__,
                "schema": conn.execute("SELECT version_num FROM alembic_version").fetchone()[0],
                "counts": _counts(conn),
                "template_key": include_key,
                "encrypted": passphrase is not None,
            }
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as bundle:
            bundle.writestr(MANIFEST_NAME, json.dumps(manifest, indent=2))
            bundle.write(temp, DB_NAME)
            if svc.settings.path.exists():
                bundle.write(svc.settings.path, SETTINGS_NAME)
            if include_key:
                bundle.writestr(KEY_NAME, svc.template_key.decode() + "\n")
    finally:
        temp.unlink(missing_ok=True)
    data = buf.getvalue()
    if passphrase is not None:
        salt = os.urandom(SALT_BYTES)
        data = ENCRYPTED_MAGIC + salt + _fernet(passphrase, salt).encrypt(data)
    _write_private_bytes(path, data)
    return manifest


def _counts(conn) -> dict:
    return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in ("pupils", "staff", "face_templates", "audit_log")}  # fmt: skip


def is_encrypted(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(len(ENCRYPTED_MAGIC)) == ENCRYPTED_MAGIC


def _open(path: Path, passphrase: str | None) -> zipfile.ZipFile:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise BackupError(f"Cannot read {path}: {exc.strerror}.") from exc
    if data.startswith(ENCRYPTED_MAGIC):
        if passphrase is None:
            raise BackupError(f"{path} is encrypted: give its passphrase.")
        body = data[len(ENCRYPTED_MAGIC) :]
        try:
            data = _fernet(passphrase, body[:SALT_BYTES]).decrypt(body[SALT_BYTES:])
        except InvalidToken:
            raise BackupError(
                "Wrong passphrase (or the file was damaged): nothing was restored."
            ) from None
    try:
        bundle = zipfile.ZipFile(io.BytesIO(data))
        manifest = json.loads(bundle.read(MANIFEST_NAME))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise BackupError(
            f"{path} is not a Clearpost backup (or it is damaged: {exc}). Nothing was restored."
        ) from None
    if manifest.get("clearpost_backup") != FORMAT:
        raise BackupError(
            f"{path} was written by another version of Clearpost's backup (format "
            f"{manifest.get('clearpost_backup')!r}): restore it with that version."
        )
    return bundle


def _known_revisions() -> set[str]:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}


def _key_for(home: Path, bundle: zipfile.ZipFile) -> bytes:
    """The key the restored register will be read with: the one in the backup, else the
    one this data folder already uses. Never made up: a new key fits no template."""
    names = set(bundle.namelist())
    env = os.environ.get(ENV_KEY)
    if KEY_NAME in names:
        key = bundle.read(KEY_NAME).strip()
        if env and env.strip().encode() != key:
            raise BackupError(
                f"{ENV_KEY} is set to another key than the backup's: the restored templates "
                f"could not be read. Unset it, or set it to the backup's key."
            )
        return key
    if env:
        return env.strip().encode()
    if (home / KEY_NAME).exists():
        return (home / KEY_NAME).read_text(encoding="utf-8").strip().encode()
    raise BackupError(
        "The backup holds no template key (made with --no-key) and this data folder has "
        f"none: put the school's template.key in {home} (or set {ENV_KEY}) and restore again."
    )


def check(home: Path, path: Path, passphrase: str | None = None):
    """Open and check a backup; returns (bundle, manifest, key, checked database file).
    Raises BackupError saying what is wrong; changes nothing in the data folder."""
    bundle = _open(path, passphrase)
    manifest = json.loads(bundle.read(MANIFEST_NAME))
    home.mkdir(parents=True, exist_ok=True)
    temp = _private_temp(home)
    try:
        temp.write_bytes(bundle.read(DB_NAME))
        with closing(sqlite3.connect(temp)) as conn:
            try:
                verdict = conn.execute("PRAGMA integrity_check").fetchall()
                schema = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                blobs = [b for (b,) in conn.execute("SELECT encrypted FROM face_templates")]
            except sqlite3.DatabaseError as exc:
                raise BackupError(
                    f"The backup's database fails its integrity check ({exc}): it is damaged. "
                    "Nothing was restored: use another backup."
                ) from None
        if verdict != [("ok",)]:
            problems = "; ".join(v for (v,) in verdict[:5])
            raise BackupError(
                f"The backup's database fails its integrity check: {problems}. Nothing was "
                "restored: use another backup."
            )
        if schema is None or schema[0] not in _known_revisions():
            raise BackupError(
                f"The backup's database has schema {schema[0] if schema else 'none'!r}, which "
                f"this Clearpost ({__version__}) does not know: restore it with the version "
                "that wrote it, or a newer one."
            )
        key = _key_for(home, bundle)
        try:
            fernet = Fernet(key)
            for blob in blobs:
                fernet.decrypt(blob)
        except (InvalidToken, ValueError):
            raise BackupError(
                "The template key does not decrypt the backup's face templates: it is not the "
                "key they were made with. Restore with the school's own template.key."
            ) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return bundle, manifest, key, temp


def pupils_in(db_file: Path) -> int:
    if not db_file.exists():
        return 0
    with closing(sqlite3.connect(db_file)) as conn, suppress(sqlite3.DatabaseError):
        return conn.execute("SELECT count(*) FROM pupils").fetchone()[0]
    return 0


def restore(home: Path, path: Path, passphrase: str | None = None, force: bool = False) -> dict:
    """Check the backup, then replace the data folder's database, settings and key."""
    if os.environ.get("CLEARPOST_DATABASE_URL"):
        raise BackupError(
            "CLEARPOST_DATABASE_URL is set: a backup restores the SQLite register in the data "
            "folder only. " + PG_DUMP_GUIDANCE
        )
    bundle, manifest, key, temp = check(home, path, passphrase)
    try:
        target = home / DB_NAME
        held = pupils_in(target)
        if held and not force:
            raise BackupError(
                f"{target} holds {held} pupil(s): restoring replaces them. Add --force to "
                "replace the register with the backup's."
            )
        if not target.exists():
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT, 0o600))
        # Through the backup API again: the target's own WAL stays consistent.
        with closing(sqlite3.connect(temp)) as src, closing(sqlite3.connect(target)) as dest:
            src.backup(dest)
            dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if SETTINGS_NAME in bundle.namelist():
            _write_private_bytes(home / SETTINGS_NAME, bundle.read(SETTINGS_NAME))
        if not os.environ.get(ENV_KEY):
            _write_private_bytes(home / KEY_NAME, key + b"\n")
    finally:
        temp.unlink(missing_ok=True)
    return manifest
