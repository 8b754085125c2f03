"""Erasing a pupil or a member of staff from the register: the row, the face templates,
and every mention in the audit log and in the "this is wrong" reports. A part of
`Register` (store.py); erasure.py erases the pupil everywhere else too.
"""

import json
import re
import secrets

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from . import audit
from .models import AuditEntry, FalsePositiveReport, Pupil

ERASED_TABLES = ("pupils", "face_templates", "audit_log", "staff")


class RegisterErasure:
    """Register's erasure operations; `self` is the Register (db, _pupil, _staff)."""

    def forget(
        self, upn: str, actor: str, reason: str = "erasure request", compact: bool = True
    ) -> str:
        """Erase a pupil: row, templates, their UPN in the log; then compact storage
        (`compact=False`: the caller does, after erasing the pupil elsewhere too)."""
        with self.db.session() as session:
            ref = self._erase(session, self._pupil(session, upn), actor, reason)
        if compact:
            self.db.compact(ERASED_TABLES)
        return ref

    def _erase(self, session: Session, pupil: Pupil, actor: str, reason: str) -> str:
        upn = pupil.upn
        names = _names_of(pupil)
        session.delete(pupil)
        session.flush()
        _scrub_log(session, upn, names)
        ref = f"E-{secrets.token_hex(4).upper()}"
        audit.record(session, actor, "pupil.erased", None, erasure_ref=ref, reason=reason)
        return ref

    def forget_staff(self, ref: str, actor: str, compact: bool = True) -> None:
        with self.db.session() as session:
            staff = self._staff(session, ref)
            key = staff.ref
            session.delete(staff)
            session.flush()
            session.execute(
                update(AuditEntry)
                .where(AuditEntry.subject == key)
                .values(subject=None, detail='{"erased": true}')
            )
            audit.record(session, actor, "staff.erased", None)
        if compact:
            self.db.compact(ERASED_TABLES)


ERASED_DETAIL = '{"erased": true}'
ERASED_TEXT = "[removed: erasure]"
# Detail keys that hold what a person typed (a reason for posting despite a warning, …).
TYPED_KEYS = ("reason", "note")


def _names_of(pupil: Pupil) -> list[str]:
    names = {pupil.forename, pupil.surname, pupil.preferred_forename}
    return sorted(n for n in names if n and len(n) >= 2)


def _stored_forms(word: str) -> set[str]:
    """How a word can sit in a detail column: as typed, and JSON-escaped (non-ASCII)."""
    return {word, json.dumps(word)[1:-1]}


def _mentions(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None


def _scrub_log(session: Session, upn: str, names: list[str]) -> None:
    """Earlier audit entries keep what was done and when, but no longer say to whom.

    An entry about the pupil (their UPN as subject or anywhere in it, or their full name)
    is replaced by a bare "erased" entry; a name in text someone typed (a reason, a
    note on a "this is wrong" report) is removed from that text.
    """
    forms = {upn} | {f for n in names for f in _stored_forms(n)}
    candidates = session.scalars(
        select(AuditEntry).where(
            or_(AuditEntry.subject == upn, *(AuditEntry.detail.ilike(f"%{f}%") for f in forms))
        )
    ).all()
    for entry in candidates:
        detail = json.loads(entry.detail or "{}")
        flat = json.dumps(detail, ensure_ascii=False)
        whole_name = len(names) > 1 and sum(_mentions(flat, n) for n in names) >= 2
        if entry.subject == upn or upn.casefold() in flat.casefold() or whole_name:
            entry.subject, entry.detail = None, ERASED_DETAIL
            continue
        typed = {k: v for k, v in detail.items() if k in TYPED_KEYS and isinstance(v, str)}
        changed = {k: ERASED_TEXT for k, v in typed.items() if any(_mentions(v, n) for n in names)}
        if changed:
            entry.detail = json.dumps(detail | changed)
    for report in session.scalars(select(FalsePositiveReport)):
        if report.note and any(_mentions(report.note, n) or upn in report.note for n in names):
            report.note = ERASED_TEXT
