"""Admin log-ins: the admins' password hashes, the marker a session carries, log-out
everywhere, and a log-in check that takes as long for an unknown name as for a known one.

A part of the register (`Register` inherits it: the admin pages, `clearpost admin` and the
tests call `register.check_admin(...)`), kept apart from the consent register's own data.
Every change is written together with its audit entry.
"""

import functools
import hashlib
import secrets

from sqlalchemy import func, select, update
from werkzeug.security import check_password_hash, generate_password_hash

from ..errors import ClearpostError
from . import audit
from .models import AdminUser, utcnow

MIN_PASSWORD = 10


class AdminLogins:
    """The admins of the admin pages; `self.db` is the register's database."""

    def has_admin(self) -> bool:
        with self.db.session() as session:
            return session.scalar(select(func.count(AdminUser.id))) > 0

    def set_admin_password(self, username: str, password: str, actor: str) -> None:
        if len(password) < MIN_PASSWORD:
            raise ClearpostError(f"The password must have at least {MIN_PASSWORD} characters.")
        if not username or not username.replace("-", "").replace("_", "").isalnum():
            raise ClearpostError("A user name is letters, digits, '-' and '_' only.")
        with self.db.session() as session:
            user = session.scalar(select(AdminUser).where(AdminUser.username == username))
            if user is None:
                user = AdminUser(username=username, password_hash="")
                session.add(user)
            user.password_hash = generate_password_hash(password)
            audit.record(session, actor, "admin.password_set", f"admin:{username}")

    def admin_marker(self, username: str) -> str | None:
        """A short fingerprint of an admin's current password and session version (None:
        no such admin).

        A session remembers it at log-in; when the password is reset, the user removed
        or the admin logs out (which bumps the version), the fingerprint changes and
        every session cookie issued before, copies included, stops working.
        """
        with self.db.session() as session:
            row = session.execute(
                select(AdminUser.password_hash, AdminUser.session_version).where(
                    AdminUser.username == username
                )
            ).first()
        if row is None:
            return None
        hashed, version = row
        return hashlib.sha256(f"{hashed}\n{version}".encode()).hexdigest()[:16]

    def end_admin_sessions(self, username: str) -> None:
        """Log-out: every session of this admin, on every computer, ends."""
        with self.db.session() as session:
            session.execute(
                update(AdminUser)
                .where(AdminUser.username == username)
                .values(session_version=AdminUser.session_version + 1)
            )

    def check_admin(self, username: str, password: str) -> bool:
        with self.db.session() as session:
            user = session.scalar(select(AdminUser).where(AdminUser.username == username))
            if user is None:
                # Same work as a known name (one hash check against a stored hash), so
                # the time taken does not tell which user names exist.
                check_password_hash(_dummy_hash(), password)
                return False
            if not check_password_hash(user.password_hash, password):
                return False
            user.last_login = utcnow()
            return True


@functools.cache
def _dummy_hash() -> str:
    """A password hash made once (the first unknown user name), with the same method and
    cost as real ones: checking against it takes as long as checking a real admin's.
    Made afresh per call it cost a second hash (200 ms against 107 ms, issue 17)."""
    return generate_password_hash(secrets.token_urlsafe(16))
