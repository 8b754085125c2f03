"""The database: one engine per app, SQLite (WAL) by default, PostgreSQL by URL.

SQLite connections turn on `secure_delete`, so that deleted rows are overwritten
with zeros in the file rather than left in free pages: erasure must really erase.
"""

import time
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import sessionmaker

from .errors import ConfigError

MIGRATIONS = Path(__file__).with_name("migrations")


def _sqlite_pragmas(dbapi_conn, _record):
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA secure_delete=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return engine


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


CHECKPOINT_WAIT = 30.0  # seconds


def _checkpoint(conn) -> None:
    """Copy the WAL into the database file and empty it, waiting for readers in other
    processes (the service, a batch) to finish: until then the file and the log still
    hold the old pages. Raises if it cannot complete, rather than report an erasure
    that left bytes behind."""
    deadline = time.monotonic() + CHECKPOINT_WAIT
    while True:
        busy, _log, _done = conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)")).one()
        if not busy:
            return
        if time.monotonic() > deadline:
            raise ConfigError(
                "The database is kept busy by another program: the erased data may still "
                "be in register.db-wal. Stop the other Clearpost processes and run "
                "`clearpost register compact`."
            )
        time.sleep(0.1)


class Database:
    """An engine, a session factory, and the maintenance the register needs."""

    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        self.Session = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def migrate(self) -> None:
        """Bring the schema to the newest migration (idempotent)."""
        try:
            command.upgrade(alembic_config(self.engine), "head")
        except OperationalError as exc:
            raise ConfigError(
                f"Cannot open the database ({exc.orig}). Check CLEARPOST_DATABASE_URL "
                "or that the data folder is writable."
            ) from exc

    @contextmanager
    def session(self):
        """A session that commits on success and rolls back on any error."""
        with self.Session() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def compact(self, tables: tuple[str, ...]) -> None:
        """Rewrite storage so that deleted rows leave no bytes behind.

        SQLite: secure_delete has zeroed freed cells already; VACUUM rebuilds the
        file and the WAL checkpoint (TRUNCATE) empties the log, which still held
        old page images. PostgreSQL: VACUUM FULL rewrites the tables without the
        dead tuples (old WAL segments are recycled by the server in time).
        """
        if self.is_sqlite:
            with self.engine.connect() as conn:
                conn = conn.execution_options(isolation_level="AUTOCOMMIT")
                _checkpoint(conn)
                conn.execute(text("VACUUM"))
                _checkpoint(conn)
        else:
            with self.engine.connect() as conn:
                conn = conn.execution_options(isolation_level="AUTOCOMMIT")
                for table in tables:
                    conn.execute(text(f'VACUUM FULL "{table}"'))

    def dispose(self) -> None:
        self.engine.dispose()
