"""The checks' audit entries, committed in groups: one transaction for all that wait.

Why: with the text detection in worker processes (text_workers.py), the service process
does the rest of every check (HTTP, token, policy, the audit entry) and is itself a
limit: sampled under the soak, SQLAlchemy was ~30% of its time holding the GIL, nearly
all of it the ORM's unit of work and commit for one entry per check (~1 ms of CPU, then
~10 ms waiting for the disk on the development machine). Here the entries waiting at the
moment are inserted together in one Core statement and one commit.

Nothing is answered unaudited: record() returns only once its entry is committed, and
raises if the commit failed, as the one-entry write did.
"""

import json
import threading
from concurrent.futures import Future

from sqlalchemy import insert

from ..register.models import AuditEntry, utcnow

MAX_GROUP = 64


class AuditWriter:
    """Writes audit entries for one database; thread-safe. Its thread starts on first use."""

    def __init__(self, db):
        self._db = db
        self._waiting: list[tuple[dict, Future]] = []
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None

    def record(self, actor: str, action: str, subject: str | None = None, **detail) -> None:
        """As Register.record: returns once the entry is committed."""
        entry = {"at": utcnow(), "actor": actor, "action": action, "subject": subject,
                 "detail": json.dumps(detail)}  # fmt: skip
        done = Future()
        with self._wake:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="audit", daemon=True)
                self._thread.start()
            self._waiting.append((entry, done))
            self._wake.notify()
        done.result()

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._waiting:
                    self._wake.wait()
                group, self._waiting = self._waiting[:MAX_GROUP], self._waiting[MAX_GROUP:]
            try:
                with self._db.engine.begin() as conn:
                    conn.execute(insert(AuditEntry.__table__), [entry for entry, _ in group])
            except Exception as exc:  # noqa: BLE001 - each waiting check raises it
                for _, done in group:
                    done.set_exception(exc)
            else:
                for _, done in group:
                    done.set_result(None)
