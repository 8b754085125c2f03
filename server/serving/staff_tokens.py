"""One API token per member of staff: issued, used, revoked.

The shared token (`api.token`, `clearpost token`) stays for scripts; a member of staff
gets their own, so that the audit log says who posted and a leaver's access ends when
the admin revokes it. The token is shown once, when issued; only its SHA-256 is kept.
A plain hash (no salt, no slow KDF) is enough here: the token is 256 random bits, so
there is nothing to guess from the hash, unlike a password.

Or the admin gives a short one-time enrolment code (easier to read out or type than a
token): the extension exchanges it for the person's token (POST /api/v1/enrol), so the
token itself is never seen by anyone. The code works once, for ENROL_VALID_FOR; it is 50
random bits, kept as its SHA-256 too: guessing one over the network before it expires
would take far longer than its life.
"""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from ..errors import ClearpostError, NotFound, RevokedToken
from ..register import audit
from ..register.models import StaffToken, utcnow
from .people_names import person_name

PREFIX = "cps_"  # tells a personal token from the shared one at a glance
HINT_CHARS = 10  # "cps_" and six characters: enough to tell tokens apart in a list
# The last-used time is written at most once a minute per token: a write per check would
# cost every check a database write for a column read by the admin page only.
LAST_USED_EVERY = timedelta(minutes=1)
ENROL_VALID_FOR = timedelta(days=7)
# Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 10  # 50 bits, shown as XXXXX-XXXXX


def _new_code() -> str:
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{code[:5]}-{code[5:]}"


def _normal_code(code: str) -> str:
    """What the person typed, as issued: case, spaces and dashes do not matter, and the
    letters Crockford's base32 reads as digits (O, I, L) are read so."""
    typed = code.upper().replace("-", "").replace(" ", "")
    typed = typed.translate(str.maketrans("OIL", "011"))
    return f"{typed[:5]}-{typed[5:]}"


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
    enrol_expires_at: datetime | None = None  # set while an enrolment code waits

    @classmethod
    def of(cls, row: StaffToken) -> "TokenView":
        waiting = row.token_hash is None and row.enrol_code_hash is not None
        return cls(row.id, row.name, row.hint, _aware(row.created_at), row.created_by,
                   _aware(row.last_used_at), _aware(row.revoked_at),
                   _aware(row.enrol_expires_at) if waiting else None)  # fmt: skip

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    @property
    def state(self) -> str:
        if self.revoked_at:
            return f"revoked {self.revoked_at:%Y-%m-%d}"
        if self.enrol_expires_at:
            if self.enrol_expires_at <= datetime.now(UTC):
                return "enrolment code expired"
            until = f"{self.enrol_expires_at:%Y-%m-%d %H:%M} UTC"
            return f"waiting for enrolment (code valid until {until})"
        return "active"

    def to_dict(self) -> dict:
        iso = lambda t: t.isoformat() if t else None  # noqa: E731
        return {
            "id": self.id, "name": self.name, "hint": self.hint,
            "created_at": iso(self.created_at), "created_by": self.created_by,
            "last_used_at": iso(self.last_used_at), "revoked_at": iso(self.revoked_at),
            "enrol_expires_at": iso(self.enrol_expires_at), "state": self.state,
        }  # fmt: skip


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

    def issue_enrolment(self, name: str, actor: str) -> tuple[str, TokenView]:
        """A one-time enrolment code for `name`: (the code, shown once; its row). The token
        is made when the extension sends the code (enrol)."""
        name = person_name(name, "The staff member's name", required=True)
        code = _new_code()
        with self.db.session() as session:
            row = StaffToken(name=name, token_hash=None, hint="", created_by=actor,
                             revoked_by="", enrol_code_hash=token_hash(code),
                             enrol_expires_at=utcnow() + ENROL_VALID_FOR)  # fmt: skip
            session.add(row)
            session.flush()
            audit.record(session, actor, "token.code_issued", None, token=row.id, name=name)
            return code, TokenView.of(row)

    def enrol(self, code: str) -> tuple[str, TokenView]:
        """The token for an enrolment code, once: (the token; its row)."""
        if not isinstance(code, str) or not code.strip():
            raise ClearpostError('Send the enrolment code: {"code": "XXXXX-XXXXX"}.')
        refused = ClearpostError(
            "This enrolment code is unknown, was used already or has expired: ask the "
            "Clearpost admin for a new one (admin page → Tokens)."
        )
        with self.db.session() as session:
            wanted = token_hash(_normal_code(code))
            row = session.scalar(select(StaffToken).where(StaffToken.enrol_code_hash == wanted))
            if row is None or row.revoked_at is not None or row.token_hash is not None:
                raise refused
            if _aware(row.enrol_expires_at) <= utcnow():
                raise refused
            token = PREFIX + secrets.token_urlsafe(32)
            row.token_hash, row.hint = token_hash(token), token[:HINT_CHARS]
            row.enrol_code_hash, row.enrol_expires_at = None, None  # once only
            audit.record(session, f"staff:{row.name}", "token.enrolled", None, token=row.id,
                         name=row.name)  # fmt: skip
            return token, TokenView.of(row)

    def revoke(self, token_id: int, actor: str) -> TokenView:
        with self.db.session() as session:
            row = session.get(StaffToken, token_id)
            if row is None:
                raise NotFound(f"No token {token_id}: `clearpost tokens list` shows them.")
            if row.revoked_at is None:
                row.revoked_at, row.revoked_by = utcnow(), actor
                row.enrol_code_hash = None  # a code not used yet stops working too
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
