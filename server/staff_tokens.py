"""One API token per member of staff: issued, used, revoked.

The shared token (`api.token`, `clearpost token`) stays for scripts; a member of staff
gets their own, so that the audit log says who posted and a leaver's access ends when
the admin revokes it. The token is shown once, when issued; only its SHA-256 is kept.
A plain hash (no salt, no slow KDF) is enough here: the token is 256 random bits, so
there is nothing to guess from the hash, unlike a password.
"""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from .errors import ClearpostError, NotFound
from .people_names import person_name
from .register import audit
from .register.models import StaffToken, utcnow

PREFIX = "cps_"  # tells a personal token from the shared one at a glance
HINT_CHARS = 10  # "cps_" and six characters: enough to tell tokens apart in a list
# The last-used time is written at most once a minute per token: a write per check would
# cost every check a database write for a column read by the admin page only.
LAST_USED_EVERY = timedelta(minutes=1)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; every datetime we store is UTC.
    return moment.replace(tzinfo=UTC) if moment and not moment.tzinfo else moment


@dataclass
class TokenView:
    id: int
    name: str
    hint: str
    created_at: datetime
    created_by: str
    last_used_at: datetime | None
    revoked_at: datetime | None

    @classmethod
    def of(cls, row: StaffToken) -> "TokenView":
        return cls(row.id, row.name, row.hint, _aware(row.created_at), row.created_by,
                   _aware(row.last_used_at), _aware(row.revoked_at))  # fmt: skip

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    def to_dict(self) -> dict:
        iso = lambda t: t.isoformat() if t else None  # noqa: E731
        return {
            "id": self.id, "name": self.name, "hint": self.hint,
            "created_at": iso(self.created_at), "created_by": self.created_by,
            "last_used_at": iso(self.last_used_at), "revoked_at": iso(self.revoked_at),
        }  # fmt: skip


class RevokedToken(ClearpostError):
    status = 401


class StaffTokens:
    """Stored in the register's database."""

    def __init__(self, db):
        self.db = db

    def issue(self, name: str, actor: str) -> tuple[str, TokenView]:
        """A new token for `name`: (the token, shown once; its row)."""
        name = person_name(name, "The staff member's name", required=True)
        token = PREFIX + secrets.token_urlsafe(32)
        with self.db.session() as session:
            row = StaffToken(name=name, token_hash=token_hash(token), hint=token[:HINT_CHARS],
                             created_by=actor, revoked_by="")  # fmt: skip
            session.add(row)
            session.flush()
            audit.record(session, actor, "token.issued", None, token=row.id, name=name)
            return token, TokenView.of(row)

    def revoke(self, token_id: int, actor: str) -> TokenView:
        with self.db.session() as session:
            row = session.get(StaffToken, token_id)
            if row is None:
                raise NotFound(f"No token {token_id}: `clearpost tokens list` shows them.")
            if row.revoked_at is None:
                row.revoked_at, row.revoked_by = utcnow(), actor
                audit.record(session, actor, "token.revoked", None, token=row.id, name=row.name)
            return TokenView.of(row)

    def views(self) -> list[TokenView]:
        with self.db.session() as session:
            rows = session.scalars(select(StaffToken).order_by(StaffToken.id))
            return [TokenView.of(r) for r in rows]

    def holder(self, token: str) -> str | None:
        """The name of the staff member whose active token this is; None when it is not a
        personal token; RevokedToken when it was revoked."""
        if not token.startswith(PREFIX):
            return None
        with self.db.session() as session:
            query = select(StaffToken).where(StaffToken.token_hash == token_hash(token))
            row = session.scalar(query)
            if row is None:
                return None
            if row.revoked_at is not None:
                when = _aware(row.revoked_at).strftime("%d %b %Y")
                raise RevokedToken(
                    f"This token (of {row.name}) was revoked on {when}. Ask the Clearpost "
                    "admin for a new one and paste it into the extension's options."
                )
            now = utcnow()
            last = _aware(row.last_used_at)
            if last is None or now - last >= LAST_USED_EVERY:
                row.last_used_at = now
            return row.name
